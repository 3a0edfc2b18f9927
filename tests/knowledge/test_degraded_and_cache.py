"""The vector store down: retrieval answers from the lexical side and says so; repeated questions are
answered from a cache that a new index version empties."""

from __future__ import annotations

import shutil
import socket
from pathlib import Path

from knowledge.answer import Answer
from knowledge.answer_cache import CachedAnswers, question_key
from knowledge.assistant import Assistant
from knowledge.cache import GenerationCache
from knowledge.dense_guard import DenseGuard
from knowledge.duties import DutiesResult
from knowledge.index import KnowledgeIndex
from knowledge.replies import DEGRADED_NOTE
from knowledge.retrieval import HybridRetriever

QUESTION = "số điện thoại của Bảo hiểm xã hội thành phố"


def _dead_url() -> str:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"http://127.0.0.1:{port}"  # nothing listens there any more


def test_retrieval_falls_back_to_the_lexical_side(small_index_dir: Path) -> None:
    index = KnowledgeIndex.open(small_index_dir, chroma_url=_dead_url())
    result = HybridRetriever(index).search(QUESTION, k=3)
    assert result.degraded and index.dense_guard.down
    assert result.hits and result.hits[0].entry.chunk.id == "bc2024.txt-0"
    assert all(h.dense == 0.0 for h in result.hits)
    healthy = HybridRetriever(KnowledgeIndex.open(small_index_dir)).search(QUESTION, k=3)
    assert not healthy.degraded and any(h.dense > 0 for h in healthy.hits)


def test_the_guard_waits_before_trying_the_server_again() -> None:
    now = [100.0]
    guard = DenseGuard(retry_after_s=2.0, clock=lambda: now[0])
    assert guard.should_try() and not guard.down
    guard.failed(ConnectionError("refused"))
    assert guard.down and not guard.should_try() and guard.last_error == "ConnectionError"
    now[0] += 2.5
    assert guard.should_try() and guard.down  # a probe is allowed; still down until it succeeds
    guard.succeeded()
    assert not guard.down


def test_generation_cache_is_emptied_by_a_new_generation() -> None:
    cache: GenerationCache[str] = GenerationCache(max_items=2)
    cache.put(1, "a", "A")
    cache.put(1, "b", "B")
    assert cache.get(1, "a") == "A"
    cache.put(1, "c", "C")  # "b" was the least recently used
    assert cache.get(1, "b") is None and cache.get(1, "c") == "C"
    assert cache.get(2, "a") is None and len(cache) == 0


class _Counting:
    def __init__(self, inner: Assistant) -> None:
        self.inner, self.index, self.calls = inner, inner.index, 0

    def answer(self, question: str) -> Answer:
        self.calls += 1
        return self.inner.answer(question)

    def duties(self, agency: str) -> DutiesResult:
        return self.inner.duties(agency)

    def hotline(self) -> str:
        return self.inner.hotline()


def test_repeated_questions_are_answered_from_the_cache(tmp_path: Path, small_index_dir: Path) -> None:
    data = tmp_path / "kb"
    shutil.copytree(small_index_dir, data)
    counting = _Counting(Assistant.open(data))
    seen: list[str] = []
    cached = CachedAnswers(counting, observe=lambda a: seen.append(a.route))
    first = cached.answer(QUESTION)
    again = cached.answer("  Số điện thoại của BẢO HIỂM XÃ HỘI thành phố ")
    assert counting.calls == 1 and len(seen) == 2
    assert again.answer == first.answer and again.sources == first.sources
    assert again.question == "  Số điện thoại của BẢO HIỂM XÃ HỘI thành phố "
    again.sources.clear()  # a caller changing its copy does not change the cache
    assert cached.answer(QUESTION).sources == first.sources and counting.calls == 1

    version = [0]
    counting.index.follow_version(lambda: version[0], poll_s=0.0)
    cached.answer(QUESTION)
    calls = counting.calls
    version[0] = 7  # an ingest finished elsewhere
    cached.answer(QUESTION)
    assert counting.calls == calls + 1 and counting.index.version == 7


def test_nothing_is_cached_while_the_vector_store_is_down(small_index_dir: Path) -> None:
    counting = _Counting(Assistant.open(small_index_dir, chroma_url=_dead_url()))
    cached = CachedAnswers(counting)
    cached.answer(QUESTION)
    cached.answer(QUESTION)
    assert counting.calls == 2 and len(cached.cache) == 0
    assert question_key(" A  b ") == "a b"


def test_answers_without_the_vector_store_say_so_on_every_channel(small_index_dir: Path) -> None:
    down = Assistant.open(small_index_dir, chroma_url=_dead_url()).answer(QUESTION)
    assert down.route == "answer" and down.degraded
    assert down.answer.endswith(DEGRADED_NOTE) and down.answer.count(DEGRADED_NOTE) == 1
    healthy = Assistant.open(small_index_dir).answer(QUESTION)
    assert healthy.route == "answer" and not healthy.degraded and DEGRADED_NOTE not in healthy.answer
