"""The ticket workflow: which staff transitions are legal."""

from __future__ import annotations

from tickets.domain import Status

S = Status
TRANSITIONS: dict[Status, frozenset[Status]] = {
    S.NEW: frozenset({S.ACKNOWLEDGED, S.REJECTED}),
    S.ACKNOWLEDGED: frozenset({S.IN_PROGRESS, S.REJECTED}),
    S.IN_PROGRESS: frozenset({S.WAITING_REQUESTER, S.RESOLVED, S.REJECTED}),
    S.WAITING_REQUESTER: frozenset({S.IN_PROGRESS, S.RESOLVED, S.REJECTED}),
    S.RESOLVED: frozenset({S.CLOSED}),
    S.CLOSED: frozenset(),
    S.REJECTED: frozenset(),
}
REOPENABLE = frozenset({S.RESOLVED})
REOPEN_WINDOW_DAYS = 7


def is_legal(current: Status, target: Status) -> bool:
    return target in TRANSITIONS[current]
