"""One parsed file -> its DocumentInfo, passage and record chunks, and structured records."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field, replace
from pathlib import Path

from ingest.assignments import assignments
from ingest.blocks import Heading, Paragraph, ParsedDocument
from ingest.cards import CARD_SECTION, DocumentCard, apply_sidecar, iso_date, read_card, read_sidecar
from ingest.chunking import passages
from ingest.errors import UnreadableFileError
from ingest.lists import ListInfo, list_records
from ingest.metadata import DocumentMeta, detect
from ingest.records import ListRecord, ReportDuty, TaskRecord
from ingest.report_duties import report_duties
from ingest.scoretable import ScoreTable, parse_score_tables
from ingest.structure import sections
from ingest.tables import is_noise_table, is_task_table, row_records, task_records
from knowledge.documents import Chunk, DocumentInfo, MetadataValue


def _code_version() -> str:
    """A digest of the ingest code and data: a change to parsing or chunking re-indexes every document."""
    digest = hashlib.sha1()
    for path in sorted(Path(__file__).resolve().parent.glob("*.*")):
        if path.suffix in (".py", ".json"):
            digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


INGEST_VERSION = _code_version()
RECORD_MAX = 1000


@dataclass
class BuiltDocument:
    doc: str
    path: Path
    file_hash: str
    meta: DocumentMeta
    passages: list[tuple[str, str]]
    tasks: list[TaskRecord] = field(default_factory=list)
    reports: list[ReportDuty] = field(default_factory=list)
    lists: dict[str, tuple[ListInfo, list[ListRecord]]] = field(default_factory=dict)
    score_tables: list[tuple[str, ScoreTable]] = field(default_factory=list)
    assignments: list[TaskRecord] = field(default_factory=list)  # "Tổ chức thực hiện" items
    card: DocumentCard | None = None  # prose documents: number, date, signer, recipients ...

    @property
    def plan(self) -> str:
        return self.meta.number or self.meta.title

    @property
    def content_hash(self) -> str:
        """File content + ingest version + resolved status: any change re-indexes the document."""
        key = f"{self.file_hash}|{INGEST_VERSION}|{self.meta.status}|{self.meta.replaced_by}"
        return hashlib.sha256(key.encode()).hexdigest()[:32]

    def all_tasks(self) -> list[TaskRecord]:
        """Task rows, the "Tổ chức thực hiện" assignments and the score-table rows naming units."""
        out = [*self.tasks, *self.assignments]
        for caption, table in self.score_tables:
            for row in table.rows:
                if not (row.number and row.units and table.unit_headers):
                    continue
                values = "; ".join(f"{k}: {v}" for k, v in row.values.items())
                headers = {"lead": table.unit_headers[0]}
                if len(table.unit_headers) > 1:
                    headers["cooperate"] = table.unit_headers[1]
                out.append(
                    TaskRecord(
                        doc=self.doc,
                        plan=self.plan,
                        number=row.number,
                        group="",
                        task=f"Cải thiện {table.label_header.lower()} {row.label} ({values})",
                        lead=row.units[0],
                        cooperate=", ".join(row.units[1:]),
                        period=table.value_headers[-1] if table.value_headers else "",
                        completion="",
                        section=f"{caption} > {row.number}. {row.label}",
                        headers=headers,
                        extra=dict(row.values),
                    )
                )
        return out

    def info(self) -> DocumentInfo:
        m = self.meta
        return DocumentInfo(
            doc=self.doc,
            title=m.title,
            content_hash=self.content_hash,
            number=m.number,
            issuer=m.issuer,
            date=m.date,
            kind=m.kind,
            status=m.status,
            replaced_by=m.replaced_by,
        )

    def chunks(self) -> list[Chunk]:
        base = self._metadata()
        out: list[Chunk] = []
        if self.card is not None and self.card.passage:
            out.append(
                self._chunk(len(out), CARD_SECTION, self.card.passage, "passage", {**base, "record": "card"})
            )
        for section, text in self.passages:
            out.append(self._chunk(len(out), section, text, "passage", base))
        for task in self.tasks:
            for text in task_texts(task, self.meta):
                out.append(self._chunk(len(out), task.section, text, "record", {**base, "record": "task"}))
        for caption, table in self.score_tables:
            for text in score_texts(table, caption, self.plan):
                section = f"{caption} (Kế hoạch {self.plan})"
                out.append(self._chunk(len(out), section, text, "record", {**base, "record": "score"}))
        for kind, (info, records) in self.lists.items():
            section = list_context(info)
            meta = {**base, "record": kind}
            out.append(self._chunk(len(out), section, list_overview(info, records), "record", meta))
            for row, record in enumerate(records):
                text = list_text(record, info, with_source=False)  # the source note is a citation
                row_meta: dict[str, MetadataValue] = {**meta, "row": row, "source_note": record.source[:300]}
                out.append(self._chunk(len(out), section, text, "record", row_meta))
        return out

    def _metadata(self) -> dict[str, MetadataValue]:
        m = self.meta
        data: dict[str, MetadataValue] = {
            "number": m.number,
            "issuer": m.issuer,
            "date": m.date,
            "kind": m.kind,
            "status": m.status,
            "replaced_by": m.replaced_by,
            "period": m.period,
        }
        year = re.match(r"\d{4}", m.date or m.period)
        if year:
            data["year"] = int(year.group(0))
        return {k: v for k, v in data.items() if v != ""}

    def _chunk(self, index: int, section: str, text: str, kind: str, meta: dict[str, MetadataValue]) -> Chunk:
        digest = hashlib.sha1(f"{section}\n{text}".encode()).hexdigest()[:8]
        slug = re.sub(r"[^A-Za-z0-9._-]+", "_", self.doc)
        return Chunk(
            id=f"{slug}-{index:04d}-{digest}",
            doc=self.doc,
            title=self.meta.title,
            section=section,
            text=text,
            kind=kind,
            metadata={**meta, "section": section},
        )


def _with_sidecar(meta: DocumentMeta, side: dict[str, object]) -> DocumentMeta:
    """The user's sidecar values win over what detection read from the text."""
    changes: dict[str, object] = {}
    for key in ("number", "title", "issuer", "period", "status", "replaced_by"):
        if key in side:
            changes[key] = str(side[key])
    if "date" in side:
        changes["date"] = iso_date(str(side["date"]))
    if "replaces" in side:
        value = side["replaces"]
        changes["replaces"] = [str(v) for v in value] if isinstance(value, list) else [str(value)]
    return replace(meta, **changes) if changes else meta  # type: ignore[arg-type]


