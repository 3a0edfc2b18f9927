"""Look-ups in the shipped lists: procedures (which agency, how long, what fee, what dossier),
conditional business lines (in which list, at which number, valid when), contacts (the number of
the agency asked about) and agencies (former names, abbreviations).

A question is linked to a row by the row's name: the idf-weighted share of the question's subject
words (asking and field words aside) that the name holds, with rare words counting most, plus a
third of the row passage's standing in the question's hybrid retrieval. A row is taken when that
score reaches the list's `min_match` (calibrated on the generated tune split, eval/); several rows at
the same score are listed. The answer is the field asked for, in one sentence, citing the
row's passage; a list's source note is a citation, never answer text.
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from knowledge.agencies import ACRONYM, AgencyDirectory
from knowledge.answertype import PHONE_WORDS, wanted
from knowledge.excerpt import focus
from knowledge.frame import HOME, Frame
from knowledge.index import Entry
from knowledge.lookup import Evidence, LookupResult, Refusal, name_weights
from knowledge.places import PROVINCES, local_units
from knowledge.records import Row
from knowledge.text import WordList, expand_abbreviations, fold, has_marks, is_number, tone_key, words

# Words that ask or name a field, never a row: they are left out of the subject of a question.
_ASKING_WORDS = """
    là thì có không hay nào gì đâu ai sao như thế vậy ạ anh chị em mình tôi chúng bạn bên công ty
    doanh nghiệp hộ kinh doanh muốn cần xin hỏi cho biết vui lòng giúp được bị phải nên sẽ đã đang còn
    vẫn mới một các những này đó kia của và với để khi nếu tại ở từ đến trong ngoài lên bao nhiêu lâu
    mấy ngày tháng năm giờ hạn thời gian giải quyết xử lý mất tốn hết chi phí lệ tiền đồng miễn hồ sơ
    giấy tờ thành phần gồm chuẩn bị nộp cấp cơ quan nơi chỗ đơn vị số ngành nghề điều kiện danh mục
    thứ tự mục hiện nay bây giờ trước sau áp dụng thành phố kết quả nhận làm thủ tục điện
    thoại đường dây nóng tổng đài gọi liên hệ nhiều mở ko k dc vs cty dn tp hp sdt stt a/c e mk
    hotline khác nữa ngoài hai cả xếp dùng tối đa thiểu phép chờ đợi
