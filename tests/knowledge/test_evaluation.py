import json
from pathlib import Path
from typing import Any

import pytest

from knowledge.evaluation import EvalMismatchError, read_jsonl, report_lines, score
from tests.knowledge.shared_scorer import shared_scorer

DATASET: list[dict[str, Any]] = [
    {
        "id": "A1",
        "question": "Câu một?",
        "kind": "fact",
        "route": "answer",
        "answer_facts": ["129 tỷ đồng"],
        "gold": [
            {
                "doc": "d",
                "snippet": "với tổng mức đầu tư 129 tỷ đồng với các hạng mục nền tảng số, dữ liệu số",
            }
        ],
    },
    {
        "id": "A2",
        "question": "Câu hai?",
        "kind": "number",
        "route": "answer",
        "answer_facts": ["20 kết nối", "20 hệ thống"],
        "gold": [{"doc": "d", "snippet": "LGSP đã hoàn thành 20 kết nối"}],
    },
    {
        "id": "A3",
        "question": "Câu ba?",
        "kind": "duty",
        "route": "answer",
        "answer_facts": ["Sở Tư pháp"],
        "gold": [{"doc": "d", "snippet": "Sở Tư pháp chủ trì"}],
    },
    {
        "id": "R1",
        "question": "Giá vàng?",
        "kind": "out_of_scope",
        "route": "refuse",
        "answer_facts": [],
        "gold": [],
    },
    {
        "id": "R2",
        "question": "Bóng đá?",
        "kind": "out_of_scope",
        "route": "refuse",
        "answer_facts": [],
        "gold": [],
    },
    {
        "id": "S1",
        "question": "Nhờ hỗ trợ",
        "kind": "support_request",
        "route": "support",
        "answer_facts": [],
        "gold": [],
    },
]


def _src(text: str) -> dict[str, object]:
    return {"id": "x", "doc": "d", "title": "t", "section": "s", "text": text, "score": 0.0}


ANSWERS: list[dict[str, Any]] = [
    {
        "question": "Câu một?",
        "route": "answer",
        "answer": "Tổng mức đầu tư 129 tỷ đồng.",
        "latency_ms": 12.0,
        "sources": [
            _src("khác"),
            _src("Dự án Chính quyền số  VỚI tổng mức đầu tư 129 tỷ đồng với các hạng mục nền tảng"),
        ],
    },
    {
        "question": "Câu hai?",
        "route": "duties",
        "answer": "20 kết nối",
        "latency_ms": 30.5,
        "sources": [_src("x" * 1300 + "LGSP đã hoàn thành 20 kết nối")],
    },
    {
        "question": "Câu ba?",
        "route": "refuse",
        "answer": "",
        "latency_ms": 8.0,
        "sources": [_src("a"), _src("b"), _src("c"), _src("d"), _src("e"), _src("Sở Tư pháp chủ trì")],
    },
    {"question": "Giá vàng?", "route": "refuse", "answer": "Xin lỗi", "latency_ms": 5.0, "sources": []},
    {"question": "Bóng đá?", "route": "answer", "answer": "...", "sources": []},
    {"question": "Nhờ hỗ trợ", "route": "support", "answer": "...", "latency_ms": 1.0, "sources": []},
]


def test_same_figures_as_the_reference_script() -> None:
    ours = score(DATASET, ANSWERS)
    ours.pop("by_guardrail")  # ours also counts refusals per guardrail
    assert ours == shared_scorer().score(DATASET, ANSWERS)
    assert ours["hit@1"] == 0.0 and ours["hit@5"] == round(1 / 3, 4)
    assert ours["fact"] == round(1 / 3, 4) and ours["refuse_p"] == 0.5 and ours["support_r"] == 1.0
    assert [f["id"] for f in ours["failures"]] == ["A2", "A3", "R2"]
    lines = report_lines(ours)
    assert lines[-1].startswith("hit@1=0.0 hit@5=0.3333")
    assert any(line.startswith("out_of_scope") for line in lines)


def test_misaligned_answers_are_rejected(tmp_path: Path) -> None:
    with pytest.raises(EvalMismatchError):
        score(DATASET, ANSWERS[:-1])
    with pytest.raises(EvalMismatchError):
        score(DATASET, list(reversed(ANSWERS)))
    path = tmp_path / "d.jsonl"
    path.write_text("\n".join(json.dumps(d, ensure_ascii=False) for d in DATASET) + "\n\n", encoding="utf-8")
    assert read_jsonl(path) == DATASET
