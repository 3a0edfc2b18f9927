#!/usr/bin/env python3
"""Build the labelled question set under eval/generated/ (tune.jsonl, test.jsonl).

    python3 eval/generate.py [--lists DIR] [--out DIR]

Standard library only, deterministic (same inputs give byte-identical output). It reads
  - the plan documents knowledge/corpus/*.txt,
  - the lists (*.csv) in knowledge/corpus/data/ (or --lists DIR),
  - the hand-written data in eval/templates/*.json.
and fails loudly when an answer fact or gold snippet is not found verbatim in its source
(after collapsing whitespace, NFC, lower-casing), when a twin's swapped-in entity does occur
in the corpus or lists, or when a question occurs twice. See eval/README.md for the rules.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import random
import re
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
CORPUS = ROOT / "knowledge" / "corpus"
TEMPLATES = HERE / "templates"

# Plan documents are split whole (a document and all its sections stay on one side).
DOC_SPLIT = {"000": "tune", "003": "tune", "004": "tune", "001": "test", "002": "test"}
TUNE_SHARE = 40  # percent of list/support groups that go to tune (by hash of the group key)

LIST_FILES = {
    "procedures": "procedures.csv",
    "law61": "conditional_business_lines.csv",
    "nq66": "conditional_business_lines_nq66_17_2026.csv",
    "contacts": "contacts_haiphong.csv",
    "agencies": "agencies_haiphong.csv",
}
SECOND_FIELD = {"contacts": ["bo_phan_or_chuc_danh"], "agencies": ["ten_cu_or_ten_goi_khac"]}
NAME_FIELD = {
    "procedures": "ten_thu_tuc",
    "law61": "nganh_nghe",
    "nq66": "nganh_nghe",
    "contacts": "co_quan",
    "agencies": "ten_hien_nay",
}


class DataError(Exception):
    """The hand-written data does not match the corpus or the lists."""


def collapse(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text or "")).strip()


def norm(text: str) -> str:
    return collapse(text).lower()


def strip_marks(text: str) -> str:
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return unicodedata.normalize("NFC", "".join(c for c in text if unicodedata.category(c) != "Mn"))


def stable_int(key: str) -> int:
    return int(hashlib.sha1(key.encode("utf-8")).hexdigest()[:12], 16)


# ---------------------------------------------------------------- sources


@dataclass
class Sources:
    docs: dict[str, str]  # file name -> normalised text (lower-cased, for facts)
    raw: dict[str, str]  # file name -> text with whitespace collapsed (for snippets, case kept)
    rows: dict[str, list[dict[str, str]]]  # list key -> rows
    haystack: str  # everything, normalised, for absence checks
    haystack_plain: str  # the same without diacritics
    passages: list[tuple[str, frozenset[str]]] = field(default_factory=list)
    df: dict[str, int] = field(default_factory=dict)

    def doc_name(self, ref: str) -> str:
        if ref in self.docs:
            return ref
        hits = [d for d in self.docs if d.startswith(ref + "_")]
        if len(hits) != 1:
            raise DataError(f"unknown document {ref!r}")
        return hits[0]

    def row_text(self, row: dict[str, str]) -> str:
        return norm(" | ".join(v for k, v in row.items() if k != "nguon"))

    def find_rows(self, key: str, snippet: str) -> list[dict[str, str]]:
        """Rows of a list whose name field (or, for contacts/agencies, the second one) holds the snippet."""
        fields = [NAME_FIELD[key], *SECOND_FIELD.get(key, [])]
        exact = [r for r in self.rows[key] if r[NAME_FIELD[key]] == collapse(snippet)]
        if exact:
            return exact
        hits = [r for r in self.rows[key] if any(collapse(snippet) in r.get(f, "") for f in fields)]
        if not hits:
            raise DataError(f"{key}: snippet {snippet!r} is in no row's {'/'.join(fields)}")
        return hits


def load_sources(lists_dir: Path) -> Sources:
    raw = {p.name: collapse(p.read_text(encoding="utf-8")) for p in sorted(CORPUS.glob("*.txt"))}
    docs = {name: text.lower() for name, text in raw.items()}
    if not docs:
        raise DataError(f"no plan documents in {CORPUS}")
    rows: dict[str, list[dict[str, str]]] = {}
    for key, fname in LIST_FILES.items():
        path = lists_dir / fname
        if not path.is_file():
            raise DataError(f"missing list {path}")
        with path.open(encoding="utf-8", newline="") as f:
            rows[key] = [{k: collapse(v) for k, v in r.items()} for r in csv.DictReader(f)]
    parts = list(docs.values())
    for key in rows:
        parts += [norm(" | ".join(r.values())) for r in rows[key]]
    hay = "\n".join(parts)
    return Sources(docs, raw, rows, hay, strip_marks(hay))


def hit_keys(snippet: str) -> list[str]:
    """What the scorer looks for in a source: the snippet, or its first or last 40 characters."""
    s = norm(snippet)
    return [s, s[:40], s[-40:]] if len(s) > 40 else [s]


def passages(src: Sources) -> list[tuple[str, frozenset[str]]]:
    """Every list row and every plan document, normalised: what a gold snippet must not also name."""
    if not src.passages:
        src.passages = [
            (src.row_text(r), frozenset(norm(v) for v in r.values()))
            for key in src.rows
            for r in src.rows[key]
        ] + [(t, frozenset()) for t in src.docs.values()]
    return src.passages


def distinctive(src: Sources, row: dict[str, str], field_name: str, snippet: str) -> str:
    """The snippet if no other row or document holds its scorer keys; else the word-aligned piece
    (25-40 characters) of the row's name fields that only this row holds, with the rarest words. Rows of the
    other
    business-line list with the very same name do not count (the two lists repeat names)."""
    own = src.row_text(row)
    name = row[field_name]

    def clashes(piece: str) -> int:
        keys = hit_keys(piece)
        return sum(
            1
            for t, values in passages(src)
            if t != own and any(k in t for k in keys) and norm(name) not in values
        )

    if not clashes(snippet):
        return collapse(snippet)
    best: tuple[float, str] | None = None
    for text in [name] + [row.get(f, "") for f in SECOND_FIELD.get(list_key(row), [])]:
        words = text.split(" ")
        for i in range(len(words)):
            for j in range(i + 1, len(words) + 1):
                piece = " ".join(words[i:j]).strip(",;:()|— ")
                if len(piece) > 40:
                    break
                if len(piece) >= 25 and piece == " ".join(piece.split()) and not clashes(piece):
                    score = piece_score(src, piece)
                    if best is None or score > best[0]:
                        best = (score, piece)
    return best[1] if best else collapse(snippet)


def piece_score(src: Sources, piece: str) -> float:
    """Prefer pieces that read as a name: rare words (not numbers), a procedure code, no cut brackets."""
    score = sum(rarity(src, w) for w in piece.split(" ") if not re.search(r"\d", w))
    if re.search(r"mã \d", piece):
        score += 1.0
    if piece.count("(") != piece.count(")") or "[" in piece or "]" in piece:
        score -= 1.0
    return score


def rarity(src: Sources, word: str) -> float:
    """How rare a word is among the passages (1 / number of passages holding it)."""
    w = norm(word).strip(",;:()|—")
    if w not in src.df:
        src.df[w] = sum(1 for t, _ in passages(src) if w in t.split(" ")) or 1
    return 1.0 / src.df[w]


def list_key(row: dict[str, str]) -> str:
    return next(k for k, f in NAME_FIELD.items() if f in row and k != "nq66")


# ---------------------------------------------------------------- items


@dataclass
class Item:
    id: str
    question: str
    kind: str
    route: str
    group: str
    origin: str
    answer_facts: list[str] = field(default_factory=list)
    gold: list[dict[str, str]] = field(default_factory=list)
    surface: str = "as_written"
    split: str = ""

    def record(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "question": self.question,
            "kind": self.kind,
            "route": self.route,
            "answer_facts": self.answer_facts,
            "gold": self.gold,
            "split": self.split,
            "group": self.group,
            "origin": self.origin,
            "surface": self.surface,
        }


def check_doc_gold(
    src: Sources, doc: str, snippets: list[str], facts: list[str], where: str
) -> list[dict[str, str]]:
    text = src.docs[doc]
    gold = []
    for s in snippets:
        if collapse(s) not in src.raw[doc]:
            raise DataError(f"{where}: snippet not in {doc}: {s!r}")
        gold.append({"doc": doc, "snippet": collapse(s)})
    for fact in facts:
        if norm(fact) not in text:
            raise DataError(f"{where}: fact not in {doc}: {fact!r}")
    return gold


def check_absent(src: Sources, absent: list[str], where: str) -> None:
    for a in absent:
        # With diacritics: look for the exact words; without: for the words with marks stripped.
        hay, key = (
            (src.haystack, norm(a)) if strip_marks(a) != a else (src.haystack_plain, strip_marks(norm(a)))
        )
        if re.search(r"(?<!\w)" + re.escape(key) + r"(?!\w)", hay):
            raise DataError(f"{where}: twin entity {a!r} does occur in the corpus or lists")


# ---------------------------------------------------------------- surface forms

ABBREVIATIONS = [
    ("Ủy ban nhân dân", "UBND"),
    ("Uỷ ban nhân dân", "UBND"),
    ("Ban Quản lý Khu kinh tế", "BQL KKT"),
    ("Ban Quản lý khu kinh tế", "BQL KKT"),
    ("Ban Quản lý", "BQL"),
    ("khu kinh tế", "KKT"),
    ("khu công nghiệp", "KCN"),
    ("doanh nghiệp", "DN"),
    ("Doanh nghiệp", "DN"),
    ("thủ tục hành chính", "TTHC"),
    ("Sở Tài chính", "STC"),
    ("phòng cháy chữa cháy", "PCCC"),
    ("phòng cháy, chữa cháy", "PCCC"),
    ("giấy phép kinh doanh", "GPKD"),
    ("Giấy phép kinh doanh", "GPKD"),
    ("số điện thoại", "sđt"),
    ("thành phố", "TP"),
    ("giấy chứng nhận", "GCN"),
    ("Giấy chứng nhận", "GCN"),
    ("Sở Khoa học và Công nghệ", "Sở KH&CN"),
    ("Sở Nông nghiệp và Môi trường", "Sở NN&MT"),
    ("an ninh, trật tự", "ANTT"),
    ("an ninh trật tự", "ANTT"),
    ("cải cách hành chính", "CCHC"),
    ("Hải Phòng", "HP"),
]
CASUAL_WORDS = [
    ("không", "ko"),
    ("bao nhiêu", "bn"),
    ("được", "dc"),
    ("với", "vs"),
    ("vậy", "v"),
    ("tôi", "mình"),
    ("Tôi", "Mình"),
    ("biết", "bít"),
    ("gì", "j"),
]
CASUAL_OPEN = ["cho mình hỏi ", "ad ơi ", "cho em hỏi chút, ", "hỏi xíu: ", "anh chị ơi cho hỏi ", ""]
CASUAL_CLOSE = [" ạ", " với ạ", " vậy ạ", " nhé", " ad ơi", "??", " a"]
TYPO_WORDS = [
    ("bao nhiêu", "bao nhiu"),
    ("nhiêu", "nhiu"),
    ("nghiệp", "ngiệp"),
    ("những", "nhưng"),
    ("thủ tục", "thủ tuc"),
    ("không", "khong"),
    ("phải", "phai"),
    ("được", "đươc"),
    ("chứng nhận", "chứng nhân"),
    ("giấy phép", "giây phép"),
    ("ngày", "ngầy"),
    ("hồ sơ", "hồ sơ"),
    ("quản lý", "quản lí"),
    ("kỹ", "kỷ"),
    ("mấy", "mây"),
    ("điện thoại", "điện thọai"),
    ("thuộc", "thuôc"),
]


def no_diacritics(q: str, rng: random.Random) -> str:
    out = strip_marks(q)
    return out.lower() if rng.random() < 0.7 else out


def typo(q: str, rng: random.Random) -> str:
    cands = [(a, b) for a, b in TYPO_WORDS if a in q and a != b]
    rng.shuffle(cands)
    out = q
    for a, b in cands[: rng.choice([1, 2])]:
        out = out.replace(a, b, 1)
    if out == q:  # no listed word: drop one tone mark of a longer word
        words = out.split(" ")
        idx = [i for i, w in enumerate(words) if len(w) > 4 and strip_marks(w) != w]
        if idx:
            i = rng.choice(idx)
            w = words[i]
            j = max(k for k, c in enumerate(w) if strip_marks(c) != c)
            words[i] = w[:j] + strip_marks(w[j]) + w[j + 1 :]
            out = " ".join(words)
    if rng.random() < 0.5 and out.endswith("?"):
        out = out[:-1]
    return out


def abbreviate(q: str, rng: random.Random) -> str:
    out = q
    for a, b in ABBREVIATIONS:
        if a in out and rng.random() < 0.8:
            out = out.replace(a, b)
    return out


def casual(q: str, rng: random.Random) -> str:
    out = q.rstrip("?. ")
    for a, b in CASUAL_WORDS:
        if re.search(rf"\b{re.escape(a)}\b", out) and rng.random() < 0.6:
            out = re.sub(rf"\b{re.escape(a)}\b", b, out, count=1)
    opener = rng.choice(CASUAL_OPEN)
    if opener:
        acronym = len(out) > 1 and out[1].isupper()
        out = opener + (out if acronym else out[:1].lower() + out[1:])
    closers = [c for c in CASUAL_CLOSE if not (opener.startswith("ad") and "ad" in c)]
    return out + rng.choice(closers)


SURFACES = [("as_written", 52), ("no_diacritics", 20), ("typo", 11), ("abbrev", 9), ("casual", 8)]


def apply_surface(item: Item) -> None:
    """Rewrite the question of a templated/paraphrased item into one user style (seeded by its id)."""
    rng = random.Random(stable_int("surface:" + item.id))
    roll = rng.randrange(sum(w for _, w in SURFACES))
    for name, weight in SURFACES:  # noqa: B007 - the name chosen is read after the loop
        if roll < weight:
            break
        roll -= weight
    fn = {"no_diacritics": no_diacritics, "typo": typo, "abbrev": abbreviate, "casual": casual}.get(name)
    if fn is None:
        return
    new = fn(item.question, rng)
    if new != item.question:
        item.question, item.surface = new, name


def mark_surface(item: Item) -> None:
    """Name the style of a question written by hand (no rewrite)."""
    q = item.question
    if strip_marks(q) == q:
        item.surface = "no_diacritics"


# ---------------------------------------------------------------- builders


def load_json(name: str) -> Any:
    with (TEMPLATES / name).open(encoding="utf-8") as f:
        return json.load(f)


def build_plans(src: Sources) -> list[Item]:
    items: list[Item] = []
    for n, e in enumerate(load_json("plans.json")):
        doc = src.doc_name(e["doc"])
        where = f"plans.json#{n} ({e['qs'][0][:40]})"
        gold = check_doc_gold(src, doc, e["snippets"], e["facts"], where)
        group = doc
        base = f"P{e['doc']}-{n:03d}"
        for v, q in enumerate(e["qs"]):
            it = Item(
                f"{base}{chr(97 + v)}", q, e["kind"], "answer", group, "paraphrase", list(e["facts"]), gold
            )
            if e.get("restyle", True) and v == 0:
                apply_surface(it)
            else:
                mark_surface(it)
            items.append(it)
        for t, tw in enumerate(e.get("twins", [])):
            check_absent(src, tw.get("absent", []), where + f" twin {t}")
            it = Item(f"{base}t{t}", tw["q"], "out_of_scope", "refuse", group, "twin")
            mark_surface(it)
            items.append(it)
    return items


def list_gold(src: Sources, key: str, snippet: str, facts: list[str], where: str) -> list[dict[str, str]]:
    """Gold for a list row: the snippet names the row; every fact stands in one such row; the gold
    snippet is a piece of the row's name that no other row or document holds (see distinctive)."""
    rows = src.find_rows(key, snippet)
    if len(rows) > 1 and key not in ("contacts",):
        raise DataError(f"{where}: snippet {snippet!r} names {len(rows)} {key} rows")
    good = [r for r in rows if all(norm(f) in src.row_text(r) for f in facts)]
    if not good:
        raise DataError(
            f"{where}: facts {facts!r} not all in the {key} row {rows[0][NAME_FIELD[key]][:60]!r}"
        )
    row = good[0]
    fname = next(
        f for f in [NAME_FIELD[key], *SECOND_FIELD.get(key, [])] if collapse(snippet) in row.get(f, "")
    )
    return [{"doc": LIST_FILES[key], "snippet": distinctive(src, row, fname, snippet)}]


