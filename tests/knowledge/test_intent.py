import pytest

from knowledge.intent import classify


@pytest.mark.parametrize(
    "text",
    [
        "Công ty em nộp hồ sơ thẩm duyệt PCCC từ tháng 6 chưa có kết quả, nhờ anh chị hỗ trợ giúp em.",
        "cong ty em nop ho so xin giay phep 25 ngay roi chua co ket qua, nho anh chi kiem tra giup em voi a",
        "Doanh nghiệp chúng tôi vướng giải phóng mặt bằng hơn 1 năm, đề nghị thành phố hỗ trợ tháo gỡ.",
        "Xưởng của tôi bị kiểm tra liên tục, ai giúp tôi phản ánh việc này với?",
    ],
)
def test_business_asking_for_help_is_support(text: str) -> None:
    assert classify(text) == "support"


@pytest.mark.parametrize(
    "text",
    [
        "DN đi xin giấy phép con thì thành phố có mô hình nào hỗ trợ không, ai phụ trách?",
        "Tôi muốn tìm số điện thoại của cán bộ phụ trách cấp phép thì xem ở đâu?",
        "Sở Tài chính có trách nhiệm gì đối với mô hình CÙNG THÀNH CÔNG?",
        "Sở Tài chính chủ trì những nhiệm vụ nào thuộc nhóm chỉ số Gia nhập thị trường?",
    ],
)
def test_questions_stay_questions(text: str) -> None:
    assert classify(text) == "question"


def test_other_intents() -> None:
    assert classify("Xin chào") == "greeting"
    assert classify("chao ban") == "greeting"
    assert classify("Hồ sơ của tôi đến đâu rồi?") == "status"
    assert classify("/trangthai ABC") == "status"
    assert classify("Sở Tài chính có những nhiệm vụ gì?") == "duties"
    assert classify("so tai chinh phai bao cao gi") == "duties"
    assert classify("   ") == "question"


def test_agency_of_a_duties_question() -> None:
    from knowledge.intent import agency_of

    assert agency_of("Sở Tài chính có những nhiệm vụ gì?") == "Sở Tài chính"
    assert agency_of("Nhiệm vụ của STC là gì?") == "STC"
    assert agency_of("so tai chinh phai bao cao gi") == "so tai chinh"
    assert agency_of("UBND phường Hồng Bàng chủ trì những việc nào?") == "UBND phường Hồng Bàng"
