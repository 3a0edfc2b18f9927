from pathlib import Path

from knowledge.index import KnowledgeIndex
from knowledge.retrieval import HybridRetriever


def top_ids(small_index_dir: Path, question: str, **kw: object) -> list[str]:
    retriever = HybridRetriever(KnowledgeIndex.open(small_index_dir))
    return [h.entry.chunk.id for h in retriever.search(question, 5, **kw).hits]  # type: ignore[arg-type]


def test_hybrid_finds_marked_unmarked_and_abbreviated_questions(small_index_dir: Path) -> None:
    assert top_ids(small_index_dir, "Số đường dây nóng của Thanh tra thành phố là gì?")[0] == "bc2024.txt-0"
    assert top_ids(small_index_dir, "so dien thoai thanh tra thanh pho")[0] == "bc2024.txt-0"
    assert top_ids(small_index_dir, "ai chủ trì ứng dụng trợ lý ảo")[0] == "kh220.txt-2"


def test_in_force_plan_ranks_above_the_replaced_one(small_index_dir: Path) -> None:
    ids = top_ids(small_index_dir, "Các Sở, ngành gửi báo cáo quý trước ngày nào?")
    assert ids.index("kh220.txt-1") < ids.index("kh197.txt-0")


def test_filters_apply_to_both_sides(small_index_dir: Path) -> None:
    ids = top_ids(small_index_dir, "báo cáo quý", filters={"status": "replaced"})
    assert ids == ["kh197.txt-0"]
    ids = top_ids(small_index_dir, "trợ lý ảo", filters={"kind": "record"})
    assert set(ids) <= {"kh220.txt-2", "kh220.txt-3"}


def test_prepare_restores_diacritics_for_the_embedding(small_index_dir: Path) -> None:
    retriever = HybridRetriever(KnowledgeIndex.open(small_index_dir))
    query = retriever.prepare("duong day nong thanh tra")
    assert query.dense_text == "đường dây nóng thanh tra"
