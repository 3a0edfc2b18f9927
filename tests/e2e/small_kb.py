"""A small knowledge base for the browser tests: a few passages of plan 220/KH-UBND, indexed for real."""

from __future__ import annotations

import hashlib
from pathlib import Path

from knowledge.documents import Chunk, DocumentInfo
from knowledge.index import KnowledgeIndex

DOC = "002_86f6d0bf5c124c89.txt"
TITLE = "Kế hoạch nâng cao chỉ số năng lực cạnh tranh (PCI) năm 2025-2026 của thành phố Hải Phòng"
SECTIONS = {
    53: "II. Yêu cầu > 9",
    57: "II. Yêu cầu > 11",
    69: "IV. Tổ chức thực hiện > 1. Các Sở, ban, ngành",
    91: "IV. Tổ chức thực hiện > 4. Văn phòng Ủy ban nhân dân thành phố",
    95: "IV. Tổ chức thực hiện > 6. Báo chí, Cổng Thông tin điện tử",
    99: "IV. Tổ chức thực hiện > 8",
}


def build(data_dir: Path, corpus_dir: Path) -> None:
    lines = (corpus_dir / DOC).read_text(encoding="utf-8").splitlines()
    chunks = [
        Chunk(
            id=f"e2e-{n}", doc=DOC, title=TITLE, section=section, text=lines[n - 1].replace("**", "").strip()
        )
        for n, section in SECTIONS.items()
    ]
    digest = hashlib.sha256("".join(c.text for c in chunks).encode()).hexdigest()
    info = DocumentInfo(
        doc=DOC,
        title=TITLE,
        content_hash=digest,
        number="220/KH-UBND",
        issuer="UBND thành phố",
        date="2025-08-28",
        kind="kế hoạch",
        status="in_force",
    )
    KnowledgeIndex.open(data_dir).replace_document(info, chunks)
