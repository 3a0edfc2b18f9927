"""The agencies the directory knows (knowledge/agencies.py matches names against them).

Two sources: the shipped list (knowledge/corpus/data/agencies_haiphong.csv: current and former names,
or the list ingest wrote) and knowledge/data/agency_aliases.json (per agency: kind, aliases and
abbreviations, former names, whether tickets are routed to it and the name they are stored under).
Generic assignees ("Các Sở, ban, ngành", "UBND các xã, phường, đặc khu") are groups: a member's duty
look-up includes the group's tasks as shared duties; an agency's kind says which groups it belongs to.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from knowledge.text import fold_spaced

SHIPPED_AGENCIES = Path(__file__).resolve().parent / "corpus" / "data" / "agencies_haiphong.csv"
ALIASES_FILE = Path(__file__).resolve().parent / "data" / "agency_aliases.json"

SO_BAN_NGANH = "Các Sở, ban, ngành"
CAP_XA = "UBND các xã, phường, đặc khu"
HIEP_HOI = "Các Hiệp hội doanh nghiệp, doanh nhân"

# Kinds of body and the group each belongs to ("" = none).
KINDS: dict[str, str] = {
    "city": "",  # the city People's Committee
    "department": SO_BAN_NGANH,  # a specialised body of the city (Sở, Thanh tra, Văn phòng UBND)
    "board": SO_BAN_NGANH,  # the economic zone authority
    "central_branch": SO_BAN_NGANH,  # a central body's city-level agency (Thuế, Công an, BHXH, NHNN ...)
    "service_center": "",  # the public administrative service centre
    "policy_bank": "",
    "association": HIEP_HOI,  # business associations, VCCI, the cooperative alliance
    "commune": CAP_XA,  # commune-level People's Committees (xã, phường, đặc khu)
    "other": "",
}


@dataclass(frozen=True)
class Group:
    name: str  # as shown with a shared task
    patterns: tuple[str, ...]  # regular expressions on folded text
    member_of: str = ""  # the membership it stands for ("" = its own name)

    @property
    def membership(self) -> str:
        return self.member_of or self.name


GROUPS: tuple[Group, ...] = (
    Group(
        "Các Sở, ban, ngành phụ trách những lĩnh vực cấp phép kinh doanh có điều kiện",
        (r"cac so,? ban,? nganh phu trach[^,;]*?kinh doanh co dieu kien",),
        member_of=SO_BAN_NGANH,
    ),
    Group(
        SO_BAN_NGANH,
        (r"cac so,? (?:ban,? )?nganh(?: thanh pho| tp)?(?:,? dia phuong)?", r"so,? ban,? nganh"),
    ),
    Group(CAP_XA, (r"(?:ubnd|uy ban nhan dan) cac xa,? phuong,? dac khu", r"cac xa,? phuong,? dac khu")),
    Group(HIEP_HOI, (r"cac hiep hoi doanh nghiep(?:,? doanh nhan)?(?: tren dia ban (?:thanh pho|tp))?",)),
)


@dataclass(frozen=True)
class Agency:
    name: str  # the canonical short name ("Sở Tài chính")
    full_name: str = ""  # "Sở Tài chính thành phố Hải Phòng"
    aliases: tuple[str, ...] = ()  # with the entry's former names (FORMER_ALIASES)
    former_names: tuple[str, ...] = ()  # from the shipped list
    groups: tuple[str, ...] = ()
    kind: str = "other"
    tickets: bool = False  # CÙNG THÀNH CÔNG tickets are routed to it
    stored_as: str = ""  # the name on tickets, accounts and agency chats when not `name`

    @property
    def ticket_name(self) -> str:
        return self.stored_as or self.name


@dataclass(frozen=True)
class Entry:
    """One agency of knowledge/data/agency_aliases.json."""

    name: str
    kind: str
    aliases: tuple[str, ...]
    former: tuple[str, ...]
    tickets: bool
    stored_as: str
    list_name: str


def _entries() -> list[Entry]:
    data: dict[str, Any] = json.loads(ALIASES_FILE.read_text(encoding="utf-8"))
    entries = [
        Entry(
            e["name"],
            e["kind"],
            tuple(e.get("aliases", ())),
            tuple(e.get("former", ())),
            bool(e.get("tickets", False)),
            e.get("stored_as", ""),
            e.get("list_name", ""),
        )
        for e in data["agencies"]
    ]
    unknown = [e.kind for e in entries if e.kind not in KINDS]
    if unknown:
        raise ValueError(f"{ALIASES_FILE.name}: unknown agency kinds {unknown}")
    return entries


ENTRIES: tuple[Entry, ...] = tuple(_entries())
# Former names written as aliases ("Sở Kế hoạch và Đầu tư"): they match as "former", never inside a cell.
FORMER_ALIASES = frozenset(fold_spaced(f) for e in ENTRIES for f in e.former)

_KIND_PREFIXES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("department", ("so ", "thanh tra thanh pho", "van phong uy ban")),
    ("board", ("ban quan ly",)),
    (
        "central_branch",
        (
            "thue thanh pho",
            "cong an thanh pho",
            "bao hiem xa hoi thanh pho",
            "ngan hang nha nuoc",
            "cuc thi hanh an",
            "toa an nhan dan thanh pho",
        ),
    ),
    ("association", ("hiep hoi doanh nghiep", "vcci", "lien minh hop tac xa")),
)


def kind_of(name: str) -> str:
    """The kind of a body the aliases file does not list, from how its name begins."""
    key = fold_spaced(name)
    if key.startswith("so ban nganh"):
        return "other"
    return next((kind for kind, starts in _KIND_PREFIXES if key.startswith(starts)), "other")


def _initials(core: str) -> set[str]:
    """Abbreviations of a department's field: "Khoa học và Công nghệ" -> KHCN, KH&CN."""
    parts = [p.strip() for p in re.split(r"\s+và\s+|,\s*", core) if p.strip()]
    if not parts:
        return set()
    chunks = ["".join(w[0] for w in p.split() if w[0].isalpha()).upper() for p in parts]
    return {
        "".join(chunks),
        "&".join(chunks),
        "".join(chunks[:-1]) + "&" + chunks[-1] if len(chunks) > 1 else "",
    } - {""}


