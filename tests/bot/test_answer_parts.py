"""The channel-neutral parts of an answer, read from its structure."""

from __future__ import annotations

from bot.answer_parts import parts_of
from tests.bot import answer_examples as ex


def test_procedure_card_facts_come_from_the_row_without_urls() -> None:
    parts = parts_of(ex.procedure())
    facts = {f.label: f for f in parts.facts}
    assert parts.title == "Cấp Giấy phép kinh doanh dịch vụ lữ hành nội địa"
    assert parts.online is True
    assert facts["Cơ quan giải quyết"].value == "Sở Văn hóa, Thể thao và Du lịch"
    assert "Trung tâm Phục vụ hành chính công" in facts["Nơi nộp"].value
    assert facts["Thời hạn"].value.startswith("05 ngày làm việc")
    assert facts["Phí, lệ phí"].items[1] == "miễn phí khi cấp lại"
    assert len(facts["Hồ sơ"].items) == 3
    assert facts["Căn cứ pháp lý"].value == "TT 33/2018/TT-BTC"
    assert facts["Ngày của dữ liệu"].value == "12/3/2026"
    shown = " ".join(f.value + " ".join(f.items) for f in parts.facts) + parts.title + parts.note
    assert "http" not in shown and ".gov.vn" not in shown and ".csv" not in shown
    assert parts.sources[0].url == ex.LIST_URL  # the URL is a source, never text


def test_business_line_verdict_per_list_with_validity() -> None:
    parts = parts_of(ex.business_line())
    assert [(v.found, v.number, v.validity) for v in parts.verdicts] == [
        (True, "57", "đến 30/6/2026"),
        (False, "", "01/7/2026 → 28/02/2027"),
    ]
    assert parts.title == "Kinh doanh dịch vụ lữ hành"


def test_contact_numbers_become_tel_links() -> None:
    parts = parts_of(ex.contact())
    assert [(p.number, p.tel) for p in parts.phones] == [("0225.3.123.456", "02253123456")]
    assert parts.title == "Sở Du lịch thành phố"


def test_duties_keep_every_item_and_strip_urls_and_file_names() -> None:
    parts = parts_of(ex.duties())
    assert len(parts.duties) == 41 and parts.duty_counts == {"lead": 6, "cooperate": 5, "shared": 30}
    assert all("http" not in d.task and ".docx" not in d.task for d in parts.duties)
    assert parts.reports and "hằng quý" in parts.reports[0]


def test_refusal_carries_the_reason_and_the_hotline() -> None:
    parts = parts_of(ex.refusal())
    assert parts.refusal is not None
    assert parts.refusal.missing.startswith("Các tài liệu hiện có không nêu")
    assert parts.refusal.hotline_phone == "0225.1022" and parts.sources == []


def test_a_plain_reply_is_its_text() -> None:
    answer = ex.passage()
    answer.direct = ""
    answer.answer = "Xin chào!"
    assert parts_of(answer).text == "Xin chào!"
