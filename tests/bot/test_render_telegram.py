"""Telegram rendering: valid Bot API HTML (allowed tags only, balanced, escaped), within 4,096 characters
a message, cut at line ends; the buttons each kind of answer gets."""

from __future__ import annotations

import pytest

from bot.render_telegram import render_telegram
from bot.telegram_html import problems, split_lines
from knowledge.answer import Answer
from tests.bot import answer_examples as ex


@pytest.mark.parametrize(
    "bad",
    [
        "<b>đậm",  # unclosed
        "<b><i>x</b></i>",  # crossed
        "<div>x</div>",  # not a Telegram tag
        '<a href="x" onclick="y">z</a>',  # attribute not allowed
        "A & B",  # bare ampersand
        "1 < 2",  # bare less-than
        "x" * 4097,  # too long
        "<br/>",
    ],
)
def test_the_checker_catches_what_telegram_refuses(bad: str) -> None:
    assert problems(bad)


def test_the_checker_accepts_telegram_html() -> None:
    assert problems('<b>Đậm</b> <i>nghiêng</i> <a href="https://a.vn/?x=1&amp;y=2">liên kết</a> &lt;3') == []


@pytest.mark.parametrize(
    "answer", [ex.procedure(), ex.business_line(), ex.contact(), ex.duties(), ex.refusal(), ex.passage(True)]
)
def test_every_kind_renders_valid_html_without_urls_in_the_text(answer: Answer) -> None:
    reply = render_telegram(answer, "https://trolyao.example.vn")
    for message in reply.messages:
        assert problems(message) == [], message
        assert ".csv" not in message and ".docx" not in message and "dichvucong" not in message
    if reply.sources:
        assert problems(reply.sources) == []


def test_answer_text_is_escaped_and_the_subject_bold() -> None:
    reply = render_telegram(ex.passage())
    assert reply.messages[0].startswith("<b>Văn bản cử cán bộ đầu mối gửi trong tháng 9/2025 &lt;b&gt;")
    assert "<i>“chậm nhất 15 ngày kể từ ngày thay đổi &amp; gửi Sở Tài chính”</i> [1]" in reply.messages[0]


def test_sources_sit_behind_the_button_with_links_and_the_replaced_mark() -> None:
    reply = render_telegram(ex.procedure())
    assert reply.buttons == [("Nguồn", "src:")]
    assert f'<a href="{ex.LIST_URL.replace("&", "&amp;")}">' in reply.sources
    assert "http" not in "".join(reply.messages)
    assert "(văn bản này đã được thay thế)" in render_telegram(ex.passage(True)).sources


def test_refusal_names_what_is_missing_and_offers_support() -> None:
    reply = render_telegram(ex.refusal())
    assert "giá thuê kho lạnh tại cảng" in reply.messages[0] and "<b>0225.1022</b>" in reply.messages[0]
    assert reply.buttons == [("Gửi yêu cầu hỗ trợ", "hotro")]


def test_a_long_duty_list_is_cut_at_line_ends_within_the_limit() -> None:
    answer = ex.duties(lead=40, cooperate=40, shared=60)
    assert answer.record is not None
    for item in answer.record["items"]:
        item["task"] = item["task"] + " kèm nội dung rất dài" * 12
    reply = render_telegram(answer, "https://trolyao.example.vn")
    assert len(reply.messages) >= 2
    for message in reply.messages:
        assert len(message) <= 4096 and problems(message) == []
    text = "\n".join(reply.messages)
    assert "… và 32 nhiệm vụ khác" in text and "/nhiem-vu?co-quan=S%E1%BB%9F" in text


def test_split_lines_never_cuts_inside_a_line() -> None:
    lines = [f"<b>dòng {i}</b> " + "chữ " * 50 for i in range(60)]
    pieces = split_lines("\n".join(lines), 1000)
    assert all(len(p) <= 1000 for p in pieces)
    assert "\n".join(pieces).split("\n") == lines
