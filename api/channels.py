"""Opening the dialog and the conversation channels from Settings, for the app's lifespan (api/app.py)
and for `trolyao bot telegram`: bot.runtime.ChannelConfig, the rate limiter, the metrics they report."""

from __future__ import annotations

import contextlib
import logging
from pathlib import Path

from api import metrics
from api.config import Settings
from bot.dialog import Dialog
from bot.ratelimit import RateLimiter
from bot.ratelimit_shared import RedisRateLimiter, SqlRateLimiter
from bot.runtime import ChannelConfig, Channels, open_channels
from knowledge.answer_cache import AnswerService
from tickets.service import TicketService

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


def make_dialog(settings: Settings, assistant: AnswerService, tickets: TicketService) -> Dialog:
    return Dialog(
        assistant,
        tickets,
        rate_limiter=rate_limiter(settings, tickets),
        public_url=settings.public_base_url,
        observe=_count_message,
        max_message_chars=settings.max_message_chars,
    )


def rate_limiter(settings: Settings, tickets: TicketService) -> RateLimiter:
    """Shared by every worker (Redis when TROLYAO_REDIS_URL is set, else a server database); in this
    process only on the embedded SQLite default, which one process serves."""
    per_minute = settings.rate_limit_per_minute
    if settings.redis_url:
        return RedisRateLimiter(settings.redis_url, per_minute)
    if not settings.sqlalchemy_url.startswith("sqlite"):
        return SqlRateLimiter(tickets.session, per_minute)
    return RateLimiter(per_minute)


def _count_message(channel: str, route: str) -> None:
    metrics.MESSAGES.labels(channel=channel, route=route).inc()


def _count_outbox(channel: str, outcome: str) -> None:
    metrics.OUTBOX.labels(channel=channel, outcome=outcome).inc()


def warn_unsigned_webhooks(settings: Settings) -> None:
    if settings.telegram_token and not settings.telegram_webhook_secret:
        log.warning("TROLYAO_TELEGRAM_WEBHOOK_SECRET is empty: /webhooks/telegram refuses every call")
    if settings.zalo_app_id and not settings.zalo_oa_secret_key:
        log.warning("TROLYAO_ZALO_OA_SECRET_KEY is empty: /webhooks/zalo refuses every call")


def open_app_channels(settings: Settings, dialog: Dialog) -> contextlib.AbstractAsyncContextManager[Channels]:
    """The channels of the HTTP app: Telegram by webhook, the Zalo clients, the outbox dispatcher."""
    warn_unsigned_webhooks(settings)
    return open_channels(
        channel_config(settings), dialog, telegram_mode="webhook", observe_outbox=_count_outbox
    )
