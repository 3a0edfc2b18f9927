"""Staff accounts and their bearer tokens."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from tickets.auth import decode_access_token, issue_access_token
from tickets.errors import Conflict, ValidationFailed
from tickets.models import StaffAccount
from tickets.service import TicketService


def test_add_and_authenticate(ticket_service: TicketService) -> None:
    user = ticket_service.add_staff("thue01", "mat-khau-du-dai", "agency", "Cục Thuế")
    assert (user.role.value, user.agency) == ("agency", "Thuế thành phố")
    with ticket_service.session() as session:
        stored = session.scalars(select(StaffAccount)).one().password_hash
    assert stored.startswith("$2") and "mat-khau-du-dai" not in stored
    assert ticket_service.authenticate("thue01", "mat-khau-du-dai") == user
    assert ticket_service.authenticate("thue01", "sai-mat-khau") is None
    assert ticket_service.authenticate("khong-co", "mat-khau-du-dai") is None
    assert ticket_service.get_staff(user.id) == user
    assert ticket_service.list_staff() == [user]


@pytest.mark.parametrize(
    ("args", "field"),
    [
        (("a", "ngan", "admin", None), "password"),
        (("a", "mat-khau-du-dai", "boss", None), "role"),
        (("a", "mat-khau-du-dai", "agency", None), "agency"),
        (("a", "mat-khau-du-dai", "agency", "Bộ Tài chính"), "agency"),
        (("  ", "mat-khau-du-dai", "admin", None), "username"),
    ],
)
def test_invalid_accounts(
    ticket_service: TicketService, args: tuple[str, str, str, str | None], field: str
) -> None:
    with pytest.raises(ValidationFailed) as err:
        ticket_service.add_staff(*args)
    assert err.value.field == field


def test_duplicate_username(ticket_service: TicketService) -> None:
    ticket_service.add_staff("dp", "mat-khau-du-dai", "coordinator")
    with pytest.raises(Conflict):
        ticket_service.add_staff("dp", "mat-khau-khac-1", "admin")


def test_tokens(sqlite_ticket_service: TicketService) -> None:
    user = sqlite_ticket_service.add_staff("hh", "mat-khau-du-dai", "association")
    token = issue_access_token(user, "khoa")
    claims = decode_access_token(token, "khoa")
    assert claims is not None and (claims.user_id, claims.role.value) == (user.id, "association")
    assert decode_access_token(token, "khoa-khac") is None
    assert decode_access_token(token[:-2] + "xx", "khoa") is None
    assert decode_access_token(issue_access_token(user, "khoa", ttl=dt.timedelta(seconds=-5)), "khoa") is None
