from knowledge.agencies import AgencyDirectory
from knowledge.answertype import counted, holds, wanted
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
from knowledge.text import term_set

CHECK = ScopeCheck()
DIRECTORY = AgencyDirectory.shipped()


def problem(question: str, coverage: float, context: str, quotes: list[tuple[str, frozenset[str]]]) -> str:
    """The failing guardrail and its reason ("" when the passages may answer)."""
    frame = understand(question, tuple(DIRECTORY.named_in(question)))
    failed = decide(Evidence(frame, coverage, context, quotes))
    return f"{failed[0]}:{failed[1].reason}" if failed else ""


def quoted(*texts: str) -> list[tuple[str, frozenset[str]]]:
    return [(t, term_set(t)) for t in texts]


def test_entities_are_capitalised_names_acronyms_and_agency_names() -> None:
    assert entities("Tỉnh Quảng Ninh có bao nhiêu dự án FDI?") == ["Quảng Ninh", "FDI"]
    assert entities("Địa chỉ trụ sở của Sở Xây dựng ở đâu") == ["Sở Xây dựng"]
    assert entities("Ban QL KKT cấp phép cho mấy dự án?") == []  # abbreviations expand to lower-case words
    assert question_names("Hải Phòng và Sở Xây dựng") == ["Sở Xây dựng"]  # the city is implied


def test_answer_types() -> None:
    assert wanted("Trong danh sách đó Sở Y tế đứng thứ mấy?") == {"count"}
    assert wanted("Mấy lớp tập huấn thuế thì bên nào mở?") == {"agency"}
    assert wanted("sdt bhxh tp de hoi ve so bao hiem") == {"phone"}
    # where to look the number up: a site is asked, not the number
    assert wanted("Muốn có sdt của trung tâm hành chính công thì tra cứu ở web nào?") == {"web"}
    assert wanted("Đơn xin gia hạn nộp trước ngày nào?") == {"date"}
    assert wanted("Đoàn khảo sát logistics đi những tỉnh nào?") == {"place"}
    assert holds("place", "đoàn công tác tới các địa phương (Quảng Ninh, Nghệ An)", "") is True
    assert holds("count", "5. Tổ chức hội chợ năm 2025", "bao nhiêu năm 2025") is False
    assert holds("count", "tỷ lệ thanh toán trực tuyến đạt 64,56% năm 2025", "bao nhiêu năm 2025") is True
    assert holds("phone", "đường dây nóng 02253.519.170", "") is True
    assert holds("money", "Phí: 1.200.000 đồng", "") is True


def test_supported_answer_passes() -> None:
    text = "Bảo hiểm xã hội thành phố công khai số điện thoại 0225.326.5616 để người lao động hỏi về sổ."
    assert problem("Bảo hiểm xã hội thành phố có số điện thoại nào?", 0.9, text, quoted(text)) == ""


def test_low_coverage_refuses() -> None:
    assert problem("Tối nay đội tuyển đá với ai?", 0.2, "", quoted("Nội dung khác.")).startswith("coverage")


def test_names_years_places_and_types_must_be_supported() -> None:
    hp = "Năm 2023 thành phố có thêm 13 mô hình hỗ trợ người dân lập hồ sơ."
    assert problem("Tỉnh Quảng Ninh có thêm bao nhiêu mô hình năm 2023?", 0.9, hp, quoted(hp))
    assert problem("Năm 2030 có thêm bao nhiêu mô hình?", 0.9, hp, quoted(hp)).startswith("year_absent")
    other = "Cấp Giấy phép kinh doanh dịch vụ lữ hành nội địa (dữ liệu tỉnh Lai Châu). Phí: 1.500.000 đồng."
    assert "other_place" in problem(
        "Xin giấy phép lữ hành nội địa ở Hải Phòng tốn bao nhiêu tiền phí?", 0.9, other, quoted(other)
    )
    contact = "UBND thành phố: đường dây nóng môi trường 02253.732.426."
    assert problem("Cho mình số máy bàn của Sở Y tế", 0.9, contact, quoted(contact))
    no_number = "Khi có kết quả thẩm định, các sở gửi văn bản cho Sở Tài chính."
    assert problem("Dự án được thẩm định bao nhiêu lần?", 0.9, no_number, quoted(no_number)).startswith(
        "answer_type"
    )


