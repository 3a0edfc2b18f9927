from pathlib import Path

import pytest

from knowledge.assistant import MAX_QUESTION_CHARS, Assistant
from knowledge.llm import numbers_in


@pytest.fixture(scope="module")
def assistant(small_index_dir: Path) -> Assistant:
    return Assistant.open(small_index_dir)


def numbers_are_cited(answer_text: str, sources_text: str) -> bool:
    return numbers_in(answer_text) <= numbers_in(sources_text)


def test_answer_quotes_the_passage_and_cites_it(assistant: Assistant) -> None:
    ans = assistant.answer("Theo kết quả điều tra PCI 2024, thành phố Hải Phòng xếp vị trí thứ mấy?")
    assert ans.route == "answer"
    assert "1/63" in ans.answer
    assert ans.sources[0].id == "kh220.txt-0"
    assert "Kế hoạch nâng cao PCI năm 2025-2026" in ans.answer  # the citation names the document
    cited = "\n".join(f"{s.title} {s.section} {s.text}" for s in ans.sources)
    assert numbers_are_cited(ans.answer, cited)
    assert ans.latency_ms > 0


def test_unmarked_question_gets_the_phone_number(assistant: Assistant) -> None:
    ans = assistant.answer("so dien thoai thanh tra thanh pho hai phong la so nao")
    assert ans.route == "answer"
    assert "02253.222.468" in ans.answer


def test_record_is_quoted_whole(assistant: Assistant) -> None:
    ans = assistant.answer("Nhiệm vụ ứng dụng trợ lý ảo do ai chủ trì và khi nào hoàn thành?")
    assert ans.route == "answer"
    assert "Sở Khoa học và Công nghệ" in ans.answer and "Quý IV/2025" in ans.answer


@pytest.mark.parametrize(
    "question",
    [
        "Ngày mai trời Hải Phòng có nắng to không?",
        "Tỉnh Quảng Ninh được bao nhiêu điểm PCI năm 2024?",
        "Sở Tài chính có số điện thoại công khai nào không?",
    ],
)
def test_unsupported_questions_are_refused_with_the_hotline(assistant: Assistant, question: str) -> None:
    ans = assistant.answer(question)
    assert ans.route == "refuse"
    assert ans.reason in ("no_evidence", "out_of_scope", "entity_not_in_documents")
    assert ans.missing and ans.answer.startswith(ans.missing) and not ans.citations
    assert "1022" in ans.answer and "CÙNG THÀNH CÔNG" in ans.answer


def test_support_request_gets_the_intake_reply(assistant: Assistant) -> None:
    ans = assistant.answer("Công ty em nộp hồ sơ PCCC 3 tháng chưa có kết quả, nhờ anh chị hỗ trợ giúp em.")
    assert ans.route == "support"
    assert ans.ticket is None
    assert "mã số thuế" in ans.answer and "CÙNG THÀNH CÔNG" in ans.answer


@pytest.mark.parametrize("question", ["", "   \n\t ", "x" * 20000])
def test_bad_input_gets_a_clear_message(assistant: Assistant, question: str) -> None:
    ans = assistant.answer(question)
    assert ans.route == "refuse"
    assert ans.answer and ans.sources == []
    if question.strip():
        assert f"{MAX_QUESTION_CHARS:,}".replace(",", ".") in ans.answer


def test_greeting_status_and_classify(assistant: Assistant) -> None:
    assert assistant.answer("Xin chào").route == "answer"
    assert assistant.answer("Phiếu của tôi đến đâu rồi?").route == "status"
    assert assistant.classify("nhờ anh chị giúp công ty em với, hồ sơ bị trả lại 3 lần") == "support"


def test_hotline_comes_from_the_contacts_list(assistant: Assistant, tmp_path: Path) -> None:
    assert "1022" in assistant.hotline() and "114" not in assistant.hotline()
    empty = Assistant.open(tmp_path)
    assert "CÙNG THÀNH CÔNG" in empty.hotline()
    ans = empty.answer("Hải Phòng xếp thứ mấy?")
    assert ans.route == "refuse" and "trolyao ingest" in ans.answer
