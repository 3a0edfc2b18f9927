from knowledge.text import (
    contains_phrase,
    document_terms,
    expand_abbreviations,
    fold,
    fold_spaced,
    fold_words,
    has_diacritics,
    normalize,
    query_terms,
    query_words,
    tone_key,
    words,
)


def test_both_tone_placements_have_one_key() -> None:
    assert tone_key("hoà") == tone_key("hòa")
    assert tone_key("thuỷ") == tone_key("thủy")
    assert tone_key("uý") == tone_key("úy")
    assert tone_key("hoà") != tone_key("hoá")


def test_nfd_input_is_normalised() -> None:
    decomposed = "ha\u0300nh chi\u0301nh"
    assert words(decomposed) == ["hành", "chính"]


def test_fold_removes_diacritics_and_d_stroke() -> None:
    assert fold("Đường dây nóng Điện lực") == "duong day nong dien luc"


def test_numbers_stay_whole() -> None:
    assert words("đạt 7,34 điểm; 251/253 HNTH; 94% 0225.326.5616") == [
        "đạt",
        "7,34",
        "điểm",
        "251/253",
        "hnth",
        "94%",
        "0225.326.5616",
    ]


def test_abbreviations_expand_in_queries_and_documents() -> None:
    assert (
        expand_abbreviations("Ban QL KKT gửi UBND TP")
        == "Ban quản lý khu kinh tế gửi Ủy ban nhân dân thành phố"
    )
    doc = document_terms("Ủy ban nhân dân thành phố")
    query = query_terms("UBND TP")
    assert set(query) & set(doc) >= {"f:uy", "f:ban", "b:nhan_dan", "b:thanh_pho"}


def test_query_words_drop_question_words() -> None:
    assert query_words("Sở nào chủ trì bao nhiêu nhiệm vụ?") == ["sở", "chủ", "trì", "nhiệm", "vụ"]
    assert query_words("so nao chu tri") == ["so", "chu", "tri"]


def test_unmarked_query_matches_marked_document_by_folded_terms() -> None:
    doc = document_terms("số điện thoại đường dây nóng")
    query = query_terms("so dien thoai duong day nong")
    assert set(query) <= set(doc)


def test_fold_spaced_is_the_matching_form_of_names() -> None:
    assert fold_spaced("  Sở Tài chính\n ĐÀ NẴNG ") == "so tai chinh da nang"


def test_normalize_puts_the_tone_in_one_place_and_keeps_it() -> None:
    assert normalize("Hoà  giải, THUỶ sản!") == normalize("hòa giải thủy sản") == "hoà giải thuỷ sản"


def test_fold_words_keeps_words_only() -> None:
    assert fold_words("Thuế, đất đai!") == "thue dat dai"


def test_has_diacritics_ignores_punctuation() -> None:
    assert not has_diacritics("thue, dat dai!")
    assert has_diacritics("thuế đất")


def test_contains_phrase_matches_whole_words() -> None:
    assert contains_phrase("giay phep xay dung", "xay dung")
    assert not contains_phrase("giay phep xay dung", "xa")


def test_a_word_list_matches_by_tone_when_marked_and_folded_when_not() -> None:
    from knowledge.text import WordList

    listed = WordList("từ thủ tục hồ")
    assert "từ" in listed and "tu" in listed and "TỪ" in listed
    assert "tử" not in listed  # another tone is another word
    assert "thú" not in listed and "thu" in listed
    assert 3 not in listed


def test_licence_abbreviations_expand() -> None:
    from knowledge.text import expand_abbreviations

    assert expand_abbreviations("Cấp GCN ANTT") == "Cấp giấy chứng nhận an ninh, trật tự"


def test_a_documents_code_is_not_expanded_and_common_office_abbreviations_are() -> None:
    from knowledge.text import expand_abbreviations

    assert expand_abbreviations("KH 15/KH-UBND của UBND xã") == "kế hoạch 15/KH-UBND của Ủy ban nhân dân xã"
    assert expand_abbreviations("QĐ 12/2024/QĐ-UBND") == "quyết định 12/2024/QĐ-UBND"
    assert expand_abbreviations("CBCCVC và TAND") == "cán bộ, công chức, viên chức và Tòa án nhân dân"


def test_a_sector_pair_is_read_however_it_is_typed() -> None:
    from knowledge.text import expand_abbreviations

    for typed in ("Sở NN&MT", "Sở NNMT", "Sở NN và MT", "Sở NN & MT"):
        assert expand_abbreviations(typed) == "Sở Nông nghiệp và Môi trường", typed
    # two abbreviations that make no known pair stay as they are
    assert expand_abbreviations("HTX và DN") == "hợp tác xã và doanh nghiệp"
    assert (
        expand_abbreviations("QĐ và KH số 12")
        == expand_abbreviations("QĐ") + " và " + expand_abbreviations("KH") + " số 12"
    )
