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
        ("Dự án Chính quyền số của thành phố có tổng mức đầu tư bao nhiêu?", ["129 tỷ đồng"]),
        ("Nếu thay đổi nhân sự đầu mối PCI thì thời hạn gửi văn bản là bao lâu?", ["15 ngày"]),
        ("LGSP đã kết nối với bao nhiêu hệ thống của các Bộ, ngành?", ["20 hệ thống"]),
        ("so dien thoai bao hiem xa hoi thanh pho hai phong", ["0225.326.5616"]),
        (
            "Số giờ trung vị mỗi cuộc kiểm tra thuế tại doanh nghiệp là bao nhiêu?",
            ["5 giờ", "Thuế thành phố"],
        ),
        (
            "Kế hoạch giao cơ quan nào phổ biến quy định đóng bảo hiểm xã hội cho doanh nghiệp?",
            ["Bảo hiểm xã hội thành phố"],
        ),
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
        "Tỉnh Nghệ An thu hút bao nhiêu vốn FDI năm 2024?",
        "Thuế thành phố có số điện thoại công khai nào không?",
        "Tối nay đội tuyển Việt Nam đá với ai?",
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
