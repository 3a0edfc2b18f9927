"""Questions about a document itself, answered from its card; a document of another kind is never
taken for the one asked about."""

from __future__ import annotations

import pytest

from knowledge.doc_lookup import DocumentLookup, asked_kind
from knowledge.documents import Chunk, DocumentInfo
from knowledge.frame import understand
from knowledge.index import Entry
from knowledge.records import Card


def card(doc: str, kind: str, number: str, issuer: str, title: str, date: str) -> Card:
    return Card(doc, title, number, issuer, date, kind, "2025", "", "", (), {"date_text": ""})


PLAN = card(
    "plan.txt",
    "kế hoạch",
    "45/KH-UBND",
    "Ủy ban nhân dân xã Tân Lập",
    "Kế hoạch phát triển thương mại điện tử xã Tân Lập năm 2025",
    "2025-03-04",
)
REPORT = card(
    "report.txt",
    "báo cáo",
    "",
    "Sở Kế hoạch và Đầu tư",
    "Báo cáo kết quả phát triển thương mại điện tử năm 2025",
    "2025-10-20",
)


@pytest.fixture(scope="module")
def lookup() -> DocumentLookup:
    entries = {
        c.doc: Entry(
            Chunk(f"{c.doc}-card", c.doc, c.title, "", c.title, "card"), DocumentInfo(c.doc, c.title, "h")
        )
        for c in (PLAN, REPORT)
    }
    return DocumentLookup([PLAN, REPORT], entries, list(entries.values()))


def test_the_kind_asked_is_the_first_kind_named_not_a_department() -> None:
    assert asked_kind("bao cao cua so ke hoach va dau tu ve thuong mai dien tu so may") == "bao cao"
    assert asked_kind("so ke hoach va dau tu ban hanh ke hoach nao") == "ke hoach"
    assert asked_kind("van ban ve thuong mai dien tu ky ngay nao") == ""


def test_a_plan_is_answered_from_its_card(lookup: DocumentLookup) -> None:
    found = lookup.answer(understand("Kế hoạch phát triển thương mại điện tử xã Tân Lập mang số hiệu gì?"))
    assert found is not None and found.refusal is None
    assert "45/KH-UBND" in found.direct


def test_a_report_is_never_answered_with_a_plans_number(lookup: DocumentLookup) -> None:
    # the words lean to the plan (its commune's name); the kind asked is a report
    asked = understand("Báo cáo thương mại điện tử xã Tân Lập năm 2025 mang số hiệu bao nhiêu?")
    found = lookup.answer(asked)  # no card of a report fits: left to the passages and the guardrails
    assert found is None or (found.refusal is not None and "45/KH-UBND" not in found.direct)
    plan = lookup.answer(
        understand("Kế hoạch thương mại điện tử xã Tân Lập năm 2025 mang số hiệu bao nhiêu?")
    )
    assert plan is not None and "45/KH-UBND" in plan.direct


def test_a_plan_is_named_by_a_word_only_its_card_has(lookup: DocumentLookup) -> None:
    named = lookup.named_document(understand("Trong kế hoạch của xã Tân Lập, Sở Công Thương làm gì?"))
    assert named is PLAN
    assert lookup.named_document(understand("Kế hoạch 45/KH-UBND giao Sở Công Thương việc gì?")) is PLAN
    assert lookup.named_document(understand("Trong kế hoạch thương mại điện tử, Sở làm gì?")) is None  # both


def test_whom_a_report_goes_to_is_listed_and_one_agency_asked_about_is_checked() -> None:
    sent = Card(
        "sent.txt",
        "Báo cáo kết quả cải thiện chỉ số tiếp cận đất đai quý I năm 2026",
        "77/BC-SXD",
        "Sở Xây dựng",
        "2026-05-12",
        "báo cáo",
        "2026",
        "",
        "",
        (),
        {"date_text": "", "recipients": ["Ủy ban nhân dân thành phố", "Sở Tài chính"]},
    )
    entry = Entry(
        Chunk("sent-card", sent.doc, sent.title, "", sent.title, "card"),
        DocumentInfo(sent.doc, sent.title, "h"),
    )
    lookup = DocumentLookup([sent], {sent.doc: entry}, [entry])
    listed = lookup.answer(
        understand("Báo cáo tiếp cận đất đai quý I năm 2026 của Sở Xây dựng gửi cho ai?", ("Sở Xây dựng",))
    )
    assert listed is not None and "Ủy ban nhân dân thành phố; Sở Tài chính" in listed.direct
    assert "không thấy" not in listed.direct  # the issuer named is not a recipient asked about
    checked = lookup.answer(
        understand(
            "Báo cáo tiếp cận đất đai quý I năm 2026 có gửi Sở Công Thương không?", ("Sở Công Thương",)
        )
    )
    assert checked is not None and "không thấy gửi Sở Công Thương" in checked.direct


def test_what_a_plan_implements_is_left_to_its_passages_when_the_card_did_not_catch_it(
    lookup: DocumentLookup,
) -> None:
    asked = understand(
        "Kế hoạch thương mại điện tử xã Tân Lập năm 2025 thực hiện nghị quyết chính phủ số mấy?"
    )
    assert asked.doc_fields == ("implements",)
    assert lookup.answer(asked) is None  # the card has no "Thực hiện …" line: the passages are read