def fill(template: str, **kw: str) -> str:
    out = template.format(**kw)
    out = re.sub(r"\s+", " ", out).strip()
    return out[:1].upper() + out[1:]


def build_procedures(src: Sources) -> list[Item]:
    data = load_json("procedures.json")
    templates: dict[str, list[str]] = data["templates"]
    items: list[Item] = []
    for n, e in enumerate(data["rows"]):
        where = f"procedures.json#{n} ({e['snippet'][:40]})"
        group = "proc:" + e["topic"]
        for field_name, facts in e["ask"].items():
            gold = list_gold(src, "procedures", e["snippet"], facts, where)
            pool = templates[field_name]
            rng = random.Random(stable_int(f"proc:{n}:{field_name}"))
            picks = rng.sample(range(len(pool)), k=min(e.get("per_field", 2), len(pool)))
            for k, ti in enumerate(picks):
                name = e["names"][(k + n) % len(e["names"])]
                q = fill(pool[ti], x=name)
                it = Item(
                    f"LP{n:02d}-{field_name}-{k}",
                    q,
                    "procedure",
                    "answer",
                    group,
                    "template",
                    list(facts),
                    gold,
                )
                apply_surface(it)
                items.append(it)
        for t, tw in enumerate(e.get("twins", [])):
            src.find_rows("procedures", e["snippet"])
            check_absent(src, tw.get("absent", []), where + f" twin {t}")
            it = Item(f"LP{n:02d}-t{t}", tw["q"], "out_of_scope", "refuse", group, "twin")
            mark_surface(it)
            items.append(it)
        for h, hq in enumerate(e.get("hand", [])):
            gold = list_gold(src, "procedures", e["snippet"], hq["facts"], where)
            it = Item(
                f"LP{n:02d}-h{h}", hq["q"], "procedure", "answer", group, "paraphrase", hq["facts"], gold
            )
            mark_surface(it)
            items.append(it)
    return items


