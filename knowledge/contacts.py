"""The published hotline, read from the contacts list that ingest writes under <data_dir>/records/.

A contact row is any JSON object (at any depth of a records file) with a phone field, either
directly or in its "fields". The hotline is the row whose field of work is receiving businesses'
and citizens' feedback ("phản ánh, kiến nghị"), preferring the city's own switchboard.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from knowledge.text import fold

PHONE_KEYS = ("dien_thoai", "phone", "so_dien_thoai")


@dataclass(frozen=True)
class Contact:
    agency: str
    role: str
    phone: str
    field: str


def _rows(node: Any) -> Iterator[dict[str, Any]]:
    if isinstance(node, dict):
        fields = node.get("fields")
        if isinstance(fields, dict) and any(k in fields for k in PHONE_KEYS):
            yield fields
        elif any(k in node for k in PHONE_KEYS):
            yield node
        else:
            for value in node.values():
                yield from _rows(value)
    elif isinstance(node, list):
        for item in node:
            yield from _rows(item)


def load_contacts(records_dir: Path) -> list[Contact]:
    out: list[Contact] = []
    if not records_dir.is_dir():
        return out
    for path in sorted(records_dir.rglob("*.json")):
        if "contact" not in path.name and "lien_he" not in path.name:
            continue
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        for row in _rows(data):
            phone = next((str(row[k]) for k in PHONE_KEYS if row.get(k)), "")
            if phone:
                out.append(
                    Contact(
                        agency=str(row.get("co_quan", row.get("agency", ""))),
                        role=str(row.get("bo_phan_or_chuc_danh", row.get("role", ""))),
                        phone=phone,
                        field=str(row.get("linh_vuc", row.get("field", ""))),
                    )
                )
    return out


def _rank(contact: Contact) -> tuple[int, int, int]:
    field = fold(contact.field)
    agency = fold(contact.agency)
    return (
        "phan anh" in field or "kien nghi" in field,
        agency.startswith("ubnd thanh pho") or agency.startswith("uy ban nhan dan thanh pho"),
        "thanh tra" in agency,
    )


def hotline(contacts: list[Contact]) -> Contact | None:
    """The contact to offer when the knowledge base has no answer."""
    return max(contacts, key=_rank) if contacts else None
