"""Each guardrail on evidence written for it; the reason codes are stable."""

from __future__ import annotations

from knowledge.frame import understand
from knowledge.guardrails import (
    GUARDRAILS,
    Evidence,
    decide,
    names_person,
    personal_data,
    row_answer_type,
)
from knowledge.text import term_set


def evidence(question: str, passage: str, coverage: float = 0.9, agencies: tuple[str, ...] = ()) -> Evidence:
    frame = understand(question, agencies)
    return Evidence(frame, coverage, passage, [(passage, term_set(passage))])


def test_the_guardrails_are_named_and_ordered() -> None:
    names = [name for name, _ in GUARDRAILS]
    assert names[0] == "personal_data" and "coverage" in names and names[-1] == "year_value"


def test_personal_data_is_refused_before_anything_else() -> None:
    failed = decide(evidence("Cho tôi số CCCD của giám đốc công ty Đông Hải", "Giám đốc công ty"))
    assert failed is not None and failed[1].reason == "personal_data"


def test_low_coverage_is_no_evidence() -> None:
    failed = decide(evidence("Lãi suất vay ưu đãi cho hợp tác xã là bao nhiêu?", "Hội chợ thương mại", 0.1))
    assert failed is not None and failed == ("coverage", failed[1]) and failed[1].reason == "no_evidence"


def test_a_year_absent_from_the_passages() -> None:
    failed = decide(
        evidence(
            "Năm 2019 thành phố có bao nhiêu mô hình một cửa mới?",
            "Năm 2024 thành phố có thêm 13 mô hình một cửa mới.",
        )
    )
    assert failed is not None and failed[0] == "year_absent" and "2019" in failed[1].missing


def headed(question: str, quoted: list[tuple[str, str]], more: str = "") -> Evidence:
    """Evidence quoting these (sentence, its passage's heading) pairs, with more context around."""
    context = "\n".join([more, *(f"{h}\n{t}" for t, h in quoted)])
    return Evidence(
        understand(question),
        0.9,
        context,
        [(t, term_set(t)) for t, _ in quoted],
        headings=tuple(h for _, h in quoted),
    )


def test_a_figure_stated_for_another_year_is_not_the_one_asked() -> None:
    under_heading = headed(
        "Năm 2024 xã đã cấp bao nhiêu giấy phép xây dựng?",
        [("- Cấp ít nhất 60 giấy phép xây dựng;", "II. MỤC TIÊU > b) Năm 2026:")],
        "Thực hiện Kế hoạch số 12/KH-UBND ngày 10/01/2024 của thành phố;",
    )
    failed = decide(under_heading)
    assert failed is not None and failed[0] == "year_value"
    assert "2026" in failed[1].missing and "2024" in failed[1].missing
    in_another_clause = headed(
        "Kinh phí tập huấn năm 2027 là bao nhiêu tiền?",
        [("Kinh phí năm 2026 là 150 triệu đồng; từ năm 2027 bố trí trong dự toán hằng năm.", "5. Kinh phí")],
    )
    assert decide(in_another_clause) == ("year_value", decide(in_another_clause)[1])  # type: ignore[index]


def test_a_figure_of_the_year_asked_or_of_no_year_answers() -> None:
    cell = headed(
        "Năm 2022 chỉ số tiếp cận đất đai của xã là bao nhiêu?",
        [("Tiếp cận đất đai: 2021: 6,10; 2022: 6,35; Mục tiêu năm 2024: 7,00", "Phụ lục")],
    )
    assert decide(cell) is None
    baseline = headed(  # "so với cùng kỳ năm 2023" compares, the figure is of the report's own period
        "Đến tháng 9 năm 2024 có bao nhiêu hồ sơ trực tuyến?",
        [("Tiếp nhận 5.120 hồ sơ trực tuyến, bằng 112% so với cùng kỳ năm 2023.", "3. Dịch vụ công")],
        "Báo cáo kết quả đến hết tháng 9 năm 2024",
    )
    assert decide(baseline) is None
    dated = headed(  # a date's year is no year of the figure
        "Năm 2025 phường tổ chức bao nhiêu hội nghị đối thoại?",
        [("Ngày 12/3/2025 phường tổ chức 02 hội nghị đối thoại với doanh nghiệp.", "Kết quả")],
    )
    assert decide(dated) is None


