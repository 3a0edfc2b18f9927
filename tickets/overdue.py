"""Overdue tickets: flag each once per deadline (history, reminders to the agency and the coordinator)."""

from __future__ import annotations

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from tickets.models import Ticket, TicketEvent
from tickets.projections import overdue_condition
from tickets.repository import TicketRepository
from tickets.routing import COORDINATOR_AGENCY

# pg_try_advisory_xact_lock key of the overdue round: one worker of many runs it at a time
OVERDUE_LOCK_KEY = 7_283_001


def _only_runner(session: Session) -> bool:
    """On PostgreSQL, True for the one transaction holding the round's advisory lock (the others skip
    the round); elsewhere True (SQLite serialises writers itself)."""
    if session.get_bind().dialect.name != "postgresql":
        return True
    return bool(
        session.execute(text("SELECT pg_try_advisory_xact_lock(:k)"), {"k": OVERDUE_LOCK_KEY}).scalar()
    )


def _deadline_key(ticket: Ticket) -> str:
    """Which deadline is missed: acknowledgement while new, else resolution (moves with pauses)."""
    if ticket.status == "new":
        return f"ack:{ticket.ack_due_date.isoformat()}"
    return f"due:{ticket.due_date.isoformat()}"


def _reminder(ticket: Ticket) -> str:
    unseen = ticket.status == "new"
    what = "tiếp nhận" if unseen else "giải quyết"
    day = (ticket.ack_due_date if unseen else ticket.due_date).strftime("%d/%m/%Y")
    return f"Phiếu {ticket.code} ({ticket.agency}) đã quá hạn {what} (hạn {day}): «{ticket.subject[:120]}»."


class OverdueOps(TicketRepository):
    def flag_overdue(self, limit: int = 1000) -> list[str]:
        """Record and announce tickets that became overdue; each (ticket, deadline) only once.

        Returns the codes flagged now. One transaction; on PostgreSQL an advisory lock lets one worker
        run the round (the others return at once) and rows are locked besides, so that two processes
        never flag a ticket twice.
        """
        query = (
            select(Ticket)
            .where(overdue_condition(self.today()))
            .order_by(Ticket.id)
            .limit(limit)
            .with_for_update(skip_locked=True)
        )
        flagged: list[str] = []
        with self._write() as session:
            if not _only_runner(session):
                return []
            tickets = list(session.scalars(query))
            if not tickets:
                return []
            flagged_before = select(TicketEvent.ticket_id, TicketEvent.to_value).where(
                TicketEvent.action == "overdue", TicketEvent.ticket_id.in_([t.id for t in tickets])
            )
            seen = {(ticket_id, value) for ticket_id, value in session.execute(flagged_before)}
            for ticket in tickets:
                key = _deadline_key(ticket)
                if (ticket.id, key) in seen:
                    continue
                self._event(session, ticket, "system", "overdue", None, key)
                text = _reminder(ticket)
                self._notify_agency(session, ticket, text)
                if ticket.agency != COORDINATOR_AGENCY:
                    self._outbox(session, ticket, "agency", COORDINATOR_AGENCY, text)
                flagged.append(ticket.code)
        return flagged
