"""Bounded least-recently-used caches for repeated questions, keyed by the index generation.

A new generation (the index was reloaded after an ingest) empties the cache: nothing computed from an
older index is served after a reload.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

V = TypeVar("V")


class GenerationCache(Generic[V]):
    def __init__(self, max_items: int = 2048) -> None:
        self.max_items = max_items
        self._lock = threading.Lock()
        self._data: OrderedDict[Hashable, V] = OrderedDict()
        self._generation: Hashable = None
        self.hits = 0
        self.misses = 0

    def get(self, generation: Hashable, key: Hashable) -> V | None:
        with self._lock:
            if generation != self._generation:
                self._data.clear()
                self._generation = generation
            value = self._data.get(key)
            if value is None:
                self.misses += 1
                return None
            self._data.move_to_end(key)
            self.hits += 1
            return value

    def put(self, generation: Hashable, key: Hashable, value: V) -> None:
        with self._lock:
            if generation != self._generation:
                self._data.clear()
                self._generation = generation
            self._data[key] = value
            self._data.move_to_end(key)
            while len(self._data) > self.max_items:
                self._data.popitem(last=False)

    def get_or_compute(self, generation: Hashable, key: Hashable, compute: Callable[[], V]) -> V:
        found = self.get(generation, key)
        if found is not None:
            return found
        value = compute()
        self.put(generation, key, value)
        return value

    def clear(self) -> None:
        with self._lock:
            self._data.clear()

    def __len__(self) -> int:
        with self._lock:
            return len(self._data)
