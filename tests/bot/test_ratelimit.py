import pytest

from bot.ratelimit import RateLimiter


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_burst_then_refill_per_key() -> None:
    clock = Clock()
    limiter = RateLimiter(6, clock=clock)  # 6 a minute: one every 10 s
    assert all(limiter.allow("telegram:1") for _ in range(6))
    assert not limiter.allow("telegram:1")
    assert limiter.allow("telegram:2")  # another user is not affected
    clock.now += 10.0
    assert limiter.allow("telegram:1")
    assert not limiter.allow("telegram:1")


def test_memory_is_bounded() -> None:
    clock = Clock()
    limiter = RateLimiter(60, clock=clock, max_keys=10)
    for i in range(50):
        limiter.allow(f"k{i}")
        clock.now += 0.01
    assert len(limiter._buckets) <= 10


def test_rejects_a_zero_rate() -> None:
    with pytest.raises(ValueError):
        RateLimiter(0)
