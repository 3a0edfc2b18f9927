"""The app's services: opened once in the lifespan, read through `services_of`, handed in by tests."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.config import Settings
from api.services import services_of
from knowledge.answer_cache import CachedAnswers
from knowledge.assistant import Assistant
from tickets.service import TicketService

ROOT = Path(__file__).resolve().parents[2]


def test_handed_in_services_are_used_shared_by_a_nested_client_and_left_open(
    tmp_path: Path, sqlite_ticket_service: TicketService
) -> None:
    assistant = Assistant.open(tmp_path / "kb")
    settings = Settings(data_dir=tmp_path, secret_key="khoa-kiem-thu-dich-vu")
    app = create_app(settings, tickets=sqlite_ticket_service, assistant=assistant)
    with pytest.raises(RuntimeError, match="lifespan"):
        services_of(app)
    with TestClient(app):
        services = services_of(app)
        assert services.tickets is sqlite_ticket_service and services.assistant is assistant
        assert services.dialog.assistant is assistant and services.dialog.tickets is sqlite_ticket_service
        assert services.channels.dialog is services.dialog
        assert services.signing_key == "khoa-kiem-thu-dich-vu"
        assert services.signer("staff") is services.signer("staff")
        with TestClient(app):  # e.g. a schema fuzzer's client inside the test's
            assert services_of(app) is services
        assert services_of(app) is services
    with pytest.raises(RuntimeError):
        services_of(app)
    assert sqlite_ticket_service.add_staff("van.thu", "mat-khau-du-dai", "coordinator").username == "van.thu"


def test_the_app_opens_its_own_services_without_the_command_line(tmp_path: Path) -> None:
    """The app opens the ticket store and the cached assistant itself; no api.commands module is loaded."""
    script = textwrap.dedent(
        f"""
        import sys
        from fastapi.testclient import TestClient
        from api.app import create_app
        from api.config import Settings
        from api.services import services_of
        app = create_app(Settings(data_dir={str(tmp_path)!r}, overdue_check_minutes=0))
        with TestClient(app):
            services = services_of(app)
            print(type(services.assistant).__name__, type(services.tickets).__name__)
        print(sorted(m for m in sys.modules if m.startswith("api.commands") or m == "api.cli"))
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=300, check=True
    )
    lines = done.stdout.strip().splitlines()
    assert lines[-2] == f"{CachedAnswers.__name__} {TicketService.__name__}"
    assert lines[-1] == "[]"
