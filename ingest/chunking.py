"""Passages of a few hundred characters made of whole sentences, each knowing its heading path."""

from __future__ import annotations

import re
from dataclasses import replace

from ingest.structure import Section
from knowledge.sentences import split_sentences

TARGET = 550  # pack sentences up to about this many characters
MAX = 950  # never more (the eval reads only the first 1,200 characters of a passage)
MIN = 160  # a smaller section is merged with the next ones until it reaches this size
CONTEXT_MAX = 60  # a heading up to this long is repeated at the top of its section's later passages
OVERLAP = 200  # repeat the previous sentence when it is at most this long

_CLAUSE = re.compile(r"(?<=;)\s+")
_COMMA = re.compile(r"(?<=,)\s+")


def bounded_sentences(text: str) -> list[str]:
    """Sentences of a paragraph (knowledge/sentences.py); one longer than MAX is cut at clauses (";"
    then ",")."""
    out: list[str] = []
    for sentence in split_sentences(text):
        out.extend(_cut(sentence, [_CLAUSE, _COMMA]))
    return [s for s in out if s]


def _cut(text: str, splitters: list[re.Pattern[str]]) -> list[str]:
    if len(text) <= MAX:
        return [text.strip()]
    if not splitters:
        words, parts, current = text.split(" "), [], ""
        for word in words:
            if current and len(current) + len(word) + 1 > TARGET:
                parts.append(current)
                current = word
            else:
                current = f"{current} {word}".strip()
        return [*parts, current] if current else parts
    pieces = splitters[0].split(text)
    if len(pieces) == 1:
        return _cut(text, splitters[1:])
    packed: list[str] = []
    current = ""
    for piece in pieces:
        if current and len(current) + len(piece) + 1 > TARGET:
            packed.append(current)
            current = piece
        else:
            current = f"{current} {piece}".strip()
    if current:
        packed.append(current)
    return [p for part in packed for p in _cut(part, splitters[1:])]


def _units(section: Section) -> list[tuple[str, bool]]:
    """(text, starts_paragraph) units of a section: whole paragraphs, or the sentences of long ones."""
    units: list[tuple[str, bool]] = []
    for para in section.paragraphs:
        if len(para) <= TARGET:
            units.append((para, True))
        else:
            units.extend((s, i == 0) for i, s in enumerate(bounded_sentences(para)))
    return units


FOOTNOTE_LIMIT = 1150  # a footnote joins the passage that cites it while the passage stays under this
_FOOTNOTE = re.compile(r"^([¹²³⁴⁵⁶⁷⁸⁹⁰]+)\s")


def passages(sections: list[Section]) -> list[tuple[str, str]]:
    """(section path, passage text) pairs. Small neighbouring sections under the same top heading share
    a passage; a footnote travels with the passage that cites it."""
    footnotes: list[tuple[str, str, list[str]]] = []
    body: list[Section] = []
    for section in sections:
        for para in section.paragraphs:
            found = _FOOTNOTE.match(para)
            if found:
                footnotes.append((found.group(1), para, section.path))
        body.append(replace(section, paragraphs=[p for p in section.paragraphs if not _FOOTNOTE.match(p)]))
    out = _pack(body)
    for mark, note, path in footnotes:
        cited = next((i for i, (_, text) in enumerate(out) if mark in text), None)
        if cited is not None and len(out[cited][1]) + len(note) + 1 <= FOOTNOTE_LIMIT:
            out[cited] = (out[cited][0], f"{out[cited][1]}\n{note}")
            continue
        where = " > ".join(path) if cited is None else out[cited][0]
        out.extend((where, piece) for piece in _pieces(note))
    return out


def _pieces(text: str) -> list[str]:
    """A long text packed into pieces of whole sentences (clauses when a sentence is too long)."""
    pieces: list[str] = []
    for sentence in bounded_sentences(text):
        if pieces and len(pieces[-1]) + len(sentence) + 1 <= TARGET:
            pieces[-1] = f"{pieces[-1]} {sentence}"
        else:
            pieces.append(sentence)
    return pieces


def _pack(sections: list[Section]) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    pending_path: list[str] | None = None
    pending: list[str] = []
    pending_heads_only = False  # the pending text is nothing but headings of what follows

    def emit(path: list[str], parts: list[str]) -> None:
        text = "\n".join(parts).strip()
        if text:
            out.append((" > ".join(path), text))

    for section in sections:
        units = _units(section)
        if not units:
            continue
        size = sum(len(u) + 1 for u, _ in units)
        if pending_path is not None:
            pending_size = sum(len(p) + 1 for p in pending)
            fits = pending_size < MIN and pending_size + size <= TARGET
            if fits and pending_path[:1] == section.path[:1]:
                pending.extend(u for u, _ in units)
                pending_path = _common(pending_path, section.path)
                pending_heads_only = pending_heads_only and _heads_only(section)
                continue
            if pending_heads_only and pending_path == section.path[: len(pending_path)]:
                units = [(p, True) for p in pending] + units  # parent headings lead into this section
                size += pending_size
            else:
                emit(pending_path, pending)
            pending_path, pending = None, []
        if size < MIN:
            pending_path, pending = list(section.path), [u for u, _ in units]
            pending_heads_only = _heads_only(section)
            continue
        # A short heading ("3. Sở Tài chính:") opens each later passage of its section; a long numbered
        # item is content, already shortened in the section path, and is not repeated.
        context = section.heading if len(section.heading) <= CONTEXT_MAX else ""
        current: list[str] = []
        length = 0
        for unit, starts_paragraph in units:
            if current and length + len(unit) + 1 > TARGET and length >= MIN:  # no heading-only passage
                emit(section.path, current)
                previous = current[-1]
                current = []
                if context and not unit.startswith(context[:40]):
                    current.append(context)
                if len(previous) <= OVERLAP and not starts_paragraph and previous != context:
                    current.append(previous)
                length = sum(len(c) + 1 for c in current)
            current.append(unit)
            length += len(unit) + 1
        if current:
            emit(section.path, current)
    if pending_path is not None:
        emit(pending_path, pending)
    return out


def _heads_only(section: Section) -> bool:
    """A bare heading ("IV. TỔ CHỨC THỰC HIỆN"), not a numbered item that is a whole sentence."""
    heading = section.heading
    return (
        bool(section.path)
        and section.paragraphs == [heading]
        and len(heading) <= 100
        and not heading.endswith((".", ";"))
    )


def _common(a: list[str], b: list[str]) -> list[str]:
    common: list[str] = []
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        common.append(x)
    return common
