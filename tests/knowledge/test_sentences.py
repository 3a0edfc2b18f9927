from ingest.chunking import bounded_sentences
from knowledge.sentences import sentences, split_sentences


def test_sentences_join_hard_wrapped_lines_and_keep_table_rows() -> None:
    text = (
        "Nhằm khắc phục và tạo chuyển biến về môi\n\ntrường đầu tư. Hai là ABC.\n"
        "67\tHỗ trợ doanh nghiệp R&D\tSở KH&CN\n"
    )
    assert sentences(text) == [
        "Nhằm khắc phục và tạo chuyển biến về môi trường đầu tư.",
        "Hai là ABC.",
        "67 | Hỗ trợ doanh nghiệp R&D | Sở KH&CN",
    ]


def test_list_markers_stay_with_their_sentence() -> None:
    text = (
        "4. Văn phòng Ủy ban nhân dân thành phố, Cổng Thông tin :\nĐánh giá nhiệm vụ. Hai là ABC. 5. Tổ chức"
    )
    assert sentences(text) == [
        "4. Văn phòng Ủy ban nhân dân thành phố, Cổng Thông tin :",
        "Đánh giá nhiệm vụ.",
        "Hai là ABC.",
        "5. Tổ chức",
    ]


def test_one_splitter_for_ingest_and_answers() -> None:
    text = "Một là A… hai là b. 3. Ba là C. • Bốn là D."
    assert bounded_sentences(text) == split_sentences(text) == sentences(text)


def test_a_sentence_ends_at_an_ellipsis() -> None:
    assert split_sentences("Các thủ tục về đất đai… Sở Tài chính chủ trì.") == [
        "Các thủ tục về đất đai…",
        "Sở Tài chính chủ trì.",
    ]


def test_lower_case_after_a_full_stop_goes_on_the_same_sentence() -> None:
    # "đ" and other marked lower-case letters do not start a sentence either.
    assert split_sentences("cho thuê đất... để tạo nguồn thu. Phối hợp xử lý.") == [
        "cho thuê đất... để tạo nguồn thu.",
        "Phối hợp xử lý.",
    ]


def test_quotes_brackets_dashes_and_bullets_open_a_sentence() -> None:
    text = 'Một là A. "Hai" là B. (Ba) là C. - bốn là D. • năm là E. + sáu là F. 7 là G.'
    assert split_sentences(text) == [
        "Một là A.",
        '"Hai" là B.',
        "(Ba) là C.",
        "- bốn là D.",
        "• năm là E.",
        "+ sáu là F.",
        "7 là G.",
    ]


def test_question_and_exclamation_marks_end_sentences() -> None:
    assert split_sentences("Ai chủ trì? Sở Tài chính! Xong.") == ["Ai chủ trì?", "Sở Tài chính!", "Xong."]


def test_a_list_marker_is_not_a_sentence_of_its_own() -> None:
    assert split_sentences("Nội dung. 2. Các đơn vị báo cáo.") == ["Nội dung.", "2. Các đơn vị báo cáo."]
