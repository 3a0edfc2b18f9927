from __future__ import annotations

from pathlib import Path

import pytest

from api.config import SHIPPED_CORPUS
from ingest.builder import BuiltDocument, build, task_texts
from ingest.chunking import passages
from ingest.metadata import DocumentMeta
from ingest.parsers import parse_file
from ingest.records import TaskRecord
from ingest.runner import collect_files
from ingest.structure import Section


@pytest.fixture(scope="module")
def shipped() -> dict[str, BuiltDocument]:
    return {
        path.name: build(parse_file(path), doc=path.name, file_hash="x")
        for path, _ in collect_files([SHIPPED_CORPUS])
    }


def test_every_chunk_is_a_citation_not_a_document(shipped: dict[str, BuiltDocument]) -> None:
    assert "SOURCES.md" not in shipped  # provenance notes: read for list metadata, not indexed
    for built in shipped.values():
        chunks = built.chunks()
        assert chunks
        assert len({c.id for c in chunks}) == len(chunks)
        for chunk in chunks:
            assert 0 < len(chunk.text) <= 1150, (chunk.doc, chunk.section)
            assert "<ul" not in chunk.text
            # a document card quotes its header and signature lines verbatim; prose passages are cleaned
            assert chunk.metadata.get("record") == "card" or "**" not in chunk.text


def test_plan_220_metadata_tasks_and_reports(shipped: dict[str, BuiltDocument]) -> None:
    plan = shipped["002_86f6d0bf5c124c89.txt"]
    info = plan.info()
    assert (info.number, info.date, info.kind) == ("220/KH-UBND", "2025-08-28", "kế hoạch")
    assert plan.meta.replaces == ["197/KH-UBND"]
    assert len(plan.tasks) == 73
    records = [c for c in plan.chunks() if c.kind == "record"]
    task35 = next(c for c in records if c.section.endswith("Nhiệm vụ 35"))
    assert task35.section == "Phụ lục I > III. Tính minh bạch và trách nhiệm giải trình > Nhiệm vụ 35"
    assert task35.text.startswith(
        "Nhiệm vụ 35 (Phụ lục I, Kế hoạch 220/KH-UBND): Tạo thêm thư mục kết nối với các website"
    )
    assert "Cơ quan chủ trì: Văn phòng Ủy ban nhân dân thành phố (Cổng Thông tin điện tử TP)." in task35.text
    assert "Thời gian hoàn thành/Bắt đầu vận hành: Quý III/2025." in task35.text
    assert {(r.frequency, r.deadline) for r in plan.reports} >= {
        ("hàng quý", "trước ngày 20 của các tháng 3, 6, 9"),
        ("hàng năm", "trước ngày 10 tháng 12"),
    }


def test_wrapped_pdf_text_score_table_and_footnote(shipped: dict[str, BuiltDocument]) -> None:
    bql = shipped["000_f033ef4069a12107.txt"]
    assert (bql.meta.number, bql.meta.issuer) == ("3822/KH-BQL", "Ban Quản lý Khu kinh tế Hải Phòng")
    texts = [c.text for c in bql.chunks()]
    assert any("đạt từ 79 điểm trở lên, tăng 2 bậc xếp hạng so với năm 2023" in t for t in texts)
    score = next(
        t for t in texts if t.startswith("I Quy trình thực hiện TTHC 6,07 7,2 7,44 7,66 Văn phòng BQL\n")
    )
    assert "Mục tiêu năm 2024: 7,66" in score and "Đơn vị thực hiện: Văn phòng BQL;" in score
    units = {t.number: t for t in bql.all_tasks()}
    assert units["II"].lead == "Các Phòng chuyên môn"
    plan = shipped["002_86f6d0bf5c124c89.txt"]
    cited = next(t for _, t in plan.passages if "PCI 2024¹" in t)
    assert "¹ Đây là kết quả đánh giá PCI của năm 2024" in cited  # the footnote joins the passage citing it


def test_lists_carry_legal_basis_and_validity(shipped: dict[str, BuiltDocument]) -> None:
    new_list = shipped["conditional_business_lines_nq66_17_2026.csv"]
    chunks = new_list.chunks()
    assert len(chunks) == 143  # an overview and 142 rows
    assert chunks[1].section.startswith("Phụ lục Nghị quyết 66.17/2026/NQ-CP")
    assert chunks[1].section.endswith("áp dụng 01/7/2026 → 28/02/2027")
    assert chunks[1].text.startswith("STT: 1.\nNgành, nghề kinh doanh có điều kiện: Sản xuất con dấu.")
    old_list = shipped["conditional_business_lines.csv"]
    assert old_list.chunks()[1].section.endswith("áp dụng đến 30/6/2026")
    contacts = shipped["contacts_haiphong.csv"].chunks()
    assert any("Điện thoại: 0225.326.5616." in c.text and c.metadata.get("source_note") for c in contacts)
    assert not any("Nguồn:" in c.text for c in contacts[1:])  # a row's source note is a citation