"""
# Words that ask or name a field, never a row: left out of a question's subject. Marked words are
# compared by tone ("thú" in "thú y" is not "thủ" of "thủ tục"), unmarked ones folded.
_ASKING = WordList(_ASKING_WORDS)
_ASKING_FOLDED = frozenset(fold(w) for w in _ASKING_WORDS.split())
# The city named as a phrase: "phòng" of "Hải Phòng" is no word of a row ("văn phòng", "Phòng Cảnh sát").
_CITY = frozenset({"hai_phong"})


_PROCEDURE_ASKS: tuple[tuple[str, str, re.Pattern[str]], ...] = (
    (
        "co_quan_giai_quyet",
        "cơ quan giải quyết",
        re.compile(
            r"\b(o dau|co quan nao|noi nao|cho nao|ai cap|so nao|don vi nao|nop (ho so )?(o|tai) dau|ben nao"
            r"|ai giai quyet|ai xu ly|co quan gi|xin o dau|lam o dau)\b"
        ),
    ),
    (
        "thoi_han",
        "thời hạn giải quyết",
        re.compile(
            r"\b(bao lau|may ngay|bao nhieu ngay|thoi han|thoi gian|mat bao lau|khi nao co|bao gio co"
            r"|trong bao lau|may hom|lau khong|lau ko)\b"
        ),
    ),
    (
        "phi_le_phi",
        "phí, lệ phí",
        re.compile(r"\b(phi|le phi|bao nhieu tien|mat tien|ton bao nhieu|chi phi|mien phi|tien)\b"),
    ),
    (
        "ho_so",
        "hồ sơ",
        re.compile(
            r"\b(ho so (gom|can|gi|nhung)|giay to|can (chuan bi|nhung gi|gi)|thanh phan ho so)\b"
            r"|\bho so\b[^?]{0,100}?\b(gom|bao gom|gom nhung gi|can nhung gi|co nhung gi)\b"
        ),
    ),
)
# Words that name a phone number ("số di động riêng", "số chính thức", "Zalo"): never the topic of a
# contact question.
_PHONE_WORDS = PHONE_WORDS | {"di", "dong", "zalo", "rieng", "chinh", "thuc"}
VALIDITY = "hieu_luc"  # not a column: read from the row's wording by `field_value`
_VALIDITY_ASK = re.compile(
    r"\b(hieu luc|gia tri (bao lau|may nam|trong|bao nhieu)|co thoi han|thoi han (su dung|cua giay)"
    r"|may nam|bao nhieu nam)\b"
)
_PROCESSING_ASK = re.compile(r"\b(giai quyet|may ngay|bao nhieu ngay|co ket qua|cho may)\b")
_VALIDITY_SAID = re.compile(r"(thời hạn|hiệu lực|giá trị)\D{0,30}\d+\s*năm", re.IGNORECASE)
_BUSINESS_LINE_ASK = re.compile(
    r"\b(nganh nghe|nganh|nghe)\b.*\bco dieu kien\b|\bdanh muc\b|\b(stt|so thu tu|muc so|muc may|o muc)\b"
)
_AGENCY_BRANCHES = re.compile(r"\bso,? (ban,? )?nganh\b")
# A question about trades or conditional business, not only about some list ("danh mục lô đất").
_BUSINESS_NAMED_ASK = re.compile(
    r"\b(nganh|nghe|kinh doanh|co dieu kien|stt|so thu tu|dong (may|nao|so|bao nhieu)|muc (so|may)|o muc"
    r"|(co |nam )?(trong|thuoc) danh muc)\b"
)
# The words of a licence's kind, shared by rows of many activities.
_FRAME_WORDS = frozenset(
    {"giay", "phep", "chung", "nhan", "chi", "hanh", "nghe", "du", "dieu", "kien", "cap", "moi", "lai", "doi"}
    | {"kinh", "doanh", "dich", "vu"}
)  # folded
_LICENCE_WORDS = re.compile(r"\b(giay phep|giay chung nhan|chung chi|cap phep|xin phep|thu tuc)\b")
_LIST_PLACE_ASK = re.compile(r"\b(danh muc|stt|so thu tu|muc so|muc may|o muc|co phai|thuoc)\b")
_AGENCY_ASK = re.compile(
    r"\b(ten cu|ten moi|truoc day|truoc kia|bay gio|gio (thuoc|la)|nay (thuoc|la)|sap nhap|hop nhat|doi ten"
    r"|viet tat|la (co quan|to chuc|don vi) nao|thuoc (so|co quan) nao|ten day du|ten hien nay)\b"
)
_PROCEDURE_WORDS = re.compile(
    r"\b(thu tuc|giay phep|giay chung nhan|chung chi|cap phep|dang ky|xin phep|cap moi|cap lai|mo)\b"
)


def _key(word: str) -> str:
    """A syllable's matching key: by its exact tone when written with marks ("thuốc" is not "thuộc"),
    folded when typed without them."""
    return tone_key(word) if has_marks(word) else fold(word)


def _name_keys(text: str) -> list[str]:
    """Both keys of every syllable of a row's name (its tone key and its folded form) and of every
    pair of neighbouring syllables: a phrase ("thuốc thú y") identifies a row better than its words."""
    syllables = [w for w in words(expand_abbreviations(text)) if not is_number(w)]
    out: list[str] = []
    for w in syllables:
        out += [tone_key(w), fold(w)] if has_marks(w) else [fold(w)]
    for a, b in itertools.pairwise(syllables):
        out += [f"{tone_key(a)}_{tone_key(b)}", f"{fold(a)}_{fold(b)}"]
    return out + _quantities(text)


def _quantities(text: str) -> list[str]:
    """A number with the word it counts ("30_phong" of "từ 30 phòng trở lên"): a row's name may tell
    two rows of one licence apart by a size."""
    stream = words(expand_abbreviations(text))
    return [f"{a}_{fold(b)}" for a, b in itertools.pairwise(stream) if is_number(a) and not is_number(b)]


def _name_units(text: str) -> list[tuple[str, ...]]:
    """The syllables and neighbour pairs of a row's name, each with the keys it may be matched by
    (its tone key and its folded form): what `Link.cover` counts."""
    syllables = [w for w in words(expand_abbreviations(text)) if not is_number(w)]
    units = [(tone_key(w), fold(w)) if has_marks(w) else (fold(w),) for w in syllables]
    units += [
        (f"{tone_key(a)}_{tone_key(b)}", f"{fold(a)}_{fold(b)}") for a, b in itertools.pairwise(syllables)
    ]
    return list(dict.fromkeys(units))


def _pairs_of(text: str) -> set[str]:
    """The folded neighbour pairs of a text's words ("danh_muc", "dau_tu")."""
    folded = [fold(w) for w in words(text) if not is_number(w)]
    return {f"{a}_{b}" for a, b in itertools.pairwise(folded)}


def _subject(
    frame: Frame, skip: set[str], known: frozenset[str] = frozenset(), spelled: frozenset[str] = frozenset()
) -> list[str]:
    """The question's syllables and neighbour pairs that may name a row: asking words left out, and
    the list's own words (`skip`: folded words, or folded pairs such as "danh_muc", "luat_dau" for a
    list whose row names share its words: "bộ" of "đường bộ" stays while "danh mục" goes).

    `known` is the list's vocabulary (the keys of its row names). An asking word stays when it makes,
    with a neighbour that asks nothing, a phrase some row is named by ("liên" of "liên thông", "nhận"
    of "chứng nhận", "điều" of "điều chỉnh"). A marked syllable that no passage of the documents
    (`spelled`: tone keys) and no row name holds, while a row name holds its folded form ("giây
    phép"), is read folded: a tone mistyped."""
    syllables = [w for w in words(expand_abbreviations(frame.text)) if not is_number(w)]
    folded = [fold(w) for w in syllables]
    keys = [_typed_key(w, known, spelled) for w in syllables]
    # a syllable read as mistyped asks when its folded form is an asking word's ("mây" for "mấy")
    asking = [
        w in _ASKING or (key != _key(w) and key in _ASKING_FOLDED)
        for w, key in zip(syllables, keys, strict=True)
    ]
    named = [f"{a}_{b}" in skip or f"{a}_{b}" in _CITY for a, b in itertools.pairwise(folded)]

    def phrase(i: int, j: int) -> bool:  # syllables i and j (neighbours) make a phrase of a row name
        a, b = sorted((i, j))
        return a >= 0 and b < len(syllables) and not asking[j] and f"{keys[a]}_{keys[b]}" in known

    kept = [
        (not asking[i] or phrase(i, i - 1) or phrase(i, i + 1))
        and folded[i] not in skip
        and not (i > 0 and named[i - 1])
        and not (i < len(named) and named[i])
        for i in range(len(syllables))
    ]
    held = [key for key, keep in zip(keys, kept, strict=True) if keep]
    pairs = [f"{keys[i]}_{keys[i + 1]}" for i in range(len(keys) - 1) if kept[i] and kept[i + 1]]
    sizes = [q for q in _quantities(frame.text) if q in known]  # only a size some row is named by
    return list(dict.fromkeys(held + pairs + sizes))


