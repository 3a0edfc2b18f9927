"""Document cards: header and signature read from the text, a sidecar file's values win."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from ingest.builder import build
from ingest.cards import read_card, read_sidecar
from ingest.errors import UnreadableFileError
from ingest.parsers import parse_file

if TYPE_CHECKING:
    from docx.document import Document as DocxDocument

PLAN = """UBND THÀNH PHỐ HẢI PHÒNG
ỦY BAN NHÂN DÂN PHƯỜNG LÊ CHÂN
Số: 15/KH-UBND
Lê Chân, ngày 03 tháng 4 năm 2026

KẾ HOẠCH
Cải thiện môi trường kinh doanh trên địa bàn phường Lê Chân năm 2026

Thực hiện Kế hoạch số 220/KH-UBND ngày 28/8/2025 của UBND thành phố về nâng cao chỉ số PCI, UBND phường
ban hành kế hoạch như sau:

I. MỤC TIÊU
1. Rút ngắn thời gian giải quyết thủ tục hành chính cho hộ kinh doanh.

Kế hoạch này thay thế Kế hoạch số 40/KH-UBND ngày 10/3/2025 của UBND phường.

Nơi nhận:
- UBND thành phố (để b/c);
- Sở Tài chính;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Trần Thị Lan
"""


def test_card_reads_date_signer_recipients_and_what_the_plan_implements() -> None:
    lines = PLAN.splitlines()
    card = read_card(
        lines, [p for p in PLAN.split("\n\n")], number="15/KH-UBND", title="", issuer="", date=""
    )
    assert card.date_text == "ngày 03 tháng 4 năm 2026"
    assert card.place == "Lê Chân"
    assert (card.signer, card.signer_title) == ("Trần Thị Lan", "Phó Chủ tịch")
    assert card.authority == "TM. Ủy ban nhân dân, KT. Chủ tịch"
    assert card.recipients == ["UBND thành phố (để b/c)", "Sở Tài chính"]
    assert card.implements and "220/KH-UBND ngày 28/8/2025" in card.implements[0]
    assert "thay thế Kế hoạch số 40/KH-UBND" in card.replaces_text
    # the card's passage quotes the lines that state all this, verbatim
    assert "Trần Thị Lan" in card.passage and "Lê Chân, ngày 03 tháng 4 năm 2026" in card.passage
    assert len(card.passage) <= 1150


@pytest.mark.parametrize(
    "opening, cited",
    [
        (
            "Thực hiện Văn bản số 902/UBND-KT ngày 04/3/2026 của UBND thành phố về việc rà soát;",
            "902/UBND-KT",
        ),
        (
            "Thực hiện chỉ đạo của Ủy ban nhân dân thành phố tại Công văn số 55/UBND-TH ngày 02/02/2026;",
            "55/UBND-TH",
        ),
        ("Căn cứ Thông tư số 12/2025/TT-BTC ngày 30/5/2025 của Bộ Tài chính;", "12/2025/TT-BTC"),
        ("Thực hiện Nghị quyết số 14-NQ/ĐU ngày 03/10/2025 của Đảng bộ phường về kinh tế đêm;", "14-NQ/ĐU"),
    ],
)
def test_card_reads_any_numbered_document_the_opening_cites(opening: str, cited: str) -> None:
    text = PLAN.replace(
        "Thực hiện Kế hoạch số 220/KH-UBND ngày 28/8/2025 của UBND thành phố về nâng cao chỉ số PCI, "
        "UBND phường\nban hành kế hoạch như sau:",
        opening,
    )
    assert opening in text
    card = read_card(text.splitlines(), text.split("\n\n"), number="15/KH-UBND", title="", issuer="", date="")
    assert card.implements and cited in card.implements[0]
    assert cited in card.passage


REPORT = """SỞ XÂY DỰNG
Số: 77/BC-SXD
Hải Phòng, ngày 12 tháng 5 năm 2026

BÁO CÁO
Kết quả cải thiện chỉ số tiếp cận đất đai quý I năm 2026

Kính gửi:
- Ủy ban nhân dân thành phố;
- Sở Tài chính.

Sở Xây dựng báo cáo kết quả như sau:

Nơi nhận:
- Như trên;
- Văn phòng UBND thành phố;
- Lưu: VT.

GIÁM ĐỐC

