"""The database unreachable (restarting, failing over): 503 with a Vietnamese message and Retry-After,
never a 500. The pool's pre-ping reconnects by itself once the server is back."""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeout

log = logging.getLogger(__name__)
DATABASE_DOWN = "Hệ thống tạm thời không truy cập được cơ sở dữ liệu, vui lòng thử lại sau ít phút."


async def database_unavailable(_request: Request, exc: Exception) -> JSONResponse:
    log.warning("database unavailable: %s", type(exc).__name__)
    return JSONResponse({"detail": DATABASE_DOWN}, status_code=503, headers={"Retry-After": "5"})


async def dbapi_error(request: Request, exc: Exception) -> JSONResponse:
    """A lost connection surfaces as a DBAPIError with `connection_invalidated`; others stay errors."""
    if isinstance(exc, DBAPIError) and exc.connection_invalidated:
        return await database_unavailable(request, exc)
    raise exc


def register(app: FastAPI) -> None:
    app.add_exception_handler(OperationalError, database_unavailable)
    app.add_exception_handler(PoolTimeout, database_unavailable)
    app.add_exception_handler(DBAPIError, dbapi_error)
