"""List look-ups on rows shaped like the shipped lists (own examples, not the shipped data)."""

from __future__ import annotations

import dataclasses

import pytest

from knowledge.agencies import AgencyDirectory
from knowledge.documents import Chunk, DocumentInfo
from knowledge.frame import understand
from knowledge.index import Entry
from knowledge.list_lookup import ListLookup
from knowledge.records import Row

PROC = [
    Row(
        "procedures",
        "procedures.csv",
        0,
        {
            "ten_thu_tuc": "Cấp Giấy chứng nhận đủ điều kiện kinh doanh dịch vụ cầm đồ — mã 9.000001",
            "linh_vuc": "An ninh trật tự",
            "co_quan_giai_quyet": "Công an thành phố Hải Phòng",
            "thoi_han": "05 ngày làm việc",
            "phi_le_phi": "Không có thông tin",
        },
    ),
    Row(
        "procedures",
        "procedures.csv",
        1,
        {
            "ten_thu_tuc": "Cấp Giấy phép hoạt động bến thủy nội địa — mã 9.000002",
            "linh_vuc": "Đường thủy",
            "co_quan_giai_quyet": "Sở Xây dựng thành phố Hải Phòng",
            "thoi_han": "07 ngày làm việc. Giấy phép có thời hạn 05 năm kể từ ngày cấp",
            "phi_le_phi": "Lệ phí: 85.000 đồng/giấy phép",
        },
    ),
]
OLD, NEW = "conditional_business_lines.csv", "conditional_business_lines_nq66_17_2026.csv"
LINES = [
    Row(
        "business_lines",
        OLD,
        0,
        {"so_thu_tu": "12", "nganh_nghe": "Kinh doanh dịch vụ cầm đồ"},
        legal_basis="Phụ lục IV Luật Đầu tư 61/2020/QH14",
        validity="đến 30/6/2026",
    ),
    Row(
        "business_lines",
        OLD,
        1,
        {"so_thu_tu": "40", "nganh_nghe": "Kinh doanh dịch vụ xoa bóp"},
        legal_basis="Phụ lục IV Luật Đầu tư 61/2020/QH14",
        validity="đến 30/6/2026",
    ),
    Row(
        "business_lines",
        NEW,
        0,
        {"so_thu_tu": "9", "nganh_nghe": "Kinh doanh dịch vụ cầm đồ"},
        legal_basis="Phụ lục Nghị quyết 66.17/2026/NQ-CP",
        validity="01/7/2026 → 28/02/2027",
    ),
    Row(
        "business_lines",
        NEW,
        1,
        {"so_thu_tu": "30", "nganh_nghe": "Kinh doanh vận tải đường sắt"},
        legal_basis="Phụ lục Nghị quyết 66.17/2026/NQ-CP",
        validity="01/7/2026 → 28/02/2027",
    ),
]
CONTACTS = [
    Row(
        "contacts",
        "contacts.csv",
        0,
        {
            "co_quan": "Bảo hiểm xã hội thành phố Hải Phòng",
            "bo_phan_or_chuc_danh": "Phòng tiếp nhận hồ sơ và trả kết quả",
            "dien_thoai": "0225.000.111",
            "linh_vuc": "Bảo hiểm xã hội, bảo hiểm y tế",
        },
    ),
]


@pytest.fixture(scope="module")
def lookup() -> ListLookup:
    rows = {"procedures": PROC, "business_lines": LINES, "contacts": CONTACTS, "agencies": []}
    return ListLookup(rows, {}, AgencyDirectory.shipped())


def test_the_field_asked_is_the_one_answered(lookup: ListLookup) -> None:
    found = lookup.procedure(understand("Xin giấy phép bến thủy nội địa mất mấy ngày?"))
    assert found is not None and found.refusal is None
    assert "07 ngày làm việc" in found.direct and "85.000" not in found.direct
    fee = lookup.procedure(understand("mo ben thuy noi dia thi nop le phi het bao nhieu tien"))
    assert fee is not None and "85.000 đồng" in fee.direct and "07 ngày" not in fee.direct


