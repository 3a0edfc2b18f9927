"""Hybrid retrieval: dense (Chroma) + lexical (BM25 over Vietnamese terms), fused by weighted RRF.

The question is prepared once: abbreviations expanded, diacritics restored from the corpus
vocabulary when it was typed without them (this helps the embedding model), typos corrected
against the vocabulary for the lexical side. Passages of replaced plans rank slightly lower.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from knowledge import text as vt
from knowledge.index import Entry, KnowledgeIndex
from knowledge.store import where_clause

RRF_C = 20.0
REPLACED_FACTOR = 0.85


@dataclass(frozen=True)
class Hit:
    entry: Entry
    row: int
    score: float
    dense: float = 0.0  # cosine similarity, 0 when the dense side did not return it
    lexical: float = 0.0  # BM25 score


@dataclass
class Query:
    question: str
    dense_text: str
    terms: dict[str, float]
    content_words: list[str] = field(default_factory=list)


@dataclass
class Retrieval:
    query: Query
    hits: list[Hit]


class HybridRetriever:
    def __init__(
        self,
        index: KnowledgeIndex,
        *,
        pool: int = 30,
        dense_weight: float = 1.0,
        lexical_weight: float = 1.0,
    ) -> None:
        self.index = index
        self.pool = pool
        self.dense_weight = dense_weight
        self.lexical_weight = lexical_weight
        self._rows: dict[str, int] | None = None

    def _row_of(self) -> dict[str, int]:
        entries = self.index.entries
        if self._rows is None or len(self._rows) != len(entries):
            self._rows = {e.chunk.id: i for i, e in enumerate(entries)}
        return self._rows

    def prepare(self, question: str) -> Query:
        lexical = self.index.lexical
        expanded = vt.expand_abbreviations(vt.nfc(question))
        terms = lexical.correct(vt.query_terms(expanded))
        dense_text = lexical.restore_diacritics(expanded)
        return Query(question, dense_text, terms, vt.query_words(expanded))

    def _mask(self, filters: dict[str, str | list[str]] | None) -> np.ndarray | None:
        if not filters:
            return None
        entries = self.index.entries
        keep = np.ones(len(entries), dtype=bool)
        for key, value in filters.items():
            allowed = set(value) if isinstance(value, list) else {value}
            got = [_field(e, key) for e in entries]
            keep &= np.fromiter((g in allowed for g in got), dtype=bool, count=len(entries))
        return keep

    def search(
        self, question: str, k: int = 10, filters: dict[str, str | list[str]] | None = None
    ) -> Retrieval:
        entries = self.index.entries
        if not entries:
            return Retrieval(Query(question, question, {}), [])
        query = self.prepare(question)
        rows = self._row_of()
        lex = self.index.lexical.scores(query.terms)
        mask = self._mask(filters)
        if mask is not None:
            lex = np.where(mask, lex, 0.0)
        pool = min(self.pool, len(entries))
        candidates = np.argpartition(-lex, pool - 1)[:pool]
        candidates = candidates[np.argsort(-lex[candidates], kind="stable")]
        top_lex = [int(r) for r in candidates if lex[r] > 0]

        vector = self.index.embeddings.embed_query(query.dense_text)
        dense = self.index.dense.search(vector, pool, where_clause(filters))
        dense_sim = {rows[cid]: sim for cid, sim in dense if cid in rows}

        fused: dict[int, float] = {}
        for rank, row in enumerate(top_lex):
            fused[row] = fused.get(row, 0.0) + self.lexical_weight / (RRF_C + rank + 1)
        for rank, row in enumerate(dense_sim):
            fused[row] = fused.get(row, 0.0) + self.dense_weight / (RRF_C + rank + 1)
        for row in fused:
            if entries[row].info.status == "replaced":
                fused[row] *= REPLACED_FACTOR
        best = sorted(fused, key=lambda r: -fused[r])[:k]
        hits = [Hit(entries[r], r, fused[r], dense_sim.get(r, 0.0), float(lex[r])) for r in best]
        return Retrieval(query, hits)


def _field(entry: Entry, key: str) -> str:
    if key == "doc":
        return entry.chunk.doc
    if key == "kind":
        return entry.chunk.kind
    if key == "status":
        return entry.info.status
    value = entry.chunk.metadata.get(key, "")
    return str(value)
