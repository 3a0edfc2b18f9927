"""`trolyao ask` and `trolyao eval` (api/commands/knowledge_commands.py) on the small index."""

import io
import json
from pathlib import Path

import pytest

from api.cli import main
from tests.knowledge.shared_scorer import shared_scorer


@pytest.fixture(autouse=True)
def _data_dir(small_index_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TROLYAO_DATA_DIR", str(small_index_dir))
    monkeypatch.delenv("TROLYAO_LLM_BASE_URL", raising=False)


def test_ask_prints_the_answer_and_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ask", "Thay cán bộ đầu mối PCI thì chậm nhất bao nhiêu ngày phải báo?"]) == 0
    assert "15 ngày" in capsys.readouterr().out
    assert main(["ask", "--json", "sdt bao hiem xa hoi tp"]) == 0
    obj = json.loads(capsys.readouterr().out)
    assert {"question", "route", "answer", "sources", "ticket", "latency_ms"} <= set(
        obj
    )  # fields may be added
    assert {"direct", "citations", "reason", "kind"} <= set(obj)
    assert obj["route"] == "answer" and obj["sources"][0]["doc"] == "bc2024.txt"


def test_ask_jsonl_reads_plain_lines_and_objects(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    lines = (
        "Xin chào\n\n" + json.dumps({"question": "Tối nay đội tuyển đá với ai?"}, ensure_ascii=False) + "\n"
    )
    monkeypatch.setattr("sys.stdin", io.StringIO(lines))
    assert main(["ask", "--jsonl"]) == 0
    out = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [o["route"] for o in out] == ["answer", "refuse"]
    assert out[1]["question"] == "Tối nay đội tuyển đá với ai?"
    assert all(o["latency_ms"] > 0 for o in out)


def test_ask_without_question_explains(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ask"]) == 2
    assert "Hãy nhập câu hỏi" in capsys.readouterr().err


def test_eval_agrees_with_the_reference_scorer(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    dataset = [
        {
            "id": "Q1",
            "question": "Dự án Chính quyền số 2021-2025 của thành phố có tổng mức đầu tư bao nhiêu?",
            "kind": "number",
            "route": "answer",
            "answer_facts": ["129 tỷ đồng"],
            "gold": [{"doc": "bc2024.txt", "snippet": "tổng mức đầu tư 129 tỷ đồng"}],
        },
        {
            "id": "Q2",
            "question": "Cách làm bánh đa cua ngon nhất là gì?",
            "kind": "out_of_scope",
            "route": "refuse",
            "answer_facts": [],
            "gold": [],
        },
        {
            "id": "Q3",
            "question": "Xưởng em xin đấu nối điện ba tháng chưa xong, nhờ anh chị can thiệp giúp.",
            "kind": "support_request",
            "route": "support",
            "answer_facts": [],
            "gold": [],
        },
    ]
    path = tmp_path / "dev.jsonl"
    path.write_text("\n".join(json.dumps(d, ensure_ascii=False) for d in dataset), encoding="utf-8")
    answers_path = tmp_path / "answers.jsonl"
    assert main(["eval", "--dataset", str(path), "--json", "--answers", str(answers_path)]) == 0
    ours = json.loads(capsys.readouterr().out)
    answers = [json.loads(line) for line in answers_path.read_text(encoding="utf-8").splitlines()]
    reference = shared_scorer().score(dataset, answers)
    ours.pop("by_guardrail")  # ours also counts refusals per guardrail
    assert ours == json.loads(json.dumps(reference))
    assert ours["hit@1"] == 1.0 and ours["route"] == 1.0 and ours["fact"] == 1.0
    assert main(["eval", "--dataset", str(path)]) == 0
    assert "hit@1=1.0" in capsys.readouterr().out
    assert main(["eval", "--dataset", str(tmp_path / "missing.jsonl")]) == 2
