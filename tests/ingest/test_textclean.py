from __future__ import annotations

from ingest.textclean import clean_inline, paragraphs
from knowledge.text import fold_spaced


def test_pdf_wrapped_lines_become_sentences() -> None:
    text = (
        "1. Tiếp tục cải thiện mạnh mẽ môi trường kinh doanh, tăng nhanh về số \n"
        "lượng doanh nghiệp đầu tư mới; giảm tỷ lệ doanh nghiệp giải thể (dưới 5%). \n"
        "2. Công khai, minh bạch, cung cấp thông tin đa dạng, kịp thời để doanh \n"
        "nghiệp khai thác và sử dụng tối đa hiệu quả đối với Cổng thông tin điện tử Ban \n"
        "Quản lý, các ứng dụng phần mềm. \n"
        "3 \n"
        "Trung tâm DVVL-ĐT-\nXTĐT\n"
    ) * 2
    paras = paragraphs(text)
    assert paras[0] == (
        "1. Tiếp tục cải thiện mạnh mẽ môi trường kinh doanh, tăng nhanh về số lượng doanh nghiệp đầu tư "
        "mới; giảm tỷ lệ doanh nghiệp giải thể (dưới 5%)."
    )
    assert paras[1].endswith("Cổng thông tin điện tử Ban Quản lý, các ứng dụng phần mềm.")
    assert "3" not in paras  # a page number alone on its line
    assert "Trung tâm DVVL-ĐT-XTĐT" in paras


def test_footnote_between_two_halves_of_a_sentence_moves_after_it() -> None:
    text = (
        "Đến nay, đã có 13 Sở, ban, ngành¹ báo cáo và gửi tin nhắn tới các doanh nghiệp trên địa bàn\n\n"
        "¹ Các Sở: Công Thương, Tư pháp.\n\nthông tin về lịch “Đối thoại doanh nghiệp”.\n"
    )
    assert paragraphs(text) == [
        "Đến nay, đã có 13 Sở, ban, ngành¹ báo cáo và gửi tin nhắn tới các doanh nghiệp trên địa bàn "
        "thông tin về lịch “Đối thoại doanh nghiệp”.",
        "¹ Các Sở: Công Thương, Tư pháp.",
    ]


def test_whole_paragraph_lines_are_not_joined() -> None:
    text = (
        "b) Tình hình hỗ trợ doanh nghiệp thực hiện đăng ký các dịch vụ cần thiết " * 3 + "\nCông tác hỗ trợ."
    )
    assert len(paragraphs(text)) == 2


def test_clean_inline_and_fold() -> None:
    assert clean_inline("<ul style='x'> - Nâng cao **chất lượng**</ul>.") == "- Nâng cao chất lượng."
    assert clean_inline("* Thực hiện") == "* Thực hiện"  # a bullet, not emphasis
    assert fold_spaced("Sở Tài chính  ĐÀ NẴNG") == "so tai chinh da nang"
    assert fold_spaced("hoà") == fold_spaced("hòa") == "hoa"
