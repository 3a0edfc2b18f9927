"""Alembic environment: the connection is handed in by tickets.db.migrate (config.attributes)."""

from __future__ import annotations

from alembic import context
from sqlalchemy.engine import Connection

from tickets.models import Base


def run_migrations_online() -> None:
    connection: Connection | None = context.config.attributes.get("connection")
    if connection is None:
        raise RuntimeError("tickets migrations need a connection in config.attributes['connection']")
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations_online()
