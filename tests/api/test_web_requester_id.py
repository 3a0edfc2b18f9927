"""A web requester is known to staff by a keyed digest of the browser session, never by the session id."""

from __future__ import annotations

import base64
import json
from pathlib import Path

from tests.api.pages_helpers import PASSWORD, VALID_REQUEST, running_app
from tickets.domain import TicketFilters


def test_support_form_keeps_no_session_id_on_the_ticket(tmp_path: Path) -> None:
    with running_app(tmp_path) as web:
        web.svc.add_staff("dieuphoi", PASSWORD, "coordinator")
        done = web.post("/ho-tro", {**VALID_REQUEST, "idempotency_key": "k1"}, page="/ho-tro")
        assert done.status_code == 201
        payload = web.cookie("tl_sid").split(".")[0]
        sid = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))["sid"]
        user = web.staff("dieuphoi")
        [item] = web.svc.staff_list(user, TicketFilters()).items
        shown = web.svc.staff_get(user, item.code).requester.channel_user_id
        assert shown and shown.startswith("w-") and sid not in shown
