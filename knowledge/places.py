"""Vietnamese provinces and centrally-run cities (names before the 2025 mergers), as data."""

from __future__ import annotations

import re

from knowledge.text import fold, nfc

PROVINCES = [
    "An Giang",
    "Bà Rịa - Vũng Tàu",
    "Bắc Giang",
    "Bắc Kạn",
    "Bạc Liêu",
    "Bắc Ninh",
    "Bến Tre",
    "Bình Định",
    "Bình Dương",
    "Bình Phước",
    "Bình Thuận",
    "Cà Mau",
    "Cần Thơ",
    "Cao Bằng",
    "Đà Nẵng",
    "Đắk Lắk",
    "Đắk Nông",
    "Điện Biên",
    "Đồng Nai",
    "Đồng Tháp",
    "Gia Lai",
    "Hà Giang",
    "Hà Nam",
    "Hà Nội",
    "Hà Tĩnh",
    "Hải Dương",
    "Hải Phòng",
    "Hậu Giang",
    "Hòa Bình",
    "Hưng Yên",
    "Khánh Hòa",
    "Kiên Giang",
    "Kon Tum",
    "Lai Châu",
    "Lâm Đồng",
    "Lạng Sơn",
    "Lào Cai",
    "Long An",
    "Nam Định",
    "Nghệ An",
    "Ninh Bình",
    "Ninh Thuận",
    "Phú Thọ",
    "Phú Yên",
    "Quảng Bình",
    "Quảng Nam",
    "Quảng Ngãi",
    "Quảng Ninh",
    "Quảng Trị",
    "Sóc Trăng",
    "Sơn La",
    "Tây Ninh",
    "Thái Bình",
    "Thái Nguyên",
    "Thanh Hóa",
    "Thừa Thiên Huế",
    "Huế",
    "Tiền Giang",
    "Hồ Chí Minh",
    "Trà Vinh",
    "Tuyên Quang",
    "Vĩnh Long",
    "Vĩnh Phúc",
    "Yên Bái",
]

# A local unit named in a text: "xã Vĩnh Bảo", "phường Hồng Bàng", "tỉnh Lai Châu", "đặc khu Cát Hải".
_LOCAL_UNIT = re.compile(
    r"\b(xã|phường|đặc khu|quận|huyện|thị xã|thị trấn|tỉnh)\s+((?:[A-ZĐ][^\W\d_]*)(?:\s+[A-ZĐ][^\W\d_]*)*)"
)


def local_units(text: str) -> set[str]:
    """The local units a text names, folded ("xa vinh bao"): a row of one ward's office is not the
    city's, nor another ward's."""
    return {fold(f"{kind} {name}") for kind, name in _LOCAL_UNIT.findall(nfc(text))}


# The city and the province merged into it on 01/7/2025: the plans report both side by side ("Hải
# Phòng (cũ) đạt 74,84 điểm ... Đồng thời, tỉnh Hải Dương (cũ) ..."), each paragraph naming its place once.
_HOME_NAMED = re.compile(r"\b(hai phong|hp|hai duong)\b")
_HOME_KEY = {"hai phong": "hai phong", "hp": "hai phong", "hai duong": "hai duong"}


def home_places(text: str) -> list[str]:
    """The home places a text names, in order ("hai phong", "hai duong"; "HP" is Hải Phòng)."""
    return [_HOME_KEY[m] for m in _HOME_NAMED.findall(fold(nfc(text)))]


def home_place_asked(question: str) -> str | None:
    """The one home place a question names, None when it names neither or both."""
    named = set(home_places(question))
    return named.pop() if len(named) == 1 else None