def test_the_only_report_of_the_year_asked_is_named_by_its_kind_and_year(lookup: DocumentLookup) -> None:
    by_kind = lookup._by_words(understand("bao cao nam 2025 cua so nao, ai ky"))
    assert [c.doc for c in by_kind] == ["report.txt"]
    assert lookup._by_words(understand("bao cao nam 2023 cua so nao")) == []  # another year: not it
    found = lookup.answer(understand("Báo cáo năm 2025 do cơ quan nào lập?"))
    assert found is not None and "Sở Kế hoạch và Đầu tư" in found.direct


def test_a_document_is_named_by_its_bare_number_or_its_commune_and_its_full_title_is_given(
    lookup: DocumentLookup,
) -> None:
    by_number = lookup.answer(understand("ke hoach 45 cua xa tan lap ky ngay nao"))
    assert by_number is not None and by_number.direct.startswith("Kế hoạch số 45/KH-UBND")
    assert lookup.answer(understand("Kế hoạch 46 ban hành ngày nào?")) is None  # no card has that number
    by_commune = lookup.answer(understand("Kế hoạch mà UBND xã Tân Lập lập năm nay có tên đầy đủ là gì?"))
    assert by_commune is not None
    assert by_commune.direct == (
        "Kế hoạch số 45/KH-UBND có tên đầy đủ: “Kế hoạch phát triển thương mại điện tử xã Tân Lập năm 2025”."
    )


def test_a_document_named_by_an_abbreviated_kind_and_bare_number(lookup: DocumentLookup) -> None:
    found = lookup.answer(understand("kh 45 cua xa tan lap ky ngay nao"))
    assert found is not None and found.direct.startswith("Kế hoạch số 45/KH-UBND")


def test_a_period_the_document_does_not_cover_names_another_document(lookup: DocumentLookup) -> None:
    assert (
        lookup.answer(understand("Kế hoạch của xã Tân Lập giai đoạn 2026-2030 là kế hoạch số mấy?")) is None
    )
    found = lookup.answer(understand("Kế hoạch thương mại điện tử của xã Tân Lập là kế hoạch số mấy?"))
    assert found is not None and "45/KH-UBND" in found.direct


def test_a_ward_named_picks_its_report_over_title_words_and_the_city_named_picks_nothing() -> None:
    def with_details(c: Card, **details: object) -> Card:
        return Card(c.doc, c.title, c.number, c.issuer, c.date, c.kind, c.period, "", "", (), dict(details))

    city = card(
        "city.txt",
        "kế hoạch",
        "90/KH-UBND",
        "Ủy ban nhân dân thành phố Hải Phòng",
        "Kế hoạch phát triển chợ đầu mối nông sản năm 2026",
        "2025-12-01",
    )
    short_report = card(
        "short.txt", "báo cáo", "", "Sở Công Thương", "Báo cáo tình hình chợ năm 2025", "2026-01-10"
    )
    ward = with_details(
        card(
            "ward.docx",
            "báo cáo",
            "15/BC-UBND",
            "Ủy ban nhân dân phường Tràng Cát",
            "Báo cáo tình hình hoạt động của chợ đầu mối, kho lạnh, cơ sở sơ chế nông sản trên địa bàn "
            "phường năm 2025 và nhiệm vụ năm 2026",
            "2026-01-20",
        ),
        date_text="ngày 20 tháng 01 năm 2026",
        implements=["Thực hiện Kế hoạch số 90/KH-UBND ngày 01/12/2025 của Ủy ban nhân dân thành phố"],
    )
    cards = [city, short_report, ward]
    entries = {
        c.doc: Entry(
            Chunk(f"{c.doc}-card", c.doc, c.title, "", c.title, "card"), DocumentInfo(c.doc, c.title, "h")
        )
        for c in cards
    }
    lookup = DocumentLookup(cards, entries, list(entries.values()))
    asked = understand(
        "Phường Tràng Cát làm báo cáo chợ này để thực hiện kế hoạch số mấy của UBND thành phố?"
    )
    assert lookup.named_document(asked) is ward  # the ward and the city both named: the report asked
    found = lookup.answer(asked)
    assert found is not None and "15/BC-UBND" in found.direct and "90/KH-UBND" in found.direct
    # naming the city that wrote another document picks no card by itself: the title's words decide
    plan = lookup.answer(
        understand("Kế hoạch chợ đầu mối nông sản năm 2026 của UBND thành phố ban hành ngày nào?")
    )
    assert plan is not None and "90/KH-UBND" in plan.direct


def test_two_words_of_an_issuer_used_otherwise_name_no_document(lookup: DocumentLookup) -> None:
    # "chủ đầu tư" shares "đầu tư" with Sở Kế hoạch và Đầu tư: three words of the name, or the place, name it
    assert lookup.named_document(understand("Chủ đầu tư hạ tầng phải nộp báo cáo trước ngày nào?")) is None
    assert lookup.named_document(understand("báo cáo của Sở Kế hoạch và Đầu tư gửi ai")) is REPORT
    assert lookup.named_document(understand("ke hoach cua ubnd xa tan lap")) is PLAN


def test_a_document_named_by_kind_and_bare_number_is_the_one_the_question_is_about(
    lookup: DocumentLookup,
) -> None:
    named = lookup.named_document(understand("Kế hoạch 45 của xã Tân Lập đề nghị Sở Công Thương làm gì?"))
    assert named is not None and named.number == "45/KH-UBND"
    assert lookup.named_document(understand("Kế hoạch 46 đề nghị Sở Công Thương làm gì?")) is None
