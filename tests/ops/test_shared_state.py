"""State that several web workers share through the database: rate limits, transcripts, the index
version and the ingest lease, the overdue round's advisory lock. Two objects on one database stand for
two worker processes."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from sqlalchemy import text

from api.index_state import IndexStateStore, IngestBusy
from api.web.transcripts import SqlTranscriptStore
from bot.ratelimit_shared import RedisRateLimiter, SqlRateLimiter
from tests.fixtures_tickets import FakeClock
from tests.tickets.helpers import create
from tickets.overdue import OVERDUE_LOCK_KEY
from tickets.service import TicketService


class Clock:
    def __init__(self, now: float) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def test_rate_limit_is_counted_across_workers(ticket_service: TicketService) -> None:
    clock = Clock(1_000_020.0)
    first = SqlRateLimiter(ticket_service.session, 3, clock=clock)
    second = SqlRateLimiter(ticket_service.session, 3, clock=clock)
    got = [first.allow("web:u1"), second.allow("web:u1"), first.allow("web:u1"), second.allow("web:u1")]
    assert got == [True, True, True, False]
    assert first.allow("web:u2")  # another user has a bucket of their own
    clock.now += 60  # the next minute
    assert second.allow("web:u1")


def test_rate_limit_counts_concurrent_first_messages_once_each(ticket_service: TicketService) -> None:
    limiters = [SqlRateLimiter(ticket_service.session, 5, clock=Clock(2_000_000.0)) for _ in range(4)]
    results: list[bool] = []
    lock = threading.Lock()

    def send(limiter: SqlRateLimiter) -> None:
        for _ in range(2):
            ok = limiter.allow("telegram:42")
            with lock:
                results.append(ok)

    threads = [threading.Thread(target=send, args=(lim,)) for lim in limiters]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(results) == [False, False, False, True, True, True, True, True]


def test_redis_rate_limit_when_configured() -> None:
    import redis

    url = "redis://127.0.0.1:6379/15"
    try:
        redis.Redis.from_url(url, socket_connect_timeout=1).ping()
    except redis.RedisError:
        pytest.skip("Redis at 127.0.0.1:6379 is unreachable")
    clock = Clock(float(dt.datetime.now().timestamp()))
    key = f"web:test-{threading.get_ident()}-{clock.now}"
    a, b = RedisRateLimiter(url, 2, clock=clock), RedisRateLimiter(url, 2, clock=clock)
    assert [a.allow(key), b.allow(key), a.allow(key)] == [True, True, False]


def test_rate_limit_lets_messages_through_when_the_store_is_down() -> None:
    dead = RedisRateLimiter("redis://127.0.0.1:1/0", 1)
    assert dead.allow("web:u") and dead.allow("web:u")


def test_transcript_is_seen_by_every_worker(ticket_service: TicketService) -> None:
    one, two = (
        SqlTranscriptStore(ticket_service.session, max_turns=3),
        SqlTranscriptStore(ticket_service.session),
    )
    assert one.turns("phien-1") == []
    for n in range(5):
        (one if n % 2 else two).add("phien-1", {"question": f"câu {n}", "answer": "đáp"})
    seen = SqlTranscriptStore(ticket_service.session, max_turns=3)
    seen.add("phien-1", {"question": "câu 5", "answer": "đáp"})
    assert [t["question"] for t in two.turns("phien-1")] == ["câu 3", "câu 4", "câu 5"]
    assert one.turns("phien-khac") == []


def test_index_version_and_the_ingest_lease(ticket_service: TicketService) -> None:
    store = IndexStateStore(ticket_service.engine)
    other = IndexStateStore(ticket_service.engine)
    assert store.version() == 0
    with store.ingest_lease():
        with pytest.raises(IngestBusy, match="đang chạy"), other.ingest_lease():
            pass
        assert store.bump() == 1
    with other.ingest_lease():  # released: the next ingest may run
        assert other.bump() == 2
    assert store.version() == 2


def test_an_abandoned_ingest_lease_expires(ticket_service: TicketService) -> None:
    store = IndexStateStore(ticket_service.engine)
    taken: list[str] = []
    with (
        store.ingest_lease(ttl=dt.timedelta(seconds=-1)),
        IndexStateStore(ticket_service.engine).ingest_lease(),
    ):
        taken.append("second")  # expired: the second ingest takes it over
    assert taken == ["second"]


@pytest.mark.postgres
def test_one_worker_runs_the_overdue_round(ticket_service: TicketService, ticket_clock: FakeClock) -> None:
    if ticket_service.engine.dialect.name != "postgresql":
        pytest.skip("advisory locks are PostgreSQL's")
    code = create(ticket_service).code
    ticket_clock.advance(days=30)
    with ticket_service.engine.connect() as other:
        with other.begin():  # another worker is running the round
            assert other.execute(
                text("SELECT pg_try_advisory_xact_lock(:k)"), {"k": OVERDUE_LOCK_KEY}
            ).scalar()
            assert ticket_service.flag_overdue() == []
        assert ticket_service.flag_overdue() == [code]  # its round is over: this one runs
