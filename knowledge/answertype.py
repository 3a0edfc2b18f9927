"""What kind of answer a question wants (a number, a date, an agency, a document, a phone number,
an amount of money) and whether a sentence holds one. Rules on the folded question."""

from __future__ import annotations

import re
from collections import Counter

from knowledge.places import PROVINCES
from knowledge.text import WordList, expand_abbreviations, fold, has_marks, nfc, term_set, tone_key, words

YEAR = re.compile(r"\b(?:19|20)\d\d\b")
SPAN = re.compile(r"\b((?:19|20)\d\d)\s*[-–—]\s*((?:19|20)\d\d)\b")  # a period: "2026-2030"
PHONE = re.compile(
    r"(?<![\d.,/])(?:0\d{2,4}[.\s]?\d{2,3}[.\s]?\d{2,4}|1900[.\s]?\d{3,4}|1022|11[345])(?![\d,/])"
)
MONEY = re.compile(
    r"\d[\d.,]*\s*(?:đồng|vnđ|vnd|triệu đồng|tỷ đồng)|\bmiễn phí\b|\bkhông (?:thu|mất) (?:phí|lệ phí)\b",
    re.IGNORECASE,
)
NUMBER = re.compile(r"\d+(?:[.,/]\d+)*")
_FREE = re.compile(r"miễn phí", re.IGNORECASE)
DATE = re.compile(
    r"\b\d{1,2}/\d{1,2}(?:/\d{4})?\b|\bquý\s+[IV]+\b|\bngày\s+\d+|\btháng\s+\d+|\bhàng\s+(?:tháng|quý|năm)\b"
    r"|\bhằng\s+(?:tháng|quý|năm)\b|\bthường xuyên\b",
    re.IGNORECASE,
)
DOCUMENT = re.compile(r"\b\d+/[A-ZĐ]")
AGENCY = re.compile(
    r"\b(?:Sở|Ban|Phòng|UBND|Ủy ban|Uỷ ban|Thanh tra|Văn phòng|Trung tâm|Ngân hàng|Công an|Hiệp hội|Bộ"
    r"|Thuế|VCCI)\b"
)

