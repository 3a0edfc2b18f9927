"""Overdue tickets: flag each once per deadline (history, reminders to the agency and the coordinator)."""

from __future__ import annotations

from sqlalchemy import select

from tickets.models import Ticket, TicketEvent
from tickets.routing import COORDINATOR_AGENCY
from tickets.store import Core
from tickets.views import overdue_condition


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


class OverdueOps(Core):
    def flag_overdue(self, limit: int = 1000) -> list[str]:
        """Record and announce tickets that became overdue; each (ticket, deadline) only once.

        Returns the codes flagged now. One transaction; rows are locked on PostgreSQL so that two
        processes running it at once do not flag a ticket twice.
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
            tickets = list(session.scalars(query))
            if not tickets:
                return []
            seen = set(
                session.execute(
                    select(TicketEvent.ticket_id, TicketEvent.to_value).where(
                        TicketEvent.action == "overdue", TicketEvent.ticket_id.in_([t.id for t in tickets])
                    )
                ).tuples()
            )
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
