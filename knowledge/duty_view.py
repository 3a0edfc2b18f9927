"""One duty row as readers see it, the same in the officers' duty table (api/web/duty_table.py) and in
the answer parts every chat channel lays out (bot/answer_parts.py): the fields of a DutyTask, with the
role and the plan's status also as labels."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from knowledge.duties import STATUS_LABELS, DutyTask, Role

ROLE_SHORT: dict[str, str] = {"lead": "Chủ trì", "cooperate": "Phối hợp", "shared": "Chung"}
_ROLES: dict[str, Role] = {"lead": "lead", "cooperate": "cooperate", "shared": "shared"}


@dataclass(frozen=True)
class DutyRow:
    plan: str
    status: str  # the plan's: in_force | replaced | unknown
    status_label: str  # "" when unknown
    role: Role
    role_label: str  # Chủ trì | Phối hợp | Chung
    number: str
    task: str
    pci_index: str
    period: str
    completion: str  # "" when it says no more than the period
    lead: str
    cooperate: str
    group: str  # the group a shared task is given to
    doc: str
    section: str

    @property
    def when(self) -> str:
        """The one date to show when there is room for one."""
        return self.completion or self.period


def _as_is(text: str) -> str:
    return text


def duty_row(task: DutyTask, clean: Callable[[str], str] = _as_is) -> DutyRow:
    """The row of `task`; `clean` is applied to the texts a reader sees (task, index, dates)."""
    return DutyRow(
        plan=task.plan,
        status=task.status,
        status_label=STATUS_LABELS.get(task.status, ""),
        role=task.role,
        role_label=ROLE_SHORT[task.role],
        number=task.number,
        task=clean(task.task),
        pci_index=clean(task.pci_index),
        period=clean(task.period),
        completion=clean(task.completion) if task.completion != task.period else "",
        lead=task.lead,
        cooperate=task.cooperate,
        group=task.group,
        doc=task.doc,
        section=task.section,
    )


def task_of_record(item: Mapping[str, Any]) -> DutyTask:
    """A task back from a duty answer's record, which carries each as `dataclasses.asdict` of it."""

    def text(key: str) -> str:
        return str(item.get(key) or "")

    return DutyTask(
        plan=text("plan"),
        number=text("number"),
        role=_ROLES[text("role")],
        task=text("task"),
        lead=text("lead"),
        cooperate=text("cooperate"),
        period=text("period"),
        completion=text("completion"),
        group=text("group"),
        group_role=text("group_role"),
        pci_index=text("pci_index"),
        doc=text("doc"),
        section=text("section"),
        status=text("status") or "unknown",
    )
