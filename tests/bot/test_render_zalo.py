"""Zalo rendering: plain text within 2,000 characters; answer, quote, sources; URLs only as sources."""

from __future__ import annotations

from bot.render_zalo import render_zalo
from tests.bot import answer_examples as ex


def test_order_answer_quote_sources_and_urls_only_among_sources() -> None:
    [text] = render_zalo(ex.procedure()).messages
    body, sources = text.split("\n\nNguồn:\n")
    assert body.startswith("Thủ tục: Cấp Giấy phép kinh doanh dịch vụ lữ hành nội địa")
    assert "http" not in body and "dichvucong" not in body and "<" not in body
    assert sources.splitlines() == ["[1] Danh sách thủ tục hành chính — Dòng 7", ex.LIST_URL]
    passage = render_zalo(ex.passage(True)).messages[0]
    assert passage.index("Văn bản cử") < passage.index("“chậm nhất") < passage.index("Nguồn:")
    assert "(văn bản này đã được thay thế)" in passage


def test_refusal_offers_the_support_quick_reply() -> None:
    reply = render_zalo(ex.refusal())
    assert reply.support_button and "0225.1022" in reply.messages[0] and "/hotro" in reply.messages[0]
    assert not render_zalo(ex.passage()).support_button


def test_long_answers_are_cut_within_the_limit() -> None:
    answer = ex.duties(lead=30, cooperate=30, shared=30)
    reply = render_zalo(answer)
    assert all(len(m) <= 2000 for m in reply.messages)
    assert "… và 25 nhiệm vụ khác" in "\n".join(reply.messages)
