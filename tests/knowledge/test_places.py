"""Local units named in a text: a ward's office is not the city's."""

from __future__ import annotations

from knowledge.places import local_units


def test_local_units_are_read_folded() -> None:
    assert local_units("Bộ phận một cửa phường Đồ Sơn và xã Tiên Lãng") == {"phuong do son", "xa tien lang"}
    assert local_units("Văn phòng đăng ký đất đai tỉnh Quảng Ninh") == {"tinh quang ninh"}


def test_a_city_agency_names_no_local_unit() -> None:
    assert local_units("Trung tâm Phục vụ hành chính công thành phố Hải Phòng") == set()
    assert local_units("các xã, phường, đặc khu") == set()  # a class of units, none named
