from __future__ import annotations

from pathlib import Path

from ingest.blocks import Table
from ingest.scoretable import parse_score_tables
from ingest.tables import is_noise_table, is_task_table, row_records, task_records

HEADER = [
    "STT",
    "Nhiệm vụ cụ thể",
    "Cơ quan chủ trì",
    "Cơ quan phối hợp",
    "Thời gian thực hiện",
    "Thời gian hoàn thành/Bắt đầu vận hành",
]


def test_task_rows_keep_their_headers_and_group() -> None:
    table = Table(
        HEADER,
        [
            ["I", "Gia nhập thị trường", "", "", "", ""],
            [
                "1",
                "Công khai thủ tục.",
                "Sở Tài chính",
                "Các Sở, ban, ngành",
                "Thực hiện thường xuyên",
                "Quý III/2025",
            ],
            HEADER,
            ["II", "Tiếp cận nguồn lực phát triển", "2/14", "", "", ""],
            [
                "2",
                "Triển khai chính sách hỗ trợ lãi suất.",
                "Ngân hàng chính sách xã hội thành phố",
                "",
                "2025-2026",
                "2025-2026",
            ],
        ],
    )
    assert is_task_table(table)
    first, second = task_records(table, doc="d.txt", plan="220/KH-UBND", section="Phụ lục I")
    assert (first.number, first.group, first.lead, first.cooperate) == (
        "1",
        "I. Gia nhập thị trường",
        "Sở Tài chính",
        "Các Sở, ban, ngành",
    )
    assert (first.period, first.completion) == ("Thực hiện thường xuyên", "Quý III/2025")
    assert first.section == "Phụ lục I > I. Gia nhập thị trường > Nhiệm vụ 1"
    assert first.headers["lead"] == "Cơ quan chủ trì"
    assert second.group == "II. Tiếp cận nguồn lực phát triển"


def test_other_tables_become_labelled_rows_and_stamps_are_noise() -> None:
    table = Table(["Chỉ tiêu", "2024"], [["Điểm", "7,34"]])
    assert not is_task_table(table)
    (record,) = row_records(table, doc="d", name="Bảng")
    assert record.fields == {"Chỉ tiêu": "Điểm", "2024": "7,34"}
    stamp = Table(["ĐƠN VỊ", "CHỦ TRÌ", "THAM"], [["CT N.V.Tùng", "", "X"], ["PCT", "X", ""]])
    assert is_noise_table(stamp)


def test_score_table_flattened_by_pdf_extraction() -> None:
    raw = "\n".join(
        [
            "PHỤ LỤC NHIỆM VỤ CỤ THỂ",
            "TT Chỉ số thành phần 2021 2022 2023 ",
            "Mục ",
            "tiêu ",
            "năm ",
            "2024 ",
            "Đơn vị thực hiện Đơn vị phối hợp ",
            "  Tổng điểm đạt được (trên tổng 100 điểm) 71 74,05 75,3 78,1     ",
            "I Chi phí không chính thức 8,39 8,48 8,64 8,90 Các Phòng có TTHC ",
            "Văn phòng ",
            "Trung tâm DVVL-ĐT-",
            "XTĐT ",
            "III ",
            "Tính năng động và tiên phong của sở, ban, ",
            "ngành ",
            "7,21 7,49 7,7 7,93 ",
            "Các Phòng chuyên ",
            "môn ",
            "Văn phòng BQL ",
            "* Chỉ số thành phần đạt điểm thấp nhất năm 2023: Chỉ số Hiệu lực thiết chế (số 8). ",
        ]
    )
    (table,) = parse_score_tables(raw)
    assert table.value_headers == ["2021", "2022", "2023", "Mục tiêu năm 2024"]
    assert table.unit_headers == ["Đơn vị thực hiện", "Đơn vị phối hợp"]
    total, first, third = table.rows
    assert total.label == "Tổng điểm đạt được (trên tổng 100 điểm)" and total.values["2022"] == "74,05"
    assert (first.number, first.label, first.units) == (
        "I",
        "Chi phí không chính thức",
        ["Các Phòng có TTHC", "Văn phòng", "Trung tâm DVVL-ĐT-XTĐT"],
    )
    assert third.label == "Tính năng động và tiên phong của sở, ban, ngành"
    assert third.units == ["Các Phòng chuyên môn", "Văn phòng BQL"]
    assert table.note.startswith("Chỉ số thành phần đạt điểm thấp nhất năm 2023")


def test_shipped_appendix_has_73_tasks() -> None:
    from ingest.parsers import parse_file
    from ingest.structure import sections

    path = Path(__file__).resolve().parents[2] / "knowledge" / "corpus" / "002_86f6d0bf5c124c89.txt"
    secs = sections(parse_file(path).blocks)
    tasks = [
        t
        for s in secs
        for table in s.tables
        if is_task_table(table)
        for t in task_records(table, doc=path.name, plan="220/KH-UBND", section=s.title)
    ]
    assert [t.number for t in tasks] == [str(n) for n in range(1, 74)]
    by_number = {t.number: t for t in tasks}
    assert by_number["39"].group == "IV. Chi phí tuân thủ"
    assert by_number["39"].lead == "Sở Khoa học và Công nghệ"
    assert by_number["39"].completion == "Quý IV/2025"
    assert "<ul" not in by_number["52"].task
