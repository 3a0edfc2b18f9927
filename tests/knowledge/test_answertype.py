"""What kind of answer a question wants, and whether a passage holds one."""

from __future__ import annotations

import pytest

from knowledge.answertype import counted_next, holds, wanted


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Hộp thư điện tử của Sở Du lịch là gì?", "email"),
        ("Số fax của Ban Dân tộc là bao nhiêu?", "fax"),
        ("Trụ sở Sở Ngoại vụ nằm ở đâu?", "address"),
        ("Cổng dịch vụ công có địa chỉ web là gì?", "web"),
        ("Mức lệ phí cấp chứng chỉ môi giới là bao nhiêu?", "money"),
        ("Cho xin số máy của bộ phận một cửa", "phone"),
        ("Cho mình số di động của trưởng phòng", "phone"),
        ("Website của Sở Khoa học và Công nghệ là trang nào?", "web"),
        ("Tên miền của cổng dịch vụ công thành phố là gì?", "web"),
        ("Tỷ lệ hồ sơ trực tuyến toàn trình đạt mấy phần trăm?", "percent"),
        ("Mã số thuế của hợp tác xã Đông Hải là gì?", "tax_code"),
        ("Bộ phận một cửa của phường làm việc đến mấy giờ?", "hours"),
        ("Xây nhà xưởng không phép thì bị phạt bao nhiêu?", "penalty"),
        ("Thuế tài nguyên đối với cát san lấp là bao nhiêu?", "tax"),
    ],
)
def test_the_type_asked(question: str, kind: str) -> None:
    assert kind in wanted(question)


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Quyết định phê duyệt đề án này là quyết định số mấy?", "phone"),  # "số mấy": which number
        ("Những sở nào thu phí 100% không dùng tiền mặt?", "money"),  # fees named, no amount asked
        ("Bao nhiêu bệnh viện cho thanh toán viện phí bằng thẻ?", "money"),
        ("Địa chỉ thư điện tử của Sở Du lịch là gì?", "address"),  # the e-mail, not a street
        ("Chi cục Thuế khu vực đã hoàn bao nhiêu hồ sơ?", "tax"),  # an agency named "Thuế"
        ("Hồ sơ được giải quyết trong bao nhiêu ngày?", "percent"),
        ("Những sở nào đã đưa website lên cổng dữ liệu mở?", "web"),  # a site named, no address asked
        ("Dịch vụ làm website bán hàng xếp ở mục nào?", "web"),  # a business named, no address asked
        ("Cổng thông tin phường liên kết tới website của những đơn vị cấp trên nào?", "web"),  # whose site
        ("Đăng ký tên miền quốc tế cho doanh nghiệp thuộc dòng nào?", "web"),
        ("Cho thuê kho lạnh nằm ở mục bao nhiêu của danh mục?", "tax"),  # "thuê" is rent, not tax
        ("Sản xuất thiết bị phát sóng có phải xin phép không?", "penalty"),  # "bị phát" is no fine
    ],
)
def test_words_that_do_not_ask_that_type(question: str, kind: str) -> None:
    assert kind not in wanted(question)


@pytest.mark.parametrize(
    ("kind", "text"),
    [
        ("email", "Gửi phản ánh về hộp thư tiepnhan.sodl@haiphong.gov.vn trong giờ hành chính."),
        ("fax", "Điện thoại 0225.3841.111; Fax: 0225.3841.112."),
        ("address", "Trụ sở làm việc tại số 18 Hoàng Diệu từ đầu năm."),
        ("address", "Sở dự kiến làm việc ở tòa B, Trung tâm Chính trị - Hành chính."),
        ("web", "Tra cứu thủ tục trên dichvucong.haiphong.gov.vn."),
        ("money", "Phí thẩm định: Miễn phí."),
        ("person", "Giám đốc (5/2026): Đại tá Trần Văn Hùng."),
        ("percent", "Tỷ lệ hồ sơ trực tuyến đạt 86,5%."),
        ("tax_code", "Mã số thuế: 0201234567."),
        ("hours", "Bộ phận một cửa làm việc từ 7h30 đến 17 giờ."),
        ("penalty", "Hành vi này bị phạt tiền từ 10.000.000 đồng đến 20.000.000 đồng."),
        ("tax", "Thuế suất thuế tài nguyên đối với cát là 15%."),
    ],
)
def test_a_passage_holds_a_value_of_the_type(kind: str, text: str) -> None:
    assert holds(kind, text, "")


