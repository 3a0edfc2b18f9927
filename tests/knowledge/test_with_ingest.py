"""The assistant on an index built by the real ingest (knowledge-ingest's `small_knowledge_dir`)."""

from pathlib import Path

import pytest

from knowledge.assistant import Assistant


@pytest.fixture(scope="module")
def assistant(small_knowledge_dir: Path) -> Assistant:
    return Assistant.open(small_knowledge_dir)


@pytest.mark.parametrize(
    ("question", "facts"),
    [
        ("Theo kết quả điều tra PCI 2024, thành phố Hải Phòng xếp vị trí thứ mấy?", ["1/63"]),
        ("Các sở gửi báo cáo quý về kế hoạch PCI 2025-2026 trước ngày nào?", ["ngày 20", "3, 6, 9"]),
        ("Từ ngày nào thì chính thức thực hiện CÙNG THÀNH CÔNG?", ["01/10/2025"]),
        ("so dien thoai duong day nong cua thanh tra thanh pho", ["02253.222.468"]),
        ("DN mới thành lập thì bao lâu phải được hướng dẫn phát hành hóa đơn?", ["10 ngày làm việc"]),
        ("Cơ quan nào chủ trì việc kết nối thủ tục giấy phép kinh doanh có điều kiện?", ["Sở Tài chính"]),
    ],
)
def test_answers_hold_the_facts_and_cite_the_plan(
    assistant: Assistant, question: str, facts: list[str]
) -> None:
    ans = assistant.answer(question)
    assert ans.route == "answer", ans.answer
    for fact in facts:
        assert fact in ans.answer
    assert ans.sources and "Nguồn:" in ans.answer


@pytest.mark.parametrize(
    "question",
    [
        "Tỉnh Quảng Ninh được bao nhiêu điểm PCI năm 2024?",
        "Sở Tài chính có số điện thoại công khai nào không?",
        "Ngày mai trời Hải Phòng có nắng to không?",
    ],
)
def test_out_of_scope_is_refused_with_the_published_hotline(assistant: Assistant, question: str) -> None:
    ans = assistant.answer(question)
    assert ans.route == "refuse", ans.answer
    assert "Đường dây nóng đã công bố" in ans.answer and "CÙNG THÀNH CÔNG" in ans.answer


def test_a_plans_date_is_answered_from_its_card(assistant: Assistant) -> None:
    ans = assistant.answer("Kế hoạch 220/KH-UBND của thành phố ban hành ngày nào vậy?")
    assert (ans.route, ans.kind) == ("answer", "document")
    assert ans.direct.startswith("Kế hoạch số 220/KH-UBND") and "28/8/2025" in ans.direct
    card = ans.citations[0]
    assert card.section.startswith("Thông tin văn bản") and "28/8/2025" in ans.sources[0].text


def test_a_document_the_corpus_lacks_is_refused_by_name(assistant: Assistant) -> None:
    ans = assistant.answer("Kế hoạch 999/KH-UBND ban hành ngày nào?")
    assert ans.route == "refuse" and ans.reason == "entity_not_in_documents" and "999/KH-UBND" in ans.missing