def _typed_key(word: str, known: frozenset[str], spelled: frozenset[str]) -> str:
    """A syllable's matching key; a marked syllable the documents never spell so, whose folded form
    a row name holds, is read folded (a tone mistyped: "giây phép")."""
    key = _key(word)
    if not spelled or not has_marks(word) or key in known or key in spelled or word in _ASKING:
        return key
    return fold(word) if fold(word) in known else key


# A business named by its own name ("Công ty Bảo Long", "cửa hàng Minh Anh"): not the writer's own
# ("công ty tôi"), whose name starts with a capital letter.
_BUSINESS_NAMED = re.compile(
    r"\b(?:[Cc]ông ty|[Dd]oanh nghiệp|[Cc]ửa hàng|[Nn]hà máy|[Xx]ưởng|[Hh]ợp tác xã|[Tt]ập đoàn)"
    r"(?: (?:TNHH|CP|cổ phần|MTV|TM|DV))*(?: [A-ZĐÂĂÊÔƠƯÁÀẢÃẠ][\wÀ-ỹ]*){1,4}"
)
MAX_CONTACTS = 3  # rows that fit a contact question equally, listed briefly
_GIVEN_NUMBER = re.compile(r"\d(?:[.\s]?\d){7,}")  # a phone number the writer already has


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def _contact_line(row: Row, email: bool) -> str:
    f = row.fields
    what = _name_only(f.get("bo_phan_or_chuc_danh", "")) or ("Thư điện tử" if email else "Số điện thoại")
    value = f.get("email", "") if email else f.get("dien_thoai", "")
    return f"{what} — {f.get('co_quan', '').split(' (')[0]}: {value}."


def _asking_clause(text: str) -> str:
    """The part of a message that asks for the number: the last clause that names one ("..., tôi cần
    báo công an thì gọi số nào?"); the whole text when no clause does."""
    clauses = [c for c in re.split(r"[,;.?!]", text) if c.strip()]
    asking = [c for c in clauses if "phone" in wanted(c)]
    return asking[-1] if asking else text


