"""The side-by-side bench's environments and figures (bench/env_ab_bench.py): a variable named for either
side is taken out of both inherited environments; medians over rounds and their ratio B/A."""

from __future__ import annotations

from typing import Any

from bench.env_ab_bench import compare, parse_env, side_env


def test_an_empty_value_leaves_the_variable_unset_on_that_side() -> None:
    a, b = parse_env(["OMP_NUM_THREADS="]), parse_env(["OMP_NUM_THREADS=1"])
    base = {"OMP_NUM_THREADS": "4", "PATH": "/bin"}
    names = set(a) | set(b)
    assert side_env(base, a, names) == {"PATH": "/bin"}
    assert side_env(base, b, names) == {"PATH": "/bin", "OMP_NUM_THREADS": "1"}


def _row(rps: float, p50: float, threads: list[list[float]], statuses: dict[str, int]) -> dict[str, Any]:
    return {
        "rps": rps,
        "p50_ms": p50,
        "p95_ms": p50 * 2,
        "server_cpu_ms_per_req": 100.0,
        "threads": threads,
        "statuses": statuses,
    }


def test_medians_ratios_threads_and_errors() -> None:
    a = [_row(10, 100, [[12, 20], [6, 8]], {"200": 9}), _row(20, 200, [[14, 16], [8, 9]], {"200": 9})]
    b = [_row(12, 100, [[7, 9], [6, 7]], {"200": 9, "429": 2}), _row(16, 300, [[7, 8], [5, 6]], {"200": 9})]
    out = compare(a, b)
    assert out["rps"] == {"a": 15.0, "b": 14.0, "ratio_b_a": 0.933, "round_ratios": [0.8, 1.2]}
    assert out["p50_ms"]["ratio_b_a"] == 1.333 and out["p50_ms"]["round_ratios"] == [1.0, 1.5]
    assert out["threads_a"] == {"median": 10.0, "max": 20} and out["threads_b"] == {"median": 6.5, "max": 9}
    assert (out["errors_a"], out["errors_b"]) == (0, 2)
