"""A duty question that names one plan is answered from that plan's rows only."""

from __future__ import annotations

from knowledge.duties import DutiesResult, DutyReport, DutyTask
from knowledge.duty_answer import in_plan, no_duties_in
from knowledge.records import Card


def task(doc: str, text: str) -> DutyTask:
    return DutyTask("Kế hoạch", "1", "lead", text, "Sở Công Thương", "", "2026", "", doc=doc)


def test_only_the_named_plans_tasks_and_reports_are_kept() -> None:
    result = DutiesResult(
        "Sở Công Thương",
        "Sở Công Thương",
        True,
        tasks=[task("city.txt", "Phát triển chợ đầu mối"), task("ward.docx", "Hỗ trợ hộ kinh doanh")],
        reports=[DutyReport("Kế hoạch", "kết quả", "UBND", "quý", "ngày 15", "Sở", doc="city.txt")],
    )
    kept = in_plan(result, "ward.docx")
    assert [t.task for t in kept.tasks] == ["Hỗ trợ hộ kinh doanh"] and kept.reports == []
    none = in_plan(kept, "other.txt")
    assert none.tasks == [] and none.reports == []


def test_a_plan_without_the_agency_says_so_by_its_title() -> None:
    plan = Card("ward.docx", "Kế hoạch hỗ trợ hộ kinh doanh", "9/KH-UBND", "", "", "kế hoạch", "", "", "", ())
    refusal = no_duties_in(plan, "Sở Công Thương")
    assert refusal.reason == "entity_not_in_documents"
    assert "Kế hoạch hỗ trợ hộ kinh doanh" in refusal.missing and "Sở Công Thương" in refusal.missing


def test_the_topic_is_shown_as_typed_and_keeps_words_that_only_fold_like_duty_words() -> None:
    from knowledge.duty_answer import on_topic, topic_words
    from knowledge.frame import understand

    asked = understand("Sở Công Thương phải làm những nhiệm vụ gì về thương mại điện tử?")
    topic = topic_words(asked, "Sở Công Thương")
    assert topic == ["thương", "mại", "điện", "tử"]  # "tử" is not "từ"; "thương" here is not the agency's
    assert on_topic(task("plan.txt", "Phát triển thương mại điện tử ở nông thôn"), topic)
    assert not on_topic(task("plan.txt", "Quản lý chợ đầu mối"), topic)
    bare = topic_words(understand("so tai chinh co nhiem vu gi ve dat dai"), "Sở Tài chính")
    assert bare == ["dat", "dai"]


def test_a_topic_no_task_is_about_is_left_to_the_passages() -> None:
    from knowledge.duty_answer import duty_answer
    from knowledge.frame import understand

    result = DutiesResult(
        "Sở Công Thương", "Sở Công Thương", True, tasks=[task("city.txt", "Phát triển chợ đầu mối nông sản")]
    )
    asked = understand("Sở Công Thương phải làm gì về cấp phép khai thác cát sông?")
    assert duty_answer(asked.text, asked, result, []) is None
    market = understand("Sở Công Thương phải làm gì về chợ đầu mối?")
    found = duty_answer(market.text, market, result, [])
    assert found is not None and found.route == "duties" and "chợ đầu mối" in found.answer


def test_a_topic_task_far_down_the_retrieval_leaves_the_question_to_the_passages() -> None:
    import dataclasses

    from knowledge.documents import Chunk, DocumentInfo
    from knowledge.duty_answer import duty_answer
    from knowledge.frame import understand
    from knowledge.index import Entry

    info = DocumentInfo(doc="city.txt", title="Kế hoạch", content_hash="1", status="in_force")
    row = Chunk(
        "t1", "city.txt", "Kế hoạch", "Phụ lục I > 1", "Phát triển chợ đầu mối", "record", {"record": "task"}
    )
    report = Chunk("r1", "report.txt", "Báo cáo", "I", "Sở Công Thương đã khảo sát 12 chợ đầu mối.")
    entries = [Entry(row, info), Entry(report, info)]
    owned = dataclasses.replace(task("city.txt", "Phát triển chợ đầu mối nông sản"), section="Phụ lục I > 1")
    asked = understand("Sở Công Thương phải làm gì về chợ đầu mối?")

    def answer(retrieved: dict[str, float]) -> object:
        result = DutiesResult("Sở Công Thương", "Sở Công Thương", True, tasks=[owned])
        return duty_answer(asked.text, asked.with_retrieval(retrieved), result, entries)

    assert answer({"t1": 1.0, "r1": 0.9}) is not None  # the task is among the best passages
    crowd = {f"p{i}": 1.0 - i / 100 for i in range(12)}
    assert answer({**crowd, "t1": 0.5, "r1": 0.99}) is None  # twelve passages answer better
