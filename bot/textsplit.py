"""Splitting long replies into channel-sized messages, and cleaning text before it is sent.

Telegram takes 4,096 characters a message, the Zalo OA and Zalo Bot APIs 2,000. Replies are split on
paragraph boundaries first, then on line ends, then on sentence ends and spaces, and only as a last
resort inside a word. Replies are sent as plain text (no parse mode), so no markup can break them.
"""

from __future__ import annotations

import re
import unicodedata

TELEGRAM_LIMIT = 4096
ZALO_LIMIT = 2000

_SEPARATORS = ("\n\n", "\n", ". ", "; ", ", ", " ")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def clean(text: str) -> str:
    """NFC-normalise and drop control characters a channel would refuse."""
    return _CONTROL.sub("", unicodedata.normalize("NFC", text)).strip()


def split_text(text: str, limit: int) -> list[str]:
    """Cut `text` into pieces of at most `limit` characters, preferring paragraph boundaries."""
    if limit < 1:
        raise ValueError("limit must be positive")
    text = clean(text)
    if not text:
        return []
    pieces: list[str] = []
    rest = text
    while len(rest) > limit:
        cut = _cut_point(rest, limit)
        head = rest[:cut].rstrip()
        if head:
            pieces.append(head)
        rest = rest[cut:].lstrip()
    if rest:
        pieces.append(rest)
    return pieces


def _cut_point(text: str, limit: int) -> int:
    """The largest cut <= limit at the strongest boundary available (paragraph, line, sentence, word)."""
    window = text[: limit + 1]
    for sep in _SEPARATORS:
        at = window.rfind(sep)
        if at > 0:
            # keep the punctuation with the piece before the cut, drop the whitespace
            return at + len(sep.rstrip())
    return limit
