"""Score tables flattened by PDF extraction (the DDCI appendix of 3822/KH-BQL).

The layout: a header line "TT <label> 2021 2022 2023" followed by header words broken over lines
("Mục / tiêu / năm / 2024", "Đơn vị thực hiện Đơn vị phối hợp"), then one row per sub-index:
"I Quy trình thực hiện TTHC 6,07 7,2 7,44 7,66 Văn phòng BQL" with the remaining units on the
next lines (the first unit is the implementing one, the others cooperate).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ingest.textclean import clean_inline

_HEADER = re.compile(r"^S?TT\s+(\D+?)\s+((?:(?:19|20)\d{2}\s+)*(?:19|20)\d{2})$")
_NUM = r"\d+(?:,\d+)?"
_ROMAN_ONLY = re.compile(r"^[IVXLC]+$")
_ROMAN_LEAD = re.compile(r"^([IVXLC]+)\s+(\S.*)$")
_TRAILING_SPLIT = re.compile(r"\s+(?=(?:Đơn vị|Cơ quan|Ghi chú)\b)")


@dataclass
class ScoreRow:
    number: str
    label: str
    values: dict[str, str]
    units: list[str] = field(default_factory=list)
    raw: str = ""  # the row as printed (label, values and the unit on the same line)


@dataclass
class ScoreTable:
    label_header: str
    value_headers: list[str]
    unit_headers: list[str]
    rows: list[ScoreRow]
    note: str = ""


def _numbers_at_end(line: str, count: int) -> re.Match[str] | None:
    return re.search(rf"(?:^|\s)((?:{_NUM}\s+){{{count - 1}}}{_NUM})(?:\s+(\D.*))?$", line)


def _join(parts: list[str]) -> str:
    out = ""
    for part in parts:
        if out.endswith("-") and not out.endswith(" -"):
            out += part
        else:
            out = f"{out} {part}".strip()
    return out


def _units(lines: list[str]) -> list[str]:
    units: list[str] = []
    for line in lines:
        if units and (line[:1].islower() or (units[-1].endswith("-") and not units[-1].endswith(" -"))):
            units[-1] = _join([units[-1], line])
        else:
            units.append(line)
    return units


def parse_score_tables(raw_text: str) -> list[ScoreTable]:
    lines = [clean_inline(line) for line in raw_text.splitlines()]
    lines = [line for line in lines if line]
    tables: list[ScoreTable] = []
    i = 0
    while i < len(lines):
        header = _HEADER.match(lines[i])
        if not header:
            i += 1
            continue
        years = header.group(2).split()
        i += 1
        extra: list[str] = []
        while i < len(lines) and not re.search(r"(?:19|20)\d{2}$", " ".join(extra)) and len(extra) < 6:
            if re.search(_NUM, lines[i]) and not re.fullmatch(r"(?:19|20)\d{2}", lines[i]):
                break
            extra.append(lines[i])
            i += 1
        value_headers = years + ([" ".join(extra)] if extra else [])
        trailing = lines[i] if i < len(lines) and not re.search(r"\d", lines[i]) else ""
        if trailing:
            i += 1
        table = ScoreTable(
            label_header=header.group(1),
            value_headers=value_headers,
            unit_headers=_TRAILING_SPLIT.split(trailing) if trailing else [],
            rows=[],
        )
        i = _rows(lines, i, table)
        if table.rows:
            tables.append(table)
    return tables


def _rows(lines: list[str], i: int, table: ScoreTable) -> int:
    count = len(table.value_headers)
    label_parts: list[str] = []
    raw_parts: list[str] = []
    number = ""
    current: ScoreRow | None = None
    unit_lines: list[str] = []

    def close() -> None:
        nonlocal current, unit_lines
        if current is not None:
            current.units = _units(unit_lines)
            table.rows.append(current)
        current, unit_lines = None, []

    while i < len(lines):
        line = lines[i]
        if line.startswith("*") and len(line) > 2:
            close()
            table.note = line.lstrip("* ").strip()
            return i + 1
        if _HEADER.match(line):  # the header repeated on the next page
            close()
            i += 1
            while i < len(lines) and not _numbers_at_end(lines[i], count) and not _ROMAN_LEAD.match(lines[i]):
                if _ROMAN_ONLY.match(lines[i]):
                    break
                i += 1
            continue
        found = _numbers_at_end(line, count)
        roman = _ROMAN_LEAD.match(line)
        if _ROMAN_ONLY.match(line):
            close()
            number, label_parts, raw_parts = line, [], [line]
        elif found and (found.start(1) > 0 or label_parts):
            if found.start(1) > 0 or current is None:
                close()
            label = line[: found.start(1)].strip()
            lead = _ROMAN_LEAD.match(label)
            if lead:
                number, label = lead.group(1), lead.group(2)
            values = dict(zip(table.value_headers, found.group(1).split(), strict=False))
            raw = _join([*raw_parts, *label_parts, line]) if raw_parts or label_parts else line
            current = ScoreRow(number=number, label=_join([*label_parts, label]), values=values, raw=raw)
            number, label_parts, raw_parts = "", [], []
            if found.group(2):
                unit_lines.append(found.group(2).strip())
        elif roman and current is not None:
            close()
            number, label_parts, raw_parts = roman.group(1), [roman.group(2)], [roman.group(1)]
        elif current is None:
            label_parts.append(line)
        else:
            unit_lines.append(line)
        i += 1
    close()
    return i
