from pathlib import Path

import pytest

from knowledge.assistant import Assistant
from knowledge.llm import numbers_in
from knowledge.replies import MAX_QUESTION_CHARS


@pytest.fixture(scope="module")
def assistant(small_index_dir: Path) -> Assistant:
    return Assistant.open(small_index_dir)


def numbers_are_cited(answer_text: str, sources_text: str) -> bool:
    return numbers_in(answer_text) <= numbers_in(sources_text)


def test_answer_quotes_the_passage_and_cites_it(assistant: Assistant) -> None:
    ans = assistant.answer("Dự án xây dựng Chính quyền số giai đoạn 2021-2025 có tổng mức đầu tư bao nhiêu?")
    assert ans.route == "answer"
    assert "129 tỷ đồng" in ans.answer
    assert ans.sources[0].id == "bc2024.txt-1"
    assert "Báo cáo tình hình thực hiện nâng cao chỉ số PCI" in ans.answer  # the citation names the document
    cited = "\n".join(f"{s.title} {s.section} {s.text}" for s in ans.sources)
    assert numbers_are_cited(ans.answer, cited)
    assert ans.latency_ms > 0


def test_unmarked_question_gets_the_phone_number(assistant: Assistant) -> None:
    ans = assistant.answer("bao hiem xa hoi thanh pho hai phong co so dien thoai nao")
    assert ans.route == "answer"
    assert "0225.326.5616" in ans.answer


def test_record_is_quoted_whole(assistant: Assistant) -> None:
    ans = assistant.answer(
        "Việc rút ngắn số giờ làm việc với đoàn kiểm tra thuế do ai chủ trì, đến khi nào xong?"
    )
    assert ans.route == "answer"
    assert "Thuế thành phố" in ans.answer and "2025-2026" in ans.answer


@pytest.mark.parametrize(
    "question",
    [
        "Công thức nấu bún cá Hải Phòng thế nào?",
        "Tỉnh Nghệ An thu hút bao nhiêu vốn FDI năm 2024?",
        "Thuế thành phố có số điện thoại công khai nào không?",
    ],
)
def test_unsupported_questions_are_refused_with_the_hotline(assistant: Assistant, question: str) -> None:
    ans = assistant.answer(question)
    assert ans.route == "refuse"
    assert ans.reason in ("no_evidence", "out_of_scope", "entity_not_in_documents")
    assert ans.missing and ans.answer.startswith(ans.missing) and not ans.citations
    assert "1022" in ans.answer and "CÙNG THÀNH CÔNG" in ans.answer


def test_support_request_gets_the_intake_reply(assistant: Assistant) -> None:
    ans = assistant.answer(
        "Công ty em chờ hoàn thuế GTGT đã 2 tháng mà chưa được giải quyết, mong anh chị xem giúp."
    )
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
    assert (
        assistant.classify("nhờ anh chị giúp công ty em với, xin đấu nối điện cho xưởng mãi chưa xong")
        == "support"
    )


def test_hotline_comes_from_the_contacts_list(assistant: Assistant, tmp_path: Path) -> None:
    assert "1022" in assistant.hotline() and "114" not in assistant.hotline()
    empty = Assistant.open(tmp_path)
    assert "CÙNG THÀNH CÔNG" in empty.hotline()
    ans = empty.answer("Ai chủ trì nhiệm vụ 42?")
    assert ans.route == "refuse" and "trolyao ingest" in ans.answer


def test_one_embedding_serves_the_intent_and_the_retrieval(
    small_index_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fresh = Assistant.open(small_index_dir)
    embeddings = fresh.index.embeddings
    calls: list[str] = []
    original = embeddings.embed_query

    def counted(text: str) -> list[float]:
        calls.append(text)
        return original(text)

    monkeypatch.setattr(embeddings, "embed_query", counted)
    answer = fresh.answer("Bảo hiểm xã hội thành phố có số điện thoại nào?")
    assert answer.route == "answer"
    assert len(calls) == 1


def test_sources_list_what_is_cited_then_what_was_retrieved() -> None:
    from knowledge.answer import Answer, Source
    from knowledge.assistant import CONSULTED, with_consulted
    from knowledge.documents import Chunk, DocumentInfo
    from knowledge.index import Entry
    from knowledge.retrieval import Hit, Query, Retrieval

    info = DocumentInfo(doc="p.txt", title="Kế hoạch", content_hash="1", status="in_force")
    entries = [Entry(Chunk(f"c{i}", "p.txt", "Kế hoạch", "I", f"Đoạn {i}."), info) for i in range(14)]
    hits = [Hit(e, i, 1.0 - i / 20) for i, e in enumerate(entries)]
    retrieval = Retrieval(Query("q", "q", {}), hits)
    cited = Source("c5", "p.txt", "Kế hoạch", "I", "Đoạn 5.")
    answered = with_consulted(Answer("q", "answer", "…", sources=[cited]), retrieval)
    assert [s.id for s in answered.sources][:3] == ["c5", "c0", "c1"]  # the cited one first, not twice
    assert len(answered.sources) == CONSULTED and answered.citations == []
    refused = with_consulted(Answer("q", "refuse", "Các tài liệu không nêu …"), retrieval)
    assert [s.id for s in refused.sources] == [f"c{i}" for i in range(CONSULTED)]
