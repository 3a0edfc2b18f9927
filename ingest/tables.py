"""Tables -> task records (plan appendices) and generic row records, every row keeping its headers."""

from __future__ import annotations

import re

from ingest.blocks import Table
from ingest.records import ListRecord, TaskRecord
from knowledge.text import fold_spaced, spaces

_ROMAN = re.compile(r"^[IVXLC]+\.?$")
_NUMBER = re.compile(r"^\d+[a-z]?\.?$")
_PAGE = re.compile(r"^\d{1,3}/\d{1,3}$")

# field -> predicates on the folded header (first match wins, in this order)
_TASK_COLUMNS: list[tuple[str, tuple[str, ...]]] = [
    ("number", ("stt", "tt", "so tt")),
    ("task", ("nhiem vu", "noi dung", "cong viec")),
    ("lead", ("chu tri", "don vi thuc hien", "co quan thuc hien")),
    ("cooperate", ("phoi hop",)),
    ("completion", ("hoan thanh", "van hanh")),
    ("period", ("thoi gian", "thoi han", "tien do")),
]


def _column_map(header: list[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    for index, name in enumerate(header):
        key = fold_spaced(name)
        for field_name, needles in _TASK_COLUMNS:
            if field_name in found:
                continue
            if (field_name == "number" and key in needles) or (
                field_name != "number" and any(n in key for n in needles)
            ):
                found[field_name] = index
                break
    return found


def is_task_table(table: Table) -> bool:
    columns = _column_map(table.header)
    return {"task", "lead"} <= columns.keys()


def _cell(row: list[str], index: int | None) -> str:
    if index is None or index >= len(row):
        return ""
    return spaces(row[index])


def task_records(table: Table, *, doc: str, plan: str, section: str) -> list[TaskRecord]:
    columns = _column_map(table.header)
    header_key = [fold_spaced(h) for h in table.header]
    records: list[TaskRecord] = []
    group = ""
    for row in table.rows:
        if [fold_spaced(c) for c in row] == header_key:
            continue  # the header repeated on every page
        first = spaces(row[0]) if row else ""
        rest = [spaces(c) for c in row[1:] if spaces(c) and not _PAGE.match(spaces(c))]
        if _ROMAN.match(first) and len(rest) <= 1:
            group = f"{first.rstrip('.')}. {rest[0]}" if rest else first
            continue
        if not _NUMBER.match(first):
            continue
        number = first.rstrip(".")
        extra = {
            table.header[i]: spaces(v)
            for i, v in enumerate(row)
            if i not in columns.values() and i < len(table.header) and spaces(v)
        }
        records.append(
            TaskRecord(
                doc=doc,
                plan=plan,
                number=number,
                group=group,
                task=_cell(row, columns.get("task")),
                lead=_cell(row, columns.get("lead")),
                cooperate=_cell(row, columns.get("cooperate")),
                period=_cell(row, columns.get("period")),
                completion=_cell(row, columns.get("completion")),
                section=" > ".join(p for p in (section, group, f"Nhiệm vụ {number}") if p),
                headers={f: spaces(table.header[i]) for f, i in columns.items()},
                extra=extra,
            )
        )
    return records


def row_records(table: Table, *, doc: str, name: str) -> list[ListRecord]:
    """Any other table: one record per row, values labelled with the column headers."""
    header = [spaces(h) or f"Cột {i + 1}" for i, h in enumerate(table.header)]
    out: list[ListRecord] = []
    for row in table.rows:
        values = {header[i]: spaces(v) for i, v in enumerate(row) if i < len(header) and spaces(v)}
        if not values or [spaces(c) for c in row] == header:
            continue
        out.append(ListRecord(doc=doc, list_name=name, fields=values, labels={h: h for h in values}))
    return out


def is_noise_table(table: Table) -> bool:
    """Routing stamps and check-box grids: mostly empty or one-character cells."""
    cells = [spaces(c) for row in table.rows for c in row]
    if len(table.header) < 2 or not cells:
        return True
    thin = sum(len(c) <= 1 for c in cells)
    return thin > len(cells) / 2
