"""One evaluation per association account, agency and quarter, on both databases: storing again replaces
the answers, and the database itself refuses a second row."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from api.web import evaluations
from tickets.models import Evaluation
from tickets.service import TicketService


def test_a_resubmission_replaces_the_evaluation(ticket_service: TicketService) -> None:
    user = ticket_service.add_staff("hiephoi", "mat-khau-du-dai", "association")
    first = evaluations.EvaluationInput("Sở Xây dựng", 2026, 1, {"hai_long": 5}, None)
    again = evaluations.EvaluationInput("Sở Xây dựng", 2026, 1, {"hai_long": 2}, "Chậm")
    with ticket_service.session() as session:
        evaluations.store(session, first, user.id)
    with ticket_service.session() as session:
        evaluations.store(session, again, user.id)
    with ticket_service.session() as session:
        [summary] = evaluations.summaries(session, 2026)
        assert summary.count == 1 and summary.means["hai_long"] == 2
    with pytest.raises(IntegrityError), ticket_service.session() as session:
        session.add(Evaluation(agency="Sở Xây dựng", year=2026, quarter=1, user_id=user.id, answers="{}"))
        session.flush()
    with ticket_service.session() as session:
        assert session.scalar(select(func.count()).select_from(Evaluation)) == 1
