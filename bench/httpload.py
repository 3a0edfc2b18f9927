"""A small load generator: closed-loop users over keep-alive HTTP/1.1 connections on asyncio streams.

It is deliberately lean (no HTTP library per request) so that on a 2-core machine the client takes as
little CPU as possible from the server it measures; its own CPU time is reported beside the figures.
"""

from __future__ import annotations

import asyncio
import json
import os
import random
import statistics
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

Request = tuple[str, str, dict[str, Any] | None, dict[str, str]]  # method, path, JSON body, headers


@dataclass
class Result:
    latencies: list[float] = field(default_factory=list)
    statuses: Counter[int] = field(default_factory=Counter)
    bodies: list[dict[str, Any]] = field(default_factory=list)
    seconds: float = 0.0
    client_cpu_s: float = 0.0

    @property
    def ok(self) -> int:
        return sum(n for s, n in self.statuses.items() if 200 <= s < 300)

    @property
    def rps(self) -> float:
        return self.ok / self.seconds if self.seconds else 0.0

    def percentile(self, q: float) -> float:
        if not self.latencies:
            return float("nan")
        if len(self.latencies) == 1:
            return self.latencies[0] * 1000
        return statistics.quantiles(self.latencies, n=100, method="inclusive")[int(q) - 1] * 1000

    def summary(self) -> dict[str, Any]:
        return {
            "requests": sum(self.statuses.values()),
            "rps": round(self.rps, 1),
            "p50_ms": round(self.percentile(50), 1),
            "p95_ms": round(self.percentile(95), 1),
            "statuses": dict(sorted(self.statuses.items())),
            "client_cpu_s": round(self.client_cpu_s, 2),
        }


class Connection:
    def __init__(self, host: str, port: int) -> None:
        self.host, self.port = host, port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def request(
        self, method: str, path: str, body: dict[str, Any] | None, headers: dict[str, str], timeout: float
    ) -> tuple[int, bytes]:
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        assert self.reader is not None
        data = json.dumps(body, ensure_ascii=False).encode() if body is not None else b""
        head = [f"{method} {path} HTTP/1.1", f"Host: {self.host}:{self.port}", f"Content-Length: {len(data)}"]
        if body is not None:
            head.append("Content-Type: application/json")
        head += [f"{k}: {v}" for k, v in headers.items()]
        self.writer.write(("\r\n".join(head) + "\r\n\r\n").encode() + data)
        try:
            return await asyncio.wait_for(self._response(), timeout)
        except BaseException:
            self.close()
            raise

    async def _response(self) -> tuple[int, bytes]:
        assert self.reader is not None
        status_line = await self.reader.readline()
        if not status_line:
            raise ConnectionError("closed")
        status = int(status_line.split()[1])
        length, close = 0, False
        while True:
            line = await self.reader.readline()
            if line in (b"\r\n", b"\n", b""):
                break
            name, _, value = line.decode("latin-1").partition(":")
            if name.lower() == "content-length":
                length = int(value.strip())
            elif name.lower() == "connection" and value.strip().lower() == "close":
                close = True
        payload = await self.reader.readexactly(length) if length else b""
        if close:
            self.close()
        return status, payload

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
        self.reader = self.writer = None


async def run_users(
    host: str,
    port: int,
    users: int,
    seconds: float,
    next_request: Callable[[random.Random, int], Request],
    *,
    warmup_s: float = 2.0,
    timeout: float = 30.0,
    keep_bodies: bool = False,
    seed: int = 7,
) -> Result:
    """`users` closed loops for `warmup_s + seconds`; only the last `seconds` are measured. A failed
    connection counts as status 0 and the user reconnects."""
    result = Result()
    start = time.perf_counter()
    measure_from = start + warmup_s
    stop_at = measure_from + seconds

    async def user(n: int) -> None:
        rng = random.Random(seed * 1000 + n)
        conn = Connection(host, port)
        while time.perf_counter() < stop_at:
            method, path, body, headers = next_request(rng, n)
            t0 = time.perf_counter()
            try:
                status, payload = await conn.request(method, path, body, headers, timeout)
            except (
                OSError,
                TimeoutError,
                asyncio.IncompleteReadError,
                ConnectionError,
                ValueError,
                IndexError,
            ):
                status, payload = 0, b""
                conn.close()
                await asyncio.sleep(0.05)
            t1 = time.perf_counter()
            if t0 >= measure_from and t1 <= stop_at:
                result.latencies.append(t1 - t0)
                result.statuses[status] += 1
                if keep_bodies and payload:
                    result.bodies.append(json.loads(payload))
        conn.close()

    cpu0 = os.times()
    await asyncio.gather(*(user(n) for n in range(users)))
    cpu1 = os.times()
    result.seconds = seconds
    result.client_cpu_s = (cpu1.user - cpu0.user) + (cpu1.system - cpu0.system)
    return result
