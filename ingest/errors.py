"""Typed ingest errors. Their messages are Vietnamese: the ingest command shows them to the user."""

from __future__ import annotations

from pathlib import Path


class IngestError(Exception):
    """Base class of everything ingest reports and skips."""


class UnreadableFileError(IngestError):
    """A file that cannot be parsed: corrupt, encrypted, wrong format, not UTF-8 ..."""

    def __init__(self, path: Path, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(f"Không đọc được tệp {path.name}: {reason}")


class UnsupportedFileError(IngestError):
    """A file whose extension no parser handles."""

    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(
            f"Bỏ qua tệp {path.name}: định dạng {path.suffix or '(không có đuôi)'} chưa được hỗ trợ "
            "(hỗ trợ .txt, .md, .docx, .pdf, .html, .csv, .xlsx)"
        )
