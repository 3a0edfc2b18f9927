"""Data lists (CSV/XLSX): contacts, procedures, conditional business lines, agencies -> records.

Column names of the shipped lists get Vietnamese labels; a list's legal basis and period of
validity come from the SOURCES.md next to it (its table "Giai đoạn | Danh mục áp dụng | ... | Tệp").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ingest.blocks import Table
from ingest.records import ListRecord
from ingest.textclean import clean_inline
from knowledge.text import spaces

LABELS = {
    "co_quan": "Cơ quan",
    "bo_phan_or_chuc_danh": "Bộ phận/chức danh",
    "ho_ten": "Họ tên",
    "dien_thoai": "Điện thoại",
    "email": "Thư điện tử",
    "linh_vuc": "Lĩnh vực",
    "nguon": "Nguồn",
    "ten_thu_tuc": "Thủ tục",
    "co_quan_giai_quyet": "Cơ quan giải quyết",
    "thoi_han": "Thời hạn giải quyết",
    "phi_le_phi": "Phí, lệ phí",
    "ho_so": "Hồ sơ",
    "so_thu_tu": "STT",
    "nganh_nghe": "Ngành, nghề kinh doanh có điều kiện",
    "linh_vuc_or_bo_quan_ly": "Lĩnh vực/bộ quản lý",
    "ten_hien_nay": "Tên hiện nay",
    "ten_cu_or_ten_goi_khac": "Tên cũ/tên gọi khác",
    "ghi_chu": "Ghi chú",
}

# What kind of list a header describes (by its columns, not by the file name).
LIST_KINDS: list[tuple[str, set[str]]] = [
    ("contacts", {"co_quan", "dien_thoai"}),
    ("procedures", {"ten_thu_tuc"}),
    ("business_lines", {"nganh_nghe"}),
    ("agencies", {"ten_hien_nay"}),
]

TITLES = {
    "contacts": "Danh bạ số điện thoại, thư điện tử công bố của cơ quan ở Hải Phòng",
    "procedures": "Thủ tục hành chính cấp phép kinh doanh có điều kiện",
    "business_lines": "Danh mục ngành, nghề đầu tư kinh doanh có điều kiện",
    "agencies": "Danh sách cơ quan thành phố Hải Phòng (tên hiện nay, tên cũ)",
    "table": "Bảng",
}


@dataclass(frozen=True)
class ListInfo:
    kind: str
    title: str
    legal_basis: str = ""
    validity: str = ""
    description: str = ""  # what SOURCES.md says about the list (its section, shortened)


def list_kind(header: list[str]) -> str:
    names = {h.strip() for h in header}
    for kind, required in LIST_KINDS:
        if required <= names:
            return kind
    return "table"


SOURCES_FILE = "SOURCES.md"  # provenance notes beside data lists: read for list metadata, never indexed
DESCRIPTION_MAX = 700


def sources_info(path: Path) -> tuple[str, str, str]:
    """(description, legal basis, validity) for a list file, read from SOURCES.md in its folder.

    The description is the text under the SOURCES.md heading that names the file; legal basis and
    validity come from a table row naming the file ("Giai đoạn | Danh mục áp dụng | ... | Tệp").
    """
    sources = path.parent / SOURCES_FILE
    if not sources.is_file():
        return "", "", ""
    text = sources.read_text(encoding="utf-8")
    description = ""
    section = re.search(
        rf"^##+ [^\n]*`{re.escape(path.name)}`[^\n]*\n(.*?)(?=^##|\Z)", text, re.MULTILINE | re.DOTALL
    )
    if section:
        prose = [clean_inline(line.lstrip("-* ")) for line in section.group(1).splitlines()]
        prose = [line for line in prose if line and not line.startswith("|")]
        description = spaces(" ".join(prose))
        if len(description) > DESCRIPTION_MAX:
            description = description[:DESCRIPTION_MAX].rsplit(". ", 1)[0] + "."
    for line in text.splitlines():
        if line.startswith("|") and f"`{path.name}`" in line:
            cells = [clean_inline(c) for c in line.strip().strip("|").split("|")]
            if len(cells) >= 3:
                return description, cells[1], cells[0]
    return description, "", ""


def list_records(table: Table, *, doc: str, path: Path) -> tuple[ListInfo, list[ListRecord]]:
    kind = list_kind(table.header)
    description, legal_basis, validity = sources_info(path)
    info = ListInfo(kind, TITLES[kind], legal_basis=legal_basis, validity=validity, description=description)
    header = [h.strip() for h in table.header]
    records: list[ListRecord] = []
    for row in table.rows:
        fields = {header[i]: spaces(v) for i, v in enumerate(row) if i < len(header) and spaces(v)}
        if not fields:
            continue
        records.append(
            ListRecord(
                doc=doc,
                list_name=path.stem,
                fields=fields,
                labels={k: LABELS.get(k, k) for k in fields},
                legal_basis=legal_basis,
                validity=validity,
                source=fields.get("nguon", ""),
            )
        )
    return info, records
