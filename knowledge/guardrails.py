"""Decide: may the retrieved passages answer the question? Each guardrail is a named check of the
evidence against the question's frame; the first that fails gives the refusal its reason code and
says, in Vietnamese, what the documents do not state.

| guardrail | reason code | fails when |
|---|---|---|
| personal_data | personal_data | the question asks for a private person's contact, ID or tax data |
| other_place | out_of_scope | it asks about another province and the passages are about ours |
| coverage | no_evidence | the best passages hold too little of the question's content words |
| direct_support | no_evidence | the answering sentence's passage and neighbours hold too little of them |
| year_absent | entity_not_in_documents | a year it asks about is in none of the passages |
| document_absent | entity_not_in_documents | a document number it names ("243/KH-UBND") is in none |
| period_absent | entity_not_in_documents | a month of a year it asks about (tháng 12/2024) is in none |
| target_only | speculation | it asks the result of a year the passages only set targets for (or plan for) |
| names_absent | entity_not_in_documents | a name it asks about (agency, place, programme) is not quoted |
| answer_type | no_evidence | no quoted sentence holds a value of the type asked (phone, amount, % ...) |
| measure_absent | no_evidence | a price, fee, rate, budget, rent or wage asked; no quoted figure is one |
| year_value | entity_not_in_documents | each figure of the type asked is stated for another year |

Two more checks run outside this table, in knowledge/assistant.py: `row_answer_type` (a list row's
answer must hold the percentage, tax code, opening hours, fine, tax, e-mail, fax or web address asked:
a fee row holds none of them) and `row_subject` (a passage answer taken from a procedure or
business-line row whose name is neither linked to the question nor the best fit of its list is a
neighbour of the asked activity: entity_not_in_documents, naming the nearest row).

Thresholds are calibrated on the generated tune split (eval/generated/tune.jsonl), never on dev.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from knowledge import answertype
from knowledge.answertype import YEAR_FIGURES
from knowledge.frame import Frame
from knowledge.lookup import Refusal
from knowledge.scope import (
    _PROVINCES_FOLDED,
    HOME,
    name_terms,
    names_agencies,
    outcome_years,
    own_agency_asked,
    question_names,
    subject_asked,
    target_only_years,
)
from knowledge.text import document_terms, expand_abbreviations, fold, nfc, term_set, words

# Calibrated on the generated tune split (eval/generated/tune.jsonl, passage answers; the words that only
# name the answer type left out): from 0.30 to 0.42 the guardrails refuse the same 15 of 36 unanswerable
# questions, and 0.35 loses none of the 89 right answers (one at 0.40, three at 0.50 for 17 refusals);
# measured on the split as it stood before the items near the dev sets were pruned (eval/README.md).
MIN_COVERAGE = 0.35
MIN_DIRECT = 0.0  # off: on the tune split it separated nothing the coverage guardrail did not


@dataclass(frozen=True)
class Evidence:
    """What the decide step sees: the frame, the passages' coverage of the question's words, their
    text with neighbours, and each quoted sentence with the terms of its passage."""

    frame: Frame
    coverage: float
    context: str
    quoted: list[tuple[str, frozenset[str]]]
    min_coverage: float = MIN_COVERAGE
    direct_coverage: float = 1.0
    min_direct: float = MIN_DIRECT
    headings: tuple[str, ...] = ()  # the section of each quoted sentence's passage, as in `quoted`
    agency_forms: tuple[tuple[str, ...], ...] = ()  # the other names of each agency of the frame
    known_documents: frozenset[str] = frozenset()  # the numbers of the indexed documents, unspaced
    issued_by: tuple[frozenset[str], ...] = ()  # the terms of each quoted passage's issuer and place
    issued_on: tuple[str, ...] = ()  # the ISO date of each quoted passage's document ("" when unknown)


_PRIVATE = re.compile(
    r"\b(so dien thoai|sdt|dia chi nha|cccd|cmnd|can cuoc|ma so thue|so tai khoan|email|zalo)\b"
    r".*\b(ong|ba|anh|chi|cua nguoi|ca nhan|giam doc|chu tich|pho chu tich|truong phong|can bo)\b"
    r"|\b(ong|ba|can bo|giam doc|chu tich)\b [a-z]+ [a-z]+.*\b(so dien thoai|sdt|dia chi|cccd|zalo|email)\b"
)
_PERSON_NAMED = re.compile(r"\b(?:ông|bà|anh|chị)\s+[A-ZĐ]\w+(?:\s+[A-ZĐ]\w+){1,3}")
# A person's full name: one of the common family names, then two or three capitalised syllables
# ("Trưởng ban Nguyễn Văn An"). Places named after a person mostly have two syllables ("Ngô Quyền",
# "Hoàng Diệu", and "Hà Nội" starts like a family name); after a street, ward or district word
# ("phường Lê Thanh Nghị") a name is a place too.
_FAMILY_NAMES_TEXT = """
    Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đào Đinh Lương Trịnh Mai
    Cao Lâm Phùng Tạ Tô Hà Vương Đoàn Trương Lại Quách Chu Triệu Kiều Thái Nghiêm Khúc Lưu Tăng Vi
