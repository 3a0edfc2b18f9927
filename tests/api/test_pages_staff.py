"""The staff console: sign-in, queue and filters, the ticket page, legal next steps only, replies,
assignment, role rules (the same as the API's), the dashboard and the quarterly report download."""

from __future__ import annotations

import base64
import io
import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.api.pages_helpers import PASSWORD, VALID_REQUEST, Web, new_client, running_app
from tickets.domain import CreatedTicket, TicketCreate


@pytest.fixture
def web(tmp_path: Path) -> Iterator[Web]:
    with running_app(tmp_path) as w:
        w.svc.add_staff("dieuphoi", PASSWORD, "coordinator")
        w.svc.add_staff("thue", PASSWORD, "agency", "Thuế thành phố")
        w.svc.add_staff("xaydung", PASSWORD, "agency", "Sở Xây dựng")
        w.svc.add_staff("hiephoi", PASSWORD, "association")
        yield w


def create(web: Web, **changes: object) -> CreatedTicket:
    data = TicketCreate.model_validate({**VALID_REQUEST, **changes})
    return web.svc.create(data, channel="web")


def buttons(html: str) -> list[str]:
    return re.findall(r'name="to" value="([a-z_]+)"', html)


def test_pages_need_sign_in_and_redirect_back(web: Web) -> None:
    response = web.client.get("/staff?status=new", follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"] == "/dang-nhap?next=/staff%3Fstatus%3Dnew"
    page = web.client.get(response.headers["location"])
    assert 'name="next" value="/staff?status=new"' in page.text
    login = web.post(
        "/dang-nhap",
        {"username": "dieuphoi", "password": PASSWORD, "next": "/staff?status=new"},
        page="/dang-nhap",
        follow_redirects=False,
    )
    assert login.headers["location"] == "/staff?status=new"
    cookie = next(c for c in login.headers.get_list("set-cookie") if c.startswith("tl_staff="))
    assert "HttpOnly" in cookie and "SameSite=lax" in cookie


def test_action_posted_after_the_session_ended_asks_to_sign_in_again(web: Web) -> None:
    t = create(web)
    response = web.post(
        f"/staff/phieu/{t.code}/trang-thai", {"to": "acknowledged"}, page="/dang-nhap", follow_redirects=False
    )
    assert response.status_code == 303 and response.headers["location"] == "/dang-nhap"
    assert web.ticket(t.code, t.token).status == "new"


def test_wrong_password_and_open_redirect(web: Web) -> None:
    bad = web.login("dieuphoi", "sai-mat-khau")
    assert bad.status_code == 401 and "không đúng" in bad.text
    response = web.post(
        "/dang-nhap",
        {"username": "dieuphoi", "password": PASSWORD, "next": "//evil.example"},
        page="/dang-nhap",
        follow_redirects=False,
    )
    assert response.headers["location"] == "/staff"


def test_sign_in_renews_the_session(web: Web) -> None:
    web.client.get("/dang-nhap")
    before = web.client.cookies.get("tl_sid")
    assert web.login("thue").status_code == 303
    assert web.client.cookies.get("tl_sid") != before  # a fresh session id at sign-in


def test_tampered_staff_cookie_is_ignored(web: Web) -> None:
    web.login("thue")
    assert web.client.get("/staff", follow_redirects=False).status_code == 200
    payload, mac = web.cookie("tl_staff").split(".")
    body = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    coordinator = web.staff("dieuphoi")
    body.update(id=coordinator.id, u="dieuphoi")  # an agency officer trying to pass for the coordinator
    forged = base64.urlsafe_b64encode(json.dumps(body).encode()).rstrip(b"=").decode()
    sid = web.cookie("tl_sid")
    web.client.cookies.clear()
    web.client.cookies.set("tl_sid", sid)
    web.client.cookies.set("tl_staff", f"{forged}.{mac}")
    assert web.client.get("/staff", follow_redirects=False).status_code == 303


def test_queue_sorted_by_deadline_with_filters_and_overdue_marks(web: Web) -> None:
    tax = create(web, subject="Vướng mắc hoàn thuế", field="thue")
    land = create(
        web, subject="Chậm giao đất", field="dat_dai", description="Đề nghị giao đất cho dự án đã lâu."
    )
    web.login("dieuphoi")
    html = web.client.get("/staff").text
    assert tax.code in html and land.code in html
    # thuế: 5 working days, đất đai: 10 -> the tax ticket comes first
    assert html.index(tax.code) < html.index(land.code)
    only_land = web.client.get("/staff?field=dat_dai").text
    assert land.code in only_land and tax.code not in only_land
    assert tax.code in web.client.get("/staff?agency=Thuế thành phố").text
    assert "Không có phiếu nào phù hợp" in web.client.get("/staff?overdue=1").text
    assert "overdue-badge" not in html


def test_queue_shows_open_tickets_unless_asked_for_all(web: Web) -> None:
    done = create(web, subject="Đã xong")
    waiting = create(web, subject="Đang chờ")
    officer = web.staff("thue")
    web.svc.transition(officer, done.code, "rejected", "Không thuộc thẩm quyền giải quyết.")
    web.login("thue")
    default = web.client.get("/staff").text
    assert waiting.code in default and done.code not in default
    assert '<option value="open" selected>' in default
    everything = web.client.get("/staff?status=all").text
    assert waiting.code in everything and done.code in everything
    rejected = web.client.get("/staff?status=rejected").text
    assert done.code in rejected and waiting.code not in rejected


def test_ticket_page_shows_requester_and_only_legal_next_steps(web: Web) -> None:
    t = create(web, attachments=["to-khai-hoan-thue.pdf"])
    web.login("thue")
    html = web.client.get(f"/staff/phieu/{t.code}").text
    for shown in (
        "Nguyễn Thị Hoa",
        "0912345678",
        "0201234567",
        "hoa@cangxanh.vn",
        "Lịch sử xử lý",
        "to-khai-hoan-thue.pdf",
        "gửi tới doanh nghiệp qua: trang theo dõi phiếu trên web",
    ):
        assert shown in html
    assert buttons(html) == ["acknowledged", "rejected"]
    page = web.post(
        f"/staff/phieu/{t.code}/trang-thai", {"to": "acknowledged"}, page=f"/staff/phieu/{t.code}"
    )
    assert "Đã cập nhật trạng thái" in page.text
    assert buttons(page.text) == ["in_progress", "rejected"]
    illegal = web.post(f"/staff/phieu/{t.code}/trang-thai", {"to": "closed"}, page=f"/staff/phieu/{t.code}")
    assert illegal.status_code == 409
    assert buttons(illegal.text) == ["in_progress", "rejected"]
    no_reason = web.post(
        f"/staff/phieu/{t.code}/trang-thai", {"to": "rejected"}, page=f"/staff/phieu/{t.code}"
    )
    assert no_reason.status_code == 409 and "lý do" in no_reason.text


def test_public_reply_reaches_the_follow_page_but_internal_note_does_not(web: Web) -> None:
    t = create(web)
    web.login("thue")
    page = f"/staff/phieu/{t.code}"
    web.post(
        f"{page}/tra-loi",
        {"text": "Cơ quan thuế đã nhận hồ sơ, sẽ trả lời trong 5 ngày.", "internal": "0"},
        page=page,
    )
    web.post(
        f"{page}/tra-loi", {"text": "Ghi chú: kiểm tra lại bộ phận hoàn thuế", "internal": "1"}, page=page
    )
    staff_html = web.client.get(page).text
    assert "Ghi chú nội bộ" in staff_html and "kiểm tra lại bộ phận hoàn thuế" in staff_html
    public = new_client(web).client.get(f"/theo-doi/{t.code}?t={t.token}").text
    assert "sẽ trả lời trong 5 ngày" in public
    assert "kiểm tra lại bộ phận hoàn thuế" not in public
    assert "đề nghị doanh nghiệp bổ sung thông tin" not in public
    for step in ("acknowledged", "in_progress"):
        web.post(f"{page}/trang-thai", {"to": step}, page=page)
    web.post(
        f"{page}/trang-thai", {"to": "waiting_requester", "note": "Cần bản sao tờ khai tháng 9."}, page=page
    )
    public = new_client(web).client.get(f"/theo-doi/{t.code}?t={t.token}").text
    assert "Chờ doanh nghiệp bổ sung" in public and "đề nghị doanh nghiệp bổ sung thông tin" in public


def test_agency_staff_see_only_their_agency(web: Web) -> None:
    t = create(web)
    web.login("xaydung")
    assert t.code not in web.client.get("/staff").text
    response = web.client.get(f"/staff/phieu/{t.code}")
    assert response.status_code == 403 and "Nguyễn Thị Hoa" not in response.text
    acted = web.post(f"/staff/phieu/{t.code}/trang-thai", {"to": "acknowledged"}, page="/staff")
    assert acted.status_code == 403
    assert web.ticket(t.code, t.token).status == "new"
    assert 'name="agency"' not in web.client.get(f"/staff/phieu/{t.code}").text


def test_coordinator_assigns_to_another_agency(web: Web) -> None:
    t = create(web)
    web.login("dieuphoi")
    page = f"/staff/phieu/{t.code}"
    assert "Chuyển cho cơ quan khác" in web.client.get(page).text
    web.post(f"{page}/chuyen", {"agency": "Sở Xây dựng", "note": "Thuộc lĩnh vực xây dựng"}, page=page)
    other = new_client(web)
    other.login("xaydung")
    assert t.code in other.client.get("/staff").text
    agency_user = new_client(web)
    agency_user.login("thue")
    assert "Chuyển cho cơ quan khác" not in agency_user.client.get(page).text


def test_association_cannot_open_the_console(web: Web) -> None:
    t = create(web)
    login = web.login("hiephoi")
    assert login.headers["location"] == "/danh-gia"
    for path in ("/staff", f"/staff/phieu/{t.code}", "/staff/thong-ke", "/staff/bao-cao?year=2026&quarter=1"):
        response = web.client.get(path)
        assert response.status_code == 403, path
        assert "Nguyễn Thị Hoa" not in response.text


def test_dashboard_charts_and_report_downloads(web: Web) -> None:
    t = create(web)
    web.login("dieuphoi")
    created = web.ticket(t.code, t.token).created_at
    year, quarter = created.year, (created.month - 1) // 3 + 1
    html = web.client.get(f"/staff/thong-ke?year={year}&quarter={quarter}").text
    assert html.count('<svg class="chart"') == 2
    assert "Thuế thành phố" in html
    csv_response = web.client.get(f"/staff/bao-cao?year={year}&quarter={quarter}&format=csv")
    assert csv_response.headers["content-type"].startswith("text/csv")
    assert "attachment" in csv_response.headers["content-disposition"]
    assert "Thuế thành phố" in csv_response.content.decode("utf-8-sig")
    xlsx = web.client.get(f"/staff/bao-cao?year={year}&quarter={quarter}&format=xlsx")
    sheet = load_workbook(io.BytesIO(xlsx.content)).active
    assert sheet is not None
    assert any("Thuế thành phố" in str(c.value) for row in sheet.iter_rows() for c in row)
    agency_user = new_client(web)
    agency_user.login("thue")
    assert agency_user.client.get(f"/staff/bao-cao?year={year}&quarter={quarter}").status_code == 403
    assert agency_user.client.get("/staff/thong-ke").status_code == 200


def test_logout_ends_the_session(web: Web) -> None:
    web.login("dieuphoi")
    assert web.client.get("/staff", follow_redirects=False).status_code == 200
    web.post("/dang-xuat", {}, page="/staff")
    assert web.client.get("/staff", follow_redirects=False).status_code == 303


def test_subject_markup_is_escaped_in_the_console(web: Web) -> None:
    t = create(web, subject='<img src=x onerror="alert(1)">')
    web.login("dieuphoi")
    for path in ("/staff", f"/staff/phieu/{t.code}"):
        html = web.client.get(path).text
        assert "<img src=x" not in html and "&lt;img src=x" in html
