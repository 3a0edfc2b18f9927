"""The requester's side: create (idempotent), follow, reply, rate, reopen."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import math

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from tickets import notify
from tickets.codes import format_code
from tickets.deadlines import local_date
from tickets.domain import CHANNELS, CreatedTicket, PublicTicket, Status, TicketCreate
from tickets.errors import Conflict, InvalidTransition, NotFound, TooManyRequests, ValidationFailed
from tickets.models import Ticket, TicketCounter, TicketMessage
from tickets.projections import can_rate, can_reopen, public_view
from tickets.repository import TicketRepository
from tickets.security import derived_token, new_token, token_hash, token_matches

MAX_MESSAGE = 5000
TOO_MANY_TICKETS = (
    "Anh/chị đã gửi nhiều yêu cầu hỗ trợ trong một giờ qua. Vui lòng thử lại sau, "
    "hoặc theo dõi các phiếu đã gửi bằng lệnh /trangthai."
)


def _fingerprint(data: TicketCreate, channel: str, channel_user_id: str | None) -> str:
    payload = json.dumps([data.model_dump(), channel, channel_user_id], sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(payload.encode()).hexdigest()


def _scoped_key(channel: str, idempotency_key: str) -> str:
    key = f"{channel}:{idempotency_key}"
    if len(key) <= 200:
        return key
    return f"{channel}:sha256:{hashlib.sha256(idempotency_key.encode()).hexdigest()}"


def _subject(data: TicketCreate) -> str:
    if data.subject:
        return data.subject
    first = data.description.split("\n", 1)[0].strip()
    return first if len(first) <= 120 else first[:117].rstrip() + "..."


def _message_text(text: str) -> str:
    text = (text or "").strip()
    if not text:
        raise ValidationFailed("text", "Trường 'text' (nội dung): không được để trống.")
    if len(text) > MAX_MESSAGE:
        raise ValidationFailed("text", f"Trường 'text' (nội dung): tối đa {MAX_MESSAGE} ký tự.")
    return text


class RequesterOps(TicketRepository):
    def create(
        self,
        data: TicketCreate,
        *,
        channel: str = "api",
        channel_user_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> CreatedTicket:
        """One transaction: ticket, first history entry, agency notification. A retry with the same
        Idempotency-Key returns the same ticket (and the same token)."""
        if channel not in CHANNELS:
            raise ValidationFailed("channel", "Trường 'channel' (kênh): không hợp lệ.")
        key = _scoped_key(channel, idempotency_key) if idempotency_key else None
        fingerprint = _fingerprint(data, channel, channel_user_id) if key else None
        if key and (existing := self._replay(key, fingerprint)):
            return existing
        if channel_user_id and channel != "api":
            self._check_requester_limit(channel, channel_user_id)
        try:
            with self._write() as session:
                return self._insert(session, data, channel, channel_user_id, key, fingerprint)
        except IntegrityError:
            if key is None:
                raise
            existing = self._replay(key, fingerprint)
            if existing is None:
                raise
            return existing

    def _check_requester_limit(self, channel: str, channel_user_id: str) -> None:
        """At most `tickets_per_requester_per_hour` new tickets from one chat user or web session."""
        since = self.now() - dt.timedelta(hours=1)
        with self._read() as session:
            recent = list(
                session.scalars(
                    select(Ticket.created_at)
                    .where(
                        Ticket.channel == channel,
                        Ticket.channel_user_id == channel_user_id,
                        Ticket.created_at > since,
                    )
                    .order_by(Ticket.created_at)
                    .limit(self.tickets_per_requester_per_hour)
                )
            )
        if len(recent) >= self.tickets_per_requester_per_hour:
            wait = recent[0] + dt.timedelta(hours=1) - self.now()
            raise TooManyRequests(TOO_MANY_TICKETS, math.ceil(wait.total_seconds()))

    def _replay(self, key: str, fingerprint: str | None) -> CreatedTicket | None:
        with self._read() as session:
            ticket = session.scalars(select(Ticket).where(Ticket.idempotency_key == key)).first()
            if ticket is None:
                return None
            if ticket.request_hash != fingerprint:
                raise Conflict("Idempotency-Key này đã được dùng cho một yêu cầu khác.")
            return CreatedTicket(
                ticket.code, ticket.status, ticket.agency, ticket.due_date, derived_token(self.secret, key)
            )

    def _insert(
        self,
        session: Session,
        data: TicketCreate,
        channel: str,
        channel_user_id: str | None,
        key: str | None,
        fingerprint: str | None,
    ) -> CreatedTicket:
        if data.agency and self.router.agency_name(data.agency) is None:
            raise ValidationFailed("agency", "Trường 'agency' (cơ quan): không có trong danh sách cơ quan.")
        route = self.router.route(f"{data.subject or ''} {data.description}", data.field, data.agency)
        now = self.now()
        today = local_date(now)
        number = self._next_number(session, today.year)
        token = derived_token(self.secret, key) if key else new_token()
        ticket = Ticket(
            code=format_code(today.year, number),
            token_hash=token_hash(token),
            idempotency_key=key,
            request_hash=fingerprint,
            channel=channel,
            channel_user_id=channel_user_id,
            requester_name=data.name,
            company=data.company,
            tax_code=data.tax_code,
            phone=data.phone,
            email=data.email,
            subject=_subject(data),
            description=data.description,
            attachments=json.dumps(data.attachments, ensure_ascii=False),
            field=route.field,
            agency=route.agency,
            status=Status.NEW.value,
            created_at=now,
            updated_at=now,
            ack_due_date=self.calendar.add_working_days(today, 1),
            due_date=self.calendar.add_working_days(today, route.resolve_days),
            resolve_days=route.resolve_days,
            paused_days=0,
            reopen_count=0,
        )
        session.add(ticket)
        session.flush()
        self._event(session, ticket, "requester", "created", None, Status.NEW.value)
        self._event(session, ticket, "system", "routed", None, ticket.agency, f"lĩnh vực: {ticket.field}")
        self._notify_agency(
            session, ticket, notify.new_ticket_for_agency(ticket, self._field_label(ticket.field))
        )
        session.flush()
        return CreatedTicket(ticket.code, ticket.status, ticket.agency, ticket.due_date, token)

    @staticmethod
    def _next_number(session: Session, year: int) -> int:
        """Atomic upsert of the year's counter, inside the ticket transaction (rolled back with it)."""
        insert = pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
        stmt = (
            insert(TicketCounter)
            .values(year=year, last=1)
            .on_conflict_do_update(index_elements=[TicketCounter.year], set_={"last": TicketCounter.last + 1})
            .returning(TicketCounter.last)
        )
        return int(session.execute(stmt).scalar_one())

    def _field_label(self, field: str) -> str:
        info = self.router.fields.get(field)
        return info.label if info else field

    def _own(self, session: Session, code: str, token: str | None, *, lock: bool = False) -> Ticket:
        try:
            ticket = self._ticket(session, code, lock=lock)
        except NotFound:
            ticket = None
        if ticket is None or not token_matches(token, ticket.token_hash):
            raise NotFound(f"Không tìm thấy phiếu {code} hoặc mã bí mật không đúng.")
        return ticket

    # -- following ----------------------------------------------------------------------------------
    def requester_view(self, code: str, token: str | None) -> PublicTicket | None:
        with self._read() as session:
            try:
                return public_view(self._own(session, code, token), self.now())
            except NotFound:
                return None

    def tickets_of_requester(self, channel: str, channel_user_id: str) -> list[PublicTicket]:
        with self._read() as session:
            rows = session.scalars(
                select(Ticket)
                .where(Ticket.channel == channel, Ticket.channel_user_id == channel_user_id)
                .order_by(Ticket.id.desc())
                .limit(20)
            )
            now = self.now()
            return [public_view(t, now) for t in rows]

    # -- acting -------------------------------------------------------------------------------------
    def requester_message(self, code: str, token: str | None, text: str) -> PublicTicket:
        text = _message_text(text)
        with self._write() as session:
            ticket = self._own(session, code, token, lock=True)
            if ticket.status in (Status.CLOSED, Status.REJECTED):
                raise InvalidTransition(f"Phiếu {ticket.code} đã kết thúc, không thể gửi thêm tin nhắn.")
            now = self.now()
            session.add(
                TicketMessage(ticket=ticket, author="requester", text=text, internal=False, created_at=now)
            )
            self._event(session, ticket, "requester", "message")
            if ticket.status == Status.WAITING_REQUESTER:
                self._resume(ticket)
                self._set_status(session, ticket, Status.IN_PROGRESS, "requester", None)
            self._notify_agency(session, ticket, notify.requester_reply_for_agency(ticket))
            session.flush()
            return public_view(ticket, now)

    def rate(self, code: str, token: str | None, score: int, comment: str | None = None) -> PublicTicket:
        if not isinstance(score, int) or not 1 <= score <= 5:
            raise ValidationFailed("score", "Trường 'score' (điểm đánh giá): phải là số nguyên từ 1 đến 5.")
        if comment is not None and len(comment) > MAX_MESSAGE:
            raise ValidationFailed("comment", f"Trường 'comment' (nhận xét): tối đa {MAX_MESSAGE} ký tự.")
        with self._write() as session:
            ticket = self._own(session, code, token, lock=True)
            if ticket.rating_score is not None:
                raise Conflict(f"Phiếu {ticket.code} đã được đánh giá.")
            if not can_rate(ticket):
                raise InvalidTransition(f"Chỉ đánh giá được khi phiếu {ticket.code} đã được giải quyết.")
            ticket.rating_score = score
            ticket.rating_comment = (comment or "").strip() or None
            ticket.rated_at = self.now()
            self._event(session, ticket, "requester", "rated", None, str(score))
            session.flush()
            return public_view(ticket, self.now())

    def reopen(self, code: str, token: str | None, reason: str | None = None) -> PublicTicket:
        with self._write() as session:
            ticket = self._own(session, code, token, lock=True)
            if not can_reopen(ticket, self.now()):
                raise InvalidTransition(
                    f"Phiếu {ticket.code} chỉ mở lại được trong vòng 7 ngày kể từ khi được giải quyết."
                )
            if reason and reason.strip():
                session.add(
                    TicketMessage(
                        ticket=ticket, author="requester", text=_message_text(reason), created_at=self.now()
                    )
                )
            ticket.reopen_count += 1
            ticket.resolved_at = None
            ticket.resolved_on_time = None
            ticket.resolved_working_days = None
            ticket.due_date = self.calendar.add_working_days(self.today(), ticket.resolve_days)
            self._set_status(session, ticket, Status.IN_PROGRESS, "requester", "mở lại")
            self._notify_agency(session, ticket, notify.reopened_for_agency(ticket))
            session.flush()
            return public_view(ticket, self.now())
