from knowledge.citing import Cited, compose, no_urls
from knowledge.documents import Chunk, DocumentInfo
from knowledge.index import Entry

OLD = DocumentInfo("kh-cu.txt", "Kế hoạch cũ", "h1", status="replaced", replaced_by="9/KH-UBND")
ROW = DocumentInfo("lists.csv", "Danh bạ", "h2")


def test_citations_are_structured_and_urls_stay_out_of_the_text() -> None:
    row = Entry(
        Chunk(
            "r1",
            "lists.csv",
            "Danh bạ",
            "Danh bạ",
            "Cơ quan: X.\nĐiện thoại: 0225.1.",
            "record",
            {"source_note": "Trang https://vi.example.vn/lien-he (2025)"},
        ),
        ROW,
    )
    old = Entry(Chunk("p1", "kh-cu.txt", "Kế hoạch cũ", "I. Mục tiêu", "Mục tiêu cũ."), OLD)
    ans = compose(
        "hỏi",
        "answer",
        "contact",
        "Điện thoại của X: 0225.1 (xem https://a.vn/x)",
        [Cited(row), Cited(old, ["Mục tiêu cũ."])],
    )
    assert [c.number for c in ans.citations] == [1, 2]
    assert ans.citations[0].url == "https://vi.example.vn/lien-he" and "http" not in ans.answer
    assert ans.citations[1].replaced and "đã được thay thế" in ans.answer
    assert ans.answer.startswith("Điện thoại của X: 0225.1") and "[1]" in ans.answer
    assert ans.sources[0].id == "r1" and "http" not in ans.direct


def test_urls_leave_no_empty_bracket_or_stray_space() -> None:
    assert (
        no_urls("Lệ phí 300.000 đồng (theo tin https://baohaiphong.vn/tin-1 )")
        == "Lệ phí 300.000 đồng (theo tin)"
    )
    assert no_urls("Tra cứu (https://dichvucong.gov.vn/p) tại cổng") == "Tra cứu tại cổng"
    assert no_urls("Hồ sơ (bản sao) nộp trực tiếp.") == "Hồ sơ (bản sao) nộp trực tiếp."


def test_an_email_address_is_answer_text_not_a_url() -> None:
    assert no_urls("Thư điện tử: tiepnhan.dn@haiphong.gov.vn.") == "Thư điện tử: tiepnhan.dn@haiphong.gov.vn."
    assert (
        no_urls("Xem tại haiphong.gov.vn hoặc gửi hopthu@example.com")
        == "Xem tại hoặc gửi hopthu@example.com"
    )


def test_an_autolink_leaves_no_bracket_or_dash_behind() -> None:
    assert no_urls("nộp hồ sơ (trên Cổng Dịch vụ công - <https://dvc.example.vn/p/home>).") == (
        "nộp hồ sơ (trên Cổng Dịch vụ công)."
    )


def test_a_web_address_asked_for_stays_in_the_answer() -> None:
    entry = Entry(
        Chunk(
            id="w0", doc="w.txt", title="Kế hoạch", section="", text="Nộp trên <https://dvc.example.vn/p>."
        ),
        DocumentInfo(doc="w.txt", title="Kế hoạch", content_hash="1"),
    )
    direct = "Nộp trên Cổng - <https://dvc.example.vn/p>."
    kept = compose(
        "Địa chỉ trang web là gì?", "answer", "passage", direct, [Cited(entry, [])], keep_urls=True
    )
    assert kept.direct == "Nộp trên Cổng - https://dvc.example.vn/p."
    plain = compose("Nộp ở đâu?", "answer", "passage", direct, [Cited(entry, [])])
    assert "https" not in plain.direct and "https" not in plain.answer
