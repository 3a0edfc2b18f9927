"""One voice: what users read addresses them as "anh/chị", never "bạn"."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
USER_TEXTS = [
    ROOT / "bot" / "texts.py",
    ROOT / "knowledge" / "replies.py",
    ROOT / "knowledge" / "duties.py",
    ROOT / "tickets" / "requester.py",
    *sorted((ROOT / "api" / "templates").glob("*.html")),
]


def test_users_are_addressed_as_anh_chi() -> None:
    found = [
        f"{path.relative_to(ROOT)}: {line.strip()}"
        for path in USER_TEXTS
        for line in path.read_text(encoding="utf-8").splitlines()
        if re.search(r"(?<!\w)bạn(?!\w)", line, re.IGNORECASE)
    ]
    assert found == []
