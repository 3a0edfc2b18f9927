"""The Alembic migrations: every table the parts share, idempotent upgrades, SQLite pragmas."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import inspect, text

from tickets.db import make_engine, migrate
from tickets.service import TicketService

SHARED = {
    "outbox",
    "conversations",
    "inbound_events",
    "channel_credentials",
    "evaluations",
    "web_transcripts",
    "rate_windows",
    "index_state",
}
OWN = {"tickets", "ticket_messages", "ticket_events", "staff_users", "ticket_counters", "alembic_version"}


def test_upgrade_creates_every_table(ticket_service: TicketService) -> None:
    tables = set(inspect(ticket_service.engine).get_table_names())
    assert tables >= SHARED | OWN
    columns = {c["name"] for c in inspect(ticket_service.engine).get_columns("outbox")}
    expected = (
        "channel recipient text ticket_id status attempts next_attempt_at last_error created_at sent_at"
    )
    assert set(expected.split()) <= columns
    indexes = {i["name"] for i in inspect(ticket_service.engine).get_indexes("tickets")}
    assert "ix_tickets_agency_status_id" in indexes


def test_upgrade_twice_is_harmless(ticket_service: TicketService) -> None:
    migrate(ticket_service.engine)
    with ticket_service.engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one() == _head()


def _head() -> str:
    from alembic.script import ScriptDirectory

    from tickets.db import alembic_config

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def test_sqlite_pragmas(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'nested' / 'db.sqlite3'}")
    with engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar_one() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar_one() == 1
    engine.dispose()


def test_sqlite_file_is_private(tmp_path: Path) -> None:
    path = tmp_path / "rieng" / "db.sqlite3"
    engine = make_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE t (x INTEGER)"))
        conn.execute(text("INSERT INTO t VALUES (1)"))
        assert (path.stat().st_mode & 0o777) == 0o600
        assert (Path(f"{path}-wal").stat().st_mode & 0o777) == 0o600
    engine.dispose()
    old = tmp_path / "cu.sqlite3"
    old.touch()
    old.chmod(0o644)  # a file made before: others could read it
    make_engine(f"sqlite:///{old}").dispose()
    assert (old.stat().st_mode & 0o777) == 0o600


def test_upgrade_to_0002_keeps_one_evaluation_per_account_and_forgets_web_session_ids(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'cu.sqlite3'}")
    migrate(engine, "0001")
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO staff_users (id, username, password_hash, role, active, created_at) "
                "VALUES (1, 'hiephoi', 'x', 'association', 1, '2026-01-01')"
            )
        )
        for answers in ('{"a": 1}', '{"a": 5}'):
            conn.execute(
                text(
                    "INSERT INTO evaluations (agency, year, quarter, user_id, answers, created_at) "
                    "VALUES ('Sở Xây dựng', 2026, 1, 1, :answers, '2026-01-02')"
                ),
                {"answers": answers},
            )
    migrate(engine)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT answers FROM evaluations")).scalars().all() == ['{"a": 5}']
    engine.dispose()
