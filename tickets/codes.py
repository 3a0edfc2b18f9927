"""Ticket codes, one definition: CTC-YYYY-NNNNNN as issued; users may type it in lower case, without
the dashes or with fewer digits ("ctc 2026 12" is not a code, "CTC-2026-12" and "ctc2026000012" are)."""

from __future__ import annotations

import re

TICKET_CODE = re.compile(r"\bCTC-?(\d{4})-?(\d{1,6})\b", re.IGNORECASE)


def format_code(year: int, number: int) -> str:
    return f"CTC-{year}-{number:06d}"


def code_in(text: str) -> str | None:
    """The first ticket code in a text, in its issued form ("ctc-2026-12" -> "CTC-2026-000012")."""
    m = TICKET_CODE.search(text)
    return format_code(int(m.group(1)), int(m.group(2))) if m else None
