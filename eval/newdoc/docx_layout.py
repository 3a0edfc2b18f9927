"""The layout shared by the synthetic evaluation documents (make_docx.py, make_docx_b.py): a document
given as data (`Spec`) is written as a real Vietnamese administrative .docx, byte for byte the same on
every run (fixed core properties and zip timestamps)."""

from __future__ import annotations

import datetime as dt
import io
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

# What every document of the sets shares: the motto beside the issuer in the header, the appendix's columns.
NATIONAL_MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
TASK_HEADER = ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"]


@dataclass(frozen=True)
class Spec:
    """A document as data. Header and closing are tables of cells, each cell a list of lines; the
    body is (kind, text) paragraphs, kind "b" bold; the appendix is a task table."""

    doc_name: str
    header: list[list[list[str]]]
    title: list[str]
    body: list[tuple[str, str]]
    closing: list[list[list[str]]]
    appendix_title: list[str]
    task_header: list[str]
    tasks: list[list[str]]
    fixed_time: dt.datetime
    author: str
    label: str
    comments: str
    made_by: str
    help_text: str = ""


def build(spec: Spec, out: Path, *, plain: bool = False) -> Path:
    """Write the document to `out`. `plain=True` is an ablation: the header and the closing become plain
    paragraphs (one line each) instead of two-column tables; the body and the appendix are unchanged."""
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    doc = Document()
    style: Any = doc.styles["Normal"]
    style.font.name = "Times New Roman"
    style.font.size = Pt(13)
    style.element.rPr.rFonts.set(qn("w:eastAsia"), "Times New Roman")
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin, sec.right_margin, sec.top_margin, sec.bottom_margin = Cm(3), Cm(2), Cm(2), Cm(2)

    def no_borders(table: Any) -> None:
        borders = OxmlElement("w:tblBorders")
        for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
            el = OxmlElement(f"w:{edge}")
            el.set(qn("w:val"), "nil")
            borders.append(el)
        table._tbl.tblPr.append(borders)

    def fill_cell(
        cell: Any, lines: list[str], *, bold: bool, center: bool, italic_last: bool = False
    ) -> None:
        for i, line in enumerate(lines):
            para = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
            run = para.add_run(line)
            run.bold = bold
            run.italic = italic_last and i == len(lines) - 1
            if center:
                para.alignment = WD_ALIGN_PARAGRAPH.CENTER

    def layout_table(
        rows: list[list[list[str]]], widths: tuple[float, float], styles: list[list[dict[str, bool]]]
    ) -> None:
        if plain:
            for r, row in enumerate(rows):
                for c, lines in enumerate(row):
                    for line in lines:
                        if line:
                            doc.add_paragraph().add_run(line).bold = styles[r][c]["bold"]
            return
        table = doc.add_table(rows=len(rows), cols=2)
        no_borders(table)
        for r, row in enumerate(rows):
            for c, lines in enumerate(row):
                cell = table.cell(r, c)
                cell.width = Cm(widths[c])
                fill_cell(cell, lines, **styles[r][c])

    layout_table(
        spec.header,
        (6.0, 10.0),
        [
            [{"bold": True, "center": True}, {"bold": True, "center": True}],
            [{"bold": False, "center": True}, {"bold": False, "center": True, "italic_last": True}],
        ],
    )
    doc.add_paragraph()
    for line in spec.title:
        para = doc.add_paragraph()
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = para.add_run(line)
        run.bold = True
        run.font.size = Pt(14)
    for kind, text in spec.body:
        para = doc.add_paragraph()
        para.paragraph_format.first_line_indent = Cm(1.0)
        para.paragraph_format.space_after = Pt(4)
        para.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        para.add_run(text).bold = kind == "b"
    layout_table(
        spec.closing,
        (7.5, 8.5),
        [[{"bold": False, "center": False}, {"bold": True, "center": True}]],
    )

    # appendix on a landscape page
    app = doc.add_section()
    app.orientation = WD_ORIENT.LANDSCAPE
    app.page_width, app.page_height = Cm(29.7), Cm(21.0)
    for i, line in enumerate(spec.appendix_title):
        para = doc.add_paragraph()
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = para.add_run(line)
        run.bold = i < 2
        run.italic = i == 2
    table = doc.add_table(rows=1 + len(spec.tasks), cols=len(spec.task_header))
    table.style = "Table Grid"
    widths = (1.2, 9.0, 5.0, 6.5, 3.8)
    for r, row in enumerate([spec.task_header, *spec.tasks]):
        for c, text in enumerate(row):
            cell = table.cell(r, c)
            cell.width = Cm(widths[c])
            run = cell.paragraphs[0].add_run(text)
            run.bold = r == 0
            if r == 0 or c in (0, 4):
                cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER

    props = doc.core_properties
    props.author = spec.author
    props.title = spec.label
    props.comments = spec.comments
    props.last_modified_by = spec.made_by
    props.created = props.modified = spec.fixed_time
    props.revision = 1

    buf = io.BytesIO()
    doc.save(buf)
    # rewrite the zip with fixed timestamps and order so the bytes do not depend on the clock
    out.parent.mkdir(parents=True, exist_ok=True)
    with (
        zipfile.ZipFile(io.BytesIO(buf.getvalue())) as src,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst,
    ):
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=spec.fixed_time.timetuple()[:6])
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            dst.writestr(fixed, src.read(info.filename))
    return out


def spec_from(data: dict[str, Any], *, author: str, label: str, comments: str, made_by: str) -> Spec:
    """The Spec of a module that holds its document as data (DOC_NAME, HEADER, TITLE, BODY, CLOSING,
    APPENDIX_TITLE, TASKS, FIXED_TIME, its docstring, and TASK_HEADER when its appendix has other
    columns)."""
    return Spec(
        **{f.lower(): data[f] for f in _DATA},
        task_header=data.get("TASK_HEADER", TASK_HEADER),
        author=author,
        label=label,
        comments=comments,
        made_by=made_by,
        help_text=data.get("__doc__") or "",
    )


_DATA = (
    "DOC_NAME",
    "HEADER",
    "TITLE",
    "BODY",
    "CLOSING",
    "APPENDIX_TITLE",
    "TASKS",
    "FIXED_TIME",
)


def main(spec: Spec, argv: list[str]) -> int:
    if any(a in ("-h", "--help") for a in argv[1:]):
        print(spec.help_text)
        return 0
    plain = "--plain-layout" in argv[1:]
    args = [a for a in argv[1:] if a != "--plain-layout"]
    out = Path(args[0]) if args else Path(tempfile.gettempdir()) / "trolyao-newdoc" / spec.doc_name
    if out.suffix != ".docx":
        out = out / spec.doc_name
    print(build(spec, out, plain=plain))
    return 0


def entry_points(spec: Spec) -> tuple[Callable[..., Path], Callable[[list[str]], int]]:
    """A builder module's `build(out, *, plain=False)` and `main(argv)` for its document."""

    def build_one(out: Path, *, plain: bool = False) -> Path:
        """Write the document to `out` (`plain`: the header and closing as paragraphs, an ablation)."""
        return build(spec, out, plain=plain)

    def main_one(argv: list[str]) -> int:
        return main(spec, argv)

    return build_one, main_one
