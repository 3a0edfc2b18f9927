"""Sub-commands of `trolyao` for the ticket store: migrate, staff add/list, report."""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy.engine import make_url

from api.config import get_settings
from tickets.domain import Role, StaffUser, TicketFilters
from tickets.errors import TicketError

if TYPE_CHECKING:
    from tickets.service import TicketService


def register(sub: argparse._SubParsersAction[Any]) -> None:
    """Add this group's sub-commands (each sets `handler`, a function of the parsed args -> exit code)."""
    p = sub.add_parser("migrate", help="tạo / nâng cấp cơ sở dữ liệu phiếu CÙNG THÀNH CÔNG")
    p.set_defaults(handler=migrate)

    staff = sub.add_parser("staff", help="quản lý tài khoản cán bộ")
    staff_sub = staff.add_subparsers(dest="staff_command", metavar="LỆNH")
    staff_sub.required = True
    add = staff_sub.add_parser("add", help="thêm cán bộ (mật khẩu đọc từ stdin)")
    add.add_argument("username")
    add.add_argument("--role", required=True, choices=[r.value for r in Role])
    add.add_argument("--agency", default=None, help="cơ quan (bắt buộc với vai trò agency)")
    add.set_defaults(handler=staff_add)
    listing = staff_sub.add_parser("list", help="liệt kê cán bộ")
    listing.set_defaults(handler=staff_list)
    for name, help_text in (
        ("disable", "khóa tài khoản (mọi phiên đăng nhập kết thúc ngay)"),
        ("enable", "mở khóa tài khoản"),
        ("reset-password", "đặt lại mật khẩu (đọc từ stdin; mọi phiên đăng nhập kết thúc ngay)"),
    ):
        change = staff_sub.add_parser(name, help=help_text)
        change.add_argument("username")
        change.set_defaults(handler=staff_change, change=name)
    set_role = staff_sub.add_parser("set-role", help="đổi vai trò (mọi phiên đăng nhập kết thúc ngay)")
    set_role.add_argument("username")
    set_role.add_argument("--role", required=True, choices=[r.value for r in Role])
    set_role.add_argument("--agency", default=None, help="cơ quan (bắt buộc với vai trò agency)")
    set_role.set_defaults(handler=staff_change, change="set-role")

    overdue = sub.add_parser("overdue", help="liệt kê phiếu quá hạn (và gửi nhắc việc với --flag)")
    overdue.add_argument(
        "--flag", action="store_true", help="ghi nhận và gửi nhắc việc cho phiếu mới quá hạn"
    )
    overdue.set_defaults(handler=overdue_command)

    backup = sub.add_parser("backup", help="sao lưu cơ sở dữ liệu phiếu ra một tệp")
    backup.add_argument("file", type=Path, help="tệp sao lưu (SQLite: bản sao; PostgreSQL: pg_dump -Fc)")
    backup.set_defaults(handler=backup_command)
    restore = sub.add_parser(
        "restore", help="khôi phục cơ sở dữ liệu phiếu từ tệp sao lưu (dừng serve trước)"
    )
    restore.add_argument("file", type=Path)
    restore.set_defaults(handler=restore_command)

    report = sub.add_parser("report", help="báo cáo quý CÙNG THÀNH CÔNG")
    report.add_argument("--year", type=int, required=True)
    report.add_argument("--quarter", type=int, choices=[1, 2, 3, 4], help="bỏ trống: báo cáo cả năm")
    report.add_argument("--format", choices=["json", "csv", "xlsx"], default="json")
    report.add_argument("--output", type=Path, default=None, help="tệp kết quả (mặc định: stdout)")
    report.set_defaults(handler=report_command)


def _open() -> TicketService:
    from api.services import open_tickets

    return open_tickets(get_settings())


def backup_command(args: argparse.Namespace) -> int:
    from tickets.backup import BackupError, backup

    try:
        path = backup(get_settings().sqlalchemy_url, args.file)
    except BackupError as exc:
        print(str(exc), file=sys.stderr)
        return 1
    print(f"Đã sao lưu vào {path}.")
    return 0


def restore_command(args: argparse.Namespace) -> int:
    from tickets.backup import BackupError, restore

    try:
        restore(args.file, get_settings().sqlalchemy_url)
    except BackupError as exc:
        print(str(exc), file=sys.stderr)
        return 1
    print(f"Đã khôi phục từ {args.file}.")
    return 0


