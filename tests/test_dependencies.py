"""Every package the code imports directly is declared in pyproject.toml: the packages' own imports in
`dependencies`, the tests' also in the `test` extra, the benchmarks' also in the `bench` extra."""

from __future__ import annotations

import ast
import functools
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

import pytest
from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parents[1]
OWN = {"api", "bot", "knowledge", "ingest", "tickets", "tests", "bench", "eval"}


def _normal(name: str) -> str:
    return name.lower().replace("_", "-").replace(".", "-")


def _declared(*extras: str) -> set[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    lines = list(project["dependencies"])
    for extra in extras:
        lines += project["optional-dependencies"][extra]
    return {_normal(Requirement(line).name) for line in lines}


def imported(folders: list[str]) -> dict[str, str]:
    """Top-level modules imported from outside the standard library and this project -> a file doing it."""
    found: dict[str, str] = {}
    for folder in folders:
        for path in sorted((ROOT / folder).rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Import):
                    names = [alias.name for alias in node.names]
                elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                    names = [node.module]
                else:
                    continue
                for name in names:
                    top = name.split(".")[0]
                    if top not in sys.stdlib_module_names and top not in OWN and top != "__future__":
                        found.setdefault(top, str(path.relative_to(ROOT)))
    return found


@functools.cache
def _installed() -> dict[str, list[str]]:
    return dict(packages_distributions())


def _distribution(module: str) -> str:
    """The distribution that installs `module` (its own name when it is not installed here)."""
    return _normal(_installed().get(module, [module])[0])


@pytest.mark.parametrize(
    ("folders", "extras"),
    [
        (["api", "bot", "knowledge", "ingest", "tickets"], ()),
        (["tests"], ("test",)),
        (["bench"], ("bench",)),
    ],
)
def test_every_directly_imported_package_is_declared(folders: list[str], extras: tuple[str, ...]) -> None:
    declared = _declared(*extras)
    missing = {
        module: where for module, where in imported(folders).items() if _distribution(module) not in declared
    }
    assert missing == {}, f"imported but not declared in pyproject.toml: {missing}"


def test_the_check_sees_an_undeclared_import(tmp_path: Path) -> None:
    assert "scipy" in imported(["knowledge"]) and _distribution("scipy") == "scipy"
    assert _distribution("docx") == "python-docx" and _distribution("jwt") == "pyjwt"
    assert "not-a-package" not in _declared("test", "bench")
