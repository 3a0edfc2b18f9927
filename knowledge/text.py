"""Vietnamese text handling shared by the lexical index, retrieval and answer composition.

- Unicode NFC everywhere; `tone_key` makes both tone-mark placements equal ("hoà" == "hòa",
  "thuỷ" == "thủy") by moving the tone to a suffix digit.
- `fold` removes every diacritic (đ -> d) so questions typed without them still match; `fold_spaced`
  also collapses whitespace (names), `normalize` keeps the marks but puts tones in one place.
- The one module for Vietnamese text: ingest, tickets and the agency directory use it too.
- Administrative abbreviations (knowledge/abbreviations.py) expand to their long forms on both
  the document and the query side.
- Terms for the lexical index: tone-keyed syllables ("a:"), folded syllables ("f:") and folded
  syllable bigrams ("b:"), which carry much of the meaning of Vietnamese compound words.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

from knowledge.abbreviations import ABBREVIATIONS

# Combining marks for the five Vietnamese tones (the sixth, ngang, has none).
_TONES = {"\u0300": "2", "\u0301": "1", "\u0309": "3", "\u0303": "4", "\u0323": "5"}
WORD_RE = re.compile(r"\d+(?:[.,/]\d+)*%?|[^\W\d_]+(?:&[^\W\d_]+)?", re.UNICODE)
_SPACE_RE = re.compile(r"\s+")


# "hòa"/"hoà", "thủy"/"thuỷ": a word-final tone mark of oa/oe/uy goes on the second vowel.
_OLD_TONE = re.compile(r"([oOuU])([\u0300\u0301\u0303\u0309\u0323])([aAeEyY])(?![a-zA-Z\u0300-\u036f])")
_PLAIN_WORD = re.compile(r"\w+", re.UNICODE)


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def spaces(text: str) -> str:
    """Whitespace runs as one space, trimmed; case and marks kept."""
    return _SPACE_RE.sub(" ", text).strip()


def collapse(text: str) -> str:
    """NFC, lower case, whitespace collapsed: the comparison form of the eval rules."""
    return spaces(nfc(text).lower())


# Cache bounds: the corpus's words and sentences fit; new questions cycle through. (A 30-minute soak grew
# about 0.45 MB a minute per worker in its second half with these bounds and with 65,536 / 16,384 alike:
# that growth is elsewhere.)
@lru_cache(maxsize=16384)
def fold(text: str) -> str:
    """Lower case without any diacritic: "Đường dây nóng" -> "duong day nong"."""
    decomposed = unicodedata.normalize("NFD", text.lower().replace("đ", "d").replace("Đ", "d"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def fold_spaced(text: str) -> str:
    """`fold` with whitespace collapsed: the matching form of names ("Sở  TC" -> "so tc")."""
    return spaces(fold(nfc(text)))


def normalize(text: str) -> str:
    """Lower case, one tone-mark placement ("hòa" -> "hoà"), words joined by single spaces, NFC."""
    decomposed = _OLD_TONE.sub(r"\1\3\2", unicodedata.normalize("NFD", text.lower()))
    return " ".join(_PLAIN_WORD.findall(unicodedata.normalize("NFC", decomposed)))


def fold_words(text: str) -> str:
    """The words only, lower case, without diacritics ("Thuế, đất đai!" -> "thue dat dai")."""
    return fold(normalize(text))


def has_diacritics(text: str) -> bool:
    return fold_words(text) != normalize(text)


def contains_phrase(haystack: str, phrase: str) -> bool:
    """Whole-word phrase match on already normalized text."""
    return f" {phrase} " in f" {haystack} "


@lru_cache(maxsize=65536)
def tone_key(word: str) -> str:
    """The syllable with its tone moved to a suffix digit: "hoà", "hòa" -> "hoa2"."""
    tone = ""
    kept = []
    for ch in unicodedata.normalize("NFD", word.lower()):
        if ch in _TONES:
            tone = _TONES[ch]
        else:
            kept.append(ch)
    return unicodedata.normalize("NFC", "".join(kept)) + tone


def has_marks(word: str) -> bool:
    return fold(word) != word.lower()


def is_number(word: str) -> bool:
    return word[:1].isdigit()


def words(text: str) -> list[str]:
    """Lower-case NFC syllables and numbers ("1.237/1.916", "8,72", "100%") in reading order."""
    return WORD_RE.findall(nfc(text).lower())


_ABBREV = {fold(key): value for key, value in ABBREVIATIONS.items()}
# a sector pair is typed "NN&MT", "NNMT" or "NN và MT" alike
_ABBREV.update(
    {
        fold(key.replace("&", "")): value
        for key, value in ABBREVIATIONS.items()
        if re.fullmatch(r"[^\W\d_]+&[^\W\d_]+", key) and fold(key.replace("&", "")) not in _ABBREV
    }
)
_PAIR_TYPED = re.compile(r"\b([A-ZĐ]{1,3})\s+(?:và|va|&)\s+([A-ZĐ]{1,3})\b")


def expansion(word: str) -> list[str] | None:
    """The long form's syllables when `word` is a known abbreviation, else None."""
    if is_number(word):
        return None
    long_form = _ABBREV.get(fold(word))
    return words(long_form) if long_form else None