"""
_FAMILY_NAMES = _FAMILY_NAMES_TEXT.split()
_FULL_NAME = re.compile(rf"\b(?:{'|'.join(_FAMILY_NAMES)})(?:\s+[A-ZĐ]\w*){{2,3}}")
_PLACE_BEFORE = re.compile(
    r"(?:phường|quận|huyện|xã|đường|phố|số|ngõ|tòa|khu|cầu|trường|nhà|bến|chợ|cảng|\d)\s*$", re.IGNORECASE
)


# A requester who gives their own name and number ("Tôi là ..., SĐT 09...") asks for no one's data.
_GIVES_OWN = re.compile(r"\b(?:tôi|em|mình) (?:là|tên)\b|(?:\d[ .]?){9,}", re.IGNORECASE)


def names_person(text: str) -> bool:
    """The text names a person (by title and name, or by a full Vietnamese name), not a place."""
    if _PERSON_NAMED.search(text):
        return True
    return any(not _PLACE_BEFORE.search(text[: m.start()]) for m in _FULL_NAME.finditer(text))


_PRIVATE_DATA = re.compile(
    r"\b(dia chi nha|nha rieng|cccd|cmnd|can cuoc|so tai khoan|ngay sinh|que quan"
    r"|(so dien thoai|sdt|so di dong|so dt|zalo) (rieng|ca nhan))\b"
)


def personal_data(e: Evidence) -> Refusal | None:
    folded = e.frame.folded
    if _PRIVATE_DATA.search(folded) or (
        names_person(e.frame.text)
        and ("phone" in e.frame.wants or "dia chi" in folded)
        and not _GIVES_OWN.search(e.frame.text)
    ):
        return Refusal(
            "personal_data",
            "Trợ lý không cung cấp thông tin cá nhân (số điện thoại riêng, địa chỉ, giấy tờ tùy thân) của "
            "cá nhân; chỉ các số điện thoại, địa chỉ mà cơ quan đã công bố.",
        )
    return None


def other_place(e: Evidence) -> Refusal | None:
    named = [text for text, _ in e.quoted]
    answer = fold(" ".join(named))
    for place in e.frame.places:
        if not re.search(rf"\b{place}\b", answer):
            return Refusal(
                "out_of_scope",
                "Các tài liệu hiện có nói về thành phố Hải Phòng, không nêu thông tin được hỏi về "
                "địa phương khác.",
            )
    folded_q = e.frame.folded
    asked = [p for p in _PROVINCES_FOLDED if re.search(rf"\b{p}\b", folded_q)]
    if any(p in HOME for p in asked) and not any(p in answer for p in asked):
        other = [p for p in _PROVINCES_FOLDED if p not in HOME and re.search(rf"\b{p}\b", answer)]
        if other:
            return Refusal(
                "out_of_scope",
                "Đoạn tài liệu tìm được nói về một địa phương khác, không phải Hải Phòng.",
            )
    return None


def coverage(e: Evidence) -> Refusal | None:
    if e.coverage < e.min_coverage:
        return Refusal("no_evidence", "Các tài liệu hiện có không nói về nội dung được hỏi.")
    return None


def direct_support(e: Evidence) -> Refusal | None:
    if e.direct_coverage < e.min_direct:
        return Refusal("no_evidence", "Đoạn tài liệu gần nhất không nói đúng nội dung được hỏi.")
    return None


def year_absent(e: Evidence) -> Refusal | None:
    for year in e.frame.years:
        if year not in e.context:
            return Refusal(
                "entity_not_in_documents", f"Các tài liệu hiện có không nêu thông tin của năm {year}."
            )
    return None


def span_absent(e: Evidence) -> Refusal | None:
    """A period asked about ("giai đoạn 2026-2030") that no passage names: its years alone may stand in
    other periods ("2021-2030", "năm 2026")."""
    for start, end in answertype.SPAN.findall(e.frame.text):
        if not re.search(rf"\b{start}\s*(?:[-–—]|đến|tới)\s*(?:năm\s+)?{end}\b", e.context, re.IGNORECASE):
            return Refusal(
                "entity_not_in_documents",
                f"Các tài liệu hiện có không nêu thông tin cho giai đoạn {start}-{end}.",
            )
    return None


_CITY_NAME = re.compile(r"\s+(?:thành phố\s+)?Hải Phòng$|\s+thành phố$")


def agency_absent(e: Evidence) -> Refusal | None:
    """An agency the question asks about must be named, by one of its names (current, former, other),
    in a quoted passage or its neighbours: a figure of the city's report is not the Economic Zone
    Authority's. The city's own people's committee and council stand behind every document."""
    written = _written_names(e.frame.text)
    other_names = list(e.agency_forms) + [()] * (len(e.frame.agencies) - len(e.agency_forms))
    for agency, forms in zip(e.frame.agencies, other_names, strict=False):
        cores = {_CITY_NAME.sub("", f).strip() for f in (agency, *forms)}
        if any(fold(c) in _EVERY_DOCUMENT for c in cores) or re.search(r"\bcac\b", fold(agency)):
            continue  # the city's committee, or a group ("UBND các xã, phường"), stands behind many
        if not written & {fold(w) for c in cores for w in words(c)}:
            continue  # not written as a name ("cán bộ thanh tra" is staff, not the Inspectorate)
        needs = [name_terms(fold(expand_abbreviations(c))) for c in cores if c]  # "UBND xã …" as written out
        held = [terms | own for (_, terms), own in zip(e.quoted, _issued(e), strict=True)]
        if not any(all(t in terms for t in need) for need in needs for terms in held):
            return Refusal("entity_not_in_documents", f"Các đoạn tài liệu tìm được không nói về {agency}.")
    return None


