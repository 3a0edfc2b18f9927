"""`trolyao serve`: the HTTP API, web pages and webhooks under uvicorn."""

from __future__ import annotations

import argparse
from typing import Any

from api.config import get_settings


def register(sub: argparse._SubParsersAction[Any]) -> None:
    p = sub.add_parser("serve", help="chạy API, trang web và webhook")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8000)
    p.set_defaults(handler=serve)


def serve(args: argparse.Namespace) -> int:
    import uvicorn

    from api.app import create_app

    app = create_app(get_settings())
    uvicorn.run(app, host=args.host, port=args.port, log_level="info", access_log=False)
    return 0
