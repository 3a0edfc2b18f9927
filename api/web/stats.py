"""Aggregate figures for the staff dashboard and the associations' page.

Only non-personal columns of the ticket table are ever selected here (agency, dates, status, rating),
so nothing this module returns can carry a requester's name, phone, tax code or e-mail.
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from tickets.models import Ticket


@dataclass(frozen=True)
class Period:
    start: dt.datetime
    end: dt.datetime  # exclusive
    label: str

    @classmethod
    def quarter(cls, year: int, quarter: int) -> Period:
        start = dt.datetime(year, 3 * quarter - 2, 1)
        end = dt.datetime(year + 1, 1, 1) if quarter == 4 else dt.datetime(year, 3 * quarter + 1, 1)
        return cls(start, end, f"Quý {quarter}/{year}")

    @classmethod
    def year(cls, year: int) -> Period:
        return cls(dt.datetime(year, 1, 1), dt.datetime(year + 1, 1, 1), f"Năm {year}")

    def contains(self, moment: dt.datetime | None) -> bool:
        return moment is not None and self.start <= moment < self.end


@dataclass(frozen=True)
class AgencyFigures:
    agency: str
    received: int
    resolved: int
    on_time: int
    median_days: float | None
    mean_rating: float | None
    ratings: int

    @property
    def on_time_rate(self) -> float | None:
        return round(100.0 * self.on_time / self.resolved, 1) if self.resolved else None


@dataclass(frozen=True)
class MonthFigures:
    month: str
    received: int
    resolved: int
    on_time: int


@dataclass(frozen=True)
class _Row:
    agency: str
    created_at: dt.datetime
    resolved_at: dt.datetime | None
    working_days: int | None
    on_time: bool | None
    rating: int | None


def _rows(session: Session, period: Period, agency: str | None) -> list[_Row]:
    stmt = select(
        Ticket.agency,
        Ticket.created_at,
        Ticket.resolved_at,
        Ticket.resolved_working_days,
        Ticket.resolved_on_time,
        Ticket.rating_score,
    ).where(
        or_(
            (Ticket.created_at >= period.start) & (Ticket.created_at < period.end),
            (Ticket.resolved_at >= period.start) & (Ticket.resolved_at < period.end),
        )
    )
    if agency:
        stmt = stmt.where(Ticket.agency == agency)
    return [_Row(*row) for row in session.execute(stmt).all()]


def agency_figures(session: Session, period: Period, agency: str | None = None) -> list[AgencyFigures]:
    """Per agency: received (created in the period), resolved and on time (resolved in the period),
    median working days to resolve and mean rating (of those resolved in the period)."""
    groups: dict[str, list[_Row]] = defaultdict(list)
    for row in _rows(session, period, agency):
        groups[row.agency].append(row)
    result = []
    for name in sorted(groups):
        rows = groups[name]
        resolved = [r for r in rows if period.contains(r.resolved_at)]
        days = [r.working_days for r in resolved if r.working_days is not None]
        ratings = [r.rating for r in resolved if r.rating is not None]
        result.append(
            AgencyFigures(
                agency=name,
                received=sum(1 for r in rows if period.contains(r.created_at)),
                resolved=len(resolved),
                on_time=sum(1 for r in resolved if r.on_time),
                median_days=float(statistics.median(days)) if days else None,
                mean_rating=round(statistics.fmean(ratings), 2) if ratings else None,
                ratings=len(ratings),
            )
        )
    return result


def monthly_figures(session: Session, period: Period, agency: str | None = None) -> list[MonthFigures]:
    received: dict[str, int] = defaultdict(int)
    resolved: dict[str, int] = defaultdict(int)
    on_time: dict[str, int] = defaultdict(int)
    months = []
    cursor = period.start
    while cursor < period.end:
        months.append(f"{cursor.month:02d}/{cursor.year}")
        cursor = dt.datetime(cursor.year + cursor.month // 12, cursor.month % 12 + 1, 1)
    for row in _rows(session, period, agency):
        if period.contains(row.created_at):
            received[f"{row.created_at.month:02d}/{row.created_at.year}"] += 1
        if row.resolved_at is not None and period.contains(row.resolved_at):
            key = f"{row.resolved_at.month:02d}/{row.resolved_at.year}"
            resolved[key] += 1
            on_time[key] += 1 if row.on_time else 0
    return [MonthFigures(m, received[m], resolved[m], on_time[m]) for m in months]


def known_agencies(session: Session) -> list[str]:
    return sorted(set(session.scalars(select(Ticket.agency).distinct())))
