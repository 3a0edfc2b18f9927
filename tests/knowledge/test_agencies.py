from __future__ import annotations

import pytest

from knowledge.agencies import CAP_XA, HIEP_HOI, SO_BAN_NGANH, AgencyDirectory
from knowledge.agency_list import kind_of


@pytest.fixture(scope="module")
def directory() -> AgencyDirectory:
    return AgencyDirectory.shipped()


@pytest.mark.parametrize(
    "query",
    [
        "Sở Tài chính",
        "STC",
        "Sở TC",
        "so tai chinh",
        "SỞ TÀI CHÍNH",
        "Sở Tài chính thành phố Hải Phòng",
        "Sở Tài chánh",
    ],
)
def test_spellings_of_one_agency(directory: AgencyDirectory, query: str) -> None:
    match = directory.match(query)
    assert match.agency is not None and match.agency.name == "Sở Tài chính"


@pytest.mark.parametrize(
    ("query", "name", "how"),
    [
        ("Sở KH&CN", "Sở Khoa học và Công nghệ", "alias"),
        ("SKHCN", "Sở Khoa học và Công nghệ", "alias"),
        ("sở khoa học công nghệ", "Sở Khoa học và Công nghệ", "fuzzy"),
        ("BQL KKT", "Ban Quản lý Khu kinh tế Hải Phòng", "alias"),
        ("SNV", "Sở Nội vụ", "alias"),
        ("Sở Ngoại vụ", "Sở Ngoại vụ", "exact"),
        ("Sở Kế hoạch và Đầu tư", "Sở Tài chính", "former"),
        ("Sở Tài nguyên và Môi trường", "Sở Nông nghiệp và Môi trường", "former"),
        ("NHNN KV6", "Ngân hàng Nhà nước chi nhánh Khu vực 6", "alias"),
    ],
)
def test_aliases_abbreviations_and_former_names(
    directory: AgencyDirectory, query: str, name: str, how: str
) -> None:
    match = directory.match(query)
    assert match.agency is not None
    assert (match.agency.name, match.how) == (name, how)


def test_a_ward_is_a_member_of_the_commune_group(directory: AgencyDirectory) -> None:
    match = directory.match("UBND phường Hồng Bàng")
    assert match.how == "local" and match.agency is not None
    assert match.agency.name == "UBND phường Hồng Bàng"
    assert match.agency.groups == (CAP_XA,)
    finance = directory.match("Sở Tài chính").agency
    assert finance is not None and finance.groups == (SO_BAN_NGANH,)


def test_unknown_agency_gets_the_closest_names(directory: AgencyDirectory) -> None:
    match = directory.match("Bộ Tài chính")  # a ministry is not the department
    assert match.agency is None
    assert match.suggestions[0] == "Sở Tài chính"
    assert len(match.suggestions) == 5


def test_mentions_in_task_cells(directory: AgencyDirectory) -> None:
    names, groups = directory.mentions("Sở Tài chính, Sở Khoa học và Công nghệ, Ban quản lý khu kinh tế,")
    assert set(names) == {"Sở Tài chính", "Sở Khoa học và Công nghệ", "Ban Quản lý Khu kinh tế Hải Phòng"}
    assert groups == []
    names, groups = directory.mentions("Các Sở, ban, ngành, UBND các xã, phường, đặc khu")
    assert names == [] and [g.name for g in groups] == [SO_BAN_NGANH, CAP_XA]
    names, _ = directory.mentions("Văn phòng Ủy ban nhân dân thành phố (Cổng Thông tin điện tử TP)")
    assert names == ["Văn phòng Ủy ban nhân dân thành phố"]  # not also the People's Committee
    _, groups = directory.mentions(
        "Các Sở, ban, ngành phụ trách những lĩnh vực cấp phép kinh doanh có điều kiện"
    )
    assert groups[0].membership == SO_BAN_NGANH and "cấp phép" in groups[0].name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Sở Tài chính làm việc ở tòa nhà nào?", "Sở Tài chính"),
        ("Nhiệm vụ của STC trong kế hoạch PCI là gì", "Sở Tài chính"),
        ("ban quan ly khu kinh te phai bao cao khi nao", "Ban Quản lý Khu kinh tế Hải Phòng"),
        ("UBND phường Hồng Bàng phụ trách việc cấp phép gì cho hộ kinh doanh", "UBND phường Hồng Bàng"),
    ],
)
def test_an_agency_named_inside_a_question(directory: AgencyDirectory, text: str, name: str) -> None:
    match = directory.match(text)
    assert match.agency is not None and match.agency.name == name


