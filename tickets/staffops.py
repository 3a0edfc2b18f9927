"""The staff side: list, read, move through the workflow, transfer, reply — each within the role's reach."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from tickets import notify
from tickets.deadlines import local_date
from tickets.domain import OPEN_STATUSES, Role, StaffTicket, StaffUser, Status, TicketFilters, TicketPage
from tickets.errors import Forbidden, InvalidTransition, ValidationFailed
from tickets.models import Ticket, TicketMessage
from tickets.projections import overdue_condition, staff_view, summary_view
from tickets.repository import TicketRepository
from tickets.workflow import is_legal

CASE_ROLES = (Role.COORDINATOR, Role.ADMIN, Role.AGENCY)
TRANSFER_ROLES = (Role.COORDINATOR, Role.ADMIN)
MAX_ROW_ID = 2**31 - 1  # ids are 32-bit integers on PostgreSQL; a larger cursor is no page of ours


def _check_case_access(user: StaffUser, ticket: Ticket | None = None) -> None:
    if user.role not in CASE_ROLES:
        raise Forbidden("Vai trò này chỉ được xem số liệu tổng hợp, không xem từng phiếu.")
    if ticket is not None and user.role is Role.AGENCY and ticket.agency != user.agency:
        raise Forbidden(f"Phiếu {ticket.code} không thuộc cơ quan của anh/chị.")


def _parse_status(value: str, field: str) -> Status:
    try:
        return Status(value)
    except ValueError:
        allowed = ", ".join(s.value for s in Status)
        raise ValidationFailed(
            field, f"Trường '{field}' (trạng thái): phải là một trong {allowed}."
        ) from None


class StaffOps(TicketRepository):
    def staff_list(self, user: StaffUser, filters: TicketFilters, cursor: str | None = None) -> TicketPage:
        _check_case_access(user)
        if not 1 <= filters.limit <= 200:
            raise ValidationFailed("limit", "Trường 'limit' (số phiếu mỗi trang): từ 1 đến 200.")
        today = self.today()
        query = select(Ticket)
        agency = user.agency if user.role is Role.AGENCY else filters.agency
        if (
            user.role is Role.AGENCY
            and filters.agency
            and self.router.agency_name(filters.agency) != user.agency
        ):
            raise Forbidden("Cán bộ cơ quan chỉ xem được phiếu của cơ quan mình.")
        if agency:
            query = query.where(Ticket.agency == (self.router.agency_name(agency) or agency))
        if filters.status == "open" or filters.open_only:
            query = query.where(Ticket.status.in_([s.value for s in OPEN_STATUSES]))
        elif filters.status:
            query = query.where(Ticket.status == _parse_status(filters.status, "status").value)
        if filters.field:
            query = query.where(Ticket.field == (self.router.field_key(filters.field) or filters.field))
        if filters.overdue is not None:
            late = overdue_condition(today)
            query = query.where(late if filters.overdue else ~late)
        if cursor:
            if not (cursor.isascii() and cursor.isdigit()) or int(cursor) > MAX_ROW_ID:
                raise ValidationFailed("cursor", "Trường 'cursor' (trang tiếp theo): không hợp lệ.")
            query = query.where(Ticket.id < int(cursor))
        query = query.order_by(Ticket.id.desc()).limit(filters.limit + 1)
        with self._read() as session:
            rows = list(session.scalars(query))
        more = len(rows) > filters.limit
        rows = rows[: filters.limit]
        return TicketPage([summary_view(t, today) for t in rows], str(rows[-1].id) if more and rows else None)

    def staff_get(self, user: StaffUser, code: str) -> StaffTicket:
        _check_case_access(user)
        with self._read() as session:
            ticket = self._load_full(session, code)
            _check_case_access(user, ticket)
            return staff_view(ticket, self.today())

    def _load_full(self, session: Session, code: str, *, lock: bool = False) -> Ticket:
        ticket = self._ticket(session, code, lock=lock)
        session.refresh(ticket, ["messages", "history"])
        return ticket

    def transition(self, user: StaffUser, code: str, to: str, note: str | None = None) -> StaffTicket:
        _check_case_access(user)
        target = _parse_status(to, "to")
        note = (note or "").strip() or None
        if target is Status.REJECTED and not note:
            raise ValidationFailed("note", "Trường 'note' (lý do): phải nêu lý do khi từ chối phiếu.")
        with self._write() as session:
            ticket = self._ticket(session, code, lock=True)
            _check_case_access(user, ticket)
            current = Status(ticket.status)
            if not is_legal(current, target):
                raise InvalidTransition(
                    f"Không thể chuyển phiếu {ticket.code} từ trạng thái '{current.value}' "
                    f"sang '{target.value}'."
                )
            self._apply(ticket, current, target, note)
            self._set_status(session, ticket, target, user.username, note)
            session.flush()
            return staff_view(self._load_full(session, code), self.today())

    def _apply(self, ticket: Ticket, current: Status, target: Status, note: str | None) -> None:
        now, today = self.now(), self.today()
        if current is Status.WAITING_REQUESTER:
            self._resume(ticket)
        if target is Status.ACKNOWLEDGED:
            ticket.acknowledged_at = now
        elif target is Status.WAITING_REQUESTER:
            ticket.paused_on = today
        elif target is Status.RESOLVED:
            ticket.resolved_at = now
            worked = self.calendar.working_days_between(local_date(ticket.created_at), today)
            ticket.resolved_working_days = max(worked - ticket.paused_days, 0)
            ticket.resolved_on_time = today <= ticket.due_date
        elif target is Status.CLOSED:
            ticket.closed_at = now
        elif target is Status.REJECTED:
            ticket.rejected_reason = note

    def assign(self, user: StaffUser, code: str, agency: str, note: str | None = None) -> StaffTicket:
        if user.role not in TRANSFER_ROLES:
            raise Forbidden("Chỉ Sở Tài chính (điều phối) mới chuyển phiếu giữa các cơ quan.")
        canonical = self.router.agency_name(agency or "")
        if canonical is None:
            raise ValidationFailed("agency", "Trường 'agency' (cơ quan): không có trong danh sách cơ quan.")
        with self._write() as session:
            ticket = self._ticket(session, code, lock=True)
            if ticket.status in (Status.CLOSED, Status.REJECTED):
                raise InvalidTransition(f"Phiếu {ticket.code} đã kết thúc, không thể chuyển cơ quan.")
            if ticket.agency == canonical:
                raise InvalidTransition(f"Phiếu {ticket.code} đã thuộc {canonical}.")
            previous = ticket.agency
            ticket.agency = canonical
            self._event(
                session, ticket, user.username, "transfer", previous, canonical, (note or "").strip() or None
            )
            label = (
                self.router.fields[ticket.field].label if ticket.field in self.router.fields else ticket.field
            )
            self._notify_agency(session, ticket, notify.transferred_to_agency(ticket, previous, label))
            self._notify_requester(session, ticket, notify.transferred_for_requester(ticket))
            session.flush()
            return staff_view(self._load_full(session, code), self.today())

    def staff_message(self, user: StaffUser, code: str, text: str, internal: bool = False) -> StaffTicket:
        _check_case_access(user)
        text = (text or "").strip()
        if not text or len(text) > 5000:
            raise ValidationFailed("text", "Trường 'text' (nội dung): từ 1 đến 5000 ký tự.")
        with self._write() as session:
            ticket = self._ticket(session, code, lock=True)
            _check_case_access(user, ticket)
            if not internal and ticket.status in (Status.CLOSED, Status.REJECTED):
                raise InvalidTransition(f"Phiếu {ticket.code} đã kết thúc, chỉ ghi được ghi chú nội bộ.")
            session.add(
                TicketMessage(
                    ticket=ticket,
                    author="staff",
                    staff_username=user.username,
                    text=text,
                    internal=internal,
                    created_at=self.now(),
                )
            )
            self._event(session, ticket, user.username, "note" if internal else "message")
            if not internal:
                self._notify_requester(session, ticket, notify.staff_reply_for_requester(ticket, text))
            session.flush()
            return staff_view(self._load_full(session, code), self.today())
