"""Helpers of the guardrails (knowledge/guardrails.py): is a question inside what the passages say?

- coverage: the idf-weighted share of the question's content words found in the best passages;
- entities: names written with capitals in the question (places, agencies, "CÙNG THÀNH CÔNG") must
  be in the cited passages; years must be in them or in their neighbours; a passage about another
  province does not answer a question about ours;
- answer type: a question for a phone number needs a phone number next to the name asked about,
  one for an amount of money needs an amount, one for "how many" needs a number the question did
  not bring (years aside).
"""

from __future__ import annotations

import itertools
import re
from typing import Any

from knowledge.answertype import YEAR
from knowledge.places import PROVINCES
from knowledge.sentences import sentences
from knowledge.text import (
    CODED_NUMBER,
    expand_abbreviations,
    expansion,
    fold,
    has_marks,
    nfc,
    tone_key,
    words,
)

_PROVINCES_FOLDED = [fold(p) for p in PROVINCES]
HOME = ("hai phong", "hai duong")  # the city and the province merged into it in 2025
# Agency names go on in lower case after their capitalised words: "Sở Tài chính", "Ban Quản lý". Only a
# head that is a whole word ("Sở", not "Thanh" of "Thanh tra"): "Thanh Hà", "Văn Lâm" are places, and
# "ở Thanh Hà bán" does not name "Thanh Hà bán".
_AGENCY_HEADS = {"sở", "ban", "phòng", "cục", "bộ", "viện"}
_PLACE_HEADS = {
    "xã",
    "phường",
    "huyện",
    "quận",
    "tỉnh",
    "thôn",
    "khu",
    "trấn",
    "đường",
    "phố",
    "xa",
    "phuong",
}

# A question for an outcome (a published result, a score reached) rather than for a target.
_OUTCOME = re.compile(
    r"\b(ket qua|cong bo|thuc te|da dat|dat duoc|duoc bao nhieu|dat bao nhieu|xep thu|dung thu"
    r"|xep hang thu)\b"
)
_TARGET_ASK = re.compile(r"\b(muc tieu|phan dau|chi tieu|dat ra|du kien|de ra|huong toi|ke hoach|muon)\b")
# What was done, said so even beside a target ("thực tế đã giảm được bao nhiêu, có đạt mục tiêu không").
_ACHIEVED = re.compile(r"\b(thuc te|da (\w+ ){0,2}duoc|ket qua dat)\b")
# A sentence that only sets a target or looks ahead says nothing of the year's outcome.
_TARGET = re.compile(
    r"\b(muc tieu|phan dau|chi tieu|du kien|tro len|khi co|giu vung|duy tri|de ra|dat ra|huong toi)\b"
)

# A clause that reports a result: a score, a rank, a rise or fall.
_OUTCOME_SAID = re.compile(r"\b(dat|diem|xep (thu|hang|vi tri)|vi tri|thu hang|tang|giam|ket qua)\b")


def outcome_years(question: str) -> list[str]:
    """The years whose outcome the question asks ("năm 2026 đã cấp được bao nhiêu"), not their targets."""
    folded_q = " ".join(fold(question).split())
    if not _OUTCOME.search(folded_q):
        return []
    if _TARGET_ASK.search(folded_q) and not _ACHIEVED.search(folded_q):  # "có đạt mục tiêu": still asked
        return []
    return sorted(set(YEAR.findall(question)))


def target_only_years(question: str, context: str) -> list[str]:
    """Years a question asks the outcome of while the passages only set targets for them or plan ahead
    (dates, periods and asides aside): a question after the score a city reached in a year against a
    passage that only says what it strives to reach that year (judged clause by clause, so
    "2022: 76,19; Mục tiêu năm 2024: 79,72" reports 2022 and targets 2024)."""
    out: list[str] = []
    for year in outcome_years(question):
        # the year itself, not a date (28/8/2025) nor a plan's period (2025-2026)
        alone = re.compile(rf"(?<![/\-–\d]){year}(?!\s*[-–]\s*\d|\d)")
        baseline = re.compile(rf"\bso voi (nam )?{year}\b")  # "tăng 2 bậc so với năm 2023": a past result
        said = [  # each clause naming the year, and it after the words of its sentence before it
            (fold(c), fold(s[: s.index(c)] + c))
            for s in sentences(context)
            for c in s.split(";")
            if alone.search(c)
        ]
        targets = [c for c, _ in said if _TARGET.search(c) and not baseline.search(c)]
        outcomes = [c for c, whole in said if c not in targets and _OUTCOME_SAID.search(whole)]
        if targets and not outcomes:
            out.append(year)
    return out


_TOKEN = re.compile(r"[^\W_]+|[^\w\s]")
_ACRONYM = re.compile(r"\b[A-ZĐ]{3,}\b")


def entities(question: str) -> list[str]:
    """Capitalised names of two words or more and acronyms, from the question (abbreviations expanded)."""
    q = expand_abbreviations(nfc(question)).strip()
    found: list[str] = []
    span: list[str] = []
    before = ""  # the word before the span
    for m in _TOKEN.finditer(q):
        word = m.group(0)
        if word[:1].isupper() and m.start() > 0:
            span.append(word)
            continue
        if (
            len(span) == 2
            and span[0].lower() in _AGENCY_HEADS
            and word[:1].isalpha()
            and before.lower() not in _PLACE_HEADS  # "xã Thanh Hà" + "giao" is a place and a verb
        ):
            span.append(word)  # "Sở Tài" + "chính"; "Sở Công Thương" is whole ("mở rộng" follows it)
        if len(span) >= 2:
            found.append(" ".join(span))
        span = []
        before = word
    if len(span) >= 2:
        found.append(" ".join(span))
    found.extend(a for a in _ACRONYM.findall(CODED_NUMBER.sub(" ", q)) if not expansion(a))  # "27/KH-SCT"
    for m in _OF_THE_CITY.finditer(q):  # "Hải quan Hải Phòng", "Bưu điện thành phố Hải Phòng"
        if not _goes_on_a_name(q[: m.start()]):  # not "Tài chính" of "Sở Tài chính Hải Phòng"
            found.append(m.group(1))
    for m in _OFFICE.finditer(q):  # "Bộ đội Biên phòng", "Trung tâm Kiểm soát bệnh tật"
        name = _CITY_TAIL.sub("", m.group(0))
        if name != m.group(1) and not any(name in f or f in name for f in found):
            found.append(name)
    return found


