"""Extractive answers: the most relevant whole sentences of the best passages, with citations.

Every sentence is scored by the idf-weighted share of the question's terms it holds (plus a little
for its passage's heading and rank); the best one is always quoted whole, and a few more join it
when they bring question terms the first did not. Sources that gave a sentence come first in the
answer's source list (a cheap re-ranking), the other retrieved passages follow.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from knowledge.answer import Source
from knowledge.answertype import YEAR, counted_next, holds, type_words, wanted, years_alone
from knowledge.excerpt import DIRECT_MAX, QUOTE_MAX, Scorer, clean, focus, is_debris, trim_record
from knowledge.index import Entry
from knowledge.lexical import LexicalIndex
from knowledge.places import home_place_asked, home_places
from knowledge.retrieval import Hit, Retrieval
from knowledge.scope import ScopeCheck, names_agencies
from knowledge.sentences import lines, sentences
from knowledge.text import document_terms, fold, has_marks, term_set, tone_key

MAX_ANSWER_CHARS = 1400
LENGTH_SCALE = 1500.0
TYPE_BONUS = 0.1  # a sentence holding the kind of answer asked for (a number, a date, an agency ...)
EVIDENCE_TOP = 2  # the passages, besides the cited ones, that must hold the question's names
CLOSE = 0.7  # a unit scoring this close to the best joins the answer even without new terms
# A table row with a figure for the year asked ("2022: 7,54"); on the tune split 0.1 and 0.2 mend the
# same figure question, 0.2 also ranks a year row above a long prose sentence that names the year.
CELL_BONUS = 0.2
YEAR_DEPTH = 2  # passages below the read ones searched for a figure of the year asked
_YEAR_CELL = re.compile(r"(?:^|[:;]\s+)((?:19|20)\d{2}):\s*\d", re.MULTILINE)  # not "Mục tiêu năm 2025:"
# A sentence that reports on the other home place than the one asked (read from the last place named
# before it: "Bên cạnh đó, có 04 chỉ số giảm điểm" goes on about the place of its paragraph).
OTHER_PLACE_PENALTY = 0.3
PLACE_LOOKBACK = 3  # passages read back for the place a sentence goes on about
_FIGURE = re.compile(r"\d+(?:[.,]\d+)*")


@dataclass(frozen=True)
class Candidate:
    hit_rank: int
    position: int
    text: str
    terms: frozenset[str]
    score: float


@dataclass
class Composition:
    direct: str  # the sentence that answers
    direct_rank: int  # the hit it is quoted from
    quotes: dict[int, list[str]]  # hit rank -> the sentences quoted from that passage
    sources: list[Source]
    coverage: float
    context: str  # the cited and best passages with their neighbours
    quoted: list[tuple[str, frozenset[str]]]  # each quoted sentence with its passage's terms
    cited: list[Hit]  # the passages quoted, in rank order
    direct_coverage: float = 0.0  # the share of the question's words in the direct sentence's passage
    quoted_hits: tuple[Hit, ...] = ()  # the passage of each quoted sentence, as in `quoted`


def source_of(hit: Hit) -> Source:
    chunk = hit.entry.chunk
    return Source(
        id=chunk.id,
        doc=chunk.doc,
        title=chunk.title or hit.entry.info.title,
        section=chunk.section,
        text=chunk.text,
        score=round(hit.score, 4),
    )


def _units(hit: Hit) -> list[str]:
    """The quotable units of a passage: a record (table row) is one unit, prose splits in sentences."""
    if hit.entry.chunk.kind == "record":  # its lines kept apart: labelled fields ("Cơ quan chủ trì: ...")
        return ["\n".join(record_lines(hit.entry.chunk.text))]
    return sentences(hit.entry.chunk.text)


# A heading line inside a passage ("1. Mục tiêu năm 2026", "b) Năm 2027:"): the year of what follows it.
_NUMBERED = r"^\s*(?:[IVX]{1,4}|\d{1,2}|[a-zđ])[.)]\s"  # "IV. ", "2. ", "b) "
_HEADING_LINE = re.compile(rf"{_NUMBERED}.{{0,80}}$|^.{{0,80}}:$")


# A numbered heading that says nothing by itself ("6. Đề nghị Thuế thành phố Hải Phòng"): no sentence end.
_BARE_HEADING = re.compile(rf"{_NUMBERED}[^.;:!?]{{0,100}}$")


def headed_years(units: list[str], section: str) -> list[set[str]]:
    """The years each unit is about: those it names, else those of the last heading line above it in its
    passage, else those of its section's heading."""
    current = years_alone(section)
    out: list[set[str]] = []
    for unit in units:
        own = years_alone(unit)
        if own and _HEADING_LINE.match(unit):
            current = own
        out.append(own or current)
    return out


