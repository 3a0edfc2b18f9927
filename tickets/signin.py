"""Staff sign-in with throttling kept in the database (shared by every worker process):

- per (user name, client address): after `free_failures` wrong passwords each further one makes that
  pair wait a growing delay (BASE_DELAY_S doubling, at most `max_delay_s`); the right password from
  another address keeps working, so nobody can lock an account from outside;
- per client address: at most `per_address_per_minute` attempts, whatever the user name (each attempt
  costs a bcrypt hash);
- the admin is alerted: a warning in the log (no user name, no address) when a pair reaches
  `alert_after` failures and every ALERT_EVERY failures after, and the list `sign_in_alerts` shown in
  the admin console and the staff API.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError

from tickets.accounts import AccountOps
from tickets.domain import StaffUser
from tickets.limits import LimitOps
from tickets.models import SignInFailure

log = logging.getLogger(__name__)

BASE_DELAY_S = 2
ALERT_EVERY = 20
FORGET_AFTER = dt.timedelta(days=1)  # failures of a pair are forgotten a day after the last one


@dataclass(frozen=True)
class SignInPolicy:
    free_failures: int = 3
    max_delay_s: int = 900
    per_address_per_minute: int = 20

    @property
    def alert_after(self) -> int:
        return self.free_failures + 2


@dataclass(frozen=True)
class SignInResult:
    user: StaffUser | None
    retry_after_s: int = 0  # > 0: wait this long before the next attempt (refused if user is None)
    refused: bool = False  # True: the password was not even checked (throttled)


@dataclass(frozen=True)
class SignInAlert:
    username: str
    address: str
    failures: int
    first_failed_at: dt.datetime
    last_failed_at: dt.datetime
    blocked_until: dt.datetime | None


def username_key(username: str) -> str:
    return username.strip().casefold()[:100]


def delay_after(failures: int, policy: SignInPolicy) -> int:
    """Seconds a pair waits after its `failures`-th wrong password."""
    extra = failures - policy.free_failures
    if extra <= 0:
        return 0
    return int(min(policy.max_delay_s, BASE_DELAY_S * 2 ** min(extra - 1, 30)))


class SignInOps(AccountOps, LimitOps):
    def sign_in(self, username: str, password: str, address: str, policy: SignInPolicy) -> SignInResult:
        address = (address or "?")[:64]
        wait = self.hit("sign_in_address", address, policy.per_address_per_minute, 60)
        if wait:
            return SignInResult(None, wait, refused=True)
        key = username_key(username)
        now = self.now()
        with self._read() as session:
            row = session.get(SignInFailure, (key, address))
            if row is not None and row.blocked_until is not None and row.blocked_until > now:
                return SignInResult(None, _seconds(row.blocked_until - now), refused=True)
        user = self.authenticate(username, password)
        if user is not None:
            with self._write() as session:
                session.execute(
                    delete(SignInFailure).where(
                        SignInFailure.username == key, SignInFailure.address == address
                    )
                )
            return SignInResult(user)
        return SignInResult(None, self._failed(key, address, policy))

    def _failed(self, key: str, address: str, policy: SignInPolicy) -> int:
        for _ in range(2):  # a concurrent first failure of the same pair inserts first: retry once
            try:
                with self._write() as session:
                    now = self.now()
                    row = session.scalars(
                        select(SignInFailure)
                        .where(SignInFailure.username == key, SignInFailure.address == address)
                        .with_for_update()
                    ).first()
                    if row is None:
                        row = SignInFailure(username=key, address=address, failures=0, first_failed_at=now)
                        session.add(row)
                    elif row.last_failed_at < now - FORGET_AFTER:
                        row.failures, row.first_failed_at = 0, now
                    row.failures += 1
                    row.last_failed_at = now
                    delay = delay_after(row.failures, policy)
                    row.blocked_until = now + dt.timedelta(seconds=delay) if delay else None
                    failures = row.failures
                break
            except IntegrityError:
                continue
        else:
            return 0
        if failures == policy.alert_after or (
            failures > policy.alert_after and (failures - policy.alert_after) % ALERT_EVERY == 0
        ):
            log.warning(
                "repeated wrong staff passwords: %d for one account from one address; "
                "see the sign-in alerts in the admin console",
                failures,
            )
        return delay

    def sign_in_alerts(self, since: dt.timedelta = FORGET_AFTER, min_failures: int = 1) -> list[SignInAlert]:
        """Pairs with recent wrong passwords, most failures first (for the admin)."""
        with self._read() as session:
            rows = session.scalars(
                select(SignInFailure)
                .where(
                    SignInFailure.last_failed_at >= self.now() - since,
                    SignInFailure.failures >= min_failures,
                )
                .order_by(SignInFailure.failures.desc(), SignInFailure.last_failed_at.desc())
                .limit(200)
            )
            return [
                SignInAlert(
                    r.username, r.address, r.failures, r.first_failed_at, r.last_failed_at, r.blocked_until
                )
                for r in rows
            ]


def _seconds(delta: dt.timedelta) -> int:
    return max(1, int(delta.total_seconds() + 0.999))
