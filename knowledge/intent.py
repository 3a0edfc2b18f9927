"""What a message asks for: a question, help with a difficulty, a ticket's status, duties, a greeting.

Rules on the folded text (so messages typed without diacritics classify the same):
- support: the writer speaks for their business (first person, "công ty em", "Cty ...") or describes
  a difficulty, and asks for help ("nhờ", "mong được hỗ trợ", "đề nghị ... tháo gỡ", "giúp tôi");
- status: asks where their own request or ticket stands (or uses /trangthai, or a ticket code);
- duties: an officer asks, in general, what an agency must do or report;
- greeting: nothing but a greeting.
"""

from __future__ import annotations

import re
from typing import Literal

from knowledge.text import fold, has_marks, nfc, words
from tickets.codes import TICKET_CODE

Intent = Literal["question", "support", "status", "duties", "greeting"]

_FIRST_PERSON = re.compile(
    r"\b(em|e|toi|minh|chung toi|chung em|ben em|ben minh|ben toi|cty|cong ty (toi|em|minh|chung toi)"
    r"|doanh nghiep (toi|em|minh|chung toi)|xuong cua toi|nha may cua)\b"
)
# The writer asks in the first person without telling a case of their own.
_ASKING_FORMULA = re.compile(
    r"\b(cho|xin cho|cho phep) (em|e|toi|minh|chung toi|ben em|ben minh) (duoc )?(hoi|biet|tham khao)\b"
    r"|\b(em|e|toi|minh|chung toi|ben em|ben minh) (dang |cung |rat )?(muon|can|xin|dinh) "
    r"(hoi|biet|tim hieu|tham khao)\b"
    r"|\b(em|e|toi|minh|chung toi|ben em|ben minh) (dang |van |cung )?(ban khoan|thac mac|chua biet"
    r"|khong biet|chua ro|khong ro)\b"
)
_HELP = re.compile(
    r"\b(nho|mong (duoc|cac|anh|chi)|de nghi|xin ho tro|can ho tro|ho tro (gap|giup|em|toi|minh|de|ket noi)"
    r"|giup (em|toi|minh|do|voi|chung)|kiem tra giup|giai quyet giup|xu ly giup|ai giup|phan anh viec"
    r"|thao go giup|can duoc ho tro|muon phan anh|toi muon khieu nai|gui yeu cau ho tro|gui phieu ho tro"
    r"|gui kien nghi|kien nghi ve viec|help)\b"
)
_DIFFICULTY = re.compile(
    r"\b(chua (co|duoc|xong|phat hanh|giai quyet)|vuong|cham(?! nhat)|bi tra|tra lai|tu choi|kho khan|qua han"
    r"|mat thoi gian|doi tai san|khong duoc|van chua|ton dong|phien ha|nhung nhieu|qua lau|chua ai|stuck"
    r"|bi (cat|giu|phong toa|thu|yeu cau|ep|tam giu|thu hoi|keo dai|lam kho|chan|treo|gay kho))\b"
)
_STATUS = re.compile(
    r"(^/trangthai\b|\b(phieu|yeu cau|ho so|phan anh|kien nghi) cua (toi|em|minh|chung toi)\b.*"
    r"\b(den dau|the nao roi|sao roi|xu ly chua|trang thai|tinh trang)\b|\btrang thai (phieu|yeu cau)\b"
    r"|\btinh trang (phieu|yeu cau)\b)"
)
_DUTY_ASK = re.compile(
    r"\b(nhung |cac )?(nhiem vu|viec|cong viec) (gi|nao)\b"
    r"|\bphai (lam|bao cao|thuc hien) (gi|nhung gi|nhung viec gi)\b|\bnhiem vu cua .+ la gi\b"
    r"|\b(chu tri|phoi hop|duoc giao) (nhung |cac )?(nhiem vu|viec) (gi|nao)\b"
)
_TOPIC_QUALIFIER = re.compile(r"\b(thuoc|ve|lien quan|doi voi|trong linh vuc|nhom chi so|mo hinh|ve viec)\b")
_AGENCY = re.compile(
    r"\b(so|ban|ubnd|uy ban|thanh tra|van phong|phuong|xa|dac khu|trung tam|phong|cong an|stc)\b"
)
_GREETING = re.compile(
    r"^(xin chao|chao|hello|hi|alo|hey)( (ban|anh|chi|em|ad|admin|bot|tro ly|shop))*( a| nhe| nha)?[\s!.,?]*$"
)


# Words of the first person whose folded form other words share ("tới", "minh bạch" fold to "toi",
# "minh"): in a message typed with diacritics only the marked spelling is the writer speaking.
_PERSON_SPELLINGS = {"toi": "tôi", "minh": "mình"}
_PUNCTUATION = ".,;:!?()\"'"


def folded_cues(text: str) -> str:
    """The message folded for the cues: diacritics dropped, except that in a message typed with them
    a word that only folds like "tôi" or "mình" ("tới", "minh bạch") no longer reads as the writer."""
    if not any(has_marks(w) for w in words(text)):
        return " ".join(fold(text).split())

    def cue(token: str) -> str:
        bare = token.lower().strip(_PUNCTUATION)
        spelled = _PERSON_SPELLINGS.get(fold(bare))
        return "·" if spelled and bare != spelled else fold(token)

    return " ".join(cue(token) for token in nfc(text).split())


def first_person(folded: str) -> bool:
    """The writer speaks of their own business or case ("công ty em", "bên mình", "tôi")."""
    return bool(_FIRST_PERSON.search(folded))


def tells_a_case(folded: str) -> bool:
    """The message tells of a case: the writer's own, a difficulty, or a plea for help. A support
    request always does; a message that does none of these asks for information."""
    told = _ASKING_FORMULA.sub(" ", folded)  # "cho mình hỏi", "tôi muốn biết": asking, not a case
    return bool(_FIRST_PERSON.search(told) or _HELP.search(folded) or _DIFFICULTY.search(folded))


def classify(text: str) -> Intent:
    folded = folded_cues(text)
    if not folded:
        return "question"
    if _GREETING.match(folded):
        return "greeting"
    if TICKET_CODE.search(text) or (_STATUS.search(folded) and not _HELP.search(folded)):
        return "status"
    if _HELP.search(folded) and (_FIRST_PERSON.search(folded) or _DIFFICULTY.search(folded)):
        return "support"
    if _DUTY_ASK.search(folded) and _AGENCY.search(folded) and not _TOPIC_QUALIFIER.search(folded):
        return "duties"
    return "question"


_OF_AGENCY = re.compile(
    r"\b(?:nhiem vu|trach nhiem|viec|cong viec|bao cao) (?:cua|cho) (.+?)(?: la gi| gom| co | phai |\?|$)"
)
_AFTER_AGENCY = re.compile(
    r" (?:co nhung|co cac|co nhiem vu|phai|chu tri|phoi hop|duoc giao|can|co trach nhiem|lam|thuc hien)\b"
)


def agency_of(text: str) -> str:
    """The agency a duties question is about ("Nhiệm vụ của STC là gì?" -> "STC"), in the user's spelling."""
    clean = " ".join(nfc(text).replace("?", " ").split())
    folded = fold(clean)  # same length as `clean`: fold only drops combining marks of NFC letters
    if len(folded) != len(clean):
        return clean
    m = _OF_AGENCY.search(folded)
    if m:
        return clean[m.start(1) : m.end(1)].strip()
    m = _AFTER_AGENCY.search(folded)
    return clean[: m.start()].strip() if m else clean
