"""Questions about a document itself — its date, signer, issuer, number, recipients, what it
implements or replaces — answered from the document's card (ingest/cards.py) and cited from the
card's passage: the header and signature lines that state it.

The document is the one whose number the question gives, else the card whose title, issuer, place
and period share the most distinctive words with the question. A number that only other documents
cite ("thay thế Kế hoạch số 197/KH-UBND ngày 22/8/2024") is answered from the citing passage.
"""

from __future__ import annotations

import re

from knowledge.answertype import SPAN
from knowledge.frame import DOC_NUMBER, Frame, normalise_number
from knowledge.index import Entry
from knowledge.lookup import Evidence, LookupResult, Refusal, name_weights
from knowledge.records import Card
from knowledge.scope import HOME
from knowledge.text import expand_abbreviations, fold, is_number, term_set, words

_STOP = {
    "ke",
    "hoach",
    "bao",
    "cao",
    "van",
    "ban",
    "so",
    "nam",
    "cua",
    "ngay",
    "nao",
    "ai",
    "ky",
    "hanh",
    "do",
    "duoc",
    "gui",
    "cho",
    "la",
    "thi",
    "co",
    "khong",
    "thang",
    "may",
    "va",
    "ve",
    "tai",
    "tren",
    "dia",
    "hai",
    "phong",
    "thanh",
    "pho",
}


_KINDS = re.compile(r"\b(ke hoach|bao cao|quyet dinh|nghi quyet|cong van|thong bao|chi thi|to trinh)\b")
_KIND_NUMBER = re.compile(_KINDS.pattern.removesuffix(r"\b") + r" (?:so )?(\d{1,5})\b(?!\s*/)")
_NOT_A_KIND = re.compile(r"\b(so |bo )?ke hoach (va|&) dau tu\b|\bke hoach hoa\b")


def asked_kind(folded: str) -> str:
    """The kind of document a question is about: the first kind it names ("báo cáo ... của Sở Kế hoạch
    và Đầu tư" is a report; the department's name is not a plan)."""
    m = _KINDS.search(_NOT_A_KIND.sub(" ", folded))
    return m.group(1) if m else ""


def _words(text: str) -> list[str]:
    stream = words(expand_abbreviations(text))
    return [fold(w) for w in stream if not is_number(w) or len(w) == 4]


_CITY_ISSUER = re.compile(r"^(uy ban nhan dan|ubnd) thanh pho( hai phong)?$")


def _city_wide(card: Card) -> bool:
    """Issued by the city's People's Committee: a name every city-level question may mention as the
    author of another document it cites, so naming it does not pick this card over the title's words."""
    return bool(_CITY_ISSUER.match(" ".join(fold(card.issuer).split())))


def _runs(words: list[str], n: int) -> set[str]:
    return {" ".join(words[i : i + n]) for i in range(len(words) - n + 1)}


def _owner_names(card: Card) -> set[str]:
    """What names a document's owner in a question: three words running in its issuer's name ("phuong
    dong hai", "so cong thuong") — two alone are too often other words ("đầu tư" of "chủ đầu tư" is not
    Sở Kế hoạch và Đầu tư) — and its place's whole name when it is not the city's ("dong hai")."""
    issuer = _words(card.issuer)
    names = {r for r in _runs(issuer, 3) if any(w not in _STOP for w in r.split())}
    place = " ".join(_words(str(card.details.get("place", ""))))
    if len(place.split()) >= 2 and place not in HOME:
        names.add(place)
    return names


def _descriptor(card: Card) -> list[str]:
    details = card.details
    return _words(" ".join([card.title, card.issuer, card.period, card.kind, str(details.get("place", ""))]))


def _date_words(card: Card) -> str:
    text = str(card.details.get("date_text", ""))
    if text and card.date and len(card.date) == 10:
        return text.removeprefix("ngày ")
    if card.date and len(card.date) == 10:
        y, m, d = card.date.split("-")
        return f"{int(d)}/{int(m)}/{y}"
    return text


def _label(card: Card) -> str:
    kind = (card.kind or "văn bản").capitalize()
    if card.number and not card.number.startswith("/"):
        return f"{kind} số {card.number}"
    title = card.title
    return title if title.lower().startswith(card.kind or "\0") else f"{kind} “{title}”"


def _fitting(lines: list[str], frame: Frame) -> str:
    """The line that shares the most words with the question ("văn bản số mấy của UBND TP" picks the
    city's plan among the "Căn cứ …" and "Thực hiện …" lines); the first on a tie."""
    asked = {w for w in _words(frame.text) if w not in _STOP}
    return max(lines, key=lambda line: (len(asked & set(_words(line))), -lines.index(line)))