def bl_row(src: Sources, key: str, stt: str) -> dict[str, str]:
    hits = [r for r in src.rows[key] if r["so_thu_tu"] == stt]
    if len(hits) != 1:
        raise DataError(f"{key}: no single row STT {stt}")
    return hits[0]


def short_name(name: str, limit: int = 90) -> str:
    """A row's name cut at a word boundary: a distinctive piece of it, not a whole long row."""
    if len(name) <= limit:
        return name
    return name[:limit].rsplit(" ", 1)[0].rstrip(",;(")


def build_business_lines(src: Sources) -> list[Item]:
    data = load_json("business_lines.json")
    t = data["templates"]
    items: list[Item] = []
    for n, e in enumerate(data["lines"]):
        where = f"business_lines.json#{n} ({e['names'][0]})"
        group = "bl:" + e["topic"]
        gold: list[dict[str, str]] = []
        facts: list[str] = []
        for key in ("law61", "nq66"):
            if key in e:
                row = bl_row(src, key, e[key])
                snippet = e.get(key + "_snippet", short_name(row["nganh_nghe"]))
                if collapse(snippet) not in row["nganh_nghe"]:
                    raise DataError(f"{where}: snippet not in {key} STT {e[key]}")
                snippet = distinctive(src, row, "nganh_nghe", snippet)
                gold.append({"doc": LIST_FILES[key], "snippet": collapse(snippet)})
                facts.append(e[key])
        if "law61" in e and "nq66" in e:
            pools = [
                ("both", [e["law61"], e["nq66"]], gold),
                ("before", [e["law61"]], gold[:1]),
                ("after", [e["nq66"]], gold[1:]),
            ]
        elif "law61" in e:
            pools = [("removed", [e["law61"]], gold)]
        else:
            pools = [("only_after", [e["nq66"]], gold)]
        rng = random.Random(stable_int("bl:" + e["topic"]))
        pools = rng.sample(pools, k=min(e.get("n", 2), len(pools)))
        for k, (pool, f, g) in enumerate(pools):
            name = e["names"][k % len(e["names"])]
            q = fill(rng.choice(t[pool]), x=name)
            it = Item(f"LB{n:03d}-{k}", q, "business_line", "answer", group, "template", list(f), list(g))
            apply_surface(it)
            items.append(it)
    for m, tw in enumerate(data["twins"]):
        check_absent(src, tw.get("absent", []), f"business_lines.json twin {m}")
        it = Item(f"LBt{m:02d}", tw["q"], "out_of_scope", "refuse", "bl-absent:" + tw["topic"], "twin")
        mark_surface(it)
        items.append(it)
    return items


