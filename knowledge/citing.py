"""Compose: a direct sentence, short quotes and the numbered sources -> the Answer.

Citations are structured on the answer (number, source id, title, section, replaced flag, the
quote, the list's source note); `answer` is their plain-text rendering for channels that show
text only. A quote never carries a source note or a URL: those are citations.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from knowledge.answer import Answer, Citation, Kind, Route, Source
from knowledge.index import Entry

REPLACED_NOTE = "văn bản này đã được thay thế; nên đối chiếu kế hoạch đang có hiệu lực"
_URL = re.compile(  # not the domain of an e-mail address ("tiepnhan@haiphong.gov.vn" is an answer)
    r"https?://[^\s)\]>]+|(?<![@\w.-])[\w.-]+\.(?:vn|com|org|net)(?:/[^\s)\]]*)?|\bgithub\.com[^\s)\]]*"
)


@dataclass
class Cited:
    entry: Entry
    quotes: list[str] = field(default_factory=list)
    score: float = 0.0


def source_of(entry: Entry, score: float = 0.0) -> Source:
    chunk = entry.chunk
    return Source(
        chunk.id, chunk.doc, chunk.title or entry.info.title, chunk.section, chunk.text, round(score, 4)
    )


def _url_of(note: str) -> str:
    m = re.search(r"https?://\S+", note)
    return m.group(0).rstrip(").,;") if m else ""


def citation(number: int, cited: Cited) -> Citation:
    entry = cited.entry
    note = str(entry.chunk.metadata.get("source_note", ""))
    return Citation(
        number=number,
        source_id=entry.chunk.id,
        doc=entry.chunk.doc,
        title=entry.chunk.title or entry.info.title,
        section=entry.chunk.section,
        replaced=entry.info.status == "replaced",
        quote=" … ".join(cited.quotes),
        note=note,
        url=_url_of(note),
    )


def no_urls(text: str) -> str:
    """The text without its URLs; a bracket the URL closed closes on the word before it."""
    text = re.sub(r"<\s*>", "", _URL.sub("", text))  # "<https://...>", an autolink
    text = re.sub(r"\s+[-–]\s*(?=[)\]]|$)", "", text)  # "Cổng … - <link>": the dash that led to it
    text = re.sub(r"\(\s*\)|\[\s*\]", " ", text)  # a bracket that held only a URL goes
    text = re.sub(r"([(\[])\s+", r"\1", re.sub(r"\s+([)\]])", r"\1", text))
    return " ".join(text.split())


def with_urls(text: str) -> str:
    """The text with its URLs, for a question that asks for a web address: autolinks unwrapped."""
    return re.sub(r"<(https?://[^\s>]+)>", r"\1", text)


def compose(
    question: str,
    route: Route,
    kind: Kind,
    direct: str,
    cited: list[Cited],
    *,
    others: list[Source] | None = None,
    record: dict[str, object] | None = None,
    direct_from: int = 0,
    keep_urls: bool = False,
) -> Answer:
    """The answer: `direct` marked with the number of `cited[direct_from]`, each source's quotes after it."""
    citations = [citation(i + 1, c) for i, c in enumerate(cited)]
    shown = with_urls if keep_urls else no_urls  # a web address asked for is the answer
    lines: list[str] = []
    if direct:
        lines.append(f"{shown(direct)} [{direct_from + 1}]" if cited else shown(direct))
    for i, c in enumerate(cited):
        for quote in c.quotes:
            lines.append(f"“{shown(quote)}” [{i + 1}]")
    refs = []
    for cit in citations:
        ref = f"[{cit.number}] {cit.title}" + (f" — {cit.section}" if cit.section else "")
        if cit.replaced:
            ref += f" ({REPLACED_NOTE})"
        refs.append(ref)
    text = "\n".join(lines) + ("\n\nNguồn:\n" + "\n".join(refs) if refs else "")
    sources = [source_of(c.entry, c.score) for c in cited]
    seen = {s.id for s in sources}
    sources += [s for s in others or [] if s.id not in seen]
    return Answer(
        question=question,
        route=route,
        answer=text,
        sources=sources,
        direct=shown(direct),
        citations=citations,
        kind=kind,
        record=dict(record) if record else None,
    )
