"""/nhiem-vu: an agency's tasks as a table (any spelling), filters, plans, the XLSX of the same rows."""

from __future__ import annotations

import io
import re
from pathlib import Path

from fastapi.testclient import TestClient
from openpyxl import load_workbook

from api.app import create_app
from api.config import Settings
from knowledge.duties import DutiesBook

ROW = re.compile(r'<tr class="duty-row" data-role="(\w+)">\s*<td[^>]*>.*?</td>\s*<td[^>]*>([^<]*)</td>', re.S)


def _client(data_dir: Path) -> TestClient:
    return TestClient(create_app(Settings(data_dir=data_dir, cookie_secure=False)))


def test_any_spelling_finds_the_agency_and_the_table_holds_its_tasks_with_roles(
    shipped_records_dir: Path,
) -> None:
    expected = DutiesBook.open(shipped_records_dir).lookup("Sở Tài chính")
    with _client(shipped_records_dir) as client:
        page = client.get("/nhiem-vu", params={"co-quan": "so tai chinh"})
        assert page.status_code == 200
        assert '<h2 id="agency-name">Sở Tài chính</h2>' in page.text
        rows = ROW.findall(page.text)
        assert rows == [(t.role, t.number) for t in expected.tasks]
        assert {"lead", "cooperate", "shared"} <= {role for role, _ in rows}
        # the plan in force comes first and is labelled so
        first_plan = page.text.index('class="plan-group"')
        assert "đang có hiệu lực" in page.text[first_plan : first_plan + 400]
        assert page.text.count('passage-link"') == len(rows)


def test_filters_by_role_and_text(shipped_records_dir: Path) -> None:
    with _client(shipped_records_dir) as client:
        led = client.get("/nhiem-vu", params={"co-quan": "STC", "vai-tro": "lead"})
        roles = {role for role, _ in ROW.findall(led.text)}
        assert roles == {"lead"}
        everything = ROW.findall(client.get("/nhiem-vu", params={"co-quan": "STC"}).text)
        narrowed = ROW.findall(client.get("/nhiem-vu", params={"co-quan": "STC", "tim": "thuế"}).text)
        assert 0 < len(narrowed) < len(everything)
        none = client.get("/nhiem-vu", params={"co-quan": "STC", "tim": "tàu vũ trụ"})
        assert 'id="no-rows"' in none.text


def test_an_unknown_agency_gets_suggestions_not_a_table(shipped_records_dir: Path) -> None:
    with _client(shipped_records_dir) as client:
        page = client.get("/nhiem-vu", params={"co-quan": "Bộ Quốc phòng"})
        assert page.status_code == 404
        assert 'id="not-found"' in page.text and "duty-row" not in page.text and "Gợi ý" in page.text
        empty = client.get("/nhiem-vu")
        assert empty.status_code == 200 and 'list="agency-names"' in empty.text
        assert '<option value="Sở Tài chính">' in empty.text


def test_xlsx_holds_the_same_rows_as_the_table(shipped_records_dir: Path) -> None:
    with _client(shipped_records_dir) as client:
        params = {"co-quan": "Sở TC", "vai-tro": "cooperate"}
        table = ROW.findall(client.get("/nhiem-vu", params=params).text)
        response = client.get("/nhiem-vu.xlsx", params=params)
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("application/vnd.openxmlformats")
        assert "nhiem-vu-so-tai-chinh.xlsx" in response.headers["content-disposition"]
        sheet = load_workbook(io.BytesIO(response.content))["Nhiệm vụ"]
        values = list(sheet.iter_rows(min_row=3, values_only=True))
        assert [(r[1], str(r[2])) for r in values] == [("Phối hợp", number) for _, number in table]
        assert len(values) == len(table) > 0
