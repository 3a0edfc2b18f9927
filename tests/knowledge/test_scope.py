from knowledge import answertype as at
from knowledge import text as vt
from knowledge.scope import ScopeCheck, entities, question_names

CHECK = ScopeCheck()


def quoted(*texts: str) -> list[tuple[str, frozenset[str]]]:
    return [(t, vt.term_set(t)) for t in texts]


def test_entities_are_capitalised_names_acronyms_and_agency_names() -> None:
    assert entities("Điểm PCI năm 2024 của Đà Nẵng là bao nhiêu?") == ["Đà Nẵng", "PCI"]
    assert entities("Cho mình xin số điện thoại của Sở Tài chính với") == ["Sở Tài chính"]
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
    assert CHECK.problem("Số đường dây nóng của Thanh tra thành phố?", 0.9, text, quoted(text)) == ""


def test_low_coverage_refuses() -> None:
    assert CHECK.problem("Cuối tuần này có mưa không?", 0.2, "", quoted("Nội dung khác.")).startswith(
        "coverage"
    )


def test_names_years_places_and_types_must_be_supported() -> None:
    hp = "Kết quả PCI năm 2023 của thành phố đạt 70,34 điểm."
    assert CHECK.problem("Điểm PCI năm 2023 của Đà Nẵng là bao nhiêu?", 0.9, hp, quoted(hp))
    assert CHECK.problem("Điểm PCI năm 2030 là bao nhiêu?", 0.9, hp, quoted(hp)).startswith("year 2030")
    other = "Cấp Giấy phép bán lẻ rượu (dữ liệu tỉnh Cao Bằng). Phí: 1.200.000 đồng."
    assert "cao bang" in CHECK.problem(
        "Phí giấy phép bán lẻ rượu ở Hải Phòng là bao nhiêu tiền?", 0.9, other, quoted(other)
    )
    contact = "UBND thành phố: đường dây nóng môi trường 02253.732.426."
    assert CHECK.problem("Cho xin số điện thoại của Sở Tài chính", 0.9, contact, quoted(contact))
    no_number = "Khi có kết quả PCI, các sở phân tích và báo cáo."
    assert CHECK.problem("PCI được bao nhiêu điểm?", 0.9, no_number, quoted(no_number)).startswith("no count")


def test_phone_must_belong_to_the_agency_named_in_any_spelling() -> None:
    police = "Công an thành phố Hải Phòng: đường dây nóng môi trường 0692785248."
    inspect = "Thanh tra thành phố Hải Phòng: đường dây nóng 02253.222.468."
    question = "sdt duong day nong thanh tra tp hai phong"
    assert CHECK.agencies(question) == ["Thanh tra thành phố"]
    assert CHECK.problem(question, 0.9, police, quoted(police)).startswith("no phone")
    assert CHECK.problem(question, 0.9, inspect, quoted(police, inspect)) == ""
