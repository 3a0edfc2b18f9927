"""The dense half of the index: Chroma through langchain_chroma.

Embedded PersistentClient in <data_dir>/chroma by default, HttpClient for a Chroma server. The
collection name carries the embedding backend (vectors of two models never mix) and uses cosine
space; chromadb itself gets no embedding function: LangChain embeds through ours.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from langchain_core.embeddings import Embeddings

from knowledge.documents import MetadataValue

Where = dict[str, Any]
# HNSW's candidate list at query time. With Chroma's default (100), 1 question in 100 of the generated
# tune split missed its nearest passage among our ~800 (their similarities lie close together, 0.80-0.88);
# a list longer than the collection makes the search visit every passage: exact, and for collections of
# this size no slower to notice. Collections made before this was set are raised to it when opened.
SEARCH_EF = 1000


def chroma_client(data_dir: Path, chroma_url: str = "") -> Any:
    import chromadb
    from chromadb.config import Settings

    settings = Settings(anonymized_telemetry=False)
    if chroma_url:
        url = urlparse(chroma_url)
        return chromadb.HttpClient(
            host=url.hostname or "127.0.0.1",
            port=url.port or (443 if url.scheme == "https" else 8000),
            ssl=url.scheme == "https",
            settings=settings,
        )
    path = data_dir / "chroma"
    path.mkdir(parents=True, exist_ok=True)
    return chromadb.PersistentClient(path=str(path), settings=settings)


def where_clause(filters: dict[str, str | list[str]] | None) -> Where | None:
    """{"doc": "x", "status": ["in_force", "unknown"]} -> a Chroma `where` filter."""
    if not filters:
        return None
    parts: list[Where] = []
    for key, value in filters.items():
        parts.append({key: {"$in": list(value)}} if isinstance(value, list) else {key: value})
    return parts[0] if len(parts) == 1 else {"$and": parts}


class DenseStore:
    def __init__(self, client: Any, collection: str, embeddings: Embeddings) -> None:
        from langchain_chroma import Chroma

        self.collection_name = collection
        self._store = Chroma(
            client=client,
            collection_name=collection,
            embedding_function=embeddings,
            collection_configuration={"hnsw": {"space": "cosine", "ef_search": SEARCH_EF}},
        )
        stored = self._store._collection
        hnsw = (stored.configuration_json or {}).get("hnsw") or {}
        if int(hnsw.get("ef_search") or 0) < SEARCH_EF:
            stored.modify(configuration={"hnsw": {"ef_search": SEARCH_EF}})

    def add(self, ids: list[str], texts: list[str], metadatas: list[dict[str, MetadataValue]]) -> None:
        if ids:
            self._store.add_texts(texts=texts, metadatas=[dict(m) for m in metadatas], ids=ids)

    def ids_of(self, doc: str) -> list[str]:
        got = self._store.get(where={"doc": doc}, include=[])
        return list(got.get("ids") or [])

    def delete(self, ids: list[str]) -> None:
        if ids:
            self._store.delete(ids=ids)

    def count(self) -> int:
        return int(self._store._collection.count())

    def search(self, vector: list[float], k: int, where: Where | None = None) -> list[tuple[str, float]]:
        """(chunk id, cosine similarity), best first."""
        found = self._store.similarity_search_by_vector_with_relevance_scores(vector, k=k, filter=where)
        return [(str(doc.id or doc.metadata.get("chunk_id", "")), 1.0 - float(dist)) for doc, dist in found]
