from __future__ import annotations

from pathlib import Path

from ingest.blocks import Paragraph, Table
from ingest.lists import list_kind, list_records
from ingest.report_duties import report_duties
from ingest.structure import sections


def test_quarterly_and_annual_reports() -> None:
    secs = sections(
        [
            Paragraph("IV. TỔ CHỨC THỰC HIỆN"),
            Paragraph(
                "5. Các đơn vị thực hiện báo cáo theo nhiệm vụ được phân công tại Kế hoạch này theo "
                "định kỳ hàng quý (trước ngày 25 của các tháng 3, 6, 9) và báo cáo năm trước ngày 20 "
                "tháng 11, gửi Sở Nội vụ tổng hợp chung, báo cáo Ủy ban nhân dân thành phố."
            ),
            Paragraph("- Các tổ công tác gửi báo cáo về Văn phòng Sở đình kỳ hàng tháng và khi có yêu cầu."),
        ]
    )
    quarterly, annual, monthly = report_duties(secs, doc="d", plan="220/KH-UBND")
    assert (quarterly.frequency, quarterly.deadline, quarterly.to) == (
        "hàng quý",
        "trước ngày 25 của các tháng 3, 6, 9",
        "Sở Nội vụ",
    )
    assert quarterly.reporter == "Các đơn vị"
    assert (annual.frequency, annual.deadline) == ("hàng năm", "trước ngày 20 tháng 11")
    assert (monthly.frequency, monthly.to) == ("hàng tháng", "Văn phòng Sở")


def test_one_off_report_takes_its_reporter_from_the_heading() -> None:
    secs = sections(
        [
            Paragraph("1. Thủ trưởng các Sở, ban, ngành thành phố:"),
            Paragraph(
                "- Gửi văn bản cử cán bộ đầu mối gửi về Sở Tài chính trong tháng 9/2025 và chậm nhất 15 ngày."
            ),
        ]
    )
    (duty,) = report_duties(secs, doc="d", plan="p")
    assert duty.reporter == "Thủ trưởng các Sở, ban, ngành thành phố"
    assert duty.deadline == "trong tháng 9/2025 và chậm nhất 15 ngày"
    assert duty.to == "Sở Tài chính"


def test_list_records_carry_legal_basis_and_validity_from_sources(tmp_path: Path) -> None:
    (tmp_path / "SOURCES.md").write_text(
        "| Giai đoạn | Danh mục áp dụng | Số | Tệp |\n|---|---|---|---|\n"
        "| 01/7/2026 → 28/02/2027 | Phụ lục Nghị quyết 66.17/2026/NQ-CP | 142 | `lines_2026.csv` |\n",
        encoding="utf-8",
    )
    table = Table(["so_thu_tu", "nganh_nghe", "nguon"], [["1", "Sản xuất con dấu", "luatvietnam.vn"]])
    assert list_kind(table.header) == "business_lines"
    info, (record,) = list_records(table, doc="lines_2026.csv", path=tmp_path / "lines_2026.csv")
    assert (info.legal_basis, info.validity) == (
        "Phụ lục Nghị quyết 66.17/2026/NQ-CP",
        "01/7/2026 → 28/02/2027",
    )
    assert record.labels["nganh_nghe"] == "Ngành, nghề kinh doanh có điều kiện"
    assert record.source == "luatvietnam.vn"


def test_organisational_assignments_become_task_rows() -> None:
    from ingest.assignments import assignments

    secs = sections(
        [
            Paragraph("IV. TỔ CHỨC THỰC HIỆN"),
            Paragraph("2. Sở Văn hóa, Thể thao và Du lịch: Tổ chức truyền thông, phổ biến Kế hoạch này."),
            Paragraph("3. Sở Tài chính:"),
            Paragraph("- Chủ trì, tổ chức giám sát việc thực hiện Kế hoạch này."),
            Paragraph("- Rà soát danh sách cán bộ đầu mối của các đơn vị."),
            Paragraph("7. Các đơn vị thực hiện báo cáo theo định kỳ hàng quý."),
        ]
    )
    culture, finance = assignments(secs, doc="d", plan="220/KH-UBND")
    assert (culture.number, culture.lead) == ("IV.2", "Sở Văn hóa, Thể thao và Du lịch")
    assert culture.task == "Tổ chức truyền thông, phổ biến Kế hoạch này."
    assert (finance.number, finance.lead) == ("IV.3", "Sở Tài chính")
    assert finance.task.startswith("- Chủ trì, tổ chức giám sát") and finance.task.endswith(
        "cán bộ đầu mối của các đơn vị."
    )
