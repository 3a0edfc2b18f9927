"""Answers to repeated questions, cached per index generation around any assistant.

`CachedAnswers(assistant)` answers like the assistant it wraps (every other attribute is the wrapped
one's). A question asked again, spelled the same way up to case and spacing, gets a copy of the first
answer while the index is unchanged; a reload after an ingest empties the cache. Nothing is cached
while the vector store is down (those answers are the lexical side's only), and refusals for reasons
that do not depend on the index (an empty or too long question) cost nothing to recompute anyway.
"""

from __future__ import annotations

import copy
import time
import unicodedata
from collections.abc import Callable
from typing import Any

from knowledge.answer import Answer
from knowledge.cache import GenerationCache


def question_key(question: str) -> str:
    return " ".join(unicodedata.normalize("NFC", question or "").casefold().split())


class CachedAnswers:
    def __init__(
        self, assistant: Any, max_items: int = 1024, observe: Callable[[Answer], None] | None = None
    ) -> None:
        self.wrapped = assistant
        self.cache: GenerationCache[Answer] = GenerationCache(max_items)
        self.observe = observe  # after each answer, cached or not (metrics)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.wrapped, name)

    def answer(self, question: str) -> Answer:
        result = self._answer(question)
        if self.observe is not None:
            self.observe(result)
        return result

    def _answer(self, question: str) -> Answer:
        index = self.wrapped.index
        started = time.perf_counter()
        index.refresh()  # a reload after an ingest moves the generation before we look
        key = question_key(question)
        generation = (index.generation, index.version)
        found = self.cache.get(generation, key) if not index.dense_guard.down else None
        if found is not None:
            answer = copy.deepcopy(found)
            answer.question = question
            answer.latency_ms = round((time.perf_counter() - started) * 1000.0, 2)
            return answer
        result: Answer = self.wrapped.answer(question)
        if not index.dense_guard.down and key:
            self.cache.put((index.generation, index.version), key, copy.deepcopy(result))
        return result
