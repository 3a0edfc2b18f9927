"""Small Vietnamese text helpers for routing: NFC, one tone-mark placement, and diacritic folding."""

from __future__ import annotations

import re
import unicodedata

_TONES = "\u0300\u0301\u0303\u0309\u0323"
# "hòa"/"hoà", "thủy"/"thuỷ": put a word-final tone mark of oa/oe/uy on the second vowel.
_OLD_TONE = re.compile(rf"([oOuU])([{_TONES}])([aAeEyY])(?![a-zA-Z\u0300-\u036f])")
_WORD = re.compile(r"\w+", re.UNICODE)


def normalize(text: str) -> str:
    """Lower case, one tone-mark placement, single spaces, NFC."""
    decomposed = unicodedata.normalize("NFD", text.lower())
    decomposed = _OLD_TONE.sub(r"\1\3\2", decomposed)
    return " ".join(_WORD.findall(unicodedata.normalize("NFC", decomposed)))


def fold(text: str) -> str:
    """Without any diacritics ("Thuế" -> "thue", "Đất đai" -> "dat dai")."""
    decomposed = unicodedata.normalize("NFD", normalize(text).replace("đ", "d"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def has_diacritics(text: str) -> bool:
    return fold(text) != normalize(text)


def contains_phrase(haystack: str, phrase: str) -> bool:
    """Whole-word phrase match on already normalized text."""
    return f" {phrase} " in f" {haystack} "
