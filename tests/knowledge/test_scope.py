from knowledge import answertype as at
from knowledge import text as vt
from knowledge.agencies import AgencyDirectory
from knowledge.frame import understand
from knowledge.guardrails import Evidence, decide
from knowledge.scope import (
    ScopeCheck,
    entities,
    own_agency_asked,
    question_names,
    subject_asked,
    target_only_years,
)

CHECK = ScopeCheck()
DIRECTORY = AgencyDirectory.shipped()


def problem(question: str, coverage: float, context: str, quotes: list[tuple[str, frozenset[str]]]) -> str:
    """The failing guardrail and its reason ("" when the passages may answer)."""
    frame = understand(question, tuple(DIRECTORY.named_in(question)))
    failed = decide(Evidence(frame, coverage, context, quotes))
    return f"{failed[0]}:{failed[1].reason}" if failed else ""


def quoted(*texts: str) -> list[tuple[str, frozenset[str]]]:
    return [(t, vt.term_set(t)) for t in texts]


def test_entities_are_capitalised_names_acronyms_and_agency_names() -> None:
    assert entities("Tỉnh Quảng Ninh được bao nhiêu điểm PCI năm 2024?") == ["Quảng Ninh", "PCI"]
    assert entities("Cho biết số điện thoại công khai của Sở Tài chính") == ["Sở Tài chính"]
    assert entities("Ban QL KKT đặt mục tiêu gì?") == []  # abbreviations expand to lower-case words
    assert question_names("Hải Phòng và Sở Xây dựng") == ["Sở Xây dựng"]  # the city is implied


def test_answer_types() -> None:
    assert at.wanted("Hải Phòng xếp thứ mấy?") == {"count"}
    assert at.wanted("Mấy bài cảnh báo thì bên nào phải viết?") == {"agency"}
    assert at.wanted("sdt duong day nong thanh tra") == {"phone"}
    assert at.wanted("Tìm số điện thoại cán bộ thì xem ở đâu?") == set()
    assert at.wanted("Báo cáo gửi trước ngày nào?") == {"date"}
    assert at.wanted("Học hỏi sáng kiến của những tỉnh, thành nào?") == {"place"}
    assert at.holds("place", "các địa phương (Hậu Giang, Bà Rịa - Vũng Tàu, Đà Nẵng)", "") is True
    assert at.holds("count", "8. Học hỏi sáng kiến năm 2024", "bao nhiêu năm 2024") is False
    assert at.holds("count", "đạt 74,84 điểm năm 2024", "bao nhiêu năm 2024") is True
    assert at.holds("phone", "đường dây nóng 02253.222.468", "") is True
    assert at.holds("money", "Phí: 1.200.000 đồng", "") is True


def test_supported_answer_passes() -> None:
    text = "Thanh tra thành phố đã công khai đường dây nóng 02253.222.468 để doanh nghiệp phản ánh."
    assert problem("Số đường dây nóng của Thanh tra thành phố?", 0.9, text, quoted(text)) == ""


def test_low_coverage_refuses() -> None:
    assert problem("Cuối tuần này có mưa không?", 0.2, "", quoted("Nội dung khác.")).startswith("coverage")


def test_names_years_places_and_types_must_be_supported() -> None:
    hp = "Kết quả PCI năm 2023 của thành phố đạt 70,34 điểm."
    assert problem("Tỉnh Quảng Ninh được bao nhiêu điểm PCI năm 2023?", 0.9, hp, quoted(hp))
    assert problem("Điểm PCI năm 2030 là bao nhiêu?", 0.9, hp, quoted(hp)).startswith("year_absent")
    other = "Cấp Giấy phép bán lẻ rượu (dữ liệu tỉnh Cao Bằng). Phí: 1.200.000 đồng."
    assert "other_place" in problem(
        "Phí giấy phép bán lẻ rượu ở Hải Phòng là bao nhiêu tiền?", 0.9, other, quoted(other)
    )
    contact = "UBND thành phố: đường dây nóng môi trường 02253.732.426."
    assert problem("Cho xin số điện thoại của Sở Tài chính", 0.9, contact, quoted(contact))
    no_number = "Khi có kết quả PCI, các sở phân tích và báo cáo."
    assert problem("PCI được bao nhiêu điểm?", 0.9, no_number, quoted(no_number)).startswith("answer_type")


