"""The whole path in a real browser (Debian's Chromium through Playwright): a business asks a question
and opens a source, files a support request (one invalid field first), staff acknowledge and resolve
it with a reply, the business reads the reply and rates it, and an association sees the agency's figures
change without ever seeing the requester's name or phone. Screenshots at phone and desktop widths."""

from __future__ import annotations

import re
from typing import Any

import pytest

from tests.e2e.browser_support import DESKTOP, PHONE, STAFF_PASSWORD, LiveServer, screenshot

pytestmark = pytest.mark.browser

AGENCY = "Thuế thành phố"
REQUESTER = {
    "company": "Công ty TNHH Logistics Bạch Đằng",
    "name": "Trần Văn Minh",
    "tax_code": "0209876543",
    "email": "minh@bachdang.vn",
    "subject": "Chậm hoàn thuế GTGT hàng xuất khẩu",
    "description": "Doanh nghiệp nộp hồ sơ hoàn thuế GTGT hàng xuất khẩu từ 45 ngày trước "
    "nhưng chưa được giải quyết.",
}
PHONE_NUMBER = "0987654321"
REPLY = (
    "Cơ quan thuế đã kiểm tra hồ sơ và ban hành quyết định hoàn thuế; tiền hoàn sẽ về tài khoản trong 3 ngày."
)


def figures_row(page: Any) -> dict[str, str]:
    row = page.locator(f'#agency-figures tr[data-agency="{AGENCY}"]')
    if row.count() == 0:
        return {}
    return {
        key: row.locator(f"td.{key}").inner_text().strip()
        for key in ("received", "resolved", "on-time-rate", "mean-rating")
    }


def sign_in(page: Any, url: str, username: str) -> None:
    page.fill("#username", username)
    page.fill("#password", STAFF_PASSWORD)
    page.click("form.form button[type=submit]")
    page.wait_for_url(re.compile(re.escape(url)))


