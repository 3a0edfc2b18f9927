"""Structured records: what ingest writes under <data_dir>/records/ and indexes as "record" chunks."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True)
class TaskRecord:
    """One row of a plan's task table (Phụ lục I of 220/KH-UBND, the 3822/KH-BQL appendix ...)."""

    doc: str
    plan: str  # the plan's number ("220/KH-UBND"), or its title when it has none
    number: str  # "39", "I"
    group: str  # the PCI sub-index the row sits under, e.g. "IV. Chi phí tuân thủ"
    task: str
    lead: str
    cooperate: str
    period: str
    completion: str
    section: str
    headers: dict[str, str] = field(default_factory=dict)  # field -> the table's own column header
    extra: dict[str, str] = field(default_factory=dict)  # other columns (scores, targets ...)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class ReportDuty:
    """A reporting duty: who reports what, to whom, by when."""

    doc: str
    plan: str
    reporter: str  # "Các đơn vị thực hiện ...", as the text says
    what: str
    to: str
    frequency: str  # "hàng quý", "hàng năm", "hàng tháng", "một lần"
    deadline: str  # "trước ngày 20 của các tháng 3, 6, 9"
    text: str  # the sentence it comes from
    section: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class ListRecord:
    """A row of a data list (contacts, procedures, business lines, agencies) or of another table."""

    doc: str
    list_name: str  # "contacts_haiphong", or a table's caption
    fields: dict[str, str]
    labels: dict[str, str]  # field -> Vietnamese label
    legal_basis: str = ""
    validity: str = ""
    source: str = ""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
