"""Helpers for the page tests: a real app with a real TicketService on a temporary SQLite file."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from fastapi import FastAPI
from fastapi.testclient import TestClient

from api.app import create_app
from api.config import Settings
from api.services import services_of
from tickets.domain import PublicTicket, StaffUser
from tickets.service import TicketService

if TYPE_CHECKING:
    from httpx2 import Response  # what starlette's TestClient returns

CSRF_RE = re.compile(r'name="csrf_token" value="([^"]+)"')
PASSWORD = "mat-khau-rat-dai-123"


@dataclass
class Web:
    app: FastAPI
    client: TestClient
    svc: TicketService

    def csrf(self, path: str = "/") -> str:
        response = self.client.get(path)
        match = CSRF_RE.search(response.text)
        assert match, f"no CSRF field on {path}"
        return match.group(1)

    def post(self, path: str, data: dict[str, Any], *, page: str = "/", **kwargs: Any) -> Response:
        return self.client.post(path, data={"csrf_token": self.csrf(page), **data}, **kwargs)

    def login(self, username: str, password: str = PASSWORD) -> Response:
        return self.post(
            "/dang-nhap",
            {"username": username, "password": password},
            page="/dang-nhap",
            follow_redirects=False,
        )

    def staff(self, username: str, password: str = PASSWORD) -> StaffUser:
        """The account, signed in on the service (not in this browser)."""
        user = self.svc.authenticate(username, password)
        assert user is not None, f"{username} cannot sign in"
        return user

    def ticket(self, code: str, token: str | None) -> PublicTicket:
        """What the requester sees of the ticket."""
        view = self.svc.requester_view(code, token)
        assert view is not None, f"no ticket {code} for that token"
        return view

    def cookie(self, name: str) -> str:
        value = self.client.cookies.get(name)
        assert value is not None, f"no {name} cookie"
        return value


@contextmanager
def running_app(data_dir: Path, assistant: Any = None, **overrides: Any) -> Iterator[Web]:
    settings = Settings(
        data_dir=data_dir, secret_key="khoa-bi-mat-kiem-thu", **{"cookie_secure": False, **overrides}
    )
    app = create_app(settings, assistant=assistant)  # the dialog opens on the assistant handed in
    with TestClient(app, base_url="http://testserver") as client:
        yield Web(app, client, services_of(app).tickets)


def matched(pattern: str, text: str, flags: int = 0) -> str:
    """The first group of the pattern's first match in the text (which must have one)."""
    match = re.search(pattern, text, flags)
    assert match, f"nothing matches {pattern!r}"
    return match.group(1)


def new_client(web: Web) -> Web:
    """A second browser (its own cookies) on the same app."""
    return Web(web.app, TestClient(web.app, base_url="http://testserver"), web.svc)


VALID_REQUEST = {
    "company": "Công ty TNHH Cảng Xanh",
    "name": "Nguyễn Thị Hoa",
    "tax_code": "0201234567",
    "phone": "0912345678",
    "email": "hoa@cangxanh.vn",
    "subject": "Chậm hoàn thuế giá trị gia tăng",
    "description": "Hồ sơ hoàn thuế GTGT nộp từ tháng trước nhưng chưa nhận được phản hồi của cơ quan thuế.",
    "field": "thue",
    "agency": "",
}
