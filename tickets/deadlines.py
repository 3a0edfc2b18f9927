"""Vietnamese working days: weekends, public holidays (Tết included) and the city's own days off."""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterable
from pathlib import Path

import holidays

VN_OFFSET = dt.timezone(dt.timedelta(hours=7))
CITY_DAYS_OFF = Path(__file__).resolve().parent / "data" / "city_days_off.csv"


def local_date(moment: dt.datetime) -> dt.date:
    """The date in Vietnam of a naive-UTC (or aware) datetime."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(VN_OFFSET).date()


class WorkingCalendar:
    def __init__(self, days_off: Iterable[dt.date] = (), working_days: Iterable[dt.date] = ()) -> None:
        self.days_off = set(days_off)
        self.working_days = set(working_days)  # make-up Saturdays
        self._holidays = holidays.country_holidays("VN")

    @classmethod
    def load(cls, path: Path = CITY_DAYS_OFF) -> WorkingCalendar:
        off: list[dt.date] = []
        work: list[dt.date] = []
        if path.exists():
            with path.open(encoding="utf-8") as fh:
                for row in csv.DictReader(fh):
                    day = dt.date.fromisoformat(row["date"])
                    (work if row.get("kind") == "work" else off).append(day)
        return cls(off, work)

    def is_working_day(self, day: dt.date) -> bool:
        if day in self.working_days:
            return True
        if day in self.days_off or day.weekday() >= 5:
            return False
        return day not in self._holidays

    def add_working_days(self, start: dt.date, count: int) -> dt.date:
        """The date of the `count`-th working day after `start` (start itself not counted)."""
        day = start
        remaining = count
        while remaining > 0:
            day += dt.timedelta(days=1)
            if self.is_working_day(day):
                remaining -= 1
        return day

    def working_days_between(self, start: dt.date, end: dt.date) -> int:
        """Working days d with start < d <= end (0 when end <= start)."""
        count = 0
        day = start
        while day < end:
            day += dt.timedelta(days=1)
            if self.is_working_day(day):
                count += 1
        return count
