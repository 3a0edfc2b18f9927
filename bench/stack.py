"""The production profile as separate processes on 127.0.0.1, for the ops benches and the end-to-end
test: a Chroma server (`chroma run`), `trolyao serve --workers N` on PostgreSQL, and `trolyao` commands,
all configured through TROLYAO_* variables only (as docs/deployment explains).

    with production_stack(corpus, workers=2) as stack:
        stack.client.post("/v1/chat", ...)
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import httpx

BIN = Path(sys.executable).parent
PG_ADMIN = "postgresql://postgres@127.0.0.1:5432/postgres"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextlib.contextmanager
def postgres_database(prefix: str = "trolyao_ops") -> Iterator[str]:
    """A fresh database on the local server, dropped afterwards."""
    import psycopg

    name = f"{prefix}_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(PG_ADMIN, autocommit=True, connect_timeout=3) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield f"postgresql+psycopg://postgres@127.0.0.1:5432/{name}"
    finally:
        with contextlib.suppress(Exception), psycopg.connect(PG_ADMIN, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def wait_for(url: str, timeout: float, ok: tuple[int, ...] = (200,)) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with contextlib.suppress(httpx.HTTPError):
            if httpx.get(url, timeout=2.0).status_code in ok:
                return True
        time.sleep(0.2)
    return False


@dataclass
class Chroma:
    path: Path
    port: int = field(default_factory=free_port)
    proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, timeout: float = 60.0) -> None:
        self.path.mkdir(parents=True, exist_ok=True)
        with (self.path.parent / f"chroma-{self.port}.log").open("ab") as log:  # the server keeps its own
            self.proc = subprocess.Popen(
                [
                    str(BIN / "chroma"),
                    "run",
                    "--path",
                    str(self.path),
                    "--host",
                    "127.0.0.1",
                    "--port",
                    str(self.port),
                ],
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        if not wait_for(f"{self.url}/api/v2/heartbeat", timeout):
            raise RuntimeError("the Chroma server did not start")

    def kill(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait(10)
        self.proc = None


@dataclass
class Web:
    env: dict[str, str]
    workers: int
    log_path: Path
    port: int = field(default_factory=free_port)
    proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, timeout: float = 120.0) -> None:
        cmd = [str(BIN / "trolyao"), "serve", "--port", str(self.port), "--workers", str(self.workers)]
        with self.log_path.open("ab") as log:  # the server keeps its own
            self.proc = subprocess.Popen(cmd, env=self.env, stdout=log, stderr=subprocess.STDOUT)
        if not wait_for(f"{self.url}/readyz", timeout):
            raise RuntimeError(f"trolyao serve did not become ready; see {self.log_path}")
        for _ in range(4 * self.workers):  # every worker ready, not only the first to answer
            wait_for(f"{self.url}/readyz", timeout)

    def worker_pids(self) -> list[int]:
        """The uvicorn worker processes (the server process itself when there is one worker)."""
        if self.proc is None:
            return []
        if self.workers == 1:
            return [self.proc.pid]
        children = Path(f"/proc/{self.proc.pid}/task/{self.proc.pid}/children")
        pids = [int(p) for p in children.read_text().split()] if children.exists() else []
        return [p for p in pids if _is_worker(p)]

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGINT)
            try:
                self.proc.wait(20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(10)
        self.proc = None


def _is_worker(pid: int) -> bool:
    """A spawned uvicorn worker (not multiprocessing's resource tracker)."""
    try:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().decode(errors="replace")
    except OSError:
        return False
    return "spawn_main" in cmdline


def profile_env(data_dir: Path, database_url: str, chroma_url: str, **extra: str) -> dict[str, str]:
    """The environment of every process of the profile: documented TROLYAO_* variables only."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TROLYAO_", "PROMETHEUS_"))}
    env.update(
        TROLYAO_DATA_DIR=str(data_dir),
        TROLYAO_DATABASE_URL=database_url,
        TROLYAO_CHROMA_URL=chroma_url,
        TROLYAO_SECRET_KEY="ops-profile-secret-key",
        TROLYAO_OVERDUE_CHECK_MINUTES="0",
        TROLYAO_LOG_FORMAT="json",
        HF_HUB_OFFLINE="1",
        ANONYMIZED_TELEMETRY="False",
    )
    env.update(extra)
    return env


def trolyao(env: dict[str, str], *args: str, stdin: str = "", timeout: float = 600.0) -> str:
    done = subprocess.run(
        [str(BIN / "trolyao"), *args], env=env, input=stdin.encode(), capture_output=True, timeout=timeout
    )
    if done.returncode != 0:
        raise RuntimeError(f"trolyao {' '.join(args)} failed: {done.stderr.decode(errors='replace')[-2000:]}")
    return done.stdout.decode()


@dataclass
class Stack:
    root: Path
    env: dict[str, str]
    chroma: Chroma
    web: Web

    @property
    def url(self) -> str:
        return self.web.url


@contextlib.contextmanager
def production_stack(root: Path, corpus: Path, *, workers: int = 2, **extra_env: str) -> Iterator[Stack]:
    """Chroma server + PostgreSQL database + `trolyao ingest corpus` + `trolyao serve --workers N`."""
    chroma = Chroma(root / "chroma-server")
    chroma.start()
    try:
        with postgres_database() as db_url:
            env = profile_env(root / "data", db_url, chroma.url, **extra_env)
            trolyao(env, "migrate")
            trolyao(env, "ingest", str(corpus))
            web = Web(env, workers, root / "serve.log")
            try:
                web.start()
                yield Stack(root, env, chroma, web)
            finally:
                web.stop()
    finally:
        chroma.kill()
