from knowledge.sentences import sentences


def test_sentences_join_hard_wrapped_lines_and_keep_table_rows() -> None:
    text = (
        "Nhằm khắc phục và tạo chuyển biến về môi\n\ntrường đầu tư. Hai là ABC.\n"
        "39\tỨng dụng trợ lý ảo\tSở KH&CN\n"
    )
    assert sentences(text) == [
        "Nhằm khắc phục và tạo chuyển biến về môi trường đầu tư.",
        "Hai là ABC.",
        "39 | Ứng dụng trợ lý ảo | Sở KH&CN",
    ]


def test_list_markers_stay_with_their_sentence() -> None:
    text = "3. Phòng Văn hóa xã hội, Trung tâm sự nghiệp công :\nTổ chức tuyên truyền. Hai là ABC. 4. Tổ chức"
    assert sentences(text) == [
        "3. Phòng Văn hóa xã hội, Trung tâm sự nghiệp công :",
        "Tổ chức tuyên truyền.",
        "Hai là ABC.",
        "4. Tổ chức",
    ]
