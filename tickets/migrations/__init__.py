"""Alembic migrations of the ticket store (run programmatically by tickets.db.migrate)."""
