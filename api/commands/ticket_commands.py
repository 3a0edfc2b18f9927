"""Sub-commands of `trolyao` for the ticket store: migrate, staff add/list, report."""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from pathlib import Path
from typing import Any

from sqlalchemy.engine import make_url

from api.config import get_settings
from tickets.domain import Role, StaffUser, TicketFilters
from tickets.errors import TicketError


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


def _open() -> Any:
    from tickets.service import TicketService

    settings = get_settings()
    return TicketService.open(settings.sqlalchemy_url, migrate=True, secret=settings.signing_key)


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


def staff_add(args: argparse.Namespace) -> int:
    service = _open()
    try:
        user = service.add_staff(args.username, _read_password(), args.role, args.agency)
    except TicketError as exc:
        print(exc.message, file=sys.stderr)
        return 2
    finally:
        service.close()
    where = f" — {user.agency}" if user.agency else ""
    print(f"Đã thêm cán bộ {user.username} (vai trò {user.role.value}{where}).")
    return 0


def staff_list(_args: argparse.Namespace) -> int:
    service = _open()
    try:
        for user in service.list_staff():
            print(f"{user.username}\t{user.role.value}\t{user.agency or ''}")
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
