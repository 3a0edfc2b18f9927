"""Chat under load on the production profile: requests/s and p50/p95 latency at 8 and 32 concurrent
users, for one process and for 2 workers, beside the CPU bound measured in the same run.

    python -m bench.load_bench [--root DIR] [--corpus shipped|small] [--users 8,32] [--workers 1,2]
                               [--seconds 20] [--mix repeated,fresh]

Everything runs on 127.0.0.1: a Chroma server, a fresh PostgreSQL database, `trolyao ingest` (skipped
when --root already holds the index), `trolyao serve --workers N`. Users are closed loops posting
POST /v1/chat (the API's one-question form) over keep-alive connections.

- mix `repeated`: questions drawn with a Zipf-like skew from bench/questions.py (what real traffic
  looks like; the answer cache serves repeats); `fresh`: every question new (no cache hit).
- CPU bound = cores x 1000 / CPU-ms per answer, where CPU-ms per answer is the CPU time of the server
  process per answered request with one user asking new questions (no cache hit, no contention),
  measured at the start of the run. A bare in-process loop is reported beside it for information.
- ratio = requests/s / bound. The load generator runs on the same cores; its CPU time is reported.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from api.config import SHIPPED_CORPUS
from bench.httpload import Request, run_users
from bench.questions import pick
from bench.stack import Chroma, Web, postgres_database, profile_env, trolyao
from tests.fixtures_knowledge import write_small_corpus


def cpu_ms_per_answer(env: dict[str, str], answers: int) -> dict[str, float]:
    """In a fresh process with the profile's environment: CPU-ms per answer, uncached and cached."""
    code = f"""
import json, random, time
from api.services import open_assistant
from api.config import get_settings
from bench.questions import pick
from knowledge.answer_cache import CachedAnswers
a = open_assistant(get_settings())
rng = random.Random(3)
for n in range(10):
    a.answer(pick(rng, fresh=True, serial=-n))
t = time.process_time()
for n in range({answers}):
    a.answer(pick(rng, fresh=True, serial=n))
fresh = (time.process_time() - t) * 1000 / {answers}
c = CachedAnswers(a)
rng = random.Random(5)
for n in range(200):
    c.answer(pick(rng))
t = time.process_time()
for n in range({answers} * 5):
    c.answer(pick(rng))
repeated = (time.process_time() - t) * 1000 / ({answers} * 5)
print(json.dumps({{"fresh": fresh, "repeated": repeated}}))
"""
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    data: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
    return data


def proc_cpu_s(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def chat_requests(fresh: bool) -> Any:
    serial = [0]

    def next_request(rng: random.Random, _user: int) -> Request:
        serial[0] += 1
        return ("POST", "/v1/chat", {"question": pick(rng, fresh=fresh, serial=serial[0])}, {})

    return next_request


def prepare(root: Path, corpus_name: str) -> tuple[Chroma, Path]:
    chroma = Chroma(root / "chroma-server")
    chroma.start()
    corpus = SHIPPED_CORPUS if corpus_name == "shipped" else write_small_corpus(root / "corpus")
    return chroma, corpus


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--root", type=Path, default=Path("var/bench-ops"))
    parser.add_argument("--corpus", choices=["shipped", "small"], default="shipped")
    parser.add_argument("--users", default="8,32")
    parser.add_argument("--workers", default="1,2")
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--mix", default="repeated,fresh")
    parser.add_argument("--cpu-answers", type=int, default=60)
    args = parser.parse_args()
    root = args.root.resolve()
    root.mkdir(parents=True, exist_ok=True)
    cores = os.cpu_count() or 1
    rows: list[dict[str, Any]] = []
    chroma, corpus = prepare(root, args.corpus)
    try:
        with postgres_database("trolyao_load") as db_url:
            env = profile_env(root / "data", db_url, chroma.url, TROLYAO_LOG_LEVEL="WARNING")
            started = time.perf_counter()
            trolyao(env, "ingest", str(corpus), timeout=3600)
            print(f"ingest (or check) took {time.perf_counter() - started:.0f} s", flush=True)
            cpu = cpu_ms_per_answer(env, args.cpu_answers)
            bound = 0.0
            for workers in [int(w) for w in args.workers.split(",")]:
                web = Web(env, workers, root / f"serve-{workers}.log")
                web.start()
                try:
                    pids = web.worker_pids()
                    if not bound:  # one user, new questions: what one answer costs the server, HTTP included
                        before = sum(proc_cpu_s(p) for p in pids)
                        calib = asyncio.run(
                            run_users("127.0.0.1", web.port, 1, args.seconds, chat_requests(True))
                        )
                        cpu["server_fresh"] = (
                            (sum(proc_cpu_s(p) for p in pids) - before) * 1000 / max(calib.ok, 1)
                        )
                        bound = cores * 1000 / cpu["server_fresh"]
                        print(
                            f"CPU per answer: {cpu['server_fresh']:.1f} ms in the server (1 user, new "
                            f"questions), {cpu['fresh']:.1f} ms in a bare process, {cpu['repeated']:.2f} ms "
                            f"on the repeated mix with the cache; bound {bound:.1f} req/s on {cores} cores",
                            flush=True,
                        )
                    for mix in args.mix.split(","):
                        for users in [int(u) for u in args.users.split(",")]:
                            before = sum(proc_cpu_s(p) for p in pids)
                            result = asyncio.run(
                                run_users(
                                    "127.0.0.1", web.port, users, args.seconds, chat_requests(mix == "fresh")
                                )
                            )
                            server_cpu = sum(proc_cpu_s(p) for p in pids) - before
                            row = {
                                "workers": workers,
                                "mix": mix,
                                "users": users,
                                **result.summary(),
                                "server_cpu_ms_per_req": round(server_cpu * 1000 / max(result.ok, 1), 1),
                                "bound_rps": round(bound, 1),
                                "ratio": round(result.rps / bound, 2),
                            }
                            rows.append(row)
                            print(json.dumps(row, ensure_ascii=False), flush=True)
                finally:
                    web.stop()
    finally:
        chroma.kill()
    print()
    print("| workers | mix | users | req/s | p50 ms | p95 ms | bound req/s | ratio | errors |")
    print("|---|---|---|---|---|---|---|---|---|")
    for r in rows:
        errors = sum(n for s, n in r["statuses"].items() if not 200 <= int(s) < 300)
        print(
            f"| {r['workers']} | {r['mix']} | {r['users']} | {r['rps']} | {r['p50_ms']} | {r['p95_ms']} "
            f"| {r['bound_rps']} | {r['ratio']} | {errors} |"
        )
    (root / "load.json").write_text(json.dumps({"cpu_ms": cpu, "cores": cores, "rows": rows}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