_EVERY_DOCUMENT = frozenset({"uy ban nhan dan", "ubnd", "hoi dong nhan dan"})


def _written_names(text: str) -> set[str]:
    """The folded words a question writes as a name: capitalised, or an abbreviation in capitals with
    its long form ("BQL" -> ban, quan, ly)."""
    out: set[str] = set()
    for w in re.findall(r"[^\W\d_]+", text):
        if w.isupper() and len(w) > 1:
            out |= {fold(x) for x in words(expand_abbreviations(w))}
        elif w[:1].isupper():
            out.add(fold(w))
    return out


# A figure a question takes as given ("hỗ trợ lãi suất 2%", "gói 500 tỷ đồng"), not a year or a count.
_PREMISE = re.compile(r"\d+(?:[.,]\d+)?\s*(?:%|phần trăm|tỷ đồng|triệu đồng|tỷ|triệu)", re.IGNORECASE)


def figure_absent(e: Evidence) -> Refusal | None:
    """A percentage or an amount the question states as given must stand in the passages: a
    programme "hỗ trợ lãi suất 2%" the documents never mention is not the one they describe."""
    context = re.sub(r"\s+", "", e.context).casefold()
    for figure in _PREMISE.findall(e.frame.text):
        if re.sub(r"\s+", "", figure).casefold() not in context:
            return Refusal(
                "entity_not_in_documents", f"Các tài liệu hiện có không nhắc đến mức {figure.strip()}."
            )
    return None


def document_absent(e: Evidence) -> Refusal | None:
    context = re.sub(r"\s+", "", e.context).casefold()
    for number in e.frame.documents:
        key = re.sub(r"\s+", "", number).casefold()
        if key not in context and key not in e.known_documents:
            return Refusal(
                "entity_not_in_documents", f"Các tài liệu hiện có không nhắc đến văn bản {number}."
            )
    return None