_WANTS = {
    "phone": re.compile(
        r"\b(so dien thoai|sdt|duong day nong|hotline|goi so|so di dong|so zalo|so lien (he|lac)|so tong dai"
        r"|lien he (qua )?so|tong dai (nao|la gi|bao nhieu)"
        r"|zalo (cua|ca nhan|rieng))\b"
    ),
    "money": re.compile(
        r"\b(bao nhieu tien|muc phi|muc le phi|(le phi|phi|chi phi)( (la|het|mat|la khoang))? (bao nhieu|may)"
        r"|gia bao nhieu|ton bao nhieu|thu phi bao nhieu|bao nhieu (trieu|ty|nghin|van)?\s?dong"
        r"|bao nhieu (trieu|ty)"
        r"|kinh phi\b[^?.]{0,140}?\b(bao nhieu|may)( tien| dong| trieu| ty)?(?= *(\?|$|,|va\b))"
        r"|so tien (la |duoc |da )?(bao nhieu|may))"
    ),
    "count": re.compile(
        r"\b(bao nhieu|thu may|ty le)\b|(?<!\bso )\bmay (?!gio\b|phan tram\b)[a-z]+\b"
    ),  # "mấy lớp"; not "mấy giờ", "số mấy"
    "duration": re.compile(r"\b(bao lau|may (ngay|thang|hom|tuan)|bao nhieu (ngay|thang|tuan))\b"),
    "date": re.compile(
        r"\b(ngay nao|khi nao|bao gio|thoi han|han chot|truoc ngay|tu ngay nao|tu khi nao|dinh ky"
        r"|thoi diem nao|ngay (bao nhieu|may)(?! (ngay|thang|tuan|nam)))\b"
    ),
    "document": re.compile(r"\b(ke hoach|quyet dinh|nghi quyet|van ban|thong tu|nghi dinh) (nao|so may)\b"),
    "place": re.compile(r"\b(tinh nao|thanh nao|tinh thanh nao|dia phuong nao|nhung tinh|cac tinh)\b"),
    "agency": re.compile(r"\b(ai|co quan nao|don vi nao|so nao|ben nao|noi nao|phong nao|nhung co quan)\b"),
    "email": re.compile(r"\b(email|e mail|thu dien tu|hop thu|dia chi mail)\b"),
    "fax": re.compile(r"\b(fax|so fax)\b"),
    # "đặt ở đâu" may be answered by a place name ("tại Nhà văn hóa xã"): a street address is asked here
    "address": re.compile(
        r"\b(dia chi( \w+){0,5}? (nao|o dau|la gi|la|cua)|(cho|xin) (xin )?dia chi"
        r"|tru so|toa nha nao|o toa nao)\b"
    ),
    # the address of a site asked for, not a site or a web business named ("kết nối với website DDCI")
    "web": re.compile(
        r"\b(dia chi (web|trang|website|truy cap|dien tu)"
        r"|(website|trang web|web|ten mien)( (cua|tra cuu|de|chinh thuc)\b[^?]{0,60}?)?"
        r" (la gi|nao|o dau|la trang nao)|trang (thong tin )?nao)\b"
    ),
    "percent": re.compile(r"\b(bao nhieu|may|la) (phan tram|%)|\bbao nhieu\s?%"),
    "tax_code": re.compile(r"\b(ma so thue|mst)\b"),
    "hours": re.compile(
        r"\b(may gio|gio (lam viec|mo cua|hanh chinh) (nao|the nao|ra sao|tu may)|mo cua (luc|tu) "
        r"|lam viec (vao |luc )?gio nao|(thu bay|thu 7|chu nhat|cuoi tuan) co (lam viec|nhan|tiep)\w*"
        r"|lam viec (ca |vao )?(thu bay|thu 7|chu nhat|cuoi tuan|ngay le))"
    ),
    "building": re.compile(r"\b(toa nha nao|toa nao|(o|lam viec o|nam o|len) tang (may|nao))\b"),
    "tax": re.compile(
        r"(?<!cuc )(?<!chi cuc )\b(thue|thue suat)( \w+){0,10} (la |phai nop |nop |dong )?(bao nhieu|may)\b"
    ),
    "penalty": re.compile(r"\b(bi phat|muc phat|xu phat|phat bao nhieu|phat tien)\b"),
    "paperwork": re.compile(
        # "thủ tục gì" asks which procedure (its name), "hồ sơ gì" what the dossier holds
        r"\b(giay to|ho so) (gi|nao|gom nhung gi|gom gi|can nhung gi)\b"
        r"|\bthu tuc( \w+){0,8} gom (nhung )?gi\b"
        r"|\bcan (chuan bi |nop |co )?(nhung |cac )?(giay to|ho so)\b"
    ),
}
# Types read on folded text whose key word is another word with other tones: checked by tone when
# the question is typed with marks.
_TONED = {
    "tax": re.compile(r"\bthuế\b"),
    "penalty": re.compile(r"\bphạt\b"),
    "building": re.compile(r"\b(tòa|tầng)\b"),  # "tăng bao nhiêu" (how much more) folds like "tầng"
}
# A question for a person: a position held ("chủ tịch", "giám đốc") and who holds it / their name.
_POSITION = re.compile(
    r"\b(chu tich|giam doc|truong ban|bi thu|chanh thanh tra|truong phong|thu truong|lanh dao|chanh van phong"
    r"|tong cuc truong|cuc truong|chi cuc truong|pho giam doc|pho chu tich|truong (thue|cong an|phong|ban))\b"
)
_WHO = re.compile(r"\b(ai|la ai|ten (la )?gi|ten gi|ho ten|ten la|ten cua|nguoi nao|do ai)\b")
# A personal name: three capitalised words after "ông/bà", "là", a colon or a position ("Chủ tịch UBND
# thành phố từ 01/7/2025: Lê Ngọc Châu", "Giám đốc Nguyễn Trọng Tuệ"), or an initialled one ("N.V.Tùng").
PERSON = re.compile(
    r"(?:\b(?:ông|bà|đồng chí|là|Giám đốc|Chủ tịch|Trưởng ban|Bí thư)|:)\s+"
    r"(?:(?:Thiếu|Trung|Thượng|Đại)\s+(?:tướng|tá|úy)\s+|(?:TS|ThS|Tiến sĩ|Thạc sĩ)\.?\s+)?"
    r"[A-ZĐ]\w+\s+[A-ZĐ]\w+\s+[A-ZĐ]\w+"
    r"|\b[A-ZĐ]\.[A-ZĐ]\.\s?[A-ZĐ]\w+"
)
# Which building or floor: a building's letter or number ("tòa B", "tòa nhà số 2"), a floor ("tầng 3").
BUILDING = re.compile(r"\btòa(?: nhà)?(?: số)? [A-Z0-9]{1,3}\b|\btầng \d+", re.IGNORECASE)
# How long: a number of days, months ... ("15 ngày làm việc"), a span of years, a date, "trong ngày";
# how often, for "bao lâu một lần": "hằng quý", "định kỳ".
DURATION = re.compile(
    r"\d+\s*(?:ngày|tháng|năm|giờ|tuần|phút|hôm)\b|\b(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}\b"
    r"|\d{1,2}/\d{1,2}/\d{4}|\btrong ngày\b"
    r"|\b(?:hằng|hàng|mỗi) (?:ngày|tuần|tháng|quý|năm)\b|\bđịnh kỳ\b|\bthường xuyên\b",  # how often
    re.IGNORECASE,
)
# The day a cited document was issued ("Quyết định số 4791/QĐ-UBND ngày 29/12/2023"), and the questions
# that ask a document's day (issued, signed, in force), which it answers.
_CITED_DATE = re.compile(
    r"\bsố\s*\d[\w.\-]*/[\wĐđ/\-]+\s+ngày\s+\d{1,2}(?:/\d{1,2}/\d{4}|\s+tháng\s+\d{1,2}\s+năm\s+\d{4})",
    re.IGNORECASE,
)
_DOCUMENT_DATE_ASK = re.compile(
    r"\b(ban hanh|ky|ra doi|hieu luc|so hieu|cong van|van ban|quyet dinh|ke hoach|nghi quyet|thong bao"
    r"|chi thi|huong dan|bao cao)( \S+){0,4}? (ngay nao|ngay may|khi nao|bao gio)\b|\bngay (ban hanh|ky)\b"
)
# The day asked of a month the question names ("hội nghị tháng 8/2026 diễn ra ngày nào"), and a day.
_DAY_IN_MONTH_ASK = re.compile(r"\bthang \d{1,2}\b.*\bngay (nao|may)\b|\bngay (nao|may)\b.*\bthang \d{1,2}\b")
_DAY = re.compile(r"\b\d{1,2}/\d{1,2}\b|\bngày\s+\d{1,2}\b", re.IGNORECASE)
# "When" asked loosely ("khi nào", "bao giờ", "năm nào") is answered by a year or a period too.
_WHEN_ASK = re.compile(r"\b(khi nao|bao gio|nam nao|thoi diem nao|luc nao)\b")
_YEARS_WHEN = re.compile(r"\b(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d\b|\bnăm\s+(?:19|20)\d\d\b", re.IGNORECASE)


