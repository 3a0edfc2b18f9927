import pytest

from bot.extract import find_details, looks_like_name, remainder


def test_one_message_with_everything() -> None:
    text = (
        "Tôi là Nguyễn Văn An, giám đốc Công ty TNHH Đông Hải, SĐT 0912 345 678. Doanh nghiệp chúng tôi "
        "bị chậm cấp giấy phép xây dựng kho lạnh đã 3 tháng, mong được xem xét."
    )
    d = find_details(text)
    assert (d.name, d.company, d.phone, d.tax_code) == (
        "Nguyễn Văn An",
        "Công ty TNHH Đông Hải",
        "0912345678",
        "",
    )
    rest = remainder(text, d.spans)
    assert "giấy phép xây dựng kho lạnh" in rest
    assert "0912" not in rest and "Nguyễn" not in rest


@pytest.mark.parametrize(
    ("text", "phone", "tax"),
    [
        ("MST 0201234567", "", "0201234567"),
        ("mã số thuế: 0201234567-001", "", "0201234567-001"),
        ("0201234567", "", "0201234567"),  # ten digits starting 02: a Hải Phòng tax code
        ("0912345678", "0912345678", ""),
        ("+84 912 345 678", "0912345678", ""),
        ("đt 0225.3812.345", "02253812345", ""),
        ("sdt 0987654321 mst 0200111222", "0987654321", "0200111222"),
    ],
)
def test_phone_and_tax_code(text: str, phone: str, tax: str) -> None:
    d = find_details(text)
    assert (d.phone, d.tax_code) == (phone, tax)


def test_generic_business_words_are_not_a_company_or_a_name() -> None:
    d = find_details("tôi cần hỗ trợ về thủ tục đất đai, công ty chúng tôi đang bị chậm")
    assert (d.name, d.company, d.phone, d.tax_code) == ("", "", "", "")


def test_short_reply_as_a_name() -> None:
    assert looks_like_name("nguyễn văn an") == "Nguyễn Văn An"
    assert looks_like_name("Anh Trần Bình") == "Trần Bình"
    assert looks_like_name("tôi muốn hỏi về thuế 123") == ""


@pytest.mark.parametrize(
    ("text", "name", "phone"),
    [
        ("Họ tên: nguyễn văn an, liên hệ: 0912345678", "Nguyễn Văn An", "0912345678"),
        ("tên tôi là trần thị bình sđt 0987654321", "Trần Thị Bình", "0987654321"),
        ("tôi là giám đốc công ty", "", ""),
        ("Tên công ty: Công ty TNHH ABC", "", ""),
    ],
)
def test_name_markers(text: str, name: str, phone: str) -> None:
    d = find_details(text)
    assert (d.name, d.phone) == (name, phone)