_DAY_ASKED = re.compile(r"\b(\d{1,2})/(\d{1,2})/((?:19|20)\d\d)\b")
_MONTH_ASKED = re.compile(r"\btháng\s+0?(\d{1,2})\s*(?:/|năm)\s*(\d{4})\b", re.IGNORECASE)


def period_absent(e: Evidence) -> Refusal | None:
    """A month of a year asked about ("đến hết tháng 12/2024"), or a day ("tính đến 31/12/2024"), that no
    passage names in any spelling."""
    for day, month, year in _DAY_ASKED.findall(e.frame.text):
        said = re.compile(
            rf"\b0?{int(day)}\s*/\s*0?{int(month)}\s*/\s*{year}\b"
            rf"|\bngày\s+0?{int(day)}\s+tháng\s+0?{int(month)}\s+năm\s+{year}\b",
            re.IGNORECASE,
        )
        if not said.search(e.context):
            return Refusal(
                "entity_not_in_documents",
                f"Các tài liệu hiện có không nêu số liệu tính đến {day}/{month}/{year}.",
            )
    for month, year in _MONTH_ASKED.findall(e.frame.text):
        said = re.compile(
            rf"(?:tháng\s+0?{month}\s*(?:/|năm)\s*{year}|\b0?{month}/{year}\b|/0?{month}/{year}\b)",
            re.IGNORECASE,
        )
        if not said.search(e.context):
            return Refusal(
                "entity_not_in_documents",
                f"Các tài liệu hiện có không nêu số liệu đến tháng {month}/{year}.",
            )
    return None


# A document issued before April of a year is that year's plan: it cannot report the year's outcome.
_PLANNING_MONTHS = 3
OUTCOME_KINDS = frozenset({"count", "money", "percent"})  # the figures an outcome is asked as


def _issued_early(year: str, dates: tuple[str, ...]) -> str:
    """The latest issue date of the quoted documents when every one was issued before the year's second
    quarter (ISO dates; "" when one is unknown or later)."""
    if not dates or not all(dates):
        return ""
    if all(d[:4] < year or (d[:4] == year and int(d[5:7] or 99) <= _PLANNING_MONTHS) for d in dates):
        return max(dates)
    return ""


def target_only(e: Evidence) -> Refusal | None:
    """The outcome of a year asked while the passages only set its targets — clause by clause, or because
    every quoted document was written before the year was under way (a plan issued in January 2026 holds
    no 2026 result, whatever its clauses say without naming the year). A time or a date asked ("bao lâu
    có kết quả", "báo cáo kết quả trước ngày nào") is no outcome."""
    if e.frame.wants & {"duration", "date"} and not e.frame.wants & OUTCOME_KINDS:
        return None
    for year in target_only_years(e.frame.text, e.context):
        return Refusal(
            "speculation",
            f"Các tài liệu chỉ nêu mục tiêu cho năm {year}, chưa nêu kết quả đạt được; "
            "trợ lý không phỏng đoán.",
        )
    if not e.frame.wants & OUTCOME_KINDS or "date" in e.frame.wants:
        return None
    for year in answertype.years_alone(e.frame.text) & set(outcome_years(e.frame.text)):
        latest = _issued_early(year, e.issued_on)
        if latest:  # its "báo cáo kết quả năm 2026" rows are tasks to come, not results
            day = "/".join(reversed(latest.split("-")))
            when = f"trước năm {year}" if latest[:4] < year else f"khi năm {year} mới bắt đầu"
            return Refusal(
                "speculation",
                f"Văn bản được trích ban hành {day}, {when}: văn bản chỉ nêu mục tiêu, "
                f"nhiệm vụ cho năm {year}, chưa nêu kết quả đạt được; trợ lý không phỏng đoán.",
            )
    return None


def _holds_figure(kinds: list[str], clause: str, question: str) -> bool:
    """A figure of a type asked: for a count, a number beside the thing counted when the question names
    it, else any new number (a table cell "2022: 7,54" names no unit)."""
    if "count" in kinds and answertype.counted_next(question)[0]:  # "bao nhiêu cơ sở": "120 cơ sở"
        if answertype.holds("count", clause, question):
            return True
    elif "count" in kinds and answertype.numbers(clause) - answertype.numbers(question):
        return True
    return any(answertype.holds(kind, clause, question) for kind in kinds if kind != "count")


