"""An answer as Zalo plain text, in the order answer, short quote, sources (a source's URL on its own
line, never inside the answer), cut into messages within Zalo's 2,000 characters. A refusal says what
is missing, the hotline, and offers the support request (a quick-reply button where the API takes it).
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.answer_parts import Parts, parts_of
from bot.textsplit import ZALO_LIMIT, split_text
from knowledge.answer import Answer

SUPPORT_TITLE = "Gửi yêu cầu hỗ trợ"
SUPPORT_PAYLOAD = "/hotro"
ITEMS_PER_ROLE = 5
MAX_SOURCES = 3
ROLE_TITLES = {"lead": "Chủ trì", "cooperate": "Phối hợp", "shared": "Nhiệm vụ chung của nhóm"}


@dataclass(frozen=True)
class ZaloReply:
    messages: list[str]
    support_button: bool = False  # a quick reply that sends /hotro


def short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + " …"


def _body(parts: Parts) -> list[str]:
    if parts.kind == "procedure" and parts.facts:
        lines = [f"Thủ tục: {parts.title}"] + (["Có thể nộp trực tuyến."] if parts.online else [])
        for fact in parts.facts:
            value = "; ".join(short(i, 200) for i in fact.items) if fact.items else short(fact.value, 400)
            lines.append(f"- {fact.label}: {value}")
        return lines
    lines = [parts.direct]
    for verdict in parts.verdicts:
        where = f" (áp dụng {verdict.validity})" if verdict.validity else ""
        what = f": STT {verdict.number}" if verdict.found else ""
        lines.append(f"- {'Có' if verdict.found else 'Không'} — {verdict.basis}{where}{what}")
    lines += [f"- {p.label}: {p.number}" for p in parts.phones]
    for role, title in ROLE_TITLES.items():
        items = [d for d in parts.duties if d.role == role]
        if items:
            lines.append(f"{title} ({len(items)}):")
            lines += [f"- NV {d.number}: {short(d.task, 160)}" for d in items[:ITEMS_PER_ROLE]]
            if len(items) > ITEMS_PER_ROLE:
                lines.append(f"- … và {len(items) - ITEMS_PER_ROLE} nhiệm vụ khác")
    quote = next(iter(parts.quotes), None)
    if quote is not None:
        lines.append(f"“{short(quote[1], 300)}” [{quote[0]}]")
    return lines


def _sources(parts: Parts) -> list[str]:
    lines = ["Nguồn:"]
    for s in parts.sources[:MAX_SOURCES]:
        ref = f"[{s.number}] {s.title}" + (f" — {short(s.section, 120)}" if s.section else "")
        if s.replaced:
            ref += " (văn bản này đã được thay thế)"
        lines.append(ref + (f"\n{s.url}" if s.url else ""))
    return lines


def render_zalo(answer: Answer) -> ZaloReply:
    parts = parts_of(answer)
    if parts.refusal is not None:
        lines = [parts.refusal.missing, "Trợ lý không đưa ra câu trả lời phỏng đoán."]
        if parts.refusal.hotline_phone:
            who = f" — {parts.refusal.hotline_agency}" if parts.refusal.hotline_agency else ""
            lines.append(f"Đường dây nóng: {parts.refusal.hotline_phone}{who}")
        lines.append(f"Để được hỗ trợ, bấm “{SUPPORT_TITLE}” hoặc gõ {SUPPORT_PAYLOAD}.")
        return ZaloReply(split_text("\n".join(lines), ZALO_LIMIT), support_button=True)
    if parts.text:
        return ZaloReply(split_text(parts.text, ZALO_LIMIT))
    text = "\n".join(_body(parts))
    if parts.sources:
        text += "\n\n" + "\n".join(_sources(parts))
    return ZaloReply(split_text(text, ZALO_LIMIT))
