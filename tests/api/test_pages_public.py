"""The public pages: session cookie, CSRF, the support request form, the private follow page."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from tests.api.pages_helpers import VALID_REQUEST, Web, matched, new_client, running_app

if TYPE_CHECKING:
    from httpx2 import Response


@pytest.fixture
def web(tmp_path: Path) -> Iterator[Web]:
    with running_app(tmp_path) as w:
        yield w


def file_request(web: Web, **changes: str) -> Response:
    return web.post(
        "/ho-tro", {**VALID_REQUEST, "idempotency_key": "k-" + str(changes), **changes}, page="/ho-tro"
    )


def follow_link(html: str) -> str:
    match = re.search(r'id="follow-link" href="([^"]+)"', html)
    assert match
    return match.group(1).replace("&amp;", "&")


def test_session_cookie_is_httponly_and_samesite(web: Web) -> None:
    response = web.client.get("/ho-tro")
    cookie = response.headers["set-cookie"]
    assert cookie.startswith("tl_sid=")
    assert "HttpOnly" in cookie and "SameSite=lax" in cookie and "Secure" not in cookie
    assert "no-store" in response.headers["cache-control"]
    assert "frame-ancestors 'none'" in response.headers["content-security-policy"]


def test_secure_cookie_setting_uses_host_prefix(tmp_path: Path) -> None:
    with running_app(tmp_path, cookie_secure=True) as web:
        cookie = web.client.get("/ho-tro").headers["set-cookie"]
    assert cookie.startswith("__Host-tl_sid=") and "Secure" in cookie and "Path=/" in cookie


def test_form_without_csrf_token_is_refused(web: Web) -> None:
    web.client.get("/ho-tro")
    response = web.client.post("/ho-tro", data=VALID_REQUEST)
    assert response.status_code == 403
    assert "Biểu mẫu đã hết hạn" in response.text
    forged = web.client.post("/ho-tro", data={**VALID_REQUEST, "csrf_token": "gia-mao"})
    assert forged.status_code == 403


def test_csrf_token_of_another_session_is_refused(web: Web) -> None:
    other = new_client(web)
    token = other.csrf("/ho-tro")
    web.client.get("/ho-tro")
    response = web.client.post("/ho-tro", data={**VALID_REQUEST, "csrf_token": token})
    assert response.status_code == 403


def test_invalid_fields_get_vietnamese_messages_by_field(web: Web) -> None:
    response = file_request(web, phone="12ab", description="ngắn")
    assert response.status_code == 422
    html = response.text
    assert re.search(r'id="e-phone"[^>]*>Số điện thoại không hợp lệ\.', html)
    assert re.search(r'id="e-description"[^>]*>Nội dung quá ngắn: cần ít nhất 10 ký tự\.', html)
    assert 'value="Công ty TNHH Cảng Xanh"' in html  # what was typed is kept


def test_phone_or_tax_code_is_required(web: Web) -> None:
    response = file_request(web, phone="", tax_code="")
    assert response.status_code == 422
    assert "Vui lòng nhập số điện thoại hoặc mã số thuế" in response.text


def test_support_request_gives_code_and_private_follow_link(web: Web) -> None:
    response = file_request(web)
    assert response.status_code == 201
    code = matched(r'id="ticket-code">([^<]+)<', response.text)
    link = follow_link(response.text)
    assert link.startswith(f"/theo-doi/{code}?t=")
    page = web.client.get(link)
    assert page.status_code == 200
    assert code in page.text and "Mới tiếp nhận" in page.text
    assert "Chậm hoàn thuế giá trị gia tăng" in page.text
    # the follow page never shows the personal data typed into the form
    for secret in ("Nguyễn Thị Hoa", "0912345678", "0201234567", "hoa@cangxanh.vn"):
        assert secret not in page.text
    wrong = web.client.get(f"/theo-doi/{code}?t=sai-ma")
    assert wrong.status_code == 404
    assert code not in wrong.text.replace("Không tìm thấy phiếu", "")


def test_same_form_submitted_twice_makes_one_ticket(web: Web) -> None:
    first = file_request(web)
    second = web.post("/ho-tro", {**VALID_REQUEST, "idempotency_key": "k-{}"}, page="/ho-tro")
    assert follow_link(first.text) == follow_link(second.text)


def test_requester_message_and_escaping(web: Web) -> None:
    link = follow_link(file_request(web).text)
    code = link.split("/")[2].split("?")[0]
    token = link.split("t=")[1]
    response = web.post(
        f"/theo-doi/{code}/tin-nhan", {"t": token, "text": "<script>alert(1)</script> bổ sung"}, page=link
    )
    assert response.status_code == 200  # redirected back to the page
    assert "Đã gửi tin nhắn" in response.text
    assert "<script>alert(1)</script>" not in response.text
    assert "&lt;script&gt;alert(1)&lt;/script&gt; bổ sung" in response.text


def test_rating_before_resolution_is_refused_with_a_message(web: Web) -> None:
    link = follow_link(file_request(web).text)
    code = link.split("/")[2].split("?")[0]
    token = link.split("t=")[1]
    response = web.post(f"/theo-doi/{code}/danh-gia", {"t": token, "score": "5"}, page=link)
    assert response.status_code == 422
    assert "đã được giải quyết" in response.text
    assert 'id="rating-form"' not in response.text


def test_assets_are_local_and_pages_load_nothing_from_elsewhere(web: Web) -> None:
    css = web.client.get("/static/site.css")
    assert css.status_code == 200 and css.headers["content-type"].startswith("text/css")
    assert web.client.get("/static/chat.js").status_code == 200
    for path in ("/", "/ho-tro", "/dang-nhap"):
        html = web.client.get(path).text
        assert not re.search(r'(src|href)="(https?:)?//', html), path
    assert "http" not in css.text