def _holds_date(text: str, asked: str) -> bool:
    """A date of the kind the (folded) question asks: a deadline is no cited document's day, a day asked
    within a month the question names needs a day ("tháng 4/2026 … ngày mấy"), a loose "khi nào" may
    be answered by a year or a period ("đến khi nào xong": "2025-2026")."""
    if not _DOCUMENT_DATE_ASK.search(asked):
        text = _CITED_DATE.sub(" ", text)
    if _DAY_IN_MONTH_ASK.search(asked):
        return bool(_DAY.search(text))
    return bool(DATE.search(text)) or bool(_WHEN_ASK.search(asked) and _YEARS_WHEN.search(text))


# A duration asked in a unit ("mấy ngày", "bao nhiêu tháng") is answered by a number of a unit.
_UNIT_ASKED = re.compile(r"\b(may|bao nhieu) (ngay|thang|tuan|nam|gio|phut|hom)\b")
_UNITS = re.compile(r"\d+\s*(?:ngày|tháng|tuần|năm|giờ|phút|hôm)\b", re.IGNORECASE)
PERCENT = re.compile(r"\d[\d.,]*\s*(?:%|phần trăm)", re.IGNORECASE)
TAX_CODE = re.compile(r"(?<![\d.])\d{10}(?:-\d{3})?(?!\d|\.\d)")
HOURS = re.compile(r"\b\d{1,2}\s*(?:giờ|h)(?:\s*\d{2})?\b|\b\d{1,2}:\d{2}\b", re.IGNORECASE)
TAX = re.compile(r"\bthuế\b[^.;]{0,80}?\d", re.IGNORECASE)
PENALTY = re.compile(r"\b(?:phạt|xử phạt)\b[^.;]{0,80}?\d", re.IGNORECASE)
WEB = re.compile(r"\b(https?://)?[\w-]+(\.[\w-]+)*\.(vn|com|org|net|gov)\b", re.IGNORECASE)
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")
# An address: a house number and a street, a building or a floor ("18 Hoàng Diệu", "tòa F, G", "tầng 3").
ADDRESS = re.compile(
    r"\b(số\s+)?\d+[A-Z]?\s+(đường\s+)?[A-ZĐ][\w]+\s+[A-ZĐ]\w+|\b(tòa|toà|tầng|khu)\s+[A-Z0-9]"
    r"|\bđịa chỉ\s*:|\btrụ sở\b[^.]{0,40}\b(tại|ở|đặt)\b"
)
# A procedure's record lists its file ("Hồ sơ: ..."); prose may say what a file holds.
PAPERWORK = re.compile(r"\bHồ sơ:|\bthành phần hồ sơ\b|\bhồ sơ gồm\b", re.IGNORECASE)
_PROVINCES_FOLDED = [fold(p) for p in PROVINCES]
_WHOSE_SITE = re.compile(
    r"\b(website|trang web|web|cong thong tin)\b.*\b(co quan|don vi|to chuc|so|bo|nganh)( \w+){0,3} nao\b"
)
_WHERE = re.compile(r"\b(o dau|cho nao|xem o|tim o|tra cuu o)\b")
_WHICH = re.compile(r"\b(nao|ai|gi)\b")