def test_business_staff_and_association_in_a_browser(browser: Any, live_server: LiveServer) -> None:
    base = live_server.url
    business = browser.new_context(viewport=PHONE, locale="vi-VN")
    staff = browser.new_context(viewport=DESKTOP, locale="vi-VN")
    association = browser.new_context(viewport=DESKTOP, locale="vi-VN")
    page = business.new_page()

    # -- a business asks a question and opens a source ----------------------------------------------
    page.goto(base + "/")
    screenshot(page, "01-chat-empty")
    page.fill(
        "#question",
        "Những cơ quan báo chí nào được giao tuyên truyền về cải thiện môi trường đầu tư kinh doanh?",
    )
    page.click("#ask-form button[type=submit]")
    turn = page.locator("article.turn").first
    turn.wait_for()
    assert "Chuyên đề an ninh Hải Phòng" in turn.locator(".bubble.answer").inner_text()
    first_source = turn.locator("li.source").first
    assert (
        "Kế hoạch nâng cao chỉ số năng lực cạnh tranh" in first_source.locator(".source-title").inner_text()
    )
    passage = first_source.locator("blockquote.source-text")
    assert not passage.is_visible()
    first_source.locator("summary").click()
    assert passage.is_visible()
    assert "Chuyên đề an ninh Hải Phòng" in passage.inner_text()
    # a follow-up question in the same session, without reloading the page
    page.fill("#question", "Kế hoạch này thay thế kế hoạch số mấy?")
    page.click("#ask-form button[type=submit]")
    page.locator("article.turn").nth(1).wait_for()
    assert "197/KH-UBND" in page.locator("article.turn").nth(1).inner_text()
    screenshot(page, "02-chat-answers")
    page.reload()
    assert page.locator("article.turn").count() == 2  # the transcript survives a reload

    # -- the business files a support request: one invalid field, fixed, then a code ----------------
    page.click("a.button[href='/ho-tro']")
    page.wait_for_url(base + "/ho-tro")
    for field, value in REQUESTER.items():
        page.fill(f"#f-{field}", value)
    page.select_option("#f-field", "thue")
    page.fill("#f-phone", "09-ABC")
    page.click("form.form button[type=submit]")
    error = page.locator("#e-phone")
    error.wait_for()
    assert error.inner_text() == "Số điện thoại không hợp lệ."
    assert page.locator(".field-error").count() == 1
    assert page.input_value("#f-company") == REQUESTER["company"]
    screenshot(page, "03-support-form-error")
    page.fill("#f-phone", PHONE_NUMBER)
    page.click("form.form button[type=submit]")
    page.locator("#ticket-code").wait_for()
    code = page.locator("#ticket-code").inner_text().strip()
    assert re.fullmatch(r"[A-Z]+-\d{4}-\d+", code)
    follow_url = page.locator("#follow-link").get_attribute("href")
    assert follow_url and follow_url.startswith(f"/theo-doi/{code}?t=")
    screenshot(page, "04-support-done")
    page.goto(base + follow_url)
    assert page.locator("#ticket-status").inner_text() == "Mới tiếp nhận"
    screenshot(page, "05-follow-new")

    # -- an association looks at the figures before the ticket is handled ---------------------------
    assoc = association.new_page()
    assoc.goto(base + "/danh-gia")
    sign_in(assoc, base + "/danh-gia", "hiephoi.dn")
    before = figures_row(assoc)
    assert before.get("received") == "1" and before.get("resolved") == "0"

    # -- a staff member signs in, finds it in the queue, acknowledges and resolves it with a reply ---
    desk = staff.new_page()
    desk.goto(base + "/staff")
    assert "/dang-nhap" in desk.url
    screenshot(desk, "06-login")
    sign_in(desk, base + "/staff", "thue.haiphong")
    item = desk.locator("li.queue-item", has_text=code)
    assert item.count() == 1
    screenshot(desk, "07-staff-queue")
    item.locator("a").click()
    desk.wait_for_url(re.compile(f"/staff/phieu/{code}"))
    requester_card = desk.locator("dl.requester").inner_text()
    assert REQUESTER["name"] in requester_card and PHONE_NUMBER in requester_card
    buttons = desk.locator("button[name=to]").all_inner_texts()
    assert buttons == ["Tiếp nhận", "Từ chối"]
    screenshot(desk, "08-staff-ticket-new")
    desk.click("button[name=to][value=acknowledged]")
    desk.wait_for_url(re.compile("tb=trang-thai"))
    assert desk.locator("#ticket-status").inner_text() == "Đã tiếp nhận"
    desk.click("button[name=to][value=in_progress]")
    desk.wait_for_url(re.compile("tb=trang-thai"))
    desk.fill("#reply", REPLY)
    desk.click("form[action$='/tra-loi'] button[type=submit]")
    desk.wait_for_url(re.compile("tb=tra-loi"))
    desk.fill("#note", "Đã hoàn thuế cho doanh nghiệp.")
    desk.click("button[name=to][value=resolved]")
    desk.wait_for_url(re.compile("tb=trang-thai"))
    assert desk.locator("#ticket-status").inner_text() == "Đã giải quyết"
    assert desk.locator("button[name=to]").all_inner_texts() == ["Đóng phiếu"]
    screenshot(desk, "09-staff-ticket-resolved")
    desk.goto(base + "/staff/thong-ke")
    assert desk.locator("svg.chart").count() == 2
    screenshot(desk, "10-staff-dashboard")

    # -- the business sees the reply on its link and rates it ---------------------------------------
    page.goto(base + follow_url)
    assert page.locator("#ticket-status").inner_text() == "Đã giải quyết"
    assert REPLY in page.locator("ol.thread").inner_text()
    page.check("input[name=score][value='5']")
    page.fill("#comment", "Cảm ơn cơ quan thuế đã hỗ trợ nhanh.")
    page.click("#rating-form button[type=submit]")
    page.wait_for_url(re.compile("tb=danhgia"))
    assert "Cảm ơn anh/chị đã đánh giá" in page.locator("main").inner_text()
    assert page.locator("#rating-form").count() == 0
    screenshot(page, "11-follow-rated")

    # -- the association sees the figures change, and never the requester's personal data ----------
    assoc.reload()
    after = figures_row(assoc)
    assert after == {"received": "1", "resolved": "1", "on-time-rate": "100%", "mean-rating": "5 (1 lượt)"}
    content = assoc.content()
    for personal in (
        REQUESTER["name"],
        PHONE_NUMBER,
        REQUESTER["tax_code"],
        REQUESTER["email"],
        REQUESTER["company"],
        code,
    ):
        assert personal not in content
    screenshot(assoc, "12-association-figures")
    assoc.goto(base + f"/staff/phieu/{code}")
    assert REQUESTER["name"] not in assoc.content() and PHONE_NUMBER not in assoc.content()

    # -- and files the evaluation form (Phiếu đánh giá) ---------------------------------------------
    assoc.goto(base + "/danh-gia/phieu")
    assoc.select_option("#agency", AGENCY)
    for key in ("tiep_nhan", "thoi_gian", "chat_luong", "thai_do", "minh_bach", "hai_long"):
        assoc.check(f"input[name=q_{key}][value='4']")
    screenshot(assoc, "13-evaluation-form")
    assoc.click("#evaluation-form button[type=submit]")
    assoc.wait_for_url(re.compile("tb=phieu"))
    summary = assoc.locator("#evaluation-summary tbody tr", has_text=AGENCY).inner_text()
    assert "1" in summary and "4" in summary
    screenshot(assoc, "14-evaluation-summary")

    for context in (business, staff, association):
        context.close()
