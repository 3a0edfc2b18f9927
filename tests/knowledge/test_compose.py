"""Extractive composition on hand-made retrieval results (no embedding model involved)."""

from knowledge.citing import Cited
from knowledge.citing import compose as render
from knowledge.compose import DIRECT_MAX, Composer, clean, trim, trim_record
from knowledge.documents import Chunk, DocumentInfo
from knowledge.index import Entry
from knowledge.lexical import LexicalIndex
from knowledge.retrieval import Hit, Query, Retrieval
from knowledge.scope import ScopeCheck
from knowledge.text import query_terms, query_words

INFO = DocumentInfo(doc="p.txt", title="Kế hoạch của thành phố", content_hash="1", status="in_force")
OLD = DocumentInfo(
    doc="o.txt", title="Kế hoạch cũ", content_hash="2", status="replaced", replaced_by="220/KH-UBND"
)
TEXTS = [
    (
        INFO,
        "4. Văn phòng Ủy ban nhân dân thành phố, Cổng Thông tin điện tử :\n"
        "Đánh giá việc thực hiện nhiệm vụ được giao hằng năm của các sở, ngành.\n"
        "Trong quá trình thực hiện, nếu có khó khăn thì báo cáo.",
    ),
    (
        INFO,
        "Cán bộ đầu mối được cử trong tháng 9/2025. Hội nghị đối thoại doanh nghiệp họp trước ngày 20/11.",
    ),
    (OLD, "Nội dung của kế hoạch cũ về đánh giá nhiệm vụ."),
]
ENTRIES = [
    Entry(Chunk(id=f"c{i}", doc=info.doc, title=info.title, section="III. Tổ chức thực hiện", text=t), info)
    for i, (info, t) in enumerate(TEXTS)
]
LEXICAL = LexicalIndex([e.search_text for e in ENTRIES])


def compose(question: str, order: list[int]) -> tuple[str, list[str], str]:
    """(the answer text, the retrieved sources in order, "" or why nothing was quoted)."""
    hits = [Hit(ENTRIES[i], i, 1.0 - n / 10) for n, i in enumerate(order)]
    retrieval = Retrieval(
        query=Query(question, question, query_terms(question), query_words(question)),
        hits=hits,
    )
    comp = Composer(LEXICAL, ENTRIES, ScopeCheck()).compose(retrieval)
    cited = [Cited(h.entry, comp.quotes.get(order.index(h.row), [])) for h in comp.cited]
    first = next((i for i, h in enumerate(comp.cited) if order.index(h.row) == comp.direct_rank), 0)
    answer = render("q", "answer", "passage", comp.direct, cited, direct_from=first)
    return answer.answer, [s.id for s in comp.sources], "" if comp.cited else "no passage"


def test_quotes_the_sentence_with_its_lead_in_line_and_cites_it() -> None:
    answer, sources, problem = compose("Đơn vị nào đánh giá việc thực hiện nhiệm vụ hằng năm?", [0, 1])
    assert problem == ""
    assert "Văn phòng Ủy ban nhân dân thành phố, Cổng Thông tin điện tử" in answer  # the lead-in names who
    assert "Đánh giá việc thực hiện nhiệm vụ được giao hằng năm của các sở, ngành." in answer
    assert "[1]" in answer and "Nguồn:\n[1] Kế hoạch của thành phố — III. Tổ chức thực hiện" in answer
    assert answer.index("Văn phòng Ủy ban") < answer.index("Nguồn:")  # the answer first, then the sources
    assert sources == ["c0", "c1"]  # retrieval order is kept


def test_date_question_prefers_the_sentence_with_a_date() -> None:
    answer, _, problem = compose("Hội nghị đối thoại doanh nghiệp họp trước ngày nào?", [1, 0])
    assert problem == ""
    assert "20/11" in answer.split("Nguồn:")[0] and "9/2025" not in answer.split("Nguồn:")[0]


def test_replaced_plan_is_flagged_in_the_citation() -> None:
    answer, _, _ = compose("Nội dung kế hoạch cũ về đánh giá nhiệm vụ", [2])
    assert "đã được thay thế" in answer


def test_nothing_retrieved_is_a_problem() -> None:
    retrieval = Retrieval(Query("x", "x", {}), [])
    comp = Composer(LEXICAL, ENTRIES, ScopeCheck()).compose(retrieval)
    assert comp.cited == [] and comp.direct == ""


def test_a_long_task_keeps_who_leads_it_when_shortened() -> None:
    task = "\n".join(
        [
            "Nhiệm vụ 9 (Phụ lục I, Kế hoạch 12/KH-UBND): " + "Rà soát, cắt giảm điều kiện kinh doanh. " * 20,
            "Cơ quan chủ trì: Sở Công Thương.",
            "Cơ quan phối hợp: Sở Tài chính, các xã, phường.",
            "Thời gian thực hiện: Quý III/2026.",
        ]
    )
    direct = trim_record(task, DIRECT_MAX)
    assert len(direct) <= DIRECT_MAX + 2
    assert direct.startswith("Nhiệm vụ 9") and "…" in direct
    assert direct.endswith(
        "Cơ quan chủ trì: Sở Công Thương. Cơ quan phối hợp: Sở Tài chính, các xã, phường. "
        "Thời gian thực hiện: Quý III/2026."
    )
    short = "Nhiệm vụ 3: Công khai số điện thoại.\nCơ quan chủ trì: Văn phòng UBND thành phố."
    assert (
        trim_record(short, DIRECT_MAX)
        == "Nhiệm vụ 3: Công khai số điện thoại. Cơ quan chủ trì: Văn phòng UBND thành phố."
    )


def test_footnote_marks_go_and_units_stay() -> None:
    assert (
        clean("Diện tích 1.526,5 km² (số liệu 2024)¹ **mới**") == "Diện tích 1.526,5 km² (số liệu 2024) mới"
    )


def test_a_row_with_a_long_note_is_cut_like_prose() -> None:
    row = "Tên hiện nay: Sở Văn hóa.\nGhi chú: " + "Trụ sở tại tòa C, Trung tâm Chính trị - Hành chính; " * 12
    assert trim_record(row, DIRECT_MAX) == trim(clean(row), DIRECT_MAX)
    assert "Trụ sở tại tòa C" in trim_record(row, DIRECT_MAX)
