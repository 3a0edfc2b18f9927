from __future__ import annotations

from ingest.blocks import Block, Heading, Paragraph, Table
from ingest.chunking import MAX, bounded_sentences, passages
from ingest.structure import heading_level, sections


def test_heading_levels() -> None:
    assert heading_level("PHỤ LỤC I") == 0
    assert heading_level("III. NHIỆM VỤ CỤ THỂ") == 1
    assert heading_level("3. Sở Tài chính:") == 2
    assert heading_level("6.1. Mô hình “Thủ tục hành chính không chờ”") == 3
    assert heading_level("a) Sở Tài nguyên và Môi trường đã thực hiện:") == 4
    assert heading_level("Các đơn vị thực hiện báo cáo.") is None


def test_heading_paths_and_closing_block() -> None:
    blocks: list[Block] = [
        Paragraph("KẾ HOẠCH"),
        Paragraph("IV. TỔ CHỨC THỰC HIỆN"),
        Paragraph("3. Sở Tài chính:"),
        Paragraph("- Chủ trì, tổ chức giám sát việc thực hiện Kế hoạch này."),
        Paragraph("4. Văn phòng Ủy ban nhân dân thành phố: Căn cứ kết quả, thời hạn báo cáo của các đơn vị."),
        Paragraph("Nơi nhận:"),
        Paragraph("- Văn phòng Chính phủ;"),
        Paragraph("PHỤ LỤC I"),
        Table(["STT", "Nhiệm vụ cụ thể"], [["1", "Việc."]]),
        Heading("Ghi chú", 2),
        Paragraph("Không có."),
    ]
    secs = sections(blocks)
    titles = [s.title for s in secs]
    assert titles == [
        "",
        "IV. TỔ CHỨC THỰC HIỆN",
        "IV. TỔ CHỨC THỰC HIỆN > 3. Sở Tài chính:",
        "IV. TỔ CHỨC THỰC HIỆN > 4. Văn phòng Ủy ban nhân dân thành phố: Căn cứ kết quả, thời hạn báo "
        "cáo của…",
        "Phụ lục I",
        "Phụ lục I > Ghi chú",
    ]
    assert all("Văn phòng Chính phủ" not in p for s in secs for p in s.paragraphs)
    assert secs[4].tables[0].rows == [["1", "Việc."]]


def test_passages_hold_whole_sentences_under_the_limit() -> None:
    long = " ".join(
        f"Câu số {i} nói về chỉ số năng lực cạnh tranh của thành phố Hải Phòng." for i in range(60)
    )
    secs = sections([Paragraph("I. MỤC TIÊU"), Paragraph(long), Paragraph("II. YÊU CẦU"), Paragraph("Ngắn.")])
    out = passages(secs)
    assert len(out) > 3
    for _path, text in out:
        assert len(text) <= MAX + 200
        assert text.rstrip().endswith(".")
    body = [t for p, t in out if p == "I. MỤC TIÊU"]
    assert body[0].startswith("I. MỤC TIÊU\nCâu số 0 ")
    assert body[1].startswith("I. MỤC TIÊU\n")  # the heading gives later passages their context
    assert out[-1] == ("II. YÊU CẦU", "II. YÊU CẦU\nNgắn.")


def test_overlong_sentence_is_cut_at_clauses() -> None:
    sentence = (
        "; ".join(f"thủ tục thứ {i} được rút ngắn còn không quá 10 ngày làm việc" for i in range(40)) + "."
    )
    parts = bounded_sentences(sentence)
    assert len(parts) > 1
    assert all(len(p) <= MAX for p in parts)
    assert " ".join(parts) == sentence
