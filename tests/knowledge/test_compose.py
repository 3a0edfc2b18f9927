"""Extractive composition on hand-made retrieval results (no embedding model involved)."""

from knowledge.citing import Cited
from knowledge.citing import compose as render
from knowledge.compose import _BARE_HEADING, Composer, headed_years, record_lines, year_cells
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


def test_a_row_restated_with_its_headers_is_quoted_once() -> None:
    assert record_lines("Tổng điểm 70 72,5 74\nTổng điểm: 2023: 70; 2024: 72,5; 2025: 74.") == [
        "Tổng điểm: 2023: 70; 2024: 72,5; 2025: 74."
    ]
    dated = ["Tên cũ: UBND huyện A (trước 01/7/2025)", "Ghi chú: sáp nhập từ 01/7/2025, 7 xã."]
    assert record_lines("\n".join(dated)) == dated  # figures in prose are not a row restated
    assert year_cells("Tổng điểm: 2023: 70; Mục tiêu năm 2025: 74; năm 2024 chưa có") == {"2023"}


SCORES = DocumentInfo(
    doc="s.txt", title="Kế hoạch nâng cao chỉ số của Sở", content_hash="3", status="in_force"
)
SCORE_TEXTS = [
    (
        "passage",
        "Mục tiêu: cải thiện điểm số chỉ số thủ tục đất đai của Sở, tăng 3 bậc so với năm 2024 "
        "(6,1 điểm) và đạt từ 7 điểm trở lên vào năm 2026.",
    ),
    (
        "record",
        "II Thủ tục đất đai 5,8 6,1 6,4 7,0\n"
        "Chỉ số thành phần II. Thủ tục đất đai: 2023: 5,8; 2024: 6,1; 2025: 6,4; Mục tiêu năm 2026: 7,0.",
    ),
]
SCORE_ENTRIES = [
    Entry(Chunk(id=f"s{i}", doc="s.txt", title=SCORES.title, section="Phụ lục", text=t, kind=kind), SCORES)
    for i, (kind, t) in enumerate(SCORE_TEXTS)
]


def test_a_figure_asked_for_a_year_is_read_from_the_table_row_that_gives_that_year() -> None:
    question = "Chỉ số thủ tục đất đai của Sở năm 2025 được mấy điểm?"
    hits = [Hit(e, i, 1.0 - i / 10) for i, e in enumerate(SCORE_ENTRIES)]
    retrieval = Retrieval(Query(question, question, query_terms(question), query_words(question)), hits)
    lexical = LexicalIndex([e.search_text for e in SCORE_ENTRIES])
    comp = Composer(lexical, SCORE_ENTRIES, ScopeCheck()).compose(retrieval)
    # the row with its headers answers; the row as printed above it ("5,8 6,1 6,4 7,0") is not repeated
    assert comp.direct == (
        "Chỉ số thành phần II. Thủ tục đất đai: 2023: 5,8; 2024: 6,1; 2025: 6,4; Mục tiêu năm 2026: 7,0."
    )
    assert comp.direct_rank == 1


MERGED = DocumentInfo(doc="m.txt", title="Kế hoạch nâng cao chỉ số", content_hash="4", status="in_force")
MERGED_TEXTS = [
    "Năm 2024, thành phố Hải Phòng (cũ) đạt 75 điểm, xếp thứ 1.",
    "Trong các chỉ số thành phần, chỉ số thủ tục đất đai đạt 7,3 điểm.",
    "Đồng thời, tỉnh Hải Dương (cũ) đạt 69 điểm, xếp thứ 14.",
    "Bên cạnh đó, chỉ số thủ tục đất đai giảm còn 6,8 điểm.",
]
MERGED_ENTRIES = [
    Entry(Chunk(id=f"m{i}", doc="m.txt", title=MERGED.title, section="", text=t), MERGED)
    for i, t in enumerate(MERGED_TEXTS)
]


def _merged_direct(question: str) -> str:
    order = [3, 1, 0, 2]  # the other place's sentence retrieved first
    hits = [Hit(MERGED_ENTRIES[r], r, 1.0 - n / 10) for n, r in enumerate(order)]
    retrieval = Retrieval(Query(question, question, query_terms(question), query_words(question)), hits)
    lexical = LexicalIndex([e.search_text for e in MERGED_ENTRIES])
    return Composer(lexical, MERGED_ENTRIES, ScopeCheck()).compose(retrieval).direct


def test_a_sentence_goes_on_about_the_place_its_paragraph_named() -> None:
    assert "7,3 điểm" in _merged_direct("Chỉ số thủ tục đất đai của Hải Phòng được mấy điểm?")
    assert "6,8 điểm" in _merged_direct("Chỉ số thủ tục đất đai của Hải Dương được mấy điểm?")


def test_the_figure_asked_for_answers_first_when_the_best_sentence_only_names_its_subject() -> None:
    from knowledge.compose import Candidate, with_value_after

    subject = Candidate(
        0, 0, "Thành phố tiếp tục giải quyết các kiến nghị của hội nghị doanh nghiệp.", frozenset(), 0.9
    )
    figure = Candidate(0, 1, "Đến tháng 9, đã giải quyết 120 kiến nghị, còn 4 kiến nghị.", frozenset(), 0.4)
    unrelated = Candidate(0, 2, "Có 7 hội nghị được tổ chức.", frozenset(), 0.3)
    asked = "Kiến nghị của hội nghị doanh nghiệp đã giải quyết được bao nhiêu?"
    chosen = with_value_after([subject], [subject, figure, unrelated], asked)
    lead = max(chosen, key=lambda c: c.score)
    assert lead.text == figure.text and subject in chosen  # the figure first, its subject quoted
    assert with_value_after([subject], [subject, figure], "Ai giải quyết các kiến nghị?") == [subject]
    assert with_value_after([figure], [subject, figure], asked) == [figure]  # a figure is there already


def test_a_line_is_about_the_year_of_the_heading_above_it() -> None:
    units = [
        "IV. CHỈ TIÊU",
        "1. Chỉ tiêu năm 2028",
        "- Đón 40.000 lượt khách;",
        "2. Chỉ tiêu năm 2029",
        "- Đón 52.000 lượt khách, trong đó năm 2029 có 9.000 lượt khách quốc tế;",
        "- Doanh thu đạt 30 tỷ đồng.",
    ]
    years = headed_years(units, "IV. CHỈ TIÊU")
    assert years[2] == {"2028"} and years[5] == {"2029"}
    assert years[0] == set()  # nothing above the first heading names a year
    # without a heading line, the section's year holds
    assert headed_years(["- Đón 40.000 lượt khách;"], "IV. CHỈ TIÊU > 1. Chỉ tiêu năm 2028") == [{"2028"}]


def test_a_bare_numbered_heading_chosen_brings_the_lines_under_it() -> None:
    assert _BARE_HEADING.match("6. Đề nghị Bưu điện thành phố Hải Phòng")
    assert not _BARE_HEADING.match("1. Phấn đấu đạt 74 điểm; giữ vững Top 5.")
    assert not _BARE_HEADING.match("Trong quá trình thực hiện, nếu có khó khăn thì báo cáo")
