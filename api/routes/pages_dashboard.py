"""Staff dashboard: received / resolved / on time per agency (quarter) and per month (year), as
server-drawn charts, and the quarterly report download (CSV, XLSX) of TicketService.quarterly_report."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from starlette.concurrency import run_in_threadpool
from starlette.responses import Response

from api.deps import get_tickets
from api.web.auth import ASSOCIATION_PAGE_ROLES, STAFF_ROLES, require
from api.web.charts import Series, bar_chart, column_chart
from api.web.periods import chosen_quarter
from api.web.rendering import render
from api.web.session import finish
from api.web.stats import Period, agency_figures, monthly_figures
from tickets.domain import Role, StaffUser

router = APIRouter(include_in_schema=False)


def _scope(user: StaffUser) -> str | None:
    """Agency staff see their own agency's figures; the coordinator and admins see every agency."""
    return user.agency if user.role == Role.AGENCY else None


def _dashboard(svc: Any, year: int, quarter: int, agency: str | None) -> dict[str, Any]:
    with svc.session() as session:
        per_agency = agency_figures(session, Period.quarter(year, quarter), agency)
        per_month = monthly_figures(session, Period.year(year), agency)
    labels = ("Tiếp nhận", "Đã giải quyết", "Đúng hạn")
    return {
        "per_agency": per_agency,
        "per_month": per_month,
        "agency_chart": bar_chart(
            f"Phiếu theo cơ quan, quý {quarter}/{year}",
            [f.agency for f in per_agency],
            [
                Series(name, [float(getattr(f, attr)) for f in per_agency])
                for name, attr in zip(labels, ("received", "resolved", "on_time"), strict=True)
            ],
        ),
        "month_chart": column_chart(
            f"Phiếu theo tháng, năm {year}",
            [m.month[:2] for m in per_month],
            [
                Series(name, [float(getattr(m, attr)) for m in per_month])
                for name, attr in zip(labels, ("received", "resolved", "on_time"), strict=True)
            ],
        ),
    }


@router.get("/staff/thong-ke")
async def dashboard(request: Request) -> Response:
    user = await require(request, STAFF_ROLES)
    choice = chosen_quarter(request)
    svc = get_tickets(request)
    data = await run_in_threadpool(_dashboard, svc, choice.year, choice.quarter, _scope(user))
    return render(request, "staff_dashboard.html", {"choice": choice, **data})


@router.get("/staff/bao-cao")
async def quarterly_report(request: Request) -> Response:
    await require(request, (Role.COORDINATOR, Role.ADMIN))
    return await _report_download(request)


@router.get("/danh-gia/bao-cao")
async def association_report(request: Request) -> Response:
    """The same aggregate report for associations (as GET /v1/reports/quarterly allows them)."""
    await require(request, ASSOCIATION_PAGE_ROLES)
    return await _report_download(request)


async def _report_download(request: Request) -> Response:
    choice = chosen_quarter(request)
    fmt = "xlsx" if request.query_params.get("format") == "xlsx" else "csv"
    svc = get_tickets(request)
    report = await run_in_threadpool(svc.quarterly_report, choice.year, choice.quarter)
    name = f"bao-cao-cung-thanh-cong-{choice.year}-q{choice.quarter}.{fmt}"
    if fmt == "xlsx":
        body: bytes = await run_in_threadpool(report.to_xlsx)
        media = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    else:
        body = ("\ufeff" + report.to_csv()).encode("utf-8")
        media = "text/csv; charset=utf-8"
    response = Response(
        body, media_type=media, headers={"Content-Disposition": f'attachment; filename="{name}"'}
    )
    return finish(request, response)
