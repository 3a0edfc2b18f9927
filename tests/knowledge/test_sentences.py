from knowledge.sentences import sentences


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
