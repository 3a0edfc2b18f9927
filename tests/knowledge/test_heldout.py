"""Questions written apart from the dev set (tests/knowledge/heldout.jsonl): the refusal and route
decisions must generalise — future results, people, paperwork, fees, weather, other provinces and
agencies' phone numbers the lists do not hold are refused; what the corpus says is answered."""

from pathlib import Path
from typing import Any

import pytest

from knowledge.assistant import Assistant
from knowledge.evaluation import read_jsonl, score

HELDOUT = Path(__file__).resolve().parent / "heldout.jsonl"


@pytest.fixture(scope="module")
def result(shipped_knowledge_dir: Path) -> dict[str, Any]:
    dataset = read_jsonl(HELDOUT)
    assistant = Assistant.open(shipped_knowledge_dir)
    answers = [assistant.answer(item["question"]).to_dict() for item in dataset]
    return score(dataset, answers)


def test_the_held_out_set_has_every_route() -> None:
    routes = [item["route"] for item in read_jsonl(HELDOUT)]
    assert routes.count("answer") >= 10 and routes.count("refuse") >= 10 and routes.count("support") >= 3


def test_routes_generalise(result: dict[str, Any]) -> None:
    assert result["route"] >= 0.9, result["failures"]
    assert result["support_r"] >= 0.9, result["failures"]


def test_refusals_generalise(result: dict[str, Any]) -> None:
    assert result["refuse_p"] >= 0.85, result["failures"]
    assert result["refuse_r"] >= 0.85, result["failures"]


def test_answered_questions_hold_their_facts(result: dict[str, Any]) -> None:
    assert result["fact"] >= 0.85, result["failures"]