def test_a_field_the_list_does_not_state_is_a_refusal_that_names_it(lookup: ListLookup) -> None:
    found = lookup.procedure(understand("Phí cấp giấy chứng nhận kinh doanh dịch vụ cầm đồ là bao nhiêu?"))
    assert found is not None and found.refusal is not None
    assert found.refusal.reason == "no_evidence" and "phí, lệ phí" in found.refusal.missing


def test_a_procedure_not_in_the_list_is_not_linked(lookup: ListLookup) -> None:
    assert lookup.procedure(understand("Thủ tục cấp phép khai thác cát sỏi mất bao lâu?")) is None


def test_business_line_in_both_lists_and_in_one(lookup: ListLookup) -> None:
    both = lookup.business_line(understand("Cầm đồ nằm ở dòng nào trong danh mục kinh doanh có điều kiện?"))
    assert both is not None and "STT 12" in both.direct and "STT 9" in both.direct
    one = lookup.business_line(understand("Xoa bóp được xếp số mấy trong danh mục?"))
    assert one is not None and "STT 40" in one.direct and "không có trong danh mục" in one.direct
    none = lookup.business_line(understand("Bán hoa tươi có thuộc danh mục ngành nghề có điều kiện không?"))
    assert none is not None and none.refusal is not None and none.refusal.reason == "entity_not_in_documents"


def test_a_business_line_name_fits_by_both_shares(lookup: ListLookup) -> None:
    framed = understand("Sau mốc mới thì dịch vụ cầm đồ vẫn phải đáp ứng đủ điều kiện, tra giúp tôi dòng nào")
    rail = understand("Danh mục có vận tải thủy nội địa không, dòng mấy?")
    pawn = next(x for x in lookup.links("business_lines", framed) if x.row.row == 0)
    assert pawn.cover is not None and pawn.cover > 0.6  # the name but its "kinh doanh" is in the question
    assert pawn.name_score > pawn.share  # framing words of the question weigh less
    road = next(x for x in lookup.links("business_lines", rail) if x.row.fields["so_thu_tu"] == "30")
    assert road.cover is not None and road.cover < 0.6  # "đường sắt" is not in the question
    assert road.name_score < road.share
    proc = lookup.links("procedures", understand("Xin giấy phép bến thủy nội địa mất mấy ngày?"))[0]
    assert proc.cover is None and proc.name_score == proc.share  # long names: the subject's share


def test_contact_of_an_agency_without_a_row_is_left_to_the_passages(lookup: ListLookup) -> None:
    assert lookup.contact(understand("Số điện thoại của Sở Y tế là gì?", ("Sở Y tế",))) is None
    ok = lookup.contact(understand("Cho số điện thoại BHXH thành phố", ("Bảo hiểm xã hội thành phố",)))
    assert ok is not None and "0225.000.111" in ok.direct


def test_contact_for_a_topic_the_row_is_not_about_is_refused(lookup: ListLookup) -> None:
    asked = understand(
        "Số điện thoại phòng đăng ký đầu tư của Bảo hiểm xã hội thành phố?", ("Bảo hiểm xã hội thành phố",)
    )
    found = lookup.contact(asked)
    assert found is not None and found.refusal is not None


def test_how_long_the_licence_lasts_is_read_from_the_row(lookup: ListLookup) -> None:
    lasts = lookup.procedure(understand("Giấy phép hoạt động bến thủy nội địa có giá trị mấy năm?"))
    assert lasts is not None and lasts.refusal is None
    assert "05 năm" in lasts.direct and "07 ngày" not in lasts.direct
    unstated = lookup.procedure(
        understand("Giấy chứng nhận kinh doanh dịch vụ cầm đồ có hiệu lực bao nhiêu năm?")
    )
    assert unstated is not None and unstated.refusal is not None
    assert "thời hạn hiệu lực" in unstated.refusal.missing