def test_a_period_no_passage_names_is_refused_though_its_years_stand_elsewhere() -> None:
    e = evidence(
        "Đề án phát triển logistics giai đoạn 2026-2030 của huyện là đề án số mấy?",
        "Đề án số 88/ĐA-UBND về phát triển logistics giai đoạn 2021 - 2025, tầm nhìn đến 2030; "
        "năm 2026 tổng kết.",
    )
    failed = decide(e)
    assert failed is not None and failed[0] == "span_absent" and "2026-2030" in failed[1].missing
    named = evidence(
        "Đề án phát triển logistics giai đoạn 2021-2025 là đề án số mấy?",
        "Đề án số 88/ĐA-UBND về phát triển logistics giai đoạn 2021 – 2025.",
    )
    assert decide(named) is None


def test_an_agency_asked_about_must_be_named_in_a_quoted_passage_by_one_of_its_names() -> None:
    question = "Sở Kế hoạch và Đầu tư đã nhận báo cáo của bao nhiêu đơn vị?"
    frame = understand(question, ("Sở Tài chính",))
    quoted = "Sở Kế hoạch và Đầu tư đã nhận được báo cáo của 40 đơn vị."
    by_former = Evidence(
        frame, 0.9, quoted, [(quoted, term_set(quoted))], agency_forms=(("Sở Kế hoạch và Đầu tư",),)
    )
    assert decide(by_former) is None
    other = "Cục Thống kê đã nhận được báo cáo của 40 đơn vị."
    elsewhere = Evidence(
        frame, 0.9, other, [(other, term_set(other))], agency_forms=(("Sở Kế hoạch và Đầu tư",),)
    )
    failed = decide(elsewhere)
    assert failed is not None and failed[0] == "agency_absent" and "Sở Tài chính" in failed[1].missing


def test_a_name_with_a_mistyped_tone_is_found_by_its_folded_form() -> None:
    passage = "Năm 2025, xã Tiên Lãng giải quyết đúng hạn 98,2% hồ sơ."
    assert (
        decide(evidence("Năm 2025 xã Tiên Lảng giải quyết đúng hạn bao nhiêu phần trăm hồ sơ?", passage))
        is None
    )
    failed = decide(evidence("Năm 2025 xã Vĩnh Hải giải quyết đúng hạn bao nhiêu phần trăm hồ sơ?", passage))
    assert failed is not None and failed[0] == "names_absent"


def test_a_figure_the_question_takes_as_given_must_stand_in_the_passages() -> None:
    passage = "Thành phố triển khai chương trình hỗ trợ lãi suất cho hợp tác xã nông nghiệp."
    failed = decide(evidence("Chương trình hỗ trợ lãi suất 3% cho hợp tác xã đăng ký ở đâu?", passage))
    assert failed is not None and failed[0] == "figure_absent" and "3%" in failed[1].missing
    stated = "Chương trình hỗ trợ lãi suất 3% cho hợp tác xã nhận hồ sơ tại Liên minh Hợp tác xã."
    assert decide(evidence("Chương trình hỗ trợ lãi suất 3% cho hợp tác xã đăng ký ở đâu?", stated)) is None


def test_an_agency_only_in_lower_case_words_is_not_checked() -> None:
    # "cán bộ thanh tra" is staff: the Inspectorate the directory may read into it is not asked about
    question = "Cán bộ thanh tra, kiểm tra phải lưu ý những lĩnh vực nào?"
    quoted = "Cán bộ thực hiện thanh tra, kiểm tra lưu ý các lĩnh vực đất đai, xây dựng."
    e = Evidence(understand(question, ("Thanh tra thành phố",)), 0.9, quoted, [(quoted, term_set(quoted))])
    assert decide(e) is None


def test_a_passage_of_a_departments_own_plan_is_that_departments() -> None:
    question = "Sở Du lịch đặt mục tiêu đón bao nhiêu lượt khách năm 2026?"
    quoted = "Năm 2026 đón ít nhất 9 triệu lượt khách."
    plain = Evidence(understand(question, ("Sở Du lịch",)), 0.9, quoted, [(quoted, term_set(quoted))])
    assert decide(plain) is not None  # nothing says whose target it is
    own = Evidence(
        understand(question, ("Sở Du lịch",)),
        0.9,
        quoted,
        [(quoted, term_set(quoted))],
        issued_by=(term_set("Sở Du lịch thành phố Hải Phòng"),),
    )
    assert decide(own) is None