def _spelled_out(frame: Frame) -> str:
    """The question folded with its abbreviations spelled out ("qd 214" -> "quyet dinh 214")."""
    return frame.spelled or frame.folded


def _fits_spans(card: Card, frame: Frame) -> bool:
    """Every period the question names ("giai đoạn 2022-2025") is the document's own."""
    asked = {f"{a}-{b}" for a, b in SPAN.findall(frame.text)}
    return asked <= {f"{a}-{b}" for a, b in SPAN.findall(f"{card.title} {card.period}")}


def _plain(text: str) -> str:
    return " ".join(text.replace("*", " ").split())


_WHAT = {
    "date": "ngày ban hành",
    "signer": "người ký",
    "recipients": "nơi nhận",
    "implements": "văn bản mà nó thực hiện",
    "replaces": "văn bản được thay thế",
    "issuer": "cơ quan ban hành",
    "number": "số hiệu",
    "title": "tên đầy đủ",
}


class DocumentLookup:
    def __init__(self, cards: list[Card], card_entries: dict[str, Entry], entries: list[Entry]) -> None:
        self.cards = [c for c in cards if c.doc in card_entries]
        self.card_entries = card_entries
        self.entries = entries
        self.weights = name_weights([_descriptor(c) for c in self.cards])
        # the numbers of the indexed documents ("27/KH-SCT"), spaces and case left out
        self.numbers = frozenset(
            re.sub(r"\s+", "", c.number).casefold() for c in cards if c.number.strip("/ ")
        )
        # the terms of each document's issuer and place: a passage of the plan of Sở Công Thương is that
        # department's even where it does not repeat its name
        self._issuers = {c.doc: term_set(f"{c.issuer} {c.details.get('place', '')}") for c in cards}
        self._owners = {c.doc: _owner_names(c) for c in self.cards}  # what names each card's owner
        self._dates = {c.doc: c.date for c in cards if re.fullmatch(r"\d{4}-\d{2}(?:-\d{2})?", c.date)}

    def issuer_terms(self, doc: str) -> frozenset[str]:
        return self._issuers.get(doc, frozenset())

    def issued_on(self, doc: str) -> str:
        """The document's ISO date ("2026-01-14"), "" when unknown."""
        return self._dates.get(doc, "")

    def _by_number(self, number: str) -> Card | None:
        key = number.split("/")[0], number.split("/", 1)[-1]
        for card in self.cards:
            if card.number and card.number.split("/")[0] == key[0] and card.number.endswith(key[1]):
                return card
        return None

    def _by_short_number(self, frame: Frame) -> list[Card]:
        """The documents of the kind asked whose number starts with the one given without its code
        ("báo cáo 38", "kế hoạch số 57")."""
        m = _KIND_NUMBER.search(_NOT_A_KIND.sub(" ", _spelled_out(frame)))
        if not m:
            return []
        kind, digits = m.group(1), m.group(2)
        return [
            c for c in self.cards if fold(c.kind or "") == kind and c.number.split("/")[0].strip() == digits
        ]

    def _by_words(self, frame: Frame) -> list[Card]:
        asked = {w for w in _words(frame.text) if w not in _STOP}
        kind = asked_kind(_spelled_out(frame))
        of_kind = [c for c in self.cards if kind and fold(c.kind or "") == kind]
        years = set(frame.years)
        card_years = set(re.findall(r"\d{4}", "".join(f"{c.period} {c.title} {c.date}" for c in of_kind)))
        if len(of_kind) == 1 and years & card_years:  # the only report of the year asked: kind and year
            return of_kind
        scored: list[tuple[float, Card]] = []
        for card in self.cards:
            if kind and fold(card.kind or "") != kind:
                continue  # a report asked about is never answered from a plan's card
            if not _fits_spans(card, frame):
                continue  # "giai đoạn 2026-2030" is not the 2025-2026 plan
            have = set(_descriptor(card))
            score = sum(self.weights.get(w, 0.0) for w in asked & have)
            unique = max(self.weights.values(), default=0.0)  # a word only this card has (a ward's name)
            score -= 0.5 * sum(1 for w in have - asked - _STOP if self.weights.get(w) == unique) * unique
            if years and not years & set(re.findall(r"\d{4}", card.period + card.title + card.date)):
                score *= 0.3  # a year the document is not about
            scored.append((score, card))
        scored.sort(key=lambda sc: -sc[0])
        if not scored or scored[0][0] <= 0:
            return []
        best = scored[0][0]
        return [c for s, c in scored if s >= best * 0.999]

    def named_document(self, frame: Frame) -> Card | None:
        """The document a question names, by its number or by a word of its issuer or place that no
        other document's card has ("kế hoạch của phường Gia Viên"); None when it names none in
        particular ("trong kế hoạch PCI" fits several)."""
        numbered = self.numbered_document(frame)
        if numbered is not None or frame.documents:
            return numbered
        asked_words = _words(frame.text)
        asked = _runs(asked_words, 3) | _runs(asked_words, 2)
        owners: dict[str, set[str]] = {}
        for card in self.cards:
            for w in self._owners[card.doc] & asked:
                owners.setdefault(w, set()).add(card.doc)
        only = [c for c in self.cards if c.doc in {next(iter(d)) for d in owners.values() if len(d) == 1}]
        if len(only) > 1:  # "báo cáo của phường Đông Hải thực hiện kế hoạch của UBND thành phố": the report
            kind = asked_kind(_spelled_out(frame))
            only = [c for c in only if kind and fold(c.kind or "") == kind]
        return only[0] if len(only) == 1 else None

    def numbered_document(self, frame: Frame) -> Card | None:
        """The document a question names by its number, whole ("163/KH-HPH") or bare after its kind
        ("Kế hoạch 163"); None when it names none, or a number no card has."""
        if frame.documents:
            return self._by_number(frame.documents[0])
        short = self._by_short_number(frame)
        return short[0] if len(short) == 1 else None

    def _cited_elsewhere(self, number: str) -> tuple[Entry, str] | None:
        """A passage that cites document `number` with its date ("Kế hoạch số 197/KH-UBND ngày 22/8/2024")."""
        digits, code = number.split("/", 1)
        pattern = re.compile(
            rf"[^.;\n]*\b{re.escape(digits)}\s*/\s*{re.escape(code)}\s*,?\s*ngày\s*\d{{1,2}}/\d{{1,2}}/\d{{4}}[^.;\n]*",
            re.I,
        )
        for entry in self.entries:
            m = pattern.search(entry.chunk.text)
            if m:
                return entry, _plain(m.group(0))
        return None

    def answer(self, frame: Frame) -> LookupResult | None:
        if not frame.doc_field or not frame.about_document:
            return None
        if frame.documents:
            card = self._by_number(frame.documents[0])
            if card is None:
                return self._referenced(frame, frame.documents[0])
            matches = [card]
        else:
            # by its number without the code, by the issuer or place only it has ("báo cáo của xã Kiến
            # Hải"), else by the words of its title
            named = self.named_document(frame)
            kind = asked_kind(_spelled_out(frame))
            other_kind = named is not None and bool(kind) and fold(named.kind or "") != kind
            if named is not None and (other_kind or not _fits_spans(named, frame)):
                named = None  # another kind of document, or another period
            own = [named] if named is not None and not _city_wide(named) else []  # "của UBND thành phố"
            matches = (
                self._by_short_number(frame) or own or self._by_words(frame) or ([named] if named else [])
            )
        if not matches:
            return None
        if len(matches) > 1:
            names = "; ".join(_label(c) for c in matches[:4])
            return LookupResult(
                kind="document",
                direct=f"Có {len(matches)} văn bản khớp với câu hỏi: {names}. "
                "Xin nêu rõ số hoặc tên văn bản.",
                evidence=[Evidence(self.card_entries[c.doc]) for c in matches[:4]],
            )
        return self._field(frame, matches[0])

    def _referenced(self, frame: Frame, number: str) -> LookupResult | None:
        if frame.doc_field == "signer":  # a citing sentence gives a date, never who signed
            return LookupResult(
                kind="document",
                refusal=Refusal(
                    "entity_not_in_documents",
                    f"Các tài liệu hiện có không có văn bản số {number} (chỉ có văn bản khác dẫn chiếu), "
                    "nên không nêu người ký.",
                ),
            )
        if frame.doc_field != "date":
            return None
        found = self._cited_elsewhere(number)
        if found is None:
            return LookupResult(
                kind="document",
                refusal=Refusal(
                    "entity_not_in_documents", f"Các tài liệu hiện có không có văn bản số {number}."
                ),
            )
        entry, clause = found
        m = re.search(r"ngày\s*(\d{1,2}/\d{1,2}/\d{4})", clause[clause.find(number.split("/")[0]) :])
        date = m.group(1) if m else ""
        direct = f"Văn bản số {number} được ban hành ngày {date} (theo một văn bản khác dẫn chiếu)."
        return LookupResult(kind="document", direct=direct, evidence=[Evidence(entry, clause)])

    def _field(self, frame: Frame, card: Card) -> LookupResult | None:
        d = card.details
        label = _label(card)
        record = {
            "doc": card.doc,
            "number": card.number,
            "title": card.title,
            "issuer": card.issuer,
            "date": card.date,
            "status": card.status,
            "replaced_by": card.replaced_by,
            "signer": d.get("signer", ""),
            "signer_title": d.get("signer_title", ""),
        }
        said = [
            self._one(field, frame, card, label if i == 0 else "Văn bản này")
            for i, field in enumerate(frame.doc_fields)
        ]
        if not any(said) and set(frame.doc_fields) <= _READ_IN_TEXT:
            return None  # the card did not catch it; the document's passages may still say it
        if not any(said):
            what = _WHAT.get(frame.doc_field, "thông tin này")
            return LookupResult(
                kind="document",
                record=record,
                refusal=Refusal("no_evidence", f"Các tài liệu hiện có không nêu {what} của {label}."),
            )
        missing = [_WHAT.get(f, f) for f, text in zip(frame.doc_fields, said, strict=True) if not text]
        direct = " ".join(t for t in said if t)
        if missing:
            direct += f" Văn bản không nêu {', '.join(missing)}."
        return LookupResult(
            kind="document", direct=direct, evidence=[Evidence(self.card_entries[card.doc])], record=record
        )

    def _one(self, field: str, frame: Frame, card: Card, label: str) -> str:
        d = card.details
        if field == "date":
            when = _date_words(card)
            return (
                f"{label} được ban hành {('ngày ' + when) if when[:1].isdigit() else when}." if when else ""
            )
        if field == "signer" and d.get("signer"):
            who = f"{d.get('signer_title', '')} {d['signer']}".strip()
            authority = f" ({d['authority']})" if d.get("authority") else ""
            return f"{label} do {who} ký{authority}."
        if field == "recipients" and d.get("recipients"):
            return self._recipients(frame, label, [str(r) for r in d["recipients"]])
        if field == "implements" and d.get("implements"):
            return f"{label}: {_fitting([str(x) for x in d['implements']], frame).rstrip('.,:')}."
        if field == "replaces":
            if card.replaced_by:
                return f"{label} đã được thay thế bởi văn bản số {card.replaced_by}."
            if d.get("replaces_text"):
                return f"{label}: {d['replaces_text'].rstrip('.')}."
            if card.replaces:
                return f"{label} thay thế văn bản số {', '.join(card.replaces)}."
            return ""
        if field == "issuer" and card.issuer:
            return f"{label} do {card.issuer} ban hành."
        if field == "title" and card.title:
            if card.title in label:  # a document without a number is labelled by its title
                return f"Tên đầy đủ của văn bản: “{card.title}”."
            return f"{label} có tên đầy đủ: “{card.title}”."
        if field == "number" and card.number and not card.number.startswith("/"):
            return f"{label.split(' số ')[0]} “{card.title}” mang số {card.number}."
        return ""  # the card does not state it

    def _recipients(self, frame: Frame, label: str, recipients: list[str]) -> str:
        listed = "; ".join(recipients)
        asked = [a for a in frame.agencies if a]
        if asked and not _WHO_ASKED.search(frame.folded):  # "có gửi Sở X không": yes or no for each
            folded = [fold(r) for r in recipients]
            said = []
            for agency in asked:
                key = fold(agency)
                hit = any(key in r or r in key for r in folded)
                said.append(f"{'có' if hit else 'không thấy'} gửi {agency}")
            return f"{label} {', '.join(said)}. Nơi nhận gồm: {listed}."
        return f"{label} được gửi tới: {listed}."


# Fields a card reads from the document's prose (its opening "Thực hiện …", "thay thế …"): when the card
# has none, the passages are asked, not the card's silence reported.
_READ_IN_TEXT = frozenset({"implements", "replaces"})
# "... gửi cho ai / những cơ quan nào": the list is asked, not whether one agency is on it.
_WHO_ASKED = re.compile(
    r"\bgui (cho |den |toi )?(nhung )?(ai|co quan nao|don vi nao|noi nao|nhung dau|dau)\b"
)


def card_entries(entries: list[Entry]) -> dict[str, Entry]:
    return {e.chunk.doc: e for e in entries if e.chunk.metadata.get("record") == "card"}


__all__ = ["DOC_NUMBER", "DocumentLookup", "card_entries", "normalise_number"]