def wanted(question: str) -> set[str]:
    # chat spellings ("bao nhiu", "sđt") read as written out (knowledge/abbreviations.py)
    folded = " ".join(fold(expand_abbreviations(question)).replace(",", " ").split())
    kinds = {kind for kind, pattern in _WANTS.items() if pattern.search(folded)}
    if re.search(r"\bsố máy\b", question.lower()):
        kinds.add("phone")  # "số máy" (an extension); folded it is "số mấy", which number of a text
    if re.search(r"^(le phi|phi|chi phi)\b.*\b(la )?bao nhieu\W*$", folded):
        kinds.add("money")  # "Phí cấp giấy phép ... là bao nhiêu?"
    if _WHERE.search(folded):
        kinds.discard("phone")  # "where do I find the phone numbers" asks for a place
    lowered = nfc(question).lower()
    for kind, toned in _TONED.items():  # "thuê" (rent) is not "thuế" (tax), "thiết bị phát" is no fine
        if kind in kinds and has_marks(question) and not toned.search(lowered):
            kinds.discard(kind)
    if kinds & {"email", "fax", "web"}:
        kinds.discard("address")  # "địa chỉ email", "địa chỉ web" ask for the e-mail, the site
    if "web" in kinds and _WHOSE_SITE.search(folded):
        kinds.discard("web")  # "website của những cơ quan nào": the agencies are asked, not an address
    if _POSITION.search(folded) and _WHO.search(folded):
        kinds.add("person")
    if "count" in kinds and _WHICH.search(folded) and "bao nhieu" not in folded:
        kinds.discard("count")  # "Mấy bài ... thì bên nào ...": the question is "which"
    if _DOCUMENT_NUMBER_ASK.search(folded):
        kinds.add("document")  # "công văn số bao nhiêu": which document
    if "count" in kinds and not _counts_asked(folded, kinds):
        kinds.discard("count")
    return kinds


