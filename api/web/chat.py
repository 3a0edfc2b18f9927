"""The web chat's turn: ask the dialog (or the assistant) and shape the answer for the page."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import quote

from fastapi import Request

from api import degraded
from api.deps import get_services
from api.routes.chat import WEB_CHANNEL
from api.web.answer_view import web_view
from api.web.session import requester_id
from api.web.transcripts import SqlTranscriptStore
from bot.messages import Message
from knowledge.answer import Answer, Source
from knowledge.replies import DEGRADED_NOTE

MAX_SOURCES = 3
CITATION = re.compile(r"\[(\d{1,2})\]")
REF_NOTE = re.compile(r"^\[(\d{1,2})\].*\(([^()]*thay thế[^()]*)\)\s*$", re.M)


def transcripts(request: Request) -> SqlTranscriptStore:
    """On the ticket database (shared by every worker)."""
    return get_services(request).transcripts


async def _answer(request: Request, session_id: str, question: str) -> Answer:
    """The dialog keeps the conversation of this browser session: follow-up questions, support intake
    and status checks."""
    dialog = get_services(request).dialog
    return await dialog.ahandle(Message(WEB_CHANNEL, session_id, question))


def _cited(text: str, sources: list[Source]) -> tuple[str, list[dict[str, Any]]]:
    """The answer without its trailing plain-text source list (the page lists the sources itself, keeping
    a reference's "replaced document" remark), and the sources it cites as [n], numbered as in the text;
    an answer without citations keeps its first few sources."""
    cut = text.rfind("\nNguồn:")
    body, refs = (text[:cut].rstrip(), text[cut:]) if cut > 0 and sources else (text, "")
    notes = {int(n): note for n, note in REF_NOTE.findall(refs)}
    cited = sorted({int(n) for n in CITATION.findall(body) if 0 < int(n) <= len(sources)})
    numbered = [(n, sources[n - 1]) for n in cited] or list(enumerate(sources[:MAX_SOURCES], 1))
    return body, [
        {
            "n": n,
            "doc": s.doc,
            "title": s.title,
            "section": s.section,
            "text": s.text,
            "note": notes.get(n, ""),
        }
        for n, s in numbered
    ]


def turn_of(answer: Answer) -> dict[str, Any]:
    ticket = answer.ticket or None
    body, sources = _cited(answer.answer, answer.sources)
    follow_url = None
    if ticket and ticket.get("code") and ticket.get("token"):
        follow_url = f"/theo-doi/{quote(str(ticket['code']))}?t={quote(str(ticket['token']))}"
    return {
        "question": answer.question,
        "route": answer.route,
        "answer": body,
        "sources": sources,
        "ticket": {"code": ticket.get("code")} if ticket else None,
        "follow_url": follow_url,
        "view": web_view(answer),
    }


async def answer_turn(request: Request, session_id: str, question: str) -> dict[str, Any]:
    """A turn of the browser session `session_id`; the dialog knows it by its requester id only."""
    turn = turn_of(await _answer(request, requester_id(request, session_id), question))
    if turn["route"] == "answer" and degraded.vector_store_down(get_services(request).assistant):
        if DEGRADED_NOTE not in turn["answer"]:  # the assistant adds it to answers it gives
            turn["answer"] = f"{turn['answer']}\n\n{DEGRADED_NOTE}"
        turn["degraded"] = True
        turn["view"]["degraded_note"] = DEGRADED_NOTE
    return turn
