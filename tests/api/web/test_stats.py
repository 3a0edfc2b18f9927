"""Figures per agency and month, and the evaluation summaries, on the real ticket store (SQLite and
PostgreSQL through the tickets fixtures), with the fixtures' hand-moved clock."""

from __future__ import annotations

import datetime as dt

from api.web.evaluations import EvaluationInput, parse_form, store, summaries
from api.web.stats import Period, agency_figures, monthly_figures
from tests.fixtures_tickets import FakeClock, vn_time
from tickets.domain import TicketCreate
from tickets.service import TicketService

REQUEST = {
    "name": "Lê Văn Bình",
    "phone": "0912345678",
    "description": "Vướng mắc về thuế cần hỗ trợ giải quyết.",
}


def test_period_bounds() -> None:
    q1 = Period.quarter(2026, 1)
    assert q1.contains(dt.datetime(2026, 3, 31, 23, 59)) and not q1.contains(dt.datetime(2026, 4, 1))
    q4 = Period.quarter(2026, 4)
    assert q4.end == dt.datetime(2027, 1, 1) and q4.label == "Quý 4/2026"


def test_received_and_resolved_are_counted_in_their_own_quarter(
    ticket_service: TicketService, ticket_clock: FakeClock
) -> None:
    svc = ticket_service
    officer = svc.add_staff("thue", "mat-khau-rat-dai-123", "agency", "Thuế thành phố")
    ticket_clock.set(vn_time(2026, 3, 30))
    first = svc.create(TicketCreate.model_validate({**REQUEST, "field": "thue"}), channel="web")
    svc.create(TicketCreate.model_validate({**REQUEST, "field": "thue"}), channel="web")
    ticket_clock.set(vn_time(2026, 4, 2))
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
    assert q2_row.on_time_rate == 100.0 and q2_row.median_days is not None
    assert [(m.month, m.received, m.resolved) for m in months[2:4]] == [("03/2026", 2, 0), ("04/2026", 0, 1)]
    assert only_other == []


def test_evaluations_are_summarised_per_agency_and_quarter(ticket_service: TicketService) -> None:
    svc = ticket_service
    user = svc.add_staff("hiephoi", "mat-khau-rat-dai-123", "association")
    other = svc.add_staff("hiephoi2", "mat-khau-rat-dai-123", "association")
    answers = {key: 4 for key in ("tiep_nhan", "thoi_gian", "chat_luong", "thai_do", "minh_bach", "hai_long")}
    with svc.session() as session:
        store(session, EvaluationInput("Sở Xây dựng", 2026, 1, answers, None), user.id)
        store(session, EvaluationInput("Sở Xây dựng", 2026, 1, {**answers, "hai_long": 2}, "Chậm"), other.id)
        store(session, EvaluationInput("Sở Xây dựng", 2026, 2, answers, None), user.id)
        store(session, EvaluationInput("Sở Y tế", 2025, 4, answers, None), user.id)
    with svc.session() as session:
        rows = summaries(session, 2026)
    assert [(r.agency, r.quarter, r.count) for r in rows] == [("Sở Xây dựng", 2, 1), ("Sở Xây dựng", 1, 2)]
    assert rows[1].means["hai_long"] == 3.0 and rows[1].means["tiep_nhan"] == 4.0
    assert rows[1].overall == round((4 * 5 + 3) / 6, 2)


def test_evaluation_form_parsing() -> None:
    form = {"agency": "Sở Y tế", "year": "2026", "quarter": "5", "q_tiep_nhan": "6", "comment": "x" * 2001}
    data, errors = parse_form(form, ["Sở Y tế"], [2026])
    assert data is None
    assert set(errors) == {
        "quarter",
        "comment",
        "q_tiep_nhan",
        "q_thoi_gian",
        "q_chat_luong",
        "q_thai_do",
        "q_minh_bach",
        "q_hai_long",
    }
    good = {"agency": "Sở Y tế", "year": "2026", "quarter": "2", "comment": "  "}
    good.update(
        {f"q_{k}": "5" for k in ("tiep_nhan", "thoi_gian", "chat_luong", "thai_do", "minh_bach", "hai_long")}
    )
    data, errors = parse_form(good, ["Sở Y tế"], [2026])
    assert errors == {} and data is not None and data.comment is None and data.answers["hai_long"] == 5