def test_an_indexed_document_named_by_number_is_not_absent() -> None:
    e = evidence("Kế hoạch 9/KH-SDL đặt mục tiêu bao nhiêu lượt khách?", "Đón 9 triệu lượt khách.")
    failed = decide(e)
    assert failed is not None and failed[0] == "document_absent"
    known = Evidence(e.frame, 0.9, e.context, e.quoted, known_documents=frozenset({"9/kh-sdl"}))
    assert decide(known) is None


def test_a_day_no_passage_names_is_refused_and_a_private_number_is_personal() -> None:
    passage = "Đến ngày 31/12/2025, số tiền chậm đóng là 120 tỷ đồng, giảm so với năm 2024."
    failed = decide(evidence("Tính đến 31/12/2024 số tiền chậm đóng là bao nhiêu?", passage))
    assert failed is not None and failed[0] == "period_absent" and "31/12/2024" in failed[1].missing
    assert decide(evidence("Tính đến 31/12/2025 số tiền chậm đóng là bao nhiêu tỷ đồng?", passage)) is None
    private = personal_data(Evidence(understand("xin số điện thoại riêng của giám đốc sở với"), 1.0, "", []))
    assert private is not None and private.reason == "personal_data"


def test_a_target_year_is_not_a_result() -> None:
    failed = decide(
        evidence(
            "Năm 2026 thực tế có bao nhiêu phần trăm doanh nghiệp truy cập cổng thông tin thành phố?",
            "Phấn đấu năm 2026 tỷ lệ doanh nghiệp truy cập cổng thông tin thành phố đạt từ 50% trở lên.",
        )
    )
    assert failed is not None and failed[1].reason == "speculation"


def test_another_province() -> None:
    failed = decide(
        evidence(
            "Tỉnh Nam Định có bao nhiêu dự án FDI năm 2024?", "Năm 2024 Hải Phòng thu hút 45 dự án FDI mới."
        )
    )
    assert failed is not None and failed[1].reason == "out_of_scope"


def test_a_phone_number_must_sit_next_to_the_agency_asked() -> None:
    passage = "Số điện thoại liên hệ của Bảo hiểm xã hội thành phố: 0225.326.5616."
    failed = decide(evidence("Số điện thoại của Sở Tư pháp là gì?", passage, agencies=("Sở Tư pháp",)))
    assert failed is not None and failed[1].reason in ("no_evidence", "entity_not_in_documents")
    assert (
        decide(
            evidence(
                "Bảo hiểm xã hội thành phố có số điện thoại nào?",
                passage,
                agencies=("Bảo hiểm xã hội thành phố",),
            )
        )
        is None
    )


def test_a_document_number_absent_from_the_passages() -> None:
    passage = "Thực hiện Kế hoạch số 118/KH-UBND ngày 03/4/2025 của Ủy ban nhân dân thành phố."
    failed = decide(evidence("Kế hoạch 301/KH-UBND về chuyển đổi số ban hành ngày nào?", passage))
    assert failed is not None and failed[0] == "document_absent" and "301/KH-UBND" in failed[1].missing
    assert decide(evidence("Kế hoạch 118/KH-UBND ban hành ngày nào?", passage)) is None


def test_a_month_absent_from_the_passages() -> None:
    passage = "Tính đến tháng 6 năm 2025, thành phố đã số hóa 81% hồ sơ thủ tục hành chính."
    failed = decide(evidence("Đến tháng 11/2025 thành phố số hóa được bao nhiêu phần trăm hồ sơ?", passage))
    assert failed is not None and failed[0] == "period_absent" and "11/2025" in failed[1].missing
    assert (
        decide(evidence("Đến tháng 6/2025 thành phố số hóa được bao nhiêu phần trăm hồ sơ?", passage)) is None
    )


def test_a_person_is_told_from_a_place_named_after_one() -> None:
    assert names_person("Cho tôi số di động của Phó Giám đốc Trần Thị Hồng Vân")
    assert names_person("số điện thoại bà Mai Lan ở phòng một cửa")
    assert not names_person("Số điện thoại phường Lê Thanh Nghị là gì?")  # a ward named after a person
    assert not names_person("Trụ sở ở số 5 Trần Hưng Đạo có đường dây nóng không?")  # a street
    assert not names_person("Đường dây nóng quận Ngô Quyền")
    assert not names_person("Hà Nội có số hỗ trợ doanh nghiệp nào?")  # two syllables: a place
    assert not names_person("Cho xin số của Thanh tra Sở Xây dựng")


