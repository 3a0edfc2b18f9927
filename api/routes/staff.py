"""The staff API: tickets within the role's reach, workflow, transfers, replies; staff accounts (admin)."""

from __future__ import annotations

from typing import Any, Literal

from fastapi import APIRouter, Depends, Query
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool

from api.deps import current_staff, get_tickets, require_roles
from tickets.domain import Role, StaffUser, TicketFilters
from tickets.service import TicketService

router = APIRouter(prefix="/v1/staff", tags=["cán bộ"])


class TransitionIn(BaseModel):
    to: Literal["new", "acknowledged", "in_progress", "waiting_requester", "resolved", "closed", "rejected"]
    note: str | None = Field(default=None, max_length=5000)


class AssignIn(BaseModel):
    agency: str = Field(min_length=1, max_length=200)
    note: str | None = Field(default=None, max_length=5000)


class StaffMessageIn(BaseModel):
    text: str = Field(min_length=1, max_length=5000)
    internal: bool = False


class StaffUserIn(BaseModel):
    username: str = Field(min_length=1, max_length=100)
    password: str = Field(min_length=8, max_length=200)
    role: Literal["coordinator", "agency", "association", "admin"]
    agency: str | None = Field(default=None, max_length=200)


@router.get("/me")
async def me(user: StaffUser = Depends(current_staff)) -> dict[str, Any]:
    return user.to_dict()


@router.get("/agencies")
async def agencies(
    _user: StaffUser = Depends(current_staff), service: TicketService = Depends(get_tickets)
) -> dict[str, Any]:
    """The agencies and fields of the routing table (for filters and the transfer form)."""
    return {
        "agencies": sorted(service.router.agencies),
        "fields": [
            {"key": f.key, "label": f.label, "resolve_days": f.resolve_days}
            for f in service.router.fields.values()
        ],
    }


@router.get("/tickets")
async def list_tickets(
    status: str | None = Query(default=None, max_length=30),
    agency: str | None = Query(default=None, max_length=200),
    field: str | None = Query(default=None, max_length=60),
    overdue: bool | None = None,
    cursor: str | None = Query(default=None, max_length=20, pattern=r"^[0-9]+$"),
    limit: int = Query(default=50, ge=1, le=200),
    user: StaffUser = Depends(current_staff),
    service: TicketService = Depends(get_tickets),
) -> dict[str, Any]:
    filters = TicketFilters(status=status, agency=agency, field=field, overdue=overdue, limit=limit)
    page = await run_in_threadpool(service.staff_list, user, filters, cursor)
    return page.to_dict()


@router.get("/tickets/{code}")
async def get_ticket(
    code: str, user: StaffUser = Depends(current_staff), service: TicketService = Depends(get_tickets)
) -> dict[str, Any]:
    return (await run_in_threadpool(service.staff_get, user, code)).to_dict()


@router.post("/tickets/{code}/transition")
async def transition(
    code: str,
    body: TransitionIn,
    user: StaffUser = Depends(current_staff),
    service: TicketService = Depends(get_tickets),
) -> dict[str, Any]:
    return (await run_in_threadpool(service.transition, user, code, body.to, body.note)).to_dict()


@router.post("/tickets/{code}/assign")
async def assign(
    code: str,
    body: AssignIn,
    user: StaffUser = Depends(current_staff),
    service: TicketService = Depends(get_tickets),
) -> dict[str, Any]:
    return (await run_in_threadpool(service.assign, user, code, body.agency, body.note)).to_dict()


@router.post("/tickets/{code}/messages", status_code=201)
async def message(
    code: str,
    body: StaffMessageIn,
    user: StaffUser = Depends(current_staff),
    service: TicketService = Depends(get_tickets),
) -> dict[str, Any]:
    return (await run_in_threadpool(service.staff_message, user, code, body.text, body.internal)).to_dict()


@router.get("/users")
async def list_users(
    _admin: StaffUser = Depends(require_roles(Role.ADMIN)), service: TicketService = Depends(get_tickets)
) -> dict[str, Any]:
    return {"items": [u.to_dict() for u in await run_in_threadpool(service.list_staff)]}


class RoleIn(BaseModel):
    role: Literal["coordinator", "agency", "association", "admin"]
    agency: str | None = Field(default=None, max_length=200)


class PasswordIn(BaseModel):
    password: str = Field(min_length=8, max_length=200)


@router.post("/users/{username}/disable")
async def disable_user(
    username: str,
    _admin: StaffUser = Depends(require_roles(Role.ADMIN)),
    service: TicketService = Depends(get_tickets),
) -> dict[str, Any]:
    """Disable an account: its tokens and web sessions stop working at once."""
    return (await run_in_threadpool(service.disable_staff, username)).to_dict()


@router.post("/users/{username}/enable")
async def enable_user(
    username: str,
    _admin: StaffUser = Depends(require_roles(Role.ADMIN)),
    service: TicketService = Depends(get_tickets),
) -> dict[str, Any]:
    return (await run_in_threadpool(service.enable_staff, username)).to_dict()


@router.post("/users/{username}/role")
async def set_role(
    username: str,
    body: RoleIn,
    _admin: StaffUser = Depends(require_roles(Role.ADMIN)),
    service: TicketService = Depends(get_tickets),
) -> dict[str, Any]:
    return (await run_in_threadpool(service.set_role, username, body.role, body.agency)).to_dict()


@router.post("/users/{username}/password")
async def reset_password(
    username: str,
    body: PasswordIn,
    _admin: StaffUser = Depends(require_roles(Role.ADMIN)),
    service: TicketService = Depends(get_tickets),
) -> dict[str, Any]:
    return (await run_in_threadpool(service.reset_password, username, body.password)).to_dict()


@router.get("/sign-in-alerts")
async def sign_in_alerts(
    _admin: StaffUser = Depends(require_roles(Role.ADMIN)), service: TicketService = Depends(get_tickets)
) -> dict[str, Any]:
    """Wrong passwords of the last 24 hours per (user name, client address), most first."""
    alerts = await run_in_threadpool(service.sign_in_alerts)
    return {
        "items": [
            {
                "username": a.username,
                "address": a.address,
                "failures": a.failures,
                "first_failed_at": a.first_failed_at.isoformat() + "Z",
                "last_failed_at": a.last_failed_at.isoformat() + "Z",
                "blocked_until": a.blocked_until.isoformat() + "Z" if a.blocked_until else None,
            }
            for a in alerts
        ]
    }


@router.post("/users", status_code=201)
async def add_user(
    body: StaffUserIn,
    _admin: StaffUser = Depends(require_roles(Role.ADMIN)),
    service: TicketService = Depends(get_tickets),
) -> dict[str, Any]:
    user = await run_in_threadpool(service.add_staff, body.username, body.password, body.role, body.agency)
    return user.to_dict()