def test_a_procedure_named_otherwise_is_refused_naming_the_nearest_row() -> None:
    info = DocumentInfo("procedures.csv", "Danh sách thủ tục", "h")
    entries = {
        ("procedures.csv", row.row): Entry(
            Chunk(
                f"p{row.row}", "procedures.csv", "Danh sách thủ tục", "", row.fields["ten_thu_tuc"], "record"
            ),
            info,
        )
        for row in PROC
    }
    lookup = ListLookup({"procedures": PROC}, entries, AgencyDirectory.shipped())
    asked = understand("Xin giấy phép mở cảng cá thì lệ phí bao nhiêu?")
    plan_first = asked.with_retrieval({"plan-0": 0.9, "p1": 0.5})  # a plan's passage leads: nothing offered
    assert lookup.procedure(plan_first) is None
    row_first = asked.with_retrieval({"p1": 0.9, "p0": 0.2})  # a row leads the retrieval, named otherwise
    nearest = lookup.procedure(row_first)
    assert nearest is not None and nearest.refusal is not None and not nearest.direct
    assert nearest.refusal.reason == "entity_not_in_documents"
    assert nearest.refusal.missing.startswith("Danh sách thủ tục không có thủ tục mang đúng tên được hỏi")
    assert "bến thủy nội địa" in nearest.refusal.missing  # named, so the reader can ask by its name
    assert "85.000 đồng" not in nearest.refusal.missing  # but none of its data is given as the answer


def test_agency_names_are_not_the_answer_to_a_person_or_an_address(lookup: ListLookup) -> None:
    assert lookup.agency(understand("Giám đốc Sở Tư pháp hiện nay là ai?", ("Sở Tư pháp",))) is None
    assert lookup.agency(understand("Sở Tư pháp bây giờ đặt trụ sở ở đâu?", ("Sở Tư pháp",))) is None


def test_a_row_is_linked_when_its_name_fits_best_or_above_the_floor(lookup: ListLookup) -> None:
    pawn = understand("Mở tiệm cầm đồ thì phải chuẩn bị những gì?")
    assert lookup.linked("procedures", "procedures.csv", 0, pawn)
    assert not lookup.linked("procedures", "procedures.csv", 1, pawn)  # the wharf row: another activity
    assert lookup.row_name("procedures", "procedures.csv", 1).startswith("Cấp Giấy phép hoạt động bến")


def test_a_ward_office_is_not_the_city_agency_asked() -> None:
    ward = Row(
        "contacts",
        "contacts.csv",
        0,
        {"co_quan": "Bảo hiểm xã hội thành phố Hải Phòng phường Đồ Sơn", "bo_phan_or_chuc_danh": "Hotline"}
        | {"dien_thoai": "0225.000.222", "linh_vuc": "Bảo hiểm xã hội"},
    )
    rows = {"procedures": [], "business_lines": [], "contacts": [ward], "agencies": []}
    lookup = ListLookup(rows, {}, AgencyDirectory.shipped())
    city = understand("Số điện thoại Bảo hiểm xã hội thành phố?", ("Bảo hiểm xã hội thành phố",))
    assert lookup.contact(city) is None  # left to the passages, which must name the city's office
    asked = understand(
        "Hotline Bảo hiểm xã hội thành phố ở phường Đồ Sơn là số nào?", ("Bảo hiểm xã hội thành phố",)
    )
    found = lookup.contact(asked)
    assert found is not None and found.refusal is None and "0225.000.222" in found.direct


def test_the_topic_of_a_contact_question_is_read_where_the_number_is_asked(lookup: ListLookup) -> None:
    story = understand(
        "Có người tự xưng nhân viên bảo hiểm đến thu tiền tận xưởng, vậy số liên hệ chính thức của BHXH "
        "thành phố là gì?",
        ("Bảo hiểm xã hội thành phố",),
    )
    found = lookup.contact(story)
    assert found is not None and found.refusal is None and "0225.000.111" in found.direct


def _hotlines() -> ListLookup:
    def row(i: int, agency: str, role: str, phone: str, email: str = "") -> Row:
        fields = {"co_quan": agency, "bo_phan_or_chuc_danh": role, "dien_thoai": phone, "email": email}
        return Row("contacts", "contacts.csv", i, fields | {"linh_vuc": role})

    contacts = [
        row(0, "Sở Y tế thành phố Hải Phòng", "Đường dây nóng về an toàn thực phẩm", "0225.300.001"),
        row(
            1,
            "Chi cục An toàn thực phẩm",
            "Đường dây nóng về an toàn thực phẩm",
            "0225.300.002",
            "attp@hp.vn",
        ),
        row(2, "Trung tâm Phục vụ hành chính công xã Tân Minh", "Hotline", "0225.300.003"),
        row(3, "Trung tâm Phục vụ hành chính công xã Tân Minh", "Hotline", "0912.300.004"),
    ]
    rows = {"procedures": [], "business_lines": [], "contacts": contacts, "agencies": []}
    return ListLookup(rows, {}, AgencyDirectory.shipped())