def year_value(e: Evidence) -> Refusal | None:
    """The figure asked for one year ("năm 2025 … bao nhiêu") must be stated for that year: every quoted
    clause that holds a figure of the type asked names its year (in the clause, else its sentence, else
    its passage's heading) and none is the year asked ("b) Năm 2027: hỗ trợ 40 hộ" for 2025; "năm 2026
    dự kiến 320 triệu đồng; từ năm 2027 … trong dự toán" for 2027's money)."""
    asked = answertype.years_alone(e.frame.text)
    kinds = sorted(e.frame.wants & YEAR_FIGURES)
    if len(asked) != 1 or not kinds:
        return None
    (year,) = asked
    stated: set[str] = set()
    measures = [said for said, _ in measures_asked(e.frame.text)] if kinds in (["money"], ["percent"]) else []
    for (text, _), heading in zip(e.quoted, _headings(e), strict=True):
        for clause in text.split(";"):
            if measures and not all(m.search(clause) or m.search(heading) for m in measures):
                continue  # not a figure of what is asked (a budget beside a revenue asked)
            if not _holds_figure(kinds, answertype.DATED.sub(" ", clause), e.frame.text):
                continue
            years = (
                answertype.years_alone(clause)
                or answertype.years_alone(text)
                or answertype.years_alone(heading)
            )
            if not years or year in years:
                return None
            stated |= years
    if stated:
        return Refusal(
            "entity_not_in_documents",
            f"Các tài liệu chỉ nêu số liệu được hỏi cho năm {', '.join(sorted(stated))}, "
            f"không nêu cho năm {year}.",
        )
    return None


def _spelled(name: str, context: frozenset[str]) -> list[str]:
    """A name's terms; read folded when the passages hold it only so: a tone mistyped ("Kiến Hãi")."""
    terms = name_terms(name)
    if all(t in context for t in terms):
        return terms
    folded = name_terms(fold(name))
    return folded if all(t in context for t in folded) else terms


def _headings(e: Evidence) -> list[str]:
    """The section heading of each quoted sentence's passage, "" where the evidence gives none."""
    return list(e.headings[: len(e.quoted)]) + [""] * (len(e.quoted) - len(e.headings))


def _issued(e: Evidence) -> list[frozenset[str]]:
    """The issuer's terms of each quoted sentence's document, none where the evidence gives none."""
    return list(e.issued_by) + [frozenset()] * (len(e.quoted) - len(e.issued_by))


def _named(e: Evidence) -> list[tuple[str, frozenset[str]]]:
    """The quoted sentences whose passage (or its document's issuer and place) holds every name asked."""
    issued = _issued(e)
    context = term_set(e.context).union(*issued)
    names = [_spelled(n, context) for n in question_names(e.frame.text)]
    return [
        (text, terms)
        for (text, terms), own in zip(e.quoted, issued, strict=True)
        if all(t in terms or t in own for need in names for t in need)
    ]


def _issues(agency: str, issuer: frozenset[str]) -> bool:
    """Whether a document's issuer terms are this agency's name ("Sở Tư pháp" wrote the plan)."""
    name = _CITY_NAME.sub("", agency).strip()
    return bool(issuer) and any(all(t in issuer for t in name_terms(n)) for n in (name, fold(name)))


def _all_terms_in(names: list[str], text: str) -> bool:
    """Whether every term of these names is in the text (read once, not kept in the terms cache)."""
    terms = set(document_terms(text))
    return all(t in terms for n in names for need in name_terms(n) for t in need)


def names_absent(e: Evidence) -> Refusal | None:
    if _named(e):
        return None
    asked = question_names(e.frame.text)
    names = ", ".join(asked) or "nội dung được hỏi"
    if asked and (e.frame.agencies or _all_terms_in(asked, e.context)):
        # the lists or the passages name it (an agency of the directory), but no sentence about it
        # answers: say what is missing, not that it is never mentioned
        what = next((_MISSING[k] for k in sorted(e.frame.wants) if k in _MISSING), "nội dung được hỏi")
        return Refusal("entity_not_in_documents", f"Các tài liệu hiện có không nêu {what} của {names}.")
    return Refusal("entity_not_in_documents", f"Các tài liệu hiện có không nhắc đến {names}.")


