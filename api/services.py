"""The services a process serves with, and how each is opened from `Settings`.

`Services` is what the HTTP app holds while it runs: api/app.py opens it in the lifespan and the
routers read it through the typed dependencies of api/deps.py (`get_services`, `get_tickets`, ...).
`open_tickets` and `open_assistant` open the ticket store and the assistant the same way for the app
and for the command line (`trolyao ask`, `trolyao bot telegram`).

Tests hand their own ticket service or assistant to `api.app.create_app(settings, tickets=...,
assistant=...)` and read the running app's services with `services_of(app)`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from starlette.applications import Starlette

from api.config import Settings
from api.web.signing import Signer
from api.web.transcripts import SqlTranscriptStore
from bot.dialog import Dialog
from bot.runtime import Channels
from knowledge.answer_cache import AnswerService
from knowledge.assistant import Assistant
from knowledge.llm import LLMConfig
from tickets.service import TicketService


@dataclass
class Services:
    settings: Settings
    signing_key: str  # TROLYAO_SECRET_KEY or the key generated into the data dir, read once
    tickets: TicketService
    assistant: AnswerService  # behind the answer cache unless a test handed its own in
    dialog: Dialog  # the conversation of every channel (web chat sessions too)
    channels: Channels  # the Telegram Application in webhook mode, the Zalo clients, the outbox
    transcripts: SqlTranscriptStore  # the web chat's turns, on the ticket database (shared by workers)
    signers: dict[str, Signer] = field(default_factory=dict)  # web cookie signers, one per purpose

    def signer(self, purpose: str) -> Signer:
        if purpose not in self.signers:
            self.signers[purpose] = Signer(self.signing_key, purpose)
        return self.signers[purpose]


def running_services(app: Starlette) -> Services | None:
    """The services of the app's running lifespan, if one is running."""
    services = getattr(app.state, "services", None)
    return services if isinstance(services, Services) else None


def services_of(app: Starlette) -> Services:
    """The running app's services (set by its lifespan)."""
    services = running_services(app)
    if services is None:
        raise RuntimeError("the app's services open in its lifespan: run it (`with TestClient(app)`)")
    return services


def open_tickets(settings: Settings) -> TicketService:
    """The ticket store, migrated to the newest schema."""
    return TicketService.open(
        settings.sqlalchemy_url,
        migrate=True,
        secret=settings.signing_key,
        tickets_per_requester_per_hour=settings.tickets_per_requester_per_hour,
    )


def open_assistant(settings: Settings) -> Assistant:
    """Cheap: the index, the models and Chroma load on first use."""
    llm = (
        LLMConfig(settings.llm_base_url, settings.llm_model, settings.llm_api_key, settings.llm_timeout_s)
        if settings.llm_base_url
        else None
    )
    return Assistant.open(
        settings.resolved_data_dir,
        settings.embeddings,
        settings.chroma_url,
        llm,
        max_question_chars=settings.max_question_chars,
    )
