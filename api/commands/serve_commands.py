"""`trolyao serve [--workers N]`: the HTTP API, web pages and webhooks under uvicorn.

With several workers (processes), everything they share lives in the database (and Redis when set):
tickets, conversations, transcripts, rate limits, outbox claims, the index version. Each worker writes
its metrics to a folder of the data dir that a scrape adds up; `TROLYAO_METRICS_ADDRESS` serves them
on an internal listener run by this (the supervising) process.

`serve` also sets, unless the environment sets them, two variables read when a process starts
(api/deploy/README.md, "Soak"):
- MALLOC_ARENA_MAX=2: a worker runs up to some twenty threads (the request thread pool, and an OpenMP
  helper for each thread that embeds a question); by default glibc gives them up to 8 arenas per core,
  and the memory freed in each stays there, scattered: a soak measured 16 arenas per worker and their
  free space growing all the time;
- OMP_NUM_THREADS=1: the embedding engine (OpenMP) then embeds a question on the request thread alone,
  with no helper thread per request thread. Questions are embedded one at a time per worker under a
  lock, and the workers already share the cores: measured side by side, requests/s and latency stayed
  within the noise, the CPU per uncached answer fell by about 13 % and a loaded worker ran 7-11
  threads instead of up to 20.
"""

from __future__ import annotations

import argparse
import ctypes
import ctypes.util
import os
import shutil
from collections.abc import MutableMapping
from pathlib import Path
from typing import Any

from api.config import Settings, get_settings


def register(sub: argparse._SubParsersAction[Any]) -> None:
    p = sub.add_parser("serve", help="chạy API, trang web và webhook")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8000)
    p.add_argument(
        "--workers", type=int, default=None, help="số tiến trình phục vụ (mặc định TROLYAO_WORKERS, 1)"
    )
    p.set_defaults(handler=serve)


def metrics_dir(settings: Settings) -> Path:
    """A fresh folder for this run's per-worker metric files (PROMETHEUS_MULTIPROC_DIR)."""
    given = os.environ.get("PROMETHEUS_MULTIPROC_DIR")
    path = Path(given) if given else settings.resolved_data_dir / "metrics"
    shutil.rmtree(path, ignore_errors=True)
    path.mkdir(parents=True, exist_ok=True)
    os.environ["PROMETHEUS_MULTIPROC_DIR"] = str(path)  # before prometheus_client is imported anywhere
    return path


# glibc and libgomp read these when a process starts (libgomp: when the embedding engine is first
# loaded, on first use): set here, they hold for every worker `serve` starts.
PROCESS_DEFAULTS = {"MALLOC_ARENA_MAX": "2", "OMP_NUM_THREADS": "1"}
_M_ARENA_MAX = -8  # mallopt(3)


def process_environment(environ: MutableMapping[str, str] | None = None) -> dict[str, str]:
    """Set the process defaults the environment (os.environ) does not set; returns those it set. In
    this process (the one process of `serve` without --workers) the arena limit is applied through
    mallopt(3); OMP_NUM_THREADS holds as long as the embedding engine has not been loaded yet."""
    environ = os.environ if environ is None else environ
    added = {k: v for k, v in PROCESS_DEFAULTS.items() if k not in environ}
    environ.update(added)
    limit = environ.get("MALLOC_ARENA_MAX", "").strip()
    if limit.isdigit() and int(limit) > 0:
        _mallopt(_M_ARENA_MAX, int(limit))
    return added


def _mallopt(param: int, value: int) -> bool:
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        return bool(libc.mallopt(param, value))
    except (OSError, AttributeError):  # not glibc: nothing to tune
        return False


def _metrics_listener(settings: Settings) -> None:
    from prometheus_client import start_http_server

    from api.metrics import combined_registry
    from tickets.db import make_engine

    host, _, port = settings.metrics_address.rpartition(":")
    registry = combined_registry(make_engine(settings.sqlalchemy_url))
    start_http_server(int(port), addr=host or "127.0.0.1", registry=registry)


def _migrate(settings: Settings) -> None:
    from tickets.db import make_engine, migrate

    engine = make_engine(settings.sqlalchemy_url)
    try:
        migrate(engine)
    finally:
        engine.dispose()


def serve(args: argparse.Namespace) -> int:
    import uvicorn

    from api import logs

    settings = get_settings()
    workers = args.workers or settings.workers
    process_environment()  # before any worker (or request thread) starts
    metrics_dir(settings)
    logs.configure(settings.log_level, settings.log_format)
    _migrate(settings)  # once, before the workers start (they would race to do it)
    if settings.metrics_address:
        _metrics_listener(settings)
    common: dict[str, Any] = {
        "host": args.host,
        "port": args.port,
        "log_config": None,
        "access_log": False,
        **proxy_options(settings),
    }
    if workers > 1:
        # each worker process builds its app from the same environment
        uvicorn.run("api.app:create_worker_app", factory=True, workers=workers, **common)
    else:
        from api import memory_report
        from api.app import create_app

        memory_report.start_from_env()
        uvicorn.run(create_app(settings), **common)
    return 0


def proxy_options(settings: Settings) -> dict[str, Any]:
    """uvicorn trusts X-Forwarded-For / -Proto only from TROLYAO_FORWARDED_ALLOW_IPS (none by default)."""
    allowed = settings.forwarded_allow_ips.strip()
    if not allowed:
        return {"proxy_headers": False, "forwarded_allow_ips": ""}
    return {"proxy_headers": True, "forwarded_allow_ips": allowed}