def _counts_asked(folded: str, kinds: set[str]) -> bool:
    """Whether some "bao nhiêu" / "mấy" of the question asks a count, not a part of another type's ask:
    "bao nhiêu tiền" asks money, "mấy ngày" a duration, "ngày bao nhiêu" a date, "số mấy" a document's
    number, "bao nhiêu phần trăm" a percentage."""
    other = [_DOCUMENT_NUMBER_ASK] + [
        _WANTS[k] for k in ("money", "duration", "date", "percent") if k in kinds
    ]
    covered = [m.span() for pattern in other for m in pattern.finditer(folded)]
    asks = [m.span() for m in _COUNT_ASKS.finditer(folded)]
    return not asks or any(not any(a <= s and e <= b for a, b in covered) for s, e in asks)


# The number of a document asked ("bằng công văn số bao nhiêu", "quyết định số mấy"), not a count.
_DOCUMENT_NUMBER_ASK = re.compile(
    r"\b(cong van|van ban|quyet dinh|ke hoach|nghi quyet|bao cao|thong bao|chi thi|to trinh)"
    r" so (bao nhieu|may)\b"
)
_COUNT_ASKS = re.compile(r"\b(bao nhieu|may|thu may|ty le)\b")


_LIST_MARK = re.compile(r"^\s*[-–+]?\s*(?:\d{1,2}|[IVX]{1,4}|[a-zđ])[.)]\s")


# A date or a document's number counts nothing: "Quyết định số 4791/QĐ-UBND ngày 29/12/2023".
_NOT_A_FIGURE = re.compile(r"\b\d{1,2}/\d{1,2}/\d{4}\b|\b\d+(?:\.\d+)?/(?:\d{4}/)?[A-ZĐ][\w&-]*")


def numbers(text: str) -> Counter[str]:
    """Numbers of a text, years, dates, documents' numbers and a leading list marker ("8. ...") left
    out."""
    text = _NOT_A_FIGURE.sub(" ", _LIST_MARK.sub(" ", text))
    return Counter(n.strip(".,") for n in NUMBER.findall(text) if not YEAR.fullmatch(n.strip(".,")))


_COUNTED_LAST = re.compile(r"(\w+) (?:bao nhieu|bao nhiu)\s*(?:[?.,!]|$)")
# Verbs and the words that end "mục tiêu", "tỷ lệ", "dự kiến": the thing counted is not named there.
_NOT_COUNTED = {
    "la",
    "duoc",
    "dat",
    "tang",
    "giam",
    "co",
    "mat",
    "het",
    "ton",
    "gia",
    "phi",
    "khoang",
    "them",
}
_NOT_COUNTED |= {"tieu", "le", "kien", "dau", "ra", "muc", "nhieu", "tong", "cong", "khong", "chua"}
_NOT_COUNTED |= {"toi", "len", "den", "xuong"}  # "lên tới bao nhiêu": a level, no thing counted
_NOT_COUNTED |= {"rong", "dai", "cao", "sau", "xa", "lon", "nang"}  # "rộng bao nhiêu": a size, in any unit


