"""Typed errors of the ticket service; the HTTP layer maps them to 404/403/409/422."""

from __future__ import annotations


class TicketError(Exception):
    """Base class. `message` is Vietnamese and safe to show to the user."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class NotFound(TicketError):
    pass


class Forbidden(TicketError):
    pass


class InvalidTransition(TicketError):
    pass


class Conflict(TicketError):
    """A request that contradicts stored state (e.g. an Idempotency-Key reused with another body)."""


class ValidationFailed(TicketError):
    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


class TooManyRequests(TicketError):
    """A limit reached (tickets per requester an hour, sign-in attempts); try again after `retry_after_s`."""

    def __init__(self, message: str, retry_after_s: int) -> None:
        super().__init__(message)
        self.retry_after_s = max(1, int(retry_after_s))
