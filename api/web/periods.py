"""The year/quarter picked on the dashboards, read from the query string with safe defaults."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from fastapi import Request

from api.web.forms import small_int

FIRST_YEAR = 2024


@dataclass(frozen=True)
class Choice:
    year: int
    quarter: int
    years: list[int]


def chosen_quarter(request: Request, today: dt.date | None = None) -> Choice:
    today = today or dt.date.today()
    years = list(range(today.year + 1, FIRST_YEAR - 1, -1))
    raw_year = request.query_params.get("year", "")
    raw_quarter = request.query_params.get("quarter", "")
    parsed = small_int(raw_year)
    year = parsed if parsed in years else today.year
    quarter = int(raw_quarter) if raw_quarter in ("1", "2", "3", "4") else (today.month - 1) // 3 + 1
    return Choice(year, quarter, years)
