"""The structured records under <data_dir>/records/: one file per document, and aggregates.

records/by_doc/<sha1>.json   one document: metadata, tasks, reports, list rows
records/documents.json       every document's metadata and the known replacements (197 -> 220)
records/tasks.json           every task row (Phụ lục I of 220/KH-UBND, the 3822/KH-BQL appendix, ...)
records/reports.json         every reporting duty
records/<kind>.json          list rows by kind: contacts, procedures, business_lines, agencies, tables
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from dataclasses import asdict
from pathlib import Path
from typing import Any

from ingest.builder import BuiltDocument
from ingest.metadata import DocumentMeta

LIST_KINDS = ("contacts", "procedures", "business_lines", "agencies", "table")


def write_json(path: Path, data: Any) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    os.replace(tmp, path)


class RecordStore:
    def __init__(self, data_dir: Path) -> None:
        self.root = Path(data_dir) / "records"
        self.by_doc = self.root / "by_doc"

    def _path(self, doc: str) -> Path:
        return self.by_doc / f"{hashlib.sha1(doc.encode('utf-8')).hexdigest()}.json"

    def clear(self) -> None:
        if self.root.is_dir():
            shutil.rmtree(self.root)

    def put(self, built: BuiltDocument) -> None:
        info = built.info()
        write_json(
            self._path(built.doc),
            {
                "doc": built.doc,
                "path": str(built.path),
                "info": asdict(info),
                "meta": asdict(built.meta),
                "card": built.card.to_dict() if built.card is not None else None,
                "tasks": [t.to_dict() for t in built.all_tasks()],
                "reports": [r.to_dict() for r in built.reports],
                "lists": {
                    kind: {"info": asdict(list_info), "records": [r.to_dict() for r in records]}
                    for kind, (list_info, records) in built.lists.items()
                },
            },
        )

    def remove(self, doc: str) -> None:
        self._path(doc).unlink(missing_ok=True)

    def documents(self) -> list[dict[str, Any]]:
        if not self.by_doc.is_dir():
            return []
        out = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(self.by_doc.glob("*.json"))]
        return sorted(out, key=lambda d: str(d["doc"]))

    def metas(self) -> dict[str, DocumentMeta]:
        return {d["doc"]: DocumentMeta(**d["meta"]) for d in self.documents()}

    def write_aggregates(self, replacements: list[dict[str, str]]) -> None:
        docs = self.documents()
        write_json(
            self.root / "documents.json",
            {
                "documents": [
                    {
                        **d["info"],
                        "period": d["meta"]["period"],
                        "replaces": d["meta"]["replaces"],
                        "card": d.get("card"),
                    }
                    for d in docs
                ],
                "replacements": replacements,
            },
        )
        write_json(self.root / "tasks.json", [t for d in docs for t in d["tasks"]])
        write_json(self.root / "reports.json", [r for d in docs for r in d["reports"]])
        for kind in LIST_KINDS:
            lists = [
                {"doc": d["doc"], **d["lists"][kind]["info"], "records": d["lists"][kind]["records"]}
                for d in docs
                if kind in d["lists"]
            ]
            write_json(self.root / f"{kind}.json", lists)
