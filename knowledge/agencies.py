"""Agency names: canonical names, aliases and abbreviations, groups, diacritic-insensitive and fuzzy
matching ("Sở Tài chính", "STC", "Sở TC", "so tai chinh", "Sở Tài chánh" are one agency).

The agencies of the shipped list (knowledge/corpus/data/agencies_haiphong.csv: current names and
former names) plus the aliases of knowledge/agency_aliases.json are the universe; names met in task
tables can be added.
Generic assignees ("Các Sở, ban, ngành", "UBND các xã, phường, đặc khu") are groups: a member's
duty look-up includes the group's tasks as shared duties.
"""

from __future__ import annotations

import csv
import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from rapidfuzz import fuzz, process

from knowledge.text import fold_spaced

SHIPPED_AGENCIES = Path(__file__).resolve().parent / "corpus" / "data" / "agencies_haiphong.csv"

SO_BAN_NGANH = "Các Sở, ban, ngành"
CAP_XA = "UBND các xã, phường, đặc khu"
HIEP_HOI = "Các Hiệp hội doanh nghiệp, doanh nhân"


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

# Members of "Các Sở, ban, ngành": city departments and the city-level agencies of central bodies.
_SO_BAN_NGANH_PREFIXES = (
    "so ",
    "thanh tra thanh pho",
    "van phong uy ban",
    "ban quan ly",
    "thue thanh pho",
    "cong an thanh pho",
    "bao hiem xa hoi thanh pho",
    "ngan hang nha nuoc",
    "cuc thi hanh an",
    "toa an nhan dan thanh pho",
)

# Aliases as users and plans write them (data: knowledge/agency_aliases.json; folded on use).
ALIASES: dict[str, tuple[str, ...]] = {
    name: tuple(spellings)
    for name, spellings in json.loads(
        (Path(__file__).resolve().parent / "agency_aliases.json").read_text(encoding="utf-8")
    )["aliases"].items()
}


_CITY_SUFFIX = re.compile(r"\s+(?:thanh pho hai phong|tp hai phong|hai phong|\(cap xa\))$")
_LOCAL_UNIT = re.compile(r"^(?:(?:ubnd|uy ban nhan dan)\s+)?(phuong|xa|dac khu)\s+(\S.*)$")


def _strip_city(folded: str) -> str:
    return _CITY_SUFFIX.sub("", folded).strip()


@dataclass(frozen=True)
class Agency:
    name: str  # the canonical short name ("Sở Tài chính")
    full_name: str = ""  # "Sở Tài chính thành phố Hải Phòng"
    aliases: tuple[str, ...] = ()
    former_names: tuple[str, ...] = ()
    groups: tuple[str, ...] = ()

    def mention_forms(self) -> set[str]:
        """Folded forms that name this agency inside a task table cell (no short abbreviations)."""
        forms = {fold_spaced(self.name), _strip_city(fold_spaced(self.name))}
        if self.full_name:
            forms |= {fold_spaced(self.full_name), _strip_city(fold_spaced(self.full_name))}
        forms |= {
            fold_spaced(a) for a in self.aliases if len(a) > 12 and " " in a and fold_spaced(a) not in _FORMER
        }
        return {f for f in forms if len(f) > 4}


_FORMER = {
    fold_spaced(a)
    for a in (
        "Sở Kế hoạch và Đầu tư",
        "Sở Lao động - Thương binh và Xã hội",
        "Sở Giao thông vận tải",
        "Sở Tài nguyên và Môi trường",
        "Sở Nông nghiệp và Phát triển nông thôn",
        "Sở Thông tin và Truyền thông",
        "Sở Văn hóa và Thể thao",
        "Sở Du lịch",
    )
}


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


@dataclass
class AgencyMatch:
    agency: Agency | None
    how: str  # "exact", "alias", "former", "local", "fuzzy", "none"
    suggestions: list[str] = field(default_factory=list)


