"""The answer object: what `trolyao ask --json`, `POST /v1/chat` and the dialog hand back.

Its JSON shape is an interface other tools rely on: keep the field names, add freely.
- `direct`: the sentence that answers, with its subject named; `answer` is the whole text
  (direct sentence, short quotes marked [n], then the numbered sources) for plain-text channels;
- `citations`: the cited sources, numbered as in the text; channels render them from here;
- `reason`: on a refusal, a stable code (see knowledge/guardrails.py) — `missing` says in words what
  the documents do not state;
- `kind`: what answered (document, procedure, business_line, contact, agency, duties, passage) and
  `record`: the structured row it answered from.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

Route = Literal["answer", "duties", "support", "status", "refuse"]
Kind = Literal["", "document", "procedure", "business_line", "contact", "agency", "duties", "passage"]


@dataclass(frozen=True)
class Source:
    id: str
    doc: str
    title: str
    section: str
    text: str
    score: float = 0.0


@dataclass(frozen=True)
class Citation:
    number: int  # [n] in the answer text
    source_id: str
    doc: str
    title: str
    section: str
    replaced: bool = False  # the document was replaced by a newer one
    quote: str = ""  # the words quoted from it
    note: str = ""  # where the row came from (a list's source note), shown as a source, never as text
    url: str = ""


@dataclass
class Answer:
    question: str
    route: Route
    answer: str
    sources: list[Source] = field(default_factory=list)
    ticket: dict[str, Any] | None = None
    latency_ms: float = 0.0
    direct: str = ""
    citations: list[Citation] = field(default_factory=list)
    reason: str = ""
    missing: str = ""
    kind: Kind = ""
    record: dict[str, Any] | None = None
    degraded: bool = False

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
