"""The officers' page /nhiem-vu: pick an agency (any spelling, with suggestions), see its tasks as a
table filtered by role and text, grouped by plan, download the same rows as XLSX, open a row's passage."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Query, Request
from starlette.concurrency import run_in_threadpool
from starlette.responses import Response

from api.deps import app_settings, get_services
from api.web import duty_table
from api.web.rendering import render
from knowledge.duties import DutiesBook, DutiesResult

router = APIRouter(include_in_schema=False)

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _book(request: Request) -> DutiesBook:
    return DutiesBook.open(app_settings(request).resolved_data_dir)


async def _lookup(request: Request, agency: str) -> tuple[DutiesBook, DutiesResult | None]:
    book = await run_in_threadpool(_book, request)
    if not agency.strip():
        return book, None
    return book, await run_in_threadpool(book.lookup, agency[:200])


@dataclass(frozen=True)
class Filters:
    """The table's query: agency (any spelling), role, words of the task."""

    agency: str
    role: str
    text: str


def filters(
    agency: str = Query("", alias="co-quan", max_length=200),
    role: str = Query("", alias="vai-tro", max_length=20),
    text: str = Query("", alias="tim", max_length=200),
) -> Filters:
    return Filters(agency, role if role in duty_table.ROLES else "", text)


@router.get("/nhiem-vu")
async def duties_page(request: Request, chosen: Annotated[Filters, Depends(filters)]) -> Response:
    agency, role, text = chosen.agency, chosen.role, chosen.text
    book, result = await _lookup(request, agency)
    context: dict[str, Any] = {
        "agency": agency,
        "role": role,
        "text": text,
        "roles": duty_table.ROLES,
        "names": sorted(book.directory.agencies),
        "result": result,
        "groups": [],
        "counts": {},
        "shown": 0,
        "xlsx_url": "",
    }
    if result is not None and result.found:
        groups = duty_table.table(result, role, text)
        query = {"co-quan": result.agency, "vai-tro": role, "tim": text}
        context.update(
            groups=groups,
            counts=duty_table.role_counts(result),
            shown=sum(len(g.rows) for g in groups),
            xlsx_url="/nhiem-vu.xlsx?" + urlencode({k: v for k, v in query.items() if v}),
        )
    status = 404 if result is not None and not result.found else 200
    return render(request, "duties.html", context, status_code=status)


@router.get("/nhiem-vu.xlsx")
async def duties_xlsx(request: Request, chosen: Annotated[Filters, Depends(filters)]) -> Response:
    _, result = await _lookup(request, chosen.agency)
    if result is None or not result.found:
        return await duties_page(request, chosen)
    groups = duty_table.table(result, chosen.role, chosen.text)
    body = await run_in_threadpool(duty_table.workbook, result.agency, groups)
    name = duty_table.xlsx_name(result.agency)
    return Response(body, media_type=XLSX, headers={"Content-Disposition": f'attachment; filename="{name}"'})


@router.get("/nhiem-vu/doan-trich")
async def duty_passage(
    request: Request,
    doc: str = Query("", max_length=300),
    section: str = Query("", max_length=500),
) -> Response:
    entries = get_services(request).assistant.index.entries
    entry = next((e for e in entries if e.chunk.doc == doc and e.chunk.section == section), None)
    if entry is None:
        context: dict[str, Any] = {
            "title": "Không tìm thấy đoạn trích",
            "message": "Đoạn văn bản của nhiệm vụ này chưa có trong kho tri thức.",
            "back_url": "/nhiem-vu",
        }
        return render(request, "error.html", context, status_code=404)
    context = {
        "title": entry.chunk.title or entry.info.title,
        "section": entry.chunk.section,
        "text": entry.chunk.text,
        "replaced": entry.info.status == "replaced",
    }
    return render(request, "duty_passage.html", context)
