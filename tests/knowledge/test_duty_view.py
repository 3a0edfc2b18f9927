"""One duty row for every channel: built from a task, or from the task a duty answer's record carries."""

from __future__ import annotations

from dataclasses import asdict

from knowledge.duties import DutyTask
from knowledge.duty_view import duty_row, task_of_record

TASK = DutyTask(
    plan="220/KH-UBND",
    number="3",
    role="shared",
    task="Rà soát thủ tục  xem tại https://a.vn/x ;",
    lead="Sở Tài chính",
    cooperate="",
    period="Năm 2026",
    completion="Năm 2026",
    group="Các sở, ban, ngành",
    group_role="lead",
    doc="kh220.txt",
    section="Phụ lục I",
    status="in_force",
)


def test_a_record_gives_back_the_task() -> None:
    assert task_of_record(asdict(TASK)) == TASK


def test_the_row_has_labels_and_no_completion_that_repeats_the_period() -> None:
    row = duty_row(TASK)
    assert (row.role_label, row.status_label) == ("Chung", "đang có hiệu lực")
    assert row.completion == "" and row.when == "Năm 2026"
    assert row.task == TASK.task and row.group == "Các sở, ban, ngành"
    assert duty_row(TASK, clean=lambda text: text.upper()).task == TASK.task.upper()
