"""Prometheus metrics: HTTP requests and latency per route, answers by route and refusal reason,
messages per channel, outbox attempts; tickets by status and agency and the outbox depth are read from
the database when scraped (`DatabaseGauges`).

Under `trolyao serve` every worker writes its counters to PROMETHEUS_MULTIPROC_DIR (set by `serve`) and
a scrape adds them up; in a single process (tests, `TestClient`) they stay in memory.
"""

from __future__ import annotations

import os
import time
from collections.abc import Awaitable, Callable, Iterator

from fastapi import FastAPI, Request, Response
from prometheus_client import CollectorRegistry, Counter, Histogram, generate_latest
from prometheus_client.core import GaugeMetricFamily, Metric
from prometheus_client.multiprocess import MultiProcessCollector
from prometheus_client.registry import Collector
from sqlalchemy import Engine, func, select
from sqlalchemy.exc import SQLAlchemyError

from knowledge.answer import Answer
from tickets.models import Outbox, Ticket

CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8"
REGISTRY = CollectorRegistry(auto_describe=True)
LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)

HTTP_REQUESTS = Counter(
    "trolyao_http_requests",
    "HTTP requests served, by method, route template and status class.",
    ["method", "route", "status"],
    registry=REGISTRY,
)
HTTP_LATENCY = Histogram(
    "trolyao_http_request_duration_seconds",
    "Time to answer an HTTP request, by method and route template.",
    ["method", "route"],
    buckets=LATENCY_BUCKETS,
    registry=REGISTRY,
)
ANSWERS = Counter(
    "trolyao_answers",
    "Answers of the assistant, by route and refusal reason (empty when not a refusal).",
    ["route", "reason"],
    registry=REGISTRY,
)
MESSAGES = Counter(
    "trolyao_messages",
    "Tin nhắn đã trả lời, theo kênh và hướng xử lý",
    ["channel", "route"],
    registry=REGISTRY,
)
OUTBOX = Counter(
    "trolyao_outbox",
    "Lần gửi thông báo qua hàng đợi, theo kênh và kết quả (sent, retry, failed)",
    ["channel", "outcome"],
    registry=REGISTRY,
)


def value(name: str, **labels: str) -> float:
    """A sample's current value in this process (tests)."""
    found = REGISTRY.get_sample_value(name, labels)
    return float(found or 0.0)


def count_answer(answer: Answer) -> None:
    ANSWERS.labels(route=answer.route, reason=answer.reason or "").inc()


class DatabaseGauges(Collector):
    """Tickets by status and agency, and outbox rows by channel and status, counted at scrape time."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def collect(self) -> Iterator[Metric]:
        tickets = GaugeMetricFamily(
            "trolyao_tickets", "Tickets by status and agency.", labels=["status", "agency"]
        )
        outbox = GaugeMetricFamily(
            "trolyao_outbox_rows",
            "Outbox rows by channel and status (pending is the depth, failed gave up).",
            labels=["channel", "status"],
        )
        up = GaugeMetricFamily("trolyao_database_up", "1 when the scrape could read the database.")
        try:
            with self.engine.connect() as conn:
                by_status = conn.execute(
                    select(Ticket.status, Ticket.agency, func.count()).group_by(Ticket.status, Ticket.agency)
                ).all()
                by_channel = conn.execute(
                    select(Outbox.channel, Outbox.status, func.count()).group_by(
                        Outbox.channel, Outbox.status
                    )
                ).all()
        except SQLAlchemyError:
            up.add_metric([], 0.0)
            yield up
            return
        for status, agency, n in by_status:
            tickets.add_metric([status, agency], float(n))
        for channel, status, n in by_channel:
            outbox.add_metric([channel, status], float(n))
        up.add_metric([], 1.0)
        yield from (tickets, outbox, up)


def combined_registry(engine: Engine | None) -> CollectorRegistry:
    """This process's (or, under `serve`, every worker's) counters, and the database gauges."""
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        registry = CollectorRegistry()
        MultiProcessCollector(registry)  # type: ignore[no-untyped-call]
    else:
        registry = CollectorRegistry()
        registry.register(_Forward(REGISTRY))
    if engine is not None:
        registry.register(DatabaseGauges(engine))
    return registry


class _Forward(Collector):
    def __init__(self, source: CollectorRegistry) -> None:
        self.source = source

    def collect(self) -> Iterator[Metric]:
        yield from self.source.collect()


def render(engine: Engine | None) -> bytes:
    return generate_latest(combined_registry(engine))


def _route_of(request: Request) -> str:
    """The route template (never the path: paths carry ticket codes and follow tokens)."""
    route = request.scope.get("route")
    path = getattr(route, "path", None)
    return str(path) if path else "unmatched"


def instrument(app: FastAPI) -> None:
    @app.middleware("http")
    async def measure(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        started = time.perf_counter()
        response = await call_next(request)
        route = _route_of(request)
        HTTP_REQUESTS.labels(
            method=request.method, route=route, status=f"{response.status_code // 100}xx"
        ).inc()
        HTTP_LATENCY.labels(method=request.method, route=route).observe(time.perf_counter() - started)
        return response