def test_rows_that_fit_a_contact_question_equally_are_all_listed() -> None:
    found = _hotlines().contact(understand("đường dây nóng về an toàn thực phẩm số mấy"))
    assert found is not None and found.direct.startswith("Có 2 số phù hợp:")
    assert "0225.300.001" in found.direct and "0225.300.002" in found.direct


def test_a_number_the_writer_already_has_is_not_the_answer() -> None:
    asked = understand(
        "Ngoài số 0225.300.003, hotline Trung tâm Phục vụ hành chính công xã Tân Minh là số nào?"
    )
    found = _hotlines().contact(asked)
    assert found is not None and "0912.300.004" in found.direct and "0225.300.003" not in found.direct


def test_an_email_asked_is_answered_from_the_row_that_has_one() -> None:
    found = _hotlines().contact(understand("Email của đường dây nóng về an toàn thực phẩm?"))
    assert found is not None and found.direct.endswith(": attp@hp.vn.")


def test_a_business_line_is_linked_by_its_everyday_name_when_the_question_says_most_of_it() -> None:
    rows = {"procedures": [], "business_lines": LINES, "contacts": [], "agencies": []}
    everyday = {"Kinh doanh dịch vụ xoa bóp": ("tiệm massage", "spa trị liệu")}
    lookup = ListLookup(rows, {}, AgencyDirectory.shipped(), everyday=everyday)
    found = lookup.business_line(understand("Mở tiệm massage ở Hải Phòng thì thuộc dòng mấy của danh mục?"))
    assert found is not None and found.refusal is None and "STT 40" in found.direct
    plain = ListLookup(rows, {}, AgencyDirectory.shipped(), everyday={})
    unnamed = plain.business_line(understand("Mở tiệm massage ở Hải Phòng thì thuộc dòng mấy của danh mục?"))
    assert unnamed is not None and unnamed.refusal is not None  # no everyday name: no row says massage
    shop = lookup.business_line(understand("Mở tiệm bán hoa tươi thì thuộc dòng mấy của danh mục?"))
    assert shop is not None and shop.refusal is not None  # "tiệm" alone is not the everyday name


def test_words_of_a_row_name_that_the_list_title_also_has_still_name_the_row() -> None:
    def line(row: int, number: str, name: str) -> Row:
        return Row(
            "business_lines",
            OLD,
            row,
            {"so_thu_tu": number, "nganh_nghe": name},
            title="Danh mục ngành, nghề đầu tư kinh doanh có điều kiện (bộ luật sửa đổi, bổ sung)",
            legal_basis="Phụ lục IV Luật Đầu tư 61/2020/QH14",
            validity="đến 30/6/2026",
        )

    roads = [line(0, "95", "Kinh doanh vận tải đường sắt"), line(1, "71", "Kinh doanh vận tải đường bộ")]
    rows = {"procedures": [], "business_lines": roads, "contacts": [], "agencies": []}
    lookup = ListLookup(rows, {}, AgencyDirectory.shipped(), everyday={})
    found = lookup.business_line(understand("Vận tải đường bộ nằm ở dòng nào của danh mục ngành nghề?"))
    assert found is not None and found.record is not None and found.record[OLD] == "71"


def test_a_dossier_asked_after_the_procedure_name_is_the_field_answered(lookup: ListLookup) -> None:
    found = lookup.procedure(understand("Hồ sơ để xin giấy phép hoạt động bến thủy nội địa gồm những gì?"))
    assert found is not None and found.refusal is not None  # the row states no dossier: said so
    assert "hồ sơ" in found.refusal.missing and "07 ngày" not in found.refusal.missing