_MISSING = {
    "phone": "số điện thoại",
    "money": "mức phí hay số tiền",
    "count": "con số",
    "duration": "thời hạn",
    "date": "ngày, thời điểm",
    "building": "tòa nhà, tầng làm việc",
    "person": "tên người giữ chức vụ",
    "paperwork": "thành phần hồ sơ",
    "email": "địa chỉ thư điện tử",
    "fax": "số fax",
    "address": "địa chỉ",
    "web": "địa chỉ trang web",
    "percent": "tỷ lệ phần trăm",
    "tax_code": "mã số thuế",
    "hours": "giờ làm việc",
    "penalty": "mức xử phạt",
    "tax": "mức thuế",
}
# The types a list row's answer is checked for too: a row answers with its fields (fees, time limits,
# agencies), so a percentage, a tax code, opening hours or a penalty asked of it is not there unless
# the row's own text holds one.
# (a tax asked needs the word and a figure: a fee row states fees, not taxes)
ROW_CHECKED = frozenset({"percent", "tax_code", "hours", "penalty", "tax", "email", "fax", "web", "building"})


def row_answer_type(frame: Frame, direct: str) -> Refusal | None:
    """answer_type for a look-up's direct sentence: each checked type asked must have a value in it."""
    for kind in sorted(frame.wants & ROW_CHECKED):
        if not answertype.holds(kind, direct, frame.text):
            return Refusal("no_evidence", f"Các tài liệu hiện có không nêu {_MISSING[kind]} được hỏi.")
    return None


def answer_type(e: Evidence) -> Refusal | None:
    named = _named(e)
    names = [name_terms(n) for n in question_names(e.frame.text)]
    for kind in sorted(e.frame.wants & set(_MISSING)):
        holding = [text for text, _ in named if answertype.holds(kind, text, e.frame.text)]
        if kind == "phone":  # the number must sit next to the name asked about, or be in its own document
            issuer = {text: own for (text, _), own in zip(e.quoted, _issued(e), strict=True)}
            holding = [
                t for t in holding if all(x in term_set(t) | issuer[t] for need in names for x in need)
            ]
            holding = [
                t
                for t in holding
                if names_agencies(t, list(e.frame.agencies))
                or own_agency_asked(t, e.frame.text)
                or (e.frame.agencies and all(_issues(a, issuer[t]) for a in e.frame.agencies))
            ]
        if kind == "paperwork":  # the procedure's own name must be the one asked about
            holding = [t for t in holding if subject_asked(t, e.frame.text)]
        if kind == "money" and (unit := per_unit(e.frame.text)):  # "bao nhiêu tiền 1 kg": "… đồng/kg"
            holding = [t for t in holding if unit in words(fold(t))]
        if not holding:
            who = f" của {e.frame.agencies[0]}" if kind == "phone" and e.frame.agencies else ""
            return Refusal("no_evidence", f"Các tài liệu hiện có không nêu {_MISSING[kind]}{who} được hỏi.")
    return None


# What an amount or a rate asked measures, and the words a sentence stating it uses: a ticket's price is
# not the plan's budget, an interest rate not a share of files filed online. (Read with tones when the
# question has them: "giá" is not the "gia" of "tham gia"; without tones only the two-word forms.)
def _measure(asked: str, said: str, name: str) -> tuple[re.Pattern[str], re.Pattern[str], str]:
    """A measure: the words that ask for it, the words a sentence stating it uses, its name in a reply."""
    return re.compile(rf"\b(?:{asked})\b"), re.compile(said, re.IGNORECASE), name


