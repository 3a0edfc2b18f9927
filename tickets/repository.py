"""TicketRepository: what the service's parts share (engine, sessions, clock, calendar, routing, row
helpers); RequesterOps, StaffOps, ReportOps ... extend it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session, sessionmaker

from tickets import notify
from tickets.codes import code_in
from tickets.deadlines import WorkingCalendar, local_date
from tickets.domain import REQUESTER_CHANNELS, Status
from tickets.errors import NotFound
from tickets.models import Outbox, Ticket, TicketEvent, utcnow
from tickets.routing import Router

Clock = Callable[[], dt.datetime]
# Statuses whose transition note is also shown to the requester (reason, what is missing, the answer).
PUBLIC_NOTE_STATUSES = (Status.REJECTED, Status.WAITING_REQUESTER, Status.RESOLVED)
DEFAULT_TICKETS_PER_REQUESTER_PER_HOUR = 10


class TicketRepository:
    def __init__(
        self,
        engine: Engine,
        *,
        secret: str,
        clock: Clock = utcnow,
        calendar: WorkingCalendar | None = None,
        router: Router | None = None,
        tickets_per_requester_per_hour: int = DEFAULT_TICKETS_PER_REQUESTER_PER_HOUR,
    ) -> None:
        self.engine = engine
        self.tickets_per_requester_per_hour = tickets_per_requester_per_hour
        self.secret = secret
        self.clock = clock
        self.calendar = calendar or WorkingCalendar.load()
        self.router = router or Router.load()
        self._reader = sessionmaker(engine, expire_on_commit=False)
        writer_bind = engine.execution_options(sqlite_immediate=True)
        self._writer = sessionmaker(writer_bind, expire_on_commit=False)

    # -- sessions -----------------------------------------------------------------------------------
    @contextmanager
    def session(self) -> Iterator[Session]:
        """One transaction for callers outside tickets (bot/, web): commit on success, roll back on error."""
        with self._writer() as session, session.begin():
            yield session

    @contextmanager
    def read_session(self) -> Iterator[Session]:
        """A read-only transaction (on SQLite it does not take the write lock)."""
        with self._reader() as session, session.begin():
            yield session

    @contextmanager
    def _write(self) -> Iterator[Session]:
        with self._writer() as session, session.begin():
            yield session

    @contextmanager
    def _read(self) -> Iterator[Session]:
        with self._reader() as session, session.begin():
            yield session

    def close(self) -> None:
        self.engine.dispose()

    # -- time ---------------------------------------------------------------------------------------
    def now(self) -> dt.datetime:
        return self.clock()

    def today(self) -> dt.date:
        return local_date(self.clock())

    # -- rows ---------------------------------------------------------------------------------------
    @staticmethod
    def _ticket(session: Session, code: str, *, lock: bool = False) -> Ticket:
        issued = code_in(code) or code.strip().upper()  # "ctc-2026-12" is CTC-2026-000012
        query = select(Ticket).where(Ticket.code == issued)
        if lock:
            query = query.with_for_update()
        ticket = session.scalars(query).first()
        if ticket is None:
            raise NotFound(f"Không tìm thấy phiếu {code}.")
        return ticket

    def _event(
        self,
        session: Session,
        ticket: Ticket,
        actor: str,
        action: str,
        from_value: str | None = None,
        to_value: str | None = None,
        note: str | None = None,
    ) -> None:
        now = self.now()
        ticket.updated_at = now
        session.add(
            TicketEvent(
                ticket=ticket,
                actor=actor,
                action=action,
                from_value=from_value,
                to_value=to_value,
                note=note,
                created_at=now,
            )
        )

    def _set_status(
        self, session: Session, ticket: Ticket, target: Status, actor: str, note: str | None
    ) -> None:
        previous = ticket.status
        ticket.status = target.value
        self._event(session, ticket, actor, "status", previous, target.value, note)
        public_note = note if target in PUBLIC_NOTE_STATUSES else None
        self._notify_requester(session, ticket, notify.status_for_requester(ticket, public_note))

    def _resume(self, ticket: Ticket) -> None:
        """Leaving waiting_requester: the paused working days push the deadline back."""
        if ticket.paused_on is None:
            return
        paused = self.calendar.working_days_between(ticket.paused_on, self.today())
        ticket.paused_days += paused
        ticket.due_date = self.calendar.add_working_days(ticket.due_date, paused)
        ticket.paused_on = None

    def _notify_requester(self, session: Session, ticket: Ticket, text: str) -> None:
        if ticket.channel in REQUESTER_CHANNELS and ticket.channel_user_id:
            self._outbox(session, ticket, ticket.channel, ticket.channel_user_id, text)

    def _notify_agency(self, session: Session, ticket: Ticket, text: str) -> None:
        self._outbox(session, ticket, "agency", ticket.agency, text)

    def _outbox(self, session: Session, ticket: Ticket, channel: str, recipient: str, text: str) -> None:
        now = self.now()
        session.add(
            Outbox(
                channel=channel,
                recipient=recipient,
                text=text,
                ticket_id=ticket.id,
                status="pending",
                attempts=0,
                next_attempt_at=now,
                created_at=now,
            )
        )
