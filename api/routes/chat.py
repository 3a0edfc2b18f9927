"""POST /v1/chat: the web chat. With a `session_id` it runs the dialog (support intake, status);
without one it is a single question to the assistant. Answers the answer object (knowledge/answer.py), plus
`session_id`: the one sent, or a new one to keep a conversation with.

Session ids are issued by this server only (a random id and its MAC): an id the client made up, or the
requester id staff see on a ticket, is refused with 422. The dialog knows a session by its requester id
(api/web/session.py), never by the session id itself."""

from __future__ import annotations

import hmac
import secrets
from typing import Any

import anyio.to_thread
from fastapi import APIRouter, Request
from fastapi.exceptions import RequestValidationError
from pydantic import BaseModel, Field

from api import degraded
from api.deps import get_services
from api.web.session import requester_id, signer
from bot.messages import Message

router = APIRouter(tags=["hỏi đáp"])

WEB_CHANNEL = "web"
BAD_SESSION = "không hợp lệ hoặc không do máy chủ cấp; bỏ trống để bắt đầu phiên mới"


class ChatRequest(BaseModel):
    question: str = Field(description="at most TROLYAO_MAX_FIELD_CHARS characters (422 past it)")
    session_id: str | None = Field(
        default=None,
        min_length=8,
        max_length=128,
        pattern=r"^[A-Za-z0-9_.:-]+$",
        description="the `session_id` of an earlier answer: keeps the conversation",
    )


def new_session_id(request: Request) -> str:
    sid = secrets.token_urlsafe(24)
    return f"{sid}.{signer(request, 'chat-session').mac(sid)}"


def verified_session(request: Request, value: str) -> str | None:
    """The random part of a session id this server issued, else None."""
    sid, _, mac = value.partition(".")
    if not sid or not mac or not hmac.compare_digest(mac, signer(request, "chat-session").mac(sid)):
        return None
    return sid


@router.post("/v1/chat")
async def chat(body: ChatRequest, request: Request) -> dict[str, Any]:
    services = get_services(request)
    dialog = services.dialog
    limit = services.settings.max_field_chars
    if len(body.question) > limit:
        error = {"type": "string_too_long", "loc": ("body", "question"), "ctx": {"max_length": limit}}
        raise RequestValidationError([{**error, "msg": f"String should have at most {limit} characters"}])
    if body.session_id:
        sid = verified_session(request, body.session_id)
        if sid is None:
            error = {"type": "value_error", "loc": ("body", "session_id"), "msg": BAD_SESSION}
            raise RequestValidationError([error])
        answer = await dialog.ahandle(Message(WEB_CHANNEL, requester_id(request, sid), body.question))
        session_id = body.session_id
    else:
        answer = await anyio.to_thread.run_sync(services.assistant.answer, body.question)
        session_id = new_session_id(request)
    return degraded.mark({**answer.to_dict(), "session_id": session_id}, services.assistant)
