"""`trolyao bot telegram` (long polling) and `trolyao bot set-webhook` (register the webhooks)."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import signal
import sys
from typing import Any

from api.config import Settings, get_settings

log = logging.getLogger(__name__)


def register(sub: argparse._SubParsersAction[Any]) -> None:
    p = sub.add_parser("bot", help="kênh trò chuyện: Telegram, Zalo")
    bot_sub = p.add_subparsers(dest="bot_command", metavar="VIỆC")
    bot_sub.required = True
    tg = bot_sub.add_parser(
        "telegram", help="chạy bot Telegram bằng long polling (webhook do `serve` phục vụ)"
    )
    tg.set_defaults(handler=run_telegram)
    hook = bot_sub.add_parser(
        "set-webhook", help="đăng ký webhook Telegram và Zalo Bot với địa chỉ công khai"
    )
    hook.add_argument(
        "--url", default="", help="địa chỉ công khai của `serve` (mặc định TROLYAO_PUBLIC_BASE_URL)"
    )
    hook.set_defaults(handler=set_webhook)


def run_telegram(args: argparse.Namespace) -> int:
    settings = get_settings()
    if not settings.telegram_token:
        print("Chưa cấu hình TROLYAO_TELEGRAM_TOKEN.", file=sys.stderr)
        return 2
    from telegram.error import InvalidToken, TelegramError

    logging.getLogger("bot").setLevel(logging.INFO)
    try:
        asyncio.run(_poll(settings))
    except InvalidToken:
        print("Telegram từ chối TROLYAO_TELEGRAM_TOKEN (token không hợp lệ).", file=sys.stderr)
        return 1
    except TelegramError as exc:
        print(f"Không kết nối được Bot API của Telegram: {type(exc).__name__}.", file=sys.stderr)
        return 1
    return 0


async def _poll(settings: Settings, stop: asyncio.Event | None = None) -> None:
    """Open the services, poll Telegram and dispatch the outbox until SIGINT/SIGTERM (or `stop`)."""
    from api.channels import channel_config, make_dialog
    from api.services import open_assistant, open_tickets
    from bot.runtime import open_channels

    stop = stop or asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError, RuntimeError):  # not the main thread / no signals
            loop.add_signal_handler(sig, stop.set)
    tickets = await asyncio.to_thread(open_tickets, settings)
    assistant = await asyncio.to_thread(open_assistant, settings)
    try:
        dialog = make_dialog(settings, assistant, tickets)
        async with open_channels(channel_config(settings), dialog, telegram_mode="polling"):
            print("Bot Telegram đang chạy (long polling). Ctrl+C để dừng.", file=sys.stderr)
            await stop.wait()
    finally:
        tickets.close()


def set_webhook(args: argparse.Namespace) -> int:
    settings = get_settings()
    base = (args.url or settings.public_base_url).rstrip("/")
    return asyncio.run(_set_webhooks(settings, base))


async def _set_webhooks(settings: Settings, base: str) -> int:
    import httpx
    from telegram import Update

    from bot.telegram import make_bot, set_commands
    from bot.zalo_bot import ZaloBotClient

    done = 0
    if settings.telegram_token:
        if not settings.telegram_webhook_secret:
            print("Cần TROLYAO_TELEGRAM_WEBHOOK_SECRET (1-256 ký tự A-Z a-z 0-9 _ -).", file=sys.stderr)
            return 2
        async with make_bot(settings.telegram_token, settings.telegram_base_url) as bot:
            await bot.set_webhook(
                url=f"{base}/webhooks/telegram",
                secret_token=settings.telegram_webhook_secret,
                allowed_updates=Update.ALL_TYPES,
            )
            await set_commands(bot)
        print(f"Telegram: webhook {base}/webhooks/telegram")
        done += 1
    if settings.zalo_bot_token:
        if len(settings.zalo_bot_webhook_secret) < 8:
            print("Cần TROLYAO_ZALO_BOT_WEBHOOK_SECRET (8-256 ký tự).", file=sys.stderr)
            return 2
        async with httpx.AsyncClient(timeout=15) as http:
            client = ZaloBotClient(http, token=settings.zalo_bot_token, base_url=settings.zalo_bot_base_url)
            await client.set_webhook(f"{base}/webhooks/zalo-bot", settings.zalo_bot_webhook_secret)
        print(f"Zalo Bot: webhook {base}/webhooks/zalo-bot")
        done += 1
    if settings.zalo_app_id:
        print(f"Zalo OA: đặt webhook {base}/webhooks/zalo trong trang quản trị developers.zalo.me.")
    if not done:
        print("Chưa cấu hình TROLYAO_TELEGRAM_TOKEN hay TROLYAO_ZALO_BOT_TOKEN.", file=sys.stderr)
        return 2
    return 0