def test_a_full_name_with_a_phone_asked_is_personal_data() -> None:
    frame = understand("Xin số điện thoại của Trưởng phòng Đỗ Quang Huy")
    refusal = personal_data(Evidence(frame, 1.0, "", []))
    assert refusal is not None and refusal.reason == "personal_data"
    public = understand("Xin số điện thoại của Phòng Kinh tế phường Đỗ Sơn")
    assert personal_data(Evidence(public, 1.0, "", [])) is None


def test_a_requester_giving_their_own_name_and_number_is_not_refused() -> None:
    own = understand("Tôi là Phạm Thu Hà, số điện thoại 0903 111 222, hồ sơ của tôi bị chậm")
    assert personal_data(Evidence(own, 1.0, "", [])) is None


def test_a_percentage_asked_needs_one_in_the_passage() -> None:
    asked = "Mức giảm tiền thuê đất cho hợp tác xã nông nghiệp là mấy phần trăm?"
    plain = "Tạo điều kiện để hợp tác xã nông nghiệp được giảm tiền thuê đất theo quy định."
    failed = decide(evidence(asked, plain))
    assert failed is not None and failed[0] == "answer_type" and "phần trăm" in failed[1].missing
    assert decide(evidence(asked, plain + " Mức giảm tiền thuê đất là 30%.")) is None


def test_a_row_answer_is_checked_for_the_kinds_a_row_cannot_hold() -> None:
    row = "Thủ tục: Cấp giấy phép hoạt động bến cá. Phí, lệ phí: 800.000 đồng/giấy phép."
    fined = row_answer_type(understand("Mở bến cá khi chưa có giấy phép thì bị phạt bao nhiêu?"), row)
    assert fined is not None and fined.reason == "no_evidence" and "xử phạt" in fined.missing
    assert row_answer_type(understand("Mở bến cá thì lệ phí cấp phép hết bao nhiêu?"), row) is None


def test_a_private_mobile_number_of_a_named_official_is_personal_data() -> None:
    failed = decide(evidence("Cho xin số di động của bà Phạm Thị Hồng Nhung, Phó Giám đốc Sở", "Sở"))
    assert failed is not None and failed[1].reason == "personal_data"


def test_a_name_the_documents_know_is_not_said_to_be_unmentioned() -> None:
    from knowledge.guardrails import names_absent

    contacts = "Đường dây nóng của Bảo hiểm xã hội thành phố: 0225.000.111."
    known = names_absent(
        evidence("Số điện thoại của Sở Xây dựng là gì?", contacts, agencies=("Sở Xây dựng",))
    )
    assert (
        known is not None and known.missing == "Các tài liệu hiện có không nêu số điện thoại của Sở Xây dựng."
    )
    unknown = names_absent(evidence("Số điện thoại của Công ty Tân Cảng Xanh là gì?", contacts))
    assert unknown is not None and "không nhắc đến" in unknown.missing


PLAN_TASK = (
    "III. NHIỆM VỤ TRỌNG TÂM NĂM 2026\n"
    "- Kiểm tra tối thiểu 180 cửa hàng xăng dầu trên địa bàn; xử lý dứt điểm các vi phạm về đo lường."
)


def dated(question: str, passage: str, issued: str) -> Evidence:
    frame = understand(question)
    return Evidence(frame, 0.9, passage, [(passage, term_set(passage))], issued_on=(issued,))