def _generated_aliases(name: str) -> set[str]:
    if not name.startswith("Sở "):
        return set()
    out: set[str] = set()
    for abbr in _initials(name[3:]):
        out |= {f"Sở {abbr}", f"S{abbr}"}
    return out


def _short_name(full: str) -> str:
    """The canonical short name of a list row ("Sở Tài chính thành phố Hải Phòng" -> "Sở Tài chính")."""
    listed = next((e.name for e in ENTRIES if e.list_name == full), "")
    if listed:
        return listed
    short = re.sub(r"\s+(thành phố Hải Phòng|Hải Phòng)$", "", full)
    short = {"Ủy ban nhân dân": "Ủy ban nhân dân thành phố Hải Phòng"}.get(short, short)
    if short.startswith(("Văn phòng Ủy ban", "Thanh tra", "Thuế", "Công an", "Bảo hiểm", "Cục Thi")):
        short += " thành phố"
    if short.startswith(("Hiệp hội Doanh nghiệp", "Liên minh Hợp tác xã", "Trung tâm Phục vụ")):
        short += " thành phố"
    if short.startswith("Ban Quản lý"):
        short = full
    return short


def load_agencies(csv_path: Path) -> list[Agency]:
    """The shipped list (current and former names) merged with the aliases file."""
    rows: list[dict[str, str]] = []
    if csv_path.is_file():
        with csv_path.open(encoding="utf-8-sig", newline="") as fh:
            rows = list(csv.DictReader(fh))
    return agencies_from_rows(rows)


def agencies_from_rows(rows: Iterable[dict[str, str]]) -> list[Agency]:
    """Agencies from list rows ("ten_hien_nay", "ten_cu_or_ten_goi_khac") and the aliases file."""
    listed: dict[str, tuple[str, tuple[str, ...]]] = {}  # short name -> (full name, former names)
    for row in rows:
        full = row.get("ten_hien_nay", "").strip()
        if not full:
            continue
        former = tuple(
            re.sub(r"\s*\(.*?\)\s*", " ", p).strip()
            for p in row.get("ten_cu_or_ten_goi_khac", "").split("|")
            if p.strip() and not p.strip().startswith("tên lịch sử")
        )
        listed[_short_name(full)] = (full, tuple(f for f in former if f))
    entries = {e.name: e for e in ENTRIES}
    names = list(dict.fromkeys([*listed, *entries]))
    # Generated abbreviations ("SKHCN", "Sở KH&CN"): only where they name one agency and no alias disagrees.
    manual = {fold_spaced(a) for e in ENTRIES for a in (*e.aliases, *e.former)}
    generated = {name: _generated_aliases(name) for name in names}
    seen: dict[str, int] = {}
    for forms in generated.values():
        for form in {fold_spaced(f) for f in forms}:
            seen[form] = seen.get(form, 0) + 1
    out: list[Agency] = []
    for name in names:
        full, former = listed.get(name, ("", ()))
        entry = entries.get(name)
        own = (*entry.aliases, *entry.former) if entry else ()
        extra = {g for g in generated[name] if fold_spaced(g) not in manual and seen[fold_spaced(g)] == 1}
        kind = entry.kind if entry else kind_of(name)
        out.append(
            Agency(
                name,
                full,
                tuple(sorted(set(own) | extra)),
                former,
                (KINDS[kind],) if KINDS[kind] else (),
                kind,
                entry.tickets if entry else False,
                entry.stored_as if entry else "",
            )
        )
    return out