def build_keyed(src: Sources, fname: str, prefix: str) -> list[Item]:
    """Hand-written items over rows of contacts/agencies/procedures or plan docs, plus twins."""
    items: list[Item] = []
    for n, e in enumerate(load_json(fname)):
        where = f"{fname}#{n}"
        group = e["group"]
        if e.get("route", "answer") == "answer":
            if "list" in e:
                gold = list_gold(src, e["list"], e["snippet"], e["facts"], where)
            else:
                doc = src.doc_name(e["doc"])
                gold = check_doc_gold(src, doc, e["snippets"], e["facts"], where)
                group = group or doc
            facts = list(e["facts"])
        else:
            check_absent(src, e.get("absent", []), where)
            gold, facts = [], []
        for v, q in enumerate(e["qs"]):
            it = Item(
                f"{prefix}{n:03d}{chr(97 + v)}",
                q,
                e["kind"],
                e.get("route", "answer"),
                group,
                e.get("origin", "paraphrase"),
                facts,
                gold,
            )
            if v == 0 and e.get("restyle", False):
                apply_surface(it)
            else:
                mark_surface(it)
            items.append(it)
    return items


# ---------------------------------------------------------------- split & output


def split_key(group: str) -> str:
    """A procedure family and the business line of the same activity (e.g. karaoke) split together."""
    family, _, rest = group.partition(":")
    return "topic:" + rest if family in ("proc", "bl") else group


