"""What a parser hands on: the document as an ordered list of headings, paragraphs and tables."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Heading:
    text: str
    level: int = 1  # 1 = top level (from a heading style, an <h1>, a markdown "#")


@dataclass(frozen=True)
class Paragraph:
    text: str


@dataclass(frozen=True)
class Table:
    header: list[str]
    rows: list[list[str]]
    caption: str = ""  # a sheet name, an HTML <caption>


Block = Heading | Paragraph | Table


@dataclass
class ParsedDocument:
    path: Path
    blocks: list[Block] = field(default_factory=list)
    source_format: str = ""  # "txt", "md", "docx", "pdf", "html", "csv", "xlsx"
    raw_text: str = ""  # the text as extracted, line breaks kept (text formats and PDF)

    @property
    def text(self) -> str:
        """All paragraph and heading text, one block a line (tables left out)."""
        return "\n".join(b.text for b in self.blocks if isinstance(b, Heading | Paragraph))

    @property
    def tables(self) -> list[Table]:
        return [b for b in self.blocks if isinstance(b, Table)]
