"""The conversation, the same on every channel: a `Message` in, an `Answer` out.

Routing: commands first, then an intake in progress, then the
assistant's answer, whose route the dialog acts on: status -> the requester's own tickets, support ->
the CÙNG THÀNH CÔNG intake; any other route is the reply. Only the assistant reads intent.
Knowledge and tickets are synchronous; `ahandle` runs the
dialog in a worker thread, one message at a time per user. Nothing here logs text or personal data.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
import weakref
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import AbstractContextManager
from typing import Protocol
from urllib.parse import quote

import anyio.to_thread
from pydantic import ValidationError as PydanticValidationError
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from bot import texts
from bot.intake import RETRY, Intake, Step
from bot.messages import Message
from bot.ratelimit import RateLimiter
from bot.state import ConversationStore, InboundGuard, read_sessions
from bot.status import status_reply
from knowledge import replies
from knowledge.answer import Answer, Route
from knowledge.duties import DutiesResult
from knowledge.duties import render_text as duties_text
from tickets.codes import code_in
from tickets.domain import CreatedTicket, PublicTicket, TicketCreate
from tickets.errors import TicketError, ValidationFailed

log = logging.getLogger(__name__)

MAX_RETRIES = 3
MAX_DUTIES_CHARS = 6000  # two Telegram messages, three Zalo messages
_FIELD_STEP: dict[str, Step] = {
    "name": "name",
    "phone": "contact",
    "tax_code": "contact",
    "description": "problem",
}


class AssistantLike(Protocol):
    def answer(self, question: str) -> Answer: ...
    def duties(self, agency: str) -> DutiesResult: ...
    def hotline(self) -> str: ...


class TicketsLike(Protocol):
    def create(
        self,
        data: TicketCreate,
        *,
        channel: str = "api",
        channel_user_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> CreatedTicket: ...
    def tickets_of_requester(self, channel: str, channel_user_id: str) -> list[PublicTicket]: ...
    def session(self) -> AbstractContextManager[Session]: ...


class Dialog:
    def __init__(
        self,
        assistant: AssistantLike,
        tickets: TicketsLike,
        *,
        rate_limiter: RateLimiter | None = None,
        public_url: str = "",
        observe: Callable[[str, str], None] | None = None,
        clock: Callable[[], float] = time.perf_counter,
        max_message_chars: int = texts.MAX_MESSAGE_CHARS,
    ) -> None:
        self.max_message_chars = max_message_chars
        self.observe = observe  # (channel, route) after each message: metrics
        self.public_url = public_url.rstrip("/")
        self.assistant = assistant
        self.tickets = tickets
        engine = getattr(tickets, "engine", None)
        reads = read_sessions(engine) if isinstance(engine, Engine) else None
        self.conversations = ConversationStore(tickets.session, reads)
        self.inbound = InboundGuard(tickets.session)
        self.rate_limiter = rate_limiter
        self._clock = clock
        self._locks: weakref.WeakValueDictionary[str, asyncio.Lock] = weakref.WeakValueDictionary()

    # -- entry points -------------------------------------------------------------------------------

    def handle(self, msg: Message) -> Answer:
        started = self._clock()
        try:
            answer = self._route(msg)
        except Exception as exc:  # the type and place only: an exception message may quote the user's text
            where = exc.__traceback__
            while where is not None and where.tb_next is not None:
                where = where.tb_next
            place = f"{where.tb_frame.f_code.co_filename}:{where.tb_lineno}" if where else "?"
            log.error("dialog failed on channel=%s: %s at %s", msg.channel, type(exc).__name__, place)
            answer = Answer(question=msg.text, route="refuse", answer=texts.FAILED)
        answer.latency_ms = round((self._clock() - started) * 1000.0, 1)
        log.info("dialog channel=%s route=%s latency_ms=%.0f", msg.channel, answer.route, answer.latency_ms)
        if self.observe is not None:
            self.observe(msg.channel, answer.route)
        return answer

    async def ahandle(self, msg: Message) -> Answer:
        """`handle` in a worker thread; messages of one user are handled in order, one at a time."""
        async with self._user_lock(msg):
            return await anyio.to_thread.run_sync(self.handle, msg)

    async def ahandle_delivery(
        self,
        msg: Message,
        event_key: str | None,
        reply: Callable[[Answer], Awaitable[object]] | None = None,
    ) -> Answer | None:
        """A delivered event: None when `event_key` was seen before (a redelivery), else the answer.

        The user's lock is taken before anything is awaited and `reply` (sending the answer) runs under
        it, so a user's messages are answered, and the replies sent, in the order they arrived even when
        the channel delivers them concurrently.
        """
        async with self._user_lock(msg):
            if event_key is not None and not await self.afirst_delivery(msg.channel, event_key):
                log.info("duplicate delivery ignored channel=%s", msg.channel)
                return None
            answer = await anyio.to_thread.run_sync(self.handle, msg)
            if reply is not None:
                await reply(answer)
            return answer

    @contextlib.asynccontextmanager
    async def _user_lock(self, msg: Message) -> AsyncIterator[None]:
        lock = self._locks.get(msg.key)
        if lock is None:
            lock = self._locks[msg.key] = asyncio.Lock()
        async with lock:
            yield

    def first_delivery(self, channel: str, event_key: str) -> bool:
        """False when this (channel, event key) was seen before: a duplicate delivery to ignore."""
        return self.inbound.first_time(channel, event_key)

    async def afirst_delivery(self, channel: str, event_key: str) -> bool:
        return await anyio.to_thread.run_sync(self.first_delivery, channel, event_key)

    # -- routing ------------------------------------------------------------------------------------

    def _route(self, msg: Message) -> Answer:
        if self.rate_limiter is not None and not self.rate_limiter.allow(msg.key):
            return _reply(msg, "refuse", texts.RATE_LIMITED)
        if msg.kind != "text":
            return _reply(msg, "refuse", texts.NOT_TEXT.get(msg.kind, texts.NOT_TEXT["other"]))
        text = msg.text.strip()
        if not text:
            return _reply(msg, "refuse", texts.EMPTY)
        if len(text) > self.max_message_chars:
            return _reply(msg, "refuse", texts.too_long(self.max_message_chars))
        if text.startswith("/"):
            return self._command(msg, text)
        state = self.conversations.load(msg.channel, msg.user_id)
        if "intake" in state:
            return self._continue_intake(msg, Intake.from_dict(state["intake"]), text)
        answer = self.assistant.answer(text)  # the assistant understands; the dialog acts on its route
        if answer.route == "status":
            return self._status(msg, code_in(text))
        if answer.route == "support":
            return self._start_intake(msg, text)
        return answer

    def _command(self, msg: Message, text: str) -> Answer:
        head, _, arg = text.partition(" ")
        name = head[1:].split("@", 1)[0].lower()
        arg = arg.strip()
        if name in ("start", "help", "batdau", "trogiup"):
            return _reply(msg, "answer", replies.GREETING)
        if name == "hotro":
            return self._start_intake(msg, arg)
        if name == "huy":
            state = self.conversations.load(msg.channel, msg.user_id)
            if "intake" not in state:
                return _reply(msg, "support", texts.NOTHING_TO_CANCEL)
            self.conversations.clear(msg.channel, msg.user_id)
            return _reply(msg, "support", texts.CANCELLED)
        if name == "trangthai":
            return self._status(msg, code_in(arg))
        if name == "nhiemvu":
            if not arg:
                return _reply(msg, "duties", texts.DUTIES_ASK)
            return _reply(msg, "duties", self._duties(arg))
        if name == "lienhe":
            return _reply(msg, "answer", self.assistant.hotline())
        return _reply(msg, "refuse", texts.UNKNOWN_COMMAND)

    def _duties(self, agency: str) -> str:
        """The duty look-up as text; a very long list is cut at a paragraph and points to the full one."""
        text = duties_text(self.assistant.duties(agency))
        if len(text) <= MAX_DUTIES_CHARS:
            return text
        cut = text.rfind("\n\n", 0, MAX_DUTIES_CHARS)
        cut = cut if cut > 0 else text.rfind("\n", 0, MAX_DUTIES_CHARS)
        link = f"{self.public_url}/v1/duties?agency={quote(agency)}" if self.public_url else "/v1/duties"
        return f"{text[:cut].rstrip()}\n\n… Danh sách còn dài; xem đầy đủ tại {link}"

    # -- status -------------------------------------------------------------------------------------

    def _status(self, msg: Message, code: str | None) -> Answer:
        tickets = self.tickets.tickets_of_requester(msg.channel, msg.user_id)
        return _reply(msg, "status", status_reply(tickets, code))

    # -- intake -------------------------------------------------------------------------------------

    def _start_intake(self, msg: Message, text: str) -> Answer:
        intake = Intake.start()
        if text:
            intake.take(text, first=True)
        prefix = "" if intake.complete else texts.INTAKE_START + "\n"
        return self._advance(msg, intake, prefix=prefix)

    def _continue_intake(self, msg: Message, intake: Intake, text: str) -> Answer:
        intake.take(text)
        return self._advance(msg, intake)

    def _advance(self, msg: Message, intake: Intake, *, prefix: str = "") -> Answer:
        if not intake.complete:
            question = intake.next_question()
            if intake.retries >= MAX_RETRIES:
                self.conversations.clear(msg.channel, msg.user_id)
                return _reply(msg, "support", texts.GAVE_UP)
            self.conversations.save(msg.channel, msg.user_id, {"intake": intake.to_dict()})
            return _reply(msg, "support", prefix + question)
        try:
            created = self.tickets.create(
                _ticket_data(intake),
                channel=msg.channel,
                channel_user_id=msg.user_id,
                idempotency_key=f"intake:{msg.channel}:{intake.intake_id}",
            )
        except ValidationFailed as exc:
            step: Step = _FIELD_STEP.get(exc.field, "problem")
            if step == "contact":
                intake.phone = intake.tax_code = ""
            else:
                setattr(intake, step, "")
            intake.asked = step
            self.conversations.save(msg.channel, msg.user_id, {"intake": intake.to_dict()})
            return _reply(msg, "support", f"{exc.message}\n{RETRY[step]}")
        except TicketError as exc:
            return _reply(msg, "support", exc.message)
        self.conversations.clear(msg.channel, msg.user_id)
        web = msg.channel == "web"
        answer = _reply(
            msg, "support", texts.ticket_created(created.code, created.agency, created.due, web=web)
        )
        answer.ticket = created.to_dict()
        if not web:
            answer.ticket["token"] = None  # chat channels follow tickets by their own user id
        return answer


def _ticket_data(intake: Intake) -> TicketCreate:
    """The ticket of a complete intake; a value the ticket model refuses becomes ValidationFailed (its field
    and Vietnamese message), never an exception that would carry the value into a log."""
    try:
        return TicketCreate(
            name=intake.name,
            company=intake.company or None,
            phone=intake.phone or None,
            tax_code=intake.tax_code or None,
            email=intake.email or None,
            subject=intake.subject(),
            description=intake.problem,
        )
    except PydanticValidationError as exc:
        error = exc.errors()[0]
        field = str(error["loc"][0]) if error.get("loc") else "description"
        message = str(error.get("msg", "")).removeprefix("Value error, ")
        raise ValidationFailed(field, message[:1].upper() + message[1:] + ".") from None


def _reply(msg: Message, route: Route, text: str) -> Answer:
    return Answer(question=msg.text, route=route, answer=text)
