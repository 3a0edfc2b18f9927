"""The shared scorer, ../shared/eval/score.py beside the repository: knowledge/evaluation.py must give
the same figures. Tests that compare with it skip, saying why, where that file is absent."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

SCORER = Path(__file__).resolve().parents[3] / "shared" / "eval" / "score.py"


def shared_scorer() -> ModuleType:
    if not SCORER.is_file():
        pytest.skip(
            f"the shared scorer is absent: no {SCORER} (../shared/eval/score.py beside the repository)"
        )
    spec = importlib.util.spec_from_file_location("shared_eval_score", SCORER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
