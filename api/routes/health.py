"""GET /healthz (the process is alive), GET /readyz (it can serve: database, vector store, index) and
GET /metrics (Prometheus text; only with the bearer token TROLYAO_METRICS_TOKEN, else on the internal
listener of TROLYAO_METRICS_ADDRESS)."""

from __future__ import annotations

import hmac
import logging
from collections.abc import Callable
from typing import Any

import anyio
import anyio.to_thread
from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import JSONResponse, Response
from sqlalchemy import Engine, text

from api import metrics
from api.deps import get_services

router = APIRouter(tags=["vận hành"])
log = logging.getLogger(__name__)

PARTS = {
    "database": "cơ sở dữ liệu phiếu",
    "vector_store": "kho vector (Chroma)",
    "index": "chỉ mục tri thức",
}


@router.get("/healthz")
async def healthz() -> dict[str, str]:
    return {"status": "ok"}


async def _check(fn: Callable[[], Any], timeout_s: float) -> tuple[bool, Any]:
    try:
        with anyio.fail_after(timeout_s):
            return True, await anyio.to_thread.run_sync(fn, abandon_on_cancel=True)
    except Exception as exc:  # any failure (or timeout) of a part is a "not ready" of that part
        return False, type(exc).__name__


def _database(engine: Engine) -> Callable[[], None]:
    def check() -> None:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))

    return check


@router.get("/readyz")
async def readyz(request: Request) -> JSONResponse:
    services = get_services(request)
    timeout = services.settings.ready_timeout_s
    checks: dict[str, str] = {}
    ok, why = await _check(_database(services.tickets.engine), timeout)
    checks["database"] = "ok" if ok else f"error: {why}"
    body: dict[str, Any] = {}
    index = services.assistant.index
    opening = not index.dense_opened  # the first call opens the client: allow longer
    ok, got = await _check(lambda: index.dense.count(), 30.0 if opening else timeout)
    guard = index.dense_guard
    if ok:
        guard.succeeded()
        checks["vector_store"] = "ok"
    else:
        guard.failed(RuntimeError(str(got)))
        checks["vector_store"] = f"error: {got}"
    ok, got = await _check(lambda: len(index.lexical.term_ids) and len(index.entries), 30.0)
    checks["index"] = "ok" if ok and got else ("empty" if ok else f"error: {got}")
    body.update(index_version=index.version, passages=len(index.entries) if ok else 0)
    failing = [part for part, state in checks.items() if state != "ok"]
    if failing:
        names = ", ".join(PARTS[p] for p in failing)
        body.update(status="not_ready", failing=failing, checks=checks, detail=f"Chưa sẵn sàng: {names}.")
        return JSONResponse(body, status_code=503)
    body.update(status="ready", checks=checks)
    return JSONResponse(body)


@router.get("/metrics", include_in_schema=False)
async def prometheus_metrics(request: Request) -> Response:
    services = get_services(request)
    expected = services.settings.metrics_token
    if not expected:
        raise HTTPException(status_code=404, detail="Không tìm thấy trang này.")
    given = request.headers.get("authorization", "")
    if not hmac.compare_digest(given.encode(), f"Bearer {expected}".encode()):
        raise HTTPException(
            status_code=401,
            detail="Cần mã truy cập số liệu vận hành.",
            headers={"WWW-Authenticate": "Bearer"},
        )
    body = await anyio.to_thread.run_sync(metrics.render, services.tickets.engine)
    return Response(body, media_type=metrics.CONTENT_TYPE)
