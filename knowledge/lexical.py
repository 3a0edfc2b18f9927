"""A BM25 lexical index over Vietnamese terms (knowledge/text.py), held as a sparse matrix.

Built once from the stored chunks (a few hundred ms for the shipped corpus); a query is one
sparse matrix-vector product, so retrieval stays at a few milliseconds whatever the corpus size.
It also knows the corpus vocabulary: fuzzy correction of typos and diacritics restoration.
"""

from __future__ import annotations

import itertools
import math
from collections import Counter, defaultdict
from collections.abc import Sequence

import numpy as np
from rapidfuzz import fuzz, process
from scipy import sparse

from knowledge import text as vt

K1 = 1.2
B = 0.6


class LexicalIndex:
    def __init__(self, passages: Sequence[str]) -> None:
        term_ids: dict[str, int] = {}
        rows: list[int] = []
        cols: list[int] = []
        tfs: list[float] = []
        lengths = np.zeros(len(passages), dtype=np.float32)
        forms: dict[str, Counter[str]] = defaultdict(Counter)
        pair_forms: dict[tuple[str, str], Counter[tuple[str, str]]] = defaultdict(Counter)
        for row, passage in enumerate(passages):
            counts = vt.document_terms(passage)
            lengths[row] = sum(c for t, c in counts.items() if t.startswith("f:"))
            for term, count in counts.items():
                col = term_ids.setdefault(term, len(term_ids))
                rows.append(row)
                cols.append(col)
                tfs.append(float(count))
            plain = vt.words(passage)
            for a, b in itertools.pairwise(plain):
                pair_forms[(vt.fold(a), vt.fold(b))][(a, b)] += 1
            for word in plain:
                forms[vt.fold(word)][word] += 1
        self.size = len(passages)
        self.term_ids = term_ids
        n_terms = len(term_ids)
        tf = sparse.csr_matrix((tfs, (rows, cols)), shape=(self.size, n_terms), dtype=np.float32)
        df = np.bincount(np.asarray(cols, dtype=np.int64), minlength=n_terms).astype(np.float32)
        self.idf = np.log(1.0 + (self.size - df + 0.5) / (df + 0.5)).astype(np.float32)
        avg = float(lengths.mean()) if self.size else 1.0
        norm = K1 * (1.0 - B + B * lengths / max(avg, 1.0))
        tf = tf.tocoo()
        data = tf.data * (K1 + 1.0) / (tf.data + norm[tf.row]) * self.idf[tf.col]
        self.matrix = sparse.csc_matrix((data, (tf.row, tf.col)), shape=(self.size, n_terms))
        self.presence = sparse.csc_matrix(
            (np.ones_like(tf.data), (tf.row, tf.col)), shape=(self.size, n_terms), dtype=np.float32
        )
        self.vocabulary = sorted(w for w in forms if len(w) >= 3 and not vt.is_number(w))
        self._best_form = {f: c.most_common(1)[0][0] for f, c in forms.items()}
        self._best_pair = {p: c.most_common(1)[0][0] for p, c in pair_forms.items()}
        self._max_idf = math.log(1.0 + (self.size + 0.5) / 0.5) if self.size else 1.0

    # -- queries ---------------------------------------------------------------------------
    def correct(self, terms: dict[str, float]) -> dict[str, float]:
        """Add fuzzy vocabulary matches for folded words the corpus does not know (typos)."""
        out = dict(terms)
        if not self.vocabulary:
            return out
        for term, weight in terms.items():
            if not term.startswith("f:") or term in self.term_ids:
                continue
            word = term[2:]
            if len(word) < 3 or vt.is_number(word):
                continue
            match = process.extractOne(word, self.vocabulary, scorer=fuzz.ratio, score_cutoff=80)
            if match:
                fixed = f"f:{match[0]}"
                out[fixed] = max(out.get(fixed, 0.0), 0.7 * weight)
        return out

    def _vector(self, terms: dict[str, float]) -> tuple[np.ndarray, np.ndarray]:
        cols = [self.term_ids[t] for t in terms if t in self.term_ids]
        weights = [terms[t] for t in terms if t in self.term_ids]
        return np.asarray(cols, dtype=np.int64), np.asarray(weights, dtype=np.float32)

    def scores(self, terms: dict[str, float]) -> np.ndarray:
        """BM25 score of every passage (a dense array of length `size`)."""
        cols, weights = self._vector(terms)
        if not len(cols):
            return np.zeros(self.size, dtype=np.float32)
        result: np.ndarray = self.matrix[:, cols] @ weights
        return np.asarray(result).ravel()

    def idf_of(self, term: str) -> float:
        col = self.term_ids.get(term)
        return float(self.idf[col]) if col is not None else self._max_idf

    def coverage(self, terms: Sequence[str], rows: Sequence[int]) -> np.ndarray:
        """For each passage row: the idf-weighted share of `terms` it contains (0..1)."""
        if not terms:
            return np.ones(len(rows), dtype=np.float32)
        total = sum(self.idf_of(t) for t in terms)
        known = [(self.term_ids[t], self.idf_of(t)) for t in terms if t in self.term_ids]
        if not known or not rows:
            return np.zeros(len(rows), dtype=np.float32)
        cols = np.asarray([c for c, _ in known], dtype=np.int64)
        weights = np.asarray([w for _, w in known], dtype=np.float32)
        present = self.presence[:, cols][list(rows), :]
        return np.asarray(present @ weights).ravel() / max(total, 1e-6)

    def restore_diacritics(self, query: str) -> str:
        """Put back the corpus's most frequent marked form of unmarked words ("so nao" -> "sở nào")."""
        tokens = vt.words(query)
        if not tokens or any(vt.has_marks(t) for t in tokens):
            return query
        out: list[str] = []
        i = 0
        while i < len(tokens):
            if i + 1 < len(tokens) and (tokens[i], tokens[i + 1]) in self._best_pair:
                a, b = self._best_pair[(tokens[i], tokens[i + 1])]
                out.extend((a, b))
                i += 2
                continue
            out.append(self._best_form.get(tokens[i], tokens[i]))
            i += 1
        return " ".join(out)
