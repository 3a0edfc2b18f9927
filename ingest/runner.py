"""Incremental ingest: parse every file, index only documents whose content hash changed, remove
documents whose file is gone, and write the structured records under <data_dir>/records/.

The index is anything with the KnowledgeIndex seam (indexed / replace_document / remove_document).
Files that cannot be read are reported by name and skipped; the rest is indexed.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Protocol

from ingest.builder import BuiltDocument, build
from ingest.cards import sidecar_path
from ingest.errors import IngestError, UnreadableFileError
from ingest.lists import SOURCES_FILE
from ingest.metadata import DocumentMeta, replacement_catalog, resolve_status
from ingest.parsers import SUPPORTED_SUFFIXES, parse_file
from ingest.record_store import RecordStore, write_json
from knowledge.documents import Chunk, DocumentInfo

log = logging.getLogger(__name__)

MANIFEST = "ingest_manifest.json"


class Progress(Protocol):
    """What a progress bar offers (tqdm does)."""

    def update(self, n: int = 1) -> object: ...

    def close(self) -> None: ...


class IndexWriter(Protocol):
    def indexed(self) -> dict[str, str]: ...

    def replace_document(self, info: DocumentInfo, chunks: list[Chunk]) -> None: ...

    def remove_document(self, doc: str) -> None: ...


@dataclass
class IngestReport:
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    errors: list[tuple[str, str]] = field(default_factory=list)  # (file, Vietnamese message)
    chunks: int = 0  # chunks written in this run
    total_chunks: int = 0  # chunks of every document of this run

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def collect_files(paths: Iterable[Path]) -> list[tuple[Path, Path]]:
    """(file, root) for every file under the given files or folders.

    Hidden entries are skipped, and SOURCES.md files: they describe the data lists beside them (legal
    basis, validity) and are read for that, not indexed as documents.
    """
    out: list[tuple[Path, Path]] = []
    for raw in paths:
        root = raw.expanduser().resolve()
        if root.is_dir():
            for path in sorted(root.rglob("*")):
                hidden = any(p.startswith(".") for p in path.relative_to(root).parts)
                wanted = path.suffix.lower() in SUPPORTED_SUFFIXES and path.name != SOURCES_FILE
                if path.is_file() and not hidden and wanted:
                    out.append((path, root))
        else:
            out.append((root, root.parent))
    return out


def _doc_names(files: list[tuple[Path, Path]]) -> dict[Path, str]:
    """The file name, or the path under its root when two files share a name."""
    counts: dict[str, int] = {}
    for path, _ in files:
        counts[path.name] = counts.get(path.name, 0) + 1
    return {
        path: path.name if counts[path.name] == 1 else path.relative_to(root).as_posix()
        for path, root in files
    }


def _file_hash(path: Path) -> str:
    """The file's bytes and its sidecar's (`<stem>.meta.json`): editing either re-indexes it."""
    digest = hashlib.sha256(path.read_bytes())
    side = sidecar_path(path)
    if side.is_file():
        digest.update(side.read_bytes())
    return digest.hexdigest()


def _read_manifest(data_dir: Path) -> dict[str, dict[str, str]]:
    path = data_dir / MANIFEST
    if not path.is_file():
        return {}
    data: dict[str, dict[str, str]] = json.loads(path.read_text(encoding="utf-8"))
    return data


def ingest(
    paths: Sequence[Path],
    index: IndexWriter | None,
    data_dir: Path,
    *,
    reset: bool = False,
    progress: Callable[[int], Progress] | None = None,
) -> IngestReport:
    """Index `paths` (files or folders). `progress(total_chunks)` makes a bar advanced per document.

    With `index=None` only the records are written (no embedding): what the duty look-up needs.
    """
    report = IngestReport()
    store = RecordStore(data_dir)
    manifest = _read_manifest(data_dir)
    if reset:
        if index is not None:
            for doc in index.indexed():
                index.remove_document(doc)
        store.clear()
        manifest = {}
    files = collect_files(paths)
    names = _doc_names(files)
    built: dict[str, BuiltDocument] = {}
    failed: set[str] = set()
    for path, root in files:
        doc = names[path]
        try:
            built[doc] = build(parse_file(path), doc=doc, file_hash=_file_hash(path))
            if not built[doc].chunks():
                del built[doc]
                raise UnreadableFileError(path, "tệp không có nội dung văn bản")
        except IngestError as exc:
            report.errors.append((path.name, str(exc)))
            failed.add(doc)
            log.warning("ingest skipped %s: %s", path.name, exc)
        except OSError as exc:
            report.errors.append((path.name, f"Không đọc được tệp {path.name}: {exc.strerror or exc}"))
            failed.add(doc)
        manifest[doc] = {"path": str(path), "root": str(root)}

    # Status (in force / replaced) is resolved across this run's documents and those already stored.
    metas: dict[str, DocumentMeta] = {doc: b.meta for doc, b in built.items()}
    for doc, meta in store.metas().items():
        metas.setdefault(doc, meta)
    resolved = resolve_status(metas)
    for doc, b in built.items():
        b.meta = resolved[doc]

    indexed = index.indexed() if index is not None else {}
    roots = {str(root) for _, root in files} | {str(p.expanduser().resolve()) for p in paths}
    for doc, entry in list(manifest.items()):
        if doc in built or doc in failed:
            continue
        if entry.get("root") in roots and not Path(entry.get("path", "")).exists():
            if index is not None and doc in indexed:
                index.remove_document(doc)
            store.remove(doc)
            manifest.pop(doc)
            report.removed.append(doc)

    if index is not None:
        _index_changed(index, built, indexed, report, progress)
    for b in built.values():
        store.put(b)
        report.total_chunks += len(b.chunks())
    store.write_aggregates(replacement_catalog(store.metas()))
    write_json(data_dir / MANIFEST, manifest)
    return report


def _index_changed(
    index: IndexWriter,
    built: dict[str, BuiltDocument],
    indexed: dict[str, str],
    report: IngestReport,
    progress: Callable[[int], Progress] | None,
) -> None:
    """Embed and index only the documents whose content hash differs from what is indexed."""
    todo = [(b, b.chunks()) for b in built.values() if indexed.get(b.doc) != b.content_hash]
    report.unchanged = sorted(doc for doc, b in built.items() if indexed.get(doc) == b.content_hash)
    bar = progress(sum(len(c) for _, c in todo)) if progress and todo else None
    try:
        for b, chunks in todo:
            index.replace_document(b.info(), chunks)
            report.chunks += len(chunks)
            (report.updated if b.doc in indexed else report.added).append(b.doc)
            if bar is not None:
                bar.update(len(chunks))
    finally:
        if bar is not None:
            bar.close()
