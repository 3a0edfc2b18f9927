"""Excerpts: a sentence or a record cut to a length for an answer, keeping the part that answers.

A long unit is split into clauses (sentences, "; " items, ": - " bullets; then ", " parts when one
clause alone is too long, then runs of words). The run of clauses that fits and holds most of the
question is kept (the earliest of equals), the last words of the clause before it filling the room
left; what was left out is marked "…". A record's label ("Nhiệm vụ 26 (Phụ lục I, Kế hoạch
220/KH-UBND):") stays in front as its subject.
"""

from __future__ import annotations

import re
from collections.abc import Callable

Scorer = Callable[[str], float]  # how much of the question a piece of text holds

DIRECT_MAX = 420
QUOTE_MAX = 260
FIELD_MAX = 160  # a labelled field line of a record kept in a direct answer
LABEL_MAX = 80  # a record's leading label ("Nhiệm vụ 9 (Phụ lục I, ...):") kept as the subject
GAP = "…"

_DEBRIS = re.compile(r"\*\*|__|(?<![mM])[¹²³⁴⁵⁶⁷⁸⁹⁰]+")  # "km²" keeps its unit
# Where a clause ends: after a sentence or item mark, or before a bullet that follows a colon.
_CLAUSE_END = re.compile(r"[.;!?](?=\s)|(?<=:)\s(?=[-+•] \S)")
_PART_END = re.compile(r",(?=\s)")


def clean(text: str) -> str:
    """A quotable sentence: no markdown emphasis or footnote marks, whitespace collapsed."""
    return " ".join(_DEBRIS.sub("", text).split())


def is_debris(text: str) -> bool:
    """A table's row of figures read as prose ("Xếp hạng 20 9 5 3"): mostly numbers. A figure's label
    ("2021: 20") is a word: a row with its headers is no debris."""
    tokens = text.split()
    numeric = sum(1 for t in tokens if any(ch.isdigit() for ch in t) and not t.endswith(":"))
    return len(tokens) >= 4 and numeric / len(tokens) > 0.4