def test_a_years_outcome_asked_of_a_plan_written_as_the_year_began() -> None:
    # the clause names no year: only the plan's date tells that it cannot hold the year's result
    asked = "Năm 2026 thực tế đã kiểm tra được bao nhiêu cửa hàng xăng dầu?"
    failed = decide(dated(asked, PLAN_TASK, "2026-02-10"))
    assert failed is not None and failed[0] == "target_only" and failed[1].reason == "speculation"
    assert "10/02/2026" in failed[1].missing and "khi năm 2026 mới bắt đầu" in failed[1].missing
    earlier = decide(dated(asked, PLAN_TASK, "2025-08-28"))
    assert earlier is not None and "28/08/2025, trước năm 2026" in earlier[1].missing
    # the same plan asked of its target, a report written after the year, a deadline: all answer
    assert (
        decide(
            dated(
                "Năm 2026 kế hoạch đặt mục tiêu kiểm tra bao nhiêu cửa hàng xăng dầu?",
                PLAN_TASK,
                "2026-02-10",
            )
        )
        is None
    )
    assert decide(dated(asked, PLAN_TASK, "2027-01-15")) is None
    assert (
        decide(
            dated(
                "Năm 2026 phải báo cáo kết quả kiểm tra cửa hàng xăng dầu trước ngày nào?",
                PLAN_TASK + " Báo cáo trước ngày 15/12/2026.",
                "2026-02-10",
            )
        )
        is None
    )
    # a report written in the year's second half may hold its first months' outcome; its tasks to report
    # results later ("báo cáo kết quả năm 2026") are no outcome of a plan written as the year began
    mid = "Năm 2026, đã kiểm tra 95 cửa hàng xăng dầu, đạt 53% kế hoạch."
    assert decide(dated(asked, mid, "2026-07-20")) is None
    later = PLAN_TASK + "\nBáo cáo kết quả thực hiện kế hoạch năm 2026 trước ngày 15/12/2026."
    assert decide(dated(asked, later, "2026-02-10")) is not None
    # "có đạt mục tiêu không" beside "thực tế đã … được" still asks the outcome
    both = "Năm 2026 thực tế đã kiểm tra được bao nhiêu cửa hàng xăng dầu, có đạt mục tiêu không?"
    assert decide(dated(both, PLAN_TASK, "2026-01-05")) is not None


def test_a_committee_typed_as_ubnd_is_found_under_its_written_out_name() -> None:
    passage = "Năm 2026, có ít nhất 300 hộ kinh doanh bán hàng trên sàn thương mại điện tử."
    frame = understand(
        "UBND xã Tân Lập đặt mục tiêu bao nhiêu hộ bán hàng trên sàn năm 2026?", ("UBND xã Tân Lập",)
    )
    issuer = term_set("Ủy ban nhân dân xã Tân Lập Tân Lập")
    held = Evidence(frame, 0.9, passage, [(passage, term_set(passage))], issued_by=(issuer,))
    assert decide(held) is None
    elsewhere = Evidence(
        frame, 0.9, passage, [(passage, term_set(passage))], issued_by=(term_set("Sở Công Thương"),)
    )
    failed = decide(elsewhere)
    assert failed is not None and failed[0] in {"agency_absent", "names_absent"}


def test_a_processing_time_asked_is_no_outcome_of_the_year() -> None:
    passage = "II. MỤC TIÊU NĂM 2026\n- Thời gian cấp giấy phép môi trường không quá 18 ngày làm việc."
    asked = "Từ 2026 nộp đủ hồ sơ xin giấy phép môi trường thì tối đa bao lâu có kết quả?"
    assert decide(dated(asked, passage, "2026-02-11")) is None
    result = "Năm 2026 thực tế đã cấp được bao nhiêu giấy phép môi trường?"
    assert decide(dated(result, passage, "2026-02-11")) is not None


def test_an_amount_asked_per_unit_must_be_stated_per_that_unit() -> None:
    total = "Doanh thu bán cá khô trực tuyến của các hộ đạt 12 tỷ đồng."
    failed = decide(evidence("Giá cá khô bán online được quy định bao nhiêu tiền 1 kg?", total))
    assert failed is not None and failed[0] == "answer_type"
    priced = "Giá sàn cá khô bán trực tuyến là 180.000 đồng/kg."
    assert decide(evidence("Giá cá khô bán online được quy định bao nhiêu tiền 1 kg?", priced)) is None
    # "một số", "mỗi năm" name no unit the amount is priced by
    yearly = "Kinh phí đào tạo là 300 triệu đồng."
    assert decide(evidence("Mỗi năm kinh phí đào tạo là bao nhiêu tiền?", yearly)) is None


def test_a_price_fee_or_interest_rate_asked_must_be_what_the_figure_states() -> None:
    budget = "Tổng kinh phí thực hiện kế hoạch năm 2027 là 4.200 triệu đồng."
    failed = decide(evidence("Giá vé tham quan hang động năm 2027 là bao nhiêu tiền?", budget))
    assert failed is not None and failed[0] == "measure_absent" and "giá" in failed[1].missing
    online = "Tỷ lệ hồ sơ nộp trực tuyến đạt 85%."
    failed = decide(evidence("Lãi suất cho vay ưu đãi là mấy phần trăm?", online))
    assert failed is not None and failed[0] == "measure_absent"
    fee = "Lệ phí cấp giấy phép là 200.000 đồng/giấy phép."
    assert decide(evidence("Lệ phí cấp giấy phép là bao nhiêu tiền?", fee)) is None
    # a budget asked is no fee: "kinh phí" measures what the plan spends
    assert decide(evidence("Kinh phí thực hiện kế hoạch năm 2027 là bao nhiêu tiền?", budget)) is None