def assign_splits(items: list[Item], salt: int = 0) -> None:
    """Plan documents go whole to the side DOC_SPLIT names. Other groups (a list row or family of
    rows, an agency, a support field) go whole to one side: within each family (the group's prefix,
    e.g. "agency", "support"; procedures and business lines of one activity share a "topic") groups are taken
    in hash order into tune until it holds
    TUNE_SHARE percent of the family's items; the rest go to test."""
    sizes: dict[str, Counter[str]] = {}
    for it in items:
        m = re.match(r"(\d{3})_", it.group)
        if m:
            it.split = DOC_SPLIT[m.group(1)]
        else:
            key = split_key(it.group)
            sizes.setdefault(key.split(":")[0], Counter())[key] += 1
    side: dict[str, str] = {}
    for _family, groups in sorted(sizes.items()):
        target = sum(groups.values()) * TUNE_SHARE / 100
        taken = 0
        for g in sorted(groups, key=lambda g: stable_int(f"split:{salt}:" + g)):
            if taken + groups[g] / 2 <= target:
                side[g], taken = "tune", taken + groups[g]
            else:
                side[g] = "test"
    for it in items:
        if split_key(it.group) in side:
            it.split = side[split_key(it.group)]


def balanced(items: list[Item]) -> bool:
    """Every kind whose items are split by group (not by document) has 25-60% of them in tune."""
    by_kind: dict[str, Counter[str]] = {}
    for it in items:
        if not re.match(r"\d{3}_", it.group):
            by_kind.setdefault(it.kind, Counter())[it.split] += 1
    return all(0.25 <= c["tune"] / sum(c.values()) <= 0.60 for c in by_kind.values())


