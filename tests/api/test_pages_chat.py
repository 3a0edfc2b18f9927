"""The web chat page with a real assistant on a small knowledge base and the real dialog: answers with
their sources, follow-up questions in one browser session, the support intake ending in a private link."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from api.config import SHIPPED_CORPUS
from api.web.chat import turn_of
from knowledge.answer import Answer, Source
from knowledge.assistant import Assistant
from tests.api.pages_helpers import Web, new_client, running_app
from tests.e2e import small_kb

if TYPE_CHECKING:
    from httpx2 import Response

FETCH = {"X-Requested-With": "fetch"}


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    data_dir = tmp_path_factory.mktemp("chat-knowledge")
    small_kb.build(data_dir, SHIPPED_CORPUS)
    return Assistant.open(data_dir)


@pytest.fixture
def web(tmp_path: Path, assistant: Assistant) -> Iterator[Web]:
    with running_app(tmp_path, assistant=assistant) as w:
        yield w


def ask(web: Web, question: str, **kwargs: Any) -> Response:
    return web.post("/hoi", {"question": question}, headers=FETCH, **kwargs)


def test_answer_fragment_has_sources_with_expandable_passages(web: Web) -> None:
    response = ask(web, "Kế hoạch này thay thế kế hoạch số mấy?")
    assert response.status_code == 200
    html = response.text
    assert html.lstrip().startswith('<article class="turn">')
    assert "197/KH-UBND" in html
    assert "\nNguồn:" not in html  # the page lists the sources itself
    assert re.search(r'<li class="source" value="1">', html)
    assert "<details>" in html and "<summary>Xem đoạn trích</summary>" in html
    assert "Kế hoạch nâng cao chỉ số năng lực cạnh tranh (PCI) năm 2025-2026" in html


def test_transcript_is_kept_per_browser_session(web: Web) -> None:
    ask(web, "Những cơ quan báo chí nào được giao tuyên truyền về cải thiện môi trường đầu tư kinh doanh?")
    ask(web, "Kế hoạch này thay thế kế hoạch số mấy?")
    page = web.client.get("/").text
    assert page.count('<article class="turn">') == 2
    other = new_client(web)
    assert '<article class="turn">' not in other.client.get("/").text


def test_form_post_without_script_redirects_back_to_the_page(web: Web) -> None:
    asked = "Những cơ quan báo chí nào được giao tuyên truyền về cải thiện môi trường đầu tư kinh doanh?"
    response = web.post("/hoi", {"question": asked}, follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"] == "/#cuoi"
    assert "Chuyên đề an ninh Hải Phòng" in web.client.get("/").text


def test_empty_or_too_long_question_gets_a_message(web: Web) -> None:
    empty = ask(web, "   ")
    assert empty.status_code == 422 and "Vui lòng nhập câu hỏi" in empty.text
    long = web.post("/hoi", {"question": "a" * 1001}, follow_redirects=False)
    assert long.status_code == 422 and 'id="ask-form"' in long.text


def test_question_markup_is_escaped(web: Web) -> None:
    html = ask(web, "<img src=x onerror=alert(1)> PCI là gì?").text
    assert "<img src=x" not in html and "&lt;img src=x onerror=alert(1)&gt;" in html


def test_support_intake_in_the_chat_ends_with_code_and_follow_link(web: Web) -> None:
    replies = [ask(web, "/hotro").text]
    for message in (
        "Doanh nghiệp bị chậm hoàn thuế giá trị gia tăng hơn hai tháng nay",
        "Nguyễn Văn An, Công ty TNHH Thép Đình Vũ",
        "0912345678",
    ):
        if "ticket-created" in replies[-1]:
            break
        replies.append(ask(web, message).text)
    final = replies[-1]
    match = re.search(r'Mã phiếu: <strong>([^<]+)</strong>.*?<a href="(/theo-doi/[^"]+)"', final, re.S)
    assert match, final
    code, link = match.group(1), match.group(2).replace("&amp;", "&")
    assert link.startswith(f"/theo-doi/{code}?t=")
    follow = new_client(web).client.get(link)
    assert follow.status_code == 200 and code in follow.text


def test_cited_sources_keep_their_numbers_and_replaced_remarks() -> None:
    sources = [
        Source(id=str(i), doc=f"d{i}.txt", title=f"Văn bản {i}", section="", text=f"đoạn {i}")
        for i in (1, 2, 3)
    ]
    text = (
        "Câu trả lời theo văn bản thứ hai [2].\n\nNguồn:\n[1] Văn bản 1\n"
        "[2] Văn bản 2 (văn bản này đã được thay thế; nên đối chiếu kế hoạch đang có hiệu lực)"
    )
    turn = turn_of(Answer(question="?", route="answer", answer=text, sources=sources))
    assert turn["answer"] == "Câu trả lời theo văn bản thứ hai [2]."
    assert [(s["n"], s["title"]) for s in turn["sources"]] == [(2, "Văn bản 2")]
    assert "đã được thay thế" in turn["sources"][0]["note"]
    uncited = turn_of(Answer(question="?", route="refuse", answer="Không tìm thấy.", sources=sources))
    assert [s["n"] for s in uncited["sources"]] == [1, 2, 3]
    assert uncited["ticket"] is None and uncited["follow_url"] is None
