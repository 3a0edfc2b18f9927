"""An agency's duties (knowledge.assistant.Assistant.duties) as a chat message.

Reads the JSON shape of issue 3 (`{"agency", "tasks": [...], "reports": [...]}`) through `to_dict()`,
so the chat shows exactly what `trolyao duties --json` and `GET /v1/duties` give.
"""

from __future__ import annotations

from typing import Any

MAX_TASKS = 25
_ROLE_TITLES = {
    "lead": "Nhiệm vụ chủ trì",
    "cooperate": "Nhiệm vụ phối hợp",
    "shared": "Nhiệm vụ chung của nhóm cơ quan",
}
_SUGGESTION_KEYS = ("suggestions", "closest", "candidates", "did_you_mean")


def format_duties(result: Any) -> str:
    data: dict[str, Any] = result.to_dict() if hasattr(result, "to_dict") else dict(result)
    agency = str(data.get("agency") or "").strip()
    tasks = [t for t in data.get("tasks") or [] if isinstance(t, dict)]
    reports = list(data.get("reports") or [])
    if not tasks and not reports:
        names: list[Any] = next((data[k] for k in _SUGGESTION_KEYS if data.get(k)), [])
        if names:
            listed = "\n".join(f"• {_name(n)}" for n in names[:5])
            return f"Không tìm thấy cơ quan “{agency}”. Có phải anh/chị muốn tra cứu:\n{listed}"
        return f"Chưa có nhiệm vụ nào được giao cho “{agency}” trong các kế hoạch đã nạp."
    parts = [f"Nhiệm vụ của {agency}: {len(tasks)} nhiệm vụ, {len(reports)} chế độ báo cáo."]
    shown = 0
    for role, title in _ROLE_TITLES.items():
        group = [t for t in tasks if t.get("role") == role]
        if not group or shown >= MAX_TASKS:
            continue
        lines = [f"{title} ({len(group)}):"]
        for task in group[: MAX_TASKS - shown]:
            lines.append(_task_line(task))
            shown += 1
        parts.append("\n".join(lines))
    if shown < len(tasks):
        parts.append(f"… và {len(tasks) - shown} nhiệm vụ khác (xem đầy đủ trên trang web hoặc /v1/duties).")
    if reports:
        parts.append("Chế độ báo cáo:\n" + "\n".join(f"• {_report_line(r)}" for r in reports[:10]))
    return "\n\n".join(parts)


def _task_line(task: dict[str, Any]) -> str:
    head = " ".join(
        str(x) for x in (task.get("plan"), f"nhiệm vụ {task['number']}" if task.get("number") else "") if x
    )
    text = str(task.get("task") or "").strip()
    extra = [
        f"thời gian: {task['period']}" if task.get("period") else "",
        f"chủ trì: {_names(task.get('lead'))}" if task.get("role") != "lead" and task.get("lead") else "",
    ]
    tail = "; ".join(e for e in extra if e)
    return f"• {head + ': ' if head else ''}{text}{f' ({tail})' if tail else ''}"


def _report_line(report: Any) -> str:
    if isinstance(report, dict):
        return "; ".join(f"{v}" for v in report.values() if v not in (None, "", []))
    return str(report)


def _names(value: Any) -> str:
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value)
    return str(value)


def _name(value: Any) -> str:
    if isinstance(value, dict):
        return str(value.get("name") or value.get("agency") or next(iter(value.values()), ""))
    return str(value)