def split_all(items: list[Item]) -> int:
    """The first salt (0, 1, 2 ...) whose hash order gives balanced sides; it is fixed by the data."""
    for salt in range(1000):
        assign_splits(items, salt)
        if balanced(items):
            return salt
    raise DataError("no salt under 1000 balances the split")


def check_unique(items: list[Item]) -> None:
    seen: dict[str, str] = {}
    ids: set[str] = set()
    for it in items:
        if it.id in ids:
            raise DataError(f"duplicate id {it.id}")
        ids.add(it.id)
        key = strip_marks(norm(it.question)).rstrip("?. ")
        if key in seen:
            raise DataError(f"question twice: {it.id} and {seen[key]}: {it.question!r}")
        seen[key] = it.id
        if it.route == "answer" and (not it.answer_facts or not it.gold):
            raise DataError(f"{it.id}: an answerable item needs facts and gold")
        if it.route != "answer" and (it.answer_facts or it.gold):
            raise DataError(f"{it.id}: only answerable items carry facts and gold")


def check_split(items: list[Item]) -> None:
    sides: dict[str, set[str]] = {}
    for it in items:
        sides.setdefault(it.group, set()).add(it.split)
        for g in it.gold:
            sides.setdefault("gold:" + g["doc"] + ":" + g["snippet"], set()).add(it.split)
    # A list row (gold snippet of a csv) must not be on both sides either.
    bad = [k for k, v in sides.items() if len(v) > 1 and (not k.startswith("gold:") or ".csv:" in k)]
    if bad:
        raise DataError(f"entities on both sides of the split: {bad[:5]}")


