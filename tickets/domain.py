"""The ticket domain at the seams: statuses, roles, input models and the views handed out."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from dataclasses import field as dc_field
from enum import StrEnum
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, field_validator


class Status(StrEnum):
    NEW = "new"
    ACKNOWLEDGED = "acknowledged"
    IN_PROGRESS = "in_progress"
    WAITING_REQUESTER = "waiting_requester"
    RESOLVED = "resolved"
    CLOSED = "closed"
    REJECTED = "rejected"


OPEN_STATUSES = (Status.NEW, Status.ACKNOWLEDGED, Status.IN_PROGRESS, Status.WAITING_REQUESTER)
STATUS_LABELS = {
    Status.NEW: "mới tiếp nhận",
    Status.ACKNOWLEDGED: "đã tiếp nhận",
    Status.IN_PROGRESS: "đang xử lý",
    Status.WAITING_REQUESTER: "chờ doanh nghiệp bổ sung thông tin",
    Status.RESOLVED: "đã giải quyết",
    Status.CLOSED: "đã đóng",
    Status.REJECTED: "từ chối",
}


class Role(StrEnum):
    COORDINATOR = "coordinator"
    AGENCY = "agency"
    ASSOCIATION = "association"
    ADMIN = "admin"


CHANNELS = ("web", "telegram", "zalo", "zalo_bot", "api")
REQUESTER_CHANNELS = ("telegram", "zalo", "zalo_bot")

MAX_ATTACHMENTS = 10  # per ticket
MAX_ATTACHMENT_CHARS = 1000  # each attachment is a link or a file reference, not the file itself
_PHONE = re.compile(r"^(\+84|84|0)\d{8,10}$")
_TAX_CODE = re.compile(r"^\d{10}(-\d{3})?$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def _clean(value: Any) -> Any:
    if isinstance(value, str):
        value = " ".join(value.split())
        return value or None
    return value


class TicketCreate(BaseModel):
    """What a requester submits. Only `description` is required; the rest helps staff reach them."""

    model_config = ConfigDict(str_strip_whitespace=True, extra="ignore")

    name: str | None = Field(default=None, max_length=200)
    company: str | None = Field(default=None, max_length=300)
    tax_code: str | None = Field(default=None, max_length=20)
    phone: str | None = Field(default=None, max_length=20)
    email: str | None = Field(default=None, max_length=200)
    subject: str | None = Field(default=None, max_length=300)
    description: str = Field(min_length=10, max_length=10_000)
    field: str | None = Field(default=None, max_length=60)
    agency: str | None = Field(default=None, max_length=200)
    attachments: list[Annotated[str, Field(max_length=MAX_ATTACHMENT_CHARS)]] = Field(
        default_factory=list, max_length=MAX_ATTACHMENTS
    )

    @field_validator("name", "company", "subject", "field", "agency", "email", mode="before")
    @classmethod
    def _blank_to_none(cls, value: Any) -> Any:
        return _clean(value)

    @field_validator("phone", mode="before")
    @classmethod
    def _phone(cls, value: Any) -> Any:
        value = _clean(value)
        if value is None:
            return None
        compact = re.sub(r"[\s.\-()]", "", str(value))
        if not _PHONE.match(compact):
            raise ValueError("số điện thoại không hợp lệ")
        return compact

    @field_validator("tax_code", mode="before")
    @classmethod
    def _tax_code(cls, value: Any) -> Any:
        value = _clean(value)
        if value is None:
            return None
        compact = str(value).replace(" ", "")
        if not _TAX_CODE.match(compact):
            raise ValueError("mã số thuế phải gồm 10 chữ số (hoặc 10 chữ số, dấu gạch và 3 chữ số)")
        return compact

    @field_validator("email")
    @classmethod
    def _email(cls, value: str | None) -> str | None:
        if value is not None and not _EMAIL.match(value):
            raise ValueError("địa chỉ email không hợp lệ")
        return value


@dataclass(frozen=True)
class CreatedTicket:
    code: str
    status: str
    agency: str
    due: dt.date
    token: str | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "status": self.status,
            "agency": self.agency,
            "due": self.due.isoformat(),
            "token": self.token,
        }


@dataclass(frozen=True)
class ThreadMessage:
    author: str  # "requester" | "staff"
    text: str
    created_at: dt.datetime
    internal: bool = False
    staff_username: str | None = None

    def to_dict(self, *, staff: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {"author": self.author, "text": self.text, "created_at": _iso(self.created_at)}
        if staff:
            data["internal"] = self.internal
            data["staff_username"] = self.staff_username
        return data


@dataclass(frozen=True)
class PublicTicket:
    """The requester's view: no personal data beyond their own subject, no internal notes."""

    code: str
    status: str
    status_label: str
    field: str
    agency: str
    subject: str
    due: dt.date
    created_at: dt.datetime
    updated_at: dt.datetime
    resolved_at: dt.datetime | None
    rejected_reason: str | None
    rating: int | None
    can_rate: bool
    can_reopen: bool
    thread: list[ThreadMessage] = dc_field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "status": self.status,
            "status_label": self.status_label,
            "field": self.field,
            "agency": self.agency,
            "subject": self.subject,
            "due": self.due.isoformat(),
            "created_at": _iso(self.created_at),
            "updated_at": _iso(self.updated_at),
            "resolved_at": _iso(self.resolved_at),
            "rejected_reason": self.rejected_reason,
            "rating": self.rating,
            "can_rate": self.can_rate,
            "can_reopen": self.can_reopen,
            "thread": [m.to_dict() for m in self.thread],
        }