def test_what_else_an_agency_question_asks_is_read_from_the_row_notes() -> None:
    row = Row(
        "agencies",
        "agencies.csv",
        0,
        {
            "ten_hien_nay": "Sở Ngoại vụ thành phố Hải Phòng",
            "ten_cu_or_ten_goi_khac": "",
            "ghi_chu": "Trụ sở mới tại tòa B, Trung tâm Chính trị - Hành chính, bộ phận một cửa tầng 1, "
            "tiếp dân thứ Năm hằng tuần, lịch làm việc và danh sách cán bộ tiếp nhận hồ sơ đăng trên cổng "
            "thông tin điện tử của sở từ tháng 3/2026. "
            "Giữ nguyên tổ chức khi sắp xếp các sở năm 2025.",
        },
    )
    rows = {"procedures": [], "business_lines": [], "contacts": [], "agencies": [row]}
    lookup = ListLookup(rows, {}, AgencyDirectory.shipped(), everyday={})
    directory = AgencyDirectory.shipped()

    def ask(text: str) -> str:
        found = lookup.agency(understand(text, tuple(directory.named_in(text))))
        assert found is not None and found.refusal is None
        return found.direct

    kept = ask("Khi sắp xếp các sở năm 2025, Sở Ngoại vụ có bị sáp nhập không, tên mới là gì?")
    assert "Giữ nguyên tổ chức khi sắp xếp các sở năm 2025." in kept and "tòa B" not in kept
    assert "Ghi chú" not in ask("Tên hiện nay của Sở Ngoại vụ là gì?")  # nothing else asked


def test_a_business_named_by_its_own_name_has_no_number_in_the_agency_lists(lookup: ListLookup) -> None:
    found = lookup.contact(understand("Công ty Tân Cảng Xanh ở Hải Phòng có số điện thoại nào?"))
    assert found is not None and found.refusal is not None
    assert "Công ty Tân Cảng Xanh" in found.refusal.missing and "cơ quan nhà nước" in found.refusal.missing
    own = lookup.contact(understand("Công ty tôi cần số điện thoại của Bảo hiểm xã hội thành phố"))
    assert own is None or own.refusal is None or "cơ quan nhà nước" not in own.refusal.missing


def test_an_asking_word_stays_when_it_makes_a_row_phrase() -> None:
    from knowledge.list_lookup import _subject

    lookup = ListLookup({"procedures": PROC}, {}, AgencyDirectory.shipped())
    known = frozenset(lookup._weights["procedures"])
    # "đường" asks in "đường dây nóng" but names the row in "đường thủy"; "dây" never does
    subject = _subject(understand("Bến đường thủy thì gọi đường dây nóng nào?"), set(), known)
    assert "đương2" in subject and "đương2_thuy3" in subject and "dây" not in subject
    assert "đương2" not in _subject(understand("Gọi đường dây nóng nào?"), set(), known)


def test_a_mistyped_tone_is_read_folded_only_when_the_documents_never_spell_it() -> None:
    from knowledge.list_lookup import _subject

    motorbikes = Row("procedures", "procedures.csv", 2, {"ten_thu_tuc": "Kiểm định xe máy"})
    lookup = ListLookup({"procedures": [*PROC, motorbikes]}, {}, AgencyDirectory.shipped())
    known = frozenset(lookup._weights["procedures"])
    asked = understand("Bến thùy nội địa xin phép mây ngày?")  # "thủy" typed "thùy", "mấy" typed "mây"
    subject = _subject(asked, set(), known, frozenset({"bên1"}))
    assert "may" in known  # "máy" of a row name: "mây" could be read as it ...
    assert "thuy" in subject and "may" not in subject and "mây" not in subject  # ... but it is "mấy": asks
    assert "thuy" not in _subject(asked, set(), known, frozenset({"thuy2"}))  # a word the documents use
    assert "thuy" not in _subject(asked, set(), known)  # no spelling known: tones as typed


