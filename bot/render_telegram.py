"""An answer as Telegram messages (HTML parse mode): bold subject, lists as lines, sources behind an
inline "Nguồn" button (links where the source has one), "Gửi yêu cầu hỗ trợ" after a refusal. Every
line is balanced HTML on its own, so messages are cut at line ends, each within 4,096 characters."""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import urlencode

from bot.answer_parts import Parts, SourceRef, parts_of
from bot.telegram_html import escape, link, split_lines
from bot.textsplit import TELEGRAM_LIMIT
from knowledge.answer import Answer
from knowledge.duty_view import DutyRow

SOURCES_BUTTON = "Nguồn"
SUPPORT_BUTTON = "Gửi yêu cầu hỗ trợ"
SUPPORT_DATA = "hotro"
SOURCES_PREFIX = "src:"
ITEMS_PER_ROLE = 8  # duty items per role in a chat; the rest are on the web table
ROLE_TITLES = {"lead": "Chủ trì", "cooperate": "Phối hợp", "shared": "Nhiệm vụ chung của nhóm"}
MAX_LINE = 700  # characters of text in one line (a task, a quote) before it is shortened


@dataclass(frozen=True)
class TelegramReply:
    messages: list[str]  # HTML, each within 4,096 characters
    buttons: list[tuple[str, str]] = field(default_factory=list)  # (label, callback data) under the last
    sources: str = ""  # the HTML the "Nguồn" button shows


def short(text: str, limit: int = MAX_LINE) -> str:
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + " …"


def sources_html(sources: list[SourceRef]) -> str:
    lines = ["<b>Nguồn</b>"]
    for s in sources:
        line = f"[{s.number}] {link(s.url, s.title)}"
        if s.section:
            line += f" — {escape(s.section)}"
        if s.replaced:
            line += " <i>(văn bản này đã được thay thế)</i>"
        lines.append(line)
    return "\n".join(lines)


def _duty_line(item: DutyRow) -> str:
    label = f"Mục {item.number}" if "." in item.number else f"NV {item.number}"
    tail = f" <i>({escape(item.when)})</i>" if item.when else ""
    return f"• <b>{escape(label)}</b>: {escape(short(item.task, 300))}{tail}"


def _duties(parts: Parts, base_url: str) -> list[str]:
    lines: list[str] = []
    for role, title in ROLE_TITLES.items():
        items = [d for d in parts.duties if d.role == role]
        if not items:
            continue
        lines += ["", f"<b>{title} ({len(items)})</b>"]
        lines += [_duty_line(d) for d in items[:ITEMS_PER_ROLE]]
        if len(items) > ITEMS_PER_ROLE:
            lines.append(f"… và {len(items) - ITEMS_PER_ROLE} nhiệm vụ khác")
    if parts.reports:
        lines += ["", "<b>Chế độ báo cáo</b>"] + [f"• {escape(short(r, 300))}" for r in parts.reports]
    if base_url and parts.title:
        url = f"{base_url}/nhiem-vu?{urlencode({'co-quan': parts.title})}"
        lines += ["", link(url, "Xem bảng nhiệm vụ đầy đủ (lọc, tải XLSX)")]
    return lines


def _body(parts: Parts, base_url: str) -> list[str]:
    if parts.kind == "procedure" and parts.facts:
        lines = [f"<b>Thủ tục: {escape(parts.title)}</b>"]
        if parts.online:
            lines.append("Có thể nộp trực tuyến.")
        for fact in parts.facts:
            if fact.items:
                lines.append(f"<b>{escape(fact.label)}:</b>")
                lines += [f"• {escape(short(i, 300))}" for i in fact.items]
            else:
                lines.append(f"<b>{escape(fact.label)}:</b> {escape(short(fact.value))}")
        return lines
    lines = [f"<b>{escape(short(parts.direct))}</b>"]
    for verdict in parts.verdicts:
        mark = "✅ Có" if verdict.found else "❌ Không"
        where = f" (áp dụng {escape(verdict.validity)})" if verdict.validity else ""
        what = f": STT {escape(verdict.number)} “{escape(verdict.name)}”" if verdict.found else ""
        lines.append(f"{mark} — {escape(verdict.basis)}{where}{what}")
    lines += [f"☎ {escape(p.label)}: <b>{escape(p.number)}</b>" for p in parts.phones]
    if parts.note:
        lines.append(f"<i>{escape(parts.note)}</i>")
    if parts.duties:
        lines += _duties(parts, base_url)
    for number, quote in parts.quotes:
        lines.append(f"<i>“{escape(short(quote, 400))}”</i> [{number}]")
    return lines


def render_telegram(answer: Answer, base_url: str = "") -> TelegramReply:
    """`base_url`: the public address of the web pages (the duty table link), "" for none."""
    parts = parts_of(answer)
    if parts.refusal is not None:
        lines = ["<b>Chưa có câu trả lời trong tài liệu</b>", escape(parts.refusal.missing)]
        lines.append("Trợ lý không đưa ra câu trả lời phỏng đoán.")
        if parts.refusal.hotline_phone:
            who = f" — {escape(parts.refusal.hotline_agency)}" if parts.refusal.hotline_agency else ""
            lines.append(f"Đường dây nóng: <b>{escape(parts.refusal.hotline_phone)}</b>{who}")
        lines.append("Bấm “Gửi yêu cầu hỗ trợ” để cơ quan có thẩm quyền hỗ trợ doanh nghiệp.")
        return TelegramReply(split_lines("\n".join(lines), TELEGRAM_LIMIT), [(SUPPORT_BUTTON, SUPPORT_DATA)])
    if parts.text:
        return TelegramReply(split_lines(escape(parts.text), TELEGRAM_LIMIT))
    buttons: list[tuple[str, str]] = []
    sources = sources_html(parts.sources) if parts.sources else ""
    if sources:
        buttons.append((SOURCES_BUTTON, SOURCES_PREFIX))  # the key is added when the reply is stored
    return TelegramReply(split_lines("\n".join(_body(parts, base_url)), TELEGRAM_LIMIT), buttons, sources)