# ---------------------------------------------------------------- keeping away from evaluation sets


def folded_words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9/.-]+", strip_marks(norm(text)))


def wording_overlap(a: str, b: str) -> float:
    """Share of the words of the shorter question that sit in a word 3-gram the other also holds."""
    x, y = folded_words(a), folded_words(b)
    if len(x) > len(y):
        x, y = y, x
    grams = {tuple(y[i : i + 3]) for i in range(len(y) - 2)}
    covered = [False] * len(x)
    for i in range(len(x) - 2):
        if tuple(x[i : i + 3]) in grams:
            covered[i] = covered[i + 1] = covered[i + 2] = True
    return sum(covered) / max(1, len(x))


RUN = 6  # words in a run that, shared with an avoided question, counts as copied wording


def word_runs(text: str, n: int = RUN) -> set[str]:
    """Every run of n words (lower case, NFC, marks kept) of a text."""
    w = re.findall(r"\w+", unicodedata.normalize("NFC", text).lower())
    return {" ".join(w[i : i + n]) for i in range(len(w) - n + 1)}


def question_runs(avoid: list[dict[str, Any]], documents: list[str]) -> dict[str, str]:
    """Six-word runs of the avoided questions (run -> item id) that the documents do not hold: a
    phrase a document itself uses is no copy, any other shared run is the question's own wording."""
    runs: dict[str, str] = {}
    for d in avoid:
        for r in word_runs(d["question"]):
            runs.setdefault(r, d["id"])
    for text in documents:
        for r in word_runs(text) & runs.keys():
            del runs[r]
    return runs


def copied_runs(text: str, runs: dict[str, str]) -> dict[str, str]:
    """The runs of `runs` that a text repeats (run -> avoided item id)."""
    return {r: runs[r] for r in word_runs(text) & runs.keys()}


def gold_rows(src: Sources, gold: list[dict[str, str]]) -> set[str]:
    """The list rows (by list and name) that gold snippets of a .csv point at."""
    keys = {fname: key for key, fname in LIST_FILES.items()}
    out: set[str] = set()
    for g in gold:
        key = keys.get(g["doc"])
        if key is None:
            continue
        for row in src.rows[key]:
            if norm(g["snippet"]) in src.row_text(row):
                out.add(f"{key}:{row[NAME_FIELD[key]]}")
    return out