def counted(question: str) -> str:
    """The thing counted when a question ends on it ("nhiệt độ bao nhiêu?" -> the term of "độ"); ""
    when the question asks "... là bao nhiêu" or names it after the number word."""
    clean = " ".join(nfc(question).split())
    folded = fold(clean)
    m = _COUNTED_LAST.search(folded)
    if not m or m.group(1) in _NOT_COUNTED or len(folded) != len(clean):
        return ""
    word = clean[m.start(1) : m.end(1)]
    return f"a:{tone_key(word)}" if has_marks(word) else f"f:{fold(word)}"


_COUNTED_NEXT = re.compile(r"\bbao nhieu ((?:\w+ ?){1,5})")
# Words that end the name of the thing counted after "bao nhiêu" ("bao nhiêu vụ án lao động trong ...").
_ENDS_COUNTED_TEXT = """
    được trong của theo tại ở năm đã là và cho khi thì từ đến với như số còn nữa rồi vậy ạ nhé
    không ko trên dưới mỗi hằng tháng ngày thế sau trước vào ra lên xuống nào gì đạt bị phải
    dùng sử dụng tham gia nộp thực hiện áp dụng đăng ký học nhận đưa làm đi giúp xin mở
"""
# Compared by tone when the question is written with marks ("sơ" of "hồ sơ" is not "số").
_ENDS_COUNTED = WordList(_ENDS_COUNTED_TEXT)


# Units written apart from their number or as a sign ("54,93%", "1,2 tỷ đồng"): not checked.
# "cái" counts anything ("165 kiến nghị").
_LOOSE_UNITS = {
    "phan",
    "tien",
    "ty",
    "trieu",
    "nghin",
    "ngan",
    "dong",
    "usd",
    "nam",
    "thang",
    "ngay",
    "cai",
    "chiec",
    "nguoi",  # people are counted as members, lawyers, trainees …: "bao nhiêu người" - "86 thành viên"
}
# A score is written in a table without its unit ("2021: 6,07"): a decimal figure is one.
_SCORE = re.compile(r"\d+,\d+")
_SCORE_UNITS = frozenset({"f:diem", f"a:{tone_key('điểm')}"})


def counted_next(question: str) -> tuple[str, list[str]]:
    """The unit and the words that qualify it when a question names the thing counted after
    "bao nhiêu" ("thụ lý bao nhiêu vụ án lao động?" -> the terms of "vụ", then of "án", "lao",
    "động"); ("", []) when it names none or a unit written apart from its number."""
    clean = " ".join(expand_abbreviations(question).split())  # "bao nhiêu TTHC": thủ tục hành chính
    folded = fold(clean)
    m = _COUNTED_NEXT.search(folded)
    if not m or len(folded) != len(clean):
        return "", []
    named = clean[m.start(1) : m.end(1)].split()
    kept: list[str] = []
    for w in named:
        if w in _ENDS_COUNTED or any(c.isdigit() for c in w):  # a verb or a figure ends the thing counted
            break
        kept.append(w)
    if not kept or fold(kept[0]) in _LOOSE_UNITS:
        return "", []
    keys = [f"a:{tone_key(w)}" if has_marks(w) else f"f:{fold(w)}" for w in kept]
    return keys[0], keys[1:]


def _folded_key(key: str) -> str:
    """A marked term read folded ("a:nghiêp" -> "f:nghiep"): a qualifier typed with a wrong tone."""
    return f"f:{fold(key[2:].rstrip('0123456789'))}" if key.startswith("a:") else key


