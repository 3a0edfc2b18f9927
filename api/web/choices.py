"""Choice lists for the forms, from the tickets routing table (tickets/data via tickets.routing.Router)."""

from __future__ import annotations

from functools import cache

from tickets.routing import Router


@cache
def _router() -> Router:
    return Router.load()


def fields() -> tuple[tuple[str, str], ...]:
    """(field key, Vietnamese label with a capital letter) pairs."""
    return tuple((f.key, f.label[:1].upper() + f.label[1:]) for f in _router().fields.values())


def agencies() -> tuple[str, ...]:
    return tuple(_router().agencies)


def field_label(key: str) -> str:
    return dict(fields()).get(key, key)