Phạm Văn Hòa
"""


def test_a_report_is_sent_to_those_it_addresses_and_the_card_quotes_them() -> None:
    card = read_card(
        REPORT.splitlines(), REPORT.split("\n\n"), number="77/BC-SXD", title="", issuer="", date=""
    )
    assert card.recipients == ["Ủy ban nhân dân thành phố", "Sở Tài chính", "Văn phòng UBND thành phố"]
    assert "- Sở Tài chính." in card.passage and "Kính gửi:" in card.passage
    one_line = REPORT.replace(
        "Kính gửi:\n- Ủy ban nhân dân thành phố;\n- Sở Tài chính.", "Kính gửi: Sở Xây dựng"
    )
    card = read_card(one_line.splitlines(), one_line.split("\n\n"), number="", title="", issuer="", date="")
    assert card.recipients[0] == "Sở Xây dựng"


def test_a_document_without_signature_has_an_empty_signer() -> None:
    card = read_card(
        ["KẾ HOẠCH", "Nội dung"], ["KẾ HOẠCH", "Nội dung"], number="", title="", issuer="", date=""
    )
    assert card.signer == "" and card.recipients == []


def test_sidecar_values_win_and_the_passage_says_where_they_came_from(tmp_path: Path) -> None:
    doc = tmp_path / "ke-hoach-le-chan.txt"
    doc.write_text(PLAN.replace("Trần Thị Lan", ""), encoding="utf-8")
    (tmp_path / "ke-hoach-le-chan.meta.json").write_text(
        json.dumps({"signer": "Phạm Văn Nam", "signer_title": "Chủ tịch", "date": "05/4/2026"}),
        encoding="utf-8",
    )
    built = build(parse_file(doc), doc=doc.name, file_hash="x")
    assert built.card is not None
    assert built.card.signer == "Phạm Văn Nam" and built.meta.date == "2026-04-05"
    assert "[Thông tin do người nạp cung cấp]" in built.card.passage
    card_chunks = [c for c in built.chunks() if c.metadata.get("record") == "card"]
    assert len(card_chunks) == 1 and "Phạm Văn Nam" in card_chunks[0].text


@pytest.mark.parametrize("content", ["{không phải json", '["a"]', '{"chu_ky": "x"}'])
def test_a_broken_sidecar_is_reported_in_vietnamese(tmp_path: Path, content: str) -> None:
    doc = tmp_path / "kh.txt"
    doc.write_text(PLAN, encoding="utf-8")
    (tmp_path / "kh.meta.json").write_text(content, encoding="utf-8")
    with pytest.raises(ValueError, match="Tệp"):
        read_sidecar(doc)
    with pytest.raises(UnreadableFileError, match=r"Không đọc được tệp kh\.txt"):
        build(parse_file(doc), doc=doc.name, file_hash="x")


def _side_by_side(document: DocxDocument, left: list[str], right: list[str]) -> None:
    table = document.add_table(rows=1, cols=2)
    for cell, lines in zip(table.rows[0].cells, (left, right), strict=True):
        cell.text = lines[0]
        for line in lines[1:]:
            cell.add_paragraph(line)


def test_a_docx_header_and_signature_laid_out_in_tables_make_the_card(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    _side_by_side(
        document,
        ["ỦY BAN NHÂN DÂN", "PHƯỜNG AN BIÊN", "Số: 14/KH-UBND"],
        [
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "An Biên, ngày 05 tháng 02 năm 2026",
        ],
    )
    document.add_paragraph("KẾ HOẠCH")
    document.add_paragraph("Cải thiện môi trường kinh doanh trên địa bàn phường An Biên năm 2026")
    document.add_paragraph("Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;")
    document.add_paragraph("Thực hiện Kế hoạch số 75/KH-UBND ngày 20/01/2026 của Ủy ban nhân dân thành phố.")
    document.add_paragraph("I. MỤC ĐÍCH, YÊU CẦU")
    document.add_paragraph("Rút ngắn thời gian giải quyết thủ tục cho hộ kinh doanh.")
    _side_by_side(
        document,
        ["Nơi nhận:", "- UBND thành phố;", "- Lưu: VT."],
        ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lương Thị Hạnh"],
    )
    path = tmp_path / "kh14.docx"
    document.save(str(path))
    card = build(parse_file(path), doc=path.name, file_hash="h").card
    assert card is not None
    assert card.number == "14/KH-UBND" and card.date_text == "ngày 05 tháng 02 năm 2026"
    assert card.issuer == "Ủy ban nhân dân phường An Biên"
    assert card.signer == "Lương Thị Hạnh" and card.signer_title == "Phó Chủ tịch"
    assert card.implements and card.implements[0].startswith("Thực hiện Kế hoạch số 75/KH-UBND")
    assert "Lương Thị Hạnh" in card.passage and "75/KH-UBND" in card.passage
