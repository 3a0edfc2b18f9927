"""What kind of answer a question wants (a number, a date, an agency, a document, a phone number,
an amount of money) and whether a sentence holds one. Rules on the folded question."""

from __future__ import annotations

import re
from collections import Counter

from knowledge import text as vt
from knowledge.places import PROVINCES

YEAR = re.compile(r"\b(?:19|20)\d\d\b")
PHONE = re.compile(
    r"(?<![\d.,/])(?:0\d{2,4}[.\s]?\d{2,3}[.\s]?\d{2,4}|1900[.\s]?\d{3,4}|1022|11[345])(?![\d,/])"
)
MONEY = re.compile(r"\d[\d.,]*\s*(?:đồng|vnđ|vnd|triệu đồng|tỷ đồng)", re.IGNORECASE)
NUMBER = re.compile(r"\d+(?:[.,/]\d+)*")
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
    "phone": re.compile(r"\b(so dien thoai|sdt|duong day nong|hotline|so may|goi so)\b"),
    "money": re.compile(
        r"\b(bao nhieu tien|le phi|muc phi|phi la|phi bao nhieu|gia bao nhieu|ton bao nhieu)\b"
    ),
    "count": re.compile(
        r"\b(bao nhieu|bao lau|thu may|ty le)\b|\bmay (bac|nam|diem|ngay|thang|lan|nhiem vu)\b"
    ),
    "date": re.compile(
        r"\b(ngay nao|khi nao|bao gio|thoi han|han chot|truoc ngay|tu ngay nao|tu khi nao|dinh ky"
        r"|thoi diem nao)\b"
    ),
    "document": re.compile(r"\b(ke hoach|quyet dinh|nghi quyet|van ban|thong tu|nghi dinh) (nao|so may)\b"),
    "place": re.compile(r"\b(tinh nao|thanh nao|tinh thanh nao|dia phuong nao|nhung tinh|cac tinh)\b"),
    "agency": re.compile(r"\b(ai|co quan nao|don vi nao|so nao|ben nao|noi nao|phong nao|nhung co quan)\b"),
}
_PROVINCES_FOLDED = [vt.fold(p) for p in PROVINCES]
_WHERE = re.compile(r"\b(o dau|cho nao|xem o|tim o|tra cuu o)\b")
_WHICH = re.compile(r"\b(nao|ai|gi)\b")


def wanted(question: str) -> set[str]:
    folded = " ".join(vt.fold(question).replace(",", " ").split())
    kinds = {kind for kind, pattern in _WANTS.items() if pattern.search(folded)}
    if _WHERE.search(folded):
        kinds.discard("phone")  # "where do I find the phone numbers" asks for a place
    if "count" in kinds and _WHICH.search(folded) and "bao nhieu" not in folded:
        kinds.discard("count")  # "Mấy bài ... thì bên nào ...": the question is "which"
    return kinds


_LIST_MARK = re.compile(r"^\s*[-–+]?\s*(?:\d{1,2}|[IVX]{1,4}|[a-zđ])[.)]\s")


def numbers(text: str) -> Counter[str]:
    """Numbers of a text, years and a leading list marker ("8. ...") left out."""
    text = _LIST_MARK.sub(" ", text)
    return Counter(n.strip(".,") for n in NUMBER.findall(text) if not YEAR.fullmatch(n.strip(".,")))


def holds(kind: str, text: str, question: str) -> bool:
    if kind == "phone":
        return bool(PHONE.search(text))
    if kind == "money":
        return bool(MONEY.search(text))
    if kind == "count":
        return bool(numbers(text) - numbers(question))
    if kind == "date":
        return bool(DATE.search(text))
    if kind == "document":
        return bool(DOCUMENT.search(text))
    if kind == "agency":
        return bool(AGENCY.search(text))
    if kind == "place":
        folded = vt.fold(text)
        return any(re.search(rf"\b{p}\b", folded) for p in _PROVINCES_FOLDED)
    return False
