"""Opening the conversation channels inside the app's lifespan (and for `trolyao bot telegram`).

Builds bot.runtime.ChannelConfig from Settings; stores on app.state:
- app.state.dialog     bot.dialog.Dialog (None until tickets and the assistant are open)
- app.state.channels   bot.runtime.Channels (the Telegram Application in webhook mode, Zalo clients, outbox)
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

from fastapi import FastAPI

from api import metrics
from api.config import Settings
from bot.dialog import Dialog
from bot.ratelimit import RateLimiter
from bot.ratelimit_shared import RedisRateLimiter, SqlRateLimiter
from bot.runtime import ChannelConfig, Channels, TelegramMode, open_channels

log = logging.getLogger(__name__)


def channel_config(settings: Settings) -> ChannelConfig:
    agency_chats = settings.telegram_agency_chats
    return ChannelConfig(
        telegram_token=settings.telegram_token,
        telegram_base_url=settings.telegram_base_url,
        zalo_app_id=settings.zalo_app_id,
        zalo_app_secret=settings.zalo_app_secret,
        zalo_oa_secret_key=settings.zalo_oa_secret_key,
        zalo_access_token=settings.zalo_access_token,
        zalo_refresh_token=settings.zalo_refresh_token,
        zalo_api_base_url=settings.zalo_api_base_url,
        zalo_oauth_base_url=settings.zalo_oauth_base_url,
        zalo_bot_token=settings.zalo_bot_token,
        zalo_bot_base_url=settings.zalo_bot_base_url,
        agency_chats=Path(agency_chats) if agency_chats else None,
        outbox_interval_s=settings.outbox_interval_s,
        outbox_base_delay_s=settings.outbox_base_delay_s,
    )


def make_dialog(settings: Settings, assistant: Any, tickets: Any) -> Dialog:
    return Dialog(
        assistant,
        tickets,
        rate_limiter=rate_limiter(settings, tickets),
        public_url=settings.public_base_url,
        observe=_count_message,
    )


def rate_limiter(settings: Settings, tickets: Any) -> RateLimiter:
    """Shared by every worker (Redis when TROLYAO_REDIS_URL is set, else a server database); in this
    process only on the embedded SQLite default, which one process serves."""
    per_minute = settings.rate_limit_per_minute
    if settings.redis_url:
        return RedisRateLimiter(settings.redis_url, per_minute)
    if not settings.sqlalchemy_url.startswith("sqlite") and hasattr(tickets, "session"):
        return SqlRateLimiter(tickets.session, per_minute)
    return RateLimiter(per_minute)


def _count_message(channel: str, route: str) -> None:
    metrics.MESSAGES.labels(channel=channel, route=route).inc()


def _count_outbox(channel: str, outcome: str) -> None:
    metrics.OUTBOX.labels(channel=channel, outcome=outcome).inc()


@contextlib.asynccontextmanager
async def channels_lifespan(app: FastAPI, *, telegram_mode: TelegramMode = "webhook") -> AsyncIterator[None]:
    """Open the dialog and the channels on the services other parts opened before (tickets, assistant)."""
    settings: Settings = app.state.settings
    tickets = getattr(app.state, "tickets", None)
    assistant = getattr(app.state, "assistant", None)
    app.state.dialog = None
    app.state.channels = None
    if tickets is None or assistant is None:
        log.warning("channels not started: the ticket service or the assistant is not open")
        yield
        return
    if settings.telegram_token and not settings.telegram_webhook_secret:
        log.warning("TROLYAO_TELEGRAM_WEBHOOK_SECRET is empty: /webhooks/telegram refuses every call")
    if settings.zalo_app_id and not settings.zalo_oa_secret_key:
        log.warning("TROLYAO_ZALO_OA_SECRET_KEY is empty: /webhooks/zalo refuses every call")
    dialog = app.state.dialog = make_dialog(settings, assistant, tickets)
    channels: Channels
    async with open_channels(
        channel_config(settings), dialog, telegram_mode=telegram_mode, observe_outbox=_count_outbox
    ) as channels:
        app.state.channels = channels
        yield
