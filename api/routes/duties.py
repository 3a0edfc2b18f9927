"""GET /v1/duties?agency=... — the tasks and reporting duties of an agency (`trolyao duties` data)."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool

from api.deps import app_settings
from knowledge.duties import DutiesBook

router = APIRouter(tags=["nhiệm vụ"])


def _book(request: Request) -> DutiesBook:
    """The records' book (DutiesBook.open keeps it until ingest rewrites the records)."""
    return DutiesBook.open(app_settings(request).resolved_data_dir)


@router.get("/v1/duties")
async def duties(
    request: Request,
    agency: str = Query(..., max_length=200, description="tên cơ quan, ví dụ “Sở Tài chính”, “STC”"),
) -> JSONResponse:
    if not agency.strip():
        raise HTTPException(status_code=422, detail="Cần nhập tên cơ quan (ví dụ: Sở Tài chính).")
    book = await run_in_threadpool(_book, request)
    result = await run_in_threadpool(book.lookup, agency)
    return JSONResponse(result.to_dict(), status_code=200 if result.found else 404)
