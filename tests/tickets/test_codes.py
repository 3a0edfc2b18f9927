"""Ticket codes: the one definition (tickets/codes.py) that the dialog and the intent cues share."""

from __future__ import annotations

import pytest

from knowledge.intent import classify
from tickets.codes import TICKET_CODE, code_in, format_code


def test_codes_are_issued_with_six_digits() -> None:
    assert format_code(2026, 12) == "CTC-2026-000012"
    assert format_code(2026, 123456) == "CTC-2026-123456"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("CTC-2026-000012", "CTC-2026-000012"),
        ("phiếu ctc-2026-12 của tôi đến đâu rồi?", "CTC-2026-000012"),
        ("ctc2026000012", "CTC-2026-000012"),
        ("Mã CTC-2026-7, còn CTC-2025-8 là phiếu cũ", "CTC-2026-000007"),
        ("ctc 2026 12", None),
        ("CTC-26-12", None),
        ("CTC-2026-1234567", None),
        ("XCTC-2026-12", None),
        ("hồ sơ số 12 năm 2026", None),
    ],
)
def test_a_code_is_found_in_any_typing_and_given_in_its_issued_form(text: str, code: str | None) -> None:
    assert code_in(text) == code
    assert (TICKET_CODE.search(text) is not None) == (code is not None)


def test_a_message_with_a_code_is_a_status_check() -> None:
    assert classify("ctc-2026-12") == "status"
    assert classify("CTC2026000031 xử lý chưa") == "status"
