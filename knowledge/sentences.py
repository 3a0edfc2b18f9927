"""The one sentence splitter (ingest cuts passages with it, answers quote with it): logical lines
(hard-wrapped PDF text joined back, table rows kept whole) and sentences. A sentence ends at ".", "!",
"?" or "…" before a space when what follows starts a sentence (a capital, a digit, an opening quote,
bracket, dash or bullet); a list marker such as "3." stays with its sentence."""

from __future__ import annotations

import re

from knowledge.text import nfc

_SPACE_RE = re.compile(r"\s+")
_SENTENCE_END_RE = re.compile(r"(?<=[.!?…])\s+")
_OPENERS = '"“(*-–+•'
_LIST_MARK_RE = re.compile(r"^(?:[0-9]{1,3}|[IVXivx]{1,5}|[a-zđ])[.)]$")
_LINE_END = (".", ":", ";", "!", "?")


def lines(text: str) -> list[str]:
    """Logical lines: hard-wrapped lines (PDF text) are joined back; table rows stay whole."""
    out: list[str] = []
    for raw in re.split(r"\n+", nfc(text)):
        line = _SPACE_RE.sub(" ", raw.replace("\t", " | ")).strip()
        if not line:
            continue
        if out and "|" not in line and not out[-1].endswith(_LINE_END) and line[:1].islower():
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return out


def split_sentences(line: str) -> list[str]:
    """The sentences of one line or paragraph."""
    out: list[str] = []
    for piece in (p.strip() for p in _SENTENCE_END_RE.split(line)):
        if not piece:
            continue
        starts_sentence = piece[:1].isupper() or piece[:1].isdigit() or piece[:1] in _OPENERS
        if out and (_LIST_MARK_RE.match(out[-1]) or not starts_sentence):
            out[-1] = f"{out[-1]} {piece}"  # "3." + "Phòng ...", or no sentence break after all
        else:
            out.append(piece)
    return out


def sentences(text: str) -> list[str]:
    """Sentences of a passage (a table row counts as one sentence)."""
    out: list[str] = []
    for line in lines(text):
        out.extend([line] if "|" in line else split_sentences(line))
    return out
