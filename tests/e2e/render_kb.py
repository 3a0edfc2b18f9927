"""A knowledge base for the rendering browser tests: the records of the whole shipped corpus (lists,
tasks, reports: no embedding needed) and, embedded for real, only the passages those tests cite (the
task rows of plan 220/KH-UBND, a few list rows, the contacts), so it builds in seconds."""

from __future__ import annotations

from pathlib import Path

from api.config import SHIPPED_CORPUS
from ingest.runner import ingest
from knowledge.documents import Chunk, DocumentInfo
from knowledge.index import KnowledgeIndex

ROW_WORDS = ("lữ hành", "con dấu")  # list rows to embed (procedures, business lines)


class _Subset:
    """An index writer that embeds only the chunks the tests need (ingest writes every record)."""

    def __init__(self, index: KnowledgeIndex) -> None:
        self.index = index

    def indexed(self) -> dict[str, str]:
        return self.index.indexed()

    def remove_document(self, doc: str) -> None:
        self.index.remove_document(doc)

    def replace_document(self, info: DocumentInfo, chunks: list[Chunk]) -> None:
        kept = [c for c in chunks if _wanted(info, c)]
        if kept:
            self.index.replace_document(info, kept)


def _wanted(info: DocumentInfo, chunk: Chunk) -> bool:
    if info.number == "220/KH-UBND":
        return chunk.metadata.get("record") in ("task", "score") or "CÙNG THÀNH CÔNG" in chunk.text
    if "contacts" in info.doc:
        return True
    return "row" in chunk.metadata and any(w in chunk.text.lower() for w in ROW_WORDS)


def build(data_dir: Path) -> None:
    report = ingest([SHIPPED_CORPUS], _Subset(KnowledgeIndex.open(data_dir)), data_dir)
    assert not report.errors, report.errors
