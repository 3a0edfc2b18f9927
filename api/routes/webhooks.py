"""Webhooks: Telegram (secret header), Zalo OA (signed events), Zalo Bot Platform (secret header).

Each answers at once; the work (dialog, reply) runs after the answer. Duplicate deliveries are
ignored by the `inbound_events` guard inside that work. Forged calls do nothing.
"""

from __future__ import annotations

import hmac
import json
import logging
from typing import Any

from fastapi import APIRouter, BackgroundTasks, HTTPException, Request, Response
from telegram import Update

from api.deps import app_settings, get_services
from bot import zalo_bot, zalo_oa
from bot.delivery import respond
from bot.runtime import Channels

router = APIRouter(tags=["webhook"])
log = logging.getLogger(__name__)

MAX_WEBHOOK_BYTES = 256 * 1024


def _channels(request: Request) -> Channels:
    return get_services(request).channels


async def _body(request: Request) -> bytes:
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > MAX_WEBHOOK_BYTES:
        raise HTTPException(status_code=413)
    raw = await request.body()
    if len(raw) > MAX_WEBHOOK_BYTES:
        raise HTTPException(status_code=413)
    return raw


def _json_object(raw: bytes) -> dict[str, Any]:
    try:
        data = json.loads(raw)
    except ValueError:
        raise HTTPException(status_code=400) from None
    if not isinstance(data, dict):
        raise HTTPException(status_code=400)
    return data


@router.post("/webhooks/telegram")
async def telegram_webhook(request: Request) -> Response:
    settings = app_settings(request)
    secret = settings.telegram_webhook_secret
    header = request.headers.get("X-Telegram-Bot-Api-Secret-Token", "")
    if not secret or not hmac.compare_digest(header.encode(), secret.encode()):
        raise HTTPException(status_code=403)
    application = _channels(request).telegram
    if application is None:
        raise HTTPException(status_code=503, detail="Telegram chưa được cấu hình.")
    data = _json_object(await _body(request))
    try:
        update = Update.de_json(data, application.bot)
    except Exception:  # any malformed update: PTB raises whatever its parsing meets
        raise HTTPException(status_code=400) from None
    await application.update_queue.put(update)
    return Response(status_code=200)


@router.post("/webhooks/zalo")
async def zalo_webhook(request: Request, background: BackgroundTasks) -> dict[str, str]:
    settings = app_settings(request)
    raw = await _body(request)
    event = zalo_oa.verify_event(
        raw,
        request.headers.get("X-ZEvent-Signature", ""),
        app_id=settings.zalo_app_id,
        oa_secret_key=settings.zalo_oa_secret_key,
    )
    if event is None:
        raise HTTPException(status_code=401)
    parsed = zalo_oa.parse_event(event)
    if parsed is not None:
        channels = _channels(request)
        background.add_task(
            respond,
            channels.dialog,
            channels.zalo,
            zalo_oa.CHANNEL,
            parsed.key,
            parsed.user_id,
            parsed.kind,
            parsed.text,
        )
    return {"message": "Success"}


@router.post("/webhooks/zalo-bot")
async def zalo_bot_webhook(request: Request, background: BackgroundTasks) -> dict[str, bool]:
    settings = app_settings(request)
    if not zalo_bot.secret_ok(
        request.headers.get("X-Bot-Api-Secret-Token", ""), settings.zalo_bot_webhook_secret
    ):
        raise HTTPException(status_code=403)
    parsed = zalo_bot.parse_update(_json_object(await _body(request)))
    if parsed is not None:
        channels = _channels(request)
        background.add_task(
            respond,
            channels.dialog,
            channels.zalo_bot,
            zalo_bot.CHANNEL,
            parsed.key,
            parsed.chat_id,
            parsed.kind,
            parsed.text,
        )
    return {"ok": True}