def trim(text: str, limit: int) -> str:
    """The text cut from its start at a clause boundary near the limit."""
    if len(text) <= limit:
        return text
    cut = text[:limit]
    for mark in ("; ", ". ", ", "):
        at = cut.rfind(mark, limit // 2)
        if at > 0:
            return cut[:at].rstrip(" ,;") + f" {GAP}"
    return cut.rsplit(" ", 1)[0] + f" {GAP}"


def _split(text: str, ends: re.Pattern[str]) -> list[str]:
    out: list[str] = []
    start = 0
    for match in ends.finditer(text):
        piece = text[start : match.end()].strip()
        if piece:
            out.append(piece)
        start = match.end()
    tail = text[start:].strip()
    if tail:
        out.append(tail)
    return out


def _label(text: str) -> tuple[str, str]:
    """A leading label ending in ":" and the rest ("Nhiệm vụ 3 (...):", "Công khai ...")."""
    at = text.find(": ")
    if 0 < at < LABEL_MAX and not _CLAUSE_END.search(text[:at]):
        return text[: at + 1], text[at + 2 :]
    return "", text


def focus(text: str, limit: int, score: Scorer | None = None) -> str:
    """The text within `limit` characters, around the clause that `score` rates highest (from the
    start when there is no scorer or no clause holds anything of the question)."""
    if len(text) <= limit:
        return text
    if score is None:
        return trim(text, limit)
    label, body = _label(text)
    room = limit - len(label) - 3 if label else limit
    kept = _window(body, room, score, _CLAUSE_END)
    if kept is None:
        return trim(text, limit)
    start, middle, end = kept
    if label and start:
        return f"{label} {GAP} {middle}" + (f" {GAP}" if end else "")
    head = f"{label} " if label else ""
    return head + (f"{GAP} " if start else "") + middle + (f" {GAP}" if end else "")


def _window(text: str, room: int, score: Scorer, ends: re.Pattern[str]) -> tuple[bool, str, bool] | None:
    """The best clause and its neighbours within `room`: (cut before, kept text, cut after), or None
    when no clause holds anything asked."""
    pieces = _split(text, ends)
    values = [score(p) for p in pieces]
    if not pieces or max(values) <= 0:
        return None
    best = max(range(len(pieces)), key=lambda i: values[i])
    if len(pieces[best]) > room:  # the clause alone is too long: its parts, then its words
        finer = None if ends is _PART_END else _window(pieces[best], room, score, _PART_END)
        before, middle, after = finer or _words(pieces[best], room, score)
        return (best > 0 or before, middle, after or best < len(pieces) - 1)
    windows = []  # the longest run of clauses that fits from each start, rated as one text
    for start in range(len(pieces)):
        end, length = start, len(pieces[start])
        if length > room:
            continue
        while end + 1 < len(pieces) and length + 1 + len(pieces[end + 1]) <= room:
            end += 1
            length += 1 + len(pieces[end])
        windows.append((score(" ".join(pieces[start : end + 1])), -start, end))
    _, start, end = max(windows)
    kept = " ".join(pieces[-start : end + 1])
    if start < 0:  # the room left is filled with the last words of the clause before (its subject)
        lead = _tail(pieces[-start - 1], room - len(kept) - 1)
        kept = f"{lead} {kept}" if lead else kept
    return (start < 0, kept, end < len(pieces) - 1)


def _tail(text: str, room: int) -> str:
    """The last whole words of a text within `room` characters (none when fewer than 3 fit)."""
    tokens = text.split()
    taken: list[str] = []
    length = -1
    for token in reversed(tokens):
        if length + 1 + len(token) > room:
            break
        taken.insert(0, token)
        length += 1 + len(token)
    return " ".join(taken) if len(taken) >= 3 else ""


def _words(text: str, room: int, score: Scorer) -> tuple[bool, str, bool]:
    """The run of whole words within `room` that `score` rates highest (the earliest of equals)."""
    tokens = text.split()
    best: tuple[float, int, int] | None = None
    for start in range(len(tokens)):
        end, length = start, -1
        while end < len(tokens) and length + 1 + len(tokens[end]) <= room:
            length += 1 + len(tokens[end])
            end += 1
        if end == start:
            continue
        value = score(" ".join(tokens[start:end]))
        if best is None or value > best[0]:
            best = (value, start, end)
        if end == len(tokens):
            break
    if best is None:
        return (False, trim(text, room).removesuffix(f" {GAP}"), True)
    _, start, end = best
    return (start > 0, " ".join(tokens[start:end]).rstrip(",;:"), end < len(tokens))


def _beyond(score: Scorer | None, said: str) -> Scorer | None:
    """What a piece adds to what the record has already said (a long note is cut around what its
    first line does not already hold: the agency's name is said there, the position asked is not)."""
    if score is None:
        return None
    scorer = score
    base = scorer(said)
    return lambda piece: scorer(f"{said} {piece}") - base


def trim_record(text: str, limit: int, score: Scorer | None = None) -> str:
    """A record (a task, a list row) as a direct answer. Its labelled lines after the first (who
    leads, who assists, by when) are cut to FIELD_MAX each; those that hold something asked are kept,
    and the first line is shortened around what is asked so that they fit; the others follow while
    there is room. When the kept lines leave too little room, the record is cut as one text."""
    head, *fields = [clean(line) for line in text.split("\n") if line.strip()]
    whole = " ".join([head, *fields])
    if len(whole) <= limit:
        return whole
    fields = [focus(f, FIELD_MAX, _beyond(score, head)) for f in fields]
    needed = [score is None or score(f) > 0 for f in fields]
    room = limit - sum(len(f) + 1 for f, need in zip(fields, needed, strict=True) if need)
    if room < limit // 3:
        return focus(whole, limit, score)
    first = focus(head, room, score)
    spare = room - len(first)
    for i, field in enumerate(fields):
        if not needed[i] and len(field) + 1 <= spare:
            needed[i] = True
            spare -= len(field) + 1
    return " ".join([first, *(f for f, need in zip(fields, needed, strict=True) if need)])