def test_a_row_far_in_meaning_is_not_linked_by_shared_words() -> None:
    import numpy as np

    rows = [
        *PROC,
        dataclasses.replace(PROC[1], row=2, fields={**PROC[1].fields, "ten_thu_tuc": "Cấp phép X"}),
    ]
    rows += [dataclasses.replace(PROC[1], row=i, fields={"ten_thu_tuc": f"Thủ tục {i}"}) for i in range(3, 8)]
    vectors = np.eye(len(rows), dtype=np.float32)
    lookup = ListLookup(
        {"procedures": rows}, {}, AgencyDirectory.shipped(), name_vectors={"procedures": vectors}
    )
    asked = understand("Xin giấy phép hoạt động bến thủy nội địa mất mấy ngày?")
    near = vectors[1] * 0.9 + vectors[0] * 0.1  # the wharf row is the closest name in meaning
    found = lookup.procedure(asked.with_retrieval({}, near))
    assert found is not None and found.refusal is None and "07 ngày" in found.direct
    far = vectors[2:7].sum(axis=0) + vectors[0] * 0.5  # five other names closer than the wharf row
    assert lookup.procedure(asked.with_retrieval({}, far)) is None
    assert not lookup.linked("procedures", "procedures.csv", 1, asked.with_retrieval({}, far))
    assert lookup.procedure(asked) is not None  # no vector: the words alone link it


def test_a_size_in_a_row_name_tells_two_rows_of_one_licence_apart() -> None:
    def hotel(row: int, name: str, agency: str) -> Row:
        return Row("procedures", "procedures.csv", row, {"ten_thu_tuc": name, "co_quan_giai_quyet": agency})

    rows = [
        hotel(0, "Cấp giấy chứng nhận lưu trú từ 30 phòng trở lên", "Công an thành phố"),
        hotel(1, "Cấp giấy chứng nhận lưu trú từ 29 phòng trở xuống", "Công an cấp xã"),
    ]
    lookup = ListLookup({"procedures": rows}, {}, AgencyDirectory.shipped())
    found = lookup.procedure(understand("Nhà nghỉ lưu trú 30 phòng xin giấy chứng nhận ở cơ quan nào?"))
    assert found is not None and "Công an thành phố" in found.direct and "cấp xã" not in found.direct


def test_an_abbreviation_asked_is_named_as_the_agency_short_name() -> None:
    from knowledge.agencies import agencies_from_rows

    fields = {
        "ten_hien_nay": "Ban Quản lý Cảng cá thành phố Hải Phòng",
        "ten_cu_or_ten_goi_khac": "BQLCC | Hai Phong Fishing Port Authority | Ban Quản lý cảng cá Đồ Sơn",
        "ghi_chu": "",
    }
    row = Row("agencies", "agencies.csv", 0, fields)
    directory = AgencyDirectory(agencies_from_rows([fields]))
    lookup = ListLookup({"agencies": [row]}, {}, directory, everyday={})

    def ask(text: str) -> str:
        found = lookup.agency(understand(text, tuple(directory.named_in(text))))
        assert found is not None and found.refusal is None
        return found.direct

    short = ask("BQLCC là viết tắt của cơ quan nào?")
    assert short.startswith("BQLCC là tên viết tắt của Ban Quản lý Cảng cá thành phố Hải Phòng")
    assert "Hai Phong Fishing Port Authority" in short  # the other names come with it
    former = ask("Ban Quản lý cảng cá Đồ Sơn trước đây nay thuộc cơ quan nào?")
    assert former.startswith("Ban Quản lý cảng cá Đồ Sơn nay thuộc Ban Quản lý Cảng cá thành phố Hải Phòng")


def test_a_business_line_question_that_asks_the_licence_agency_gets_both(lookup: ListLookup) -> None:
    found = lookup.business_line(understand("Cầm đồ ở dòng nào trong danh mục, nộp hồ sơ cho cơ quan nào?"))
    assert found is not None and found.refusal is None
    assert "STT 12" in found.direct and "Công an thành phố Hải Phòng" in found.direct
    only = lookup.business_line(understand("Cầm đồ ở dòng nào trong danh mục?"))
    assert only is not None and "Công an" not in only.direct


def test_a_number_of_another_province_is_not_in_the_city_lists(lookup: ListLookup) -> None:
    found = lookup.contact(understand("Số điện thoại Bảo hiểm xã hội tỉnh Nam Định là số nào?"))
    assert found is not None and found.refusal is not None and found.refusal.reason == "out_of_scope"
    assert "Nam Định" in found.refusal.missing and "0225.000.111" not in found.refusal.missing


def test_a_topic_without_a_number_is_named_in_the_words_the_writer_used(lookup: ListLookup) -> None:
    asked = understand(
        "Số điện thoại về tiêm chủng vắc xin của BHXH thành phố?", ("Bảo hiểm xã hội thành phố",)
    )
    found = lookup.contact(asked)
    assert found is not None and found.refusal is not None
    topic = found.refusal.missing.split("“")[1].split("”")[0]
    assert "tiêm chủng" in topic and not any(ch.isdigit() for ch in topic)  # words, not matching keys