# A document's number and code ("38/BC-UBND", "220/KH-UBND"): its letters are a code, not abbreviations.
CODED_NUMBER = re.compile(r"\d\s*/\s*(?:\d{4}\s*/\s*)?[A-ZĐ]{1,6}(?:-[A-ZĐ&]{1,10})+")


def expand_abbreviations(text: str) -> str:
    """Replace abbreviations by their long forms in running text (for embedding a query); the code of
    a document's number stays as written."""
    text = nfc(text)
    text = _PAIR_TYPED.sub(lambda m: _ABBREV.get(fold(f"{m[1]}&{m[2]}"), m[0]), text)
    codes = [m.span() for m in CODED_NUMBER.finditer(text)]

    def repl(match: re.Match[str]) -> str:
        token = match.group(0)
        if any(start <= match.start() < end for start, end in codes):
            return token
        long_form = None if is_number(token) else _ABBREV.get(fold(token))
        return long_form if long_form else token

    return WORD_RE.sub(repl, text)


# Words that only shape a question ("how many", "which", pronouns, particles); they are rare in
# documents, so BM25 would overrate them. Marked forms compare by tone key, unmarked by fold.
_QUESTION_MARKED = {
    tone_key(w)
    for w in [
        "gì",
        "nào",
        "ai",
        "mấy",
        "không",
        "chưa",
        "vậy",
        "sao",
        "nhé",
        "ạ",
        "ơi",
        "nhỉ",
        "hả",
        "à",
        "đâu",
        "bao",
        "nhiêu",
        "thế",
        "tôi",
        "em",
        "mình",
        "anh",
        "chị",
        "bạn",
        "xin",
        "cho",
        "biết",
        "muốn",
        "hỏi",
        "giúp",
        "với",
        "rồi",
        "vẫn",
        "thì",
        "là",
        "được",
        "những",
        "phải",
        "làm",
        "bên",
        "ở",
        "xem",
        "tìm",
        "còn",
        "hay",
        "đó",
        "này",
        "mà",
        "cả",
    ]
}
_QUESTION_FOLDED = set(
    [
        "gi",
        "nao",
        "ai",
        "khong",
        "chua",
        "vay",
        "nhe",
        "oi",
        "nhi",
        "ha",
        "a",
        "la",
        "thi",
        "roi",
        "duoc",
        "nhung",
        "phai",
        "xem",
        "tim",
    ]
)
_QUESTION_PHRASES = {("bao", "nhieu"), ("the", "nao"), ("o", "dau"), ("la", "gi")}


