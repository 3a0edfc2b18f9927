"""Heading paths: roman numerals, "1.", "1.1.", "a)", "Phụ lục I", heading styles -> Section paths."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ingest.blocks import Block, Heading, Table

_APPENDIX = re.compile(r"^(PHỤ LỤC|Phụ lục)\b\s*([IVXLC\d]*)(.*)$")
_ROMAN = re.compile(r"^([IVXLC]+)\.\s*(\S.*)$")
_ARABIC = re.compile(r"^(\d{1,2})\.\s+(\S.*)$")
_DECIMAL = re.compile(r"^(\d{1,2}\.\d{1,2})\.?\s+(\S.*)$")
_LETTER = re.compile(r"^([a-zđ])\)\s+(\S.*)$")
_CLOSING = re.compile(r"^(Nơi nhận|Nơi gửi)\s*:", re.IGNORECASE)

MAX_COMPONENT = 80


@dataclass
class Section:
    path: list[str]
    paragraphs: list[str] = field(default_factory=list)
    heading: str = ""  # the full text of the heading line that opened this section
    tables: list[Table] = field(default_factory=list)

    @property
    def title(self) -> str:
        return " > ".join(self.path)


def shorten(text: str, limit: int = MAX_COMPONENT) -> str:
    text = text.strip()
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + "…"


def heading_level(text: str) -> int | None:
    """The level of a numbered line (0 appendix, 1 roman, 2 "1.", 3 "1.1.", 4 "a)"), None for body text.

    A numbered item that is a whole sentence ("4. Văn phòng ...: Căn cứ ...") still opens its own
    section (its path component is shortened); its text stays in the body.
    """
    if _APPENDIX.match(text) and len(text) <= 120:
        return 0
    if _ROMAN.match(text) and len(text) <= 150:
        return 1
    if _DECIMAL.match(text):
        return 3
    if _ARABIC.match(text):
        return 2
    if _LETTER.match(text):
        return 4
    return None


def sections(blocks: list[Block]) -> list[Section]:
    """Group blocks under their heading path. The recipients list and signature are dropped."""
    stack: list[tuple[int, str]] = []
    out: list[Section] = [Section([])]
    closing = False

    def open_section(level: int, text: str) -> None:
        while stack and stack[-1][0] >= level:
            stack.pop()
        appendix = _APPENDIX.match(text)
        if appendix:  # "PHỤ LỤC I" -> "Phụ lục I", "PHỤ LỤC NHIỆM VỤ CỤ THỂ" -> "Phụ lục nhiệm vụ cụ thể"
            rest = appendix.group(3).strip()
            text = " ".join(
                p for p in ("Phụ lục", appendix.group(2), rest.lower() if rest.isupper() else rest) if p
            )
        stack.append((level, shorten(text)))
        out.append(Section([t for _, t in stack], heading=text))

    for block in blocks:
        if isinstance(block, Table):
            out[-1].tables.append(block)
            continue
        text = block.text
        level = heading_level(text)
        if level is None and isinstance(block, Heading):
            level = block.level
        if closing and level != 0:
            continue
        if _CLOSING.match(text):
            closing = True
            continue
        if level is None:
            out[-1].paragraphs.append(text)
            continue
        closing = False
        open_section(level, text)
        out[-1].paragraphs.append(text)  # the heading line (a long one keeps its full text) opens the body
    return [s for s in out if s.paragraphs or s.tables]
