"""Shared fixtures. Each area keeps its fixtures in its own plugin module, listed here."""

pytest_plugins = [
    "tests.fixtures_knowledge",
    "tests.fixtures_tickets",
]
