"""The running channels of one process: the Telegram Application, the Zalo clients, the outbox dispatcher.

`open_channels(config, dialog, telegram_mode=...)` starts what is configured and stops it on exit.
The api/ layer builds `ChannelConfig` from settings; nothing here reads the environment.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

import httpx
from telegram.error import TelegramError

from bot.agency_chats import AgencyChats
from bot.credentials import Credentials, CredentialStore
from bot.dialog import Dialog
from bot.outbox import OutboxDispatcher, PermanentSendError, Sender
from bot.telegram import TelegramSender, TgApp, build_application, set_commands
from bot.zalo_bot import ZaloBotClient
from bot.zalo_oa import CREDENTIAL_NAME, ZaloOAClient
from tickets.models import utcnow

log = logging.getLogger(__name__)

TelegramMode = Literal["webhook", "polling", "off"]
INBOUND_KEYS_KEPT = dt.timedelta(days=14)


@dataclass(frozen=True)
class ChannelConfig:
    telegram_token: str = ""
    telegram_base_url: str = ""
    zalo_app_id: str = ""
    zalo_app_secret: str = ""
    zalo_oa_secret_key: str = ""
    zalo_access_token: str = ""
    zalo_refresh_token: str = ""
    zalo_api_base_url: str = "https://openapi.zalo.me"
    zalo_oauth_base_url: str = "https://oauth.zaloapp.com"
    zalo_bot_token: str = ""
    zalo_bot_base_url: str = "https://bot-api.zapps.me"
    agency_chats: Path | None = None
    outbox_interval_s: float = 2.0
    outbox_base_delay_s: float = 5.0
    http_timeout_s: float = 15.0
    poll_interval_s: float = 0.0
    poll_timeout_s: int = 10


@dataclass
class Channels:
    dialog: Dialog
    dispatcher: OutboxDispatcher
    telegram: TgApp | None = None
    zalo: ZaloOAClient | None = None
    zalo_bot: ZaloBotClient | None = None
    senders: dict[str, Sender] = field(default_factory=dict)


@contextlib.asynccontextmanager
async def open_channels(
    config: ChannelConfig,
    dialog: Dialog,
    *,
    telegram_mode: TelegramMode = "webhook",
    run_dispatcher: bool = True,
    observe_outbox: Callable[[str, str], None] | None = None,
) -> AsyncIterator[Channels]:
    session = dialog.tickets.session
    senders: dict[str, Sender] = {}
    async with httpx.AsyncClient(timeout=config.http_timeout_s) as http, contextlib.AsyncExitStack() as stack:
        telegram: TgApp | None = None
        if config.telegram_token and telegram_mode != "off":
            telegram = await _start_telegram(config, dialog, telegram_mode, stack)
        if telegram is not None:
            tg_send = TelegramSender(telegram.bot)
            senders["telegram"] = tg_send
            senders["agency"] = _agency_sender(tg_send, AgencyChats.load(config.agency_chats))
        zalo: ZaloOAClient | None = None
        if config.zalo_app_id and (config.zalo_access_token or config.zalo_refresh_token):
            store = CredentialStore(session)
            await asyncio.to_thread(
                store.seed, CREDENTIAL_NAME, Credentials(config.zalo_access_token, config.zalo_refresh_token)
            )
            zalo = ZaloOAClient(
                http,
                store,
                app_id=config.zalo_app_id,
                app_secret=config.zalo_app_secret,
                api_base_url=config.zalo_api_base_url,
                oauth_base_url=config.zalo_oauth_base_url,
            )
            senders["zalo"] = zalo
        zalo_bot: ZaloBotClient | None = None
        if config.zalo_bot_token:
            zalo_bot = ZaloBotClient(http, token=config.zalo_bot_token, base_url=config.zalo_bot_base_url)
            senders["zalo_bot"] = zalo_bot
        dispatcher = OutboxDispatcher(
            session, senders, base_delay_s=config.outbox_base_delay_s, observe=observe_outbox
        )
        tasks = [asyncio.create_task(_housekeeping(dialog), name="inbound-events-cleanup")]
        if run_dispatcher and senders:
            tasks.append(asyncio.create_task(dispatcher.run_forever(config.outbox_interval_s), name="outbox"))
        try:
            yield Channels(dialog, dispatcher, telegram, zalo, zalo_bot, senders)
        finally:
            for task in tasks:
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task


async def _start_telegram(
    config: ChannelConfig, dialog: Dialog, mode: TelegramMode, stack: contextlib.AsyncExitStack
) -> TgApp | None:
    """Start the Application. In webhook mode (inside `serve`) an unreachable Bot API is logged and
    Telegram stays off, so the web app still starts; in polling mode the error ends the command."""
    telegram = build_application(
        config.telegram_token, dialog, base_url=config.telegram_base_url, webhook=mode == "webhook"
    )
    try:
        await stack.enter_async_context(telegram)  # initialize() (getMe) ... shutdown()
    except TelegramError as exc:
        if mode == "polling":
            raise
        log.error("Telegram is off: the Bot API did not answer (%s)", type(exc).__name__)
        return None
    await set_commands(telegram.bot)
    await telegram.start()
    stack.push_async_callback(telegram.stop)
    if mode == "polling" and telegram.updater is not None:
        await telegram.updater.start_polling(
            poll_interval=config.poll_interval_s, timeout=config.poll_timeout_s, drop_pending_updates=False
        )
        stack.push_async_callback(telegram.updater.stop)
    return telegram


async def _housekeeping(dialog: Dialog, every_s: float = 3600.0) -> None:
    """Forget delivery keys older than any redelivery could be (both platforms retry for hours)."""
    while True:
        try:
            await asyncio.to_thread(dialog.inbound.forget_before, utcnow() - INBOUND_KEYS_KEPT)
        except Exception:
            log.exception("inbound events clean-up failed")
        await asyncio.sleep(every_s)


def _agency_sender(telegram: Sender, chats: AgencyChats) -> Sender:
    async def send(agency: str, text: str) -> None:
        chat = chats.chat_for(agency)
        if chat is None:
            raise PermanentSendError("no Telegram chat configured for this agency")
        await telegram(chat, text)

    return send
