"""The agency directory: one place that resolves agency names for ticket routing, duties and answers.
Canonical names, aliases and abbreviations, former names, groups; diacritic-insensitive and fuzzy
matching ("Sở Tài chính", "STC", "Sở TC", "so tai chinh", "Sở Tài chánh" are one agency).

The agencies come from knowledge/agency_list.py (the shipped list plus the aliases file); names met in
task tables can be added.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from rapidfuzz import fuzz, process

from knowledge.agency_list import (
    CAP_XA,
    ENTRIES,
    FORMER_ALIASES,
    GROUPS,
    HIEP_HOI,
    SHIPPED_AGENCIES,
    SO_BAN_NGANH,
    Agency,
    Group,
    agencies_from_rows,
    load_agencies,
)
from knowledge.text import expand_abbreviations, fold_spaced

__all__ = [
    "CAP_XA",
    "HIEP_HOI",
    "SO_BAN_NGANH",
    "Agency",
    "AgencyDirectory",
    "AgencyMatch",
    "Group",
    "agencies_from_rows",
    "load_agencies",
]

_CITY_SUFFIX = re.compile(r"\s+(?:thanh pho hai phong|tp hai phong|hai phong|\(cap xa\))$")
_LOCAL_UNIT = re.compile(r"^(?:(?:ubnd|uy ban nhan dan)\s+)?(phuong|xa|dac khu)\s+(\S.*)$")


def _strip_city(folded: str) -> str:
    return _CITY_SUFFIX.sub("", folded).strip()


def mention_forms(agency: Agency) -> set[str]:
    """Folded forms that name an agency inside a task table cell (no short abbreviations)."""
    forms = {fold_spaced(agency.name), _strip_city(fold_spaced(agency.name))}
    if agency.full_name:
        forms |= {fold_spaced(agency.full_name), _strip_city(fold_spaced(agency.full_name))}
    forms |= {
        fold_spaced(a)
        for a in agency.aliases
        if len(a) > 12 and " " in a and fold_spaced(a) not in FORMER_ALIASES
    }
    return {f for f in forms if len(f) > 4}


@dataclass
class AgencyMatch:
    agency: Agency | None
    how: str  # "exact", "alias", "former", "local", "fuzzy", "none"
    suggestions: list[str] = field(default_factory=list)


_ASKING_NAMES = frozenset({"nao", "gi", "ay", "do", "minh", "nay", "kia"})
_NOT_LOCAL = r"(?! (?:cac |nhung )?(?:phuong|xa|dac khu|quan|huyen)\b)"  # a commune's body follows
_TO = re.compile(r"\b(?:cho|gui|gui ve|ve|len|toi|den|nop)\s*$")  # "… cho Sở", "gửi về Sở"
ACRONYM = re.compile(r"^[A-ZĐ][A-ZĐ&]{2,9}$")  # "HEZA", "BQLKKT": a listed name written as capitals


class AgencyDirectory:
    def __init__(self, agencies: Iterable[Agency]) -> None:
        self.agencies: dict[str, Agency] = {}
        for agency in agencies:
            self.add(agency)

    def add(self, agency: Agency) -> None:
        if agency.name in self.agencies:
            old = self.agencies[agency.name]
            agency = replace(
                old,
                full_name=old.full_name or agency.full_name,
                aliases=tuple(dict.fromkeys(old.aliases + agency.aliases)),
                former_names=tuple(dict.fromkeys(old.former_names + agency.former_names)),
                groups=old.groups or agency.groups,
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
                    how = "former" if fold_spaced(alias) in FORMER_ALIASES else "alias"
                    forms[_strip_city(fold_spaced(alias))] = (agency.name, how)
                for name in (agency.full_name, agency.name):
                    if name:
                        forms[_strip_city(fold_spaced(name))] = (agency.name, "exact")
            self._forms = forms
        return self._forms

    def find(self, name: str) -> Agency | None:
        """The agency a name spells exactly (any case, with or without diacritics), no guessing."""
        found = self._all_forms().get(_strip_city(fold_spaced(name)))
        return self.agencies[found[0]] if found else None

    def ticket_agencies(self) -> list[Agency]:
        """The agencies CÙNG THÀNH CÔNG tickets are routed to, in the aliases file's order."""
        order = {e.name: i for i, e in enumerate(ENTRIES)}
        return sorted((a for a in self.agencies.values() if a.tickets), key=lambda a: order.get(a.name, 0))

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
        if unit and unit.group(2).split()[0] in _ASKING_NAMES:
            unit = None  # "UBND xã nào ban hành": a commune asked for, not named
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
        tokens = set(re.findall(r"[\wĐđ&-]+", text))
        for agency in self.agencies.values():  # an acronym among the listed names, typed in capitals
            if agency.name not in names and any(
                f in tokens and ACRONYM.match(f) for f in agency.former_names
            ):
                names.append(agency.name)
        if not names:
            found = self._mentioned(text)
            if found is not None and found.agency is not None:
                names.append(found.agency.name)
        for name in self.mentions(expand_abbreviations(text), local=False)[0]:  # "BQL Khu kinh tế …"
            if name not in names:
                names.append(name)
        return names

    def named_as_recipient(self, text: str, name: str) -> bool:
        """Whether the text names this agency only as the one something goes to ("báo cáo cho Sở Tài
        chính", "gửi về Sở Tài chính"), never as the one that acts."""
        agency = self.find(name)
        if agency is None:
            return False
        folded = fold_spaced(expand_abbreviations(text))
        spots = [
            m.start()
            for form in mention_forms(agency)
            for m in re.finditer(rf"\b{re.escape(form)}\b", folded)
        ]
        return bool(spots) and all(_TO.search(folded[:spot]) for spot in spots)

    def mentions(self, cell: str, *, local: bool = True) -> tuple[list[str], list[Group]]:
        """(agency names, groups) named in a table cell; longest names first, no overlaps. `local`
        False: a name followed by a commune ("Ủy ban nhân dân xã …") names that commune's body, not
        the city's agency."""
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
            ((form, agency.name) for agency in self.agencies.values() for form in mention_forms(agency)),
            key=lambda fa: -len(fa[0]),
        )
        names: list[str] = []
        for form, name in candidates:
            for m in re.finditer(
                rf"(?<![a-z]){re.escape(form)}(?![a-z]){'' if local else _NOT_LOCAL}", folded
            ):
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
    return Agency(name=f"UBND {text}", groups=(CAP_XA,), aliases=(text,), kind="commune")
