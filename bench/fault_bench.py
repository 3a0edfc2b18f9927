"""Fault runs on the production profile (2 workers, PostgreSQL, a Chroma server), loopback only.

    python -m bench.fault_bench [--only kill,postgres,chroma,channels] [--down-s 120] [--root DIR]

- kill: 8 clients create tickets, each with its own Idempotency-Key, retrying a failed request with the
  same key; one worker is killed with SIGKILL mid-way. Checked: no ticket lost or doubled, a repeat of
  each key returns the first code, the supervisor starts a new worker.
- postgres: chat and ticket traffic while the local PostgreSQL is restarted (pg_ctlcluster restart).
  Checked: failures are 503 (never 500), and requests succeed again without restarting `serve`.
  WARNING: this restarts the machine's PostgreSQL, which other people's tests use too.
- chroma: chat traffic while the Chroma server is killed and started again. Checked: every chat is
  200, answers during the outage are flagged degraded, /readyz says 503 naming the vector store, then 200.
- channels: the Telegram and Zalo fake APIs go down (their port closed) for --down-s seconds while
  notifications wait in the outbox. Checked: once they are back, each is delivered exactly once.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path
from typing import Any

import httpx
import psycopg

from bench.gate import Gate
from bench.load_bench import prepare
from bench.questions import QUESTIONS
from bench.stack import Stack, Web, postgres_database, profile_env, trolyao, wait_for
from tests.fakes.fixtures import ZALO_APP_ID, ZALO_APP_SECRET, ZALO_OA_SECRET
from tests.fakes.telegram import FakeTelegram
from tests.fakes.zalo import FakeZaloOA

TICKET = {
    "name": "Đỗ Thị Lan",
    "phone": "0911222333",
    "company": "Công ty CP Vận tải Lạch Tray",
    "subject": "Vướng mắc giấy phép vận tải",
    "description": "Doanh nghiệp chờ cấp phù hiệu xe đã quá thời hạn.",
}


def _db(stack: Stack) -> str:
    return stack.env["TROLYAO_DATABASE_URL"].replace("postgresql+psycopg", "postgresql")


def run_kill(stack: Stack, clients: int = 8, per_client: int = 25) -> dict[str, Any]:
    first: dict[str, str] = {}
    repeats_ok = 0
    failures: Counter[str] = Counter()
    lock = threading.Lock()

    def client(n: int) -> None:
        nonlocal repeats_ok
        with httpx.Client(base_url=stack.url, timeout=30) as http:
            for i in range(per_client):
                key = f"kill-{n}-{i}"
                codes: list[str] = []
                while len(codes) < 2:  # the request, then one more with the same key
                    try:
                        r = http.post("/v1/tickets", json=TICKET, headers={"Idempotency-Key": key})
                        if r.status_code == 201 or r.status_code == 200:
                            codes.append(r.json()["code"])
                            continue
                        with lock:
                            failures[str(r.status_code)] += 1
                    except httpx.HTTPError as exc:
                        with lock:
                            failures[type(exc).__name__] += 1
                    time.sleep(0.2)
                with lock:
                    first[key] = codes[0]
                    repeats_ok += codes[0] == codes[1]

    threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
    for t in threads:
        t.start()
    time.sleep(1.5)
    victim = stack.web.worker_pids()[0]
    os.kill(victim, signal.SIGKILL)
    killed_at = time.monotonic()
    for t in threads:
        t.join()
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and (
        len(stack.web.worker_pids()) < 2 or victim in stack.web.worker_pids()
    ):
        time.sleep(0.5)
    with psycopg.connect(_db(stack)) as conn:
        rows = conn.execute(
            "SELECT idempotency_key, code FROM tickets WHERE idempotency_key LIKE %s", ("%kill-%",)
        ).fetchall()
    by_key = Counter(k.split(":", 1)[-1] for k, _ in rows)
    stored = {k.split(":", 1)[-1]: c for k, c in rows}
    return {
        "keys": len(first),
        "tickets_stored": len(rows),
        "doubled": sum(1 for n in by_key.values() if n > 1),
        "lost": sum(1 for k in first if k not in stored),
        "code_matches_store": sum(1 for k, c in first.items() if stored.get(k) == c),
        "repeat_got_first_code": repeats_ok,
        "failed_attempts_retried": dict(failures),
        "workers_after": len(stack.web.worker_pids()),
        "worker_replaced_in_s": round(time.monotonic() - killed_at, 1),
    }


class Traffic:
    """Background chat (and optionally ticket) requests; statuses counted per phase."""

    def __init__(self, stack: Stack, tickets: bool, users: int = 4) -> None:
        self.stack, self.tickets, self.users = stack, tickets, users
        self.phase = "before"
        self.counts: dict[str, Counter[str]] = {}
        self.degraded: Counter[str] = Counter()
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._threads = [threading.Thread(target=self._user, args=(n,), daemon=True) for n in range(users)]

    def __enter__(self) -> Traffic:
        for t in self._threads:
            t.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        for t in self._threads:
            t.join()

    def _note(self, what: str, status: str, degraded: bool = False) -> None:
        with self._lock:
            self.counts.setdefault(self.phase, Counter())[f"{what} {status}"] += 1
            if degraded:
                self.degraded[self.phase] += 1

    def _user(self, n: int) -> None:
        i = 0
        with httpx.Client(base_url=self.stack.url, timeout=30) as http:
            while not self._stop.is_set():
                i += 1
                try:
                    if self.tickets and i % 3 == 0:
                        r = http.post("/v1/tickets", json=TICKET, headers={"Idempotency-Key": f"pg-{n}-{i}"})
                        self._note("ticket", str(r.status_code))
                    else:
                        q = f"{QUESTIONS[(n + i) % len(QUESTIONS)]} (lượt {n}-{i})"
                        r = http.post("/v1/chat", json={"question": q})
                        body = r.json() if r.status_code == 200 else {}
                        self._note("chat", str(r.status_code), bool(body.get("degraded")))
                except httpx.HTTPError as exc:
                    self._note("request", type(exc).__name__)
                    time.sleep(0.2)


def run_postgres(stack: Stack) -> dict[str, Any]:
    cluster = subprocess.run(["ls", "/etc/postgresql"], capture_output=True, text=True).stdout.split()[0]
    with Traffic(stack, tickets=True) as traffic:
        time.sleep(8)
        traffic.phase = "restart"
        started = time.monotonic()
        subprocess.run(
            ["pg_ctlcluster", "--skip-systemctl-redirect", cluster, "main", "restart"],
            check=True,
            timeout=120,
        )
        restart_s = time.monotonic() - started
        time.sleep(2)
        traffic.phase = "after"
        time.sleep(15)
    return {"restart_s": round(restart_s, 1), "statuses": {k: dict(v) for k, v in traffic.counts.items()}}


def run_chroma(stack: Stack) -> dict[str, Any]:
    ready: dict[str, int] = {}
    with Traffic(stack, tickets=False) as traffic:
        time.sleep(5)
        traffic.phase = "down"
        stack.chroma.kill()
        time.sleep(3)
        ready["down"] = httpx.get(f"{stack.url}/readyz", timeout=10).status_code
        failing = httpx.get(f"{stack.url}/readyz", timeout=10).json().get("failing")
        time.sleep(10)
        stack.chroma.start()
        traffic.phase = "back"
        wait_for(f"{stack.url}/readyz", 60)
        ready["back"] = httpx.get(f"{stack.url}/readyz", timeout=10).status_code
        time.sleep(10)
    return {
        "readyz": ready,
        "failing_while_down": failing,
        "statuses": {k: dict(v) for k, v in traffic.counts.items()},
        "degraded_answers": dict(traffic.degraded),
    }


def run_channels(
    stack: Stack, telegram: FakeTelegram, zalo: FakeZaloOA, gates: list[Gate], down_s: float
) -> dict[str, Any]:
    from bot.outbox import enqueue
    from tickets.service import TicketService

    service = TicketService.open(stack.env["TROLYAO_DATABASE_URL"], migrate=False, secret="x")
    n = 20
    for gate in gates:
        gate.down()
    started = time.monotonic()
    for i in range(n):
        enqueue(service.session, "telegram", str(900000 + i), f"Thông báo thử số {i} qua Telegram")
        enqueue(service.session, "zalo", f"zalo-user-{i}", f"Thông báo thử số {i} qua Zalo")
    time.sleep(down_s)
    with service.read_session() as s:
        from sqlalchemy import func, select

        from tickets.models import Outbox

        during = dict(s.execute(select(Outbox.status, func.count()).group_by(Outbox.status)).all())
        attempts = s.execute(select(func.max(Outbox.attempts))).scalar()
    for gate in gates:
        gate.up()
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        got_t = sum(1 for i in range(n) if telegram.texts_to(str(900000 + i)))
        got_z = sum(1 for i in range(n) if zalo.texts_to(f"zalo-user-{i}"))
        if got_t == n and got_z == n:
            break
        time.sleep(1)
    delivered_after = time.monotonic() - started - down_s
    time.sleep(5)  # anything sent twice would show up now
    service.close()
    tele = Counter(s.text for s in telegram.sent if s.text.startswith("Thông báo thử"))
    zal = Counter(s.text for s in zalo.sent if s.text.startswith("Thông báo thử"))
    return {
        "down_s": down_s,
        "outbox_while_down": during,
        "max_attempts_while_down": attempts,
        "delivered_s_after_up": round(delivered_after, 1),
        "telegram": {"delivered": len(tele), "more_than_once": sum(1 for c in tele.values() if c > 1)},
        "zalo": {"delivered": len(zal), "more_than_once": sum(1 for c in zal.values() if c > 1)},
    }


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--only", default="kill,postgres,chroma,channels")
    parser.add_argument("--down-s", type=float, default=120.0)
    parser.add_argument("--root", type=Path, default=Path("var/bench-ops"))
    parser.add_argument("--corpus", choices=["shipped", "small"], default="small")
    args = parser.parse_args()
    root = args.root.resolve()
    root.mkdir(parents=True, exist_ok=True)
    runs = args.only.split(",")
    results: dict[str, Any] = {}
    telegram = FakeTelegram()
    zalo = FakeZaloOA(ZALO_APP_ID, ZALO_APP_SECRET)
    gates = [Gate(telegram.server.server_port), Gate(zalo.server.server_port)]
    chroma, corpus = prepare(root / args.corpus, args.corpus)
    try:
        with postgres_database("trolyao_fault") as db_url:
            env = profile_env(
                root / args.corpus / "data",
                db_url,
                chroma.url,
                TROLYAO_TELEGRAM_TOKEN=telegram.token,
                TROLYAO_TELEGRAM_BASE_URL=gates[0].url,
                TROLYAO_TELEGRAM_WEBHOOK_SECRET="fault-bench-secret",
                TROLYAO_ZALO_APP_ID=ZALO_APP_ID,
                TROLYAO_ZALO_APP_SECRET=ZALO_APP_SECRET,
                TROLYAO_ZALO_OA_SECRET_KEY=ZALO_OA_SECRET,
                TROLYAO_ZALO_ACCESS_TOKEN="AT1",
                TROLYAO_ZALO_REFRESH_TOKEN="RT1",
                TROLYAO_ZALO_API_BASE_URL=gates[1].url,
                TROLYAO_ZALO_OAUTH_BASE_URL=gates[1].url,
                TROLYAO_OUTBOX_INTERVAL_S="0.5",
                TROLYAO_OUTBOX_BASE_DELAY_S="1",
                TROLYAO_LOG_LEVEL="WARNING",
            )
            trolyao(env, "ingest", str(corpus), timeout=3600)
            web = Web(env, 2, root / "serve-fault.log")
            web.start()
            stack = Stack(root, env, chroma, web)
            try:
                for name in runs:
                    print(f"== {name}", flush=True)
                    if name == "kill":
                        results[name] = run_kill(stack)
                    elif name == "postgres":
                        results[name] = run_postgres(stack)
                    elif name == "chroma":
                        results[name] = run_chroma(stack)
                    elif name == "channels":
                        results[name] = run_channels(stack, telegram, zalo, gates, args.down_s)
                    print(json.dumps(results[name], ensure_ascii=False, indent=1), flush=True)
            finally:
                web.stop()
    finally:
        chroma.kill()
        for gate in gates:
            with contextlib.suppress(Exception):
                gate.down()
        telegram.close()
        zalo.close()
    (root / "faults.json").write_text(json.dumps(results, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
