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
        ("Hải Phòng xếp thứ mấy trong bảng xếp hạng PCI năm 2024?", ["1/63"]),
        ("Các sở gửi báo cáo quý về kế hoạch PCI 2025-2026 trước ngày nào?", ["ngày 20", "3, 6, 9"]),
        ("Mô hình CÙNG THÀNH CÔNG chính thức thực hiện từ ngày nào?", ["01/10/2025"]),
        ("so dien thoai duong day nong cua thanh tra thanh pho", ["02253.222.468"]),
        ("DN mới thành lập thì bao lâu phải được hướng dẫn phát hành hóa đơn?", ["10 ngày làm việc"]),
        ("Ai chủ trì mô hình Kết nối thủ tục Giấy phép kinh doanh có điều kiện?", ["Sở Tài chính"]),
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
        "Điểm PCI năm 2024 của Đà Nẵng là bao nhiêu?",
        "Cho mình xin số điện thoại của Sở Tài chính với.",
        "Cuối tuần này Hải Phòng có mưa không?",
    ],
)
def test_out_of_scope_is_refused_with_the_published_hotline(assistant: Assistant, question: str) -> None:
    ans = assistant.answer(question)
    assert ans.route == "refuse", ans.answer
    assert "Đường dây nóng đã công bố" in ans.answer and "CÙNG THÀNH CÔNG" in ans.answer
