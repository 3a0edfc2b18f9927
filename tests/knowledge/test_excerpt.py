"""Excerpts cut around what is asked (a word-count scorer stands in for the composer's term weights)."""

from knowledge.excerpt import DIRECT_MAX, Scorer, clean, focus, is_debris, trim, trim_record
from knowledge.text import fold


def asks(*words: str) -> Scorer:
    """A scorer: the share of these words a piece holds (folded, as the composer's terms are)."""
    wanted = [fold(w) for w in words]

    def score(piece: str) -> float:
        have = fold(piece)
        return sum(w in have for w in wanted) / len(wanted)

    return score


FILLER = "Rà soát, cắt giảm điều kiện kinh doanh không cần thiết trong lĩnh vực được giao. "


def test_a_long_text_keeps_the_clause_that_holds_what_is_asked() -> None:
    text = FILLER * 6 + "Tỷ lệ hồ sơ trực tuyến đạt từ 80% trở lên. " + FILLER * 6
    kept = focus(text, 200, asks("tỷ lệ", "trực tuyến"))
    assert "Tỷ lệ hồ sơ trực tuyến đạt từ 80% trở lên." in kept
    assert kept.startswith("… ") and kept.endswith(" …") and len(kept) <= 200
    assert focus(text, 200) == trim(text, 200)  # no scorer: cut from the start
    assert focus(text, 200, asks("không có")) == trim(text, 200)  # nothing asked is held
    assert focus("Ngắn.", 200, asks("ngắn")) == "Ngắn."


def test_a_record_label_stays_in_front_as_its_subject() -> None:
    text = "Nhiệm vụ 7 (Phụ lục I, Kế hoạch 12/KH-UBND): " + FILLER * 4 + "; học hỏi mô hình của xã A"
    kept = focus(text, 160, asks("học hỏi", "mô hình"))
    assert kept.startswith("Nhiệm vụ 7 (Phụ lục I, Kế hoạch 12/KH-UBND): … ")
    assert kept.endswith("học hỏi mô hình của xã A")


def test_one_clause_too_long_is_cut_around_the_words_asked() -> None:
    text = (
        " ".join(f"việc{i}" for i in range(80))
        + " hạn chót ngày 15/3 "
        + " ".join(f"x{i}" for i in range(80))
    )
    kept = focus(text, 80, asks("hạn chót", "15/3"))
    assert "hạn chót ngày 15/3" in kept and len(kept) <= 84


def test_a_long_task_keeps_the_lines_asked_about_and_cuts_its_text_around_the_question() -> None:
    task = "\n".join(
        [
            "Nhiệm vụ 9 (Phụ lục I, Kế hoạch 12/KH-UBND): "
            + FILLER * 5
            + "Công bố danh mục thủ tục trên cổng dịch vụ công. "
            + FILLER * 2,
            "Cơ quan chủ trì: Sở Công Thương.",
            "Cơ quan phối hợp: Sở Tài chính, các xã, phường.",
            "Thời gian thực hiện: Quý III/2026.",
        ]
    )
    direct = trim_record(task, DIRECT_MAX, asks("công bố danh mục", "cơ quan chủ trì"))
    assert len(direct) <= DIRECT_MAX + 2
    assert direct.startswith("Nhiệm vụ 9 (Phụ lục I, Kế hoạch 12/KH-UBND): … ")
    assert "Công bố danh mục thủ tục trên cổng dịch vụ công." in direct
    assert "Cơ quan chủ trì: Sở Công Thương." in direct
    without = trim_record(task, DIRECT_MAX)  # no scorer: every line kept, the text cut from its start
    assert without.startswith("Nhiệm vụ 9") and "…" in without
    assert without.endswith(
        "Cơ quan chủ trì: Sở Công Thương. Cơ quan phối hợp: Sở Tài chính, các xã, phường. "
        "Thời gian thực hiện: Quý III/2026."
    )
    short = "Nhiệm vụ 3: Công khai số điện thoại.\nCơ quan chủ trì: Văn phòng UBND thành phố."
    assert (
        trim_record(short, DIRECT_MAX)
        == "Nhiệm vụ 3: Công khai số điện thoại. Cơ quan chủ trì: Văn phòng UBND thành phố."
    )


def test_a_long_note_is_cut_to_its_field_length() -> None:
    row = "Tên hiện nay: Sở Văn hóa.\nGhi chú: " + "Trụ sở tại tòa C, Trung tâm Chính trị - Hành chính; " * 12
    direct = trim_record(row, DIRECT_MAX)
    assert direct.startswith("Tên hiện nay: Sở Văn hóa. Ghi chú: Trụ sở tại tòa C")
    assert direct.endswith("…") and len(direct) < DIRECT_MAX


def test_footnote_marks_go_and_units_stay() -> None:
    assert (
        clean("Diện tích 1.526,5 km² (số liệu 2024)¹ **mới**") == "Diện tích 1.526,5 km² (số liệu 2024) mới"
    )


def test_labelled_figures_are_no_table_debris() -> None:
    assert is_debris("Xếp hạng (trên 20 đơn vị) 12 9 5 3")
    assert not is_debris("Xếp hạng (trên 20 đơn vị): 2022: 12; 2023: 9; 2024: 5; Mục tiêu năm 2025: 3.")


def test_the_words_before_the_kept_clause_fill_the_room_left() -> None:
    long_clause = (
        "Thực hiện " + "kế hoạch số 12 của phường về hỗ trợ hộ kinh doanh " * 6 + "và Nghị quyết số 68-NQ/TW,"
    )
    text = f"{long_clause} ngày 04/5/2025 của Bộ Chính trị về phát triển kinh tế tư nhân."
    kept = focus(text, 160, asks("bộ chính trị", "kinh tế tư nhân"))
    assert "Nghị quyết số 68-NQ/TW, ngày 04/5/2025 của Bộ Chính trị" in kept and len(kept) <= 164