@pytest.mark.parametrize(
    ("kind", "text"),
    [
        ("email", "Sở tiếp nhận phản ánh qua đường dây nóng 0225.3841.111."),
        ("fax", "Điện thoại 0225.3841.111."),
        ("address", "Sở chủ trì, phối hợp với các phường triển khai kế hoạch."),
        ("web", "Doanh nghiệp tra cứu trên cổng dịch vụ công của thành phố."),
        ("money", "Thời hạn giải quyết 10 ngày làm việc."),
        ("person", "Giám đốc Sở chủ trì thực hiện."),
        ("percent", "Phấn đấu tăng tỷ lệ hồ sơ trực tuyến toàn trình."),
        ("tax_code", "Số điện thoại 0225.3841.111."),
        ("hours", "Thời hạn giải quyết 10 ngày làm việc."),
        ("penalty", "Phí thẩm định: 1.000.000 đồng/giấy phép."),  # a fee is not a fine
        ("tax", "Lệ phí cấp giấy phép: 500.000 đồng."),
    ],
)
def test_a_passage_without_such_a_value(kind: str, text: str) -> None:
    assert not holds(kind, text, "")


def test_the_thing_counted_after_bao_nhieu_must_be_next_to_the_number() -> None:
    asked = "Sáu tháng đầu năm, ngành thuế đã hoàn bao nhiêu hồ sơ xuất khẩu?"
    unit, qualifiers = counted_next(asked)
    assert unit == "a:hô2" and len(qualifiers) == 3  # "hồ", then "sơ xuất khẩu" ("sơ" is not "số")
    right = "Ngành thuế đã hoàn 214 hồ sơ xuất khẩu với số tiền 37 tỷ đồng."
    other = "Ngành thuế đã hoàn 214 hồ sơ nhập khẩu, chậm 3 ngày."
    assert holds("count", right, asked)
    assert not holds("count", other, asked)  # the qualifier "xuất khẩu" is not in the sentence
    assert not holds("count", "Có 3 cuộc họp về hồ sơ xuất khẩu.", asked)  # "3" counts meetings
    assert counted_next("Tỷ lệ giải ngân đạt bao nhiêu phần trăm?") == ("", [])  # "%" is written apart


def test_the_qualifiers_of_a_thing_counted_must_stand_in_its_sentence() -> None:
    asked = "Tòa án thụ lý bao nhiêu vụ án hành chính?"
    assert not holds("count", "Về án kinh doanh thương mại, Tòa án đã thụ lý 68 vụ.", asked)
    assert holds("count", "Về án hành chính, Tòa án đã thụ lý 41 vụ.", asked)


def test_how_many_as_typed_in_chat_asks_for_a_count() -> None:
    assert "count" in wanted("Năm nay cấp được bao nhiu giấy phép?")
    assert "count" in wanted("cap duoc bnhieu giay phep vay")
    assert "count" not in wanted("Ai cấp giấy phép này?")


def test_how_long_asks_for_a_duration_that_a_row_number_does_not_give() -> None:
    assert {"duration"} <= wanted("Xin giấy phép này mất bao lâu?")
    assert "count" not in wanted("Xin giấy phép này mất bao lâu?")
    assert holds("duration", "Thời hạn giải quyết: 15 ngày làm việc.", "mất bao lâu?")
    assert holds("duration", "Kế hoạch thực hiện trong giai đoạn 2025 - 2026.", "trong bao lâu?")
    assert not holds("duration", "STT: 29. Kinh doanh sản phẩm thuốc lá.", "mất bao lâu?")


