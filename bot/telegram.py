"""Telegram adapter: one python-telegram-bot Application whose handlers hand messages to the dialog.

- Long polling (`trolyao bot telegram`) and webhook mode (FastAPI feeds updates into
  `application.update_queue`; the Application is built without an Updater).
- `base_url` points the client at another Bot API server (a local one, or a fake in tests).
- Answers go out in HTML parse mode (bot/render_telegram.py: escaped, only the tags Telegram allows,
  cut at line ends within 4,096 characters) with an inline keyboard ("Nguồn", "Gửi yêu cầu hỗ trợ",
  bot/telegram_reply.py); notifications and the outbox stay plain text.
- A repeated `update_id` does nothing the second time (the `inbound_events` guard, under the user's lock).
- Only private chats are answered; agency group chats receive notifications, and `/chatid` anywhere
  tells an operator the id to put in agency_chats.csv.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
from typing import Any, cast

from telegram import Bot, BotCommand, Update
from telegram import Message as TgMessage
from telegram.constants import ChatAction
from telegram.error import BadRequest, Forbidden, RetryAfter, TelegramError
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from bot.delivery import deliver
from bot.dialog import Dialog
from bot.messages import Kind, Message
from bot.outbox import PermanentSendError, RetryLater
from bot.telegram_reply import on_callback, send_answer
from bot.texts import COMMANDS
from bot.textsplit import TELEGRAM_LIMIT, split_text
from knowledge.answer import Answer

log = logging.getLogger(__name__)

CHANNEL = "telegram"
TgApp = Application[Any, Any, Any, Any, Any, Any]


def build_application(
    token: str,
    dialog: Dialog,
    *,
    base_url: str = "",
    webhook: bool = False,
    concurrent_updates: int = 64,
) -> TgApp:
    """The bot. `webhook=True` builds it without an Updater: updates come from our own HTTP endpoint."""
    builder = Application.builder().token(token).concurrent_updates(concurrent_updates)
    if base_url:
        base = base_url.rstrip("/")
        builder = builder.base_url(f"{base}/bot").base_file_url(f"{base}/file/bot")
    if webhook:
        builder = builder.updater(None)
    quiet_client_logs()
    app = cast(TgApp, builder.build())
    app.bot_data["dialog"] = dialog
    app.add_handler(CommandHandler("chatid", on_chat_id))
    app.add_handler(MessageHandler(filters.UpdateType.MESSAGE & filters.ChatType.PRIVATE, on_message))
    app.add_handler(CallbackQueryHandler(on_callback))
    app.add_error_handler(on_error)
    return app


def quiet_client_logs() -> None:
    """PTB logs request parameters (message texts) at DEBUG and httpx logs URLs (with the bot token) at
    INFO: keep both above those levels whatever the root level is."""
    for name, level in (
        ("telegram", logging.INFO),
        ("httpx", logging.WARNING),
        ("httpcore", logging.WARNING),
    ):
        logger = logging.getLogger(name)
        if logger.getEffectiveLevel() < level:
            logger.setLevel(level)


def make_bot(token: str, base_url: str = "") -> Bot:
    """A bare Bot (no Application), e.g. to register the webhook."""
    quiet_client_logs()
    if not base_url:
        return Bot(token)
    base = base_url.rstrip("/")
    return Bot(token, base_url=f"{base}/bot", base_file_url=f"{base}/file/bot")


async def set_commands(bot: Bot) -> None:
    """The command menu (setMyCommands); a failure is logged, never fatal."""
    try:
        await bot.set_my_commands([BotCommand(name, text) for name, text in COMMANDS])
    except TelegramError as exc:
        log.warning("setMyCommands failed: %s", type(exc).__name__)


# -- handlers (plain async functions) ----------------------------------------------------------------


async def on_message(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    message, chat = update.message, update.effective_chat
    if message is None or chat is None:
        return
    dialog = _dialog(context)
    incoming = Message(CHANNEL, str(chat.id), message.text or "", kind_of(message))
    if incoming.kind == "text" and not incoming.text.startswith("/"):
        # "typing…" while the answer is composed: cosmetic, and never awaited ahead of the user's turn.
        context.application.create_task(_typing(context.bot, chat.id))

    async def send(answer: Answer) -> None:
        await send_answer(context.bot, dialog, str(chat.id), answer)

    # A repeated update_id gets no answer; replies go out under the user's turn, in arrival order.
    await dialog.ahandle_delivery(incoming, str(update.update_id), reply=send)


async def _typing(bot: Bot, chat_id: int) -> None:
    with contextlib.suppress(TelegramError):
        await bot.send_chat_action(chat_id, ChatAction.TYPING)


async def on_chat_id(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/chatid, in any chat: the id an operator puts in agency_chats.csv for an agency's group."""
    chat = update.effective_chat
    if chat is not None:
        text = (
            f"Mã cuộc trò chuyện này (chat id): {chat.id}\nĐiền vào agency_chats.csv để nhóm nhận phiếu mới."
        )
        await deliver(
            TelegramSender(context.bot), CHANNEL, str(chat.id), text, _dialog(context).tickets.session
        )


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    log.error("telegram handler failed: %s", type(context.error).__name__ if context.error else "unknown")


def kind_of(message: TgMessage) -> Kind:
    if message.text is not None:
        return "text"
    if message.sticker is not None:
        return "sticker"
    if message.photo:
        return "image"
    if message.document is not None:
        return "file"
    return "other"


def _dialog(context: ContextTypes.DEFAULT_TYPE) -> Dialog:
    return cast(Dialog, context.bot_data["dialog"])


# -- sending --------------------------------------------------------------------------------------------


class TelegramSender:
    """`(chat id, text) -> None` for the outbox and direct replies, with Telegram errors classified."""

    def __init__(self, bot: Bot) -> None:
        self.bot = bot

    async def __call__(self, chat_id: str, text: str) -> None:
        for piece in split_text(text, TELEGRAM_LIMIT):
            try:
                await self.bot.send_message(chat_id=_chat(chat_id), text=piece)
            except (Forbidden, BadRequest) as exc:
                raise PermanentSendError(f"{type(exc).__name__}: {exc.message}") from None
            except RetryAfter as exc:
                raise RetryLater(_seconds(exc.retry_after), "RetryAfter") from None
            except TelegramError as exc:
                raise ConnectionError(f"{type(exc).__name__}: {exc.message}") from None


def _chat(chat_id: str) -> int | str:
    return int(chat_id) if chat_id.lstrip("-").isdigit() else chat_id


def _seconds(value: int | float | dt.timedelta) -> float:
    return value.total_seconds() if isinstance(value, dt.timedelta) else float(value)
