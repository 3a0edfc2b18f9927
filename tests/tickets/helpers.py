"""Helpers shared by the ticket tests."""

from __future__ import annotations

from tickets.domain import CreatedTicket, Role, StaffUser, TicketCreate
from tickets.service import TicketService

PASSWORD = "mat-khau-du-dai"
PII = {
    "name": "Trần Thị Bích Ngọc",
    "company": "Công ty TNHH Cơ khí Hải Âu",
    "tax_code": "0201234567",
    "phone": "0912345678",
    "email": "ngoc.tran@haiau.example",
}


def ticket_input(
    description: str = "Doanh nghiệp chờ hoàn thuế GTGT đã quá hạn ba tháng", **extra: str
) -> TicketCreate:
    return TicketCreate.model_validate({**PII, "description": description, **extra})


def create(
    svc: TicketService,
    description: str | None = None,
    *,
    channel: str = "api",
    channel_user_id: str | None = None,
    idempotency_key: str | None = None,
) -> CreatedTicket:
    data = ticket_input(description) if description else ticket_input()
    return svc.create(data, channel=channel, channel_user_id=channel_user_id, idempotency_key=idempotency_key)


def coordinator(svc: TicketService, name: str = "dieuphoi") -> StaffUser:
    return svc.add_staff(name, PASSWORD, Role.COORDINATOR.value)


def agency_staff(svc: TicketService, agency: str = "Thuế thành phố", name: str = "canbo_thue") -> StaffUser:
    return svc.add_staff(name, PASSWORD, Role.AGENCY.value, agency)