def test_a_mobile_phone_sold_is_no_phone_number_asked() -> None:
    assert "phone" not in wanted("Cửa hàng bán điện thoại di động có phải xin giấy phép không?")
    assert "phone" in wanted("Cho tôi số di động của cán bộ tiếp nhận hồ sơ")


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Sở Tư pháp làm việc ở tòa nào?", "building"),
        ("Bộ phận một cửa nằm ở tầng mấy?", "building"),
        ("Phòng xuất nhập cảnh làm việc giờ nào?", "hours"),
        ("Thứ 7 có nhận hồ sơ không?", "hours"),
        ("Văn phòng nào làm việc cả thứ bảy, chủ nhật?", "hours"),
        ("Bưu điện có số tổng đài để hỏi không?", "phone"),
        ("Trường tuyển sinh thì liên hệ số nào?", "phone"),
        ("Trưởng thuế thành phố bây giờ là ai?", "person"),
    ],
)
def test_more_ways_to_ask_a_type(question: str, kind: str) -> None:
    assert kind in wanted(question)


def test_an_increase_asked_is_no_floor_and_a_city_number_no_room() -> None:
    assert "building" not in wanted("Chỉ số tăng bao nhiêu bậc so với năm trước?")
    assert "building" not in wanted("duong day nong hai phong so may")
    assert holds("building", "Trụ sở tại tòa B, tầng 3.", "tòa nào?")
    assert not holds("building", "Trụ sở tại Trung tâm Chính trị - Hành chính.", "tòa nào?")


def test_how_often_is_answered_by_a_period() -> None:
    asked = "Hội nghị đối thoại tổ chức bao lâu một lần?"
    assert "duration" in wanted(asked)
    assert holds("duration", "Hội nghị được tổ chức hằng quý.", asked)
    assert holds("duration", "Tổ chức định kỳ để lắng nghe doanh nghiệp.", asked)


def test_a_score_needs_no_unit_and_a_generic_count_word_names_no_thing() -> None:
    asked = "Năm 2022 chỉ số tính minh bạch của huyện được bao nhiêu điểm?"
    assert holds("count", "Tính minh bạch: 2021: 5,92; 2022: 6,18", asked)  # a decimal score
    assert not holds("count", "Có 14 đơn vị gửi báo cáo minh bạch.", asked)  # a count is no score
    asked = "Hội nghị nhận bao nhiêu kiến nghị, đã trả lời bao nhiêu cái?"
    assert holds("count", "Hội nghị tiếp nhận 87 kiến nghị, đã trả lời 80 kiến nghị.", asked)
    assert counted_next("Có bao nhiêu cái đã xong?") == ("", [])
    assert counted_next("Bao nhiêu cơ quan đạt 100% hồ sơ hợp lệ?")[1] == ["f:quan"]  # a verb ends it


def test_a_date_or_a_documents_number_counts_nothing() -> None:
    asked = "Năm nay phường tổ chức bao nhiêu buổi đối thoại?"
    assert not holds("count", "Thực hiện Quyết định số 512/QĐ-UBND ngày 14/3/2025 về đối thoại.", asked)
    assert holds("count", "Phường tổ chức 6 buổi đối thoại với doanh nghiệp.", asked)
    assert "money" in wanted("Kinh phí thực hiện đề án chuyển đổi số của quận là bao nhiêu?")
    assert "money" not in wanted("Kinh phí được chia cho mấy hạng mục?")


def test_the_thing_counted_ends_at_its_verb_and_keeps_what_it_has() -> None:
    assert counted_next("Có bao nhiêu hộ kinh doanh dùng hóa đơn điện tử?")[1] == ["f:kinh", "f:doanh"]
    owned = counted_next("Có bao nhiêu doanh nghiệp có vốn nước ngoài?")[1]
    assert len(owned) == 4  # "nghiệp có vốn nước": "có vốn …" qualifies the thing counted


def test_how_many_of_anything_and_a_tax_asked_with_may() -> None:
    assert "count" in wanted("Năm nay phường mở mấy lớp tập huấn?")
    assert "count" not in wanted("Kế hoạch thực hiện nghị quyết số mấy?")
    assert "tax" in wanted("Doanh nghiệp được giảm thuế suất mấy phần trăm?")
    asked = "Có bao nhiêu doanh nghiêp xuất khẩu?"  # a tone mistyped in a qualifier
    assert holds("count", "Năm 2025 có 41 doanh nghiệp xuất khẩu.", asked)


