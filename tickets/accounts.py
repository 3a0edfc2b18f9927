"""Staff accounts: creation, password check, look-up, and the admin's changes (disable, enable, role,
password reset). Each change bumps the account's session epoch: its tokens and sessions end at once."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import cache

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError

from tickets.domain import Role, StaffUser
from tickets.errors import Conflict, NotFound, ValidationFailed
from tickets.models import RevokedSession, StaffAccount
from tickets.repository import TicketRepository
from tickets.security import check_password, hash_password

MIN_PASSWORD = 8


@cache
def _dummy_hash() -> str:
    return hash_password("not-a-real-password")


def _user(account: StaffAccount) -> StaffUser:
    return StaffUser(
        id=account.id,
        username=account.username,
        role=Role(account.role),
        agency=account.agency,
        session_epoch=account.session_epoch,
        active=account.active,
    )


def _password(password: str) -> str:
    if len(password) < MIN_PASSWORD:
        raise ValidationFailed("password", f"Trường 'password' (mật khẩu): tối thiểu {MIN_PASSWORD} ký tự.")
    return hash_password(password)


def _role(role: str) -> Role:
    try:
        return Role(role)
    except ValueError:
        raise ValidationFailed(
            "role", "Trường 'role' (vai trò): phải là coordinator, agency, association hoặc admin."
        ) from None


class AccountOps(TicketRepository):
    def add_staff(self, username: str, password: str, role: str, agency: str | None = None) -> StaffUser:
        username = username.strip()
        if not username or len(username) > 100:
            raise ValidationFailed("username", "Trường 'username' (tên đăng nhập): không hợp lệ.")
        hashed = _password(password)
        parsed = _role(role)
        canonical = self._agency_of(parsed, agency)
        account = StaffAccount(username=username, password_hash=hashed, role=parsed.value, agency=canonical)
        try:
            with self._write() as session:
                session.add(account)
                session.flush()
                return _user(account)
        except IntegrityError:
            raise Conflict(f"Tên đăng nhập {username} đã tồn tại.") from None

    def _agency_of(self, role: Role, agency: str | None) -> str | None:
        if role is not Role.AGENCY:
            return None
        canonical = self.router.agency_name(agency or "")
        if canonical is None:
            raise ValidationFailed(
                "agency", "Trường 'agency' (cơ quan): cán bộ cơ quan phải thuộc một cơ quan."
            )
        return canonical

    def _change(self, username: str, change: Callable[[StaffAccount], None]) -> StaffUser:
        with self._write() as session:
            account = session.scalars(
                select(StaffAccount).where(StaffAccount.username == username.strip()).with_for_update()
            ).first()
            if account is None:
                raise NotFound(f"Không có tài khoản cán bộ {username.strip()}.")
            change(account)
            account.session_epoch += 1  # every token and session of the account ends now
            session.flush()
            return _user(account)

    def disable_staff(self, username: str) -> StaffUser:
        return self._change(username, lambda a: setattr(a, "active", False))

    def enable_staff(self, username: str) -> StaffUser:
        return self._change(username, lambda a: setattr(a, "active", True))

    def set_role(self, username: str, role: str, agency: str | None = None) -> StaffUser:
        parsed = _role(role)
        canonical = self._agency_of(parsed, agency)

        def change(account: StaffAccount) -> None:
            account.role, account.agency = parsed.value, canonical

        return self._change(username, change)

    def reset_password(self, username: str, password: str) -> StaffUser:
        hashed = _password(password)
        return self._change(username, lambda a: setattr(a, "password_hash", hashed))

    def staff_session(self, user_id: int, epoch: int, session_id: str) -> StaffUser | None:
        """The account a token or session cookie names, if it is active, the session is of its current
        epoch and was not signed out."""
        with self._read() as session:
            account = session.get(StaffAccount, user_id)
            if account is None or not account.active or account.session_epoch != epoch:
                return None
            if session.get(RevokedSession, session_id) is not None:
                return None
            return _user(account)

    def revoke_session(self, session_id: str, expires_at: dt.datetime) -> None:
        """Sign one token or session out; forget sign-outs whose sessions have expired anyway."""
        now = self.now()
        with self._write() as session:
            session.execute(delete(RevokedSession).where(RevokedSession.expires_at < now))
            if session.get(RevokedSession, session_id) is None:
                session.add(RevokedSession(jti=session_id[:64], expires_at=expires_at))

    def authenticate(self, username: str, password: str) -> StaffUser | None:
        with self._read() as session:
            account = session.scalars(
                select(StaffAccount).where(StaffAccount.username == username.strip())
            ).first()
            if account is None or not account.active:
                check_password(password, _dummy_hash())  # same cost either way
                return None
            return _user(account) if check_password(password, account.password_hash) else None

    def get_staff(self, user_id: int) -> StaffUser | None:
        with self._read() as session:
            account = session.get(StaffAccount, user_id)
            return _user(account) if account is not None and account.active else None

    def list_staff(self) -> list[StaffUser]:
        with self._read() as session:
            return [_user(a) for a in session.scalars(select(StaffAccount).order_by(StaffAccount.username))]