def test_phone_must_belong_to_the_agency_named_in_any_spelling() -> None:
    police = "Công an thành phố Hải Phòng: đường dây nóng môi trường 0692785248."
    insurance = "Bảo hiểm xã hội thành phố Hải Phòng: số điện thoại liên hệ 0225.326.5616."
    question = "bao hiem xa hoi thanh pho hai phong co sdt lien he khong"
    assert CHECK.agencies(question) == ["Bảo hiểm xã hội thành phố"]
    assert problem(question, 0.9, police, quoted(police)).startswith("answer_type")
    assert problem(question, 0.9, insurance, quoted(police, insurance)) == ""


def test_a_result_asked_for_a_year_the_passages_only_target_is_refused() -> None:
    target = "Phấn đấu năm 2026 tỷ lệ doanh nghiệp truy cập cổng thông tin thành phố đạt từ 50% trở lên."
    result = "Năm 2024 có 45% doanh nghiệp truy cập cổng; năm 2026 tỷ lệ truy cập cổng đã đạt 56%."
    asked = "Năm 2026 thực tế có bao nhiêu phần trăm doanh nghiệp truy cập cổng thông tin thành phố?"
    assert target_only_years(asked, target) == ["2026"]
    assert problem(asked, 0.9, target, quoted(target)).startswith("target_only")
    assert target_only_years(asked, result) == []
    assert target_only_years("Năm 2026 đặt mục tiêu bao nhiêu phần trăm truy cập cổng?", target) == []
    baseline = "Phấn đấu 95% hồ sơ nộp trực tuyến, tăng 5 điểm phần trăm so với năm 2023 (90%)."
    assert target_only_years("Năm 2023 tỷ lệ hồ sơ trực tuyến đạt bao nhiêu?", baseline) == []
    dated = "Kế hoạch số 35/KH-UBND ngày 15/3/2026 về chuyển đổi số năm 2026-2027; phấn đấu năm 2026 đạt 50%."
    assert target_only_years("Năm 2026 tỷ lệ truy cập thực tế đạt bao nhiêu?", dated) == ["2026"]


def test_a_person_asked_about_must_be_named() -> None:
    assert "person" in wanted("Ai là chủ tịch UBND thành phố hiện nay?")
    assert "person" in wanted("giam doc so tu phap ten la gi")
    assert "person" not in wanted("Ai chủ trì nhiệm vụ phát triển doanh nghiệp khoa học và công nghệ?")
    assert holds("person", "Chủ tịch UBND thành phố từ 01/7/2025: Lê Ngọc Châu.", "") is True
    assert holds("person", "ông Nguyễn Ngọc Tú là Giám đốc Sở Tài chính", "") is True
    assert holds("person", "Giám đốc Sở Tài chính chủ trì, phối hợp Sở Nội vụ.", "") is False
    text = "Sở Công Thương thành phố Hải Phòng: giao hỗ trợ doanh nghiệp tận dụng FTA."
    assert problem("Ai là giám đốc Sở Công Thương?", 0.9, text, quoted(text)) == "answer_type:no_evidence"


def test_paperwork_must_be_the_procedure_asked_about() -> None:
    assert "paperwork" in wanted("Đăng ký thành lập hợp tác xã thì hồ sơ gồm những gì?")
    assert "paperwork" in wanted("mo ho kinh doanh can chuan bi ho so gi")
    # "thủ tục gì" asks which procedure, by its name, not what its dossier holds
    assert "paperwork" not in wanted("Mở xưởng in bao bì thì phải làm thủ tục gì?")
    assert "paperwork" in wanted("Thủ tục cấp phép quảng cáo gồm những gì?")
    record = "Thủ tục: Thành lập Văn phòng công chứng — mã 1.013834. Hồ sơ: Đơn đề nghị thành lập."
    assert subject_asked(record, "Thành lập Văn phòng công chứng cần giấy tờ gì?") is True
    assert subject_asked(record, "Đăng ký thành lập hợp tác xã thì hồ sơ gồm những gì?") is False
    asked = "Đăng ký thành lập hợp tác xã thì hồ sơ gồm những gì?"
    assert problem(asked, 0.9, record, quoted(record)).startswith("answer_type")


