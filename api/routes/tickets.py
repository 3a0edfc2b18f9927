"""The requester's HTTP API: create a ticket (JSON or form, idempotent), follow it, reply, rate, reopen."""

from __future__ import annotations

import json
from typing import Any

from fastapi import APIRouter, Depends, Header, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field, ValidationError
from starlette.concurrency import run_in_threadpool

from api.deps import count_new_ticket, get_tickets
from tickets.domain import TicketCreate
from tickets.errors import NotFound
from tickets.service import TicketService

router = APIRouter(prefix="/v1/tickets", tags=["phiếu CÙNG THÀNH CÔNG"])

_CREATE_BODY = {
    "requestBody": {
        "required": True,
        "content": {
            "application/json": {"schema": TicketCreate.model_json_schema()},
            "application/x-www-form-urlencoded": {"schema": TicketCreate.model_json_schema()},
        },
    }
}


class MessageIn(BaseModel):
    text: str = Field(min_length=1, max_length=5000)


class RatingIn(BaseModel):
    score: int = Field(ge=1, le=5)
    comment: str | None = Field(default=None, max_length=5000)


class ReopenIn(BaseModel):
    reason: str | None = Field(default=None, max_length=5000)


async def _payload(request: Request) -> dict[str, Any]:
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if content_type in ("application/x-www-form-urlencoded", "multipart/form-data"):
        form = await request.form()
        data: dict[str, Any] = {
            k: v for k, v in form.multi_items() if isinstance(v, str) and k != "attachments"
        }
        attachments = [v for k, v in form.multi_items() if k == "attachments" and isinstance(v, str)]
        if attachments:
            data["attachments"] = attachments
        return data
    raw = await request.body()
    try:
        parsed = json.loads(raw or b"null")
    except (ValueError, UnicodeDecodeError):
        raise RequestValidationError([{"type": "json_invalid", "loc": ("body",), "msg": ""}]) from None
    if not isinstance(parsed, dict):
        raise RequestValidationError([{"type": "model_type", "loc": ("body",), "msg": ""}])
    return parsed


@router.post("", status_code=201, openapi_extra=_CREATE_BODY)
async def create_ticket(
    request: Request,
    idempotency_key: str | None = Header(default=None, alias="Idempotency-Key", max_length=200),
    service: TicketService = Depends(get_tickets),
) -> JSONResponse:
    """Open a ticket. The answer carries `token` — the requester's secret to follow the ticket."""
    try:
        data = TicketCreate.model_validate(await _payload(request))
    except ValidationError as exc:
        raise RequestValidationError(exc.errors(include_input=False)) from None
    await count_new_ticket(request)
    created = await run_in_threadpool(
        service.create, data, channel="api", idempotency_key=(idempotency_key or "").strip() or None
    )
    return JSONResponse(created.to_dict(), status_code=201)


@router.get("/{code}")
async def get_ticket(
    code: str,
    x_ticket_token: str | None = Header(default=None),
    service: TicketService = Depends(get_tickets),
) -> dict[str, Any]:
    view = await run_in_threadpool(service.requester_view, code, x_ticket_token)
    if view is None:
        raise NotFound(f"Không tìm thấy phiếu {code} hoặc mã bí mật không đúng.")
    return view.to_dict()


@router.post("/{code}/messages", status_code=201)
async def post_message(
    code: str,
    body: MessageIn,
    x_ticket_token: str | None = Header(default=None),
    service: TicketService = Depends(get_tickets),
) -> dict[str, Any]:
    view = await run_in_threadpool(service.requester_message, code, x_ticket_token, body.text)
    return view.to_dict()


@router.post("/{code}/rating")
async def post_rating(
    code: str,
    body: RatingIn,
    x_ticket_token: str | None = Header(default=None),
    service: TicketService = Depends(get_tickets),
) -> dict[str, Any]:
    view = await run_in_threadpool(service.rate, code, x_ticket_token, body.score, body.comment)
    return view.to_dict()


@router.post("/{code}/reopen")
async def post_reopen(
    code: str,
    body: ReopenIn | None = None,
    x_ticket_token: str | None = Header(default=None),
    service: TicketService = Depends(get_tickets),
) -> dict[str, Any]:
    view = await run_in_threadpool(service.reopen, code, x_ticket_token, body.reason if body else None)
    return view.to_dict()
