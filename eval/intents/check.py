"""Validate the intent example sets and print their counts (stdlib only).

Usage: python3 eval/intents/check.py [--near 0.6]

Checks both files: every line is a JSON object with a non-empty "text" and a known "intent"
("note" optional), no text appears twice in a file, and no text appears in both files. Texts are
compared after NFC, lower-casing, removing diacritics and collapsing whitespace, so a line typed
without diacritics counts as the same text as its accented twin. With --near, also lists pairs
across the two files whose word sets overlap at least that much (Jaccard), to spot paraphrases.
Exits with status 1 when a check fails.
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = ROOT / "knowledge" / "data" / "intent_examples.jsonl"
HELD_OUT = ROOT / "eval" / "intents" / "test.jsonl"
INTENTS = ("support", "question", "status", "duties", "greeting", "other")
KEYS = {"text", "intent", "note"}


def key(text: str) -> str:
    """The form two texts are compared in."""
    text = unicodedata.normalize("NFD", text.lower().replace("đ", "d"))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(text.split())


def has_marks(text: str) -> bool:
    return key(text) != " ".join(text.lower().split())


def load(path: Path, errors: list[str]) -> list[dict[str, str]]:
    rows: list[dict[str, str]] = []
    seen: dict[str, int] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        where = f"{path.name}:{number}"
        if not line.strip():
            errors.append(f"{where}: empty line")
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append(f"{where}: not JSON ({exc})")
            continue
        if not isinstance(row, dict) or not {"text", "intent"} <= row.keys() or row.keys() - KEYS:
            errors.append(f"{where}: needs text and intent, optional note, nothing else")
            continue
        text, intent = row["text"], row["intent"]
        if not isinstance(text, str) or not text.strip():
            errors.append(f"{where}: empty text")
            continue
        if text != unicodedata.normalize("NFC", text):
            errors.append(f"{where}: text is not NFC")
        if intent not in INTENTS:
            errors.append(f"{where}: unknown intent {intent!r}")
        k = key(text)
        if k in seen:
            errors.append(f"{where}: duplicate of line {seen[k]}: {text!r}")
        seen[k] = number
        rows.append(row)
    return rows


def words(text: str) -> set[str]:
    return {w.strip(".,?!:;\"'()") for w in key(text).split()} - {""}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--near", type=float, default=0.0, help="list cross-file pairs this similar")
    args = parser.parse_args()
    errors: list[str] = []
    files = {"shipped": load(SHIPPED, errors), "held-out": load(HELD_OUT, errors)}
    shipped_keys = {key(r["text"]): r["text"] for r in files["shipped"]}
    for row in files["held-out"]:
        if key(row["text"]) in shipped_keys:
            errors.append(f"in both files: {row['text']!r}")

    print(f"{'intent':<10}" + "".join(f"{name:>10}" for name in files))
    counts = {name: Counter(r["intent"] for r in rows) for name, rows in files.items()}
    for intent in INTENTS:
        print(f"{intent:<10}" + "".join(f"{counts[n][intent]:>10}" for n in files))
    print(f"{'total':<10}" + "".join(f"{len(rows):>10}" for rows in files.values()))
    plain = {n: sum(not has_marks(r["text"]) for r in rows) for n, rows in files.items()}
    print(f"{'no marks':<10}" + "".join(f"{plain[n]:>10}" for n in files))

    if args.near:
        held = [(r["text"], words(r["text"])) for r in files["held-out"]]
        for s in files["shipped"]:
            ws = words(s["text"])
            for text, wh in held:
                union = ws | wh
                if len(union) > 3 and len(ws & wh) / len(union) >= args.near:
                    print(f"near ({len(ws & wh) / len(union):.2f}): {s['text']!r} ~ {text!r}")

    for error in errors:
        print(error, file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