class AgencyDirectory:
    def __init__(self, agencies: Iterable[Agency]) -> None:
        self.agencies: dict[str, Agency] = {}
        for agency in agencies:
            self.add(agency)

    def add(self, agency: Agency) -> None:
        if agency.name in self.agencies:
            old = self.agencies[agency.name]
            agency = Agency(
                agency.name,
                old.full_name or agency.full_name,
                tuple(dict.fromkeys(old.aliases + agency.aliases)),
                tuple(dict.fromkeys(old.former_names + agency.former_names)),
                old.groups or agency.groups,
            )
        self.agencies[agency.name] = agency
        self._forms: dict[str, tuple[str, str]] | None = None

    @classmethod
    def shipped(cls, csv_path: Path = SHIPPED_AGENCIES) -> AgencyDirectory:
        return cls(load_agencies(csv_path))

    def _all_forms(self) -> dict[str, tuple[str, str]]:
        """folded form -> (agency name, how)."""
        if self._forms is None:
            forms: dict[str, tuple[str, str]] = {}
            for agency in self.agencies.values():
                for former in agency.former_names:
                    forms.setdefault(_strip_city(fold_spaced(former)), (agency.name, "former"))
                for alias in agency.aliases:
                    how = "former" if fold_spaced(alias) in _FORMER else "alias"
                    forms[_strip_city(fold_spaced(alias))] = (agency.name, how)
                for name in (agency.full_name, agency.name):
                    if name:
                        forms[_strip_city(fold_spaced(name))] = (agency.name, "exact")
            self._forms = forms
        return self._forms

    def match(self, query: str) -> AgencyMatch:
        key = _strip_city(fold_spaced(query))
        if not key:
            return AgencyMatch(None, "none", self.suggest(query))
        forms = self._all_forms()
        if key in forms:
            name, how = forms[key]
            return AgencyMatch(self.agencies[name], how)
        short = len(key.split()) <= 6
        local = _LOCAL_UNIT.match(key)
        if local and short:
            return AgencyMatch(_local_unit(query, local.group(1)), "local")
        mentioned = self._mentioned(query)
        if mentioned is not None:
            return mentioned
        for form, score, _ in process.extract(
            key, list(forms), scorer=fuzz.WRatio, score_cutoff=88, limit=10
        ):
            if short and (len(key) > 4 or score >= 95) and _same_kind(key, form):
                return AgencyMatch(self.agencies[forms[form][0]], "fuzzy")
        return AgencyMatch(None, "none", self.suggest(query))

    def _mentioned(self, text: str) -> AgencyMatch | None:
        """An agency named inside a longer text ("Sở Tài chính phải báo cáo gì?", "nhiệm vụ của STC")."""
        nfc = unicodedata.normalize("NFC", text)
        folded = fold_spaced(nfc)
        unit = re.search(r"(?:ubnd|uy ban nhan dan) (phuong|xa|dac khu) ([a-z]+(?: [a-z]+)?)", folded)
        if unit and len(folded) == len(re.sub(r"\s+", " ", nfc).strip()):
            original = re.sub(r"\s+", " ", nfc).strip()[unit.start() : unit.end()]
            return AgencyMatch(_local_unit(original, unit.group(1)), "local")
        forms = self._all_forms()
        abbreviations = self._abbreviations
        for form in sorted(forms, key=len, reverse=True):
            if not ((" " in form or form in abbreviations) and len(form) >= 3):
                continue
            for found in re.finditer(rf"(?<![a-z0-9]){re.escape(form)}(?![a-z0-9])", folded):
                before = folded[: found.start()].split()
                if before and before[-1] in _KIND_WORDS and not form.startswith(before[-1]):
                    continue  # "Bộ Công an" names a ministry, not "Công an thành phố"
                return AgencyMatch(self.agencies[forms[form][0]], "mention")
        return None

    @property
    def _abbreviations(self) -> set[str]:
        """Folded one-word aliases written in capitals ("STC", "SKHCN", "BHXH", "HEZA")."""
        return {
            fold_spaced(alias)
            for agency in self.agencies.values()
            for alias in agency.aliases
            if " " not in alias and alias.replace("&", "").isupper()
        }

    def suggest(self, query: str, limit: int = 5) -> list[str]:
        key = _strip_city(fold_spaced(query)) or fold_spaced(query)
        forms = self._all_forms()
        names: list[str] = []
        for form, _, _ in process.extract(key, list(forms), scorer=fuzz.WRatio, limit=30):
            name = forms[form][0]
            if name not in names:
                names.append(name)
            if len(names) == limit:
                break
        return names

    def named_in(self, text: str) -> list[str]:
        """Agencies a question names, in any spelling: current names, former names ("Sở Tài nguyên và
        Môi trường" -> its successor), abbreviations ("STC", "LMHTX") and communes ("phường Lê Chân")."""
        names = list(self.mentions(text)[0])
        folded = f" {fold_spaced(text)} "
        formers = sorted(
            ((fold_spaced(f), a.name) for a in self.agencies.values() for f in a.former_names if len(f) > 8),
            key=lambda fa: -len(fa[0]),
        )
        for form, name in formers:
            if f" {form} " in folded or f" {form}," in folded or f" {form}?" in folded:
                if name not in names:
                    names.insert(0, name)
                break
        if not names:
            found = self._mentioned(text)
            if found is not None and found.agency is not None:
                names.append(found.agency.name)
        return names

    def mentions(self, cell: str) -> tuple[list[str], list[Group]]:
        """(agency names, groups) named in a table cell; longest names first, no overlaps."""
        folded = fold_spaced(cell)
        taken: list[tuple[int, int]] = []

        def free(start: int, end: int) -> bool:
            return all(end <= s or start >= e for s, e in taken)

        groups: list[Group] = []
        for group in GROUPS:
            for pattern in group.patterns:
                for m in re.finditer(rf"(?<![a-z]){pattern}(?![a-z])", folded):
                    if free(m.start(), m.end()):
                        taken.append((m.start(), m.end()))
                        if group not in groups:
                            groups.append(group)
        candidates = sorted(
            ((form, agency.name) for agency in self.agencies.values() for form in agency.mention_forms()),
            key=lambda fa: -len(fa[0]),
        )
        names: list[str] = []
        for form, name in candidates:
            for m in re.finditer(rf"(?<![a-z]){re.escape(form)}(?![a-z])", folded):
                if free(m.start(), m.end()):
                    taken.append((m.start(), m.end()))
                    if name not in names:
                        names.append(name)
        return names, groups


