"""What ingest hands to the knowledge index: a document's metadata and its chunks."""

from __future__ import annotations

from dataclasses import dataclass, field

MetadataValue = str | int | float | bool


@dataclass(frozen=True)
class DocumentInfo:
    doc: str  # source file name, e.g. "002_86f6d0bf5c124c89.txt" (the `doc` of a Source)
    title: str
    content_hash: str
    number: str = ""  # e.g. "220/KH-UBND"
    issuer: str = ""
    date: str = ""  # ISO date when known
    kind: str = ""  # "kế hoạch", "báo cáo", "danh mục", ...
    status: str = "unknown"  # "in_force" | "replaced" | "unknown"
    replaced_by: str = ""


@dataclass(frozen=True)
class Chunk:
    id: str  # stable across runs for the same content
    doc: str
    title: str
    section: str  # heading path, e.g. "III. Nhiệm vụ cụ thể > Phụ lục I > IV. Chi phí tuân thủ > nhiệm vụ 39"
    text: str  # the passage (a citation: keep it well under 1,200 characters)
    kind: str = "passage"  # "passage" | "record" (a table row or list entry with its column headers)
    metadata: dict[str, MetadataValue] = field(default_factory=dict)
