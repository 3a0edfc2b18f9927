from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.duties import DutiesBook, render_text


@pytest.fixture(scope="module")
def book(shipped_records_dir: Path) -> DutiesBook:
    return DutiesBook.open(shipped_records_dir)


def test_finance_department_leads_cooperates_and_shares(book: DutiesBook) -> None:
    result = book.lookup("Sở Tài chính")
    assert result.found and result.agency == "Sở Tài chính"
    by_role: dict[str, list[str]] = {}
    for task in result.tasks:
        assert task.plan == "220/KH-UBND" and task.status == "in_force"
        by_role.setdefault(task.role, []).append(task.number)
    assert by_role["lead"] == ["1", "2", "32", "50", "70", "IV.3"]  # Phụ lục I rows, then "Tổ chức thực hiện"
    assert by_role["cooperate"] == ["14", "18", "19", "25", "48"]
    shared = {t.number: t for t in result.tasks if t.role == "shared"}
    assert (
        "39" in shared
        and shared["39"].group == "Các Sở, ban, ngành"
        and shared["39"].group_role == "cooperate"
    )
    assert "cấp phép" in shared["3"].group  # "Các Sở, ban, ngành phụ trách những lĩnh vực cấp phép ..."
    task1 = next(t for t in result.tasks if t.number == "1")
    assert task1.pci_index == "I. Gia nhập thị trường"
    assert (task1.period, task1.completion) == ("Thực hiện thường xuyên", "Thực hiện thường xuyên")


def test_reports_what_to_whom_and_by_when(book: DutiesBook) -> None:
    result = book.lookup("STC")
    deadlines = {(r.plan, r.frequency): (r.deadline, r.to) for r in result.reports}
    assert deadlines[("220/KH-UBND", "hàng quý")] == ("trước ngày 20 của các tháng 3, 6, 9", "Sở Tài chính")
    assert deadlines[("220/KH-UBND", "hàng năm")] == ("trước ngày 10 tháng 12", "Sở Tài chính")
    assert all(r.plan == "220/KH-UBND" for r in result.reports)


def test_economic_zone_authority_has_its_own_plans_reports(book: DutiesBook) -> None:
    result = book.lookup("BQL KKT")
    assert {t.number for t in result.tasks if t.role == "lead"} == {"70"}
    reports = {(r.plan, r.frequency): r for r in result.reports}
    assert reports[("3822/KH-BQL", "hàng quý")].deadline == "trước ngày 15 của các tháng 3, 6, 9"
    assert reports[("3822/KH-BQL", "hàng năm")].to == "Văn phòng Ban Quản lý"
    assert any(r.frequency == "hàng tháng" for r in result.reports)  # the 2024 administrative reform plan


def test_units_named_only_in_a_table(book: DutiesBook) -> None:
    result = book.lookup("Văn phòng BQL")
    assert result.found
    assert {(t.plan, t.number, t.role) for t in result.tasks} >= {
        ("3822/KH-BQL", "I", "lead"),
        ("3822/KH-BQL", "II", "cooperate"),
    }


def test_ward_gets_shared_commune_tasks_and_its_plan(book: DutiesBook) -> None:
    result = book.lookup("UBND phường Hồng Bàng")
    assert result.tasks and all(
        t.role == "shared" and t.group.startswith("UBND các xã") for t in result.tasks
    )
    assert any(
        r.to == "phòng Kinh tế - Hạ tầng và Đô thị" and r.deadline == "trước ngày 05/12"
        for r in result.reports
    )


def test_unknown_agency_and_json_shape(book: DutiesBook) -> None:
    result = book.lookup("Bộ Ngoại giao")
    assert not result.found and result.suggestions
    assert result.message.startswith("Không tìm thấy cơ quan “Bộ Ngoại giao”")
    data = book.lookup("so tai chinh").to_dict()
    assert data["agency"] == "Sở Tài chính"
    assert set(data["tasks"][0]) >= {
        "plan",
        "number",
        "role",
        "task",
        "lead",
        "cooperate",
        "period",
        "completion",
    }
    assert set(data["reports"][0]) >= {"what", "to", "deadline", "frequency", "plan"}


def test_render_text_in_vietnamese(book: DutiesBook) -> None:
    text = render_text(book.lookup("Sở Tài chính"))
    assert text.startswith("Nhiệm vụ của Sở Tài chính")
    assert "Kế hoạch 220/KH-UBND (đang có hiệu lực)" in text
    assert "  Chủ trì (6):" in text and "Chế độ báo cáo:" in text
    assert "• Mục IV.3 – Tổ chức thực hiện: - Chủ trì, tổ chức giám sát việc thực hiện Kế hoạch này" in text
    assert render_text(book.lookup("xyz không có")).startswith("Không tìm thấy cơ quan")


def test_without_records(tmp_path: Path) -> None:
    result = DutiesBook.open(tmp_path).lookup("Sở Tài chính")
    assert result.found and not result.tasks
    assert "trolyao ingest" in result.message


def test_the_ingested_agency_list_is_used(shipped_records_dir: Path) -> None:
    from knowledge.duties import _directory

    directory = _directory(shipped_records_dir / "records")
    merged = directory.match("Sở Kế hoạch và Đầu tư thành phố Hải Phòng").agency
    assert merged is not None and merged.name == "Sở Tài chính"
    assert "Cục Thi hành án dân sự thành phố" in directory.agencies


def test_the_commune_level_asked_as_a_whole_leads_its_rows(book: DutiesBook) -> None:
    result = book.lookup("Ủy ban nhân dân các xã, phường, đặc khu")
    assert result.found and result.agency == "UBND các xã, phường, đặc khu"  # not the city committee
    assert result.tasks and {t.role for t in result.tasks} <= {"lead", "cooperate"}
    ward = book.lookup("UBND phường Hồng Bàng")
    assert {t.number for t in ward.tasks} == {t.number for t in result.tasks if t.plan == "220/KH-UBND"}


def test_a_document_assigns_duties_when_it_has_task_rows_or_reports() -> None:
    from knowledge.agencies import AgencyDirectory

    task = {
        "doc": "plan.txt",
        "plan": "Kế hoạch",
        "number": "1",
        "task": "x",
        "lead": "Sở Tài chính",
        "cooperate": "",
    }
    report = {"doc": "ward.docx", "plan": "Kế hoạch", "reporter": "Phòng Kinh tế", "what": "kết quả"}
    book = DutiesBook([task], [report], [], AgencyDirectory.shipped())
    assert book.assigns("plan.txt") and book.assigns("ward.docx")
    assert not book.assigns("report.txt")
