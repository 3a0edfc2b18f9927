"""Text normalisation: Unicode NFC, markup remnants, and hard line breaks inside sentences.

The shipped plans were extracted from PDF: lines break mid-sentence, footnotes and page numbers sit
between the two halves of a sentence, table cells keep HTML tags. `paragraphs()` turns such text
into one string per paragraph, each made of whole sentences.
"""

from __future__ import annotations

import re

from knowledge.text import nfc

_HTML_TAG = re.compile(r"</?(?:ul|ol|li|i|b|u|em|strong|br|p|span|div|sup|sub)\b[^>]*>", re.IGNORECASE)
_EMPHASIS = re.compile(r"\*{1,2}(?=\S)|(?<=\S)\*{1,2}")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f]+")
_FOOTNOTE = re.compile(r"^[¹²³⁴⁵⁶⁷⁸⁹⁰]+\s")
_PAGE_NUMBER = re.compile(r"^\s*(?:\d{1,3}|\d{1,3}/\d{1,3}|-\s*\d{1,3}\s*-)\s*$")
_SENTENCE_END = re.compile(r"[.!?…]$")
_BULLET = re.compile(r"^(?:[-+•*–]\s|[IVXLC]+\.\s?|\d+(?:\.\d+)*\.\s|\d+\)\s|[a-zđ]\)\s|PHỤ LỤC|Phụ lục)")


def clean_inline(text: str) -> str:
    """NFC, no markup remnants (HTML tags, markdown emphasis), single spaces."""
    text = nfc(text)
    text = re.sub(rf"\s*(?:{_HTML_TAG.pattern})(?=[.,;:!?])", "", text, flags=re.IGNORECASE)
    text = _HTML_TAG.sub(" ", text)
    text = _EMPHASIS.sub("", text)
    return _SPACES.sub(" ", text).strip()


def is_footnote(line: str) -> bool:
    return bool(_FOOTNOTE.match(line))


def wrap_width_of(lines: list[str]) -> int:
    """The line width of text wrapped by a PDF extractor (0 when lines are whole paragraphs)."""
    lengths = sorted(len(line.strip()) for line in lines if line.strip() and "\t" not in line)
    if len(lengths) < 10 or sum(n > 120 for n in lengths) > len(lengths) // 20:
        return 0
    return lengths[int(len(lengths) * 0.9)]


def _continues(prev: str, prev_line: str, line: str, wrap_width: int) -> bool:
    """True when `line` continues the sentence that `prev` left open (a hard line break)."""
    if not prev or not line:
        return False
    if _BULLET.match(line) or is_footnote(line):
        return False
    if prev.endswith("-") and not prev.endswith(" -"):
        return True  # a word or code split at a hyphen: "DVVL-" + "ĐT-XTĐT"
    if _SENTENCE_END.search(prev) or (prev.isupper() and not line.isupper()):
        return False  # a sentence ends, or an upper-case heading ("PHỤ LỤC I") stands alone
    first = line[0]
    if first.islower() or first.isdigit() or first in "(“\"'<%,&":
        return True
    # An upper-case word after a full-width line of wrapped text ("... Cổng thông tin Ban" + "Quản lý").
    return wrap_width > 0 and len(prev_line) >= wrap_width * 0.8


def paragraphs(text: str, wrap_width: int | None = None) -> list[str]:
    """Split raw text into paragraphs, joining lines (and blank lines) that break a sentence.

    Footnotes found between the two halves of a sentence are moved after the paragraph; page
    numbers alone on a line are dropped. Lines holding tabs (table rows) are kept as they are.
    """
    out: list[str] = []
    pending_notes: list[str] = []
    open_index = -1  # index in `out` of a paragraph whose sentence is still open
    prev_line = ""
    lines = nfc(text).replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if wrap_width is None:
        wrap_width = wrap_width_of(lines)
    for raw in lines:
        if "\t" in raw:
            out.append(raw.rstrip())
            open_index = -1
            continue
        line = clean_inline(raw)
        if not line:
            continue
        if _PAGE_NUMBER.match(line):
            continue  # a page number alone on its line
        if is_footnote(line) and open_index >= 0:
            pending_notes.append(line)
            continue
        if open_index >= 0 and _continues(out[open_index], prev_line, line, wrap_width):
            joiner = "" if out[open_index].endswith("-") and not out[open_index].endswith(" -") else " "
            out[open_index] = out[open_index] + joiner + line
            prev_line = line
            continue
        prev_line = line
        if pending_notes:
            out.extend(pending_notes)
            pending_notes = []
        out.append(line)
        open_index = len(out) - 1
    out.extend(pending_notes)
    return out
