"""The parts of an answer every channel shows, read from the structured Answer (never parsed back out
of its text): the direct sentence, short quotes, numbered sources, and per kind a procedure's facts,
a business line's verdict per list, a contact's numbers, an agency's duties, or a refusal's reason and
hotline. Channel renderers (bot/render_telegram.py, bot/render_zalo.py, api/web/answer_view.py) only
lay these parts out. Values are cleaned: no URL or file name ever reaches the text of an answer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from knowledge.answer import Answer
from knowledge.citing import no_urls
from knowledge.duty_view import DutyRow, duty_row, task_of_record

_FILE = re.compile(r"\b[\w.-]+\.(?:txt|csv|json|pdf|docx?|xlsx?|md|html?)\b", re.I)
_SEP = re.compile(r"\s*;\s*")
_LEGAL = re.compile(
    r"\b(?:Luật|Nghị định|NĐ|Thông tư|TT|Quyết định|QĐ|Nghị quyết|NQ)\s+(?:số\s+)?[\d.]+/(?:\d{4}/)?"
    r"[A-ZĐa-zđ]+(?:-[A-ZĐa-zđ]+)*"
)
_DATE = re.compile(r"\b\d{1,2}/\d{1,2}/\d{4}\b|\b(?:tháng\s+)\d{1,2}/\d{4}\b")
_ONLINE = re.compile(r"trực tuyến|dịch vụ công|điện tử", re.I)
_WHERE = re.compile(r"tiếp nhận|nộp|một cửa|trực tuyến|bưu chính", re.I)
PHONE_DIGITS = re.compile(r"\+?\d[\d .]{2,}\d")


def clean(text: str) -> str:
    """Text fit for an answer: no URL, no file name, single spaces."""
    return " ".join(_FILE.sub("", no_urls(text or "")).split()).strip(" ;,")


@dataclass(frozen=True)
class SourceRef:
    number: int
    title: str
    section: str
    replaced: bool
    quote: str
    passage: str
    url: str = ""


@dataclass(frozen=True)
class Fact:
    label: str
    value: str = ""
    items: tuple[str, ...] = ()  # a list value (fees, dossier papers)


@dataclass(frozen=True)
class Verdict:
    basis: str
    validity: str
    found: bool
    number: str = ""
    name: str = ""


@dataclass(frozen=True)
class Phone:
    label: str
    number: str
    tel: str  # digits for a tel: link


@dataclass(frozen=True)
class RefusalParts:
    missing: str
    hotline_phone: str = ""
    hotline_agency: str = ""


@dataclass
class Parts:
    route: str
    kind: str
    direct: str = ""
    text: str = ""  # a reply that is only text (greeting, intake, status): shown as is
    quotes: list[tuple[int, str]] = field(default_factory=list)
    sources: list[SourceRef] = field(default_factory=list)
    title: str = ""  # the subject (a procedure's name, an agency)
    facts: list[Fact] = field(default_factory=list)
    online: bool | None = None
    note: str = ""
    verdicts: list[Verdict] = field(default_factory=list)
    phones: list[Phone] = field(default_factory=list)
    duties: list[DutyRow] = field(default_factory=list)
    duty_counts: dict[str, int] = field(default_factory=dict)
    reports: list[str] = field(default_factory=list)
    refusal: RefusalParts | None = None


def sources_of(answer: Answer) -> list[SourceRef]:
    passages = {s.id: s.text for s in answer.sources}
    return [
        SourceRef(
            number=c.number,
            title=clean(c.title) or "Tài liệu",
            section=clean(c.section),
            replaced=c.replaced,
            quote=clean(c.quote),
            passage=passages.get(c.source_id, ""),
            url=c.url,
        )
        for c in answer.citations
    ]


def tel_of(number: str) -> str:
    return re.sub(r"[^\d+]", "", number)


def phones_in(value: str, label: str) -> list[Phone]:
    return [Phone(label, m.group(0).strip(), tel_of(m.group(0))) for m in PHONE_DIGITS.finditer(value)]


def _name_only(name: str) -> tuple[str, str]:
    """A procedure's name without its bracketed note, and that note."""
    match = re.search(r"\s+[\[(](?=[^\])]*(?:thủ tục|Lưu ý|bản ghi|DVCQG|QĐ|quốc gia))", name)
    head, note = (name[: match.start()], name[match.end() :]) if match else (name, "")
    head = re.sub(r"^Thủ tục\s+", "", head.strip(" .;"), flags=re.I)
    return head[:1].upper() + head[1:], note.strip(" []()")


