"""What a structured look-up hands to composition: the direct sentence, the passages it stands on,
the record it read, or a refusal that says what the records do not state."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from knowledge.answer import Kind
from knowledge.index import Entry


@dataclass(frozen=True)
class Evidence:
    entry: Entry  # the cited passage
    quote: str = ""  # the words of it that hold the value ("" : the passage speaks for itself)


@dataclass(frozen=True)
class Refusal:
    reason: str  # a stable code (knowledge/guardrails.py)
    missing: str  # Vietnamese: what the documents do not state


@dataclass
class LookupResult:
    kind: Kind
    direct: str = ""
    evidence: list[Evidence] = field(default_factory=list)
    record: dict[str, Any] | None = None
    refusal: Refusal | None = None


def name_weights(names: list[list[str]]) -> dict[str, float]:
    """Inverse document frequency of folded words over a list's names (rare words identify a row)."""
    import math

    df: dict[str, int] = {}
    for words in names:
        for w in set(words):
            df[w] = df.get(w, 0) + 1
    n = max(1, len(names))
    return {w: math.log(1.0 + n / c) for w, c in df.items()}
