"""The associations' pages (/danh-gia): per-agency figures without any personal data, and the
evaluation form (Phiếu đánh giá) whose answers are stored and summarised per agency and quarter.

Only aggregates from api.web.stats and api.web.evaluations reach these templates: no ticket, no
requester, no thread is ever loaded here."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from starlette.concurrency import run_in_threadpool
from starlette.responses import RedirectResponse, Response

from api.deps import get_tickets
from api.web import choices, evaluations
from api.web.auth import ASSOCIATION_PAGE_ROLES, require
from api.web.charts import Series, bar_chart
from api.web.forms import read_form
from api.web.periods import chosen_quarter
from api.web.rendering import render
from api.web.session import finish
from api.web.stats import Period, agency_figures
from tickets.domain import Role

router = APIRouter(include_in_schema=False)


def _overview(svc: Any, year: int, quarter: int) -> dict[str, Any]:
    with svc.session() as session:
        figures = agency_figures(session, Period.quarter(year, quarter))
        summaries = evaluations.summaries(session, year)
    names = [f.agency for f in figures]
    return {
        "figures": figures,
        "summaries": summaries,
        "rate_chart": bar_chart(
            "Tỷ lệ giải quyết đúng hạn",
            names,
            [Series("Đúng hạn (%)", [f.on_time_rate or 0.0 for f in figures])],
            unit="%",
            max_value=100,
        ),
        "rating_chart": bar_chart(
            "Điểm đánh giá trung bình của doanh nghiệp",
            names,
            [Series("Điểm (1–5)", [f.mean_rating or 0.0 for f in figures])],
            max_value=5,
        ),
        "count_chart": bar_chart(
            "Số yêu cầu tiếp nhận",
            names,
            [Series("Số yêu cầu", [float(f.received) for f in figures])],
        ),
    }


@router.get("/danh-gia")
async def overview(request: Request) -> Response:
    await require(request, ASSOCIATION_PAGE_ROLES)
    choice = chosen_quarter(request)
    data = await run_in_threadpool(_overview, get_tickets(request), choice.year, choice.quarter)
    notice = request.query_params.get("tb", "")
    context = {"choice": choice, "questions": evaluations.QUESTIONS, "notice": notice, **data}
    return render(request, "danhgia.html", context)


def _form_context(request: Request, values: dict[str, str], errors: dict[str, str]) -> dict[str, Any]:
    choice = chosen_quarter(request)
    return {
        "values": {"year": str(choice.year), "quarter": str(choice.quarter), **values},
        "errors": errors,
        "years": choice.years,
        "agencies": choices.agencies(),
        "questions": evaluations.QUESTIONS,
        "scale": evaluations.SCALE,
    }


@router.get("/danh-gia/phieu")
async def evaluation_form(request: Request) -> Response:
    await require(request, (Role.ASSOCIATION,))
    return render(request, "danhgia_form.html", _form_context(request, {}, {}))


@router.post("/danh-gia/phieu")
async def evaluation_submit(request: Request) -> Response:
    user = await require(request, (Role.ASSOCIATION,))
    form = await read_form(request)
    context = _form_context(request, form, {})
    data, errors = evaluations.parse_form(form, list(choices.agencies()), context["years"])
    if data is None:
        context["errors"] = errors
        return render(request, "danhgia_form.html", context, status_code=422)
    svc = get_tickets(request)

    def save() -> None:
        with svc.session() as session:
            evaluations.store(session, data, user.id)

    await run_in_threadpool(save)
    target = f"/danh-gia?year={data.year}&quarter={data.quarter}&tb=phieu"
    return finish(request, RedirectResponse(target, status_code=303))
