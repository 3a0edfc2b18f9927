import argparse
import os
import subprocess
import sys
from pathlib import Path

from api.cli import build_parser


def test_output_cut_short_by_the_reader_is_not_a_crash(shipped_records_dir: Path) -> None:
    env = {**os.environ, "TROLYAO_DATA_DIR": str(shipped_records_dir)}
    done = subprocess.run(
        ["bash", "-c", f"{sys.executable} -m api.cli duties 'Sở Tài chính' | head -n 1"],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert done.stdout.startswith("Nhiệm vụ")
    assert "Traceback" not in done.stderr


def test_every_command_of_the_design_is_registered() -> None:
    [commands] = [a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction)]
    assert commands.dest == "command"
    assert {"ingest", "ask", "duties", "eval", "serve", "bot", "migrate", "staff", "report"} <= set(
        commands.choices
    )
