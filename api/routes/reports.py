"""GET /v1/reports/quarterly and /v1/reports/annual: the CÙNG THÀNH CÔNG report as JSON, CSV or XLSX."""

from __future__ import annotations

from typing import Literal

from fastapi import APIRouter, Depends, Query
from fastapi.responses import JSONResponse, Response
from starlette.concurrency import run_in_threadpool

from api.deps import get_tickets, require_roles
from tickets.domain import Role, StaffUser
from tickets.quarterly_report import Report
from tickets.service import TicketService

router = APIRouter(prefix="/v1/reports", tags=["báo cáo"])
REPORT_ROLES = (Role.COORDINATOR, Role.ADMIN, Role.ASSOCIATION)
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@router.get("/quarterly")
async def quarterly(
    year: int = Query(ge=2000, le=2100),
    quarter: int = Query(ge=1, le=4),
    format: Literal["json", "csv", "xlsx"] = "json",
    _user: StaffUser = Depends(require_roles(*REPORT_ROLES)),
    service: TicketService = Depends(get_tickets),
) -> Response:
    report = await run_in_threadpool(service.quarterly_report, year, quarter)
    return await _render(report, format, f"bao-cao-cung-thanh-cong-{year}-q{quarter}")


@router.get("/annual")
async def annual(
    year: int = Query(ge=2000, le=2100),
    format: Literal["json", "csv", "xlsx"] = "json",
    _user: StaffUser = Depends(require_roles(*REPORT_ROLES)),
    service: TicketService = Depends(get_tickets),
) -> Response:
    report = await run_in_threadpool(service.annual_report, year)
    return await _render(report, format, f"bao-cao-cung-thanh-cong-{year}")


async def _render(report: Report, format: str, name: str) -> Response:
    if format == "csv":
        return Response(
            report.to_csv().encode("utf-8-sig"),
            media_type="text/csv; charset=utf-8",
            headers={"Content-Disposition": f'attachment; filename="{name}.csv"'},
        )
    if format == "xlsx":
        content = await run_in_threadpool(report.to_xlsx)
        return Response(
            content, media_type=XLSX, headers={"Content-Disposition": f'attachment; filename="{name}.xlsx"'}
        )
    return JSONResponse(report.to_dict())
