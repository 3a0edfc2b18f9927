from knowledge.lexical import LexicalIndex
from knowledge.text import expand_abbreviations, query_terms

PASSAGES = [
    "Bảo hiểm xã hội thành phố công bố số điện thoại 0225.326.5616 để người lao động hỏi về sổ bảo hiểm.",
    "Sở Khoa học và Công nghệ chủ trì việc hỗ trợ doanh nghiệp nghiên cứu và phát triển.",
    "Ban Quản lý Khu kinh tế cấp giấy chứng nhận đăng ký đầu tư cho dự án trong khu công nghiệp.",
    "Ủy ban nhân dân xã Vĩnh Bảo niêm yết thủ tục hành chính tại Trung tâm Phục vụ hành chính công.",
]


def best(index: LexicalIndex, query: str) -> int:
    return int(index.scores(index.correct(query_terms(expand_abbreviations(query)))).argmax())


def test_bm25_ranks_the_passage_holding_the_terms() -> None:
    index = LexicalIndex(PASSAGES)
    assert best(index, "số điện thoại của bảo hiểm xã hội") == 0
    assert best(index, "Sở Khoa học và Công nghệ chủ trì việc gì?") == 1


def test_unmarked_abbreviated_and_misspelt_queries() -> None:
    index = LexicalIndex(PASSAGES)
    assert best(index, "sdt bao hiem xa hoi tp") == 0
    assert best(index, "Ban QL KKT cấp giấy chứng nhận dang ky đầu tư") == 2
    assert best(index, "UBND xa Vinh Bao niem yet thu tuc o dau") == 3
    assert best(index, "niem yett") == 3  # "yett": corrected to "yet"


def test_old_tone_placement_matches() -> None:
    index = LexicalIndex(["Nội dung về thủy lợi và hòa giải."])
    assert index.scores(query_terms("thuỷ lợi hoà giải"))[0] > 0
    terms = query_terms("thuỷ lợi")
    assert "a:thuy3" in terms and "a:thuy3" in index.term_ids


def test_restore_diacritics_from_the_corpus() -> None:
    index = LexicalIndex(PASSAGES)
    assert index.restore_diacritics("so dien thoai bao hiem") == "số điện thoại bảo hiểm"
    assert index.restore_diacritics("điện thoại") == "điện thoại"  # marked input is left alone


def test_coverage_is_idf_weighted_share() -> None:
    index = LexicalIndex(PASSAGES)
    cov = index.coverage(["f:dien", "f:thoai", "f:xyzzy"], [0, 1])
    assert 0 < cov[0] < 1 and cov[1] == 0
    assert index.coverage([], [0])[0] == 1


def test_empty_index_is_harmless() -> None:
    index = LexicalIndex([])
    assert index.scores(query_terms("bất kỳ")).shape == (0,)
    assert index.correct({"f:abc": 1.0}) == {"f:abc": 1.0}
