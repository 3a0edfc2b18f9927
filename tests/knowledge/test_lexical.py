from knowledge import text as vt
from knowledge.lexical import LexicalIndex

PASSAGES = [
    "Thanh tra thành phố công khai đường dây nóng 02253.222.468 để doanh nghiệp phản ánh.",
    "Sở Tài chính chủ trì mô hình Kết nối thủ tục Giấy phép kinh doanh có điều kiện.",
    "Ban Quản lý Khu kinh tế thực hiện thanh toán không dùng tiền mặt đạt 100%.",
    "Ủy ban nhân dân phường Hồng Bàng giao phòng Kinh tế - Hạ tầng và Đô thị làm đầu mối.",
]


def best(index: LexicalIndex, query: str) -> int:
    return int(index.scores(index.correct(vt.query_terms(vt.expand_abbreviations(query)))).argmax())


def test_bm25_ranks_the_passage_holding_the_terms() -> None:
    index = LexicalIndex(PASSAGES)
    assert best(index, "đường dây nóng của thanh tra") == 0
    assert best(index, "Sở Tài chính chủ trì mô hình nào?") == 1


def test_unmarked_abbreviated_and_misspelt_queries() -> None:
    index = LexicalIndex(PASSAGES)
    assert best(index, "duong day nong thanh tra tp") == 0
    assert best(index, "Ban QL KKT thanh toán khong dùng tiền mặt") == 2
    assert best(index, "UBND phuong Hong Bang giao ai lam dau moi") == 3
    assert best(index, "thanh toan khong dung tien matt") == 2  # "matt": corrected to "mat"


def test_old_tone_placement_matches() -> None:
    index = LexicalIndex(["Nội dung về thủy lợi và hòa giải."])
    assert index.scores(vt.query_terms("thuỷ lợi hoà giải"))[0] > 0
    terms = vt.query_terms("thuỷ lợi")
    assert "a:thuy3" in terms and "a:thuy3" in index.term_ids


def test_restore_diacritics_from_the_corpus() -> None:
    index = LexicalIndex(PASSAGES)
    assert index.restore_diacritics("duong day nong thanh tra") == "đường dây nóng thanh tra"
    assert index.restore_diacritics("đường dây") == "đường dây"  # marked input is left alone


def test_coverage_is_idf_weighted_share() -> None:
    index = LexicalIndex(PASSAGES)
    cov = index.coverage(["f:duong", "f:nong", "f:xyzzy"], [0, 1])
    assert 0 < cov[0] < 1 and cov[1] == 0
    assert index.coverage([], [0])[0] == 1


def test_empty_index_is_harmless() -> None:
    index = LexicalIndex([])
    assert index.scores(vt.query_terms("bất kỳ")).shape == (0,)
    assert index.correct({"f:abc": 1.0}) == {"f:abc": 1.0}
