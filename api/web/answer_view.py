"""The web chat's view of an answer: the channel-neutral parts (bot/answer_parts.py) laid out for the
page — long lists split into what is shown and what collapses ("Xem thêm N nhiệm vụ"), a link to the
officers' duty table, the support form after a refusal. JSON-serialisable: transcripts keep it."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any
from urllib.parse import urlencode

from bot.answer_parts import Parts, parts_of
from knowledge.answer import Answer
from knowledge.duty_view import DutyRow

SHOWN_PER_ROLE = 2  # duty items shown per role before "Xem thêm"
SHOWN_SOURCES = 3
SUPPORT_URL = "/ho-tro"
ROLE_HEADINGS = {"lead": "Chủ trì", "cooperate": "Phối hợp", "shared": "Nhiệm vụ chung của nhóm"}


def duty_table_url(agency: str, role: str = "") -> str:
    query = {"co-quan": agency, **({"vai-tro": role} if role else {})}
    return "/nhiem-vu?" + urlencode(query)


def _item(item: DutyRow) -> dict[str, Any]:
    label = f"Mục {item.number}" if "." in item.number else f"Nhiệm vụ {item.number}"
    return {**asdict(item), "label": label, "when": item.when}


def duty_groups(parts: Parts) -> list[dict[str, Any]]:
    """The duties by role, each split into the first few and the rest."""
    groups = []
    for role, heading in ROLE_HEADINGS.items():
        items = [_item(d) for d in parts.duties if d.role == role]
        if not items:
            continue
        groups.append(
            {
                "role": role,
                "heading": heading,
                "count": len(items),
                "shown": items[:SHOWN_PER_ROLE],
                "more": items[SHOWN_PER_ROLE:],
                "url": duty_table_url(parts.title, role),
            }
        )
    return groups


def web_view(answer: Answer) -> dict[str, Any]:
    parts = parts_of(answer)
    view = asdict(parts)
    view["shown_sources"] = view["sources"][:SHOWN_SOURCES]
    view["more_sources"] = view["sources"][SHOWN_SOURCES:]
    view["support_url"] = SUPPORT_URL
    view["duty_groups"] = duty_groups(parts) if parts.duties else []
    view["duty_url"] = duty_table_url(parts.title) if parts.kind == "duties" and parts.title else ""
    found = [v for v in parts.verdicts if v.found]
    view["lists_differ"] = bool(found) and len(found) != len(parts.verdicts)
    view["headline"] = _headline(parts)
    return view


def _headline(parts: Parts) -> str:
    """A card's one-line answer, in place of a direct sentence that would repeat the card."""
    if parts.kind == "business_line" and parts.verdicts:
        found = [v for v in parts.verdicts if v.found]
        if not found:
            return "Ngành, nghề được hỏi không có trong các danh mục ngành, nghề kinh doanh có điều kiện."
        name = f"“{parts.title}”" if parts.title else "Ngành, nghề này"
        if len(found) == len(parts.verdicts):
            every = f" theo cả {len(found)} danh mục" if len(found) > 1 else ""
            return f"{name} là ngành, nghề kinh doanh có điều kiện{every}."
        return f"{name} là ngành, nghề kinh doanh có điều kiện theo một danh mục, không theo danh mục kia."
    return ""
