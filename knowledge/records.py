"""The structured records ingest writes under <data_dir>/records/: document cards and list rows
(procedures, business lines, contacts, agencies), reloaded when an ingest rewrites them.

A row is cited through its passage in the index: ingest gives each list row's chunk the metadata
`record` (the list kind) and `row` (its place in the list), so `passage_of` finds it.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

LIST_KINDS = ("procedures", "business_lines", "contacts", "agencies")


@dataclass(frozen=True)
class Row:
    kind: str  # one of LIST_KINDS
    doc: str
    row: int
    fields: dict[str, str]
    title: str = ""  # the list's title
    legal_basis: str = ""
    validity: str = ""
    source: str = ""


@dataclass(frozen=True)
class Card:
    doc: str
    title: str
    number: str
    issuer: str
    date: str
    kind: str
    period: str
    status: str
    replaced_by: str
    replaces: tuple[str, ...]
    details: dict[str, Any] = field(default_factory=dict)  # ingest/cards.py DocumentCard fields


def _load(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else None
    except (OSError, ValueError):
        return None


class RecordBook:
    """Cards and rows of one data dir; cheap to ask again (reloads only after an ingest)."""

    def __init__(self, data_dir: Path) -> None:
        self.root = Path(data_dir) / "records"
        self._lock = threading.Lock()
        self._stamp: tuple[int, ...] | None = None
        self._cards: list[Card] = []
        self._rows: dict[str, list[Row]] = {}

    def _current(self) -> tuple[int, ...]:
        names = ["documents.json", *(f"{k}.json" for k in LIST_KINDS)]
        return tuple((self.root / n).stat().st_mtime_ns if (self.root / n).exists() else 0 for n in names)

    def _refresh(self) -> None:
        with self._lock:
            stamp = self._current()
            if stamp == self._stamp:
                return
            docs = _load(self.root / "documents.json") or {}
            self._cards = [
                Card(
                    doc=str(d.get("doc", "")),
                    title=str(d.get("title", "")),
                    number=str(d.get("number", "")),
                    issuer=str(d.get("issuer", "")),
                    date=str(d.get("date", "")),
                    kind=str(d.get("kind", "")),
                    period=str(d.get("period", "")),
                    status=str(d.get("status", "unknown")),
                    replaced_by=str(d.get("replaced_by", "")),
                    replaces=tuple(d.get("replaces") or ()),
                    details=dict(d.get("card") or {}),
                )
                for d in docs.get("documents", [])
                if d.get("kind") != "danh mục"
            ]
            rows: dict[str, list[Row]] = {}
            for kind in LIST_KINDS:
                for lst in _load(self.root / f"{kind}.json") or []:
                    for i, rec in enumerate(lst.get("records", [])):
                        rows.setdefault(kind, []).append(
                            Row(
                                kind=kind,
                                doc=str(lst.get("doc", rec.get("doc", ""))),
                                row=i,
                                fields={str(k): str(v) for k, v in rec.get("fields", {}).items()},
                                title=str(lst.get("title", "")),
                                legal_basis=str(lst.get("legal_basis", "")),
                                validity=str(lst.get("validity", "")),
                                source=str(rec.get("source", "")),
                            )
                        )
            self._rows = rows
            self._stamp = stamp

    def cards(self) -> list[Card]:
        self._refresh()
        return self._cards

    def rows(self, kind: str) -> list[Row]:
        self._refresh()
        return self._rows.get(kind, [])
