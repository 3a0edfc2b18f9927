"""Fixtures for the knowledge core (owned by the knowledge work)."""
