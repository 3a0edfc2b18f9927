"""File parsers: .txt .md .docx .pdf .html .csv .xlsx -> ParsedDocument (NFC text, tables kept).

A file that cannot be read raises UnreadableFileError (UnsupportedFileError for other extensions);
the ingest command reports it by name and carries on with the rest.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from ingest.blocks import Block, Heading, Paragraph, ParsedDocument, Table
from ingest.errors import UnreadableFileError, UnsupportedFileError
from ingest.textclean import clean_inline, paragraphs, wrap_width_of
from knowledge.text import nfc

SUPPORTED_SUFFIXES = (".txt", ".md", ".docx", ".pdf", ".html", ".htm", ".csv", ".xlsx")

_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*)$")
_MD_TABLE_RULE = re.compile(r"^\|?\s*:?-{3,}")


def _read_text(path: Path) -> str:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UnreadableFileError(path, f"lỗi hệ thống tệp ({exc.strerror or exc})") from exc
    if b"\x00" in data[:4096]:
        raise UnreadableFileError(path, "tệp nhị phân, không phải văn bản")
    try:
        return nfc(data.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise UnreadableFileError(path, "không phải văn bản UTF-8") from exc


def _tsv_or_pipe_row(line: str) -> list[str] | None:
    if "\t" in line:
        return [clean_inline(c) for c in line.split("\t")]
    stripped = line.strip()
    if stripped.startswith("|") and stripped.count("|") >= 3:
        return [clean_inline(c) for c in stripped.strip("|").split("|")]
    return None


def text_blocks(text: str, *, markdown: bool = False) -> list[Block]:
    """Blocks of plain or markdown text: tab/pipe-separated rows become tables, the rest paragraphs."""
    blocks: list[Block] = []
    prose: list[str] = []
    table_rows: list[list[str]] = []
    lines = nfc(text).replace("\r\n", "\n").split("\n")
    width = wrap_width_of(lines)

    def flush_prose() -> None:
        if prose:
            blocks.extend(Paragraph(p) for p in paragraphs("\n".join(prose), width))
            prose.clear()

    def flush_table() -> None:
        if table_rows:
            ncols = max(len(r) for r in table_rows)
            rows = [r + [""] * (ncols - len(r)) for r in table_rows]
            blocks.append(Table(header=rows[0], rows=rows[1:]))
            table_rows.clear()

    for line in lines:
        row = _tsv_or_pipe_row(line)
        if row is not None:
            flush_prose()
            if not _MD_TABLE_RULE.match(line.strip()):
                table_rows.append(row)
            continue
        if table_rows and not line.strip():
            continue  # blank lines between page-broken parts of one table
        heading = _MD_HEADING.match(line) if markdown else None
        if heading:
            flush_prose()
            flush_table()
            blocks.append(Heading(clean_inline(heading.group(2)), level=len(heading.group(1))))
            continue
        flush_table()
        prose.append(line)
    flush_prose()
    flush_table()
    return blocks


def parse_txt(path: Path) -> ParsedDocument:
    text = _read_text(path)
    return ParsedDocument(path, text_blocks(text), "txt", raw_text=text)


def parse_md(path: Path) -> ParsedDocument:
    text = _read_text(path)
    return ParsedDocument(path, text_blocks(text, markdown=True), "md", raw_text=text)


def _docx_blocks(document: Any) -> Iterator[Block]:
    from docx.table import Table as DocxTable
    from docx.text.paragraph import Paragraph as DocxParagraph

    body = document.element.body
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            para = DocxParagraph(child, document)
            text = clean_inline(para.text)
            if not text:
                continue
            style = (para.style.name if para.style is not None else "") or ""
            level = re.match(r"(?:Heading|Title)\s*(\d*)", style)
            if level:
                yield Heading(text, level=int(level.group(1) or 1))
            else:
                yield Paragraph(text)
        elif tag == "tbl":
            table = DocxTable(child, document)
            if _is_layout(table):  # a header or signature laid out side by side: its lines are text
                for cell in _cells_in_reading_order(table):
                    yield from (Paragraph(t) for t in (clean_inline(p.text) for p in cell.paragraphs) if t)
                continue
            rows = [[clean_inline(cell.text) for cell in row.cells] for row in table.rows]
            rows = [r for r in rows if any(r)]
            if rows:
                yield Table(header=rows[0], rows=rows[1:])


def _cells_in_reading_order(table: Any) -> list[Any]:
    """Each cell once (a merged cell repeats in `row.cells`), row by row, left to right."""
    seen: set[int] = set()
    out = []
    for row in table.rows:
        for cell in row.cells:
            if id(cell._tc) not in seen:
                seen.add(id(cell._tc))
                out.append(cell)
    return out


def _is_layout(table: Any) -> bool:
    """A table that only places text side by side, as the header ("ỦY BAN NHÂN DÂN … / Số: …" beside
    "CỘNG HÒA … / …, ngày …") and the closing ("Nơi nhận: …" beside the signature) of a Vietnamese
    administrative document are laid out: at most three rows of at most two cells, one cell holding
    several lines. A data table has a header row and columns of values."""
    rows = list(table.rows)
    if not rows or len(rows) > 3:
        return False
    cells = _cells_in_reading_order(table)
    if any(len({id(c._tc) for c in row.cells}) > 2 for row in rows):
        return False
    return any(sum(1 for p in cell.paragraphs if p.text.strip()) >= 2 for cell in cells)


def parse_docx(path: Path) -> ParsedDocument:
    import docx

    try:
        document = docx.Document(str(path))
        blocks = list(_docx_blocks(document))
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise UnreadableFileError(path, "tệp .docx bị hỏng hoặc không đúng định dạng") from exc
    except Exception as exc:  # python-docx raises lxml and package errors of many kinds
        raise UnreadableFileError(path, f"tệp .docx không đọc được ({type(exc).__name__})") from exc
    # Paragraph breaks inside a .docx are real (no wrap width): only join a paragraph that goes on in
    # lower case, or a word split at a hyphen.
    return ParsedDocument(path, _rejoin(blocks), "docx")


def _rejoin(blocks: list[Block]) -> list[Block]:
    out: list[Block] = []
    run: list[str] = []
    for block in blocks:
        if isinstance(block, Paragraph):
            run.append(block.text)
            continue
        out.extend(Paragraph(p) for p in paragraphs("\n".join(run), wrap_width=0))
        run = []
        out.append(block)
    out.extend(Paragraph(p) for p in paragraphs("\n".join(run), wrap_width=0))
    return out


def parse_pdf(path: Path) -> ParsedDocument:
    from pypdf import PdfReader

    try:
        reader = PdfReader(str(path))
        if reader.is_encrypted and not reader.decrypt(""):
            raise UnreadableFileError(path, "tệp PDF được đặt mật khẩu")
        pages = [page.extract_text() or "" for page in reader.pages]
    except UnreadableFileError:
        raise
    except Exception as exc:  # pypdf raises PdfReadError, struct and zlib errors on broken files
        raise UnreadableFileError(path, f"tệp PDF bị hỏng ({type(exc).__name__})") from exc
    text = "\n".join(pages)
    if not text.strip():
        raise UnreadableFileError(path, "tệp PDF không có lớp văn bản (có thể là bản quét)")
    return ParsedDocument(path, text_blocks(text), "pdf", raw_text=nfc(text))


def _html_text(node: Any) -> str:
    """Text of an element; the separator bs4 puts before punctuation ("<b>x</b>.") is removed."""
    return re.sub(r" ([.,;:!?])(?=\s|$)", r"\1", clean_inline(node.get_text(" ")))


_HTML_BLOCKS = {"p", "li", "pre", "blockquote", "dd", "dt", "figcaption", "td", "th"}
_HTML_SKIP = {"script", "style", "nav", "header", "footer", "noscript", "template", "form"}


def _html_blocks(node: Any) -> Iterator[Block]:
    from bs4.element import NavigableString, Tag

    for child in node.children:
        if isinstance(child, NavigableString):
            text = clean_inline(str(child))
            if text and type(child) is NavigableString:
                yield Paragraph(text)
            continue
        if not isinstance(child, Tag) or child.name in _HTML_SKIP:
            continue
        if re.fullmatch(r"h[1-6]", child.name):
            text = _html_text(child)
            if text:
                yield Heading(text, level=int(child.name[1]))
        elif child.name == "table":
            rows = [[_html_text(cell) for cell in tr.find_all(["th", "td"])] for tr in child.find_all("tr")]
            rows = [r for r in rows if any(r)]
            caption = child.find("caption")
            if rows:
                yield Table(rows[0], rows[1:], _html_text(caption) if caption else "")
        elif child.name in _HTML_BLOCKS:
            text = _html_text(child)
            if text:
                yield Paragraph(text)
        else:
            yield from _html_blocks(child)


def parse_html(path: Path) -> ParsedDocument:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(_read_text(path), "html.parser")
    root = soup.body or soup
    return ParsedDocument(path, _rejoin(list(_html_blocks(root))), "html")


def parse_csv(path: Path) -> ParsedDocument:
    text = _read_text(path)
    try:
        dialect: Any = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    try:
        rows = [[clean_inline(c) for c in row] for row in csv.reader(io.StringIO(text), dialect)]
    except csv.Error as exc:
        raise UnreadableFileError(path, f"tệp CSV sai cấu trúc ({exc})") from exc
    rows = [r for r in rows if any(r)]
    if not rows:
        raise UnreadableFileError(path, "tệp CSV rỗng")
    return ParsedDocument(path, [Table(rows[0], rows[1:])], "csv")


def parse_xlsx(path: Path) -> ParsedDocument:
    import openpyxl

    try:
        workbook = openpyxl.load_workbook(str(path), read_only=True, data_only=True)
    except Exception as exc:  # BadZipFile, InvalidFileException, KeyError on broken packages
        raise UnreadableFileError(path, "tệp .xlsx bị hỏng hoặc không đúng định dạng") from exc
    blocks: list[Block] = []
    try:
        for sheet in workbook.worksheets:
            rows = [
                [clean_inline("" if v is None else str(v)) for v in row]
                for row in sheet.iter_rows(values_only=True)
            ]
            rows = [r for r in rows if any(r)]
            if rows:
                blocks.append(Table(rows[0], rows[1:], caption=sheet.title))
    finally:
        workbook.close()
    return ParsedDocument(path, blocks, "xlsx")


PARSERS: dict[str, Callable[[Path], ParsedDocument]] = {
    ".txt": parse_txt,
    ".md": parse_md,
    ".docx": parse_docx,
    ".pdf": parse_pdf,
    ".html": parse_html,
    ".htm": parse_html,
    ".csv": parse_csv,
    ".xlsx": parse_xlsx,
}


def parse_file(path: Path) -> ParsedDocument:
    parser = PARSERS.get(path.suffix.lower())
    if parser is None:
        raise UnsupportedFileError(path)
    if not path.is_file():
        raise UnreadableFileError(path, "không tìm thấy tệp")
    return parser(path)