def near_avoided(
    src: Sources, items: list[Item], avoid: list[dict[str, Any]], documents: list[str]
) -> list[str]:
    """Items that ask what an evaluation item asks: the same list row, a plan passage of its gold
    (a shared 40-character piece), half their words in shared 3-grams, or a six-word run of its
    wording that the documents do not use. Nothing generated may be fitted to the evaluation sets,
    so these must leave the templates."""
    problems = []
    other = [(d, gold_rows(src, d.get("gold", []))) for d in avoid]
    runs = question_runs(avoid, documents)
    for it in items:
        rows = gold_rows(src, it.gold)
        copied = copied_runs(it.question, runs)
        for d, drows in other:
            why = ""
            if rows & drows:
                why = "same list row"
            elif any(
                g["doc"] == h["doc"] and any(k in norm(h["snippet"]) for k in hit_keys(g["snippet"]))
                for g in it.gold
                for h in d.get("gold", [])
            ):
                why = "same passage"
            elif wording_overlap(it.question, d["question"]) >= 0.5:
                why = "same wording"
            elif d["id"] in copied.values():
                why = "same six-word run"
            if why:
                problems.append(f"{it.id} ~ {d['id']} ({why}): {it.question[:70]}")
                break
    return problems


def document_texts(lists_dir: Path) -> list[str]:
    """The shipped plan texts and list files: their own phrases are never a copy."""
    files = sorted(CORPUS.glob("*.txt")) + sorted(lists_dir.glob("*.csv"))
    return [p.read_text("utf-8", errors="ignore") for p in files]


def counts_table(items: list[Item]) -> str:
    c = Counter((it.kind, it.route, it.split) for it in items)
    kinds = sorted({(k, r) for k, r, _ in c})
    lines = ["| kind | route | tune | test | all |", "|---|---|---:|---:|---:|"]
    for k, r in kinds:
        a, b = c[(k, r, "tune")], c[(k, r, "test")]
        lines.append(f"| {k} | {r} | {a} | {b} | {a + b} |")
    tot = Counter(it.split for it in items)
    lines.append(f"| **all** | | {tot['tune']} | {tot['test']} | {len(items)} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--lists", type=Path, default=CORPUS / "data", help="folder with the list CSVs")
    ap.add_argument("--out", type=Path, default=HERE / "generated")
    ap.add_argument("--table", action="store_true", help="print the counts as a markdown table")
    ap.add_argument(
        "--avoid",
        type=Path,
        action="append",
        default=[],
        help="an evaluation set (jsonl) nothing generated may ask again; fails listing the items that do",
    )
    args = ap.parse_args(argv)
    try:
        src = load_sources(args.lists)
        items = (
            build_plans(src)
            + build_keyed(src, "documents.json", "D")
            + build_procedures(src)
            + build_business_lines(src)
            + build_keyed(src, "contacts_agencies.json", "C")
            + build_keyed(src, "list_twins.json", "X")
            + build_keyed(src, "support.json", "S")
        )
        check_unique(items)
        avoid = [
            json.loads(line) for path in args.avoid for line in path.read_text("utf-8").splitlines() if line
        ]
        problems = near_avoided(src, items, avoid, document_texts(args.lists))
        if problems:
            raise DataError(
                f"{len(problems)} items ask what an avoided set asks:\n  " + "\n  ".join(problems)
            )
        salt = split_all(items)
        check_split(items)
    except DataError as exc:
        print(f"generate.py: {exc}", file=sys.stderr)
        return 1
    args.out.mkdir(parents=True, exist_ok=True)
    for split in ("tune", "test"):
        with (args.out / f"{split}.jsonl").open("w", encoding="utf-8") as f:
            for it in items:
                if it.split == split:
                    f.write(json.dumps(it.record(), ensure_ascii=False) + "\n")
    print(counts_table(items) if args.table else f"{len(items)} items -> {args.out}")
    print(f"split salt: {salt}")
    surf = Counter(it.surface for it in items)
    orig = Counter(it.origin for it in items)
    print("surface: " + ", ".join(f"{k}={v}" for k, v in sorted(surf.items())))
    print("origin: " + ", ".join(f"{k}={v}" for k, v in sorted(orig.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
