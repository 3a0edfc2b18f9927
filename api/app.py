"""The FastAPI application: `create_app(settings)` wires the routers and opens the services.

The lifespan opens one `api.services.Services` (settings, the ticket service, the assistant behind the
answer cache, the dialog and the channels) and keeps it as `app.state.services`; routers read it
through the typed dependencies of api/deps.py. Tests may hand in their own ticket service or assistant
(`create_app(settings, tickets=..., assistant=...)`): the app uses them and leaves them open.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager

from fastapi import FastAPI
from starlette.concurrency import run_in_threadpool

from api import errors, logs, memory_report, metrics, openapi, unavailable
from api.channels import make_dialog, open_app_channels
from api.config import Settings, get_settings
from api.edge import InputGuard
from api.index_state import IndexStateStore
from api.limits import BodySizeLimit
from api.overdue_loop import overdue_checks
from api.routes import auth, chat, duties, health, pages_setup, reports, staff, webhooks
from api.routes import tickets as ticket_routes
from api.services import Services, open_assistant, open_tickets, running_services
from api.warmup import warm_up
from api.web.transcripts import SqlTranscriptStore
from knowledge.answer_cache import AnswerService, CachedAnswers
from tickets.service import TicketService

Lifespan = Callable[[FastAPI], AbstractAsyncContextManager[None]]


def served_assistant(settings: Settings, tickets: TicketService) -> CachedAnswers:
    """The assistant behind the answer cache; it follows the shared index version and loads in the
    background (cheap to open: models and indexes load on first use)."""
    assistant = CachedAnswers(open_assistant(settings), observe=metrics.count_answer)
    assistant.index.follow_version(IndexStateStore(tickets.engine).version, settings.index_poll_s)
    warm_up(assistant.index)
    return assistant


def lifespan_of(
    settings: Settings, tickets: TicketService | None = None, assistant: AnswerService | None = None
) -> Lifespan:
    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        if running_services(app) is not None:  # a client started inside a running one shares its services
            yield
            return
        service = tickets if tickets is not None else await run_in_threadpool(open_tickets, settings)
        try:
            answers = assistant if assistant is not None else served_assistant(settings, service)
            dialog = make_dialog(settings, answers, service)  # after tickets and the assistant: it uses both
            async with (
                overdue_checks(service, settings.overdue_check_minutes),
                open_app_channels(settings, dialog) as channels,
            ):
                app.state.services = Services(
                    settings=settings,
                    signing_key=settings.signing_key,
                    tickets=service,
                    assistant=answers,
                    dialog=dialog,
                    channels=channels,
                    transcripts=SqlTranscriptStore(service.session),
                )
                try:
                    yield
                finally:
                    del app.state.services
        finally:
            if tickets is None:
                service.close()

    return lifespan


def create_app(
    settings: Settings | None = None,
    *,
    tickets: TicketService | None = None,
    assistant: AnswerService | None = None,
) -> FastAPI:
    """The app; `tickets` and `assistant`, when given, are used instead of opening them from settings."""
    settings = settings or get_settings()
    app = FastAPI(
        title="Trợ lý ảo PCI Hải Phòng", version="0.1.0", lifespan=lifespan_of(settings, tickets, assistant)
    )
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
    memory_report.start_from_env()  # TROLYAO_MEMORY_REPORT: soaks only
    return create_app(settings)
