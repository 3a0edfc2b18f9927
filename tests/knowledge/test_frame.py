from knowledge.frame import understand


def test_document_numbers_are_normalised_in_any_spacing() -> None:
    frame = understand("kh 45 /kh-ubnd và Quyết định 4791/QĐ-UBND ký ngày nào?")
    assert frame.documents == ("45/KH-UBND", "4791/QĐ-UBND")
    assert frame.doc_field == "date"


def test_several_document_fields_are_read_in_order() -> None:
    frame = understand("Kế hoạch của phường Lê Chân do ai ký, gửi cho những cơ quan nào?")
    assert frame.doc_fields == ("signer", "recipients")
    assert frame.about_document


def test_a_report_is_a_document_but_a_periodic_report_has_no_signing_date() -> None:
    sent = understand("Báo cáo quý I của Sở Xây dựng gửi cho ai?")
    assert sent.about_document and sent.doc_fields == ("recipients",)
    periodic = understand("Các sở phải báo cáo định kỳ khi nào?")
    assert "date" not in periodic.doc_fields
    assert understand("Báo cáo quý I của Sở Xây dựng ký ngày nào?").doc_fields == ("date",)


def test_years_and_other_provinces() -> None:
    frame = understand("Năm 2023 tỉnh Thái Bình thu hút bao nhiêu dự án FDI?")
    assert frame.years == ("2023",)
    assert frame.places == ("thai binh",)
    assert not understand("Hải Phòng năm 2023 thu hút bao nhiêu dự án FDI?").places


def test_a_question_without_document_words_is_not_about_a_document() -> None:
    assert not understand("Ai ký hợp đồng lao động cho công nhân?").about_document


def test_who_drew_up_a_document_and_when_are_document_fields_in_the_order_asked() -> None:
    drawn = understand("Bao cao ket qua quy I cua phuong do co quan nao lap, ai ky?")
    assert drawn.doc_fields == ("issuer", "signer")
    assert understand("Báo cáo quý I của phường được lập vào tháng mấy?").doc_fields == ("date",)
    numbered = understand("ke hoach cai cach hanh chinh cua xa so bao nhieu, ngay nao")
    assert set(numbered.doc_fields) == {"number", "date"}
    assert understand("Mỗi sở lập báo cáo định kỳ vào ngày nào?").doc_fields == ()


def test_the_number_of_a_document_acted_by_is_not_the_document_asked_about() -> None:
    cited = understand("Sở Xây dựng đôn đốc các phường nộp báo cáo bằng công văn số mấy, ngày nào?")
    assert "number" not in cited.doc_fields and "date" not in cited.doc_fields


def test_the_plan_a_document_cites_is_asked_by_what_it_implements() -> None:
    cited = understand("Kế hoạch 12/KH-UBND của phường dẫn chiếu quyết định cấp thành phố số mấy, ngày nào?")
    assert cited.doc_fields == ("implements",)


def test_a_province_is_named_by_its_written_name_when_the_question_has_marks() -> None:
    from knowledge.frame import understand

    assert understand("Hotline phường Đồ Sơn là số nào?").places == ()  # "Sơn là" is no "Sơn La"
    assert understand("Sở Công Thương tỉnh Sơn La ở đâu?").places == ("son la",)
    assert understand("so cong thuong tinh son la o dau").places == ("son la",)


def test_a_document_field_is_read_through_abbreviations() -> None:
    assert understand("Báo cáo 12/BC-UBND được lập theo KH số mấy?").doc_fields == ("implements",)
    assert understand("QĐ 7/QĐ-UBND tên đầy đủ là gì?").doc_fields == ("title",)


def test_a_document_named_with_its_number_is_not_asked_which_it_implements() -> None:
    assert "implements" not in understand("Hạn lắp camera ở các chợ theo KH 45 là ngày nào?").doc_fields
    fields = understand(
        "Xã lập kế hoạch này căn cứ vào KH số mấy của UBND thành phố, ngày bao nhiêu?"
    ).doc_fields
    assert "implements" in fields


def test_the_day_a_document_came_out_asked_in_plain_words() -> None:
    assert "date" in understand("so xay dung ra ke hoach nay vao ngay thang nam nao").doc_fields


def test_signing_an_agreement_by_a_date_is_a_task_not_the_documents_day() -> None:
    assert (
        "date"
        not in understand(
            "Việc ký thỏa thuận với các ngân hàng theo KH của Sở phải xong trước ngày nào?"
        ).doc_fields
    )
    assert "date" in understand("Kế hoạch của Sở được ký ngày nào?").doc_fields