def test_small_sections_do_not_merge_across_top_headings() -> None:
    sections = [
        Section(
            ["III. NHIỆM VỤ CỤ THỂ"],
            ["III. NHIỆM VỤ CỤ THỂ", "Có 73 nhiệm vụ."],
            heading="III. NHIỆM VỤ CỤ THỂ",
        ),
        Section(["IV. TỔ CHỨC THỰC HIỆN"], ["IV. TỔ CHỨC THỰC HIỆN"], heading="IV. TỔ CHỨC THỰC HIỆN"),
        Section(
            ["IV. TỔ CHỨC THỰC HIỆN", "1. Sở Tài chính:"],
            ["1. Sở Tài chính:", "Chủ trì. " * 100],
            heading="1. Sở Tài chính:",
        ),
        Section(
            ["IV. TỔ CHỨC THỰC HIỆN", "2. Sở Nội vụ: Phối hợp."],
            ["2. Sở Nội vụ: Phối hợp."],
            heading="2. Sở Nội vụ: Phối hợp.",
        ),
        Section(
            ["IV. TỔ CHỨC THỰC HIỆN", "3. Sở Y tế: Phối hợp."],
            ["3. Sở Y tế: Phối hợp. " * 30],
            heading="3. Sở Y tế: Phối hợp.",
        ),
    ]
    out = passages(sections)
    assert out[0] == ("III. NHIỆM VỤ CỤ THỂ", "III. NHIỆM VỤ CỤ THỂ\nCó 73 nhiệm vụ.")
    assert out[1][0] == "IV. TỔ CHỨC THỰC HIỆN > 1. Sở Tài chính:"  # a bare heading leads into its first item
    assert out[1][1].startswith("IV. TỔ CHỨC THỰC HIỆN\n1. Sở Tài chính:")
    # a short item is a sentence, not a heading: it keeps its own passage rather than lead into the next
    assert ("IV. TỔ CHỨC THỰC HIỆN > 2. Sở Nội vụ: Phối hợp.", "2. Sở Nội vụ: Phối hợp.") in out


def test_corpus_path_walk_skips_hidden_and_unsupported(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text("x", encoding="utf-8")
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "b.png").write_bytes(b"x")
    (tmp_path / "SOURCES.md").write_text("# Nguồn", encoding="utf-8")
    assert [p.name for p, _ in collect_files([tmp_path])] == ["a.txt"]


def test_a_docx_plan_end_to_end(tmp_path: Path) -> None:
    from tests.ingest.samples import write_docx

    built = build(parse_file(write_docx(tmp_path / "kh.docx")), doc="kh.docx", file_hash="x")
    assert built.meta.number == "12/KH-UBND"
    assert [(t.number, t.lead, t.cooperate) for t in built.tasks] == [
        ("1", "Sở Tài chính", "Các Sở, ban, ngành"),
        ("2", "Sở Công Thương", ""),
    ]
    passages_ = [c for c in built.chunks() if c.kind == "passage"]
    assert any("Phấn đấu tỷ lệ hồ sơ nộp trực tuyến đạt từ 90% trở lên." in c.text for c in passages_)


def test_a_task_list_kept_as_a_spreadsheet(tmp_path: Path) -> None:
    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Phụ lục I"
    sheet.append(["STT", "Nhiệm vụ cụ thể", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện"])
    sheet.append(["I", "Gia nhập thị trường", None, None, None])
    sheet.append([1, "Công khai quy trình cấp phép.", "Sở Tài chính", "Các Sở, ban, ngành", "Quý IV/2025"])
    workbook.save(str(tmp_path / "phu_luc.xlsx"))
    built = build(parse_file(tmp_path / "phu_luc.xlsx"), doc="phu_luc.xlsx", file_hash="x")
    (task,) = built.tasks
    assert (task.number, task.group, task.lead, task.period) == (
        "1",
        "I. Gia nhập thị trường",
        "Sở Tài chính",
        "Quý IV/2025",
    )
    (chunk,) = built.chunks()
    assert chunk.section == "Phụ lục I > I. Gia nhập thị trường > Nhiệm vụ 1" and chunk.kind == "record"


def test_a_reports_task_rows_are_labelled_with_the_report_not_a_plan() -> None:
    task = TaskRecord(
        doc="bc.docx",
        plan="12/BC-UBND",
        number="4",
        group="",
        task="Công khai danh mục lô đất còn trống.",
        lead="Phòng Kinh tế",
        cooperate="",
        period="",
        completion="Quý II/2026",
        section="Phụ lục > Nhiệm vụ 4",
    )
    report = task_texts(task, DocumentMeta(number="12/BC-UBND", kind="báo cáo"))[0]
    assert report.startswith("Nhiệm vụ 4 (Phụ lục, Báo cáo 12/BC-UBND): ")
    plan = task_texts(task, DocumentMeta(number="12/KH-UBND", kind=""))[0]
    assert plan.startswith("Nhiệm vụ 4 (Phụ lục, Kế hoạch 12/KH-UBND): ")
