"""The quarterly report of plan 220/KH-UBND: per agency and field, received / resolved / on time / overdue."""

from __future__ import annotations

import csv
import datetime as dt
import io
import statistics
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

from tickets.deadlines import VN_OFFSET
from tickets.errors import ValidationFailed
from tickets.models import Ticket
from tickets.projections import is_overdue
from tickets.repository import TicketRepository

COLUMNS = (
    ("agency", "Cơ quan"),
    ("field", "Lĩnh vực"),
    ("received", "Tiếp nhận"),
    ("resolved", "Đã giải quyết"),
    ("on_time", "Đúng hạn"),
    ("overdue", "Quá hạn"),
    ("median_days_to_resolve", "Trung vị ngày làm việc để giải quyết"),
    ("mean_rating", "Điểm hài lòng trung bình"),
)


@dataclass
class ReportRow:
    agency: str
    field: str
    received: int = 0
    resolved: int = 0
    on_time: int = 0
    overdue: int = 0
    median_days_to_resolve: float | None = None
    mean_rating: float | None = None

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass
class Report:
    year: int
    quarter: int | None  # None: the whole year
    start: dt.date
    end: dt.date
    rows: list[ReportRow] = field(default_factory=list)
    total: ReportRow = field(default_factory=lambda: ReportRow("Tổng cộng", "tất cả"))

    def to_dict(self) -> dict[str, Any]:
        return {
            "year": self.year,
            "quarter": self.quarter,
            "period": {"start": self.start.isoformat(), "end": self.end.isoformat()},
            "rows": [r.to_dict() for r in self.rows],
            "total": self.total.to_dict(),
        }

    @property
    def title(self) -> str:
        return f"quý {self.quarter}/{self.year}" if self.quarter else f"năm {self.year}"

    def to_csv(self) -> str:
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow([label for _, label in COLUMNS])
        for row in [*self.rows, self.total]:
            writer.writerow([_cell(getattr(row, key)) for key, _ in COLUMNS])
        return out.getvalue()

    def to_xlsx(self) -> bytes:
        from openpyxl import Workbook

        book = Workbook()
        sheet = book.active
        assert sheet is not None
        sheet.title = f"Q{self.quarter}-{self.year}" if self.quarter else f"Nam-{self.year}"
        sheet.append([f"Báo cáo CÙNG THÀNH CÔNG {self.title}"])
        sheet.append([label for _, label in COLUMNS])
        for row in [*self.rows, self.total]:
            sheet.append([getattr(row, key) for key, _ in COLUMNS])
        out = io.BytesIO()
        book.save(out)
        return out.getvalue()


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.2f}"
    return str(value)


def quarter_bounds(year: int, quarter: int) -> tuple[dt.date, dt.date]:
    if not 1 <= quarter <= 4:
        raise ValidationFailed("quarter", "Trường 'quarter' (quý): phải từ 1 đến 4.")
    if not 2000 <= year <= 2100:
        raise ValidationFailed("year", "Trường 'year' (năm): không hợp lệ.")
    start = dt.date(year, 3 * quarter - 2, 1)
    end = dt.date(year + 1, 1, 1) if quarter == 4 else dt.date(year, 3 * quarter + 1, 1)
    return start, end - dt.timedelta(days=1)


def _utc(day: dt.date) -> dt.datetime:
    local = dt.datetime.combine(day, dt.time(), tzinfo=VN_OFFSET)
    return local.astimezone(dt.UTC).replace(tzinfo=None)


def _fill(row: ReportRow, tickets: list[Any], as_of: dt.date) -> ReportRow:
    days = [t.resolved_working_days for t in tickets if t.resolved_working_days is not None]
    ratings = [t.rating_score for t in tickets if t.rating_score is not None]
    row.received = len(tickets)
    row.resolved = sum(1 for t in tickets if t.resolved_at is not None)
    row.on_time = sum(1 for t in tickets if t.resolved_on_time)
    row.overdue = sum(1 for t in tickets if t.resolved_on_time is False or is_overdue(t, as_of))
    row.median_days_to_resolve = float(statistics.median(days)) if days else None
    row.mean_rating = round(statistics.fmean(ratings), 2) if ratings else None
    return row


class ReportOps(TicketRepository):
    def quarterly_report(self, year: int, quarter: int) -> Report:
        """Tickets received in the quarter (Vietnam dates), grouped by agency and field."""
        start, end = quarter_bounds(year, quarter)
        return self._report(Report(year, quarter, start, end))

    def annual_report(self, year: int) -> Report:
        """The year's report (the plan asks for it before 10 December): the same figures over the year."""
        start, end = quarter_bounds(year, 1)[0], quarter_bounds(year, 4)[1]
        return self._report(Report(year, None, start, end))

    def _report(self, report: Report) -> Report:
        start, end = report.start, report.end
        as_of = min(self.today(), end)
        query = select(
            Ticket.agency,
            Ticket.field,
            Ticket.status,
            Ticket.due_date,
            Ticket.ack_due_date,
            Ticket.resolved_at,
            Ticket.resolved_on_time,
            Ticket.resolved_working_days,
            Ticket.rating_score,
        ).where(Ticket.created_at >= _utc(start), Ticket.created_at < _utc(end + dt.timedelta(days=1)))
        groups: dict[tuple[str, str], list[Any]] = defaultdict(list)
        with self._read() as session:
            every = list(session.execute(query))
        for ticket in every:
            groups[(ticket.agency, ticket.field)].append(ticket)
        for (agency, field_key), tickets in sorted(groups.items()):
            label = self.router.fields[field_key].label if field_key in self.router.fields else field_key
            report.rows.append(_fill(ReportRow(agency, label), tickets, as_of))
        _fill(report.total, every, as_of)
        return report