def test_a_question_without_an_agency_is_not_fuzzy_matched(directory: AgencyDirectory) -> None:
    assert directory.match("Hải Phòng có những món đặc sản nào nên thử?").agency is None
    assert directory.match("số dự án FDI mới của Hải Phòng năm nay").agency is None
    assert directory.match("Bộ Công an").agency is None  # a ministry, not the city police


def test_the_commune_level_is_not_the_city_committee(directory: AgencyDirectory) -> None:
    for spelling in ("Ủy ban nhân dân các xã, phường, đặc khu", "UBND xã", "UBND phường", "UBND cấp xã"):
        match = directory.match(spelling)
        assert match.agency is not None and match.agency.name == CAP_XA, spelling
        assert match.agency.kind == "commune"
    city = directory.match("UBND thành phố").agency
    assert city is not None and city.kind == "city" and city.groups == ()


def test_a_police_unit_named_by_its_department(directory: AgencyDirectory) -> None:
    found = directory.find("Phòng Cảnh sát PCCC và CNCH")
    assert found is not None and found.name == "Công an thành phố"


def test_find_takes_exact_spellings_only(directory: AgencyDirectory) -> None:
    found = directory.find("so tai chinh thanh pho hai phong")
    assert found is not None and found.name == "Sở Tài chính"
    assert directory.find("Sở Tài chánh") is None  # match() guesses; find() does not
    assert directory.find("Bộ Quốc phòng") is None


def test_kind_says_the_group() -> None:
    by_name = {a.name: a for a in AgencyDirectory.shipped().agencies.values()}
    assert by_name["Thuế thành phố"].groups == (SO_BAN_NGANH,)
    assert by_name["Ngân hàng chính sách xã hội thành phố"].groups == ()
    assert by_name["Liên minh Hợp tác xã thành phố"].groups == (HIEP_HOI,)
    assert kind_of("Sở Ngoại thương") == "department" and kind_of("Công ty ABC") == "other"


def test_ticket_agencies_keep_their_stored_names(directory: AgencyDirectory) -> None:
    names = {a.name: a.ticket_name for a in directory.ticket_agencies()}
    assert names["Ban Quản lý Khu kinh tế Hải Phòng"] == "Ban Quản lý khu kinh tế"
    assert names[CAP_XA] == "Ủy ban nhân dân các xã, phường, đặc khu"
    assert names["Sở Tài chính"] == "Sở Tài chính"
    assert "Sở Ngoại vụ" not in names


def test_an_agency_written_with_an_abbreviation_inside_its_name_is_named() -> None:
    directory = AgencyDirectory.shipped()
    assert directory.named_in("BQL Khu kinh tế Hải Phòng giao việc gì?") == [
        "Ban Quản lý Khu kinh tế Hải Phòng"
    ]
    # the commune's committee is not the city's, however it is typed
    assert directory.named_in("ubnd xa tien lang ban hanh bao nhieu van ban") != [
        "Ủy ban nhân dân thành phố Hải Phòng"
    ]
    assert "Ủy ban nhân dân thành phố Hải Phòng" not in directory.named_in("UBND các xã, phường báo cáo gì?")


def test_a_commune_asked_for_is_not_a_commune_named() -> None:
    named = AgencyDirectory.shipped().named_in("Văn bản số 5/KH-UBND do UBND xã nào ban hành?")
    assert not [n for n in named if "nao" in n.lower() or "nào" in n.lower()]