def test_a_thing_counted_must_sit_next_to_the_number() -> None:
    asked = "Mua vé xem bóng đá tối nay thì giá vé bao nhiêu?"
    assert counted(asked) and counted(asked) in term_set("vé")
    assert counted("Tổng mức đầu tư của dự án là bao nhiêu?") == ""
    assert (
        holds(
            "count",
            "Vé tham quan được miễn cho học sinh, sinh viên và người cao tuổi trên mọi tuyến."
            " Văn bản 4506/STC có nhiều điểm mới.",
            asked,
        )
        is False
    )
    assert holds("count", "Giá vé trung bình 150 nghìn đồng.", asked) is True


def test_a_contact_record_of_the_agency_named_in_full_gives_its_phone() -> None:
    record = "Cơ quan: Bảo hiểm xã hội Việt Nam. Bộ phận/chức danh: Đường dây nóng. Điện thoại: 1900.9068."
    assert own_agency_asked(record, "Đường dây nóng của Bảo hiểm xã hội Việt Nam là số mấy?") is True
    assert own_agency_asked(record, "Số điện thoại của Sở Ngoại vụ là gì?") is False


def test_a_full_agency_name_is_not_run_on_into_the_next_word() -> None:
    assert entities("Xã Tiên Lãng đề nghị Sở Công Thương mở rộng cụm công nghiệp") == [
        "Tiên Lãng",
        "Sở Công Thương",
    ]


def test_the_code_of_a_documents_number_is_no_name() -> None:
    assert entities("Theo KH 9/KH-SDL, phường làm gì?") == []


def test_a_place_named_thanh_is_not_an_agency_taking_the_next_word() -> None:
    from knowledge.scope import entities

    assert entities("Kế hoạch của xã Thanh Hà giao Sở Công Thương việc gì?") == ["Thanh Hà", "Sở Công Thương"]
    assert entities("UBND phường Văn Đẩu đặt chỉ tiêu gì") == ["Văn Đẩu"]
    assert "Sở Tài chính" in entities("Kế hoạch giao Sở Tài chính việc gì")


def test_a_place_starting_like_a_two_syllable_head_is_no_agency_anywhere() -> None:
    from knowledge.scope import entities

    assert entities("Vụ vải năm 2025 ở Thanh Hà bán được bao nhiêu tấn?") == ["Thanh Hà"]
    assert entities("Nhà vườn Văn Lâm mùa này bán qua mạng được không?") == ["Văn Lâm"]
    assert "Phòng Kinh tế" in entities("Việc này giao Phòng Kinh tế chủ trì")


def test_an_office_written_with_the_city_is_named_by_its_own_words() -> None:
    assert "Kho vận" in question_names("Kho vận Hải Phòng được giao việc gì trong đề án?")
    assert "Bưu điện" in question_names("Đề án giao Bưu điện TP Hải Phòng những việc nào?")
    # a department's name already read whole leaves none of its words alone
    assert question_names("Đề án giao việc gì cho Sở Nội vụ Hải Phòng?") == ["Sở Nội vụ"]
    # the office is checked against the passages by its own words, not the city's nor another agency's
    said = "Cơ quan phối hợp: Sở Công Thương; Ủy ban nhân dân phường Hải An."
    assert problem("Hải quan Hải Phòng được giao nhiệm vụ gì trong kế hoạch?", 0.9, said, quoted(said))


def test_an_office_in_sentence_case_is_a_name_and_a_ward_written_p_is_not_part_of_it() -> None:
    assert question_names("Bộ đội Biên phòng được giao nhiệm vụ gì?") == ["Bộ đội Biên phòng"]
    assert question_names("Theo đề án, Trung tâm Y tế phường làm gì?") == ["Trung tâm Y tế"]
    assert question_names("Công an P. Lê Chân phải xong việc này trước ngày nào?") == ["Lê Chân"]
