"""`trolyao serve`: the HTTP API, web pages and webhooks under uvicorn."""

from __future__ import annotations

import argparse
from typing import Any

from api.config import Settings, get_settings


def register(sub: argparse._SubParsersAction[Any]) -> None:
    p = sub.add_parser("serve", help="chạy API, trang web và webhook")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8000)
    p.set_defaults(handler=serve)


def serve(args: argparse.Namespace) -> int:
    import uvicorn

    from api.app import create_app

    settings = get_settings()
    app = create_app(settings)
    uvicorn.run(
        app, host=args.host, port=args.port, log_level="info", access_log=False, **proxy_options(settings)
    )
    return 0


def proxy_options(settings: Settings) -> dict[str, Any]:
    """uvicorn trusts X-Forwarded-For / -Proto only from TROLYAO_FORWARDED_ALLOW_IPS (none by default)."""
    allowed = settings.forwarded_allow_ips.strip()
    if not allowed:
        return {"proxy_headers": False, "forwarded_allow_ips": ""}
    return {"proxy_headers": True, "forwarded_allow_ips": allowed}
