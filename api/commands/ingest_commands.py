"""`trolyao ingest [PATH ...] [--reset] [--json]` and `trolyao duties "Sở Tài chính" [--json]`."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from api.config import SHIPPED_CORPUS, Settings, get_settings
from api.index_state import IndexStateStore, IngestBusy


def register(sub: argparse._SubParsersAction[Any]) -> None:
    """Add this group's sub-commands (each sets `handler`, a function of the parsed args -> exit code)."""
    ingest = sub.add_parser(
        "ingest",
        help="đưa tài liệu vào kho tri thức (mặc định: bộ tài liệu kèm theo)",
        description="Đọc các tệp .txt .md .docx .pdf .html .csv .xlsx; "
        "chỉ lập chỉ mục lại những gì đã thay đổi.",
    )
    ingest.add_argument("paths", nargs="*", type=Path, metavar="PATH", help="tệp hoặc thư mục")
    ingest.add_argument("--reset", action="store_true", help="xoá chỉ mục cũ và lập lại từ đầu")
    ingest.add_argument("--json", action="store_true", help="in kết quả dạng JSON")
    ingest.set_defaults(handler=run_ingest)

    duties = sub.add_parser(
        "duties",
        help="nhiệm vụ và chế độ báo cáo của một cơ quan",
        description="Các nhiệm vụ cơ quan chủ trì, phối hợp, nhiệm vụ chung của nhóm "
        "và các báo cáo phải gửi.",
    )
    duties.add_argument("agency", help='tên cơ quan, ví dụ "Sở Tài chính", "STC", "so tai chinh"')
    duties.add_argument("--json", action="store_true", help="in kết quả dạng JSON")
    duties.set_defaults(handler=run_duties)


def _progress_bar(total: int) -> Any:
    from tqdm import tqdm

    return tqdm(total=total, unit="đoạn", desc="Lập chỉ mục", file=sys.stdout)


def _index_state(settings: Settings) -> IndexStateStore:
    from tickets.db import make_engine, migrate

    engine = make_engine(settings.sqlalchemy_url)
    migrate(engine)
    return IndexStateStore(engine)


def run_ingest(args: argparse.Namespace, settings: Settings | None = None) -> int:
    from ingest.runner import ingest
    from knowledge.index import KnowledgeIndex

    settings = settings or get_settings()
    data_dir = settings.resolved_data_dir
    index = KnowledgeIndex.open(data_dir, embeddings=settings.embeddings, chroma_url=settings.chroma_url)
    paths = list(args.paths) or [SHIPPED_CORPUS]
    missing = [p for p in paths if not p.exists()]
    for path in missing:
        print(f"Không tìm thấy: {path}", file=sys.stderr)
    paths = [p for p in paths if p.exists()]
    if not paths:
        return 2
    progress = _progress_bar if sys.stdout.isatty() and not args.json else None
    state = _index_state(settings)
    try:
        with state.ingest_lease():
            report = ingest(paths, index, data_dir, reset=args.reset, progress=progress)
            if report.added or report.updated or report.removed or args.reset:
                state.bump()  # every web worker reloads the lexical index and passages
    except IngestBusy as exc:
        print(str(exc), file=sys.stderr)
        return 3
    if args.json:
        print(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    else:
        print(
            f"Đã lập chỉ mục: {len(report.added)} tài liệu mới, {len(report.updated)} tài liệu cập nhật, "
            f"{len(report.unchanged)} không đổi, {len(report.removed)} đã gỡ bỏ; "
            f"{report.chunks} đoạn được ghi (tổng {report.total_chunks} đoạn)."
        )
        for doc in report.removed:
            print(f"Đã gỡ khỏi chỉ mục: {doc}")
        for _, message in report.errors:
            print(f"Bỏ qua: {message}", file=sys.stderr)
    return 1 if report.errors and not (report.added or report.updated or report.unchanged) else 0


def run_duties(args: argparse.Namespace, settings: Settings | None = None) -> int:
    from knowledge.duties import DutiesBook, render_text

    if not args.agency.strip():
        print('Cần nhập tên cơ quan, ví dụ: trolyao duties "Sở Tài chính"', file=sys.stderr)
        return 2
    settings = settings or get_settings()
    book = DutiesBook.open(settings.resolved_data_dir)
    result = book.lookup(args.agency)
    if args.json:
        print(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
    else:
        print(render_text(result))
    return 0 if result.found else 1
