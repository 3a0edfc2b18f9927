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
from collections import Counter

from knowledge import text as vt
from knowledge.places import PROVINCES

_PROVINCES_FOLDED = [vt.fold(p) for p in PROVINCES]
HOME = ("hai phong", "hai duong")  # the city and the province merged into it in 2025
# Agency names go on in lower case after their capitalised words: "Sở Tài chính", "Ban Quản lý".
_AGENCY_HEADS = {"sở", "ban", "phòng", "cục", "chi", "trung", "văn", "thanh", "ủy", "bộ", "viện", "hội"}

_TOKEN = re.compile(r"[^\W_]+|[^\w\s]")
_ACRONYM = re.compile(r"\b[A-ZĐ]{3,}\b")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_PHONE = re.compile(
    r"(?<![\d.,/])(?:0\d{2,4}[.\s]?\d{2,3}[.\s]?\d{2,4}|1900[.\s]?\d{3,4}|1022|11[345])(?![\d,/])"
)
_MONEY = re.compile(r"\d[\d.,]*\s*(?:đồng|vnđ|vnd|triệu đồng|tỷ đồng)", re.IGNORECASE)
_NUMBER = re.compile(r"\d+(?:[.,/]\d+)*")

_ASKS_PHONE = re.compile(r"\b(so dien thoai|sdt|duong day nong|hotline|so may|goi so)\b")
_ASKS_WHERE = re.compile(r"\b(o dau|cho nao|xem o|tim o|tra cuu o)\b")
_ASKS_MONEY = re.compile(
    r"\b(bao nhieu tien|le phi|muc phi|phi la|phi bao nhieu|gia bao nhieu|ton bao nhieu)\b"
)
_ASKS_COUNT = re.compile(
    r"\b(bao nhieu|bao lau|thu may|ty le)\b|\bmay (bac|nam|diem|ngay|thang|lan|nhiem vu)\b"
)
_ASKS_WHICH = re.compile(r"\b(nao|ai|gi)\b")


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


def _numbers(text: str) -> Counter[str]:
    return Counter(n.strip(".,") for n in _NUMBER.findall(text) if not _YEAR.fullmatch(n.strip(".,")))


class ScopeCheck:
    """Why a set of passages does not support an answer to a question ("" when it does)."""

    def __init__(self, min_coverage: float = 0.3) -> None:
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
        for year in set(_YEAR.findall(question)):
            if year not in context:
                return f"year {year} not in the passages"
        folded_answer = vt.fold(answer_text)
        asked_places = [p for p in _PROVINCES_FOLDED if re.search(rf"\b{p}\b", folded_q)]
        if any(p in HOME for p in asked_places) and not any(p in folded_answer for p in asked_places):
            other = [p for p in _PROVINCES_FOLDED if p not in HOME and re.search(rf"\b{p}\b", folded_answer)]
            if other:
                return f"the passage is about {other[0]}, not the place asked"
        if _ASKS_PHONE.search(folded_q) and not _ASKS_WHERE.search(folded_q):
            if not _PHONE.search(answer_text):
                return "no phone number in the passages"
            answer_terms = vt.term_set(answer_text)
            if not all(all(t in answer_terms for t in _name_terms(n)) for n in names):
                return "the phone number is not the one of the name asked"
        if _ASKS_MONEY.search(folded_q) and not _MONEY.search(answer_text):
            return "no amount of money in the passages"
        asks_count = _ASKS_COUNT.search(folded_q) and not (
            _ASKS_WHICH.search(folded_q) and "bao nhieu" not in folded_q
        )
        if asks_count and not (_numbers(answer_text) - _numbers(question)):
            return "no number in the passages"
        return ""