def _join_fields(pairs: list[tuple[str, str]]) -> str:
    return "\n".join(
        f"{label}: {value}" if value.endswith("…") else f"{label}: {value.rstrip('.')}."
        for label, value in pairs
        if value
    )


def task_texts(task: TaskRecord, meta: DocumentMeta) -> list[str]:
    """Searchable text of a task row: "Nhiệm vụ 39 – IV. Chi phí tuân thủ (...): ... Cơ quan chủ trì: ..."."""
    kind = (meta.kind or "kế hoạch").capitalize()  # a report's tasks are the report's ("Báo cáo 38/BC-UBND")
    where = ", ".join(p for p in (task.section.split(" > ")[0], f"{kind} {meta.number or meta.title}") if p)
    head = f"Nhiệm vụ {task.number} ({where}): "  # the PCI sub-index is in the section
    h = task.headers
    tail = _join_fields(
        [
            (h.get("lead", "Cơ quan chủ trì"), task.lead),
            (h.get("cooperate", "Cơ quan phối hợp"), task.cooperate),
            (h.get("period", "Thời gian thực hiện"), task.period),
            (h.get("completion", "Thời gian hoàn thành"), task.completion),
            *task.extra.items(),
        ]
    )
    room = RECORD_MAX - len(head) - len(tail) - 1
    if len(task.task) <= room:
        return [f"{head}{task.task}\n{tail}"]
    from ingest.chunking import bounded_sentences

    parts: list[str] = []
    current = ""
    for piece in re.split(r"\s+(?=[-+] )", task.task):
        for sentence in bounded_sentences(piece) if len(piece) > room else [piece]:
            if current and len(current) + len(sentence) + 1 > room:
                parts.append(current)
                current = sentence
            else:
                current = f"{current} {sentence}".strip()
    parts.append(current)
    return [f"{head}(phần {i}/{len(parts)}) {part}\n{tail}" for i, part in enumerate(parts, 1)]


def score_texts(table: ScoreTable, caption: str, plan: str) -> list[str]:
    """A score row as printed, then its values under their column headers (caption and plan are in
    the chunk's section and title)."""
    out: list[str] = []
    for row in table.rows:
        pairs = list(row.values.items())
        if row.units and table.unit_headers:
            pairs.append((table.unit_headers[0], row.units[0]))
            if len(table.unit_headers) > 1 and row.units[1:]:
                pairs.append((table.unit_headers[1], ", ".join(row.units[1:])))
        label = f"{table.label_header} {row.number}. {row.label}" if row.number else row.label
        out.append(f"{row.raw}\n{label}: " + "; ".join(f"{k}: {v}" for k, v in pairs) + ".")
    if table.note:
        out.append(table.note)
    return out


