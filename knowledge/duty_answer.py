"""A duty question answered from the task records: the agency's tasks (narrowed to the topic the
officer named, when there is one) and its reporting duties, each cited from the plan's appendix row.
"""

from __future__ import annotations

import re
from dataclasses import asdict

from knowledge.answer import Answer
from knowledge.citing import Cited, compose
from knowledge.duties import DutiesResult, DutyTask, render_text
from knowledge.frame import Frame
from knowledge.index import Entry
from knowledge.lookup import Refusal
from knowledge.records import Card
from knowledge.text import WordList, expand_abbreviations, fold, is_number, words

MAX_CITED = 6
RETRIEVED_TOP = 10
# Words of a duty question that are not its topic.
_DUTY_TEXT = """
    nhiệm vụ việc công gì nào những các phải làm thực hiện chủ trì phối hợp được giao trong kế hoạch là có
    của cho tôi mình bên chúng em đơn vị cơ quan sở ban ngành ubnd ủy nhân dân phường xã đặc khu thành phố
    tp hải phòng báo cáo khi hạn thời gian về liên quan đến đối với lĩnh vực mảng thế nào sao ạ và với để
    trách nhiệm pci năm từ đến hiện nay tháng ngày số bao nhiêu nhiêu mấy ai đâu nào khi
"""
# Compared by tone when typed with marks ("từ" is a duty word, "tử" of "điện tử" is not).
_DUTY_WORDS = WordList(_DUTY_TEXT)


def _agency_runs(said: list[str], agency: str) -> set[int]:
    """Positions of the question's words that name the agency: runs of two or more words that stand
    in the same order in its name ("Sở Công Thương"), so "thương" of "thương mại" stays a topic word."""
    name = [fold(w) for w in words(agency)]
    keys = [fold(w) for w in said]
    out: set[int] = set()
    for i in range(len(keys)):
        for j in range(len(name)):
            n = 0
            while i + n < len(keys) and j + n < len(name) and keys[i + n] == name[j + n]:
                n += 1
            if n >= 2:
                out |= set(range(i, i + n))
    return out


def topic_words(frame: Frame, agency: str) -> list[str]:
    """The question's words, as typed (lower case), that are neither duty words nor the agency's name
    ("đất đai", "thương mại điện tử")."""
    said = [w for w in words(expand_abbreviations(frame.text)) if not is_number(w)]
    named = _agency_runs(said, agency)
    kept = [
        w.lower() for i, w in enumerate(said) if i not in named and w not in _DUTY_WORDS and len(fold(w)) > 1
    ]
    return list(dict.fromkeys(kept))


def on_topic(task: DutyTask, topic: list[str]) -> bool:
    have = set(re.findall(r"[a-z0-9]+", fold(f"{task.task} {task.pci_index}")))
    return sum(fold(w) in have for w in topic) >= max(1, (len(topic) + 1) // 2)


def task_entries(entries: list[Entry]) -> dict[tuple[str, str], Entry]:
    return {
        (e.chunk.doc, e.chunk.section): e
        for e in entries
        if e.chunk.metadata.get("record") in ("task", "score")
    }


def _retrieved(tasks: list[DutyTask], frame: Frame, by_section: dict[tuple[str, str], Entry]) -> bool:
    """Whether one of these tasks is among the passages that best answer the question (its first
    RETRIEVED_TOP): a question that names the agency and a topic of a report, not of its tasks, is
    answered from the report. Without a retrieval (no index searched) the tasks stand."""
    if not frame.retrieved:
        return True
    top = set(sorted(frame.retrieved, key=lambda cid: -frame.retrieved[cid])[:RETRIEVED_TOP])
    return any(
        (entry := by_section.get((t.doc, t.section))) is not None and entry.chunk.id in top for t in tasks
    )


def in_plan(result: DutiesResult, doc: str) -> DutiesResult:
    """The agency's tasks and reports in one plan only (the plan the question names)."""
    result.tasks = [t for t in result.tasks if t.doc == doc]
    result.reports = [r for r in result.reports if r.doc == doc]
    return result


def no_duties_in(plan: Card, agency: str) -> Refusal:
    title = plan.title or plan.number or "kế hoạch được hỏi"
    return Refusal(
        "entity_not_in_documents",
        f"Văn bản “{title}” không giao nhiệm vụ hay chế độ báo cáo nào cho {agency}.",
    )


def duty_answer(question: str, frame: Frame, result: DutiesResult, entries: list[Entry]) -> Answer | None:
    if not result.found or (not result.tasks and not result.reports):
        return None
    topic = topic_words(frame, result.agency)
    note = ""
    by_section = task_entries(entries)
    if topic:
        kept = [t for t in result.tasks if on_topic(t, topic)]
        if not kept or not _retrieved(kept, frame, by_section):
            return None  # no task on the topic asked: the passages may still answer it, or the gate refuses
        result.tasks = kept
        note = f"Các nhiệm vụ liên quan đến “{' '.join(topic)}”."
    cited: list[Cited] = []
    for task in result.tasks:
        entry = by_section.get((task.doc, task.section))
        if entry is not None and all(c.entry is not entry for c in cited):
            cited.append(Cited(entry))
        if len(cited) >= MAX_CITED:
            break
    counts = {
        role: sum(1 for t in result.tasks if t.role == role) for role in ("lead", "cooperate", "shared")
    }
    direct = (
        f"{result.agency} chủ trì {counts['lead']} nhiệm vụ, phối hợp {counts['cooperate']} nhiệm vụ và có "
        f"{counts['shared']} nhiệm vụ chung của nhóm cơ quan; {len(result.reports)} chế độ báo cáo."
    )
    body = render_text(result)
    answer = compose(question, "duties", "duties", direct, cited, record=result.to_dict())
    refs = answer.answer.split("\n\nNguồn:\n", 1)
    answer.answer = "\n".join(p for p in (direct, note, body) if p) + (
        "\n\nNguồn:\n" + refs[1] if len(refs) == 2 else ""
    )
    answer.record = {
        "agency": result.agency,
        "topic": " ".join(topic),
        "tasks": len(result.tasks),
        "counts": counts,
        "note": note,
        "items": [asdict(t) for t in result.tasks],  # channels render the list from these
        "reports": [asdict(r) for r in result.reports],
    }
    return answer