def record_lines(text: str) -> list[str]:
    """A record's lines without the row as printed when a later line restates its figures with their
    headers ("Xếp hạng 20 9 5" above "Xếp hạng: 2021: 20; 2022: 9; 2023: 5"): one quotable form."""
    kept = lines(text)
    out = []
    for i, line in enumerate(kept):
        figures = _FIGURE.findall(line)
        later = " ".join(kept[i + 1 :])
        if len(figures) >= 3 and all(re.search(rf":\s*{re.escape(f)}(?!\d)", later) for f in figures):
            continue  # each figure stands again after its header ("2021: 20")
        out.append(line)
    return out or kept


def year_cells(unit: str) -> set[str]:
    """The years a table row gives a figure for ("2022: 7,54"; "Mục tiêu năm 2024: 7,66" is a target)."""
    return set(_YEAR_CELL.findall(unit))


class Composer:
    def __init__(
        self,
        lexical: LexicalIndex,
        entries: list[Entry],
        scope: ScopeCheck,
        passages: int = 4,
        max_units: int = 3,
    ) -> None:
        self.lexical = lexical
        self.entries = entries
        self.scope = scope
        self.passages = passages
        self.max_units = max_units

    def _weights(self, terms: dict[str, float]) -> dict[str, float]:
        out: dict[str, float] = {}
        for term, weight in terms.items():
            if term.startswith(("f:", "b:")) and (term in self.lexical.term_ids or term.startswith("f:")):
                out[term] = weight * self.lexical.idf_of(term) * (0.5 if term.startswith("b:") else 1.0)
        return out

    def _candidates(self, hits: list[Hit], weights: dict[str, float], question: str) -> list[Candidate]:
        total = sum(weights.values()) or 1.0
        kinds = wanted(question)
        agencies = self.scope.agencies(question) if "phone" in kinds else []
        years = set(YEAR.findall(question))
        # a figure asked for one year: the units that give one for that year (by their own words, else by
        # the heading above them: "2. Mục tiêu năm 2026" > "- Sản lượng … đạt 900 tấn") rank above other
        # years', and a few passages further down are read for them
        asked_years = years_alone(question)
        year_asked = next(iter(asked_years)) if len(asked_years) == 1 else ""
        # (a count only by the thing it counts: any number of a sentence is no count of "bao nhiêu")
        figures = sorted(kinds & {"money", "percent", "duration"}) if year_asked else []
        figures += ["count"] if year_asked and "count" in kinds and counted_next(question)[0] else []
        place = home_place_asked(question)
        out: list[Candidate] = []
        for rank, hit in enumerate(hits[: self.passages + (YEAR_DEPTH if figures else 0)]):
            context = term_set(f"{hit.entry.info.title}\n{hit.entry.chunk.section}")
            context_share = sum(w for t, w in weights.items() if t in context) / total
            units = _units(hit)
            places = self._places_of(hit, units) if place else []
            unit_years = headed_years(units, hit.entry.chunk.section) if figures else []
            for position, unit in enumerate(units):
                terms = term_set(unit)
                share = sum(w for t, w in weights.items() if t in terms) / total
                share /= 1.0 + len(unit) / LENGTH_SCALE  # long units hold many terms by chance
                score = share + 0.15 * context_share + 0.05 * max(0, self.passages - rank) / self.passages
                score += TYPE_BONUS * sum(holds(kind, unit, question) for kind in kinds)
                if agencies and names_agencies(unit, agencies):
                    score += TYPE_BONUS  # the phone number of the agency asked about
                if years & year_cells(unit):
                    score += CELL_BONUS
                elif figures and year_asked in unit_years[position]:
                    score += CELL_BONUS * any(holds(kind, unit, question) for kind in figures)
                elif rank >= self.passages:
                    continue  # a passage further down is read only for the year's figure
                if place and places[position] and place not in places[position]:
                    score -= OTHER_PLACE_PENALTY
                out.append(Candidate(rank, position, unit, terms, score))
        return out

    def _places_of(self, hit: Hit, units: list[str]) -> list[set[str]]:
        """The home places each unit reports on: those it names; else the last one named before it, in
        its passage or in the passages before that one in its document; empty when none is."""
        current = ""
        doc = hit.entry.chunk.doc
        for row in range(hit.row - 1, max(-1, hit.row - 1 - PLACE_LOOKBACK), -1):
            if self.entries[row].chunk.doc != doc:
                break
            named = home_places(self.entries[row].chunk.text)
            if named:
                current = named[-1]
                break
        out: list[set[str]] = []
        for unit in units:
            named = home_places(unit)
            out.append(set(named) if named else ({current} if current else set()))
            current = named[-1] if named else current
        return out

    def _select(self, candidates: list[Candidate], weights: dict[str, float]) -> list[Candidate]:
        ranked = sorted(candidates, key=lambda c: -c.score)
        if not ranked:
            return []
        chosen = [ranked[0]]
        covered = set(ranked[0].terms)
        length = len(ranked[0].text)
        for cand in ranked[1:]:
            if any(cand.text == c.text for c in chosen):
                continue
            if len(chosen) >= self.max_units or cand.score < 0.6 * ranked[0].score:
                break
            gain = sum(w for t, w in weights.items() if t in cand.terms and t not in covered)
            if (gain <= 0 and cand.score < CLOSE * ranked[0].score) or length + len(
                cand.text
            ) > MAX_ANSWER_CHARS:
                continue
            chosen.append(cand)
            covered |= cand.terms
            length += len(cand.text)
        by_place = {(c.hit_rank, c.position): c for c in candidates}
        for cand in list(chosen):  # the line that introduces a quoted one ("3. Phòng Văn hóa ...:")
            lead = by_place.get((cand.hit_rank, cand.position - 1))
            if lead is not None and lead.text.endswith(":") and lead not in chosen:
                chosen.append(lead)
        first = chosen[0]
        if first.text.endswith(":") or _BARE_HEADING.match(first.text):
            # "... như sau:" or "6. Đề nghị Thuế thành phố": the lines that follow are the answer
            chosen.extend(
                c
                for c in candidates
                if c.hit_rank == first.hit_rank and first.position < c.position <= first.position + 2
            )
        return sorted(set(chosen), key=lambda c: (c.hit_rank, c.position))

    def compose(self, retrieval: Retrieval, max_sources: int = 8) -> Composition:
        hits = retrieval.hits
        if not hits:
            return Composition("", 0, {}, [], 0.0, "", [], [])
        weights = self._weights(retrieval.query.terms)
        candidates = self._candidates(hits, weights, retrieval.query.question)
        chosen = with_value_after(self._select(candidates, weights), candidates, retrieval.query.question)
        cited_ranks = sorted({c.hit_rank for c in chosen})
        sources = [source_of(h) for h in hits[:max_sources]]
        near = [hits[i] for i in dict.fromkeys(cited_ranks + list(range(min(EVIDENCE_TOP, len(hits)))))]
        present: frozenset[str] = frozenset().union(*(term_set(h.entry.search_text) for h in near))
        asked_type = type_words(retrieval.query.question)
        content = [w for w in retrieval.query.content_words if fold(w) not in asked_type]
        coverage = self._coverage(content, present)
        context = "\n".join(e.search_text for e in self._with_neighbours([h.row for h in near]))
        quoted = [(c.text, self._passage_terms(hits[c.hit_rank].row)) for c in chosen]
        direct, rank, quotes = direct_and_quotes(chosen, self._scorer(weights, retrieval.query.question))
        own = self._with_neighbours([hits[rank].row])
        own_terms: frozenset[str] = frozenset().union(*(term_set(e.search_text) for e in own))
        direct_coverage = self._coverage(content, own_terms)
        cited = [hits[r] for r in cited_ranks]
        return Composition(
            direct,
            rank,
            quotes,
            sources,
            coverage,
            context,
            quoted,
            cited,
            direct_coverage,
            tuple(hits[c.hit_rank] for c in chosen),
        )

    def _scorer(self, weights: dict[str, float], question: str) -> Scorer:
        """How much of the question a piece of a sentence holds: its share of the question's terms,
        and a little for holding the kind of value asked for."""
        total = sum(weights.values()) or 1.0
        kinds = wanted(question)
        seen: dict[str, float] = {}  # the pieces of one answer, not kept in the shared terms cache

        def score(piece: str) -> float:
            if piece not in seen:
                terms = document_terms(piece)
                share = sum(w for t, w in weights.items() if t in terms) / total
                seen[piece] = share + TYPE_BONUS * sum(holds(k, piece, question) for k in kinds)
            return seen[piece]

        return score

    def _passage_terms(self, row: int) -> frozenset[str]:
        """Terms of a passage and of its neighbours (a name is often given a sentence or two before)."""
        return frozenset().union(*(term_set(e.search_text) for e in self._with_neighbours([row])))

    def _with_neighbours(self, rows: list[int]) -> list[Entry]:
        """The passages and the ones just before and after them in their document (their context)."""
        entries = self.entries
        out: dict[int, Entry] = {}
        for row in rows:
            for r in (row - 1, row, row + 1):
                if 0 <= r < len(entries) and entries[r].chunk.doc == entries[row].chunk.doc:
                    out[r] = entries[r]
        return list(out.values())

    def _known_term(self, word: str) -> str:
        """The word's term: a marked word by its exact tone (a wrong tone may be another word: "mưa" is
        not "mua"); an unmarked one folded, or the corpus word it is a typo of ("nhiu" -> "nhieu")."""
        if has_marks(word):
            return f"a:{tone_key(word)}"
        folded = f"f:{fold(word)}"
        if folded in self.lexical.term_ids:
            return folded
        fixed = [t for t in self.lexical.correct({folded: 1.0}) if t != folded]
        return fixed[0] if fixed else folded

    def _coverage(self, content_words: list[str], present: frozenset[str]) -> float:
        """The idf-weighted share of the question's words found (marked words by their exact tone)."""
        terms = {self._known_term(w) for w in content_words}
        weights = {t: self.lexical.idf_of(t) for t in terms}
        return sum(w for t, w in weights.items() if t in present) / (sum(weights.values()) or 1.0)


