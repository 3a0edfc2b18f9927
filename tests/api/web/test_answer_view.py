"""The web chat's rendering of each kind of answer (the real template, the real view)."""

from __future__ import annotations

import json
import re
from typing import Any

from api.web.chat import turn_of
from api.web.rendering import templates
from knowledge.answer import Answer
from tests.bot import answer_examples as ex


def html(answer: Answer) -> str:
    turn = json.loads(json.dumps(turn_of(answer)))  # as the transcript store keeps it
    return templates.env.get_template("_answer.html").render(turn=turn)


def text_of(page: str) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", page).split())


def test_passage_answer_direct_then_quote_then_numbered_sources_escaped() -> None:
    page = html(ex.passage(replaced=True))
    direct, quote, sources = (
        page.index('class="direct"'),
        page.index('class="quote"'),
        page.index("sources"),
    )
    assert direct < quote < sources
    assert "&lt;b&gt;chậm nhất&lt;/b&gt;" in page and "<b>" not in page
    assert "Văn bản này đã được thay thế" in page
    assert "<details><summary>Xem đoạn trích</summary>" in page and "&lt;cán bộ&gt; đầu mối &amp;" in page
    assert "kh220.txt" not in page


def test_procedure_is_a_card_and_its_url_only_a_source_link() -> None:
    page = html(ex.procedure())
    assert 'class="proc-card"' in page and "Có thể nộp trực tuyến" in page
    for label in ("Cơ quan giải quyết", "Nơi nộp", "Thời hạn", "Phí, lệ phí", "Hồ sơ", "Căn cứ pháp lý"):
        assert f"<dt>{label}</dt>" in page
    assert page.count("dichvucong") == 1 and f'href="{ex.LIST_URL}"' in page
    assert "dichvucong" not in text_of(page)


def test_business_line_yes_and_no_side_by_side_with_validity() -> None:
    page = html(ex.business_line())
    assert 'class="verdicts differ"' in page
    assert re.search(r'verdict yes">\s*<p class="verdict-answer">Có', page)
    assert re.search(r'verdict no">\s*<p class="verdict-answer">Không', page)
    assert "Áp dụng: đến 30/6/2026" in page and "Áp dụng: 01/7/2026 → 28/02/2027" in page
    assert "theo một danh mục, không theo danh mục kia" in page


def test_contact_number_is_a_tel_link() -> None:
    assert 'href="tel:02253123456"' in html(ex.contact())


def test_long_duty_lists_collapse_and_link_to_the_table() -> None:
    page = html(ex.duties())
    assert page.count('class="duty-item"') == 41
    shown = page.split("<details")[0]
    assert shown.count('class="duty-item"') == 2  # the first role's first items before any collapse
    for more in ("Xem thêm 4 nhiệm vụ", "Xem thêm 3 nhiệm vụ", "Xem thêm 28 nhiệm vụ", "Xem thêm 3 nguồn"):
        assert more in page
    assert 'href="/nhiem-vu?co-quan=S%E1%BB%9F+T%C3%A0i+ch%C3%ADnh"' in page
    assert "https://" not in page and "phu-luc.docx" not in page


def test_refusal_says_what_is_missing_with_hotline_and_support_link() -> None:
    page = html(ex.refusal())
    assert "Các tài liệu hiện có không nêu giá thuê kho lạnh tại cảng." in page
    assert 'href="tel:02251022"' in page and 'href="/ho-tro"' in page
    assert "Gửi yêu cầu hỗ trợ" in page


def test_an_old_transcript_turn_without_a_view_still_renders() -> None:
    turn: dict[str, Any] = {
        "question": "q",
        "route": "answer",
        "answer": "Câu trả lời cũ",
        "sources": [],
        "ticket": None,
        "follow_url": None,
    }
    assert "Câu trả lời cũ" in templates.env.get_template("_answer.html").render(turn=turn)
