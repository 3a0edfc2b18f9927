"""The associations' pages: per-agency figures without personal data, the evaluation form and its
per-agency, per-quarter summary; role rules."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.api.pages_helpers import PASSWORD, VALID_REQUEST, Web, matched, new_client, running_app
from tickets.domain import TicketCreate

PERSONAL = ("Nguyễn Thị Hoa", "0912345678", "0201234567", "hoa@cangxanh.vn", "Công ty TNHH Cảng Xanh")


@pytest.fixture
def web(tmp_path: Path) -> Iterator[Web]:
    with running_app(tmp_path) as w:
        w.svc.add_staff("dieuphoi", PASSWORD, "coordinator")
        w.svc.add_staff("thue", PASSWORD, "agency", "Thuế thành phố")
        w.svc.add_staff("hiephoi", PASSWORD, "association")
        w.svc.add_staff("hiephoi2", PASSWORD, "association")
        yield w


def this_quarter() -> tuple[int, int]:
    today = dt.date.today()
    return today.year, (today.month - 1) // 3 + 1


def row_of(html: str, agency: str) -> dict[str, str]:
    match = re.search(rf'<tr data-agency="{re.escape(agency)}">(.*?)</tr>', html, re.S)
    assert match, f"no row for {agency}"
    cells = dict(re.findall(r'<td class="([a-z-]+)"[^>]*>(.*?)</td>', match.group(1), re.S))
    return {k: re.sub(r"<[^>]+>", "", v).strip() for k, v in cells.items()}


def resolved_ticket(web: Web, score: int) -> str:
    created = web.svc.create(TicketCreate.model_validate(VALID_REQUEST), channel="web")
    officer = web.staff("thue")
    web.svc.transition(officer, created.code, "acknowledged")
    web.svc.transition(officer, created.code, "in_progress")
    web.svc.transition(officer, created.code, "resolved", "Đã hoàn thuế cho doanh nghiệp.")
    web.svc.rate(created.code, created.token, score, None)
    return created.code


def test_figures_change_and_never_show_personal_data(web: Web) -> None:
    web.login("hiephoi")
    year, quarter = this_quarter()
    page = f"/danh-gia?year={year}&quarter={quarter}"
    assert "Chưa có yêu cầu trong kỳ" in web.client.get(page).text
    code = resolved_ticket(web, 4)
    web.svc.create(TicketCreate.model_validate(VALID_REQUEST), channel="web")
    html = web.client.get(page).text
    row = row_of(html, "Thuế thành phố")
    assert row["received"] == "2" and row["resolved"] == "1"
    assert row["on-time-rate"] == "100%"
    assert row["mean-rating"].startswith("4")
    assert html.count('<svg class="chart"') == 3
    for secret in (*PERSONAL, code, "Chậm hoàn thuế", "Hồ sơ hoàn thuế GTGT"):
        assert secret not in html


def test_association_pages_have_no_personal_data_even_for_staff_viewers(web: Web) -> None:
    resolved_ticket(web, 5)
    web.login("hiephoi")
    coordinator = new_client(web)
    coordinator.login("dieuphoi")
    for viewer in (web, coordinator):
        html = viewer.client.get("/danh-gia").text
        assert "Thuế thành phố" in html
        for secret in PERSONAL:
            assert secret not in html


def test_agency_officer_cannot_open_association_pages(web: Web) -> None:
    web.login("thue")
    for path in ("/danh-gia", "/danh-gia/phieu", "/danh-gia/bao-cao"):
        assert web.client.get(path).status_code == 403


def test_association_downloads_the_aggregate_report_without_personal_data(web: Web) -> None:
    resolved_ticket(web, 4)
    web.login("hiephoi")
    year, quarter = this_quarter()
    csv_text = web.client.get(f"/danh-gia/bao-cao?year={year}&quarter={quarter}&format=csv").content.decode(
        "utf-8-sig"
    )
    assert "Thuế thành phố" in csv_text
    for secret in PERSONAL:
        assert secret not in csv_text
    xlsx = web.client.get(f"/danh-gia/bao-cao?year={year}&quarter={quarter}&format=xlsx")
    assert xlsx.headers["content-type"].startswith("application/vnd.openxmlformats")


def test_anonymous_visitor_is_sent_to_sign_in(web: Web) -> None:
    response = web.client.get("/danh-gia", follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"].startswith(
        "/dang-nhap?next=/danh-gia"
    )


def test_evaluation_form_validates_stores_and_summarises(web: Web) -> None:
    web.login("hiephoi")
    year, quarter = this_quarter()
    form = {
        "agency": "Thuế thành phố",
        "year": str(year),
        "quarter": str(quarter),
        "comment": "Phản hồi nhanh",
    }
    answers = {
        "q_tiep_nhan": "5",
        "q_thoi_gian": "4",
        "q_chat_luong": "4",
        "q_thai_do": "5",
        "q_minh_bach": "3",
    }
    missing = web.post("/danh-gia/phieu", {**form, **answers}, page="/danh-gia/phieu")
    assert missing.status_code == 422
    assert "Vui lòng chọn một mức đánh giá từ 1 đến 5." in missing.text
    assert 'value="5" checked' in missing.text  # the answers given are kept
    bad_agency = web.post(
        "/danh-gia/phieu",
        {**form, **answers, "q_hai_long": "4", "agency": "Cơ quan lạ"},
        page="/danh-gia/phieu",
    )
    assert "Vui lòng chọn cơ quan được đánh giá." in bad_agency.text
    saved = web.post("/danh-gia/phieu", {**form, **answers, "q_hai_long": "4"}, page="/danh-gia/phieu")
    assert saved.status_code == 200 and "Đã lưu phiếu đánh giá" in saved.text
    other = new_client(web)
    other.login("hiephoi2")
    second = {**answers, "q_tiep_nhan": "3", "q_hai_long": "2"}
    other.post("/danh-gia/phieu", {**form, **second}, page="/danh-gia/phieu")
    cells = summary_cells(web, year, quarter)
    assert cells[0] == f"Quý {quarter}/{year}"
    assert cells[1] == "2"  # two forms
    assert cells[2] == "4"  # tiếp nhận: (5 + 3) / 2
    assert cells[7] == "3"  # hài lòng chung: (4 + 2) / 2


def summary_cells(web: Web, year: int, quarter: int) -> list[str]:
    html = web.client.get(f"/danh-gia?year={year}&quarter={quarter}").text
    table = matched(r'id="evaluation-summary">(.*?)</table>', html, re.S)
    row = matched(r"<tr><th scope=\"row\">Thuế thành phố</th>(.*?)</tr>", table, re.S)
    return [re.sub(r"<[^>]+>", "", c).strip() for c in re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)]


def test_one_evaluation_per_account_agency_and_quarter(web: Web) -> None:
    web.login("hiephoi")
    year, quarter = this_quarter()
    form = {"agency": "Thuế thành phố", "year": str(year), "quarter": str(quarter)}
    first = {f"q_{key}": "5" for key in ("tiep_nhan", "thoi_gian", "chat_luong", "thai_do", "minh_bach")}
    for score in ("5", "1", "2"):  # submitted three times: the last one counts, once
        answers = {**first, "q_tiep_nhan": score, "q_hai_long": score}
        saved = web.post("/danh-gia/phieu", {**form, **answers}, page="/danh-gia/phieu")
        assert saved.status_code == 200
    cells = summary_cells(web, year, quarter)
    assert cells[1] == "1"  # one form
    assert cells[2] == "2" and cells[7] == "2"


def test_only_associations_submit_the_form(web: Web) -> None:
    web.login("dieuphoi")
    assert web.client.get("/danh-gia").status_code == 200
    assert web.client.get("/danh-gia/phieu").status_code == 403
