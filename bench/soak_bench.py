"""A soak: the production profile (2 workers) under steady mixed traffic for --minutes; the resident
memory (RSS) of every worker is sampled and reported at the start and the end.

    python -m bench.soak_bench [--minutes 30] [--users 8] [--root DIR] [--corpus shipped|small]

Traffic: chat questions (repeated and new ones, so caches fill to their bounds), support tickets with
an Idempotency-Key, and requesters reading their ticket. Memory is flat when the end RSS stays within
a few MB of the RSS after warm-up (the caches are bounded, transcripts and rate limits live in the
database).
"""

from __future__ import annotations

import argparse
import asyncio
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


def mixed_requests() -> Any:
    serial = [0]

    def next_request(rng: random.Random, user: int) -> Request:
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
    args = parser.parse_args()
    root = args.root.resolve()
    root.mkdir(parents=True, exist_ok=True)
    chroma, corpus = prepare(root, args.corpus)
    samples: list[dict[str, Any]] = []
    try:
        with postgres_database("trolyao_soak") as db_url:
            env = profile_env(root / "data", db_url, chroma.url, TROLYAO_LOG_LEVEL="WARNING")
            trolyao(env, "ingest", str(corpus), timeout=3600)
            web = Web(env, args.workers, root / "serve-soak.log")
            web.start()
            try:
                pids = web.worker_pids()
                stop = threading.Event()
                t0 = time.monotonic()

                def sample() -> None:
                    while not stop.is_set():
                        row = {
                            "t_s": round(time.monotonic() - t0),
                            **{str(p): round(rss_mb(p), 1) for p in pids},
                        }
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
                samples.append(
                    {"t_s": round(time.monotonic() - t0), **{str(p): round(rss_mb(p), 1) for p in pids}}
                )
                alive = [p for p in pids if Path(f"/proc/{p}").exists()]
            finally:
                web.stop()
    finally:
        chroma.kill()
    warm = next((s for s in samples if s["t_s"] >= 20), samples[0])
    end = samples[-1]
    summary = {
        "minutes": args.minutes,
        "users": args.users,
        **result.summary(),
        "workers_alive_at_end": len(alive),
        "rss_mb": {p: {"after_warmup": warm[str(p)], "end": end[str(p)]} for p in pids},
    }
    print(json.dumps(summary, ensure_ascii=False, indent=1))
    (root / "soak.json").write_text(json.dumps({"summary": summary, "samples": samples}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
