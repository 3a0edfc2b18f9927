"""Staff accounts: creation, password check, look-up."""

from __future__ import annotations

from functools import cache

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from tickets.domain import Role, StaffUser
from tickets.errors import Conflict, ValidationFailed
from tickets.models import StaffAccount
from tickets.security import check_password, hash_password
from tickets.store import Core

MIN_PASSWORD = 8


@cache
def _dummy_hash() -> str:
    return hash_password("not-a-real-password")


def _user(account: StaffAccount) -> StaffUser:
    return StaffUser(id=account.id, username=account.username, role=Role(account.role), agency=account.agency)


class AccountOps(Core):
    def add_staff(self, username: str, password: str, role: str, agency: str | None = None) -> StaffUser:
        username = username.strip()
        if not username or len(username) > 100:
            raise ValidationFailed("username", "Trường 'username' (tên đăng nhập): không hợp lệ.")
        if len(password) < MIN_PASSWORD:
            raise ValidationFailed(
                "password", f"Trường 'password' (mật khẩu): tối thiểu {MIN_PASSWORD} ký tự."
            )
        try:
            parsed = Role(role)
        except ValueError:
            raise ValidationFailed(
                "role", "Trường 'role' (vai trò): phải là coordinator, agency, association hoặc admin."
            ) from None
        canonical: str | None = None
        if parsed is Role.AGENCY:
            canonical = self.router.agency_name(agency or "")
            if canonical is None:
                raise ValidationFailed(
                    "agency", "Trường 'agency' (cơ quan): cán bộ cơ quan phải thuộc một cơ quan."
                )
        account = StaffAccount(
            username=username, password_hash=hash_password(password), role=parsed.value, agency=canonical
        )
        try:
            with self._write() as session:
                session.add(account)
                session.flush()
                return _user(account)
        except IntegrityError:
            raise Conflict(f"Tên đăng nhập {username} đã tồn tại.") from None

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
