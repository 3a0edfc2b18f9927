import re

import pytest

from bot.dialog import Dialog
from bot.messages import Message
from bot.ratelimit import RateLimiter
from bot.texts import render
from knowledge.assistant import Assistant
from tickets.service import TicketService

CODE = re.compile(r"CTC-\d{4}-\d{6}")
ONE_MESSAGE = (
    "Tôi là Nguyễn Văn An, Công ty TNHH Đông Hải, SĐT 0912345678. Doanh nghiệp chúng tôi nộp hồ sơ "
    "hoàn thuế GTGT đã 2 tháng mà chưa được giải quyết, mong được hỗ trợ."
)


@pytest.fixture
def dialog(assistant: Assistant, ticket_service: TicketService) -> Dialog:
    return Dialog(assistant, ticket_service)


def say(dialog: Dialog, text: str, user: str = "42", channel: str = "telegram") -> str:
    return render(dialog.handle(Message(channel, user, text)))


def test_start_lists_what_the_assistant_does(dialog: Dialog) -> None:
    text = say(dialog, "/start")
    for command in ("/hotro", "/trangthai", "/nhiemvu", "/huy"):
        assert command in text


def test_a_question_is_answered_with_a_citation(dialog: Dialog) -> None:
    answer = dialog.handle(
        Message(
            "telegram",
            "42",
            "Kế hoạch giao cơ quan nào phổ biến quy định đóng bảo hiểm xã hội cho doanh nghiệp?",
        )
    )
    assert answer.route == "answer"
    assert answer.sources
    text = render(answer)
    assert "Nguồn" in text or answer.sources[0].title in text


def test_one_message_intake_creates_the_ticket_at_once(dialog: Dialog, ticket_service: TicketService) -> None:
    answer = dialog.handle(Message("telegram", "42", ONE_MESSAGE))
    assert answer.route == "support" and answer.ticket is not None
    code = answer.ticket["code"]
    assert CODE.fullmatch(code)
    assert code in answer.answer and answer.ticket["agency"] in answer.answer
    assert "Hạn giải quyết" in answer.answer
    mine = ticket_service.tickets_of_requester("telegram", "42")
    assert [t.code for t in mine] == [code]
    assert mine[0].agency == "Thuế thành phố"  # routed on the problem (tax refund)


def test_intake_in_several_turns_and_a_restart_in_the_middle(
    assistant: Assistant, ticket_service: TicketService
) -> None:
    first = Dialog(assistant, ticket_service)
    assert "mô tả" in say(first, "/hotro")
    assert "họ tên" in say(first, "Chậm cấp giấy phép xây dựng nhà xưởng trong khu công nghiệp")
    # the process restarts: a new dialog on the same database carries on where the old one stopped
    second = Dialog(assistant, ticket_service)
    assert "số điện thoại" in say(second, "Trần Thị Bình")
    reply = say(second, "0987654321")
    assert CODE.search(reply)
    assert [t.subject for t in ticket_service.tickets_of_requester("telegram", "42")] == [
        "Chậm cấp giấy phép xây dựng nhà xưởng trong khu công nghiệp"
    ]


def test_cancel_ends_an_intake(dialog: Dialog, ticket_service: TicketService) -> None:
    say(dialog, "/hotro")
    assert "hủy" in say(dialog, "/huy").lower()
    assert "Không có yêu cầu" in say(dialog, "/huy")
    assert ticket_service.tickets_of_requester("telegram", "42") == []


def test_status_shows_only_the_requesters_own_tickets(dialog: Dialog) -> None:
    ticket = dialog.handle(Message("telegram", "42", ONE_MESSAGE)).ticket
    assert ticket is not None
    code = ticket["code"]
    assert code in say(dialog, "/trangthai")
    assert code in say(dialog, f"/trangthai {code}")
    assert code in say(dialog, "hồ sơ của tôi đến đâu rồi")
    other = say(dialog, f"/trangthai {code}", user="99")
    assert "Không tìm thấy" in other and "Nguyễn" not in other
    assert code not in say(dialog, "/trangthai", user="99")
    assert code not in say(dialog, "/trangthai", user="42", channel="zalo")


def test_input_the_dialog_cannot_read(dialog: Dialog) -> None:
    assert "nhãn dán" in render(dialog.handle(Message("telegram", "42", "", kind="sticker")))
    assert "hình ảnh" in render(dialog.handle(Message("telegram", "42", "", kind="image")))
    assert "dài quá" in say(dialog, "a" * 4001)
    assert "không hiểu lệnh" in say(dialog, "/xoa_het")
    assert "cơ quan nào" in say(dialog, "/nhiemvu")


def test_rate_limit_per_user(assistant: Assistant, ticket_service: TicketService) -> None:
    dialog = Dialog(assistant, ticket_service, rate_limiter=RateLimiter(3))
    replies = [say(dialog, "/start") for _ in range(4)]
    assert "nhanh quá" in replies[3] and "nhanh quá" not in replies[2]
    assert "nhanh quá" not in say(dialog, "/start", user="43")


def test_duties_of_an_agency_in_any_spelling(dialog: Dialog) -> None:
    for spelling in ("Sở Tài chính", "STC", "so tai chinh"):
        reply = say(dialog, f"/nhiemvu {spelling}")
        assert reply.startswith("Nhiệm vụ của Sở Tài chính") and "Chủ trì" in reply
    unknown = say(dialog, "/nhiemvu Sở Không Có Thật")
    assert "Không tìm thấy" in unknown and "“Sở Tài chính”" in unknown  # the closest names


def test_the_hotline_comes_from_the_contacts_list(dialog: Dialog) -> None:
    assert "1022" in say(dialog, "/lienhe")


def test_a_value_the_ticket_refuses_is_asked_again_without_echoing_it() -> None:
    from bot.dialog import _ticket_data
    from bot.intake import Intake
    from tickets.errors import ValidationFailed

    intake = Intake(name="Lê Hoa", phone="0912", problem="Chậm cấp phép xây dựng cho kho hàng")
    with pytest.raises(ValidationFailed) as caught:
        _ticket_data(intake)
    assert caught.value.field == "phone" and "0912" not in caught.value.message