def test_phone_must_belong_to_the_agency_named_in_any_spelling() -> None:
    police = "Công an thành phố Hải Phòng: đường dây nóng môi trường 0692785248."
    inspect = "Thanh tra thành phố Hải Phòng: đường dây nóng 02253.222.468."
    question = "so dien thoai thanh tra thanh pho hai phong la so nao"
    assert CHECK.agencies(question) == ["Thanh tra thành phố"]
    assert problem(question, 0.9, police, quoted(police)).startswith("answer_type")
    assert problem(question, 0.9, inspect, quoted(police, inspect)) == ""


def test_a_result_asked_for_a_year_the_passages_only_target_is_refused() -> None:
    target = "Phấn đấu năm 2026 chỉ số PCI đạt 74 điểm trở lên, giữ vững vị trí trong nhóm Top 5."
    result = "Năm 2024 Hải Phòng đạt 74,84 điểm, xếp thứ 1/63; năm 2026 đã công bố đạt 76 điểm."
    asked = "Thành phố đã biết kết quả PCI năm 2026 chưa, đạt bao nhiêu điểm?"
    assert target_only_years(asked, target) == ["2026"]
    assert problem(asked, 0.9, target, quoted(target)).startswith("target_only")
    assert target_only_years(asked, result) == []
    assert target_only_years("Mục tiêu PCI năm 2026 đạt bao nhiêu điểm?", target) == []
    baseline = "Phấn đấu đạt từ 79 điểm trở lên, tăng 2 bậc so với năm 2023 (77,39 điểm xếp hạng 5)."
    assert target_only_years("Năm 2023 Ban Quản lý đạt bao nhiêu điểm?", baseline) == []
    dated = "Kế hoạch số 220/KH-UBND ngày 28/8/2026 về PCI năm 2026-2026; phấn đấu năm 2026 đạt 74 điểm."
    assert target_only_years("PCI năm 2026 thực tế đạt bao nhiêu điểm?", dated) == ["2026"]


def test_a_person_asked_about_must_be_named() -> None:
    assert "person" in at.wanted("Ai là chủ tịch UBND thành phố hiện nay?")
    assert "person" in at.wanted("giam doc so tu phap ten la gi")
    assert "person" not in at.wanted("Ai chủ trì nhiệm vụ đào tạo kỹ năng giao tiếp?")
    assert at.holds("person", "Chủ tịch UBND thành phố từ 01/7/2025: Lê Ngọc Châu.", "") is True
    assert at.holds("person", "ông Nguyễn Ngọc Tú là Giám đốc Sở Tài chính", "") is True
    assert at.holds("person", "Giám đốc Sở Tài chính chủ trì, phối hợp Sở Nội vụ.", "") is False
    text = "Sở Công Thương thành phố Hải Phòng: giao hỗ trợ doanh nghiệp tận dụng FTA."
    assert problem("Ai là giám đốc Sở Công Thương?", 0.9, text, quoted(text)) == "answer_type:no_evidence"


def test_paperwork_must_be_the_procedure_asked_about() -> None:
    assert "paperwork" in at.wanted("Thành lập công ty cổ phần cần những giấy tờ gì?")
    assert "paperwork" in at.wanted("mo ho kinh doanh can chuan bi ho so gi")
    record = "Thủ tục: Thành lập Văn phòng công chứng — mã 1.013834. Hồ sơ: Đơn đề nghị thành lập."
    assert subject_asked(record, "Thành lập Văn phòng công chứng cần giấy tờ gì?") is True
    assert subject_asked(record, "Thành lập công ty cổ phần cần những giấy tờ gì?") is False
    asked = "Thành lập công ty cổ phần cần những giấy tờ gì?"
    assert problem(asked, 0.9, record, quoted(record)).startswith("answer_type")


def test_a_thing_counted_must_sit_next_to_the_number() -> None:
    asked = "Ngày mai trời có nắng không, nhiệt độ bao nhiêu?"
    assert at.counted(asked) and at.counted(asked) in vt.term_set("độ")
    assert at.counted("Điểm PCI năm 2024 là bao nhiêu?") == ""
    assert (
        at.holds(
            "count",
            "Thái độ phục vụ của cán bộ, công chức, viên chức được cải thiện rõ."
            " Văn bản 4506/STC có nhiều điểm mới.",
            asked,
        )
        is False
    )
    assert at.holds("count", "Nhiệt độ trung bình 30 độ C.", asked) is True


def test_a_contact_record_of_the_agency_named_in_full_gives_its_phone() -> None:
    record = "Cơ quan: Bảo hiểm xã hội Việt Nam. Bộ phận/chức danh: Đường dây nóng. Điện thoại: 1900.9068."
    assert own_agency_asked(record, "Đường dây nóng của Bảo hiểm xã hội Việt Nam là số mấy?") is True
    assert own_agency_asked(record, "Số điện thoại của Sở Tài chính là gì?") is False
