"""How long what a user writes may be: one setting per limit (TROLYAO_MAX_*_CHARS), each enforced where
the text arrives; and one greeting, whichever way a user says hello."""

from __future__ import annotations

from pathlib import Path
from typing import TypedDict

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.config import Settings
from api.services import services_of
from knowledge.replies import GREETING
from tests.api.pages_helpers import running_app


class Limits(TypedDict):
    max_field_chars: int
    max_message_chars: int
    max_question_chars: int


LIMITS: Limits = {"max_field_chars": 40, "max_message_chars": 30, "max_question_chars": 20}


def test_the_limits_are_read_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    defaults = Settings()
    assert (defaults.max_question_chars, defaults.max_message_chars) == (2000, 4000)
    assert (defaults.max_web_question_chars, defaults.max_field_chars) == (1000, 20_000)
    for name, value in {**LIMITS, "max_web_question_chars": 10}.items():
        monkeypatch.setenv(f"TROLYAO_{name.upper()}", str(value))
    settings = Settings()
    assert settings.max_field_chars == 40 and settings.max_message_chars == 30
    assert settings.max_question_chars == 20 and settings.max_web_question_chars == 10


def test_each_limit_holds_where_the_text_arrives(tmp_path: Path) -> None:
    app = create_app(Settings(data_dir=tmp_path, overdue_check_minutes=0, **LIMITS))
    with TestClient(app) as client:
        assert services_of(app).assistant.index.data_dir == tmp_path.resolve()
        too_long_field = client.post("/v1/chat", json={"question": "x" * 41})
        assert too_long_field.status_code == 422
        [error] = too_long_field.json()["errors"]
        assert error["field"] == "question" and "quá dài (tối đa 40 ký tự)" in error["message"]

        # the assistant's own limit: a single question (no session) of 21 characters
        question = client.post("/v1/chat", json={"question": "x" * 21}).json()
        assert question["route"] == "refuse" and question["reason"] == "too_long"
        assert "dưới 20 ký tự" in question["answer"]

        # in a conversation the dialog refuses a message over its limit before the assistant sees it
        session = {"session_id": question["session_id"]}
        message = client.post("/v1/chat", json={"question": "x" * 31, **session}).json()
        assert message["route"] == "refuse" and "tối đa 30 ký tự" in message["answer"]
        assert "reason" not in message or message["reason"] != "too_long"
        within = client.post("/v1/chat", json={"question": "x" * 25, **session}).json()
        assert within["reason"] == "too_long" and "dưới 20 ký tự" in within["answer"]


def test_the_web_page_question_box_has_its_own_limit(tmp_path: Path) -> None:
    with running_app(tmp_path, max_web_question_chars=10) as web:
        long = web.post("/hoi", {"question": "a" * 11}, headers={"X-Requested-With": "fetch"})
        assert long.status_code == 422 and "tối đa 10 ký tự" in long.text


def test_one_greeting_for_start_and_for_hello(tmp_path: Path) -> None:
    app = create_app(Settings(data_dir=tmp_path, overdue_check_minutes=0))
    with TestClient(app) as client:
        first = client.post("/v1/chat", json={"question": "/start"}).json()  # no session: the assistant
        hello = client.post("/v1/chat", json={"question": "Xin chào", "session_id": first["session_id"]})
        start = client.post("/v1/chat", json={"question": "/start", "session_id": first["session_id"]})
    assert hello.json()["answer"] == start.json()["answer"] == GREETING
    assert "anh/chị" in GREETING and "Bạn" not in GREETING
