"""Telegram's HTML parse mode: escaping, and a checker for what the Bot API accepts (the tags it
allows, balanced, only `&lt; &gt; &amp; &quot;` and numeric entities, at most 4,096 characters)."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

from bot.textsplit import TELEGRAM_LIMIT

# Tags of the Bot API's HTML style (core.telegram.org/bots/api#html-style) and their allowed attributes.
ALLOWED: dict[str, set[str]] = {
    "b": set(),
    "strong": set(),
    "i": set(),
    "em": set(),
    "u": set(),
    "ins": set(),
    "s": set(),
    "strike": set(),
    "del": set(),
    "tg-spoiler": set(),
    "span": {"class"},
    "a": {"href"},
    "code": {"class"},
    "pre": set(),
    "blockquote": {"expandable"},
    "tg-emoji": {"emoji-id"},
}
_ENTITY = re.compile(r"&(?:lt|gt|amp|quot|#\d+|#x[0-9a-fA-F]+);")


def escape(text: str) -> str:
    """Text safe inside Telegram HTML (quotes escaped too, so it may sit in an attribute)."""
    return html.escape(text, quote=True)


def link(url: str, label: str) -> str:
    return (
        f'<a href="{escape(url)}">{escape(label)}</a>'
        if url.startswith(("http://", "https://"))
        else escape(label)
    )


class _Checker(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.stack: list[str] = []
        self.problems: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in ALLOWED:
            self.problems.append(f"tag <{tag}> is not allowed")
            return
        for name, value in attrs:
            if name not in ALLOWED[tag]:
                self.problems.append(f"attribute {name} is not allowed on <{tag}>")
            if tag == "span" and name == "class" and value != "tg-spoiler":
                self.problems.append("<span> needs class tg-spoiler")
        self.stack.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.problems.append(f"self-closing <{tag}/> is not allowed")

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            self.problems.append(f"</{tag}> does not close the open tag")
            return
        self.stack.pop()

    def handle_entityref(self, name: str) -> None:
        if name not in ("lt", "gt", "amp", "quot"):
            self.problems.append(f"entity &{name}; is not supported")

    def handle_comment(self, data: str) -> None:
        self.problems.append("comments are not allowed")

    def handle_decl(self, decl: str) -> None:
        self.problems.append("declarations are not allowed")


def problems(text: str, limit: int = TELEGRAM_LIMIT) -> list[str]:
    """What the Bot API would refuse in `text` sent with parse_mode HTML ([] when it is valid)."""
    found: list[str] = []
    if len(text) > limit:
        found.append(f"{len(text)} characters, more than {limit}")
    if not text.strip():
        found.append("empty message")
    bare = _ENTITY.sub("", re.sub(r"<[^<>]*>", "", text))
    if "&" in bare:
        found.append("a bare & (write &amp;)")
    if "<" in bare or ">" in bare:
        found.append("a bare < or > (write &lt; or &gt;)")
    checker = _Checker()
    checker.feed(text)
    checker.close()
    found += checker.problems
    if checker.stack:
        found.append(f"unclosed tags: {', '.join(checker.stack)}")
    return found


def split_lines(text: str, limit: int = TELEGRAM_LIMIT) -> list[str]:
    """Messages of at most `limit` characters, cut at line ends only (every line is balanced on its own)."""
    pieces: list[str] = []
    current = ""
    for line in text.split("\n"):
        line = line if len(line) <= limit else line[: limit - 1] + "…"  # never happens for rendered lines
        candidate = f"{current}\n{line}" if current else line
        if len(candidate) > limit:
            if current.strip():
                pieces.append(current.strip("\n"))
            current = line
        else:
            current = candidate
    if current.strip():
        pieces.append(current.strip("\n"))
    return pieces
