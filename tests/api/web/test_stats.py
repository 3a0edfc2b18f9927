"""Figures per agency and month, on the real ticket store (SQLite), with a controlled clock."""

from __future__ import annotations

import datetime as dt

import pytest

from api.web.stats import Period, agency_figures, monthly_figures
from tickets.domain import TicketCreate
from tickets.service import TicketService

REQUEST = {
    "name": "Lê Văn Bình",
    "phone": "0912345678",
    "description": "Vướng mắc về thuế cần hỗ trợ giải quyết.",
}


NOW = {"t": dt.datetime(2026, 3, 30, 3, 0)}


@pytest.fixture
def svc(tmp_path):
    NOW["t"] = dt.datetime(2026, 3, 30, 3, 0)
    service = TicketService.open(f"sqlite:///{tmp_path / 't.sqlite3'}", clock=lambda: NOW["t"])
    yield service
    service.close()


def test_period_bounds() -> None:
    q1 = Period.quarter(2026, 1)
    assert q1.contains(dt.datetime(2026, 3, 31, 23, 59)) and not q1.contains(dt.datetime(2026, 4, 1))
    q4 = Period.quarter(2026, 4)
    assert q4.end == dt.datetime(2027, 1, 1) and q4.label == "Quý 4/2026"


def test_received_and_resolved_are_counted_in_their_own_quarter(svc) -> None:
    officer = svc.add_staff("thue", "mat-khau-rat-dai-123", "agency", "Thuế thành phố")
    first = svc.create(TicketCreate.model_validate({**REQUEST, "field": "thue"}), channel="web")
    svc.create(TicketCreate.model_validate({**REQUEST, "field": "thue"}), channel="web")
    NOW["t"] = dt.datetime(2026, 4, 2, 3, 0)
    for status in ("acknowledged", "in_progress", "resolved"):
        svc.transition(officer, first.code, status, "Đã giải quyết" if status == "resolved" else None)
    svc.rate(first.code, first.token, 3, None)
    with svc.session() as session:
        q1 = agency_figures(session, Period.quarter(2026, 1))
        q2 = agency_figures(session, Period.quarter(2026, 2))
        months = monthly_figures(session, Period.year(2026))
        only_other = agency_figures(session, Period.quarter(2026, 1), "Sở Xây dựng")
    assert [(f.agency, f.received, f.resolved) for f in q1] == [("Thuế thành phố", 2, 0)]
    assert q1[0].on_time_rate is None
    (q2_row,) = q2
    assert (q2_row.received, q2_row.resolved, q2_row.on_time, q2_row.mean_rating) == (0, 1, 1, 3.0)
    assert q2_row.on_time_rate == 100.0
    assert [(m.month, m.received, m.resolved) for m in months[2:4]] == [("03/2026", 2, 0), ("04/2026", 0, 1)]
    assert only_other == []
