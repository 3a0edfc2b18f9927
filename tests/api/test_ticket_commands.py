"""`trolyao migrate`, `trolyao staff add`, `trolyao report` against a temporary data dir."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import openpyxl
import pytest

from api.cli import main
from tickets.deadlines import local_date
from tickets.domain import TicketCreate
from tickets.models import utcnow
from tickets.service import TicketService


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("TROLYAO_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("TROLYAO_SECRET_KEY", "khoa-cli-kiem-thu")
    monkeypatch.delenv("TROLYAO_DATABASE_URL", raising=False)
    return tmp_path


def test_migrate_staff_and_report(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["migrate"]) == 0
    assert "phiên bản mới nhất" in capsys.readouterr().out
    monkeypatch.setattr("sys.stdin", io.StringIO("mat-khau-du-dai\n"))
    assert main(["staff", "add", "thue01", "--role", "agency", "--agency", "Cục Thuế"]) == 0
    assert "Thuế thành phố" in capsys.readouterr().out
    monkeypatch.setattr("sys.stdin", io.StringIO("ngan\n"))
    assert main(["staff", "add", "x", "--role", "admin"]) == 2
    assert "mật khẩu" in capsys.readouterr().err

    svc = TicketService.open(f"sqlite:///{data_dir / 'trolyao.sqlite3'}")
    assert svc.authenticate("thue01", "mat-khau-du-dai") is not None
    created = svc.create(TicketCreate(description="Chậm hoàn thuế GTGT cho doanh nghiệp xuất khẩu"))
    svc.close()
    year = int(created.code.split("-")[1])
    today = local_date(utcnow())
    q = (today.month - 1) // 3 + 1
    assert main(["report", "--year", str(year), "--quarter", str(q)]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["total"]["received"] == 1 and report["rows"][0]["agency"] == "Thuế thành phố"
    out = data_dir / "bao-cao.xlsx"
    assert (
        main(["report", "--year", str(year), "--quarter", str(q), "--format", "xlsx", "--output", str(out)])
        == 0
    )
    sheet = openpyxl.load_workbook(out).active
    assert sheet is not None and sheet.cell(3, 1).value == "Thuế thành phố"


def test_overdue_command(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    svc = TicketService.open(
        f"sqlite:///{data_dir / 'trolyao.sqlite3'}", clock=lambda: dt.datetime(2026, 1, 5, 3)
    )  # created on Monday 5 January 2026: long overdue today
    created = svc.create(TicketCreate(description="Chậm hoàn thuế GTGT cho doanh nghiệp xuất khẩu"))
    svc.close()
    assert main(["overdue", "--flag"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines == [f"{created.code}\tThuế thành phố\tnew\thạn 12/01/2026 (mới nhắc)"]
    assert main(["overdue"]) == 0
    assert "(mới nhắc)" not in capsys.readouterr().out
