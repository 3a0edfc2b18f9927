"""Sending an answer on Telegram as HTML with its inline keyboard, and the keyboard's callbacks:
"Nguồn" shows the sources kept with the conversation, "Gửi yêu cầu hỗ trợ" starts the intake.

The plain-text rendering is what the outbox keeps when Telegram cannot be reached; a message Telegram
refuses as HTML (400) goes out again as plain text, so an answer is never lost to its markup.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import logging
from typing import cast

import anyio.to_thread
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.constants import ParseMode
from telegram.error import BadRequest, Forbidden, RetryAfter, TelegramError
from telegram.ext import ContextTypes

from bot.delivery import deliver
from bot.dialog import Dialog
from bot.messages import Message
from bot.outbox import PermanentSendError, RetryLater
from bot.render_telegram import SOURCES_PREFIX, SUPPORT_DATA, render_telegram
from bot.texts import render
from bot.textsplit import TELEGRAM_LIMIT, split_text
from knowledge.answer import Answer

log = logging.getLogger(__name__)

CHANNEL = "telegram"
SOURCES_KEPT = 5  # answers per chat whose sources the "Nguồn" button can still show
SOURCES_GONE = "Nguồn của câu trả lời này không còn được lưu. Anh/chị vui lòng hỏi lại câu hỏi."


def keyboard(buttons: list[tuple[str, str]]) -> InlineKeyboardMarkup | None:
    if not buttons:
        return None
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(label, callback_data=data) for label, data in buttons]]
    )


class HtmlSender:
    """Sends the HTML messages of one reply; `text` (its plain rendering) is the fallback and what the
    outbox keeps when sending fails for a while."""

    def __init__(self, bot: Bot, messages: list[str], buttons: list[tuple[str, str]]) -> None:
        self.bot, self.messages, self.buttons = bot, messages, buttons

    async def __call__(self, chat_id: str, text: str) -> None:
        try:
            for i, piece in enumerate(self.messages):
                last = i == len(self.messages) - 1
                await self.bot.send_message(
                    chat_id=_chat(chat_id),
                    text=piece,
                    parse_mode=ParseMode.HTML,
                    reply_markup=keyboard(self.buttons) if last else None,
                    disable_web_page_preview=True,
                )
        except BadRequest as exc:
            log.warning("telegram refused the HTML reply (%s); sending plain text", type(exc).__name__)
            await self._plain(chat_id, text)
        except Forbidden as exc:
            raise PermanentSendError(f"Forbidden: {exc.message}") from None
        except RetryAfter as exc:
            wait = exc.retry_after
            raise RetryLater(
                wait.total_seconds() if isinstance(wait, dt.timedelta) else float(wait)
            ) from None
        except TelegramError as exc:
            raise ConnectionError(f"{type(exc).__name__}: {exc.message}") from None

    async def _plain(self, chat_id: str, text: str) -> None:
        for piece in split_text(text, TELEGRAM_LIMIT):
            try:
                await self.bot.send_message(chat_id=_chat(chat_id), text=piece)
            except BadRequest as exc:
                raise PermanentSendError(f"BadRequest: {exc.message}") from None


def _chat(chat_id: str) -> int | str:
    return int(chat_id) if chat_id.lstrip("-").isdigit() else chat_id


def remember_sources(dialog: Dialog, chat_id: str, sources: str) -> str:
    """Keep `sources` with the chat's conversation (shared by every worker); the key for the button,
    or "" while an intake is in progress (its state is not touched)."""
    state = dialog.conversations.load(CHANNEL, chat_id)
    if "intake" in state:
        return ""
    key = hashlib.sha256(f"{dt.datetime.now(dt.UTC).isoformat()}{sources}".encode()).hexdigest()[:12]
    kept = dict(state.get("sources") or {})
    kept[key] = sources
    state["sources"] = dict(list(kept.items())[-SOURCES_KEPT:])
    dialog.conversations.save(CHANNEL, chat_id, state)
    return key


def stored_sources(dialog: Dialog, chat_id: str, key: str) -> str:
    kept = dialog.conversations.load(CHANNEL, chat_id).get("sources") or {}
    value = kept.get(key, "") if isinstance(kept, dict) else ""
    return value if isinstance(value, str) else ""


async def send_answer(bot: Bot, dialog: Dialog, chat_id: str, answer: Answer) -> None:
    reply = render_telegram(answer, dialog.public_url)
    buttons = reply.buttons
    if reply.sources:
        key = await anyio.to_thread.run_sync(remember_sources, dialog, chat_id, reply.sources)
        buttons = [(label, data + key) for label, data in buttons if data != SOURCES_PREFIX or key]
    sender = HtmlSender(bot, reply.messages, buttons)
    await deliver(sender, CHANNEL, chat_id, render(answer), dialog.tickets.session)


async def on_callback(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A press on an answer's button: its sources, or the start of a support request."""
    query, chat = update.callback_query, update.effective_chat
    if query is None or chat is None:
        return
    with contextlib.suppress(TelegramError):
        await query.answer()
    dialog = cast(Dialog, context.bot_data["dialog"])
    data = query.data or ""
    if data.startswith(SOURCES_PREFIX):
        key = data[len(SOURCES_PREFIX) :]
        html = await anyio.to_thread.run_sync(stored_sources, dialog, str(chat.id), key)
        sender = HtmlSender(context.bot, [html] if html else [SOURCES_GONE], [])
        await deliver(sender, CHANNEL, str(chat.id), SOURCES_GONE, dialog.tickets.session)
    elif data == SUPPORT_DATA:

        async def send(answer: Answer) -> None:
            await send_answer(context.bot, dialog, str(chat.id), answer)

        await dialog.ahandle_delivery(Message(CHANNEL, str(chat.id), "/hotro"), f"cb:{query.id}", reply=send)
