"""The officers' duty table (/nhiem-vu): an agency's tasks as rows, filtered by role and text, grouped
by plan (plans in force first), and the same rows as an XLSX workbook."""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from urllib.parse import urlencode

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from knowledge.duties import STATUS_LABELS, DutiesResult, DutyReport, DutyTask
from knowledge.duty_view import ROLE_SHORT, DutyRow, duty_row
from knowledge.text import fold

ROLES = ROLE_SHORT  # the roles the table filters by
COLUMNS = (
    "Kế hoạch",
    "Vai trò",
    "Số nhiệm vụ",
    "Nhiệm vụ",
    "Chỉ số thành phần",
    "Thời gian thực hiện",
    "Thời hạn hoàn thành",
    "Cơ quan chủ trì",
    "Cơ quan phối hợp",
)


@dataclass
class PlanGroup:
    plan: str
    status: str
    status_label: str
    rows: list[DutyRow] = field(default_factory=list)
    reports: list[DutyReport] = field(default_factory=list)


def passage_url(row: DutyRow) -> str:
    """The page of the passage the row was read from (a template filter)."""
    return "/nhiem-vu/doan-trich?" + urlencode({"doc": row.doc, "section": row.section})


def row_cells(row: DutyRow) -> tuple[str, ...]:
    """The row under COLUMNS."""
    return (
        row.plan,
        row.role_label,
        row.number,
        row.task,
        row.pci_index,
        row.period,
        row.completion,
        row.lead,
        row.cooperate,
    )


def matches(task: DutyTask, role: str, words: list[str]) -> bool:
    if role in ROLES and task.role != role:
        return False
    if not words:
        return True
    have = fold(" ".join((task.number, task.task, task.pci_index, task.period, task.completion)))
    return all(w in have for w in words)


def table(result: DutiesResult, role: str = "", text: str = "") -> list[PlanGroup]:
    """The rows of `result` kept by the filters, by plan in the order of the look-up (in force first)."""
    words = fold(text).split()
    groups: dict[str, PlanGroup] = {}
    for task in result.tasks:
        if not matches(task, role, words):
            continue
        group = groups.setdefault(
            task.plan, PlanGroup(task.plan, task.status, STATUS_LABELS.get(task.status, ""))
        )
        group.rows.append(duty_row(task))
    for report in result.reports:
        if report.plan in groups:
            groups[report.plan].reports.append(report)
    return sorted(groups.values(), key=lambda g: g.status != "in_force")


def role_counts(result: DutiesResult) -> dict[str, int]:
    return {role: sum(1 for t in result.tasks if t.role == role) for role in ROLES}


def workbook(agency: str, groups: list[PlanGroup]) -> bytes:
    """The table's rows (the same, in the same order) as an XLSX file, with a sheet of report duties."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Nhiệm vụ"
    sheet.append([f"Nhiệm vụ của {agency}"])
    sheet["A1"].font = Font(bold=True, size=13)
    sheet.append(list(COLUMNS))
    for cell in sheet[2]:
        cell.font = Font(bold=True)
    for group in groups:
        for row in group.rows:
            sheet.append(list(row_cells(row)))
    widths = (16, 10, 10, 70, 26, 20, 20, 30, 30)
    for index, width in enumerate(widths):
        sheet.column_dimensions[chr(ord("A") + index)].width = width
    for cells in sheet.iter_rows(min_row=3):
        for cell in cells:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    reports = book.create_sheet("Báo cáo")
    reports.append(["Kế hoạch", "Nội dung báo cáo", "Kỳ", "Thời hạn", "Gửi"])
    for group in groups:
        for report in group.reports:
            reports.append([report.plan, report.what, report.frequency, report.deadline, report.to])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def xlsx_name(agency: str) -> str:
    slug = "-".join(fold(agency).split()) or "co-quan"
    return f"nhiem-vu-{slug}.xlsx"
