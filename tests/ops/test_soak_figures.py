"""The soak's memory figures per worker: start, after warm-up, half time, every 15 minutes, end, the MB
gained in each 5 minutes of the second half and the slopes over it and over the last 15 and 30 minutes
(bench/soak_bench.py)."""

from __future__ import annotations

from typing import Any

import pytest

from bench.soak_bench import at, growth, sample_row


def _samples() -> list[dict[str, Any]]:
    # worker 1 grows 1 MB a minute for 10 minutes, then holds; worker 2 grows 0.5 MB a minute throughout
    return [
        {
            "t_s": t,
            "1": 200.0 + min(t, 600) / 60,
            "2": 300.0 + t / 120,
            "anon_2": 250.0,
            "threads_1": 9,
            "threads_2": 7,
        }
        for t in range(0, 1801, 30)
    ]


def test_at_takes_the_first_sample_at_or_after() -> None:
    samples = _samples()
    assert at(samples, 20)["t_s"] == 30
    assert at(samples, 5000)["t_s"] == 1800


def test_growth_per_worker() -> None:
    figures = growth(_samples(), [1, 2], 1800)
    first, second = figures["1"], figures["2"]
    assert (first["start"], first["after_warmup"], first["half"], first["end"]) == (
        200.0,
        200.5,
        210.0,
        210.0,
    )
    assert first["per_5min_second_half"] == [0.0, 0.0, 0.0]
    assert first["mb_per_min_second_half"] == 0.0
    assert second["per_5min_second_half"] == [2.5, 2.5, 2.5]
    assert second["mb_per_min_second_half"] == 0.5
    assert second["threads_end"] == 7
    assert first["at_minute"] == {15: 210.0, 30: 210.0} and second["at_minute"] == {15: 307.5, 30: 315.0}
    assert first["mb_per_min_last_15"] == 0.0 and first["mb_per_min_last_30"] > 0.2
    assert second["mb_per_min_last_15"] == 0.5 and second["mb_per_min_last_30"] == 0.5
    anonymous = growth(_samples(), [2], 1800, "anon_")["2"]
    assert anonymous["per_5min_second_half"] == [0.0, 0.0, 0.0] and anonymous["end"] == 250.0


def test_a_row_of_the_living() -> None:
    import os

    row = sample_row(12.4, [os.getpid()])
    pid = os.getpid()
    assert row["t_s"] == 12 and row[str(pid)] > 1
    assert row[f"anon_{pid}"] + row[f"file_{pid}"] == pytest.approx(row[str(pid)], abs=1.0)
    assert row[f"threads_{pid}"] >= 1