@dataclass(frozen=True)
class Requester:
    channel: str
    channel_user_id: str | None
    name: str | None
    company: str | None
    tax_code: str | None
    phone: str | None
    email: str | None

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass(frozen=True)
class HistoryEntry:
    actor: str
    action: str
    from_value: str | None
    to_value: str | None
    note: str | None
    created_at: dt.datetime

    def to_dict(self) -> dict[str, Any]:
        return {
            "actor": self.actor,
            "action": self.action,
            "from": self.from_value,
            "to": self.to_value,
            "note": self.note,
            "created_at": _iso(self.created_at),
        }


@dataclass(frozen=True)
class StaffTicketSummary:
    code: str
    status: str
    field: str
    agency: str
    subject: str
    company: str | None
    created_at: dt.datetime
    ack_due: dt.date
    due: dt.date
    overdue: bool

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "status": self.status,
            "field": self.field,
            "agency": self.agency,
            "subject": self.subject,
            "company": self.company,
            "created_at": _iso(self.created_at),
            "ack_due": self.ack_due.isoformat(),
            "due": self.due.isoformat(),
            "overdue": self.overdue,
        }


@dataclass(frozen=True)
class StaffTicket:
    """The staff view: personal data, the whole thread (internal notes included) and the history."""

    summary: StaffTicketSummary
    description: str
    attachments: list[str]
    requester: Requester
    rejected_reason: str | None
    rating: int | None
    rating_comment: str | None
    thread: list[ThreadMessage]
    history: list[HistoryEntry]

    @property
    def code(self) -> str:
        return self.summary.code

    @property
    def status(self) -> str:
        return self.summary.status

    def to_dict(self) -> dict[str, Any]:
        data = self.summary.to_dict()
        data.update(
            {
                "description": self.description,
                "attachments": self.attachments,
                "requester": self.requester.to_dict(),
                "rejected_reason": self.rejected_reason,
                "rating": self.rating,
                "rating_comment": self.rating_comment,
                "thread": [m.to_dict(staff=True) for m in self.thread],
                "history": [h.to_dict() for h in self.history],
            }
        )
        return data


@dataclass(frozen=True)
class StaffUser:
    id: int
    username: str
    role: Role
    agency: str | None
    session_epoch: int = 0  # tokens and sessions carry it; bumped to end them all (tickets/accounts.py)
    active: bool = True

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "username": self.username,
            "role": self.role.value,
            "agency": self.agency,
            "active": self.active,
        }


@dataclass(frozen=True)
class TicketFilters:
    status: str | None = None
    agency: str | None = None
    field: str | None = None
    overdue: bool | None = None
    open_only: bool = False
    limit: int = 50


@dataclass(frozen=True)
class TicketPage:
    items: list[StaffTicketSummary]
    next: str | None

    def to_dict(self) -> dict[str, Any]:
        return {"items": [i.to_dict() for i in self.items], "next": self.next}


def _iso(value: dt.datetime | None) -> str | None:
    if value is None:
        return None
    return value.replace(tzinfo=dt.UTC).isoformat()
