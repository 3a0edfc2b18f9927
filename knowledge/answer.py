"""The answer object: what `trolyao ask --json`, `POST /v1/chat` and the dialog hand back.

Its JSON shape is an interface other tools rely on (design.md): keep the field names.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

Route = Literal["answer", "duties", "support", "status", "refuse"]


@dataclass(frozen=True)
class Source:
    id: str
    doc: str
    title: str
    section: str
    text: str
    score: float = 0.0


@dataclass
class Answer:
    question: str
    route: Route
    answer: str
    sources: list[Source] = field(default_factory=list)
    ticket: dict[str, Any] | None = None
    latency_ms: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