def holds(kind: str, text: str, question: str) -> bool:
    """Whether the text holds a value of this kind."""
    if kind == "phone":
        return bool(PHONE.search(text))
    if kind == "money":  # "miễn phí" the question states ("sau 6 tháng miễn phí") is no amount found
        free = _FREE.search(question)
        return any(not (free and _FREE.fullmatch(m.group(0))) for m in MONEY.finditer(text))
    if kind == "count":
        new = numbers(text) - numbers(question)
        unit, qualifiers = counted_next(question)
        if new and unit:  # "bao nhiêu vụ án lao động": "68 vụ" in a sentence that names "lao động"
            terms = term_set(text)
            score = unit in _SCORE_UNITS
            return all(q in terms or _folded_key(q) in terms for q in qualifiers) and any(
                m.group(0).strip(".,") in new
                and (
                    unit in term_set(" ".join(words(text[m.end() :])[:2]))
                    or (score and _SCORE.fullmatch(m.group(0).strip(".,")) is not None)
                )
                for m in NUMBER.finditer(text)
            )
        thing = counted(question)
        if not new or not thing:
            return bool(new)
        return any(  # the thing counted must sit next to a new number ("nhiệt độ 30", "74 điểm")
            m.group(0).strip(".,") in new and thing in term_set(text[max(0, m.start() - 40) : m.end() + 40])
            for m in NUMBER.finditer(text)
        )
    if kind == "date":
        return _holds_date(text, fold(question))
    if kind == "duration":
        if _UNIT_ASKED.search(fold(question)):  # "kéo dài mấy ngày": a number of days, not a date
            return bool(_UNITS.search(text))
        return bool(DURATION.search(text))
    if kind == "percent":
        return bool(PERCENT.search(text))
    if kind == "tax_code":
        return bool(TAX_CODE.search(text))
    if kind == "building":
        return bool(BUILDING.search(text))
    if kind == "hours":
        return bool(HOURS.search(text))
    if kind == "tax":
        return bool(TAX.search(text))
    if kind == "penalty":
        return bool(PENALTY.search(text))
    if kind == "document":
        return bool(DOCUMENT.search(text))
    if kind == "agency":
        return bool(AGENCY.search(text))
    if kind == "person":
        return bool(PERSON.search(text))
    if kind == "paperwork":
        return bool(PAPERWORK.search(text))
    if kind == "email":
        return bool(EMAIL.search(text))
    if kind == "fax":
        return bool(re.search(r"\bfax\b\D{0,12}\d", text, re.IGNORECASE))
    if kind == "address":
        return bool(ADDRESS.search(text))
    if kind == "web":
        return bool(WEB.search(text))
    if kind == "place":
        folded = fold(text)
        return any(re.search(rf"\b{p}\b", folded) for p in _PROVINCES_FOLDED)
    return False


# The words that name an answer type rather than a subject ("số điện thoại" asks for a phone number;
# the passage that gives one may call it "đường dây nóng"): left out when measuring coverage.
PHONE_WORDS = frozenset(
    {"so", "dien", "thoai", "sdt", "hotline", "duong", "day", "nong", "goi", "lien", "he"}
)
_TYPE_WORDS = {
    "phone": PHONE_WORDS,
    "money": {"phi", "le", "tien", "muc", "bao", "nhieu"},
    "date": {"ngay", "nao", "khi", "bao", "gio", "thoi", "han", "diem"},
    "count": {"bao", "nhieu", "may"},
    "duration": {"bao", "lau", "may", "ngay", "mat", "thang"},
}


def type_words(question: str) -> set[str]:
    """Folded words of the question that only say what type of answer it wants."""
    out: set[str] = set()
    for kind in wanted(question):
        out |= _TYPE_WORDS.get(kind, set())
    return out


# A year standing alone ("năm 2026", "2026:"), not a date's (12/11/2025) nor a period's bound (2026 - 2027)
DATED = re.compile(
    r"\b\d{1,2}/\d{1,2}/(?:19|20)\d\d\b|\b(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d\b"
    r"|\bngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+(?:19|20)\d\d\b|\d/(?:19|20)\d\d\b"
    r"|\bso với\s+(?:cùng kỳ\s+)?(?:năm\s+)?(?:19|20)\d\d\b",  # a baseline, not the figure's year
    re.IGNORECASE,
)
YEAR_FIGURES = frozenset({"count", "money", "percent", "duration"})  # figures that belong to a year


def years_alone(text: str) -> set[str]:
    """The years a text names as years: dates, periods and baselines ("so với năm 2023") left out."""
    return set(YEAR.findall(DATED.sub(" ", text)))
