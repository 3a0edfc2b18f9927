"""A bounded schemathesis run against the app's own OpenAPI document: generated requests (valid and
not) to every API operation, signed in as an admin, never get a server error (5xx), on both databases."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from fastapi import FastAPI
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode
from schemathesis.core.result import Err

from api.services import services_of
from knowledge.assistant import Assistant
from tests.fakes.fixtures import (  # noqa: F401  (fixtures)
    assistant_fixture,
    channel_knowledge_dir_fixture,
    channel_settings,
    make_app,
)

PASSWORD = "mat-khau-kiem-thu-dai"
EXAMPLES_PER_OPERATION = 40  # per operation and mode: enough to find a NUL reaching PostgreSQL


@pytest.fixture
def fuzzed_app(
    tmp_path: Path, tickets_db_url: str, channel_knowledge_dir: Path, assistant: Assistant
) -> Iterator[tuple[FastAPI, dict[str, str]]]:
    """The app on SQLite and on PostgreSQL (a NUL in text, an integer out of range: the store matters)."""
    app = make_app(channel_settings(tmp_path, channel_knowledge_dir, database_url=tickets_db_url), assistant)
    with TestClient(app) as client:  # the lifespan opens the ticket store and the dialog
        services_of(app).tickets.add_staff("quantri", PASSWORD, "admin")
        token = client.post("/v1/auth/token", data={"username": "quantri", "password": PASSWORD})
        yield app, {"Authorization": f"Bearer {token.json()['access_token']}"}


def test_no_request_gets_a_server_error(fuzzed_app: tuple[FastAPI, dict[str, str]]) -> None:
    app, admin = fuzzed_app
    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    failures: list[str] = []
    calls = 0
    for result in schema.get_all_operations():
        if isinstance(result, Err):  # the schema itself could not be read for this operation
            raise result.err()
        operation = result.ok()
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):

            @settings(
                max_examples=EXAMPLES_PER_OPERATION,
                deadline=None,
                derandomize=True,
                database=None,
                suppress_health_check=list(HealthCheck),
            )
            @given(case=operation.as_strategy(generation_mode=mode))
            def call(case: Any) -> None:
                nonlocal calls
                calls += 1
                response = case.call(headers={**(case.headers or {}), **admin})
                if response.status_code >= 500:
                    failures.append(f"{case.method} {case.formatted_path}: {response.status_code}")

            try:
                call()
            except Unsatisfiable:  # nothing to make invalid (an operation without parameters)
                assert mode is GenerationMode.NEGATIVE
    assert calls > 200  # every operation was exercised, valid and invalid input alike
    assert failures == []
