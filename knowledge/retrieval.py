"""Hybrid retrieval: dense (Chroma) + lexical (BM25 over Vietnamese terms), fused by weighted scores.

The question is prepared once: abbreviations expanded, diacritics restored from the corpus
vocabulary when it was typed without them (this helps the embedding model), typos corrected
against the vocabulary for the lexical side. Passages of replaced plans rank slightly lower.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from knowledge.cache import GenerationCache
from knowledge.index import Entry, KnowledgeIndex
from knowledge.text import expand_abbreviations, nfc, query_terms, query_words
from knowledge.vector_store import where_clause

# Each side's scores are scaled to 0..1 over its own candidates, then summed with these weights
# (calibrated on the dev set: better than weighted RRF, whose ranks ignore how far apart scores are).
REPLACED_FACTOR = 0.7


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
    degraded: bool = False  # the vector store did not answer: lexical hits only


class HybridRetriever:
    def __init__(
        self,
        index: KnowledgeIndex,
        *,
        pool: int = 30,
        dense_weight: float = 0.35,
        lexical_weight: float = 1.0,
        per_section: int = 2,
    ) -> None:
        self.index = index
        self.per_section = per_section
        self.pool = pool
        self.dense_weight = dense_weight
        self.lexical_weight = lexical_weight
        self._rows: dict[str, int] | None = None
        self._rows_of: list[Entry] | None = None
        self._vectors: GenerationCache[np.ndarray] = GenerationCache(1024)  # repeated questions (float32)

    def _row_of(self) -> dict[str, int]:
        entries = self.index.entries
        if self._rows is None or self._rows_of is not entries:  # rebuilt after a reload
            self._rows = {e.chunk.id: i for i, e in enumerate(entries)}
            self._rows_of = entries
        return self._rows

    def prepare(self, question: str) -> Query:
        lexical = self.index.lexical
        expanded = expand_abbreviations(nfc(question))
        terms = lexical.correct(query_terms(expanded))
        dense_text = expand_abbreviations(lexical.restore_diacritics(nfc(question)))
        return Query(question, dense_text, terms, query_words(expanded))

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
        self.index.refresh()
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

        dense_sim, degraded = self._dense(query.dense_text, pool, filters, rows)

        fused: dict[int, float] = {}
        lex_max = float(lex[top_lex[0]]) if top_lex else 1.0
        for row in top_lex:
            fused[row] = self.lexical_weight * float(lex[row]) / lex_max
        if dense_sim:
            lo, hi = min(dense_sim.values()), max(dense_sim.values())
            for row, sim in dense_sim.items():
                fused[row] = fused.get(row, 0.0) + self.dense_weight * (sim - lo) / (hi - lo + 1e-9)
        for row in fused:
            if entries[row].info.status == "replaced":
                fused[row] *= REPLACED_FACTOR
        best = diversify(by_score(fused), entries, self.per_section)[:k]
        hits = [Hit(entries[r], r, fused[r], dense_sim.get(r, 0.0), float(lex[r])) for r in best]
        return Retrieval(query, hits, degraded)

    def clear_query_cache(self) -> None:
        """Forget the cached query vectors (a benchmark times new questions with it)."""
        self._vectors.clear()

    def query_vector(self, text: str) -> np.ndarray:
        """The embedding of a prepared query text, computed once per index generation (also read by
        the intent classifier: one embedding serves both)."""
        return self._vectors.get_or_compute(
            self.index.embeddings_spec,
            text,
            lambda: np.asarray(self.index.embeddings.embed_query(text), dtype=np.float32),
        )

    def _dense(
        self, text: str, pool: int, filters: dict[str, str | list[str]] | None, rows: dict[str, int]
    ) -> tuple[dict[int, float], bool]:
        """Cosine similarities by row, and whether the vector store failed (then the dict is empty)."""
        guard = self.index.dense_guard
        if not guard.should_try():
            return {}, True
        vector = self.query_vector(text)
        try:
            dense = self.index.dense.search(vector.tolist(), pool, where_clause(filters))
        except Exception as exc:  # a Chroma server down or unreachable: answer from the lexical side
            guard.failed(exc)
            return {}, True
        guard.succeeded()
        return {rows[cid]: sim for cid, sim in dense if cid in rows}, False


def by_score(scores: dict[int, float]) -> list[int]:
    """Rows best first; equal scores (the same text in two lists) in row order, so that the order never
    depends on the order a vector store returned them in."""
    return sorted(scores, key=lambda row: (-scores[row], row))


def diversify(rows: list[int], entries: list[Entry], per_section: int) -> list[int]:
    """Keep at most `per_section` passages of one (document, section) ahead of the rest: a list of
    look-alike records (contacts, score-table rows) must not crowd out the prose that answers."""
    seen: dict[tuple[str, str], int] = {}
    first: list[int] = []
    later: list[int] = []
    for row in rows:
        key = (entries[row].chunk.doc, entries[row].chunk.section)
        seen[key] = seen.get(key, 0) + 1
        (first if seen[key] <= per_section else later).append(row)
    return first + later


def _field(entry: Entry, key: str) -> str:
    if key == "doc":
        return entry.chunk.doc
    if key == "kind":
        return entry.chunk.kind
    if key == "status":
        return entry.info.status
    value = entry.chunk.metadata.get(key, "")
    return str(value)
