"""The channel-agnostic message the dialog takes in."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Kind = Literal["text", "sticker", "image", "file", "other"]

#: Channels a conversation can come from. A ticket keeps the channel it was opened on.
CHANNELS = ("telegram", "zalo", "zalo_bot", "web")


@dataclass(frozen=True)
class Message:
    """One incoming message. `user_id` is the channel's id of the person (Telegram chat id, Zalo user id,
    web session id). `kind` is "text" for text and a media kind for what the dialog cannot read."""

    channel: str
    user_id: str
    text: str = ""
    kind: Kind = "text"

    @property
    def key(self) -> str:
        return f"{self.channel}:{self.user_id}"