def migrate(_args: argparse.Namespace) -> int:
    from tickets.db import make_engine
    from tickets.db import migrate as run_migrations

    url = get_settings().sqlalchemy_url
    engine = make_engine(url)
    try:
        run_migrations(engine)
    finally:
        engine.dispose()
    print(
        f"Đã nâng cấp cơ sở dữ liệu {make_url(url).render_as_string(hide_password=True)} "
        "lên phiên bản mới nhất."
    )
    return 0


def _read_password() -> str:
    if sys.stdin.isatty():
        first = getpass.getpass("Mật khẩu: ")
        if first != getpass.getpass("Nhập lại mật khẩu: "):
            raise TicketError("Hai lần nhập mật khẩu không khớp.")
        return first
    return sys.stdin.readline().rstrip("\r\n")


def _on_account(action: Callable[[TicketService], StaffUser], message: str) -> int:
    """Run `action` on the ticket service and print `message` ({u}: user name, {r}: role and agency)."""
    service = _open()
    try:
        user = action(service)
    except TicketError as exc:
        print(exc.message, file=sys.stderr)
        return 2
    finally:
        service.close()
    where = f" — {user.agency}" if user.agency else ""
    print(message.format(u=user.username, r=user.role.value + where))
    return 0


def staff_add(args: argparse.Namespace) -> int:
    return _on_account(
        lambda s: s.add_staff(args.username, _read_password(), args.role, args.agency),
        "Đã thêm cán bộ {u} (vai trò {r}).",
    )


CHANGED = {
    "disable": "Đã khóa tài khoản {u}; mọi phiên đăng nhập của tài khoản đã kết thúc.",
    "enable": "Đã mở khóa tài khoản {u}.",
    "reset-password": "Đã đặt lại mật khẩu của {u}; mọi phiên đăng nhập cũ đã kết thúc.",
    "set-role": "Đã đổi vai trò của {u} thành {r}; mọi phiên đăng nhập cũ đã kết thúc.",
}


def staff_change(args: argparse.Namespace) -> int:
    """disable | enable | reset-password | set-role: each ends the account's tokens and sessions."""
    actions: dict[str, Callable[[TicketService], StaffUser]] = {
        "disable": lambda s: s.disable_staff(args.username),
        "enable": lambda s: s.enable_staff(args.username),
        "reset-password": lambda s: s.reset_password(args.username, _read_password()),
        "set-role": lambda s: s.set_role(args.username, args.role, args.agency),
    }
    return _on_account(actions[args.change], CHANGED[args.change])


def staff_list(_args: argparse.Namespace) -> int:
    service = _open()
    try:
        for user in service.list_staff():
            state = "" if user.active else "\tđã khóa"
            print(f"{user.username}\t{user.role.value}\t{user.agency or ''}{state}")
    finally:
        service.close()
    return 0


def overdue_command(args: argparse.Namespace) -> int:
    service = _open()
    system = StaffUser(id=0, username="system", role=Role.ADMIN, agency=None)
    try:
        flagged = set(service.flag_overdue()) if args.flag else set()
        cursor: str | None = None
        while True:
            page = service.staff_list(system, TicketFilters(overdue=True, limit=200), cursor)
            for item in page.items:
                mark = " (mới nhắc)" if item.code in flagged else ""
                print(f"{item.code}\t{item.agency}\t{item.status}\thạn {item.due.strftime('%d/%m/%Y')}{mark}")
            if page.next is None:
                break
            cursor = page.next
    finally:
        service.close()
    return 0


def report_command(args: argparse.Namespace) -> int:
    service = _open()
    try:
        if args.quarter:
            report = service.quarterly_report(args.year, args.quarter)
        else:
            report = service.annual_report(args.year)
    except TicketError as exc:
        print(exc.message, file=sys.stderr)
        return 2
    finally:
        service.close()
    content: bytes
    if args.format == "xlsx":
        content = report.to_xlsx()
    elif args.format == "csv":
        content = report.to_csv().encode("utf-8")
    else:
        content = (json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    if args.output:
        args.output.write_bytes(content)
        print(f"Đã ghi báo cáo {report.title} vào {args.output}.", file=sys.stderr)
    else:
        sys.stdout.buffer.write(content)
        sys.stdout.flush()
    return 0
