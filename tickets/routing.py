"""The routing table (data in tickets/data/): field -> agency, and a field guessed from the text.
Agency names resolve through the one agency directory (knowledge/agencies.py)."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from knowledge.agencies import AgencyDirectory
from knowledge.text import contains_phrase, fold_words, has_diacritics, normalize

DATA_DIR = Path(__file__).resolve().parent / "data"
COORDINATOR_AGENCY = "Sở Tài chính"
UNKNOWN_FIELD = "khac"


@dataclass(frozen=True)
class FieldInfo:
    key: str
    label: str
    resolve_days: int
    priority: int
    keywords: tuple[str, ...]


@dataclass(frozen=True)
class RoutingRule:
    field: str
    agency: str
    keywords: tuple[str, ...]
    source: str


@dataclass(frozen=True)
class Route:
    field: str
    agency: str
    resolve_days: int


def _split(value: str) -> tuple[str, ...]:
    return tuple(k.strip() for k in value.split("|") if k.strip())


class Router:
    """Field and agency for a ticket. Keywords match whole words, with or without diacritics."""

    def __init__(self, fields: list[FieldInfo], rules: list[RoutingRule], directory: AgencyDirectory):
        self.fields = {f.key: f for f in fields}
        self.directory = directory
        # The names tickets are filed under (as stored on tickets, accounts and agency chats).
        self.agencies = tuple(a.ticket_name for a in directory.ticket_agencies())
        for rule in rules:
            if self.agency_name(rule.agency) != rule.agency:
                raise ValueError(f"routing.csv names an unknown agency: {rule.agency}")
        self.rules = rules
        self._field_names = {normalize(f.key): f.key for f in fields}
        self._field_names.update({normalize(f.label): f.key for f in fields})
        self._field_names.update({fold_words(k): v for k, v in list(self._field_names.items())})

    @classmethod
    def load(cls, data_dir: Path = DATA_DIR, directory: AgencyDirectory | None = None) -> Router:
        with (data_dir / "fields.csv").open(encoding="utf-8") as fh:
            fields = [
                FieldInfo(
                    r["field"], r["label"], int(r["resolve_days"]), int(r["priority"]), _split(r["keywords"])
                )
                for r in csv.DictReader(fh)
            ]
        with (data_dir / "routing.csv").open(encoding="utf-8") as fh:
            rules = [
                RoutingRule(r["field"], r["agency"], _split(r["keywords"]), r["source"])
                for r in csv.DictReader(fh)
            ]
        return cls(fields, rules, directory or AgencyDirectory.shipped())

    def agency_name(self, name: str) -> str | None:
        """The name tickets are filed under for any known spelling of an agency that takes tickets, else
        None."""
        agency = self.directory.find(name)
        return agency.ticket_name if agency is not None and agency.tickets else None

    def field_key(self, name: str) -> str | None:
        return self._field_names.get(normalize(name)) or self._field_names.get(fold_words(name))

    def resolve_days(self, field: str) -> int:
        info = self.fields.get(field)
        return info.resolve_days if info else 5

    def guess_field(self, text: str) -> str:
        best, best_score = UNKNOWN_FIELD, 0
        for info in self.fields.values():
            score = sum(len(k.split()) for k in info.keywords if _matches(text, k))
            if score:
                score += info.priority * 2
            if score > best_score:
                best, best_score = info.key, score
        return best

    def route(self, text: str, field: str | None = None, agency: str | None = None) -> Route:
        key = self.field_key(field) if field else None
        key = key or self.guess_field(text)
        chosen = self.agency_name(agency) if agency else None
        if chosen is None:
            chosen = self._agency_for(key, text)
        return Route(field=key, agency=chosen, resolve_days=self.resolve_days(key))

    def _agency_for(self, field: str, text: str) -> str:
        default = COORDINATOR_AGENCY
        for rule in self.rules:
            if rule.field != field:
                continue
            if not rule.keywords:
                default = rule.agency
            elif any(_matches(text, k) for k in rule.keywords):
                return rule.agency
        return default


def _matches(text: str, keyword: str) -> bool:
    # With diacritics in the text compare exactly ("thuế" is not "thuê"); without, compare folded.
    if has_diacritics(text):
        return contains_phrase(normalize(text), normalize(keyword))
    return contains_phrase(fold_words(text), fold_words(keyword))
