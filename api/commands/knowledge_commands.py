"""Sub-commands of `trolyao` (see api/cli.py)."""

from __future__ import annotations

import argparse
from typing import Any


def register(sub: argparse._SubParsersAction[Any]) -> None:
    """Add this group's sub-commands (each sets `handler`, a function of the parsed args -> exit code)."""
