"""Backup and restore of the ticket store (tickets, history, messages, staff, outbox, everything).

- SQLite: the online backup API (a consistent copy while `serve` runs); restore = put the copy in place
  of the database file while nothing is running.
- PostgreSQL: `pg_dump --format=custom` and `pg_restore --clean --if-exists --no-owner` (the client
  tools of the server's version must be on PATH).
"""

from __future__ import annotations

import sqlite3
import subprocess
from pathlib import Path

from sqlalchemy.engine import make_url


class BackupError(RuntimeError):
    """The copy could not be made or restored (message in Vietnamese)."""


def libpq_url(url: str) -> str:
    """postgresql+psycopg://... -> postgresql://... (what pg_dump understands)."""
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def _sqlite_path(url: str) -> Path:
    database = make_url(url).database
    if not database or database == ":memory:":
        raise BackupError("Cơ sở dữ liệu SQLite trong bộ nhớ không sao lưu được.")
    return Path(database)


def _sqlite_copy(source: Path, target: Path) -> None:
    src = sqlite3.connect(str(source))
    try:
        dst = sqlite3.connect(str(target))
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()


def _run(args: list[str]) -> None:
    try:
        done = subprocess.run(args, capture_output=True, timeout=3600)
    except FileNotFoundError as exc:
        raise BackupError(f"Không tìm thấy lệnh {args[0]} (cài gói postgresql-client).") from exc
    if done.returncode != 0:
        raise BackupError(f"{args[0]} lỗi: {done.stderr.decode(errors='replace').strip()[-500:]}")


def backup(url: str, target: Path) -> Path:
    """Write a copy of the database at `url` to `target`."""
    target.parent.mkdir(parents=True, exist_ok=True)
    backend = make_url(url).get_backend_name()
    if backend == "sqlite":
        _sqlite_copy(_sqlite_path(url), target)
    elif backend == "postgresql":
        _run(["pg_dump", "--format=custom", "--no-owner", f"--file={target}", libpq_url(url)])
    else:
        raise BackupError(f"Chưa hỗ trợ sao lưu cơ sở dữ liệu {backend}.")
    target.chmod(0o600)  # it holds requesters' personal data
    return target


def restore(source: Path, url: str) -> None:
    """Replace the database at `url` with the copy in `source` (stop `serve` first)."""
    if not source.is_file():
        raise BackupError(f"Không tìm thấy tệp sao lưu {source}.")
    backend = make_url(url).get_backend_name()
    if backend == "sqlite":
        _sqlite_copy(source, _sqlite_path(url))
    elif backend == "postgresql":
        _run(
            ["pg_restore", "--clean", "--if-exists", "--no-owner", f"--dbname={libpq_url(url)}", str(source)]
        )
    else:
        raise BackupError(f"Chưa hỗ trợ khôi phục cơ sở dữ liệu {backend}.")
