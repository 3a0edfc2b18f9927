"""Is a question inside what the knowledge base says? Checks applied to the chosen passages.

The assistant refuses (and offers the hotline) when any of these fails:
- coverage: the idf-weighted share of the question's content words found in the best passages;
- entities: names written with capitals in the question (places, agencies, "CÙNG THÀNH CÔNG") must
  be in the cited passages; years must be in them or in their neighbours; a passage about another
  province does not answer a question about ours;
- answer type: a question for a phone number needs a phone number next to the name asked about,
  one for an amount of money needs an amount, one for "how many" needs a number the question did
  not bring (years aside).
"""

from __future__ import annotations

import itertools
import re

from knowledge import answertype as at
from knowledge import text as vt
from knowledge.places import PROVINCES

_PROVINCES_FOLDED = [vt.fold(p) for p in PROVINCES]
HOME = ("hai phong", "hai duong")  # the city and the province merged into it in 2025
# Agency names go on in lower case after their capitalised words: "Sở Tài chính", "Ban Quản lý".
_AGENCY_HEADS = {"sở", "ban", "phòng", "cục", "chi", "trung", "văn", "thanh", "ủy", "bộ", "viện", "hội"}

_TOKEN = re.compile(r"[^\W_]+|[^\w\s]")
_ACRONYM = re.compile(r"\b[A-ZĐ]{3,}\b")


def entities(question: str) -> list[str]:
    """Capitalised names of two words or more and acronyms, from the question (abbreviations expanded)."""
    q = vt.expand_abbreviations(vt.nfc(question)).strip()
    found: list[str] = []
    span: list[str] = []
    for m in _TOKEN.finditer(q):
        word = m.group(0)
        if word[:1].isupper() and m.start() > 0:
            span.append(word)
            continue
        if len(span) >= 2 and span[0].lower() in _AGENCY_HEADS and word[:1].isalpha():
            span.append(word)  # "Sở Tài" + "chính"
        if len(span) >= 2:
            found.append(" ".join(span))
        span = []
    if len(span) >= 2:
        found.append(" ".join(span))
    found.extend(a for a in _ACRONYM.findall(q) if not vt.expansion(a))
    return found


def _name_terms(name: str) -> list[str]:
    words = vt.words(name)
    terms = [f"a:{vt.tone_key(w)}" if vt.has_marks(w) else f"f:{vt.fold(w)}" for w in words]
    folded = [vt.fold(w) for w in words]
    return terms + [f"b:{a}_{b}" for a, b in itertools.pairwise(folded)]


class ScopeCheck:
    """Why a set of passages does not support an answer to a question ("" when it does)."""

    def __init__(self, min_coverage: float = 0.4) -> None:
        self.min_coverage = min_coverage

    def problem(
        self, question: str, coverage: float, cited_terms: frozenset[str], context: str, answer_text: str
    ) -> str:
        """`cited_terms`: terms of the cited passages (with titles and sections); `context`: the text of
        the cited and best passages with their neighbours; `answer_text`: the extract."""
        folded_q = vt.fold(question)
        if coverage < self.min_coverage:
            return f"coverage {coverage:.2f}"
        names = [n for n in entities(question) if " ".join(vt.fold(n).split()) not in HOME]
        for name in names:
            if not all(term in cited_terms for term in _name_terms(name)):
                return f"entity {name!r} not in the passages"
        for year in set(at.YEAR.findall(question)):
            if year not in context:
                return f"year {year} not in the passages"
        folded_answer = vt.fold(answer_text)
        asked_places = [p for p in _PROVINCES_FOLDED if re.search(rf"\b{p}\b", folded_q)]
        if any(p in HOME for p in asked_places) and not any(p in folded_answer for p in asked_places):
            other = [p for p in _PROVINCES_FOLDED if p not in HOME and re.search(rf"\b{p}\b", folded_answer)]
            if other:
                return f"the passage is about {other[0]}, not the place asked"
        kinds = at.wanted(question)
        for kind in ("phone", "money", "count"):
            if kind in kinds and not at.holds(kind, answer_text, question):
                return f"no {kind} in the passages"
        if "phone" in kinds:
            answer_terms = vt.term_set(answer_text)
            if not all(all(t in answer_terms for t in _name_terms(n)) for n in names):
                return "the phone number is not the one of the name asked"
        return ""
