from __future__ import annotations

from ingest.metadata import detect, replacement_catalog, resolve_status


def test_number_issuer_date_title_from_a_header() -> None:
    meta = detect(
        [
            "BAN QUẢN LÝ KHU KINH TẾ",
            "Số: 3822 /KH-BQL Hải Phòng, ngày 26 tháng 8 năm 2024",
            "KẾ HOẠCH",
            "Nâng cao Chỉ số năng lực cạnh tranh (PCI) năm 2024-2025 của Ban Quản lý Khu kinh tế Hải Phòng",
            "Nhằm khắc phục ...",
        ],
        fallback_title="x",
    )
    assert (meta.number, meta.kind, meta.date, meta.period) == (
        "3822/KH-BQL",
        "kế hoạch",
        "2024-08-26",
        "2024-2025",
    )
    assert meta.issuer == "Ban Quản lý Khu kinh tế Hải Phòng"
    assert meta.title.startswith("Kế hoạch Nâng cao Chỉ số năng lực cạnh tranh (PCI) năm 2024-2025")


def test_number_from_the_appendix_line_and_replacement() -> None:
    paragraphs = [
        "KẾ HOẠCH",
        "Nâng cao chỉ số năng lực cạnh tranh (PCI) năm 2025-2026 của thành phố Hải Phòng",
        "8. Kế hoạch này có hiệu lực kể từ ngày ký và thay thế Kế hoạch số 197/KH-UBND ngày 22/8/2024.",
        "PHỤ LỤC I",
        "(Kèm theo Kế hoạch số 220 /KH-UBND ngày 28/8/2025 của Ủy ban nhân dân thành phố Hải Phòng)",
    ]
    new = detect(paragraphs, fallback_title="x")
    assert (new.number, new.date, new.issuer) == (
        "220/KH-UBND",
        "2025-08-28",
        "Ủy ban nhân dân thành phố Hải Phòng",
    )
    assert new.replaces == ["197/KH-UBND"]
    old = detect(
        ["KẾ HOẠCH", "Năm 2024", "(Kèm theo Kế hoạch số 197/KH-UBND ngày 22/8/2024)"], fallback_title="y"
    )
    resolved = resolve_status({"new": new, "old": old})
    assert (resolved["new"].status, resolved["old"].status) == ("in_force", "replaced")
    assert resolved["old"].replaced_by == "220/KH-UBND"
    assert {"number": "197/KH-UBND", "replaced_by": "220/KH-UBND"}.items() <= replacement_catalog(resolved)[
        0
    ].items()


def test_known_facts_fill_what_a_text_does_not_say() -> None:
    meta = detect(
        [
            "Số: /KH-UBND",
            "KẾ HOẠCH",
            "Nâng cao PCI trên địa bàn phường Hồng Bàng",
            "Thực hiện Kế hoạch số 220/KH-UBND ngày 28/8/2025 của UBND thành phố.",
        ],
        fallback_title="x",
    )
    assert meta.number == ""
    assert meta.issuer == "Ủy ban nhân dân phường Hồng Bàng"
    assert meta.status == "in_force"


def test_a_department_written_under_the_city_is_the_issuer() -> None:
    from ingest.metadata import _header_issuer

    assert _header_issuer(["UBND THÀNH PHỐ HẢI PHÒNG", "SỞ CÔNG THƯƠNG", "Số: 9/KH-SCT"]) == (
        "Sở Công Thương thành phố Hải Phòng"
    )
    assert (
        _header_issuer(["ỦY BAN NHÂN DÂN", "PHƯỜNG LÊ CHÂN", "Số: 3/KH-UBND"])
        == "Ủy ban nhân dân phường Lê Chân"
    )


def test_an_office_written_under_its_parent_agency_is_the_issuer() -> None:
    from ingest.metadata import _header_issuer

    assert (
        _header_issuer(["CỤC THUẾ", "THUẾ THÀNH PHỐ HẢI PHÒNG", "Số: 12/KH-HPH"])
        == "Thuế thành phố Hải Phòng"
    )
    branch = _header_issuer(
        ["BẢO HIỂM XÃ HỘI VIỆT NAM", "BẢO HIỂM XÃ HỘI THÀNH PHỐ HẢI PHÒNG", "Số: 8/BC-BHXH"]
    )
    assert branch.startswith("Bảo hiểm xã hội") and branch.endswith("Hải Phòng")