def _short(value: str, limit: int) -> str:
    value = " ".join(value.split())
    if len(value) <= limit:
        return value
    cut = value[:limit]
    cut = cut.rsplit("; ", 1)[0] if "; " in cut[limit // 2 :] else cut.rsplit(" ", 1)[0]
    return cut.rstrip(",;: ") + " …"


def _unrivalled(ranked: list[Link]) -> bool:
    """The best row holds words of the question, its passage leads the retrieval, and no other row
    comes near ("kho hàng bị cháy": only the fire service's row says "cháy")."""
    top = ranked[0]
    second = ranked[1].rank_score if len(ranked) > 1 else 0.0
    return top.share > 0 and top.retrieved >= 1.0 - 1e-6 and second <= UNRIVALLED * top.rank_score


def _said(text: str, keys: list[str]) -> str:
    """The question's own words for the syllable keys of its subject, as the writer typed them."""
    keyed = set(keys)
    return " ".join(w for w in words(text) if _key(w) in keyed or fold(w) in keyed)


def _province_name(folded: str) -> str:
    """A province's name as written ("Thái Bình") from its folded form ("thai binh")."""
    return next((name for name in PROVINCES if fold(name) == folded), folded.title())


def _other_province(frame: Frame, text: str) -> str:
    """The province a row's data comes from when the question asks about the city and it is another."""
    if not any(home in frame.folded for home in HOME):
        return ""
    folded = fold(text)
    for name in PROVINCES:
        key = fold(name)
        if key not in HOME and re.search(rf"\b(tinh|thanh pho|tp) {re.escape(key)}\b", folded):
            return name
    return ""


def _stated(value: str) -> bool:
    """A cell that states something ("Không có thông tin", "chưa quy định" state nothing)."""
    folded = fold(value).strip(" .;")
    return bool(folded) and not re.match(
        r"^(khong co thong tin|chua (quy dinh|co thong tin)|khong ro)", folded
    )


# What follows the activity in a row's name: its sector ("thuộc lĩnh vực Công Thương, Nông nghiệp và Môi
# trường"), a note after a dash, brackets.
_AFTER_ACTIVITY = re.compile(r"\s+(?:thuộc (?:lĩnh vực|ngành)|—|–|-\s|[\[(])", re.IGNORECASE)


def _activity_part(name: str) -> str:
    """The activity a row's name licenses, without its sector or notes: a question about an
    environmental permit shares no activity with a food-safety certificate "thuộc lĩnh vực … Môi trường"."""
    return _AFTER_ACTIVITY.split(name, maxsplit=1)[0].strip(" .;")


def _name_only(name: str) -> str:
    """A row's name without its bracketed notes ("... (thủ tục quốc gia; dữ liệu ...)")."""
    name = re.split(r"\s+[\[(]", name, maxsplit=1)[0]
    return name.strip(" .;")


@dataclass(frozen=True)
class Link:
    row: Row
    share: float  # of the question's subject weight held by the row's name
    matched: float
    retrieved: float = 0.0  # the row's passage score in the question's retrieval, 0..1
    cover: float | None = None  # of the row name's weight the question holds (lists of short names)

    @property
    def name_score(self) -> float:
        """How well the name fits the question: the share of the question's subject the name holds,
        and for lists of short names (business lines) the harmonic mean of that and the share of the
        name the question holds, so that neither framing words of the question ("theo danh mục
        mới...") nor a long name holding one common word decides alone."""
        if self.cover is None:
            return self.share
        both = self.share + self.cover
        return 2.0 * self.share * self.cover / both if both else 0.0

    @property
    def rank_score(self) -> float:
        return self.name_score + RETRIEVAL_WEIGHT * self.retrieved


# The least rank score (name score + RETRIEVAL_WEIGHT x retrieval) of the row asked about, per list: the
# middle of the plateau that linked most items of the generated tune split to their row and left its
# absent activities unlinked (eval/generated/tune.jsonl: procedures 46/57 over 0.60-0.70, business lines
# 53/57 list answers over 0.32-0.36 with the name's cover (47/57 at best by share alone), contacts 21/23
# over 0.70-0.85, agencies 18/29 at 0.55). Colloquial names of an
# activity ("mở rạp chiếu phim") share few words with the list's wording, so retrieval weighs in.
MIN_MATCH = {"procedures": 0.65, "business_lines": 0.34, "contacts": 0.75, "agencies": 0.55}
COVERED = frozenset({"business_lines"})  # lists whose rows are linked by `Link.name_score` with cover
# Lists whose title is left out of a question by its phrases ("kinh doanh", "thủ tục"), not word by
# word: their row names share the title's syllables ("chỉnh" of "điều chỉnh" folds like "chính").
PHRASE_SKIPPED = frozenset({"business_lines", "procedures"})
RETRIEVAL_WEIGHT = 0.3  # how much the hybrid retrieval (dense + lexical) of the row's passage counts
# How many of a list's names, closest in meaning to the question first, may hold the row asked about
# (`ListLookup.near_in_meaning`, procedures only): on the generated tune split every answerable
# procedure question's row was among its 4 closest names (ranks 0-3), while the rows that unanswerable
# questions were linked to by shared words ranked 4-17.
SEMANTIC_NEAR = 4
SEMANTIC_KINDS = ("procedures",)
UNRIVALLED = 0.3  # the next row's rank score, as a share of the best's, that leaves the best unrivalled
TOPIC_HELD = 0.5  # the share of a contact question's topic words the row's role must hold
# A business line linked with a name that fits less than this (`Link.name_score`) is said to be the
# nearest row: on the tune split the two wrong links scored 0.08 and 0.13, the right ones 0.08-0.92.
CLOSE_NAME = 0.15


class ListLookup:
    def __init__(
        self,
        rows: dict[str, list[Row]],
        row_entries: dict[tuple[str, int], Entry],
        directory: AgencyDirectory,
        min_match: dict[str, float] | None = None,
        everyday: Mapping[str, tuple[str, ...]] | None = None,
        spelled: frozenset[str] = frozenset(),
        name_vectors: Mapping[str, np.ndarray] | None = None,
    ) -> None:
        """`spelled`: the tone keys of the words the documents hold (`spelling`), by which a mistyped
        tone is told from a word; empty, no syllable is read as mistyped."""
        self.rows = rows
        self.spelled = spelled
        self.name_vectors = dict(name_vectors or {})  # kind -> unit vectors of its row names, in row order
        self.row_entries = row_entries
        self.directory = directory
        self.min_match = {**MIN_MATCH, **(min_match or {})}
        self._names: dict[str, list[list[str]]] = {
            kind: [_name_keys(self._name(r)) for r in lst] for kind, lst in rows.items()
        }
        everyday = everyday_names() if everyday is None else everyday
        # Each row of a list linked with cover is matched by its name or one of its everyday names.
        self._variants: dict[str, list[list[tuple[set[str], list[tuple[str, ...]]]]]] = {
            kind: [
                [
                    (set(_name_keys(v)), _name_units(v))
                    for v in (self._name(r), *everyday.get(self._name(r), ()))
                ]
                for r in rows.get(kind, [])
            ]
            for kind in COVERED
        }
        self._weights = {kind: name_weights(names) for kind, names in self._names.items()}
        self._index = {kind: {(r.doc, r.row): i for i, r in enumerate(lst)} for kind, lst in rows.items()}
        self._known = {kind: frozenset(weights) for kind, weights in self._weights.items()}
        # Words of a list's own title and legal basis ("danh mục", "Luật Đầu tư", "Nghị quyết"): a
        # question names the list with them, not a row. Business-line names share many of these words
        # ("bộ", "cắt", "tư"): for them only the title's phrases (word pairs) are left out.
        self._list_words: dict[str, set[str]] = {
            kind: set().union(
                *(
                    _pairs_of(text) if kind in PHRASE_SKIPPED else {fold(w) for w in words(text)}
                    for r in lst[:1] + lst[-1:]
                    for text in [f"{r.title} {r.legal_basis}"]
                )
            )
            for kind, lst in rows.items()
        }

    @staticmethod
    def _name(row: Row) -> str:
        f = row.fields
        if row.kind == "procedures":
            return f.get("ten_thu_tuc", "") + " " + f.get("linh_vuc", "")
        if row.kind == "business_lines":
            return f.get("nganh_nghe", "")
        if row.kind == "contacts":
            return " ".join((f.get("co_quan", ""), f.get("bo_phan_or_chuc_danh", ""), f.get("linh_vuc", "")))
        return " ".join((f.get("ten_hien_nay", ""), f.get("ten_cu_or_ten_goi_khac", "")))

    def links(self, kind: str, frame: Frame, *, doc: str = "") -> list[Link]:
        """Rows of a list ranked by how much of the question's subject their name holds, and by their
        passage's place in the question's retrieval (`frame.retrieved`: passage id -> 0..1)."""
        weights = self._weights.get(kind, {})
        if not weights:
            return []
        unknown = sum(weights.values()) / len(weights)  # a word no row has: an average word
        subject = _subject(frame, self._list_words.get(kind, set()), self._known[kind], self.spelled)
        total = sum(weights.get(w, unknown) for w in subject) or 1.0
        out: list[Link] = []
        held = set(subject)
        rows = self.rows.get(kind, [])
        for i, (row, syllables) in enumerate(zip(rows, self._names.get(kind, []), strict=True)):
            if doc and row.doc != doc:
                continue
            entry = self.row_entries.get((row.doc, row.row))
            retrieved = frame.retrieved.get(entry.chunk.id, 0.0) if entry is not None else 0.0
            if kind not in COVERED:
                have = set(syllables)
                matched = sum(weights.get(w, unknown) for w in subject if w in have)
                out.append(Link(row, matched / total, matched, retrieved))
                continue
            variants: list[Link] = []  # the name or the everyday name that fits the question best
            for have, units in self._variants[kind][i]:
                matched = sum(weights.get(w, unknown) for w in subject if w in have)
                whole = sum(weights.get(u[0], unknown) for u in units) or 1.0
                cover = sum(weights.get(u[0], unknown) for u in units if held.intersection(u)) / whole
                if not variants or cover >= EVERYDAY_COVER:  # the legal name, or an everyday name said
                    variants.append(Link(row, matched / total, matched, retrieved, cover))
            out.append(max(variants, key=lambda link: link.name_score))
        out.sort(key=lambda link: -link.rank_score)
        return out

    def linked(self, kind: str, doc: str, row: int, frame: Frame) -> bool:
        """Whether the question may be answered from this row: its name is linked above the list's
        floor, or no row's name fits the question better. A row that retrieval found while another
        row's name fits better is a neighbour of the asked activity, not the activity (on the tune
        split every unanswerable question answered from a row so was of this kind, and no answerable)."""
        floor = self.min_match.get(kind, 0.4)
        ranked = self.links(kind, frame)
        found = next((link.row for link in ranked if link.row.doc == doc and link.row.row == row), None)
        if found is not None and not self.near_in_meaning(kind, found, frame):
            return False
        if found is not None and kind in SEMANTIC_KINDS and not self._activity_held(kind, found, frame):
            return False
        if ranked and ranked[0].row.doc == doc and ranked[0].row.row == row:
            return True
        return any(link.rank_score >= floor for link in ranked if link.row.doc == doc and link.row.row == row)

    def _activity_held(self, kind: str, row: Row, frame: Frame) -> bool:
        """The row's name holds a word of the question besides the licence's kind ("chứng chỉ hành
        nghề", "giấy chứng nhận đủ điều kiện"): the activity asked about, not only its paperwork."""
        subject = [
            w
            for w in _subject(frame, self._list_words.get(kind, set()), self._known[kind], self.spelled)
            if "_" not in w and fold(w.rstrip("0123456789")) not in _FRAME_WORDS
        ]
        if not subject:
            return True
        have = set(_name_keys(_activity_part(self._name(row))))
        return any(w in have for w in subject)

    def near_in_meaning(self, kind: str, row: Row, frame: Frame) -> bool:
        """Guardrail `row_meaning`: the row's name is among the `SEMANTIC_NEAR` names of its list that
        the embedding model finds closest to the question. A name that shares the question's words
        but not its activity ("chứng chỉ hành nghề" of brokers, asked of pharmacists) is far in
        meaning; true when no vectors are at hand (the lexical link alone decides)."""
        vectors = self.name_vectors.get(kind)
        rows = self.rows.get(kind, [])
        if vectors is None or frame.vector is None or len(vectors) != len(rows):
            return True
        index = self._index.get(kind, {}).get((row.doc, row.row))
        if index is None:
            return True
        sims = vectors @ frame.vector
        return int(np.count_nonzero(sims > sims[index])) < SEMANTIC_NEAR

    def row_name(self, kind: str, doc: str, row: int) -> str:
        found = next((r for r in self.rows.get(kind, []) if r.doc == doc and r.row == row), None)
        return _name_only(self._name(found)) if found is not None else ""

    def _best(self, kind: str, frame: Frame, *, doc: str = "") -> list[Link]:
        floor = self.min_match.get(kind, 0.4)
        ranked = [link for link in self.links(kind, frame, doc=doc) if link.rank_score >= floor]
        if not ranked or not self.near_in_meaning(kind, ranked[0].row, frame):
            return []  # the best fit by words is another activity: no row is asked about
        if kind in SEMANTIC_KINDS and not self._activity_held(kind, ranked[0].row, frame):
            return []
        top = ranked[0]
        return [
            link
            for link in ranked
            if link.rank_score >= top.rank_score - 1e-6 and link.matched >= top.matched - 1e-6
        ][:4]

    def _evidence(self, row: Row, quote: str = "") -> list[Evidence]:
        entry = self.row_entries.get((row.doc, row.row))
        return [Evidence(entry, quote)] if entry is not None else []

    # -- procedures ---------------------------------------------------------------------------
    def procedure(self, frame: Frame) -> LookupResult | None:
        asked = [(key, label) for key, label, pattern in _PROCEDURE_ASKS if pattern.search(frame.folded)]
        if _VALIDITY_ASK.search(frame.folded):  # "giấy có giá trị mấy năm" asks how long the licence lasts
            asked = [
                (k, label) for k, label in asked if k != "thoi_han" or _PROCESSING_ASK.search(frame.folded)
            ]
            asked.append((VALIDITY, "thời hạn hiệu lực"))
        if not asked and not _PROCEDURE_WORDS.search(frame.folded):
            return None
        best = self._best("procedures", frame)
        nearest = not best
        if nearest:
            best = self._nearest_procedure(frame, asked)
        if not best:
            return None
        if len({_name_only(b.row.fields.get("ten_thu_tuc", "")) for b in best}) > 1:
            names = "; ".join(_name_only(b.row.fields.get("ten_thu_tuc", "")) for b in best)
            return LookupResult(
                kind="procedure",
                direct=f"Có {len(best)} thủ tục khớp với câu hỏi: {names}. Xin nêu rõ thủ tục cần hỏi.",
                evidence=[e for b in best for e in self._evidence(b.row)],
            )
        row = best[0].row
        elsewhere = _other_province(
            frame, " ".join((row.fields.get("ten_thu_tuc", ""), row.fields.get("co_quan_giai_quyet", "")))
        )
        if elsewhere:
            return LookupResult(
                kind="procedure",
                record=row.fields,
                refusal=Refusal(
                    "out_of_scope",
                    f"Danh sách thủ tục chỉ có dữ liệu của {elsewhere} cho thủ tục này, "
                    "không phải của Hải Phòng.",
                ),
            )
        fields = asked or [(k, label) for k, label, _ in _PROCEDURE_ASKS[:3]]
        name = re.sub(r"^Thủ tục\s+", "", _name_only(row.fields.get("ten_thu_tuc", "")), flags=re.I)
        name = name[:1].upper() + name[1:]
        if nearest:
            return LookupResult(
                kind="procedure",
                record=row.fields,
                refusal=Refusal(
                    "entity_not_in_documents",
                    "Danh sách thủ tục không có thủ tục mang đúng tên được hỏi. Thủ tục gần nhất trong "
                    f"danh sách là “{name}”; nếu đúng là thủ tục này, xin hỏi lại theo tên đó.",
                ),
            )
        stated = [(label, field_value(row, key)) for key, label in fields if _stated(field_value(row, key))]
        unstated = [label for key, label in fields if not _stated(field_value(row, key))]
        if not stated:
            return LookupResult(
                kind="procedure",
                record=row.fields,
                refusal=Refusal(
                    "no_evidence", f"Danh sách thủ tục không ghi {', '.join(unstated)} của thủ tục “{name}”."
                ),
            )
        parts = [f"{label}: {_short(value, 350)}" for label, value in stated]
        direct = f"Thủ tục “{name}” — " + "; ".join(parts) + "."
        if unstated:
            direct += f" Danh sách không ghi {', '.join(unstated)}."
        return LookupResult(kind="procedure", direct=direct, evidence=self._evidence(row), record=row.fields)

    def _nearest_procedure(self, frame: Frame, asked: list[tuple[str, str]]) -> list[Link]:
        """A field of a licence asked for and no row named like it, while the retrieval's best passage
        is a procedure row (the plans do not speak of it): the nearest row, named in the refusal so
        that the reader can ask again by its name. Answering with it instead gave a wrong licence's
        data twice as often as a right one on the tune split (4 absent procedures, 2 answerable)."""
        if not asked or not _LICENCE_WORDS.search(frame.folded):
            return []
        ranked = self.links("procedures", frame)
        return ranked[:1] if ranked and ranked[0].retrieved >= 1.0 else []

    # -- business lines -------------------------------------------------------------------------
    def business_line(self, frame: Frame) -> LookupResult | None:
        asked = _AGENCY_BRANCHES.sub(" ", frame.folded)  # "các sở, ngành" are agencies, not trades
        if not _BUSINESS_LINE_ASK.search(asked):
            return None
        if frame.wants & {"agency", "person", "date"} and not _LIST_PLACE_ASK.search(frame.folded):
            return None  # "which department promoted the conditional lines" asks about the plans
        docs = list(dict.fromkeys(r.doc for r in self.rows.get("business_lines", [])))
        found: list[tuple[str, Link | None, Row]] = []
        for doc in docs:
            best = self._best("business_lines", frame, doc=doc)
            sample = next(r for r in self.rows["business_lines"] if r.doc == doc)
            found.append((doc, best[0] if best else None, sample))
        if not any(link for _, link, _ in found):
            if not _BUSINESS_NAMED_ASK.search(asked):
                return None  # "danh mục lô đất …": another list, the passages answer
            return LookupResult(
                kind="business_line",
                refusal=Refusal(
                    "entity_not_in_documents",
                    "Các danh mục ngành, nghề đầu tư kinh doanh có điều kiện hiện có không nêu ngành, nghề "
                    "được hỏi.",
                ),
            )
        said: list[str] = []
        evidence: list[Evidence] = []
        record: dict[str, Any] = {}
        lists: list[dict[str, Any]] = []  # one verdict per list, for channels that render them side by side
        for doc, link, sample in found:
            basis = re.split(r"\s*[(,]", sample.legal_basis or sample.title, maxsplit=1)[0]
            when = f" (áp dụng {sample.validity})" if sample.validity else ""
            verdict = {"doc": doc, "basis": basis, "validity": sample.validity, "found": link is not None}
            if link is None:
                said.append(f"không có trong danh mục theo {basis}{when}")
                lists.append({**verdict, "number": "", "name": ""})
                continue
            number = link.row.fields.get("so_thu_tu", "?")
            name = link.row.fields.get("nganh_nghe", "")
            near = (
                " — dòng gần nhất, danh mục không ghi đúng tên được hỏi"
                if link.name_score < CLOSE_NAME
                else ""
            )
            said.append(f"STT {number} “{name}” theo {basis}{when}{near}")
            evidence += self._evidence(link.row)
            record[link.row.doc] = number
            lists.append({**verdict, "number": number, "name": name, "nearest": bool(near)})
        record["lists"] = lists
        direct = "Ngành, nghề kinh doanh có điều kiện: " + "; ".join(said) + "."
        licence = self._licence_asked(frame)
        if licence is not None:  # "... ở dòng nào, nộp hồ sơ cho cơ quan nào?": the procedure's field too
            direct += " " + licence.direct
            evidence += licence.evidence
        return LookupResult(kind="business_line", direct=direct, evidence=evidence, record=record)

    def _licence_asked(self, frame: Frame) -> LookupResult | None:
        """The procedure's answer when a business-line question also asks a field of the licence
        (which agency, how long, what fee, what dossier) and a procedure row is linked to it."""
        if not any(pattern.search(frame.folded) for _, _, pattern in _PROCEDURE_ASKS):
            return None
        found = self.procedure(frame)
        if found is None or found.refusal is not None or not found.direct:
            return None
        return found

    # -- contacts -------------------------------------------------------------------------------
    def contact(self, frame: Frame) -> LookupResult | None:
        """The published number (or e-mail address) asked for. A number the question already gives
        ("ngoài số 0823...") is not the answer; when several rows fit the question equally, each is
        listed."""
        email = "email" in frame.wants
        if "phone" not in frame.wants and not email:
            return None
        given = {_digits(m) for m in _GIVEN_NUMBER.findall(frame.text)}
        rows = [
            r for r in self.rows.get("contacts", []) if _digits(r.fields.get("dien_thoai", "")) not in given
        ]
        named = list(frame.agencies)
        business = _BUSINESS_NAMED.search(frame.text)
        if business and not named:  # the lists publish agencies' numbers, never a business's
            return LookupResult(
                kind="contact",
                refusal=Refusal(
                    "entity_not_in_documents",
                    f"Danh bạ hiện có chỉ gồm số điện thoại, thư điện tử công bố của cơ quan nhà nước; "
                    f"không có của {business.group(0)}.",
                ),
            )
        if frame.places and not any(home in frame.folded for home in HOME):
            return LookupResult(  # "đường dây nóng của tỉnh Thái Bình": the lists are the city's
                kind="contact",
                refusal=Refusal(
                    "out_of_scope",
                    "Danh bạ hiện có chỉ gồm số điện thoại, thư điện tử của cơ quan ở Hải Phòng; "
                    f"không có của {_province_name(frame.places[0])}.",
                ),
            )
        if named:
            asked_units = local_units(frame.text)
            mine = [
                r
                for r in rows
                if self._same_agency(named[0], r.fields.get("co_quan", ""))
                and local_units(r.fields.get("co_quan", "")) == asked_units
            ]
            if not mine:
                return None  # the passages may still give it; the answer-type guardrail checks they do
            agency_words = {fold(w) for a in [*named, *asked_units] for w in words(a)}
            asked = dataclasses.replace(frame, text=_asking_clause(frame.text))  # not the story before it
            topic = [w for w in _subject(asked, agency_words | _PHONE_WORDS) if "_" not in w]
            ranked = [link for link in self.links("contacts", frame) if link.row in mine]
            row = ranked[0].row if ranked else mine[0]
            role = " ".join((row.fields.get("bo_phan_or_chuc_danh", ""), row.fields.get("linh_vuc", "")))
            held = set(topic) & set(_name_keys(role))
            if len(topic) >= 2 and len(held) < len(set(topic)) * TOPIC_HELD:  # a word or two may be filler
                return LookupResult(
                    kind="contact",
                    refusal=Refusal(
                        "entity_not_in_documents",
                        f"Các tài liệu hiện có không nêu số điện thoại về “{_said(asked.text, topic)}” "
                        f"của {named[0]}.",
                    ),
                )
            found = [row]
        else:
            floor = self.min_match.get("contacts", 0.4)
            ranked = [link for link in self.links("contacts", frame) if link.row in rows]
            top = ranked[0] if ranked and (ranked[0].rank_score >= floor or _unrivalled(ranked)) else None
            found = [  # rows whose names fit the question as well as the best one's: each is listed
                link.row
                for link in ranked
                if top is not None
                and (link.rank_score >= floor or link is top)
                and link.name_score >= top.name_score - 1e-6
                and link.matched >= top.matched - 1e-6
            ]
        if email:
            found = [r for r in found if r.fields.get("email", "")]
        if not found:
            return None
        lines = [_contact_line(r, email) for r in found[:MAX_CONTACTS]]
        if len(lines) == 1:
            direct = lines[0]
        else:
            what = "địa chỉ thư điện tử" if email else "số"
            direct = f"Có {len(lines)} {what} phù hợp: " + " ".join(
                f"({i}) {x}" for i, x in enumerate(lines, 1)
            )
        evidence = [e for r in found[:MAX_CONTACTS] for e in self._evidence(r)]
        return LookupResult(kind="contact", direct=direct, evidence=evidence, record=found[0].fields)

    def _same_agency(self, agency: str, cell: str) -> bool:
        names = self.directory.mentions(cell)[0]
        if agency in names:
            return True
        key, folded = fold(agency), fold(cell)
        core = re.sub(r"^(ubnd|uy ban nhan dan) ", "", key)
        return bool(core) and core in folded

    # -- agencies -------------------------------------------------------------------------------
    def agency(self, frame: Frame) -> LookupResult | None:
        if not _AGENCY_ASK.search(frame.folded):
            return None
        if frame.wants & {
            "person",
            "phone",
            "place",
            "money",
            "count",
            "duration",
            "building",
            "hours",
            "date",
            "email",
            "fax",
            "address",
            "web",
        }:
            return None  # "Giám đốc Sở Y tế hiện nay là ai?" asks for a person, not for the agency's name
        rows = self.rows.get("agencies", [])
        for agency_name in frame.agencies:
            agency = self.directory.agencies.get(agency_name)
            if agency is None:
                continue
            row = next((r for r in rows if r.fields.get("ten_hien_nay", "") == agency.full_name), None)
            if row is None:
                continue
            asked_former = [
                f for f in agency.former_names if fold(f) and fold(f.split(" (")[0]) in frame.folded
            ]
            if asked_former:
                asked_name = asked_former[0]
                others = [f for f in agency.former_names if f != asked_name][:3]
                if ACRONYM.match(asked_name):  # "HEZA": the agency's short name, not a former agency
                    direct = f"{asked_name} là tên viết tắt của {agency.full_name}"
                else:
                    direct = f"{asked_name} nay thuộc {agency.full_name}"
                direct += f"; tên cũ, tên gọi khác: {'; '.join(others)}." if others else "."
            else:
                direct = f"Tên hiện nay: {agency.full_name}"
                if agency.former_names:
                    direct += f"; tên cũ, tên gọi khác: {'; '.join(agency.former_names[:4])}"
                direct += "."
            notes = [row.fields.get("ten_cu_or_ten_goi_khac", ""), row.fields.get("ghi_chu", "")]
            names = [agency.name, agency.full_name, *agency.aliases, *agency.former_names]
            note = _note_asked(frame, ". ".join(n.strip(" .") for n in notes if n.strip()), names)
            if note:
                direct += f" Ghi chú: {note}" + ("" if note.endswith((".", "…")) else ".")
            return LookupResult(kind="agency", direct=direct, evidence=self._evidence(row), record=row.fields)
        return None


NOTE_MAX = 240  # the part of an agency's note that answers what else the question asks


def _note_asked(frame: Frame, note: str, names: list[str]) -> str:
    """The clause of an agency's notes (former names, remarks) that holds what the question asks
    besides the agency's names ("sáp nhập từ năm nào", "có giữ nguyên không"); empty when the question
    asks nothing more, or the notes hold none of it."""
    named = {fold(w) for name in names for w in words(name)}
    asked = [
        fold(w) for w in words(expand_abbreviations(frame.text)) if w not in _ASKING and fold(w) not in named
    ]
    asked = [w for w in dict.fromkeys(asked) if len(w) > 1 and not is_number(w)]
    if not note or not asked:
        return ""

    def score(piece: str) -> float:
        have = set(fold(w) for w in words(piece))
        return sum(w in have for w in asked) / len(asked)

    if score(note) == 0:
        return ""
    return focus(" ".join(note.split()), NOTE_MAX, score)


# An everyday name links its row only when the question says most of it ("tiệm thuốc thú y" is not
# linked by "tiệm" alone): the share of the name's weight the question holds. On the generated tune
# split's business-line and list-twin items, 0.4-0.6 linked "xưởng đóng tủ" to "xưởng đóng tàu";
# 0.67-0.75 answered the same items otherwise.
EVERYDAY_COVER = 0.67
EVERYDAY_NAMES = Path(__file__).resolve().parent / "data" / "business_line_aliases.json"


@functools.cache
def everyday_names(path: Path = EVERYDAY_NAMES) -> dict[str, tuple[str, ...]]:
    """The everyday names of the conditional business lines ("nhà thuốc" for "Kinh doanh dược"), by
    the line's name in the lists; empty when the file is missing."""
    if not path.is_file():
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    return {str(e["name"]): tuple(str(a) for a in e.get("aliases", ())) for e in data.get("lines", [])}


def field_value(row: Row, key: str) -> str:
    """A procedure row's field; the validity of the licence is not a column but a clause of the row
    ("GCN có thời hạn 10 năm kể từ ngày cấp mới")."""
    if key != VALIDITY:
        return row.fields.get(key, "")
    for value in row.fields.values():
        for clause in re.split(r"[.;]\s*", value or ""):
            if _VALIDITY_SAID.search(clause):
                return clause.strip()
    return ""


def semantic_names(rows: Mapping[str, list[Row]]) -> dict[str, list[str]]:
    """The names of the rows compared in meaning with a question (`ListLookup.near_in_meaning`)."""
    return {kind: [_name_only(ListLookup._name(r)) for r in rows.get(kind, [])] for kind in SEMANTIC_KINDS}


def spelling(lexical_terms: Iterable[str]) -> frozenset[str]:
    """The tone keys of the marked words the documents hold, read off the lexical index's terms
    ("a:" + tone key, text.py)."""
    return frozenset(t[2:] for t in lexical_terms if t.startswith("a:"))


def row_entries(entries: list[Entry]) -> dict[tuple[str, int], Entry]:
    out: dict[tuple[str, int], Entry] = {}
    for e in entries:
        row = e.chunk.metadata.get("row")
        if isinstance(row, int) and not isinstance(row, bool):
            out[(e.chunk.doc, row)] = e
    return out