def procedure_parts(parts: Parts, record: dict[str, Any]) -> None:
    name, note = _name_only(str(record.get("ten_thu_tuc", "")))
    parts.title = clean(name)
    parts.note = clean(note)
    agency_text = str(record.get("co_quan_giai_quyet", ""))
    pieces = [clean(p) for p in _SEP.split(agency_text) if clean(p)]
    where = [p for p in pieces if _WHERE.search(p)]
    who = [p for p in pieces if p not in where]
    if not who and pieces:  # "Sở X (nộp tại ...)": the first piece names the deciding agency
        who, where = pieces[:1], [p for p in where if p != pieces[0]]
    when = str(record.get("thoi_han", ""))
    parts.online = bool(_ONLINE.search(agency_text) or re.search("trực tuyến", when, re.I))
    everything = " ".join(str(v) for k, v in record.items() if k != "nguon")
    legal = list(dict.fromkeys(m.group(0) for m in _LEGAL.finditer(everything)))
    dates = _DATE.findall(str(record.get("nguon", ""))) or _DATE.findall(str(record.get("ten_thu_tuc", "")))
    parts.facts = [
        Fact("Cơ quan giải quyết", "; ".join(who) or "Danh sách không ghi"),
        Fact("Nơi nộp", "; ".join(where) or "Danh sách không ghi"),
        Fact("Thời hạn", clean(when) or "Danh sách không ghi"),
        _list_fact("Phí, lệ phí", str(record.get("phi_le_phi", ""))),
        _list_fact("Hồ sơ", str(record.get("ho_so", ""))),
        Fact("Căn cứ pháp lý", "; ".join(legal) or "Danh sách không ghi"),
    ]
    if dates:
        parts.facts.append(Fact("Ngày của dữ liệu", dates[-1].replace("tháng ", "")))


def _list_fact(label: str, value: str) -> Fact:
    items = tuple(clean(p) for p in _SEP.split(value) if clean(p))
    if not items:
        return Fact(label, "Danh sách không ghi")
    return Fact(label, items[0]) if len(items) == 1 else Fact(label, items=items)


def business_line_parts(parts: Parts, record: dict[str, Any]) -> None:
    for item in record.get("lists", []):
        parts.verdicts.append(
            Verdict(
                basis=clean(str(item.get("basis", ""))),
                validity=clean(str(item.get("validity", ""))),
                found=bool(item.get("found")),
                number=str(item.get("number", "")),
                name=clean(str(item.get("name", ""))),
            )
        )
    named = [v.name for v in parts.verdicts if v.name]
    parts.title = named[0] if named else ""


def contact_parts(parts: Parts, record: dict[str, Any]) -> None:
    agency = clean(str(record.get("co_quan", "")).split(" (")[0])
    role = clean(re.split(r"\s+[(]", str(record.get("bo_phan_or_chuc_danh", "")), maxsplit=1)[0])
    parts.title = agency
    parts.phones = phones_in(str(record.get("dien_thoai", "")), role or "Số điện thoại")
    if record.get("linh_vuc"):
        parts.facts.append(Fact("Lĩnh vực", clean(str(record["linh_vuc"]))))
    if record.get("email"):
        parts.facts.append(Fact("Thư điện tử", str(record["email"]).strip()))


def duty_parts(parts: Parts, record: dict[str, Any]) -> None:
    parts.title = str(record.get("agency", ""))
    parts.note = clean(str(record.get("note", "")))
    parts.duties = [duty_row(task_of_record(t), clean) for t in record.get("items", [])]
    parts.duty_counts = {str(k): int(v) for k, v in (record.get("counts") or {}).items()}
    for report in record.get("reports", []):
        to = f", gửi {report['to']}" if report.get("to") else ""
        parts.reports.append(
            clean(
                f"{report.get('what', '')} ({report.get('frequency', '')}): {report.get('deadline', '')}{to}"
            )
        )


def parts_of(answer: Answer) -> Parts:
    """What to show of `answer`, per kind; a reply without a direct sentence is shown as its text."""
    parts = Parts(route=answer.route, kind=answer.kind)
    record = answer.record or {}
    if answer.route == "refuse" and answer.reason:
        line = record.get("hotline") or {}
        parts.refusal = RefusalParts(
            clean(answer.missing) or "Các tài liệu hiện có không nêu nội dung này.",
            str(line.get("phone", "")),
            clean(str(line.get("agency", ""))),
        )
        return parts
    if not answer.direct:
        parts.text = answer.answer.strip()
        return parts
    parts.direct = clean(answer.direct)
    parts.sources = sources_of(answer)
    parts.quotes = [(s.number, s.quote) for s in parts.sources if s.quote]
    builders = {
        "procedure": procedure_parts,
        "business_line": business_line_parts,
        "contact": contact_parts,
        "duties": duty_parts,
    }
    builder = builders.get(answer.kind)
    if builder is not None and record:
        builder(parts, record)
    return parts