def list_context(info: ListInfo) -> str:
    """The section of a list row: its legal basis (without the parenthesised detail the overview
    keeps) and period of validity, else the list's title."""
    basis = re.split(r"\s+\(", info.legal_basis, maxsplit=1)[0]
    parts = [basis, f"áp dụng {info.validity}" if info.validity else ""]
    return " – ".join(p for p in parts if p) or info.title


def list_text(record: ListRecord, info: ListInfo, *, with_source: bool = True) -> str:
    """A row as "Label: value." lines; the legal basis and validity travel in the section."""
    body = [(record.labels[k], v) for k, v in record.fields.items() if k != "nguon"]
    source = record.source[:200] + ("…" if len(record.source) > 200 else "") if with_source else ""

    def render() -> str:
        return _join_fields(body) + (f"\nNguồn: {source}" if source else "")

    text = render()
    while len(text) > RECORD_MAX:  # shorten the longest value (the JSON record keeps it whole)
        longest = max(range(len(body)), key=lambda i: len(body[i][1]))
        label, value = body[longest]
        body[longest] = (label, value[: int(len(value.rstrip("…")) * 0.8)].rsplit(" ", 1)[0] + "…")
        text = render()
    return text


def list_overview(info: ListInfo, records: list[ListRecord]) -> str:
    sources = sorted({r.source for r in records if r.source})
    text = f"{info.title}: {len(records)} dòng."
    if info.legal_basis:
        text += f" Căn cứ: {info.legal_basis}."
    if info.validity:
        text += f" Thời gian áp dụng: {info.validity}."
    if info.description:
        text += f" {info.description}"
    if len(sources) == 1:
        text += f" Nguồn: {sources[0][:300]}"
    return text[:RECORD_MAX]


def build(parsed: ParsedDocument, *, doc: str, file_hash: str) -> BuiltDocument:
    paragraphs = [b.text for b in parsed.blocks if isinstance(b, Heading | Paragraph)]
    first_heading = next((b.text for b in parsed.blocks if isinstance(b, Heading)), "")
    meta = detect(paragraphs, fallback_title=first_heading or parsed.path.stem.replace("_", " "))
    built = BuiltDocument(doc=doc, path=parsed.path, file_hash=file_hash, meta=meta, passages=[])
    if parsed.source_format in ("csv", "xlsx"):
        for table in parsed.tables:
            if is_task_table(table):  # a plan's task list kept as a spreadsheet
                built.meta = replace(meta, title=table.caption or meta.title, kind="danh mục")
                built.tasks.extend(task_records(table, doc=doc, plan=built.plan, section=table.caption))
                continue
            info, records = list_records(table, doc=doc, path=parsed.path)
            if info.kind == "table" and table.caption:
                info = replace(info, title=table.caption)
            built.meta = replace(meta, title=info.title, kind="danh mục")
            built.lists.setdefault(info.kind, (info, []))[1].extend(records)
        return built
    try:
        side = read_sidecar(parsed.path)
    except ValueError as exc:
        raise UnreadableFileError(parsed.path, str(exc)) from None
    meta = built.meta = _with_sidecar(meta, side)
    lines = parsed.raw_text.splitlines() if parsed.raw_text else paragraphs
    card = read_card(
        lines, paragraphs, number=meta.number, title=meta.title, issuer=meta.issuer, date=meta.date
    )
    built.card = apply_sidecar(card, side)
    secs = sections(parsed.blocks)
    built.passages = passages(secs)
    for section in secs:
        for table in section.tables:
            if is_task_table(table):
                built.tasks.extend(task_records(table, doc=doc, plan=built.plan, section=section.title))
            elif not is_noise_table(table):
                info = ListInfo(kind="table", title=section.title or table.caption or "Bảng")
                built.lists.setdefault("table", (info, []))[1].extend(
                    row_records(table, doc=doc, name=section.title or "table")
                )
    if parsed.raw_text:
        caption = next((s.path[0] for s in secs if s.path and s.path[0].startswith("Phụ lục")), "Bảng")
        built.score_tables = [(caption, t) for t in parse_score_tables(parsed.raw_text)]
    if meta.kind == "kế hoạch":
        built.reports = report_duties(secs, doc=doc, plan=built.plan)
        built.assignments = assignments(secs, doc=doc, plan=built.plan)
    return built