# Kinds of value whose absence from the best sentence sends the reader to the sentence after it.
VALUE_KINDS = frozenset({"count", "money", "date", "percent", "duration"})


def with_value_after(chosen: list[Candidate], candidates: list[Candidate], question: str) -> list[Candidate]:
    """When the question asks for a value (a figure, an amount, a date) that no chosen sentence holds,
    and the sentence right after the best one holds it, that sentence answers first and the best one,
    which names its subject ("the proposals of the 2023 conference ..."), is quoted with it."""
    kinds = wanted(question) & VALUE_KINDS
    if not chosen or not kinds or any(holds(k, c.text, question) for c in chosen for k in kinds):
        return chosen
    best = max(chosen, key=lambda c: c.score)
    after = next(
        (c for c in candidates if c.hit_rank == best.hit_rank and c.position == best.position + 1), None
    )
    if after is None or not any(holds(k, after.text, question) for k in kinds):
        return chosen
    lead = replace(after, score=best.score + 1e-6)  # the figure answers first, the subject is quoted
    return [*(c for c in chosen if c.text != after.text), lead]


def direct_and_quotes(
    chosen: list[Candidate], score: Scorer | None = None
) -> tuple[str, int, dict[int, list[str]]]:
    """The best sentence that is not table debris answers first; the others are short quotes. Long
    ones are cut around what `score` says the question asks."""
    if not chosen:
        return "", 0, {}
    ranked = sorted(chosen, key=lambda c: -c.score)
    lead = next((c for c in ranked if not is_debris(clean(c.text))), ranked[0])
    quotes: dict[int, list[str]] = {}
    for cand in sorted(chosen, key=lambda c: (c.hit_rank, c.position)):
        if cand is lead:
            continue
        text = clean(cand.text)
        if is_debris(text) or len(quotes.get(cand.hit_rank, [])) >= 2:
            continue
        quote = (
            trim_record(cand.text, QUOTE_MAX, score) if "\n" in cand.text else focus(text, QUOTE_MAX, score)
        )
        quotes.setdefault(cand.hit_rank, []).append(quote)
    quotes.setdefault(lead.hit_rank, [])
    direct = (
        trim_record(lead.text, DIRECT_MAX, score)
        if "\n" in lead.text
        else focus(clean(lead.text), DIRECT_MAX, score)
    )
    return direct, lead.hit_rank, quotes
