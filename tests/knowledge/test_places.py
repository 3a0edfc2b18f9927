"""Local units named in a text: a ward's office is not the city's."""

from __future__ import annotations

from knowledge.places import home_place_asked, home_places, local_units


def test_local_units_are_read_folded() -> None:
    assert local_units("Bộ phận một cửa phường Đồ Sơn và xã Tiên Lãng") == {"phuong do son", "xa tien lang"}
    assert local_units("Văn phòng đăng ký đất đai tỉnh Quảng Ninh") == {"tinh quang ninh"}


def test_a_city_agency_names_no_local_unit() -> None:
    assert local_units("Trung tâm Phục vụ hành chính công thành phố Hải Phòng") == set()
    assert local_units("các xã, phường, đặc khu") == set()  # a class of units, none named


def test_home_places_are_read_in_order_and_hp_is_hai_phong() -> None:
    assert home_places("Hải Phòng (cũ) đạt 74 điểm; tỉnh Hải Dương (cũ) đạt 69 điểm") == [
        "hai phong",
        "hai duong",
    ]
    assert home_places("diem cua HP nam 2024") == ["hai phong"]
    assert home_places("Thành phố đạt 74 điểm") == []


def test_a_question_asks_about_one_home_place_or_none() -> None:
    assert home_place_asked("Chỉ số đất đai của Hải Dương năm 2024?") == "hai duong"
    assert home_place_asked("So sánh điểm của Hải Phòng và Hải Dương") is None
    assert home_place_asked("Điểm chỉ số đất đai năm 2024?") is None