def test_the_only_row_that_says_what_happened_answers_when_retrieval_leads_with_it() -> None:
    def row(i: int, agency: str, role: str, phone: str) -> Row:
        return Row(
            "contacts",
            "contacts.csv",
            i,
            {"co_quan": agency, "bo_phan_or_chuc_danh": role} | {"dien_thoai": phone},
        )

    rows = [
        row(0, "Công an thành phố Hải Phòng", "Trung tâm tiếp nhận tin báo cháy, cứu nạn", "114"),
        row(1, "Thanh tra thành phố Hải Phòng", "Đường dây nóng tiếp nhận khiếu nại", "0225.111.222"),
    ]
    info = DocumentInfo("contacts.csv", "Danh bạ", "h")
    entries = {
        ("contacts.csv", r.row): Entry(Chunk(f"k{r.row}", "contacts.csv", "Danh bạ", "", "x", "record"), info)
        for r in rows
    }
    lookup = ListLookup({"contacts": rows}, entries, AgencyDirectory.shipped())
    asked = understand("Nhà xưởng của công ty đang bị cháy thì gọi số nào?")
    found = lookup.contact(asked.with_retrieval({"k0": 0.9, "k1": 0.1}))
    assert found is not None and "114" in found.direct
    assert lookup.contact(asked.with_retrieval({"k1": 0.9, "k0": 0.5})) is None  # retrieval leads elsewhere


def test_a_licence_of_another_activity_is_not_linked_by_the_licence_words_alone() -> None:
    broker = Row(
        "procedures",
        "procedures.csv",
        0,
        {"ten_thu_tuc": "Cấp chứng chỉ hành nghề môi giới bất động sản", "co_quan_giai_quyet": "Sở Xây dựng"},
    )
    info = DocumentInfo("procedures.csv", "Danh sách thủ tục", "h")
    entry = Entry(Chunk("p0", "procedures.csv", "Danh sách thủ tục", "", "x", "record"), info)
    lookup = ListLookup({"procedures": [broker]}, {("procedures.csv", 0): entry}, AgencyDirectory.shipped())
    other = lookup.procedure(understand("Chứng chỉ hành nghề kế toán cấp ở đâu?").with_retrieval({"p0": 1.0}))
    assert other is not None and other.refusal is not None and not other.direct  # named as the nearest only
    assert other.refusal.reason == "entity_not_in_documents" and "môi giới" in other.refusal.missing
    found = lookup.procedure(
        understand("Chứng chỉ hành nghề môi giới cấp ở đâu?").with_retrieval({"p0": 1.0})
    )
    assert found is not None and found.refusal is None and "Sở Xây dựng" in found.direct


def test_a_list_that_is_not_of_trades_is_left_to_the_passages(lookup: ListLookup) -> None:
    # "danh mục lô đất", "các sở, ngành" name no trade: no business-line refusal
    assert lookup.business_line(understand("Danh mục dự án kêu gọi đầu tư năm nay công bố ở đâu?")) is None
    assert (
        lookup.business_line(understand("Bao nhiêu sở, ngành đã công khai quy trình có điều kiện?")) is None
    )
    trades = lookup.business_line(
        understand("Kinh doanh đồ cổ có trong danh mục ngành nghề có điều kiện không?")
    )
    assert trades is not None and trades.refusal is not None


def test_a_rows_activity_leaves_out_its_sector_and_notes() -> None:
    from knowledge.list_lookup import _activity_part

    name = (
        "Cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm thuộc lĩnh vực Công Thương, Nông nghiệp và "
        "Môi trường — trình tự theo Nghị định 46/2026/NĐ-CP (không áp dụng cho cơ sở nhỏ lẻ)"
    )
    assert _activity_part(name) == "Cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm"
    assert _activity_part("Cấp Giấy phép xây dựng (công trình cấp III)") == "Cấp Giấy phép xây dựng"
    assert _activity_part("Đăng ký hộ kinh doanh") == "Đăng ký hộ kinh doanh"
