"""Document metadata: number, issuer, date, kind, title, period and status (in force / replaced).

Detection reads the text: the "Số: 3822 /KH-BQL" line, "(Kèm theo Kế hoạch số 220 /KH-UBND ngày
28/8/2025 của ...)" in an appendix, the title after "KẾ HOẠCH"/"BÁO CÁO", "thay thế Kế hoạch số
197/KH-UBND". What a text does not say is filled from known_documents.json, matched by content.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field, replace
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from knowledge.text import spaces

if TYPE_CHECKING:
    from knowledge.agencies import AgencyDirectory

_KINDS = {
    "KẾ HOẠCH": "kế hoạch",
    "BÁO CÁO": "báo cáo",
    "QUYẾT ĐỊNH": "quyết định",
    "NGHỊ QUYẾT": "nghị quyết",
    "CÔNG VĂN": "công văn",
    "THÔNG BÁO": "thông báo",
    "CHƯƠNG TRÌNH": "chương trình",
}
_CODE_KIND = {"KH": "kế hoạch", "BC": "báo cáo", "QĐ": "quyết định", "NQ": "nghị quyết", "TB": "thông báo"}
_NUMBER = re.compile(r"Số\s*:?\s*(\d*)\s*/\s*([A-ZĐ]{1,4}(?:-[A-ZĐ&]+)+)")
_ATTACHED = re.compile(
    r"Kèm theo (Kế hoạch|Quyết định|Báo cáo) số\s*(\d+)\s*/\s*([A-ZĐ]{1,4}(?:-[A-ZĐ&]+)+)"
    r"\s*ngày\s*(\d{1,2})/(\d{1,2})/(\d{4})(?:\s*của\s*([^)]+))?"
)
_PLACE_DATE = re.compile(r"ngày\s*(\d{1,2})?\s*tháng\s*(\d{1,2})\s*năm\s*(\d{4})")
_PERIOD = re.compile(r"năm\s+((?:19|20)\d{2}(?:\s*-\s*(?:19|20)\d{2})?)")
_REPLACES = re.compile(
    r"thay thế (?:Kế hoạch|Quyết định) số\s*(\d+\s*/\s*[A-ZĐ]{1,4}(?:-[A-ZĐ&]+)+)(?:\s*ngày\s*([\d/]+))?"
)
_ISSUER_CODES = {
    "UBND": "Ủy ban nhân dân thành phố Hải Phòng",
    "BQL": "Ban Quản lý Khu kinh tế Hải Phòng",
    "KHĐT": "Sở Kế hoạch và Đầu tư thành phố Hải Phòng",
    "STC": "Sở Tài chính thành phố Hải Phòng",
}
# An issuing body as a header writes it, in capitals: a committee, a department, an office under its
# parent ("CỤC THUẾ" above "THUẾ THÀNH PHỐ HẢI PHÒNG", "BẢO HIỂM XÃ HỘI VIỆT NAM" above its city branch).
_HEADER_ISSUER = re.compile(
    r"^((?:BAN QUẢN LÝ|SỞ|CỤC|CHI CỤC|TỔNG CỤC|THUẾ|BẢO HIỂM XÃ HỘI|TRUNG TÂM|VĂN PHÒNG|THANH TRA|CÔNG AN"
    r"|KHO BẠC|NGÂN HÀNG|HẢI QUAN|BỘ|HỘI ĐỒNG NHÂN DÂN|HIỆP HỘI|LIÊN ĐOÀN|BAN)(?: [A-ZÀ-Ỹ ,&-]+)?"
    r"|ỦY BAN NHÂN DÂN(?: [A-ZÀ-Ỹ ,]+)?|UBND [A-ZÀ-Ỹ ]+)$"
)


@dataclass
class DocumentMeta:
    number: str = ""
    issuer: str = ""
    date: str = ""
    kind: str = ""
    title: str = ""
    period: str = ""
    status: str = "unknown"
    replaced_by: str = ""
    replaces: list[str] = field(default_factory=list)


@cache
def known_documents() -> dict[str, Any]:
    text = resources.files("ingest").joinpath("known_documents.json").read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def _header_issuer(head: list[str]) -> str:
    """The issuing body as the header writes it, over one or two upper-case lines ("ỦY BAN NHÂN DÂN"
    above "PHƯỜNG GIA VIÊN"): it names a ward's committee where the number's code only says UBND. A
    body written under its parent ("UBND THÀNH PHỐ HẢI PHÒNG" above "SỞ CÔNG THƯƠNG") is the body."""
    for k, para in enumerate(head[:6]):
        issuer = _HEADER_ISSUER.match(para.strip())
        if issuer and "CỘNG HÒA" not in para:
            name = issuer.group(1).strip()
            nxt = head[k + 1] if k + 1 < len(head) else ""
            if _HEADER_ISSUER.match(nxt.strip()) and "CỘNG HÒA" not in nxt:
                name, nxt = nxt.strip(), ""  # "UBND THÀNH PHỐ …" above "SỞ CÔNG THƯƠNG": the body under it
            if nxt.isupper() and len(nxt) < 30 and "ĐỘC LẬP" not in nxt.upper() and "CỘNG HÒA" not in nxt:
                name = f"{name} {nxt}"
            known = _known_agency(name)
            if known:
                return known
            name = _title_case(name)  # a place after its level keeps its capitals: "phường Gia Viên"
            return re.sub(
                r"\b(phường|xã|quận|huyện|đặc khu|thành phố|tỉnh)\s+(.+)$",
                lambda m: f"{m.group(1)} {m.group(2).title()}",
                name,
            )
    return ""


@cache
def _directory() -> AgencyDirectory:
    """The shipped list of agencies, read once per process."""
    from knowledge.agencies import AgencyDirectory

    return AgencyDirectory.shipped()


def _known_agency(written: str) -> str:
    """The listed full name of an agency the header writes in capitals ("SỞ CÔNG THƯƠNG" -> "Sở Công
    Thương thành phố Hải Phòng"), "" when the list does not hold it as written."""
    found = _directory().match(written)
    if found.agency is None or found.how not in ("exact", "alias"):
        return ""
    return found.agency.full_name or found.agency.name


def _title_case(text: str) -> str:
    return text[:1] + text[1:].lower() if text.isupper() else text


def detect(paragraphs: list[str], fallback_title: str) -> DocumentMeta:
    head = paragraphs[:15]
    text = "\n".join(paragraphs)
    meta = DocumentMeta()
    for i, para in enumerate(head):
        kind = _KINDS.get(para.strip().upper()) if len(para) < 30 else None
        if kind and not meta.kind:
            meta.kind = kind
            title_parts = []
            for nxt in head[i + 1 : i + 3]:
                if (
                    len(nxt) > 160
                    or nxt.isupper()
                    or "Số:" in nxt
                    or nxt.startswith(("Thực hiện", "Căn cứ", "Theo", "Nhằm", "Kính gửi"))
                ):
                    break
                title_parts.append(nxt)
            meta.title = spaces(f"{_title_case(para)} {' '.join(title_parts)}")
    number = _NUMBER.search("\n".join(head))
    if number:
        meta.number = f"{number.group(1)}/{number.group(2)}" if number.group(1) else ""
        code = number.group(2).split("-")
        meta.kind = meta.kind or _CODE_KIND.get(code[0], "")
        written = _header_issuer(head)  # the number's code says "UBND"; the header says which one
        local = re.search(r"\b(phường|xã|đặc khu|quận|huyện)\b", written, re.IGNORECASE)
        meta.issuer = written if local else _ISSUER_CODES.get(code[-1], "") or written
    attached = _ATTACHED.search(text)
    if attached and not meta.number:
        meta.number = f"{attached.group(2)}/{attached.group(3)}"
        day, month, year = attached.group(4), attached.group(5), attached.group(6)
        meta.date = f"{year}-{int(month):02d}-{int(day):02d}"
        if attached.group(7):
            meta.issuer = spaces(attached.group(7))
    meta.issuer = meta.issuer or _header_issuer(head)
    if not meta.date:
        date = _PLACE_DATE.search("\n".join(head))
        if date:
            day, month, year = date.groups()
            meta.date = f"{year}-{int(month):02d}-{int(day):02d}" if day else f"{year}-{int(month):02d}"
    period = _PERIOD.search(meta.title)
    if period:
        meta.period = re.sub(r"\s+", "", period.group(1))
    meta.replaces = [re.sub(r"\s+", "", m.group(1)) for m in _REPLACES.finditer(text)]
    if not meta.title:
        meta.title = fallback_title
    return _apply_known(meta, text)


def _apply_known(meta: DocumentMeta, text: str) -> DocumentMeta:
    for entry in known_documents()["documents"]:
        if all(re.search(p, text) for p in entry["match"]):
            for key in ("number", "issuer", "date", "kind", "title", "period", "status"):
                if key in entry:  # curated facts win over detection
                    meta = replace(meta, **{key: entry[key]})
    return meta


def resolve_status(metas: dict[str, DocumentMeta]) -> dict[str, DocumentMeta]:
    """In force / replaced across documents: "thay thế Kế hoạch số X" in one replaces X."""
    replaced_by: dict[str, str] = {r["number"]: r["replaced_by"] for r in known_documents()["replacements"]}
    for meta in metas.values():
        for old in meta.replaces:
            if meta.number:
                replaced_by[old] = meta.number
    out: dict[str, DocumentMeta] = {}
    for doc, meta in metas.items():
        if meta.number and meta.number in replaced_by:
            meta = replace(meta, status="replaced", replaced_by=replaced_by[meta.number])
        elif meta.replaces and meta.status == "unknown":
            meta = replace(meta, status="in_force")
        out[doc] = meta
    return out


def replacement_catalog(metas: dict[str, DocumentMeta]) -> list[dict[str, str]]:
    """Every known replacement (also of plans not in the corpus, e.g. 197/KH-UBND)."""
    catalog = {r["number"]: dict(r) for r in known_documents()["replacements"]}
    for meta in metas.values():
        for old in meta.replaces:
            catalog.setdefault(old, {"number": old, "title": "", "date": "", "replaced_by": meta.number})
    return list(catalog.values())
