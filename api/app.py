"""The FastAPI application: `create_app(settings)` wires the routers and opens the services.

Each area opens its own service in the lifespan below and stores it on `app.state`:
- app.state.settings   Settings
- app.state.tickets    tickets.service.TicketService   (tickets)
- app.state.assistant  knowledge.assistant.Assistant   (knowledge core; loaded lazily on first use)
- app.state.dialog     bot.dialog.Dialog               (channels)
Routers read them through the dependencies in api/deps.py.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from api import metrics
from api.config import Settings, get_settings
from api.routes import health


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    yield


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()
    app = FastAPI(title="Trợ lý ảo PCI Hải Phòng", version="0.1.0", lifespan=lifespan)
    app.state.settings = settings
    app.include_router(health.router)
    metrics.instrument(app)
    return app