def test_a_budget_asked_is_stated_by_a_budget_not_by_a_revenue_target() -> None:
    revenue = "Năm 2028 doanh thu bán hàng trực tuyến của các hợp tác xã đạt 18 tỷ đồng."
    failed = decide(evidence("Năm 2028 xã bố trí bao nhiêu tiền kinh phí cho đề án?", revenue))
    assert failed is not None and failed[0] == "measure_absent"
    spent = "Năm 2028 bố trí 640 triệu đồng từ ngân sách xã."
    assert decide(evidence("Năm 2028 xã bố trí bao nhiêu tiền kinh phí cho đề án?", spent)) is None


def test_a_tax_rate_asked_is_not_a_share_of_anything_else() -> None:
    shares = "Tỷ lệ doanh nghiệp trong khu công nghiệp nộp thuế điện tử đạt 98%."
    failed = decide(evidence("Thuế suất ưu đãi cho doanh nghiệp trong khu công nghiệp là mấy %?", shares))
    assert failed is not None and failed[0] == "measure_absent"
    rate = "Doanh nghiệp được áp dụng thuế suất 10% trong 15 năm."
    assert decide(evidence("Thuế suất ưu đãi cho doanh nghiệp là mấy %?", rate)) is None


def test_each_part_asked_is_no_unit_and_a_revenue_asked_is_not_a_budget() -> None:
    parts = "Kinh phí in cẩm nang 210 triệu đồng; tuyên truyền trên báo, đài 180 triệu đồng."
    assert decide(evidence("Phần in cẩm nang và phần tuyên truyền mỗi phần bao nhiêu tiền?", parts)) is None
    budget = (
        "Năm 2027, kinh phí kế hoạch là 900 triệu đồng; năm 2026 số thu từ hộ kinh doanh đạt 310 tỷ đồng."
    )
    failed = decide(evidence("Dự kiến năm 2027 số thu từ hộ kinh doanh được bao nhiêu tỷ đồng?", budget))
    assert failed is not None and failed[0] == "year_value"


def test_a_phone_in_the_agencys_own_document_is_its_number() -> None:
    line = "Đường dây hỏi đáp pháp lý 02253.700.111 hoạt động từ ngày 01/4/2027."
    frame = understand("Đường dây hỏi đáp của Sở Tư pháp gọi số nào?", ("Sở Tư pháp",))
    own = Evidence(frame, 0.9, line, [(line, term_set(line))], issued_by=(term_set("Sở Tư pháp"),))
    assert decide(own) is None
    other = Evidence(frame, 0.9, line, [(line, term_set(line))], issued_by=(term_set("Sở Xây dựng"),))
    assert decide(other) is not None


def test_a_day_asked_needs_a_day_in_a_quoted_sentence() -> None:
    month = "Tổ chức tọa đàm với hợp tác xã trong tháng 9/2027."
    failed = decide(evidence("Tọa đàm với hợp tác xã tháng 9/2027 diễn ra đúng ngày nào?", month))
    assert failed is not None and failed[0] == "answer_type" and "ngày" in failed[1].missing
    day = "Tọa đàm với hợp tác xã tổ chức ngày 16/9/2027."
    assert decide(evidence("Tọa đàm với hợp tác xã tháng 9/2027 diễn ra đúng ngày nào?", day)) is None


def test_a_numbered_place_is_no_unit_and_free_stated_in_the_question_is_no_amount() -> None:
    spent = "Kinh phí lắp camera giám sát ở Tổ 1 là 210 triệu đồng."
    assert decide(evidence("Kinh phí lắp camera giám sát ở Tổ 1 hết bao nhiêu tiền?", spent)) is None
    free = "Quầy hàng được bố trí miễn phí trong năm đầu cho hộ kinh doanh có đăng ký."
    failed = decide(evidence("Sau năm đầu miễn phí thì thuê quầy hàng giá bao nhiêu tiền?", free))
    assert failed is not None
