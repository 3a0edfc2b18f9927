from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from ingest.blocks import Heading, Paragraph, Table
from ingest.errors import UnreadableFileError, UnsupportedFileError
from ingest.parsers import parse_file
from tests.ingest.samples import write_docx, write_pdf, write_xlsx


def test_txt_joins_hard_line_breaks_and_keeps_tab_tables(tmp_path: Path) -> None:
    path = tmp_path / "plan.txt"
    path.write_text(
        "KẾ HOẠCH\nNâng cao chỉ số PCI năm 2025\n\nThực hiện Kế hoạch số 220/KH-UBND, các đơn vị báo cáo\n"
        "trước ngày 25 của tháng cuối quý.\n\n"
        "STT\tNhiệm vụ cụ thể\tCơ quan chủ trì\n1\tCông khai thủ tục.\tSở Tài chính\n",
        encoding="utf-8",
    )
    doc = parse_file(path)
    texts = [b.text for b in doc.blocks if isinstance(b, Paragraph)]
    assert "Thực hiện Kế hoạch số 220/KH-UBND, các đơn vị báo cáo trước ngày 25 của tháng cuối quý." in texts
    assert doc.tables == [
        Table(["STT", "Nhiệm vụ cụ thể", "Cơ quan chủ trì"], [["1", "Công khai thủ tục.", "Sở Tài chính"]])
    ]


def test_text_is_nfc_and_markup_is_dropped(tmp_path: Path) -> None:
    decomposed = unicodedata.normalize("NFD", "Sở Tư pháp **chủ trì** <i>hỗ trợ pháp lý</i>.")
    path = tmp_path / "a.md"
    path.write_text(f"# Tiêu đề\n\n{decomposed}\n", encoding="utf-8")
    doc = parse_file(path)
    assert doc.blocks[0] == Heading("Tiêu đề", 1)
    assert doc.blocks[1] == Paragraph("Sở Tư pháp chủ trì hỗ trợ pháp lý.")
    assert unicodedata.is_normalized("NFC", doc.text)


def test_docx_paragraphs_headings_and_tables(tmp_path: Path) -> None:
    doc = parse_file(write_docx(tmp_path / "plan.docx"))
    assert doc.blocks[0] == Heading("Kế hoạch thử nghiệm", 1)
    assert Paragraph("1. Phấn đấu tỷ lệ hồ sơ nộp trực tuyến đạt từ 90% trở lên.") in doc.blocks
    (table,) = doc.tables
    assert table.header == ["STT", "Nhiệm vụ cụ thể", "Cơ quan chủ trì", "Cơ quan phối hợp"]
    assert table.rows[0] == ["1", "Công khai quy trình cấp phép.", "Sở Tài chính", "Các Sở, ban, ngành"]
    # the table sits between the paragraphs it was written between
    kinds = [type(b).__name__ for b in doc.blocks]
    assert kinds.index("Table") < len(kinds) - 1


def test_pdf_text_layer(tmp_path: Path) -> None:
    path = write_pdf(
        tmp_path / "plan.pdf", ["KE HOACH so 12/KH-UBND", "Cac don vi bao cao truoc ngay", "20 hang quy."]
    )
    doc = parse_file(path)
    assert doc.source_format == "pdf"
    assert "Cac don vi bao cao truoc ngay 20 hang quy." in doc.text


def test_html_headings_paragraphs_tables(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><style>p{}</style><script>x()</script></head><body><nav>menu</nav>"
        "<h2>Liên hệ</h2><p>Đường dây nóng <b>02253.519.170</b>.</p>"
        "<table><tr><th>Cơ quan</th><th>Điện thoại</th></tr><tr><td>Tổng đài</td><td>1022</td></tr></table>"
        "</body></html>",
        encoding="utf-8",
    )
    doc = parse_file(path)
    assert doc.blocks[0] == Heading("Liên hệ", 2)
    assert doc.blocks[1] == Paragraph("Đường dây nóng 02253.519.170.")
    assert doc.tables == [Table(["Cơ quan", "Điện thoại"], [["Tổng đài", "1022"]])]
    assert "menu" not in doc.text and "x()" not in doc.text


def test_csv_and_xlsx_become_tables(tmp_path: Path) -> None:
    csv_path = tmp_path / "list.csv"
    csv_path.write_text('co_quan,dien_thoai\n"Bảo hiểm xã hội, TP",0225.326.5616\n', encoding="utf-8")
    assert parse_file(csv_path).tables == [
        Table(["co_quan", "dien_thoai"], [["Bảo hiểm xã hội, TP", "0225.326.5616"]])
    ]
    (sheet,) = parse_file(write_xlsx(tmp_path / "list.xlsx")).tables
    assert sheet.caption == "Danh bạ"
    assert sheet.rows == [
        ["Ban Quản lý Khu kinh tế Hải Phòng", "02253.519.170", "langngheviet.com.vn"],
        ["Tổng đài", "1022", "laodong.vn"],
    ]


@pytest.mark.parametrize("name", ["broken.pdf", "broken.docx", "broken.xlsx"])
def test_corrupt_files_raise_a_typed_error_with_a_vietnamese_message(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(
        b"%PDF-1.4\n1 0 obj << /Type /Catalog" if name.endswith(".pdf") else b"PK\x03\x04 not a zip"
    )
    with pytest.raises(UnreadableFileError) as info:
        parse_file(path)
    assert info.value.path == path
    assert str(info.value).startswith(f"Không đọc được tệp {name}:")


def test_other_unreadable_inputs(tmp_path: Path) -> None:
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Hải Phòng".encode("utf-16"))
    with pytest.raises(UnreadableFileError):
        parse_file(latin)
    blank = write_pdf(tmp_path / "scan.pdf", [])
    with pytest.raises(UnreadableFileError, match="không có lớp văn bản"):
        parse_file(blank)
    with pytest.raises(UnsupportedFileError, match="chưa được hỗ trợ"):
        parse_file(tmp_path / "image.png")
