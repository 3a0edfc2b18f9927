"""Sending a reply now, or parking it in the outbox when the channel fails, so nothing is lost."""

from __future__ import annotations

import functools
import logging

import anyio.to_thread

from bot.dialog import Dialog
from bot.messages import Kind, Message
from bot.outbox import PermanentSendError, Sender, enqueue
from bot.render_zalo import render_zalo
from bot.state import SessionFactory
from bot.zalo_oa import ZaloOAClient
from knowledge.answer import Answer

log = logging.getLogger(__name__)


async def deliver(sender: Sender, channel: str, recipient: str, text: str, session: SessionFactory) -> bool:
    """True when sent now; on a transient failure the text goes to the outbox for the dispatcher."""
    if not text:
        return True
    try:
        await sender(recipient, text)
    except PermanentSendError as exc:
        log.warning("reply dropped channel=%s: %s", channel, exc)
        return False
    except Exception as exc:
        log.warning("reply deferred to outbox channel=%s: %s", channel, type(exc).__name__)
        await anyio.to_thread.run_sync(lambda: enqueue(session, channel, recipient, text))
        return False
    return True


async def respond(
    dialog: Dialog, sender: Sender | None, channel: str, event_key: str, user_id: str, kind: Kind, text: str
) -> None:
    """Answer one delivered event once: skip a duplicate, run the dialog, send (or park) the reply."""

    async def send(answer: Answer) -> None:
        reply = render_zalo(answer)  # both Zalo channels take plain text within 2,000 characters
        text = "\n\n".join(reply.messages)
        if sender is None:
            log.warning("no sender configured for channel=%s; reply parked in the outbox", channel)
            await anyio.to_thread.run_sync(lambda: enqueue(dialog.tickets.session, channel, user_id, text))
            return
        target = sender
        if reply.support_button and isinstance(sender, ZaloOAClient):
            target = functools.partial(sender.send_text, support=True)
        await deliver(target, channel, user_id, text, dialog.tickets.session)

    await dialog.ahandle_delivery(Message(channel, user_id, text, kind), event_key, reply=send)
