"""Working days: weekends, Tết, the city's days off, the pause while waiting for the requester."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.fixtures_tickets import FakeClock, vn_time
from tests.tickets.helpers import coordinator, create
from tickets.deadlines import WorkingCalendar, local_date
from tickets.domain import TicketFilters
from tickets.service import TicketService

D = dt.date


def test_weekend_is_skipped() -> None:
    cal = WorkingCalendar()
    assert cal.add_working_days(D(2026, 3, 6), 1) == D(2026, 3, 9)  # Friday -> Monday
    assert cal.add_working_days(D(2026, 3, 7), 1) == D(2026, 3, 9)  # Saturday -> Monday
    assert cal.add_working_days(D(2026, 3, 2), 5) == D(2026, 3, 9)  # Monday + 5 -> next Monday
    assert cal.working_days_between(D(2026, 3, 6), D(2026, 3, 9)) == 1


def test_tet_is_skipped() -> None:
    cal = WorkingCalendar()
    # Tết Bính Ngọ: 16-20/02/2026 are public holidays; Friday 13/02 + 1 working day -> Monday 23/02.
    assert not cal.is_working_day(D(2026, 2, 17))
    assert cal.add_working_days(D(2026, 2, 13), 1) == D(2026, 2, 23)
    assert cal.add_working_days(D(2026, 2, 12), 5) == D(2026, 2, 26)
    assert cal.working_days_between(D(2026, 2, 13), D(2026, 2, 27)) == 5


def test_city_days_off_and_make_up_days_as_data(tmp_path: Path) -> None:
    data = tmp_path / "days.csv"
    data.write_text(
        "date,kind,name\n2026-05-13,off,Ngày nghỉ của thành phố\n2026-05-16,work,Làm bù\n", "utf-8"
    )
    cal = WorkingCalendar.load(data)
    assert not cal.is_working_day(D(2026, 5, 13))
    assert cal.is_working_day(D(2026, 5, 16))  # a Saturday worked in exchange
    assert cal.add_working_days(D(2026, 5, 12), 1) == D(2026, 5, 14)


def test_shipped_city_days_off_file_loads() -> None:
    assert WorkingCalendar.load().is_working_day(D(2026, 3, 2))


def test_local_date_is_vietnam_time() -> None:
    assert local_date(dt.datetime(2026, 3, 1, 18, 0)) == D(2026, 3, 2)  # 01:00 on the 2nd in Hà Nội time


def test_deadlines_of_a_ticket_created_on_friday(
    ticket_service: TicketService, ticket_clock: FakeClock
) -> None:
    ticket_clock.set(vn_time(2026, 3, 6, 16))  # Friday afternoon
    created = create(ticket_service)  # thuế: 5 working days
    assert created.due == D(2026, 3, 13)
    user = coordinator(ticket_service)
    view = ticket_service.staff_get(user, created.code)
    assert view.summary.ack_due == D(2026, 3, 9)


def test_deadline_across_tet(ticket_service: TicketService, ticket_clock: FakeClock) -> None:
    ticket_clock.set(vn_time(2026, 2, 13, 10))
    created = create(ticket_service)
    assert created.due == D(2026, 2, 27)


def test_pause_while_waiting_pushes_the_deadline(
    ticket_service: TicketService, ticket_clock: FakeClock
) -> None:
    user = coordinator(ticket_service)
    created = create(ticket_service)  # Monday 02/03 -> due Monday 09/03
    assert created.due == D(2026, 3, 9)
    for step in ("acknowledged", "in_progress", "waiting_requester"):
        ticket_service.transition(user, created.code, step)
    ticket_clock.set(vn_time(2026, 3, 5))  # Thursday: 3 working days paused (Tue, Wed, Thu)
    view = ticket_service.transition(user, created.code, "in_progress")
    assert view.summary.due == D(2026, 3, 12)
    ticket_clock.set(vn_time(2026, 3, 11))
    resolved = ticket_service.transition(user, created.code, "resolved")
    assert resolved.summary.due == D(2026, 3, 12)
    report = ticket_service.quarterly_report(2026, 1)
    assert report.total.on_time == 1
    assert report.total.median_days_to_resolve == 4.0  # 7 working days minus 3 paused


def test_requester_reply_ends_the_pause(ticket_service: TicketService, ticket_clock: FakeClock) -> None:
    user = coordinator(ticket_service)
    created = create(ticket_service)
    for step in ("acknowledged", "in_progress", "waiting_requester"):
        ticket_service.transition(user, created.code, step)
    ticket_clock.set(vn_time(2026, 3, 9))  # next Monday: 5 working days paused
    view = ticket_service.requester_message(created.code, created.token, "Tôi đã bổ sung tờ khai.")
    assert view.status == "in_progress"
    assert view.due == D(2026, 3, 16)


def test_overdue_is_flagged_and_listed(ticket_service: TicketService, ticket_clock: FakeClock) -> None:
    user = coordinator(ticket_service)
    late = create(ticket_service)
    ticket_clock.set(vn_time(2026, 3, 4))
    fresh = create(ticket_service, "Cần hướng dẫn thủ tục cấp phép xây dựng kho lạnh mới")
    # 04/03: `late` was due for acknowledgement on 03/03 -> overdue; `fresh` is not.
    overdue = ticket_service.staff_list(user, TicketFilters(overdue=True))
    assert [i.code for i in overdue.items] == [late.code]
    assert overdue.items[0].overdue
    on_time = ticket_service.staff_list(user, TicketFilters(overdue=False))
    assert [i.code for i in on_time.items] == [fresh.code]
    # Acknowledged in time for the resolution deadline: no longer overdue until 09/03 has passed.
    ticket_service.transition(user, late.code, "acknowledged")
    assert ticket_service.staff_list(user, TicketFilters(overdue=True)).items == []
    ticket_clock.set(vn_time(2026, 3, 10))
    # 10/03: `late` passed its resolution deadline (09/03); `fresh` was never acknowledged (due 05/03).
    listed = ticket_service.staff_list(user, TicketFilters(overdue=True)).items
    assert [i.code for i in listed] == [fresh.code, late.code]


def test_waiting_tickets_are_not_overdue(ticket_service: TicketService, ticket_clock: FakeClock) -> None:
    user = coordinator(ticket_service)
    created = create(ticket_service)
    for step in ("acknowledged", "in_progress", "waiting_requester"):
        ticket_service.transition(user, created.code, step)
    ticket_clock.set(vn_time(2026, 4, 1))
    assert ticket_service.staff_list(user, TicketFilters(overdue=True)).items == []
