"""Fixtures for the ticket store: SQLite and PostgreSQL databases (owned by the tickets work)."""
