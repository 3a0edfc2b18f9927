"""Engine creation (SQLite pragmas, PostgreSQL) and the programmatic Alembic upgrade."""

from __future__ import annotations

import contextlib
import logging
import os
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


class _NoRowData(logging.Filter):
    """SQLAlchemy logs result rows at DEBUG: they hold personal data, so they never reach a handler."""

    def filter(self, record: logging.LogRecord) -> bool:
        return record.levelno > logging.DEBUG


def _protect_logs() -> None:
    engine_logger = logging.getLogger("sqlalchemy.engine.Engine")
    if not any(isinstance(f, _NoRowData) for f in engine_logger.filters):
        engine_logger.addFilter(_NoRowData())


def make_engine(url: str) -> Engine:
    """An engine for `url`. SQLite gets WAL, foreign keys, a busy timeout and BEGIN IMMEDIATE for writes.

    Bound parameters are never logged nor put into error messages: they carry personal data.
    """
    _protect_logs()
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database or ""
        if database and database != ":memory:" and not database.startswith("file:"):
            _private_file(Path(database).expanduser())
        engine = create_engine(
            url, connect_args={"check_same_thread": False, "timeout": 30}, hide_parameters=True
        )
        _sqlite_events(engine)
        return engine
    return create_engine(url, pool_pre_ping=True, pool_size=10, max_overflow=20, hide_parameters=True)


def _private_file(path: Path) -> None:
    """Create the SQLite file readable by its owner only (0600; its -wal and -shm files take the same
    mode); an existing file of ours that others could read is made private."""
    path.parent.mkdir(parents=True, exist_ok=True)
    os.close(os.open(path, os.O_CREAT | os.O_RDWR, 0o600))
    for name in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        with contextlib.suppress(OSError):  # a file of another owner is left as it is
            if name.exists() and name.stat().st_mode & 0o077:
                name.chmod(0o600)


def _sqlite_events(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # we emit BEGIN ourselves (below)
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        # Writers take the write lock up front: no deadlock when two readers try to upgrade.
        if connection.get_execution_options().get("sqlite_immediate"):
            connection.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            connection.exec_driver_sql("BEGIN")


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def migrate(engine: Engine, revision: str = "head") -> None:
    """Upgrade the schema to `revision` (idempotent)."""
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
