"""Real small files for the ingest tests: a .docx written with python-docx, a hand-made PDF, ..."""

from __future__ import annotations

from pathlib import Path


def write_pdf(path: Path, lines: list[str]) -> Path:
    """A minimal valid one-page PDF (Helvetica, ASCII text) with a correct cross-reference table."""
    content = (
        "BT /F1 11 Tf 50 780 Td 14 TL "
        + " ".join(
            "(" + line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ") '" for line in lines
        )
        + " ET"
    )
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(content.encode('latin-1'))} >>\nstream\n{content}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    path.write_bytes(bytes(out))
    return path


def write_docx(path: Path) -> Path:
    import docx

    document = docx.Document()
    document.add_heading("Kế hoạch thử nghiệm", level=1)
    document.add_paragraph("Số: 12/KH-UBND")
    document.add_paragraph("I. MỤC TIÊU")
    document.add_paragraph("1. Phấn đấu tỷ lệ hồ sơ nộp trực tuyến đạt từ 90% trở lên.")
    table = document.add_table(rows=3, cols=4)
    for row, values in zip(
        table.rows,
        [
            ["STT", "Nhiệm vụ cụ thể", "Cơ quan chủ trì", "Cơ quan phối hợp"],
            ["1", "Công khai quy trình cấp phép.", "Sở Tài chính", "Các Sở, ban, ngành"],
            ["2", "Hỗ trợ doanh nghiệp nộp hồ sơ.", "Sở Công Thương", ""],
        ],
        strict=True,
    ):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    document.add_paragraph("Hoà nhập và thuỷ lợi.")
    document.save(str(path))
    return path


def write_xlsx(path: Path) -> Path:
    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Danh bạ"
    sheet.append(["co_quan", "dien_thoai", "nguon"])
    sheet.append(["Ban Quản lý Khu kinh tế Hải Phòng", "02253.519.170", "langngheviet.com.vn"])
    sheet.append([None, None, None])
    sheet.append(["Tổng đài", 1022, "laodong.vn"])
    workbook.save(str(path))
    return path
