"""Two environments of `trolyao serve` side by side in one run: requests/s, p50/p95 and threads per worker,
with the rounds interleaved (A B B A ...) so that other jobs on the machine weigh on both alike.

    python -m bench.env_ab_bench --a OMP_NUM_THREADS=2 --b OMP_NUM_THREADS=1 [--users 8] [--workers 2]
                                 [--rounds 6] [--seconds 20] [--mix fresh,repeated] [--root DIR]

Both servers (same Chroma server, same PostgreSQL database, same index) run for the whole bench; only one
is loaded at a time. A variable named in --a or --b is taken out of the inherited environment of both;
an empty value (`--a OMP_NUM_THREADS=`) leaves it unset on that side, so `serve` applies its own default
there (OMP_NUM_THREADS=1 now: compare with OpenMP's default by giving the number of cores). Reported
per side and mix: the median over rounds of requests/s, p50 and p95, the ratio B/A of those medians with
the range of the per-round ratios, the server CPU-ms per answered request, and the threads of each
worker (median and highest of the samples taken every 0.5 s while loaded).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import threading
from pathlib import Path
from typing import Any

from bench.httpload import run_users
from bench.load_bench import chat_requests, prepare, proc_cpu_s
from bench.soak_bench import status
from bench.stack import Web, postgres_database, profile_env, trolyao


def parse_env(items: list[str]) -> dict[str, str]:
    """KEY=VALUE pairs; an empty value means: leave the variable unset."""
    pairs = dict(item.split("=", 1) for item in items)
    return {k.strip(): v for k, v in pairs.items()}


def side_env(base: dict[str, str], given: dict[str, str], names: set[str]) -> dict[str, str]:
    env = {k: v for k, v in base.items() if k not in names}
    env.update({k: v for k, v in given.items() if v})
    return env


class ThreadSampler:
    """Threads of each worker every `every` seconds, in a background thread, until stopped."""

    def __init__(self, pids: list[int], every: float = 0.5) -> None:
        self.pids, self.every = pids, every
        self.samples: dict[int, list[int]] = {p: [] for p in pids}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.wait(self.every):
            for p in self.pids:
                self.samples[p].append(int(status(p).get("threads", 0)))

    def __enter__(self) -> ThreadSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def one_round(web: Web, users: int, seconds: float, fresh: bool) -> dict[str, Any]:
    pids = web.worker_pids()
    before = sum(proc_cpu_s(p) for p in pids)
    with ThreadSampler(pids) as sampler:
        result = asyncio.run(run_users("127.0.0.1", web.port, users, seconds, chat_requests(fresh)))
    cpu_s = sum(proc_cpu_s(p) for p in pids) - before
    return {
        **result.summary(),
        "server_cpu_ms_per_req": round(cpu_s * 1000 / max(result.ok, 1), 1),
        "threads": [[statistics.median(s) if s else 0, max(s, default=0)] for s in sampler.samples.values()],
    }


def median_of(rows: list[dict[str, Any]], key: str) -> float:
    return float(statistics.median(r[key] for r in rows))


def compare(a: list[dict[str, Any]], b: list[dict[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key in ("rps", "p50_ms", "p95_ms", "server_cpu_ms_per_req"):
        ma, mb = median_of(a, key), median_of(b, key)
        per_round = [rb[key] / ra[key] for ra, rb in zip(a, b, strict=True) if ra[key]]
        out[key] = {
            "a": round(ma, 1),
            "b": round(mb, 1),
            "ratio_b_a": round(mb / ma, 3) if ma else None,
            "round_ratios": [round(min(per_round), 3), round(max(per_round), 3)] if per_round else None,
        }
    for side, rows in (("a", a), ("b", b)):
        out[f"threads_{side}"] = {
            "median": statistics.median(t[0] for r in rows for t in r["threads"]),
            "max": max(t[1] for r in rows for t in r["threads"]),
        }
        out[f"errors_{side}"] = sum(
            n for r in rows for s, n in r["statuses"].items() if not 200 <= int(s) < 300
        )
    return out


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--a", nargs="*", default=[], help="KEY=VALUE for side A")
    parser.add_argument("--b", nargs="*", default=[], help="KEY=VALUE for side B")
    parser.add_argument("--root", type=Path, default=Path("var/bench-ab"))
    parser.add_argument("--corpus", choices=["shipped", "small"], default="shipped")
    parser.add_argument("--users", type=int, default=8)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=6)
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--mix", default="fresh,repeated")
    args = parser.parse_args()
    root = args.root.resolve()
    root.mkdir(parents=True, exist_ok=True)
    env_a, env_b = parse_env(args.a), parse_env(args.b)
    names = set(env_a) | set(env_b)
    chroma, corpus = prepare(root, args.corpus)
    report: dict[str, Any] = {"a": env_a, "b": env_b, "users": args.users, "workers": args.workers}
    try:
        with postgres_database("trolyao_ab") as db_url:
            base = profile_env(root / "data", db_url, chroma.url, TROLYAO_LOG_LEVEL="WARNING")
            trolyao(base, "ingest", str(corpus), timeout=3600)
            webs = {
                side: Web(side_env(base, given, names), args.workers, root / f"serve-{side}.log")
                for side, given in (("a", env_a), ("b", env_b))
            }
            try:
                for web in webs.values():
                    web.start()
                for mix in args.mix.split(","):
                    rows: dict[str, list[dict[str, Any]]] = {"a": [], "b": []}
                    for n in range(args.rounds):
                        for side in ("a", "b") if n % 2 == 0 else ("b", "a"):
                            row = one_round(webs[side], args.users, args.seconds, mix == "fresh")
                            rows[side].append(row)
                            print(json.dumps({"mix": mix, "round": n, "side": side, **row}), flush=True)
                    report[mix] = {"rounds": rows, "compare": compare(rows["a"], rows["b"])}
                    print(json.dumps({"mix": mix, **report[mix]["compare"]}), flush=True)
            finally:
                for web in webs.values():
                    web.stop()
    finally:
        chroma.kill()
    (root / "ab.json").write_text(json.dumps(report, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