_MEASURES = (
    _measure("lãi suất|lai suat", r"\blãi\b", "lãi suất"),
    _measure(
        "giá vé|gia ve|vé|giá bán|gia ban|giá thuê|gia thue|giá",
        r"\b(?:giá|vé)\b|\d\s*(?:đồng|đ)\s*/\s*\w",
        "giá",
    ),
    _measure(
        "học phí|hoc phi|lệ phí|le phi|mức phí|muc phi|(?<!kinh )(?<!chi )phí",
        r"(?<!kinh )(?<!chi )\bphí\b",
        "mức phí",
    ),
    _measure(
        "kinh phí|kinh phi|ngân sách|ngan sach|dự toán|du toan|bố trí|bo tri",
        r"\b(?:kinh phí|ngân sách|dự toán|bố trí|vốn|chi|hỗ trợ)\b",
        "kinh phí",
    ),
    _measure(
        "thuế suất|thue suat",
        r"\bthuế suất\b|\bthuế\b(?:(?!\bđạt\b)[^.;]){0,60}?\d+(?:[.,]\d+)?\s*%",
        "thuế suất",
    ),
    _measure(
        "thu thuế|thu thue|số thu|so thu|thu ngân sách|thu ngan sach|doanh thu|nộp ngân sách",
        r"\b(?:số thu|thu thuế|thuế thu|doanh thu|thu ngân sách|nộp ngân sách|thu từ|thu được)\b",
        "số thu",
    ),
    _measure("tiền thuê|tien thue", r"\bthuê\b", "tiền thuê"),
    _measure("lương|tiền lương|tien luong", r"\blương\b", "tiền lương"),
)


def measures_asked(question: str) -> list[tuple[re.Pattern[str], str]]:
    """The measures an amount or a rate question asks for, each with the pattern a stating sentence meets."""
    lowered = " ".join(nfc(question).lower().split())
    return [(said, name) for asked, said, name in _MEASURES if asked.search(lowered)]


def measure_absent(e: Evidence) -> Refusal | None:
    """An amount or a rate asked as a price, a fee, an interest rate, a budget, a rent or a wage must be
    stated as one: a plan's budget in "triệu đồng" answers no ticket price, a share of files online no
    interest rate, a revenue target no budget."""
    kinds = sorted(e.frame.wants & {"money", "percent"})
    if not kinds:
        return None
    for said, name in measures_asked(e.frame.text):
        stating = [  # the figure's sentence, or the heading it stands under ("V. KINH PHÍ THỰC HIỆN")
            text
            for (text, _), heading in zip(e.quoted, _headings(e), strict=True)
            if any(answertype.holds(kind, text, e.frame.text) for kind in kinds)
            and (said.search(text) or said.search(heading))
        ]
        if not stating:
            return Refusal("no_evidence", f"Các tài liệu hiện có không nêu {name} được hỏi.")
    return None


# The unit an amount is asked per ("giá bao nhiêu tiền 1 kg", "mỗi hộ được bao nhiêu tiền"), written after
# the amount asked or with "mỗi" ("Khu 1" is a name): "mỗi năm" names no unit of the amount.
_PER_UNIT = re.compile(
    r"(?:\b(?:tiền|đồng|nhiêu|giá|phí|vé)\s+(?:1|một|mỗi)|\bmỗi)\s+([^\W\d_]+)", re.IGNORECASE
)
# "một số", "mỗi năm" name no unit of the amount; "mỗi phần", "mỗi khoản" ask each of them
_NO_UNIT_TEXT = """
    so chut vai it cach trong khi nam thang lan
    phan khoan muc loai noi hang viec nhiem nhom dot
"""
_NO_UNIT = frozenset(_NO_UNIT_TEXT.split())


def per_unit(question: str) -> str:
    """The folded unit an amount of money is asked per, "" when none."""
    for m in _PER_UNIT.finditer(question):
        unit = fold(m.group(1))
        if unit not in _NO_UNIT:
            return unit
    return ""


Guardrail = Callable[[Evidence], Refusal | None]
GUARDRAILS: tuple[tuple[str, Guardrail], ...] = (
    ("personal_data", personal_data),
    ("other_place", other_place),
    ("coverage", coverage),
    ("direct_support", direct_support),
    ("year_absent", year_absent),
    ("span_absent", span_absent),
    ("figure_absent", figure_absent),
    ("document_absent", document_absent),
    ("period_absent", period_absent),
    ("target_only", target_only),
    ("names_absent", names_absent),
    ("agency_absent", agency_absent),
    ("answer_type", answer_type),
    ("measure_absent", measure_absent),
    ("year_value", year_value),
)


def decide(e: Evidence) -> tuple[str, Refusal] | None:
    """(guardrail name, refusal) of the first guardrail that fails, None when the passages may answer."""
    for name, guard in GUARDRAILS:
        refusal = guard(e)
        if refusal is not None:
            return name, refusal
    return None
