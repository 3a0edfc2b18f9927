"""A soak: the production profile (2 workers) under steady mixed traffic for --minutes; the resident
memory (RSS) of every worker, its anonymous and file-backed parts and its threads are sampled every
--sample-s seconds and reported at the start, after warm-up, at half time, every 15 minutes and at the
end, with the MB gained in each 5 minutes of the second half and the slope (MB a minute) over the second
half and over the last 15 and 30 minutes.

    python -m bench.soak_bench [--minutes 30] [--users 8] [--root DIR] [--corpus shipped|small]
                               [--label NAME] [--env KEY=VALUE ...]

--env adds a variable to the environment of `serve` (e.g. MALLOC_ARENA_MAX=8, or
TROLYAO_MEMORY_REPORT=DIR to have every worker write its own memory report); --label names the output
(soak-NAME.json, serve-soak-NAME.log) so that two soaks can run side by side with different --root.

Traffic: chat questions (repeated and new ones, so caches fill to their bounds), support tickets with
an Idempotency-Key, and readiness probes; about one request in 50 closes its connection, so that users'
connections spread over the workers. Memory is flat when the anonymous part stops growing once the
caches are full (the caches are bounded, transcripts and rate limits live in the database); the
file-backed part grows as more of the memory-mapped embedding model is read, up to the file's size,
and is shared by the workers.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import json
import random
import sys
import threading
import time
from pathlib import Path
from typing import Any

from bench.httpload import Request, run_users
from bench.load_bench import prepare
from bench.questions import pick
from bench.stack import Web, postgres_database, profile_env, trolyao


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def status(pid: int) -> dict[str, float]:
    """Threads, and the anonymous and file-backed parts of the RSS in MB (pages of mapped files, e.g. the
    embedding model, are shared between workers and given back by the kernel under pressure)."""
    found: dict[str, float] = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key == "Threads":
            found["threads"] = int(value.split()[0])
        elif key in ("RssAnon", "RssFile"):
            found[key[3:].lower()] = round(int(value.split()[0]) / 1024, 1)
    return found


def sample_row(t_s: float, pids: list[int]) -> dict[str, Any]:
    row: dict[str, Any] = {"t_s": round(t_s)}
    for p in pids:
        row[str(p)] = round(rss_mb(p), 1)
        row.update({f"{k}_{p}": v for k, v in status(p).items()})
    return row


def at(samples: list[dict[str, Any]], t_s: float) -> dict[str, Any]:
    """The first sample taken at or after t_s (the last one when none is)."""
    return next((s for s in samples if s["t_s"] >= t_s), samples[-1])


def slope(samples: list[dict[str, Any]], key: str, from_s: float) -> float:
    """Least-squares slope of `key` in MB a minute over the samples taken at or after from_s."""
    late = [s for s in samples if s["t_s"] >= from_s]
    xs = [s["t_s"] / 60 for s in late]
    ys = [s[key] for s in late]
    if len(xs) < 2:
        return 0.0
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    den = sum((x - mx) ** 2 for x in xs)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / den if den else 0.0


def growth(
    samples: list[dict[str, Any]], pids: list[int], total_s: float, prefix: str = ""
) -> dict[str, Any]:
    """Per worker: RSS (or with prefix "anon_" its anonymous part, "file_" its file-backed part) at the
    start, after warm-up (20 s), at half time, at every 15 minutes and at the end; MB gained in each 5
    minutes of the second half, and the least-squares slope in MB a minute over the second half and over
    the last 15 and 30 minutes."""
    half = total_s / 2
    marks = [half + 300 * k for k in range(int((total_s - half) // 300) + 1)]
    out: dict[str, Any] = {}
    for p in pids:
        key = f"{prefix}{p}"
        out[str(p)] = {
            "start": samples[0][key],
            "after_warmup": at(samples, 20)[key],
            "half": at(samples, half)[key],
            "end": samples[-1][key],
            "at_minute": {m: at(samples, m * 60)[key] for m in range(15, int(total_s // 60) + 1, 15)},
            "per_5min_second_half": [
                round(at(samples, b)[key] - at(samples, a)[key], 1) for a, b in itertools.pairwise(marks)
            ],
            "mb_per_min_second_half": round(slope(samples, key, half), 3),
            "mb_per_min_last_15": round(slope(samples, key, total_s - 900), 3),
            "mb_per_min_last_30": round(slope(samples, key, total_s - 1800), 3),
            "threads_end": samples[-1].get(f"threads_{p}", 0),
        }
    return out


def mixed_requests(reconnect_every: int = 50) -> Any:
    """About one request in `reconnect_every` asks the server to close the connection afterwards: users
    come and go, and their new connections spread over the workers (8 keep-alive connections opened at
    once may all land on one worker for the whole run)."""
    serial = [0]

    def next_request(rng: random.Random, user: int) -> Request:
        method, path, body, headers = request(rng, user)
        if reconnect_every and rng.randrange(reconnect_every) == 0:
            headers = {**headers, "Connection": "close"}
        return method, path, body, headers

    def request(rng: random.Random, user: int) -> Request:
        serial[0] += 1
        roll = rng.random()
        if roll < 0.03:
            body = {
                "name": "Nguyễn Thị Soak",
                "phone": "0900000000",
                "company": f"Công ty thử tải {user}",
                "subject": "Vướng mắc thủ tục",
                "description": f"Doanh nghiệp cần hỗ trợ thủ tục đầu tư, lượt {serial[0]}.",
            }
            return ("POST", "/v1/tickets", body, {"Idempotency-Key": f"soak-{serial[0]}"})
        if roll < 0.06:
            return ("GET", "/readyz", None, {})
        fresh = roll < 0.3
        return ("POST", "/v1/chat", {"question": pick(rng, fresh=fresh, serial=serial[0])}, {})

    return next_request


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--minutes", type=float, default=30.0)
    parser.add_argument("--users", type=int, default=8)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--sample-s", type=float, default=30.0)
    parser.add_argument("--root", type=Path, default=Path("var/bench-ops"))
    parser.add_argument("--corpus", choices=["shipped", "small"], default="shipped")
    parser.add_argument("--label", default="")
    parser.add_argument("--env", action="append", default=[], metavar="KEY=VALUE")
    args = parser.parse_args()
    extra = dict(item.split("=", 1) for item in args.env)
    suffix = f"-{args.label}" if args.label else ""
    root = args.root.resolve()
    root.mkdir(parents=True, exist_ok=True)
    chroma, corpus = prepare(root, args.corpus)
    samples: list[dict[str, Any]] = []
    try:
        with postgres_database("trolyao_soak") as db_url:
            env = profile_env(root / "data", db_url, chroma.url, TROLYAO_LOG_LEVEL="WARNING", **extra)
            trolyao(env, "ingest", str(corpus), timeout=3600)
            web = Web(env, args.workers, root / f"serve-soak{suffix}.log")
            try:
                web.start()
                pids = web.worker_pids()
                stop = threading.Event()
                t0 = time.monotonic()

                def sample() -> None:
                    while not stop.is_set():
                        row = sample_row(time.monotonic() - t0, pids)
                        samples.append(row)
                        print(json.dumps(row), flush=True)
                        stop.wait(args.sample_s)

                sampler = threading.Thread(target=sample, daemon=True)
                sampler.start()
                result = asyncio.run(
                    run_users(
                        "127.0.0.1", web.port, args.users, args.minutes * 60, mixed_requests(), warmup_s=20
                    )
                )
                stop.set()
                sampler.join()
                samples.append(sample_row(time.monotonic() - t0, pids))
                alive = [p for p in pids if Path(f"/proc/{p}").exists()]
            finally:
                web.stop()
    finally:
        chroma.kill()
    summary = {
        "minutes": args.minutes,
        "users": args.users,
        "env": extra,
        **result.summary(),
        "workers_alive_at_end": len(alive),
        "rss_mb": growth(samples, pids, samples[-1]["t_s"]),
        "anonymous_mb": growth(samples, pids, samples[-1]["t_s"], "anon_"),
        "file_backed_mb": growth(samples, pids, samples[-1]["t_s"], "file_"),
    }
    print(json.dumps(summary, ensure_ascii=False, indent=1))
    (root / f"soak{suffix}.json").write_text(json.dumps({"summary": summary, "samples": samples}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
