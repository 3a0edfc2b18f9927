"""The memory report of a worker (TROLYAO_MEMORY_REPORT, for soaks): off unless asked for; RSS, threads
and glibc's arenas in every line; with TROLYAO_TRACEMALLOC the allocations that grew, by traceback."""

from __future__ import annotations

import json
import threading
import time
import tracemalloc
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from api import memory_report
from api.memory_report import (
    MemoryReport,
    anonymous_mappings,
    malloc_stats,
    mappings_from_smaps,
    proc_status,
    start_from_env,
)

KEPT: list[bytes] = []


@pytest.fixture(autouse=True)
def _no_tracing_left() -> Iterator[None]:
    yield
    KEPT.clear()
    tracemalloc.stop()


def _lines(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text().splitlines()]


def test_off_without_the_variable(tmp_path: Path) -> None:
    assert start_from_env({"TROLYAO_TRACEMALLOC": "5"}) is None
    assert start_from_env({"TROLYAO_MEMORY_REPORT": " "}) is None
    assert not tracemalloc.is_tracing()


def test_proc_status_and_malloc_stats() -> None:
    status = proc_status()
    assert status["VmRSS"] > 1000 and status["Threads"] >= threading.active_count()
    stats = malloc_stats()
    assert stats["arenas"] >= 1
    assert stats["uordblks"] > 0 and stats["fordblks"] >= 0


SMAPS = """\
55d0a0000000-55d0a2000000 rw-p 00000000 00:00 0                          [heap]
Size:              32768 kB
Rss:                3000 kB
7f0000000000-7f0000100000 rw-p 00000000 00:00 0
Size:               1024 kB
Rss:                1000 kB
7f0000100000-7f0000200000 rw-p 00000000 00:00 0
Size:               1024 kB
Rss:                 900 kB
7f0000200000-7f0000a00000 rw-p 00000000 00:00 0
Size:               8192 kB
Rss:                 700 kB
7f1000000000-7f1004000000 r--p 00000000 fe:00 123                        /models/e5.bin
Size:              65536 kB
Rss:               40000 kB
7f1004000000-7f1004100000 r-xp 00000000 fe:00 124                        /lib/libc.so.6
Rss:                 500 kB
7f1004100000-7f1004200000 r--p 00100000 fe:00 124                        /lib/libc.so.6
Rss:                 100 kB
7ffd00000000-7ffd00021000 rw-p 00000000 00:00 0                          [stack]
Rss:                 132 kB
"""


def test_mappings_by_kind() -> None:
    found = mappings_from_smaps(SMAPS)
    assert (found["heap"], found["arenas_1mib"], found["arenas_1mib_count"], found["other"]) == (
        3000,
        1900,
        2,
        700,
    )
    assert found["top_files"] == {"/models/e5.bin": 40000, "/lib/libc.so.6": 600}
    live = anonymous_mappings()
    assert live["heap"] + live["other"] > 0 and live["top_files"]


def test_malloc_stats_empty_without_glibc(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(memory_report, "_LIBC", None)
    assert malloc_stats() == {}


def test_lines_from_the_env(tmp_path: Path) -> None:
    folder = tmp_path / "mem"
    report = start_from_env({"TROLYAO_MEMORY_REPORT": str(folder), "TROLYAO_MEMORY_REPORT_S": "0.05"})
    assert report is not None
    try:
        deadline = time.monotonic() + 10
        while len(report.path.read_text().splitlines()) < 3 and time.monotonic() < deadline:
            time.sleep(0.05)
    finally:
        report.stop()
    assert report.path.parent == folder and report.path.name.startswith("memory-")
    rows = _lines(report.path)
    assert len(rows) >= 3
    assert rows[0]["t_s"] == 0.0 and float(str(rows[-1]["t_s"])) > 0
    assert all(float(str(r["rss_mb"])) > 1 and int(str(r["threads"])) >= 1 for r in rows)
    last: dict[str, Any] = rows[-1]
    assert last["rss_kb"]["anon"] > 0 and last["rss_kb"]["file"] > 0
    assert last["anon_kb"]["heap"] + last["anon_kb"]["other"] > 0
    assert len(last["gc"]["collections"]) == 3 and last["python_blocks"] > 0
    assert "traced_mb" not in rows[-1] and not tracemalloc.is_tracing()


def test_tracing_names_the_line_that_grows(tmp_path: Path) -> None:
    report = MemoryReport(tmp_path, interval_s=3600, frames=4)
    report._stop.set()  # run() starts tracing at its first tick and writes one line
    tracemalloc.start(4)  # what run() does after the first interval
    first = report.write()
    assert "top_growth" not in first  # the baseline
    KEPT.extend(bytes(1000) + str(n).encode() for n in range(2000))  # about 2 MB that stays
    second = report.write()
    grown = second["top_growth"][0]
    assert grown["kb"] > 1500 and grown["count"] >= 2000
    assert any(where.startswith(__file__) for where in grown["where"])
    assert float(second["traced_mb"]) > float(first["traced_mb"]) + 1.5
    assert len(_lines(report.path)) == 2


def test_run_starts_tracing_after_the_first_interval(tmp_path: Path) -> None:
    report = MemoryReport(tmp_path, interval_s=0.05, frames=3)
    thread = threading.Thread(target=report.run, daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + 10
        while not (report.path.exists() and len(report.path.read_text().splitlines()) >= 2):
            assert time.monotonic() < deadline
            time.sleep(0.02)
    finally:
        report.stop()
        thread.join(5)
    rows = _lines(report.path)
    assert tracemalloc.is_tracing() and tracemalloc.get_traceback_limit() == 3
    assert "traced_mb" in rows[0] and "top_growth" in rows[1]
