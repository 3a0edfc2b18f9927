"""The routing table as data: fields guessed from Vietnamese text (with or without diacritics)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from knowledge.text import fold_words, normalize
from tickets.routing import COORDINATOR_AGENCY, DATA_DIR, Router

PLAN = next((Path(__file__).resolve().parents[2] / "knowledge" / "corpus").glob("002_*.txt"))


@pytest.fixture(scope="module")
def router() -> Router:
    return Router.load()


@pytest.mark.parametrize(
    ("text", "field", "agency"),
    [
        ("Doanh nghiệp chờ hoàn thuế GTGT quá lâu", "thue", "Thuế thành phố"),
        ("hoa don dien tu bi loi khong xuat duoc", "thue", "Thuế thành phố"),
        ("Nghiệm thu phòng cháy chữa cháy cho kho lạnh", "pccc", "Công an thành phố"),
        ("Thuê đất làm kho bãi, chưa có quyết định giao đất", "dat_dai", "Sở Nông nghiệp và Môi trường"),
        ("thue dat trong khu cong nghiep Dinh Vu", "dau_tu_kkt", "Ban Quản lý khu kinh tế"),
        ("Xin điều chỉnh chủ trương đầu tư dự án", "dau_tu", "Sở Tài chính"),
        ("Cấp giấy phép kinh doanh có điều kiện cho nhà thuốc", "cap_phep", "Sở Y tế"),
        ("cap phep kinh doanh ruou", "cap_phep", "Sở Công Thương"),
        ("Cấp phép kinh doanh có điều kiện, chưa rõ sở nào cấp", "cap_phep", "Sở Tài chính"),
        ("Cán bộ gây khó dễ, đòi chi phí không chính thức", "tham_nhung", "Thanh tra thành phố"),
        ("Xin chào, tôi cần hỏi một việc", "khac", COORDINATOR_AGENCY),
    ],
)
def test_guess(router: Router, text: str, field: str, agency: str) -> None:
    route = router.route(text)
    assert (route.field, route.agency) == (field, agency)


def test_thue_is_not_thue(router: Router) -> None:
    # With diacritics "thuê" (rent) is not "thuế" (tax).
    assert router.guess_field("Thuê nhà xưởng để sản xuất") != "thue"


def test_given_field_and_agency_win(router: Router) -> None:
    assert router.route("abc", field="PCCC").agency == "Công an thành phố"
    assert router.route("abc", field="dat dai").field == "dat_dai"
    assert router.route("hoàn thuế", agency="HEZA").agency == "Ban Quản lý khu kinh tế"
    assert router.route("abc", field="không có").field == "khac"


def test_resolve_days_per_field(router: Router) -> None:
    assert router.route("giao đất").resolve_days == 10
    assert router.route("xin chào").resolve_days == 5


def test_agency_spellings(router: Router) -> None:
    assert router.agency_name("STC") == "Sở Tài chính"
    assert router.agency_name("so tai chinh") == "Sở Tài chính"
    assert router.agency_name("Cục Thuế thành phố Hải Phòng") == "Thuế thành phố"
    assert router.agency_name("Bộ Quốc phòng") is None


def test_table_agencies_are_the_plans_names() -> None:
    """Every agency the table routes to is named so in plan 220/KH-UBND (or, for the few the plan only
    names in groups, in the shipped agency list)."""
    plan = normalize(PLAN.read_text(encoding="utf-8"))
    shipped = normalize((PLAN.parent / "data" / "agencies_haiphong.csv").read_text(encoding="utf-8"))
    with (DATA_DIR / "routing.csv").open(encoding="utf-8") as fh:
        agencies = {row["agency"] for row in csv.DictReader(fh)}
    missing = [a for a in agencies if normalize(a) not in plan and normalize(a) not in shipped]
    assert missing == []


def test_text_helpers() -> None:
    assert normalize("Hoà  HỢP") == normalize("hòa hợp") == "hoà hợp"
    assert normalize("thủy sản") == normalize("thuỷ sản")
    assert fold_words("Đất đai, THUẾ!") == "dat dai thue"


def test_agencies_are_the_stored_names(router: Router) -> None:
    """Tickets, staff accounts and agency chats hold these names: the directory keeps them."""
    assert router.agencies[:5] == (
        "Sở Tài chính",
        "Thuế thành phố",
        "Công an thành phố",
        "Sở Nông nghiệp và Môi trường",
        "Ban Quản lý khu kinh tế",
    )
    assert len(router.agencies) == 20
    assert router.agencies[-1] == "Ủy ban nhân dân các xã, phường, đặc khu"
    for name in router.agencies:
        assert router.agency_name(name) == name


def test_agency_spellings_from_the_one_directory(router: Router) -> None:
    assert router.agency_name("Phòng Cảnh sát PCCC và CNCH") == "Công an thành phố"
    assert router.agency_name("Cảnh sát PCCC") == "Công an thành phố"  # a former name
    assert router.agency_name("UBND xã") == "Ủy ban nhân dân các xã, phường, đặc khu"
    assert router.agency_name("Ban Quản lý Khu kinh tế Hải Phòng") == "Ban Quản lý khu kinh tế"
    assert router.agency_name("SNV") == "Sở Nội vụ"
    assert router.agency_name("Sở Ngoại vụ") is None  # in the directory, but takes no tickets
