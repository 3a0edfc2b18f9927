"""Answers to repeated questions, cached per index generation around any assistant.

`CachedAnswers(assistant)` answers like the assistant it wraps (its index, duties and hotline are the
wrapped one's: both are `AnswerService`s). A question asked again, spelled the same way up to case and
spacing, gets a copy of the first answer while the index is unchanged; a reload after an ingest empties
the cache. Nothing is cached while the vector store is down (those answers are the lexical side's only),
and refusals for reasons that do not depend on the index (an empty or too long question) cost nothing
to recompute anyway.
"""

from __future__ import annotations

import copy
import time
import unicodedata
from collections.abc import Callable
from typing import Protocol

from knowledge.answer import Answer
from knowledge.cache import GenerationCache
from knowledge.duties import DutiesResult
from knowledge.index import KnowledgeIndex


class AnswerService(Protocol):
    """What channels and the app ask of an assistant (knowledge.assistant.Assistant, or one cached)."""

    @property
    def index(self) -> KnowledgeIndex: ...
    def answer(self, question: str) -> Answer: ...
    def duties(self, agency: str) -> DutiesResult: ...
    def hotline(self) -> str: ...


def question_key(question: str) -> str:
    return " ".join(unicodedata.normalize("NFC", question or "").casefold().split())


class CachedAnswers:
    def __init__(
        self,
        assistant: AnswerService,
        max_items: int = 1024,
        observe: Callable[[Answer], None] | None = None,
    ) -> None:
        self.wrapped = assistant
        self.cache: GenerationCache[Answer] = GenerationCache(max_items)
        self.observe = observe  # after each answer, cached or not (metrics)

    @property
    def index(self) -> KnowledgeIndex:
        return self.wrapped.index

    def duties(self, agency: str) -> DutiesResult:
        return self.wrapped.duties(agency)

    def hotline(self) -> str:
        return self.wrapped.hotline()

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