def test_where_a_place_stands_is_no_street_address_asked() -> None:
    assert "address" not in wanted("Điểm bán sản phẩm của xã đặt ở đâu?")
    assert "address" in wanted("Trụ sở Sở Tài chính ở địa chỉ nào?")


def test_a_documents_number_a_size_and_a_classifier_are_no_thing_counted() -> None:
    from knowledge.answertype import counted

    # "công văn số bao nhiêu" asks which document, not how many
    assert wanted("Sở Xây dựng trả lời bằng công văn số bao nhiêu?") == {"document"}
    assert "count" in wanted("Sở Xây dựng đã ban hành bao nhiêu công văn số hóa hồ sơ?")
    # "rộng bao nhiêu": a size, whatever its unit ("4,2 ha")
    assert counted("Khu đất dành cho chợ rộng bao nhiêu?") == ""
    # "bao nhiêu chiếc" counts anything ("2.940 xe")
    assert counted_next("Phường có bao nhiêu chiếc xe tải nhẹ?") == ("", [])
    assert holds("count", "Tổng cộng 312 xe tải nhẹ đăng ký.", "Phường có bao nhiêu chiếc xe tải nhẹ?")


def test_the_day_of_a_document_asked_as_ngay_bao_nhieu_is_a_date_not_a_count() -> None:
    asked = wanted("Phường làm báo cáo này theo công văn số mấy của Sở Xây dựng, ngày bao nhiêu?")
    assert asked >= {"document", "date"}
    assert "count" not in asked
    assert "count" in wanted("Công văn số 12 giao bao nhiêu chỉ tiêu, ngày bao nhiêu phải báo cáo?")


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Năm 2028 huyện dành tổng cộng bao nhiêu tiền cho việc đào tạo?", "money"),
        ("Mỗi đợt kiểm tra kéo dài mấy ngày?", "duration"),
        ("Tổng số tiền là bao nhiêu?", "money"),
    ],
)
def test_a_how_much_that_asks_another_type_asks_no_count(question: str, kind: str) -> None:
    asked = wanted(question)
    assert kind in asked
    assert "count" not in asked


def test_a_duration_asked_in_days_is_answered_by_a_number_of_days_not_by_a_date() -> None:
    question = "Mỗi khóa bồi dưỡng kéo dài mấy ngày?"
    assert not holds("duration", "Hai khóa đầu hoàn thành trước ngày 30/6/2027.", question)
    assert holds("duration", "Mỗi khóa học 05 ngày, tối đa 40 học viên.", question)
    assert holds("duration", "Hoàn thành trước 30/6/2027.", "Phải hoàn thành trong bao lâu?")


def test_a_cited_documents_day_is_no_deadline_but_answers_when_the_document_is_asked() -> None:
    cited = (
        "Thực hiện Quyết định số 512/QĐ-UBND ngày 04/02/2027 của Ủy ban nhân dân, Sở lập kế hoạch như sau:"
    )
    assert not holds("date", cited, "Hạn gửi báo cáo quý I của Sở là ngày nào?")
    assert holds("date", cited, "Quyết định 512 được ban hành ngày nào?")
    assert holds("date", "Gửi báo cáo quý I trước ngày 20/3/2027.", "Hạn gửi báo cáo quý I là ngày nào?")


def test_a_day_asked_within_a_month_the_question_names_needs_a_day() -> None:
    question = "Buổi tọa đàm tháng 9/2027 của Sở tổ chức vào ngày nào?"
    assert not holds("date", "Tổ chức 02 buổi tọa đàm vào tháng 9/2027 và tháng 12/2027.", question)
    assert holds("date", "Tọa đàm tổ chức ngày 18/9/2027 tại hội trường Sở.", question)


def test_people_counted_may_be_written_as_members() -> None:
    assert holds("count", "Mạng lưới có 64 thành viên, trong đó 31 luật sư.", "Mạng lưới có bao nhiêu người?")
