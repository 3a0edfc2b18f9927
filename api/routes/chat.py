"""POST /v1/chat: the web chat. With a `session_id` it runs the dialog (support intake, status);
without one it is a single question to the assistant. Answers the answer object of design.md."""

from __future__ import annotations

from typing import Any

import anyio.to_thread
from fastapi import APIRouter, HTTPException, Request
from pydantic import BaseModel, Field

from api import degraded
from bot.dialog import Dialog
from bot.messages import Message

router = APIRouter(tags=["hỏi đáp"])

WEB_CHANNEL = "web"


class ChatRequest(BaseModel):
    question: str = Field(max_length=20_000)
    session_id: str | None = Field(default=None, min_length=8, max_length=128, pattern=r"^[A-Za-z0-9_.:-]+$")


@router.post("/v1/chat")
async def chat(body: ChatRequest, request: Request) -> dict[str, Any]:
    dialog: Dialog | None = getattr(request.app.state, "dialog", None)
    if dialog is None:
        raise HTTPException(status_code=503, detail="Trợ lý chưa sẵn sàng, vui lòng thử lại sau.")
    if body.session_id:
        answer = await dialog.ahandle(Message(WEB_CHANNEL, body.session_id, body.question))
    else:
        answer = await anyio.to_thread.run_sync(dialog.assistant.answer, body.question)
    return degraded.mark(answer.to_dict(), dialog.assistant)
