"""Channels under load: concurrent conversations through the webhook endpoints against the fakes.

    python -m bench.channels_bench [--conversations 200] [--turns 3] [--store sqlite|postgres]
                                   [--data-dir DIR]

The real app runs under uvicorn on 127.0.0.1 in a child process; the load generator and the fake
servers run in this process. Half of the conversations are Telegram
users posting to /webhooks/telegram, half Zalo OA users posting signed events to /webhooks/zalo. The
bot's replies go to the fake Telegram and Zalo servers, which note when each reply arrives. Each user
sends a turn, waits for the answer, then sends the next (a knowledge question, /trangthai, /start).
Reports replies per second and the p50/p95/max time from webhook post to reply, overall and per turn.
The knowledge base is --data-dir (an ingested data dir) or, by default, the tests' small corpus.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import multiprocessing
import resource
import socket
import tempfile
import time
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import uvicorn

from api.config import Settings
from bench.tickets_bench import postgres_url
from knowledge.assistant import Assistant
from tests.fakes.fixtures import (
    TELEGRAM_SECRET,
    ZALO_APP_ID,
    ZALO_OA_SECRET,
    channel_settings,
    make_app,
)
from tests.fakes.telegram import FakeTelegram
from tests.fakes.zalo import FakeZaloOA, oa_event, signed_headers
from tests.fixtures_knowledge import ingest_into, write_small_corpus

QUESTION_TURNS = (
    "Kế hoạch giao cơ quan nào phổ biến quy định đóng bảo hiểm xã hội cho doanh nghiệp?",
    "/trangthai",
    "/start",
)
COMMAND_TURNS = ("/start", "/trangthai", "/huy")  # the channel path alone: no retrieval
TURNS = QUESTION_TURNS


class Replies:
    """Reply arrival times per user, filled from the fakes' server threads, awaited from the bench loop."""

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self.loop = loop
        self.times: dict[str, list[float]] = defaultdict(list)
        self.events: dict[str, asyncio.Event] = defaultdict(asyncio.Event)

    def on_sent(self, user: str, at: float) -> None:
        self.loop.call_soon_threadsafe(self._arrived, user, at)

    def _arrived(self, user: str, at: float) -> None:
        self.times[user].append(at)
        self.events[user].set()

    async def wait(self, user: str, count: int, timeout: float) -> float:
        deadline = time.monotonic() + timeout
        while len(self.times[user]) < count:
            self.events[user].clear()
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError(user)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.events[user].wait(), left)
        return self.times[user][count - 1]


def _serve_child(settings_json: str, data_dir: str, port: int) -> None:
    """The server process: the real app, in its own interpreter (the load generator keeps its own GIL)."""
    settings = Settings.model_validate_json(settings_json)
    app = make_app(settings, Assistant.open(Path(data_dir)))
    uvicorn.run(
        app, host="127.0.0.1", port=port, log_level="warning", access_log=False, timeout_keep_alive=60
    )


@contextlib.contextmanager
def serve(settings: Settings, data_dir: Path) -> Iterator[str]:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    url = f"http://127.0.0.1:{port}"
    child = multiprocessing.get_context("spawn").Process(
        target=_serve_child, args=(settings.model_dump_json(), str(data_dir), port), daemon=True
    )
    child.start()
    try:
        deadline = time.monotonic() + 180
        while True:
            with contextlib.suppress(httpx.HTTPError):
                if httpx.get(f"{url}/healthz", timeout=2).status_code == 200:
                    break
            if time.monotonic() > deadline or not child.is_alive():
                raise RuntimeError("the server did not start")
            time.sleep(0.2)
        yield url
    finally:
        child.terminate()
        child.join(30)


async def deliver(http: httpx.AsyncClient, path: str, body: bytes, headers: dict[str, str]) -> None:
    """Post like the platforms do: a delivery that fails on the wire is sent again (the same event, which
    the server's duplicate guard answers only once)."""
    for attempt in range(3):
        try:
            response = await http.post(path, content=body, headers=headers)
            response.raise_for_status()
            return
        except httpx.TransportError:
            if attempt == 2:
                raise
            await asyncio.sleep(0.2)


async def conversation(
    http: httpx.AsyncClient, replies: Replies, index: int, turns: int, out: list[tuple[int, float]]
) -> None:
    telegram = index % 2 == 0
    user = str(100_000 + index) if telegram else f"zalo-user-{index}"
    for turn in range(turns):
        text = TURNS[turn % len(TURNS)]
        started = time.monotonic()
        if telegram:
            update: dict[str, Any] = {
                "update_id": index * 100 + turn + 1,
                "message": {
                    "message_id": turn + 1,
                    "date": int(time.time()),
                    "text": text,
                    "chat": {"id": int(user), "type": "private"},
                    "from": {"id": int(user), "is_bot": False, "first_name": "B"},
                },
            }
            if text.startswith("/"):
                update["message"]["entities"] = [{"type": "bot_command", "offset": 0, "length": len(text)}]
            body = json.dumps(update).encode()
            headers = {"X-Telegram-Bot-Api-Secret-Token": TELEGRAM_SECRET, "Content-Type": "application/json"}
            await deliver(http, "/webhooks/telegram", body, headers)
        else:
            raw = oa_event(ZALO_APP_ID, user, text, f"bench-{index}-{turn}")
            await deliver(http, "/webhooks/zalo", raw, signed_headers(ZALO_APP_ID, raw, ZALO_OA_SECRET))
        arrived = await replies.wait(user, turn + 1, timeout=300)
        out.append((turn, arrived - started))


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


