import pytest

from knowledge.intent import classify


@pytest.mark.parametrize(
    "text",
    [
        "Công ty em đề nghị hoàn thuế GTGT từ quý trước mà vẫn chưa được hoàn, mong các anh chị xem giúp.",
        "xuong cua minh xin cap phep xay dung 2 thang nay van chua duoc, nho cac anh xem giup",
        "Nhà máy chúng tôi chờ đấu nối điện trung thế đã 4 tháng, kính mong các cơ quan can thiệp.",
        "Kho hàng của tôi bị cắt nước mấy tuần liền không báo trước, nhờ bên mình chuyển kiến nghị giúp tôi.",
    ],
)
def test_business_asking_for_help_is_support(text: str) -> None:
    assert classify(text) == "support"


@pytest.mark.parametrize(
    "text",
    [
        "Thành phố có chương trình nào hỗ trợ doanh nghiệp nhỏ chuyển đổi số, cơ quan nào lo việc đó?",
        "Tôi muốn xem mẫu tờ khai thuế môn bài thì tải ở đâu?",
        "Vai trò của Sở Tài chính trong việc đồng hành cùng doanh nghiệp là gì?",
        "Sở Tài chính được giao chủ trì việc gì về tiếp cận đất đai?",
    ],
)
def test_questions_stay_questions(text: str) -> None:
    assert classify(text) == "question"


def test_other_intents() -> None:
    assert classify("Xin chào") == "greeting"
    assert classify("chao ban") == "greeting"
    assert classify("Hồ sơ của tôi đến đâu rồi?") == "status"
    assert classify("/trangthai ABC") == "status"
    assert classify("Nhiệm vụ của Sở Xây dựng gồm những việc gì?") == "duties"
    assert classify("so tai chinh phai bao cao gi") == "duties"
    assert classify("   ") == "question"


def test_agency_of_a_duties_question() -> None:
    from knowledge.intent import agency_of

    assert agency_of("Nhiệm vụ của Sở Xây dựng gồm những việc gì?") == "Sở Xây dựng"
    assert agency_of("Nhiệm vụ của STC là gì?") == "STC"
    assert agency_of("so tai chinh phai bao cao gi") == "so tai chinh"
    assert agency_of("UBND phường Hồng Bàng chủ trì những việc nào?") == "UBND phường Hồng Bàng"


@pytest.mark.parametrize(
    ("text", "told"),
    [
        ("cho em hỏi phí đăng ký nhãn hiệu là bao nhiêu ạ", False),
        ("Tôi muốn biết kế hoạch giao sở nào làm đầu mối?", False),
        ("mình đang băn khoăn không biết nộp hồ sơ xin phép ở đâu", False),
        ("cho mình hỏi cửa hàng mình bị trả hồ sơ ba lần thì làm sao", True),  # a case after the formula
        ("Xưởng của tôi nộp hồ sơ hai tháng rồi", True),
    ],
)
def test_asking_in_the_first_person_tells_no_case(text: str, told: bool) -> None:
    from knowledge.intent import tells_a_case
    from knowledge.text import fold

    assert tells_a_case(" ".join(fold(text).split())) is told


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Mở cơ sở may mặc thì gửi hồ sơ tới đâu?", False),  # "tới" folds like "tôi"
        ("Chỉ số minh bạch của thành phố năm nay ra sao?", False),  # "minh" of "minh bạch"
        ("Xưởng của tôi chờ giấy phép đã lâu", True),
        ("xuong cua toi cho giay phep da lau", True),  # typed without marks: folded as before
        ("ben minh muon hoi thu tuc", True),
    ],
)
def test_only_the_marked_spelling_is_the_writer_in_a_marked_message(text: str, person: bool) -> None:
    from knowledge.intent import first_person, folded_cues

    assert first_person(folded_cues(text)) is person


def test_at_the_latest_is_a_deadline_not_a_delay() -> None:
    from knowledge.intent import tells_a_case

    assert not tells_a_case("phong kinh te gui bao cao cho so cong thuong cham nhat ngay nao hang quy")
    assert tells_a_case("ho so cap phep cua cong ty bi cham hai thang nay")
