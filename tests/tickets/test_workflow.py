"""The workflow table: every legal and illegal staff transition, through the store, on both databases."""

from __future__ import annotations

import pytest

from tests.tickets.helpers import coordinator, create
from tickets.domain import Status
from tickets.errors import InvalidTransition, ValidationFailed
from tickets.service import TicketService
from tickets.workflow import TRANSITIONS

S = Status
EXPECTED_LEGAL = {
    (S.NEW, S.ACKNOWLEDGED),
    (S.NEW, S.REJECTED),
    (S.ACKNOWLEDGED, S.IN_PROGRESS),
    (S.ACKNOWLEDGED, S.REJECTED),
    (S.IN_PROGRESS, S.WAITING_REQUESTER),
    (S.IN_PROGRESS, S.RESOLVED),
    (S.IN_PROGRESS, S.REJECTED),
    (S.WAITING_REQUESTER, S.IN_PROGRESS),
    (S.WAITING_REQUESTER, S.RESOLVED),
    (S.WAITING_REQUESTER, S.REJECTED),
    (S.RESOLVED, S.CLOSED),
}
PATH_TO = {
    S.NEW: [],
    S.ACKNOWLEDGED: [S.ACKNOWLEDGED],
    S.IN_PROGRESS: [S.ACKNOWLEDGED, S.IN_PROGRESS],
    S.WAITING_REQUESTER: [S.ACKNOWLEDGED, S.IN_PROGRESS, S.WAITING_REQUESTER],
    S.RESOLVED: [S.ACKNOWLEDGED, S.IN_PROGRESS, S.RESOLVED],
    S.CLOSED: [S.ACKNOWLEDGED, S.IN_PROGRESS, S.RESOLVED, S.CLOSED],
    S.REJECTED: [S.REJECTED],
}


def test_table_is_the_documented_one() -> None:
    actual = {(a, b) for a, targets in TRANSITIONS.items() for b in targets}
    assert actual == EXPECTED_LEGAL


@pytest.mark.parametrize("start", list(Status))
def test_every_transition_from(ticket_service: TicketService, start: Status) -> None:
    user = coordinator(ticket_service)
    for target in Status:
        ticket = create(ticket_service)
        for step in PATH_TO[start]:
            ticket_service.transition(user, ticket.code, step.value, "lý do" if step is S.REJECTED else None)
        note = "Không thuộc thẩm quyền" if target is S.REJECTED else None
        if (start, target) in EXPECTED_LEGAL:
            view = ticket_service.transition(user, ticket.code, target.value, note)
            assert view.status == target.value
            assert view.history[-1].from_value == start.value
            assert view.history[-1].to_value == target.value
        else:
            with pytest.raises(InvalidTransition):
                ticket_service.transition(user, ticket.code, target.value, note)
            assert ticket_service.staff_get(user, ticket.code).status == start.value


def test_rejection_needs_a_reason(ticket_service: TicketService) -> None:
    user = coordinator(ticket_service)
    ticket = create(ticket_service)
    with pytest.raises(ValidationFailed) as err:
        ticket_service.transition(user, ticket.code, "rejected", "  ")
    assert err.value.field == "note"
    view = ticket_service.transition(user, ticket.code, "rejected", "Nội dung không thuộc phạm vi hỗ trợ")
    assert view.rejected_reason == "Nội dung không thuộc phạm vi hỗ trợ"
    public = ticket_service.requester_view(ticket.code, ticket.token)
    assert public is not None and public.rejected_reason == "Nội dung không thuộc phạm vi hỗ trợ"


def test_unknown_status_is_a_validation_error(ticket_service: TicketService) -> None:
    user = coordinator(ticket_service)
    ticket = create(ticket_service)
    with pytest.raises(ValidationFailed) as err:
        ticket_service.transition(user, ticket.code, "done")
    assert err.value.field == "to"
