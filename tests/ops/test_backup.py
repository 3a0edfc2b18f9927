"""Backup and restore of the ticket store: the copy restored into an empty database holds the same
tickets, history and messages (SQLite backup API; pg_dump / pg_restore)."""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest
from sqlalchemy import select

from bench.stack import postgres_database
from tests.tickets.helpers import coordinator, create
from tickets.backup import BackupError, backup, restore
from tickets.models import Ticket, TicketEvent, TicketMessage
from tickets.service import TicketService


def _snapshot(service: TicketService) -> dict[str, list[tuple[object, ...]]]:
    with service.read_session() as s:
        return {
            "tickets": [
                (t.code, t.status, t.agency, t.requester_name, t.phone, t.token_hash)
                for t in s.scalars(select(Ticket).order_by(Ticket.id))
            ],
            "events": [
                (e.ticket_id, e.action, e.from_value, e.to_value, e.note)
                for e in s.scalars(select(TicketEvent).order_by(TicketEvent.id))
            ],
            "messages": [
                (m.ticket_id, m.text) for m in s.scalars(select(TicketMessage).order_by(TicketMessage.id))
            ],
        }


def _fill(service: TicketService) -> None:
    boss = coordinator(service)
    first = create(service).code
    create(service, "Vướng mắc thủ tục phòng cháy chữa cháy cho kho hàng")
    service.transition(boss, first, "acknowledged", "Đã tiếp nhận.")
    service.staff_message(boss, first, "Đề nghị bổ sung biên bản kiểm tra.", internal=False)


def test_backup_then_restore_gives_the_same_tickets_and_history(
    ticket_service: TicketService, tickets_db_url: str, tmp_path: Path
) -> None:
    _fill(ticket_service)
    before = _snapshot(ticket_service)
    assert len(before["tickets"]) == 2 and len(before["events"]) >= 3 and before["messages"]
    copy = backup(tickets_db_url, tmp_path / "ban-sao.dump")
    assert copy.stat().st_mode & 0o077 == 0
    create(ticket_service, "Phiếu tạo sau khi sao lưu, không có trong bản sao")

    if tickets_db_url.startswith("sqlite"):
        target_cm: contextlib.AbstractContextManager[str] = contextlib.nullcontext(
            f"sqlite:///{tmp_path / 'khoi-phuc.sqlite3'}"
        )
    else:
        target_cm = postgres_database("trolyao_restore")
    with target_cm as target:
        restore(copy, target)
        restored = TicketService.open(target, secret="test-secret", migrate=True)
        try:
            assert _snapshot(restored) == before
        finally:
            restored.close()


def test_restore_of_a_missing_file_says_so(tmp_path: Path) -> None:
    with pytest.raises(BackupError, match="Không tìm thấy tệp sao lưu"):
        restore(tmp_path / "khong-co.dump", f"sqlite:///{tmp_path / 'x.sqlite3'}")
