from pathlib import Path

from knowledge.index import KnowledgeIndex
from knowledge.retrieval import HybridRetriever


def top_ids(
    small_index_dir: Path, question: str, filters: dict[str, str | list[str]] | None = None
) -> list[str]:
    retriever = HybridRetriever(KnowledgeIndex.open(small_index_dir))
    return [h.entry.chunk.id for h in retriever.search(question, 5, filters).hits]


def test_hybrid_finds_marked_unmarked_and_abbreviated_questions(small_index_dir: Path) -> None:
    assert (
        top_ids(small_index_dir, "Bảo hiểm xã hội thành phố nghe điện thoại ở số nào?")[0] == "bc2024.txt-0"
    )
    assert top_ids(small_index_dir, "sdt bao hiem xa hoi tp")[0] == "bc2024.txt-0"
    assert top_ids(small_index_dir, "ai chủ trì giảm số giờ kiểm tra thuế")[0] == "kh220.txt-2"


def test_in_force_plan_ranks_above_the_replaced_one(small_index_dir: Path) -> None:
    ids = top_ids(small_index_dir, "Đổi cán bộ đầu mối PCI thì mấy ngày phải gửi văn bản?")
    assert ids.index("kh220.txt-1") < ids.index("kh197.txt-0")


def test_filters_apply_to_both_sides(small_index_dir: Path) -> None:
    ids = top_ids(small_index_dir, "cán bộ đầu mối", filters={"status": "replaced"})
    assert ids == ["kh197.txt-0"]
    ids = top_ids(small_index_dir, "kiểm tra thuế", filters={"kind": "record"})
    assert set(ids) <= {"kh220.txt-2", "kh220.txt-3"}


def test_prepare_restores_diacritics_for_the_embedding(small_index_dir: Path) -> None:
    retriever = HybridRetriever(KnowledgeIndex.open(small_index_dir))
    query = retriever.prepare("so dien thoai bao hiem xa hoi")
    assert query.dense_text == "số điện thoại bảo hiểm xã hội"


def test_equal_scores_are_ranked_by_row_whatever_order_they_came_in() -> None:
    from knowledge.retrieval import by_score

    assert by_score({7: 0.5, 5: 1.0, 2: 1.0}) == [2, 5, 7]
    assert by_score({2: 1.0, 5: 1.0, 7: 0.5}) == by_score({5: 1.0, 7: 0.5, 2: 1.0})
