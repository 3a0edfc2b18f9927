"""Rows -> the views handed out (requester view without internal notes; staff view with everything)."""

from __future__ import annotations

import datetime as dt
import json
from typing import Protocol

from sqlalchemy import ColumnElement, and_, or_

from tickets.domain import (
    STATUS_LABELS,
    HistoryEntry,
    PublicTicket,
    Requester,
    StaffTicket,
    StaffTicketSummary,
    Status,
    ThreadMessage,
)
from tickets.models import Ticket, TicketMessage
from tickets.workflow import REOPEN_WINDOW_DAYS, REOPENABLE

OVERDUE_STATUSES = (Status.NEW, Status.ACKNOWLEDGED, Status.IN_PROGRESS)


class HasDeadlines(Protocol):
    @property
    def status(self) -> str: ...
    @property
    def due_date(self) -> dt.date: ...
    @property
    def ack_due_date(self) -> dt.date: ...


def is_overdue(ticket: HasDeadlines, today: dt.date) -> bool:
    if ticket.status not in OVERDUE_STATUSES:
        return False
    if ticket.status == Status.NEW and ticket.ack_due_date < today:
        return True
    return ticket.due_date < today


def overdue_condition(today: dt.date) -> ColumnElement[bool]:
    """The SQL form of is_overdue (served by the (status, due_date) index)."""
    return and_(
        Ticket.status.in_([s.value for s in OVERDUE_STATUSES]),
        or_(Ticket.due_date < today, and_(Ticket.status == Status.NEW.value, Ticket.ack_due_date < today)),
    )


def can_reopen(ticket: Ticket, now: dt.datetime) -> bool:
    return (
        ticket.status in REOPENABLE
        and ticket.resolved_at is not None
        and now - ticket.resolved_at <= dt.timedelta(days=REOPEN_WINDOW_DAYS)
    )


def can_rate(ticket: Ticket) -> bool:
    return ticket.status in (Status.RESOLVED, Status.CLOSED) and ticket.rating_score is None


def _message(m: TicketMessage) -> ThreadMessage:
    return ThreadMessage(
        author=m.author,
        text=m.text,
        created_at=m.created_at,
        internal=m.internal,
        staff_username=m.staff_username,
    )


def public_view(ticket: Ticket, now: dt.datetime) -> PublicTicket:
    return PublicTicket(
        code=ticket.code,
        status=ticket.status,
        status_label=STATUS_LABELS[Status(ticket.status)],
        field=ticket.field,
        agency=ticket.agency,
        subject=ticket.subject,
        due=ticket.due_date,
        created_at=ticket.created_at,
        updated_at=ticket.updated_at,
        resolved_at=ticket.resolved_at,
        rejected_reason=ticket.rejected_reason,
        rating=ticket.rating_score,
        can_rate=can_rate(ticket),
        can_reopen=can_reopen(ticket, now),
        thread=[_message(m) for m in ticket.messages if not m.internal],
    )


def summary_view(ticket: Ticket, today: dt.date) -> StaffTicketSummary:
    return StaffTicketSummary(
        code=ticket.code,
        status=ticket.status,
        field=ticket.field,
        agency=ticket.agency,
        subject=ticket.subject,
        company=ticket.company,
        created_at=ticket.created_at,
        ack_due=ticket.ack_due_date,
        due=ticket.due_date,
        overdue=is_overdue(ticket, today),
    )


def staff_view(ticket: Ticket, today: dt.date) -> StaffTicket:
    return StaffTicket(
        summary=summary_view(ticket, today),
        description=ticket.description,
        attachments=list(json.loads(ticket.attachments or "[]")),
        requester=Requester(
            channel=ticket.channel,
            channel_user_id=ticket.channel_user_id,
            name=ticket.requester_name,
            company=ticket.company,
            tax_code=ticket.tax_code,
            phone=ticket.phone,
            email=ticket.email,
        ),
        rejected_reason=ticket.rejected_reason,
        rating=ticket.rating_score,
        rating_comment=ticket.rating_comment,
        thread=[_message(m) for m in ticket.messages],
        history=[
            HistoryEntry(e.actor, e.action, e.from_value, e.to_value, e.note, e.created_at)
            for e in ticket.history
        ],
    )
