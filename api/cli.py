"""`trolyao`: the one command line. Each group of sub-commands lives in api/commands/."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence

from api.commands import (
    bot_commands,
    ingest_commands,
    knowledge_commands,
    serve_commands,
    ticket_commands,
)

COMMAND_GROUPS = (ingest_commands, knowledge_commands, ticket_commands, bot_commands, serve_commands)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="trolyao",
        description="Trợ lý ảo PCI Hải Phòng: hỏi đáp có trích dẫn, nhiệm vụ cơ quan, phiếu CÙNG THÀNH CÔNG.",
    )
    sub = parser.add_subparsers(dest="command", metavar="LỆNH")
    sub.required = True
    for group in COMMAND_GROUPS:
        group.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        code: int = args.handler(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # the reader went away (`trolyao duties X | head`): not an error of ours
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    return code


if __name__ == "__main__":
    sys.exit(main())
