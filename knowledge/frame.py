"""Understand: a question in, its frame out — what is asked (intent, answer types, the field of a
document or a list row) and what is named (agencies, document numbers, years, other provinces).

Everything downstream reads the frame: look-ups pick the field it asks for, guardrails check that
the evidence holds its names and a value of its type.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field

import numpy as np

from knowledge import answertype
from knowledge.places import PROVINCES
from knowledge.text import expand_abbreviations, fold, has_marks, nfc

HOME = ("hai phong", "hai duong")  # the city and the province merged into it in 2025
# Other provinces: (name in lower case, folded)
_OTHER_PROVINCES = [(p.lower(), fold(p)) for p in PROVINCES if fold(p) not in HOME]

# "220/KH-UBND", "220 /KH-UBND", "3822/KH-BQL", "4791/QĐ-UBND", "66.17/2026/NQ-CP"
DOC_NUMBER = re.compile(
    r"\b(\d{1,5}(?:\.\d{1,3})?)\s*/\s*(?:\d{4}\s*/\s*)?([A-ZĐ]{1,5}(?:-[A-ZĐ&]{1,10})+)\b", re.I
)

# The field of a document asked about (on folded text).
_DOC_FIELDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "signer",
        re.compile(
            r"\b(ai ky|do ai ky|nguoi ky|ky boi|ky ten|ai la nguoi ky|ai da ky|ky ban hanh|ky la ai)\b"
        ),
    ),
    (
        "recipients",
        re.compile(
            r"\b(noi nhan|kinh gui"
            r"|(ke hoach|van ban|quyet dinh|bao cao|cong van)( nay)? (duoc )?gui (cho|den|toi)"
            r"|(ke hoach|van ban|quyet dinh|bao cao|cong van)( nay)? co gui|co gui .*(khong|ko)"
            r"|(bao cao|cong van|van ban)\b.*\bgui (cho|den|toi) (ai|co quan nao|don vi nao|noi nao)"
            r"|duoc gui (cho|den|toi) (nhung )?(ai|co quan|so|noi)"
            r"|gui (cho|den|toi) nhung (ai|co quan|noi))\b"
        ),
    ),
    (
        "implements",
        re.compile(
            r"\b(thuc hien|trien khai|can cu|de thuc hien|theo|dan chieu|vien dan) (vao |theo )?"
            r"(ke hoach|quyet dinh|nghi quyet|van ban|chi thi)( (?!ngay\b)[^\W\d]+){0,4}?"
            r" (nao|gi|so may|so bao nhieu)\b"
            r"|\bcan cu (vao )?(dau|gi|van ban nao)\b"
        ),
    ),
    ("replaces", re.compile(r"\b(thay the|con hieu luc|het hieu luc|bi thay the|thay cho)\b")),
    (
        "issuer",
        re.compile(
            r"\b((co quan|don vi|ai|ben|so) nao (ban hanh|lap|soan)"
            r"|do (ai|co quan nao|don vi nao|so nao) (ban hanh|lap|soan)"
            r"|(bao cao|ke hoach|cong van|quyet dinh)( \w+){0,8}? (la )?cua (so|co quan|don vi|ben) nao)\b"
        ),
    ),
    (
        "date",
        re.compile(
            r"\b(ban hanh|(?<!dinh )ky(?! (thoa thuan|hop dong|ket|cam ket|quy che|bien ban))"
            r"|ra doi|co hieu luc|duoc lap|lap vao|ra (ke hoach|quyet dinh|bao cao|van ban|cong van))\b.*"
            r"\b(ngay nao|ngay may|khi nao|bao gio|thang may|thang nao|nam nao|luc nao|hom nao"
            r"|ngay thang nam nao)\b"
            r"|\b(ngay nao|khi nao|thang may|thang nao)\b.*"
            r"\b(ban hanh|(?<!dinh )ky)\b(?! (thoa thuan|hop dong|ket))"
            r"|\b(so bao nhieu|so hieu|so may|so ky hieu)\b.*\bngay (nao|may|bao nhieu)\b"
        ),
    ),
    (
        "number",
        re.compile(
            r"\b(so hieu|so ky hieu|ky hieu|mang so|so bao nhieu"
            r"|(la|co) (ke hoach|bao cao|quyet dinh|van ban|cong van) so (may|bao nhieu))\b"
        ),
    ),
    (
        "title",
        re.compile(
            r"\b(ten day du|ten goi|ten chinh thuc|trich yeu|tieu de|co ten)\b.*\b(la gi|gi|nao|the nao)\b"
            r"|\bten (cua )?(ke hoach|bao cao|van ban|quyet dinh|nghi quyet|cong van)\b.*\b(la gi|gi)\b"
        ),
    ),
)
# A document the one asked about acts by or cites ("bằng công văn số mấy", "theo quyết định nào").
_CITED_DOC = re.compile(
    r"\b(bang|tai|theo|qua|dan chieu|vien dan) (cong van|van ban|quyet dinh|ke hoach|nghi quyet|thong bao)"
    r"( \w+){0,4}? (so may|nao|so bao nhieu|so gi)\b"
)
_DOC_WORD = re.compile(r"\b(ke hoach|quyet dinh|nghi quyet|van ban|cong van|bao cao|kh|qd|nq)\b")


@dataclass(frozen=True)
class Frame:
    text: str
    folded: str
    wants: frozenset[
        str
    ]  # answer types: phone, money, count, date, document, place, agency, person, paperwork
    agencies: tuple[str, ...] = ()  # canonical names, in the order named
    documents: tuple[str, ...] = ()  # document numbers named ("220/KH-UBND")
    years: tuple[str, ...] = ()
    places: tuple[str, ...] = ()  # provinces named other than the city (folded)
    doc_fields: tuple[str, ...] = ()  # the fields of a document asked about: date, signer, recipients ...
    spelled: str = ""  # `folded` with abbreviations spelled out ("qd 214" -> "quyet dinh 214")
    extra: dict[str, str] = field(default_factory=dict)
    # the question's retrieval, passage id -> score scaled to 0..1 (the best passage is 1): set once
    # retrieval has run (`with_retrieval`), read when list rows are ranked; on the frame, not on a shared
    # look-up object, so that two questions answered at once never see each other's
    retrieved: dict[str, float] = field(default_factory=dict)
    # the question's unit-length query embedding, when retrieval computed one (compared with row names)
    vector: np.ndarray | None = field(default=None, compare=False, repr=False)

    def with_retrieval(self, scores: dict[str, float], vector: np.ndarray | None = None) -> Frame:
        top = max(scores.values(), default=0.0) or 1.0
        if vector is not None:
            vector = vector / (float(np.linalg.norm(vector)) or 1.0)
        return dataclasses.replace(self, retrieved={k: v / top for k, v in scores.items()}, vector=vector)

    @property
    def doc_field(self) -> str:
        return self.doc_fields[0] if self.doc_fields else ""

    @property
    def about_document(self) -> bool:
        return bool(self.documents) or bool(_DOC_WORD.search(self.folded))


def normalise_number(number: str, code: str) -> str:
    return number + "/" + "".join(code.split()).upper()


def understand(question: str, agencies: tuple[str, ...] = ()) -> Frame:
    """The frame of a question; `agencies`: the canonical agencies it names (knowledge/agencies.py)."""
    text = nfc(question).strip()
    folded = " ".join(fold(text).replace("?", " ").split())
    documents = tuple(
        dict.fromkeys(normalise_number(m.group(1), m.group(2)) for m in DOC_NUMBER.finditer(text))
    )
    years = tuple(sorted(set(answertype.YEAR.findall(text))))
    marked, lowered = has_marks(text), text.lower()
    places = tuple(  # by the written name when the question has marks: "phường Đồ Sơn là" names no Sơn La
        key
        for name, key in _OTHER_PROVINCES
        if re.search(rf"\b{key}\b", folded) and (not marked or re.search(rf"\b{name}\b", lowered))
    )
    spelled_out = " ".join(fold(expand_abbreviations(text)).replace("?", " ").split())  # "KH số mấy"
    found = [(m.start(), name) for name, pattern in _DOC_FIELDS if (m := pattern.search(spelled_out))]
    doc_fields = tuple(name for _, name in sorted(found))  # in the order the question asks them
    if _CITED_DOC.search(spelled_out):  # "đôn đốc bằng công văn số mấy": another document's number and date
        doc_fields = tuple(f for f in doc_fields if f not in ("number", "date"))
    return Frame(
        text=text,
        folded=folded,
        wants=frozenset(answertype.wanted(text)),
        agencies=agencies,
        documents=documents,
        years=years,
        places=places,
        doc_fields=doc_fields,
        spelled=spelled_out,
    )
