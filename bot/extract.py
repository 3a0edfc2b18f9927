"""Reading a requester's details out of free Vietnamese text: name, company, phone, tax code, e-mail.

Pure functions over strings; each finder returns the value and the span it came from, so the intake
can take the details out and keep the rest as the description of the problem.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

_TAX_MARKER = r"(?:mã\s+số\s+thuế|mã\s+số\s+doanh\s+nghiệp|mã\s+số\s+dn|mã\s+doanh\s+nghiệp|mst|msdn)"
_PHONE_MARKER = r"(?:số\s+điện\s+thoại|điện\s+thoại|sđt|sdt|đt|dt|hotline|di\s+động|zalo|liên\s+hệ|số)"
_TAX_MARKED = re.compile(rf"{_TAX_MARKER}\s*(?:là|:)?\s*(\d{{10}}(?:\s*-\s*\d{{3}})?)(?!\d)", re.IGNORECASE)
_PHONE_MARKED = re.compile(
    rf"{_PHONE_MARKER}\s*(?:là|:)?\s*((?:\+84|84|0)(?:[\s.\-]?\d){{8,10}})(?!\d)", re.I
)
_PHONE_BARE = re.compile(r"(?<![\d-])((?:\+84|0)(?:[\s.]?\d){8,10})(?![\d-])")
_TAX_BARE = re.compile(r"(?<![\d-])(\d{10}(?:-\d{3})?)(?![\d-])")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_NAME_MARKER = re.compile(
    r"(?:(?<=\s)|^)(?:(?P<strong>tên\s+tôi\s+là|tôi\s+tên\s+là|mình\s+tên\s+là|họ\s+và\s+tên|họ\s+tên|tên)|"
    r"tôi\s+là|tôi\s+tên|mình\s+là|em\s+là|người\s+liên\s+hệ)\s*(?:là|:|-)?\s*",
    re.IGNORECASE,
)
_COMPANY_MARKER = re.compile(
    r"(?:(?<=[\s,.;:(])|^)(công\s+ty|cty|doanh\s+nghiệp|hợp\s+tác\s+xã|htx|hộ\s+kinh\s+doanh|chi\s+nhánh)\s+",
    re.IGNORECASE,
)
_HONORIFICS = {"anh", "chị", "ông", "bà", "cô", "chú", "em"}
_NAME_STOP = {"công", "cty", "doanh", "hợp", "hộ", "giám", "sđt", "sdt", "mst", "số", "điện", "đt", "từ", "ở"}
_COMPANY_STOP = {
    "sđt",
    "sdt",
    "mst",
    "số",
    "điện",
    "đt",
    "mã",
    "xin",
    "tôi",
    "chúng",
    "mình",
    "em",
    "có",
    "đang",
}
_LEGAL_FORM_WORDS = {
    "tnhh",
    "cổ",
    "phần",
    "cp",
    "mtv",
    "một",
    "thành",
    "viên",
    "trách",
    "nhiệm",
    "hữu",
    "hạn",
}
_LEGAL_FORM_WORDS |= {"và", "&"}
_MOBILE_PREFIXES = ("03", "05", "07", "08", "09")


@dataclass
class Details:
    name: str = ""
    company: str = ""
    phone: str = ""
    tax_code: str = ""
    email: str = ""
    spans: list[tuple[int, int]] = field(default_factory=list)


def normalise(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def find_details(text: str) -> Details:
    """Everything recognisable in `text`. Tax codes need a marker unless they cannot be a phone number."""
    text = normalise(text)
    d = Details()
    taken: list[tuple[int, int]] = []

    def free(span: tuple[int, int]) -> bool:
        return all(span[1] <= a or span[0] >= b for a, b in taken)

    if m := _EMAIL.search(text):
        d.email = m.group(0)
        taken.append(m.span())
    for m in _TAX_MARKED.finditer(text):
        if free(m.span()):
            d.tax_code = re.sub(r"\s", "", m.group(1))
            taken.append(m.span())
            break
    for m in _PHONE_MARKED.finditer(text):
        phone = _phone(m.group(1))
        if phone and free(m.span()):
            d.phone = phone
            taken.append(m.span())
            break
    if not d.phone:
        for m in _PHONE_BARE.finditer(text):
            phone = _phone(m.group(1))
            if phone and phone.startswith((*_MOBILE_PREFIXES, "02")) and free(m.span()):
                if len(phone) == 10 and phone.startswith("02"):
                    continue  # a ten-digit number starting 02 is a Hải Phòng tax code, not a landline
                d.phone = phone
                taken.append(m.span())
                break
    if not d.tax_code:
        for m in _TAX_BARE.finditer(text):
            if free(m.span()) and not m.group(1).startswith(_MOBILE_PREFIXES):
                d.tax_code = m.group(1)
                taken.append(m.span())
                break
    if found := _company(text):
        d.company, span = found
        if free(span):
            taken.append(span)
        else:
            d.company = ""
    if found_name := _name(text):
        d.name, span = found_name
        if free(span):
            taken.append(span)
        else:
            d.name = ""
    d.spans = sorted(taken)
    return d


def remainder(text: str, spans: list[tuple[int, int]]) -> str:
    """`text` without the given spans, with the punctuation left dangling cleaned up."""
    text = normalise(text)
    parts: list[str] = []
    last = 0
    for a, b in sorted(spans):
        parts.append(text[last:a])
        last = max(last, b)
    parts.append(text[last:])
    rest = " ".join("".join(parts).split())
    rest = re.sub(r"\s+([,.;:!?])", r"\1", rest)
    rest = re.sub(r"([,.;:])(?:\s*[,.;:])+", r"\1", rest)
    return rest.strip(" ,.;:-–")


def looks_like_name(text: str) -> str:
    """A short reply to "what is your name?": the name, title-cased, or "" when it is not one."""
    words = [w.strip(",.;:!") for w in normalise(text).split()]
    words = [w for w in words if w]
    while words and words[0].lower() in _HONORIFICS | {"tôi", "là", "tên", "mình"}:
        words = words[1:]
    if not 1 <= len(words) <= 6 or any(not w.replace("-", "").isalpha() for w in words):
        return ""
    return " ".join(w[:1].upper() + w[1:] for w in words)


def word_count(text: str) -> int:
    return len(re.findall(r"\w+", text))


def _phone(raw: str) -> str:
    digits = re.sub(r"\D", "", raw)
    if raw.strip().startswith("+84") or (digits.startswith("84") and len(digits) in (11, 12)):
        digits = "0" + digits[2:]
    if (len(digits) == 10 and digits.startswith("0")) or (len(digits) == 11 and digits.startswith("02")):
        return digits
    return ""


def _name(text: str) -> tuple[str, tuple[int, int]] | None:
    for m in _NAME_MARKER.finditer(text):
        words: list[str] = []
        end = m.end()
        pos = m.end()
        for w in re.finditer(r"\S+", text[pos:]):
            token = w.group(0)
            bare = token.strip(",.;:!?()")
            if not words and bare.lower() in _HONORIFICS:
                end = pos + w.end()
                continue
            # after "họ tên:" / "tên tôi là" a name may be typed in lower case; after "tôi là" it must not
            # ("tôi là giám đốc")
            if (
                not bare
                or not (bare[0].isupper() or m.group("strong"))
                or not bare.replace("-", "").isalpha()
            ):
                break
            if bare.lower() in _NAME_STOP | _COMPANY_STOP or len(words) >= 5:
                break
            words.append(bare[:1].upper() + bare[1:])
            end = pos + w.start() + len(token.rstrip(",.;:!?)"))
            if token != token.rstrip(",.;:!?)"):
                break
        if words:
            return " ".join(words), (m.start(), end)
    return None


def _company(text: str) -> tuple[str, tuple[int, int]] | None:
    for m in _COMPANY_MARKER.finditer(text):
        words: list[str] = []
        end = m.end()
        for w in re.finditer(r"\S+", text[m.end() :]):
            token = w.group(0)
            bare = token.strip(",.;:!?()")
            if not bare or bare.lower() in _COMPANY_STOP or len(words) >= 10 or bare[0].isdigit():
                break
            if not bare[0].isupper() and bare.lower() not in _LEGAL_FORM_WORDS:
                break  # "công ty chúng tôi" is not a name; a lowercase word ends one
            words.append(bare)
            end = m.end() + w.start() + len(token.rstrip(",.;:!?)"))
            if token != token.rstrip(",.;:!?)"):
                break
        if words:
            return f"{m.group(1)} {' '.join(words)}".strip(), (m.start(), end)
    return None
