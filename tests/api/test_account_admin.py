"""Accounts: sign-out revokes the session or token; the admin disables, enables, changes the role and
resets the password (command line, API, console), and the account's tokens and sessions end at once."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from api.cli import main
from tests.api.pages_helpers import PASSWORD as WEB_PASSWORD
from tests.api.pages_helpers import Web, new_client, running_app
from tests.api.tickets_helpers import PASSWORD, Api, running_api
from tickets.service import TicketService


@pytest.fixture
def api(ticket_service: TicketService, tmp_path: Path) -> Iterator[Api]:
    ticket_service.add_staff("quantri", PASSWORD, "admin")
    ticket_service.add_staff("thue", PASSWORD, "agency", "Thuế thành phố")
    with running_api(ticket_service, tmp_path / "data") as running:
        yield running


def _me(api: Api, headers: dict[str, str]) -> int:
    return api.client.get("/v1/staff/me", headers=headers).status_code


def test_revoked_token_stops_working(api: Api) -> None:
    first, second = api.login("thue"), api.login("thue")
    assert api.client.post("/v1/auth/revoke", headers=first).status_code == 204
    assert _me(api, first) == 401
    assert _me(api, second) == 200  # only the token signed out


def test_admin_changes_end_the_accounts_tokens_at_once(api: Api) -> None:
    admin, officer = api.login("quantri"), api.login("thue")
    c = api.client
    assert c.post("/v1/staff/users/thue/disable", headers=officer).status_code == 403
    disabled = c.post("/v1/staff/users/thue/disable", headers=admin)
    assert disabled.status_code == 200 and disabled.json()["active"] is False
    assert _me(api, officer) == 401
    assert c.post("/v1/auth/token", data={"username": "thue", "password": PASSWORD}).status_code == 401
    assert c.post("/v1/staff/users/thue/enable", headers=admin).json()["active"] is True
    officer = api.login("thue")
    moved = c.post(
        "/v1/staff/users/thue/role", json={"role": "agency", "agency": "Sở Xây dựng"}, headers=admin
    )
    assert moved.status_code == 200 and moved.json()["agency"] == "Sở Xây dựng"
    assert _me(api, officer) == 401
    officer = api.login("thue")
    reset = c.post("/v1/staff/users/thue/password", json={"password": "mat-khau-moi-123"}, headers=admin)
    assert reset.status_code == 200 and _me(api, officer) == 401
    assert _me(api, api.login("thue", "mat-khau-moi-123")) == 200
    assert c.post("/v1/staff/users/khong-co/disable", headers=admin).status_code == 404
    bad = c.post("/v1/staff/users/thue/role", json={"role": "agency"}, headers=admin)
    assert bad.status_code == 422 and "cơ quan" in bad.json()["detail"]


@pytest.fixture
def web(tmp_path: Path) -> Iterator[Web]:
    with running_app(tmp_path) as running:
        running.svc.add_staff("quantri", WEB_PASSWORD, "admin")
        running.svc.add_staff("thue", WEB_PASSWORD, "agency", "Thuế thành phố")
        yield running


def test_sign_out_revokes_a_copied_cookie(web: Web) -> None:
    web.login("thue")
    copied = dict(web.client.cookies)
    assert web.post("/dang-xuat", {}, page="/staff", follow_redirects=False).status_code == 303
    thief = TestClient(web.app, base_url="http://testserver", cookies=copied)
    assert thief.get("/staff", follow_redirects=False).status_code == 303  # to the sign-in page


def test_admin_console_disables_and_resets(web: Web) -> None:
    officer = new_client(web)
    officer.login("thue")
    assert officer.client.get("/staff", follow_redirects=False).status_code == 200
    assert officer.client.get("/staff/tai-khoan").status_code == 403
    web.login("quantri")
    done = web.post("/staff/tai-khoan/thue/khoa", {}, page="/staff/tai-khoan")
    assert done.status_code == 200 and "Đã khóa tài khoản" in done.text
    assert officer.client.get("/staff", follow_redirects=False).status_code == 303
    assert "Đã mở khóa" in web.post("/staff/tai-khoan/thue/mo-khoa", {}, page="/staff/tai-khoan").text
    short = web.post("/staff/tai-khoan/thue/mat-khau", {"password": "ngan"}, page="/staff/tai-khoan")
    assert short.status_code == 422 and "tối thiểu 8 ký tự" in short.text
    web.post("/staff/tai-khoan/thue/mat-khau", {"password": "mat-khau-moi-456"}, page="/staff/tai-khoan")
    assert new_client(web).login("thue", "mat-khau-moi-456").status_code == 303
    role = web.post(
        "/staff/tai-khoan/thue/vai-tro", {"role": "coordinator", "agency": ""}, page="/staff/tai-khoan"
    )
    assert "Đã đổi vai trò" in role.text and web.svc.list_staff()[1].role.value == "coordinator"


def test_command_line_account_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("TROLYAO_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("TROLYAO_SECRET_KEY", "khoa-cli-kiem-thu")
    monkeypatch.delenv("TROLYAO_DATABASE_URL", raising=False)
    monkeypatch.setattr("sys.stdin", io.StringIO("mat-khau-du-dai\n"))
    assert main(["staff", "add", "thue01", "--role", "agency", "--agency", "Cục Thuế"]) == 0
    assert main(["staff", "disable", "thue01"]) == 0
    assert "Đã khóa tài khoản thue01" in capsys.readouterr().out
    assert main(["staff", "list"]) == 0 and "đã khóa" in capsys.readouterr().out
    assert main(["staff", "enable", "thue01"]) == 0
    assert main(["staff", "set-role", "thue01", "--role", "coordinator"]) == 0
    assert "coordinator" in capsys.readouterr().out
    monkeypatch.setattr("sys.stdin", io.StringIO("mat-khau-moi-789\n"))
    assert main(["staff", "reset-password", "thue01"]) == 0
    svc = TicketService.open(f"sqlite:///{tmp_path / 'trolyao.sqlite3'}")
    try:
        user = svc.authenticate("thue01", "mat-khau-moi-789")
        assert user is not None and user.role.value == "coordinator" and user.session_epoch == 4
    finally:
        svc.close()
    assert main(["staff", "disable", "khong-co"]) == 2
    assert "Không có tài khoản" in capsys.readouterr().err