# How question words typed without diacritics are written (for restoring a question's diacritics).
QUESTION_FORMS = {
    "gi": "gì",
    "nao": "nào",
    "may": "mấy",
    "khong": "không",
    "duoc": "được",
    "dau": "đâu",
    "chua": "chưa",
    "bao": "bao",
    "ai": "ai",
    "sao": "sao",
    "nhieu": "nhiêu",
}
QUESTION_FORMS_PAIRS = {
    ("bao", "nhieu"): ("bao", "nhiêu"),
    ("bao", "lau"): ("bao", "lâu"),
    ("the", "nao"): ("thế", "nào"),
    ("o", "dau"): ("ở", "đâu"),
    ("khi", "nao"): ("khi", "nào"),
    ("la", "gi"): ("là", "gì"),
    ("bao", "gio"): ("bao", "giờ"),
}


def is_question_word(word: str) -> bool:
    if has_marks(word):
        return tone_key(word) in _QUESTION_MARKED
    return word in _QUESTION_FOLDED


def _expanded(tokens: Iterable[str]) -> tuple[list[str], list[str]]:
    """(stream with abbreviations replaced by their long forms, the abbreviations themselves)."""
    stream: list[str] = []
    abbrevs: list[str] = []
    for token in tokens:
        long_words = expansion(token)
        if long_words:
            abbrevs.append(token)
            stream.extend(long_words)
        else:
            stream.append(token)
    return stream, abbrevs


def _unigram_terms(word: str) -> list[str]:
    terms = [f"f:{fold(word)}"]
    if has_marks(word):
        terms.append(f"a:{tone_key(word)}")
    if is_number(word) and "/" in word:
        terms.extend(f"f:{part}" for part in word.split("/") if part)
    return terms


def document_terms(text: str) -> Counter[str]:
    """Term counts of a passage for the lexical index."""
    stream, abbrevs = _expanded(words(text))
    counts: Counter[str] = Counter()
    for word in stream:
        counts.update(_unigram_terms(word))
    for word in abbrevs:
        counts[f"f:{fold(word)}"] += 1
    folded = [fold(w) for w in stream]
    counts.update(f"b:{a}_{b}" for a, b in itertools.pairwise(folded))
    return counts


@lru_cache(maxsize=8192)
def term_set(text: str) -> frozenset[str]:
    """The distinct lexical terms of a text (cached: passages and their sentences repeat)."""
    return frozenset(document_terms(text))


def query_words(text: str) -> list[str]:
    """The content words of a question: abbreviations expanded, question words dropped."""
    stream, _ = _expanded(words(text))
    folded = [fold(w) for w in stream]
    drop: set[int] = set()
    for i in range(len(folded) - 1):
        if (folded[i], folded[i + 1]) in _QUESTION_PHRASES:
            drop.update((i, i + 1))
    return [w for i, w in enumerate(stream) if i not in drop and not is_question_word(w)]


def query_terms(text: str) -> dict[str, float]:
    """Weighted query terms: marked syllables weigh most; folded forms catch unmarked typing."""
    content = query_words(text)
    weights: dict[str, float] = {}

    def add(term: str, weight: float) -> None:
        weights[term] = max(weights.get(term, 0.0), weight)

    for word in content:
        marked = has_marks(word)
        add(f"f:{fold(word)}", 0.5 if marked else 1.0)
        if marked:
            add(f"a:{tone_key(word)}", 1.0)
        if is_number(word) and "/" in word:
            for part in word.split("/"):
                if part:
                    add(f"f:{part}", 0.5)
    folded = [fold(w) for w in content]
    for a, b in itertools.pairwise(folded):
        add(f"b:{a}_{b}", 0.8)
    return weights


class WordList:
    """A list of words matched as a reader would: by tone when the word is typed with marks ("thú"
    is not "thủ", "tử" is not "từ"), by its folded form when typed without them."""

    def __init__(self, text: str) -> None:
        listed = text.split()
        self._marked = frozenset(tone_key(w) for w in listed if has_marks(w))
        self._folded = frozenset(fold(w) for w in listed)

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        return tone_key(word) in self._marked if has_marks(word) else fold(word) in self._folded
