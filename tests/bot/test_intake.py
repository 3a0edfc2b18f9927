from bot.intake import Intake


def test_everything_in_the_first_message_completes_the_intake() -> None:
    intake = Intake.start()
    intake.take(
        "Tôi là Lê Hoa, sdt 0987654321, doanh nghiệp mình gặp khó khăn khi xin đấu nối điện cho kho hàng",
        first=True,
    )
    assert intake.complete
    assert intake.problem.startswith("doanh nghiệp mình gặp khó khăn")
    assert "đấu nối điện" in intake.subject()


def test_asks_one_thing_at_a_time_in_order() -> None:
    intake = Intake.start()
    intake.take("/hotro", first=True)
    assert intake.missing() == ["problem", "name", "contact"]
    assert "mô tả" in intake.next_question()
    intake.take("Chậm hoàn thuế giá trị gia tăng cho lô hàng xuất khẩu")
    assert intake.missing() == ["name", "contact"]
    assert "họ tên" in intake.next_question()
    intake.take("trần thị bình")
    assert intake.name == "Trần Thị Bình"
    assert "số điện thoại" in intake.next_question()
    intake.take("không nhớ")
    assert not intake.complete
    assert "chưa nhận ra" in intake.next_question()
    assert intake.retries == 1
    intake.take("MST 0201234567")
    assert intake.complete and intake.tax_code == "0201234567"


def test_state_round_trips_through_json() -> None:
    intake = Intake.start()
    intake.take("Tôi là Nguyễn Văn An, cần hỗ trợ thủ tục thuê đất tại khu công nghiệp", first=True)
    intake.next_question()
    again = Intake.from_dict(intake.to_dict() | {"unknown": 1, "retries": "x"})
    assert again.to_dict() == intake.to_dict()
