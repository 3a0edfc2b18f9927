"""The quarterly report: counts, on-time, overdue, median working days and mean rating per agency/field."""

from __future__ import annotations

import csv
import io

import openpyxl
import pytest

from tests.fixtures_tickets import FakeClock, vn_time
from tests.tickets.helpers import coordinator, create
from tickets.errors import ValidationFailed
from tickets.service import TicketService


def test_quarterly_numbers(ticket_service: TicketService, ticket_clock: FakeClock) -> None:
    user = coordinator(ticket_service)
    fast, slow, waiting = create(ticket_service), create(ticket_service), create(ticket_service)
    fire = create(ticket_service, "Thẩm duyệt phòng cháy chữa cháy nhà kho")
    for code in (fast.code, slow.code, waiting.code):
        ticket_service.transition(user, code, "acknowledged")
        ticket_service.transition(user, code, "in_progress")
    ticket_clock.set(vn_time(2026, 3, 4))  # 2 working days
    ticket_service.transition(user, fast.code, "resolved")
    ticket_service.rate(fast.code, fast.token, 5)
    ticket_clock.set(vn_time(2026, 3, 12))  # 8 working days: late (due 09/03)
    ticket_service.transition(user, slow.code, "resolved")
    ticket_service.rate(slow.code, slow.token, 2)
    ticket_clock.set(vn_time(2026, 4, 2))  # 1 April: the whole first quarter is over
    create(ticket_service)  # second quarter: not counted in Q1
    report = ticket_service.quarterly_report(2026, 1)
    rows = {(r.agency, r.field): r for r in report.rows}
    tax = rows[("Thuế thành phố", "thuế")]
    assert (tax.received, tax.resolved, tax.on_time) == (3, 2, 1)
    assert tax.overdue == 2  # `slow` resolved late, `waiting` still open past its deadline on 31/03
    assert tax.median_days_to_resolve == 5.0  # median of 2 and 8
    assert tax.mean_rating == 3.5
    fire_row = rows[("Công an thành phố", "phòng cháy chữa cháy")]
    assert (fire_row.received, fire_row.resolved, fire_row.overdue) == (1, 0, 1)
    assert report.total.received == 4
    assert ticket_service.quarterly_report(2026, 2).total.received == 1
    year = ticket_service.annual_report(2026)
    assert (year.quarter, year.total.received, year.total.resolved) == (None, 5, 2)
    assert fire.code.startswith("CTC-2026-")

    table = list(csv.reader(io.StringIO(report.to_csv())))
    assert table[0][0] == "Cơ quan" and table[-1][:3] == ["Tổng cộng", "tất cả", "4"]
    sheet = openpyxl.load_workbook(io.BytesIO(report.to_xlsx())).active
    assert sheet is not None
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    assert values[1][0] == "Cơ quan" and values[-1][2] == 4


def test_bad_quarter(ticket_service: TicketService) -> None:
    with pytest.raises(ValidationFailed) as err:
        ticket_service.quarterly_report(2026, 5)
    assert err.value.field == "quarter"
