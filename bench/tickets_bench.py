"""Ticket store speed on SQLite and PostgreSQL: 10,000 tickets, then list / filter / read / report.

    python -m bench.tickets_bench [--tickets 10000] [--repeat 30] [--only sqlite|postgres]

Prints the median time per operation for each store. The bar: a page of one agency's open tickets
in under 50 ms at 10,000 tickets. PostgreSQL is a database created for the run on 127.0.0.1:5432
(user postgres) and dropped afterwards; it is skipped when the server does not answer.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import insert, text

from tickets.deadlines import local_date
from tickets.domain import Status, TicketCreate, TicketFilters
from tickets.models import Ticket, TicketCounter
from tickets.security import token_hash
from tickets.service import TicketService

BAR_MS = 50.0
YEAR = 2026
STATUS_WEIGHTS = {
    Status.NEW: 8,
    Status.ACKNOWLEDGED: 8,
    Status.IN_PROGRESS: 14,
    Status.WAITING_REQUESTER: 5,
    Status.RESOLVED: 25,
    Status.CLOSED: 35,
    Status.REJECTED: 5,
}


def _rows(svc: TicketService, count: int, rng: random.Random) -> Iterator[dict[str, Any]]:
    fields = [
        (key, rule.agency) for key in svc.router.fields for rule in svc.router.rules if rule.field == key
    ]
    statuses, weights = zip(*STATUS_WEIGHTS.items(), strict=True)
    start = dt.datetime(YEAR, 1, 5, 2)
    for n in range(1, count + 1):
        field, agency = rng.choice(fields)
        created = start + dt.timedelta(minutes=int(n * 300_000 / count) + rng.randint(0, 60))
        day = local_date(created)
        days = svc.router.resolve_days(field)
        status = rng.choices(statuses, weights)[0]
        done = status in (Status.RESOLVED, Status.CLOSED)
        worked = rng.randint(1, days + 4)
        yield {
            "code": f"CTC-{YEAR}-{n:06d}",
            "token_hash": token_hash(f"bench-{n}"),
            "channel": rng.choice(["web", "telegram", "zalo", "api"]),
            "channel_user_id": str(rng.randint(1, 3000)),
            "requester_name": "Người dùng thử",
            "company": f"Công ty thử nghiệm {n}",
            "subject": f"Vướng mắc số {n}",
            "description": "Nội dung phản ánh dùng để đo tốc độ.",
            "attachments": "[]",
            "field": field,
            "agency": agency,
            "status": status.value,
            "created_at": created,
            "updated_at": created,
            "ack_due_date": svc.calendar.add_working_days(day, 1),
            "due_date": svc.calendar.add_working_days(day, days),
            "resolve_days": days,
            "paused_days": 0,
            "reopen_count": 0,
            "resolved_at": created + dt.timedelta(days=worked) if done else None,
            "resolved_working_days": worked if done else None,
            "resolved_on_time": worked <= days if done else None,
            "rating_score": rng.randint(1, 5) if done and rng.random() < 0.6 else None,
            "rejected_reason": "Không thuộc phạm vi" if status is Status.REJECTED else None,
        }


def fill(svc: TicketService, count: int) -> None:
    rng = random.Random(220)
    batch: list[dict[str, Any]] = []
    with svc.session() as session:
        for row in _rows(svc, count, rng):
            batch.append(row)
            if len(batch) == 1000:
                session.execute(insert(Ticket), batch)
                batch = []
        if batch:
            session.execute(insert(Ticket), batch)
        session.add(TicketCounter(year=YEAR, last=count))
    with svc.engine.begin() as conn:
        conn.execute(text("ANALYZE"))


def median_ms(fn: Callable[[], object], repeat: int) -> float:
    fn()  # warm up
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def run(url: str, count: int, repeat: int) -> dict[str, float]:
    clock_now = dt.datetime(YEAR, 11, 23, 3)
    svc = TicketService.open(url, secret="bench", clock=lambda: clock_now)
    fill(svc, count)
    coordinator = svc.add_staff("bench_dp", "mat-khau-bench", "coordinator")
    agency = svc.add_staff("bench_thue", "mat-khau-bench", "agency", "Thuế thành phố")
    first = svc.staff_list(agency, TicketFilters(status="open"))
    target = first.items[-1].code
    agencies = iter(["Sở Tài chính", "Thuế thành phố"] * (repeat + 1))
    sample = TicketCreate(description="Doanh nghiệp cần hỗ trợ hoàn thuế GTGT", phone="0912345678")

    def transfer() -> None:
        svc.assign(coordinator, target, next(agencies))

    ops: dict[str, Callable[[], object]] = {
        "agency open page (50)": lambda: svc.staff_list(agency, TicketFilters(status="open")),
        "agency open page 2 (cursor)": lambda: svc.staff_list(
            agency, TicketFilters(status="open"), first.next
        ),
        "all overdue page (coordinator)": lambda: svc.staff_list(coordinator, TicketFilters(overdue=True)),
        "filter status+field": lambda: svc.staff_list(
            coordinator, TicketFilters(status="resolved", field="thue")
        ),
        "ticket detail": lambda: svc.staff_get(coordinator, first.items[0].code),
        "create ticket": lambda: svc.create(sample),
        "transfer ticket": transfer,
        "quarterly report": lambda: svc.quarterly_report(YEAR, 2),
    }
    results = {name: median_ms(fn, repeat) for name, fn in ops.items()}
    svc.close()
    return results


@contextmanager
def postgres_url() -> Iterator[str | None]:
    import psycopg

    admin = "postgresql://postgres@127.0.0.1:5432/postgres"
    try:
        conn = psycopg.connect(admin, autocommit=True, connect_timeout=3)
    except psycopg.OperationalError:
        yield None
        return
    name = f"trolyao_bench_{uuid.uuid4().hex[:8]}"
    with conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield f"postgresql+psycopg://postgres@127.0.0.1:5432/{name}"
    finally:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--tickets", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--only", choices=["sqlite", "postgres"], default=None)
    args = parser.parse_args()
    results: dict[str, dict[str, float]] = {}
    if args.only in (None, "sqlite"):
        with tempfile.TemporaryDirectory() as tmp:
            results["sqlite"] = run(f"sqlite:///{Path(tmp) / 'bench.sqlite3'}", args.tickets, args.repeat)
    if args.only in (None, "postgres"):
        with postgres_url() as url:
            if url is None:
                print("PostgreSQL không kết nối được: bỏ qua.")
            else:
                results["postgres"] = run(url, args.tickets, args.repeat)
    stores = list(results)
    print(f"\n{args.tickets} phiếu, trung vị của {args.repeat} lần (ms)")
    print(f"{'thao tác':34}" + "".join(f"{s:>12}" for s in stores))
    for op in next(iter(results.values())):
        print(f"{op:34}" + "".join(f"{results[s][op]:12.2f}" for s in stores))
    ok = all(r["agency open page (50)"] < BAR_MS for r in results.values())
    print(f"\nTrang phiếu đang mở của một cơ quan < {BAR_MS:.0f} ms: {'ĐẠT' if ok else 'KHÔNG ĐẠT'}")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
