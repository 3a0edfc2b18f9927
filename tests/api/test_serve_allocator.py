"""`serve` limits glibc's malloc arenas (MALLOC_ARENA_MAX=2 unless set): in its workers (a new process
reads the variable) and in its one process without --workers (mallopt)."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from api.commands import serve_commands
from api.commands.serve_commands import allocator_environment

# Eight threads that each allocate and keep memory, then the number of malloc arenas of the process.
CHILD = """
import json, sys, threading
from api.commands.serve_commands import allocator_environment
from api.memory_report import malloc_stats
if sys.argv[1] == "mallopt":
    allocator_environment({})
kept = []
barrier = threading.Barrier(8)
def work():
    barrier.wait()
    kept.append([bytearray(4096) for _ in range(64)])
threads = [threading.Thread(target=work) for _ in range(8)]
for t in threads: t.start()
for t in threads: t.join()
print(json.dumps(malloc_stats()))
"""


def _arenas(env: dict[str, str], mode: str = "") -> int:
    out = subprocess.run(
        [sys.executable, "-c", CHILD, mode], env=env, capture_output=True, text=True, check=True, timeout=60
    )
    return int(json.loads(out.stdout)["arenas"])


def _clean_env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if not k.startswith("MALLOC_")}


def test_sets_the_limit_unless_set() -> None:
    env: dict[str, str] = {}
    assert allocator_environment(env) == {"MALLOC_ARENA_MAX": "2"}
    assert env == {"MALLOC_ARENA_MAX": "2"}
    mine = {"MALLOC_ARENA_MAX": "4"}
    assert allocator_environment(mine) == {}
    assert mine == {"MALLOC_ARENA_MAX": "4"}


def test_a_worker_started_with_it_has_two_arenas() -> None:
    env = _clean_env()
    assert _arenas(env) > 2  # glibc's default: one arena per thread, up to 8 per core
    allocator_environment(env)
    assert _arenas(env) <= 2


def test_the_single_process_limits_itself() -> None:
    assert _arenas(_clean_env(), "mallopt") <= 2


def test_serve_sets_it_before_the_workers_start(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import uvicorn

    from api import logs

    environ = {
        k: v for k, v in os.environ.items() if not k.startswith(("MALLOC_", "TROLYAO_", "PROMETHEUS_"))
    }
    environ["TROLYAO_DATA_DIR"] = str(tmp_path)
    monkeypatch.setattr(os, "environ", environ)
    seen: dict[str, Any] = {}

    def fake_run(app: Any, **options: Any) -> None:
        seen.update(app=app, workers=options.get("workers"), arena_max=os.environ.get("MALLOC_ARENA_MAX"))

    monkeypatch.setattr(uvicorn, "run", fake_run)
    monkeypatch.setattr(serve_commands, "_migrate", lambda settings: None)
    monkeypatch.setattr(logs, "configure", lambda *a: None)
    args = argparse.Namespace(host="127.0.0.1", port=0, workers=2)
    assert serve_commands.serve(args) == 0
    assert seen == {"app": "api.app:create_worker_app", "workers": 2, "arena_max": "2"}