async def run(
    base_url: str, replies: Replies, conversations: int, turns: int
) -> tuple[float, list[tuple[int, float]]]:
    results: list[tuple[int, float]] = []
    limits = httpx.Limits(max_connections=conversations, max_keepalive_connections=conversations)
    async with httpx.AsyncClient(base_url=base_url, timeout=120, limits=limits) as http:
        await conversation(http, replies, conversations + 1, 1, [])  # warm-up: models and index load
        started = time.monotonic()
        await asyncio.gather(*(conversation(http, replies, i, turns, results) for i in range(conversations)))
        return time.monotonic() - started, results


def report(label: str, elapsed: float, results: list[tuple[int, float]], turns: int) -> None:
    latencies = [t for _, t in results]
    print(f"\n{label}: {len(results)} replies in {elapsed:.1f} s -> {len(results) / elapsed:.1f} replies/s")
    print(f"  {'webhook -> reply, all turns':46} {_quantiles(latencies)}")
    for turn in range(turns):
        part = [t for k, t in results if k == turn]
        print(f"  turn {turn + 1}: {TURNS[turn % len(TURNS)][:36]:38} {_quantiles(part)}")


def _quantiles(values: list[float]) -> str:
    p50, p95, top = (percentile(values, 0.5), percentile(values, 0.95), max(values))
    return f"p50 {p50 * 1000:6.0f} ms   p95 {p95 * 1000:6.0f} ms   max {top * 1000:6.0f} ms"


def bench(database_url: str, data_dir: Path, conversations: int, turns: int, label: str) -> None:
    with tempfile.TemporaryDirectory() as tmp, FakeTelegram() as telegram:
        zalo = FakeZaloOA(app_id=ZALO_APP_ID, app_secret="app-secret")
        try:
            settings = channel_settings(
                Path(tmp), data_dir, telegram=telegram, zalo=zalo, database_url=database_url
            )
            loop = asyncio.new_event_loop()
            replies = Replies(loop)
            telegram.on_sent = lambda sent: replies.on_sent(sent.chat_id, sent.at)
            zalo.on_sent = lambda sent: replies.on_sent(sent.user_id, sent.at)
            own_cpu, child_cpu = time.process_time(), _children_cpu()
            with serve(settings, data_dir) as base_url:
                elapsed, results = loop.run_until_complete(run(base_url, replies, conversations, turns))
            own_cpu, child_cpu = time.process_time() - own_cpu, _children_cpu() - child_cpu
            loop.close()
        finally:
            zalo.close()
    report(label, elapsed, results, turns)
    sent = [s.text for s in telegram.sent + zalo.sent]
    cited = sum("Nguồn:" in t for t in sent)
    failed = sum(t.startswith("Xin lỗi, hệ thống") for t in sent)
    print(f"  replies with a citation: {cited}; failures: {failed} (of {len(sent)} sent, warm-up included)")
    print(f"  CPU: server process {child_cpu:.1f} s (incl. start-up), load generator + fakes {own_cpu:.1f} s")


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--conversations", type=int, default=200)
    parser.add_argument("--turns", type=int, default=3)
    parser.add_argument("--store", choices=["sqlite", "postgres", "both"], default="sqlite")
    parser.add_argument(
        "--data-dir", type=Path, default=None, help="an ingested data dir (default: small corpus)"
    )
    parser.add_argument("--commands-only", action="store_true", help="turns without a knowledge question")
    args = parser.parse_args()
    global TURNS
    TURNS = COMMAND_TURNS if args.commands_only else QUESTION_TURNS
    with tempfile.TemporaryDirectory() as kb:
        data_dir = args.data_dir or ingest_into(Path(kb) / "data", write_small_corpus(Path(kb) / "corpus"))
        print(
            f"{args.conversations} concurrent conversations x {args.turns} turns "
            f"(Telegram and Zalo OA webhooks), knowledge: {data_dir}"
        )
        if args.store in ("sqlite", "both"):
            bench("", data_dir, args.conversations, args.turns, "SQLite")
        if args.store in ("postgres", "both"):
            with postgres_url() as url:
                if url is None:
                    print("PostgreSQL không kết nối được: bỏ qua.")
                else:
                    bench(url, data_dir, args.conversations, args.turns, "PostgreSQL")


if __name__ == "__main__":
    main()
