"""The web chat's turn: ask the dialog (or the assistant) and shape the answer for the page."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from fastapi import Request
from starlette.concurrency import run_in_threadpool

from api.routes.chat import WEB_CHANNEL
from api.web.transcripts import TranscriptStore
from bot.dialog import Dialog
from bot.messages import Message
from knowledge.answer import Answer

MAX_SOURCES = 5
NOT_READY = "Trợ lý đang khởi động, vui lòng thử lại sau ít phút."


def transcripts(request: Request) -> TranscriptStore:
    store: TranscriptStore | None = getattr(request.app.state, "web_transcripts", None)
    if store is None:
        store = TranscriptStore()
        request.app.state.web_transcripts = store
    return store


async def _answer(request: Request, session_id: str, question: str) -> Answer:
    """The dialog (channels) keeps the conversation of this browser session: follow-up questions,
    support intake and status checks; without it (channels not open) the assistant answers alone."""
    dialog: Dialog | None = getattr(request.app.state, "dialog", None)
    if dialog is not None:
        return await dialog.ahandle(Message(WEB_CHANNEL, session_id, question))
    assistant = getattr(request.app.state, "assistant", None)
    if assistant is None:
        return Answer(question=question, route="refuse", answer=NOT_READY)
    answer: Answer = await run_in_threadpool(assistant.answer, question)
    return answer


def turn_of(answer: Answer) -> dict[str, Any]:
    ticket = answer.ticket or None
    follow_url = None
    if ticket and ticket.get("code") and ticket.get("token"):
        follow_url = f"/theo-doi/{quote(str(ticket['code']))}?t={quote(str(ticket['token']))}"
    return {
        "question": answer.question,
        "route": answer.route,
        "answer": answer.answer,
        "sources": [
            {"doc": s.doc, "title": s.title, "section": s.section, "text": s.text}
            for s in answer.sources[:MAX_SOURCES]
        ],
        "ticket": {"code": ticket.get("code")} if ticket else None,
        "follow_url": follow_url,
    }


async def answer_turn(request: Request, session_id: str, question: str) -> dict[str, Any]:
    return turn_of(await _answer(request, session_id, question))