def _goes_on_a_name(before: str) -> bool:
    """Whether the text before a match ends in a capitalised word (the match continues that name)."""
    before = before.rstrip()
    return before[-1:].isalpha() and before.split()[-1][:1].isupper()


# An office written in sentence case: a head of two words, then capitalised words each followed by at most
# two plain ones, up to a word that no name holds ("Bộ đội Biên phòng được giao …").
_OFFICE_HEAD = (
    "Bộ đội|Trung tâm|Chi cục|Cảng vụ|Hải quan|Công an|Kho bạc|Ngân hàng|Bảo hiểm|Bưu điện|Hiệp hội"
    "|Chi nhánh|Liên đoàn|Bệnh viện|Đồn|Trạm|Quỹ|Đài"
)
_NOT_IN_NAMES = (
    "được|có|là|của|về|trong|thì|đã|sẽ|phải|làm|giao|nào|gì|và|với|cho|tại|ở|theo|bao|mấy|thành|tỉnh"
    "|phố|xã|phường|trên|dưới|khi|nếu|để|do|bị|cần|muốn|đang|này|kia|đó|ra|vào|lên|hỗ|chủ|phối"
)
_OFFICE = re.compile(
    rf"\b({_OFFICE_HEAD})(?: [A-ZĐ]\w*\b(?!\.)(?: (?!(?:{_NOT_IN_NAMES})\b)[a-zđ]\w*){{0,2}})+"
)
_CITY_TAIL = re.compile(r"(?: thành phố| tỉnh)? Hải Phòng$")


# An office named by a capitalised word, a plain one and the city ("Hải quan Hải Phòng"): its own name is
# the first two words (the city is every document's).
_OF_THE_CITY = re.compile(r"\b([A-ZĐ]\w+ [a-zđ]\w+) (?:thành phố |tỉnh )?Hải Phòng\b")


def name_terms(name: str) -> list[str]:
    name_words = words(name)
    terms = [f"a:{tone_key(w)}" if has_marks(w) else f"f:{fold(w)}" for w in name_words]
    folded = [fold(w) for w in name_words]
    return terms + [f"b:{a}_{b}" for a, b in itertools.pairwise(folded)]


def names_agencies(text: str, agencies: list[str]) -> bool:
    folded = " ".join(fold(text).split())
    return all(" ".join(fold(a).split()) in folded for a in agencies)


def question_names(question: str) -> list[str]:
    """The names a question asks about, the city itself left out (every document is about it)."""
    return [n for n in entities(question) if " ".join(fold(n).split()) not in HOME]


_RECORD_HEAD = re.compile(r"^\s*(?:Cơ quan|Thủ tục):\s*([^.(—\n]+)")
_ASK_WORDS = {
    "can",
    "chuan",
    "bi",
    "nhung",
    "cac",
    "giay",
    "to",
    "ho",
    "so",
    "gi",
    "nao",
    "la",
    "thi",
    "de",
    "phai",
    "nop",
    "co",
    "gom",
    "thu",
    "tuc",
    "lam",
    "muon",
    "cho",
    "toi",
    "em",
    "minh",
    "hien",
    "nay",
    "a",
    "o",
}


def _record_head(text: str) -> str:
    m = _RECORD_HEAD.search(text)
    return " ".join(fold(m.group(1)).split()) if m else ""


def own_agency_asked(text: str, question: str) -> bool:
    """A contact record whose own agency (what precedes its first bracket or full stop) the question
    names in full: "Bảo hiểm xã hội Việt Nam", "Trung tâm ... xã Vĩnh Bảo (TP Hải Phòng)"."""
    head = _record_head(text)
    return bool(head) and f" {head} " in f" {' '.join(fold(question).split())} "


def subject_asked(text: str, question: str, share: float = 0.8) -> bool:
    """A record or passage about what the question asks: the question's words (asking words aside)
    are, for the most part, in the record's head ("Thủ tục: ...") or, for prose, in the text."""
    head = _record_head(text) or " ".join(fold(text).split())
    asked = [w for w in fold(question).split() if w.isalnum() and w not in _ASK_WORDS]
    asked = list(dict.fromkeys(w.strip("?.,!") for w in asked))
    if not asked:
        return True
    have = set(re.findall(r"[^\W_]+", head))
    return sum(w in have for w in asked) / len(asked) >= share


class ScopeCheck:
    """The agencies a question names, for the composer's phone-number preference."""

    def __init__(self) -> None:
        self._directory: Any = None

    def agencies(self, question: str) -> list[str]:
        """Agencies a question names in any spelling ("thanh tra tp", "STC"), by knowledge/agencies.py."""
        if self._directory is None:
            from knowledge.agencies import AgencyDirectory

            self._directory = AgencyDirectory.shipped()
        names: list[str] = self._directory.mentions(question)[0]
        return names
