"""A duty question that names an agency only as the one reported to: the plan assigns that agency
nothing, yet its passage answers. Built by the real ingest from the small corpus and one ward plan."""

import pytest

from knowledge.assistant import Assistant
from tests.fixtures_knowledge import ingest_into, write_small_corpus

# the plan's lines, joined into one text (the row's cells by tabs, as a table pasted into .txt)
WARD_PLAN = "\n".join(
    [
        "ỦY BAN NHÂN DÂN",
        "PHƯỜNG ĐÔNG KHÊ",
        "",
        "Số: 15/KH-UBND",
        "",
        "Đông Khê, ngày 05 tháng 02 năm 2026",
        "",
        "KẾ HOẠCH",
        "",
        "Hỗ trợ doanh nghiệp nhỏ tham gia sàn thương mại điện tử trên địa bàn phường Đông Khê năm 2026",
        "",
        "IV. TỔ CHỨC THỰC HIỆN",
        "",
        "1. Phòng Văn hóa - Xã hội phường",
        "",
        "- Là cơ quan thường trực, theo dõi việc thực hiện Kế hoạch này.",
        "",
        "- Tổng hợp, báo cáo kết quả thực hiện Kế hoạch gửi Ủy ban nhân dân phường và Sở Tài chính "
        "trước ngày 18 tháng 6 và tháng 11 hằng năm.",
        "",
        "PHỤ LỤC",
        "",
        "(Kèm theo Kế hoạch số 15/KH-UBND ngày 05/02/2026 của Ủy ban nhân dân phường Đông Khê)",
        "",
        "STT\tNhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành",
        "1\tMở lớp hướng dẫn doanh nghiệp nhỏ bán hàng trên sàn thương mại điện tử.\tPhòng Văn hóa - Xã hội"
        "\tHiệp hội Doanh nghiệp thành phố Hải Phòng\tTháng 4/2026",
        "",
    ]
)


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    corpus = write_small_corpus(tmp_path_factory.mktemp("recipient-corpus"))
    (corpus / "kh15_dong_khe.txt").write_text(WARD_PLAN, encoding="utf-8")
    return Assistant.open(ingest_into(tmp_path_factory.mktemp("recipient-knowledge"), corpus))


def test_the_agency_reported_to_does_not_make_the_question_unanswerable(assistant: Assistant) -> None:
    question = "Theo Kế hoạch 15/KH-UBND, phường phải báo cáo kết quả cho Sở Tài chính khi nào?"
    ans = assistant.answer(question)
    assert ans.route == "answer", ans.answer
    assert "18 tháng 6" in ans.answer and "Đông Khê" in ans.citations[0].title


def test_a_task_the_plan_does_not_assign_is_still_refused_by_the_plan(assistant: Assistant) -> None:
    ans = assistant.answer("Theo Kế hoạch 15/KH-UBND, Sở Tài chính phải chủ trì nhiệm vụ gì?")
    assert ans.route == "refuse", ans.answer
    assert "không giao nhiệm vụ" in ans.missing and "Sở Tài chính" in ans.missing
