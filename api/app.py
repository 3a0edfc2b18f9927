"""The FastAPI application: `create_app(settings)` wires the routers and opens the services.

Each area opens its own service in the lifespan below and stores it on `app.state`:
- app.state.settings   Settings
- app.state.tickets    tickets.service.TicketService   (tickets)
- app.state.assistant  knowledge.assistant.Assistant   (knowledge core, behind the answer cache; it
                       follows the shared index version and loads in the background on start)
- app.state.dialog     bot.dialog.Dialog               (channels)
Routers read them through the dependencies in api/deps.py.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from starlette.concurrency import run_in_threadpool

from api import errors, logs, metrics, openapi, unavailable
from api.channels import channels_lifespan
from api.config import Settings, get_settings
from api.edge import InputGuard
from api.index_state import IndexStateStore
from api.limits import BodySizeLimit
from api.overdue import overdue_checks
from api.routes import auth, chat, duties, health, pages_setup, reports, staff, webhooks
from api.routes import tickets as ticket_routes
from api.warmup import warm_up
from knowledge.answer_cache import CachedAnswers
from tickets.service import TicketService


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    settings: Settings = app.state.settings
    app.state.signing_key = settings.signing_key
    opened_tickets = getattr(app.state, "tickets", None) is None  # tests may hand in their own service
    if opened_tickets:
        app.state.tickets = await run_in_threadpool(
            lambda: TicketService.open(
                settings.sqlalchemy_url,
                migrate=True,
                secret=settings.signing_key,
                tickets_per_requester_per_hour=settings.tickets_per_requester_per_hour,
            )
        )
    if getattr(app.state, "assistant", None) is None:  # cheap: models and indexes load on first use
        from api.commands.knowledge_commands import open_assistant

        app.state.assistant = CachedAnswers(open_assistant(settings), observe=metrics.count_answer)
        app.state.assistant.index.follow_version(
            IndexStateStore(app.state.tickets.engine).version, settings.index_poll_s
        )
        warm_up(app.state.assistant.index)
    try:
        async with (
            overdue_checks(app.state.tickets, settings.overdue_check_minutes),
            channels_lifespan(app),  # after tickets and the assistant: the dialog uses both
        ):
            yield
    finally:
        if opened_tickets:
            app.state.tickets.close()


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()
    app = FastAPI(title="Trợ lý ảo PCI Hải Phòng", version="0.1.0", lifespan=lifespan)
    app.state.settings = settings
    app.include_router(health.router)
    for router in (
        ticket_routes.router,
        auth.router,
        staff.router,
        reports.router,
        chat.router,
        webhooks.router,
        duties.router,
    ):
        app.include_router(router)
    errors.register(app)
    openapi.install(app)
    unavailable.register(app)
    app.add_middleware(InputGuard)  # inside the size limit: it holds bounded bodies only
    app.add_middleware(BodySizeLimit, max_bytes=settings.max_body_bytes)
    pages_setup.install(app)  # web pages (/, /staff, /danh-gia), /static
    metrics.instrument(app)
    logs.instrument(app)  # outermost: the request id covers every other middleware's log lines
    return app


def create_worker_app() -> FastAPI:
    """The app of one `serve --workers N` process: its settings and logging from the environment."""
    settings = get_settings()
    logs.configure(settings.log_level, settings.log_format)
    return create_app(settings)