_KIND_WORDS = (
    "bo",
    "so",
    "cuc",
    "ban",
    "vu",
    "phong",
    "trung tam",
    "uy ban",
    "ubnd",
    "ngan hang",
    "toa an",
    "thanh tra",
    "cong an",
    "bao hiem",
    "hiep hoi",
    "lien minh",
    "chi cuc",
    "van phong",
)


def _kind(folded: str) -> str:
    words = sorted(_KIND_WORDS, key=len, reverse=True)
    return next((w for w in words if folded == w or folded.startswith(w + " ")), "")


def _same_kind(a: str, b: str) -> bool:
    """A typo may change a letter, never the kind of body: "Bộ Tài chính" is not "Sở Tài chính"."""
    ka, kb = _kind(a), _kind(b)
    return not (ka and kb and ka != kb)


def _local_unit(query: str, kind: str) -> Agency:
    """ "UBND phường Hồng Bàng", "xã Vĩnh Bảo": a commune-level People's Committee (group member)."""
    text = re.sub(
        r"^\s*(?:UBND|Ủy ban nhân dân|ủy ban nhân dân|Uỷ ban nhân dân)\s+", "", query.strip(), flags=re.I
    )
    return Agency(name=f"UBND {text}", groups=(CAP_XA,), aliases=(text,))


def groups_of(name: str) -> tuple[str, ...]:
    key = fold_spaced(name)
    if key.startswith(_SO_BAN_NGANH_PREFIXES) and not key.startswith("so ban nganh"):
        return (SO_BAN_NGANH,)
    if key.startswith(("hiep hoi doanh nghiep", "vcci", "lien minh hop tac xa")):
        return (HIEP_HOI,)
    return ()


def load_agencies(csv_path: Path) -> list[Agency]:
    """The shipped list (current and former names) merged with the alias table."""
    rows: list[dict[str, str]] = []
    if csv_path.is_file():
        with csv_path.open(encoding="utf-8-sig", newline="") as fh:
            rows = list(csv.DictReader(fh))
    return agencies_from_rows(rows)


def agencies_from_rows(rows: Iterable[dict[str, str]]) -> list[Agency]:
    """Agencies from list rows ("ten_hien_nay", "ten_cu_or_ten_goi_khac") and the alias table."""
    out: dict[str, Agency] = {}
    for row in rows:
        full = row.get("ten_hien_nay", "").strip()
        if not full or "các xã, phường" in full:
            continue
        short = re.sub(r"\s+(thành phố Hải Phòng|Hải Phòng)$", "", full)
        short = {"Ủy ban nhân dân": "Ủy ban nhân dân thành phố Hải Phòng"}.get(short, short)
        if short.startswith(("Văn phòng Ủy ban", "Thanh tra", "Thuế", "Công an", "Bảo hiểm", "Cục Thi")):
            short += " thành phố"
        if short.startswith(("Hiệp hội Doanh nghiệp", "Liên minh Hợp tác xã", "Trung tâm Phục vụ")):
            short += " thành phố"
        if short.startswith("Ban Quản lý"):
            short = full
        former = tuple(
            re.sub(r"\s*\(.*?\)\s*", " ", p).strip()
            for p in row.get("ten_cu_or_ten_goi_khac", "").split("|")
            if p.strip() and not p.strip().startswith("tên lịch sử")
        )
        out[short] = Agency(short, full_name=full, former_names=tuple(f for f in former if f))
    for name, aliases in ALIASES.items():
        base = out.get(name, Agency(name))
        out[name] = Agency(name, base.full_name, tuple(aliases), base.former_names)
    # Generated abbreviations ("SKHCN", "Sở KH&CN"): only where they name one agency and no alias disagrees.
    manual = {fold_spaced(a) for aliases in ALIASES.values() for a in aliases}
    generated = {name: _generated_aliases(name) for name in out}
    seen: dict[str, int] = {}
    for forms in generated.values():
        for form in {fold_spaced(f) for f in forms}:
            seen[form] = seen.get(form, 0) + 1
    return [
        Agency(
            a.name,
            a.full_name,
            tuple(
                sorted(
                    set(a.aliases)
                    | {
                        g
                        for g in generated[a.name]
                        if fold_spaced(g) not in manual and seen[fold_spaced(g)] == 1
                    }
                )
            ),
            a.former_names,
            groups_of(a.name),
        )
        for a in out.values()
    ]
