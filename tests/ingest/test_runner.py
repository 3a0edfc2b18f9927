from __future__ import annotations

import io
import json
from pathlib import Path

from tqdm import tqdm

from ingest.runner import ingest
from knowledge.index import KnowledgeIndex
from tests.ingest.samples import write_docx

PLAN = "KẾ HOẠCH\nThử nghiệm nạp tài liệu\n\nI. MỤC TIÊU\n\n1. Phấn đấu đạt {score} điểm trở lên.\n"


def _corpus(folder: Path) -> Path:
    folder.mkdir()
    (folder / "plan.txt").write_text(PLAN.format(score=68), encoding="utf-8")
    (folder / "lien_he.csv").write_text(
        "co_quan,dien_thoai,linh_vuc,nguon\n"
        "Bảo hiểm xã hội thành phố Hải Phòng,0225.326.5616,Bảo hiểm xã hội,báo\n",
        encoding="utf-8",
    )
    write_docx(folder / "plan.docx")
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4\n1 0 obj << /Type")
    (folder / "empty.txt").write_text("  \n\n", encoding="utf-8")
    return folder


def test_incremental_ingest_with_a_real_index(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "corpus")
    data_dir = tmp_path / "data"
    index = KnowledgeIndex.open(data_dir)

    bars: list[tqdm[None]] = []

    def progress(total: int) -> tqdm[None]:
        bars.append(tqdm(total=total, file=io.StringIO()))
        return bars[-1]

    first = ingest([corpus], index, data_dir, progress=progress)
    assert bars[0].n == bars[0].total == first.chunks > 0  # the bar went the whole way
    assert sorted(first.added) == ["lien_he.csv", "plan.docx", "plan.txt"]
    assert [name for name, _ in first.errors] == ["broken.pdf", "empty.txt"]
    assert first.errors[0][1].startswith("Không đọc được tệp broken.pdf")
    assert first.errors[1][1] == "Không đọc được tệp empty.txt: tệp không có nội dung văn bản"
    hashes = index.indexed()
    assert set(hashes) == {"lien_he.csv", "plan.docx", "plan.txt"}
    lexical_files = {p: p.stat().st_mtime_ns for p in (data_dir / "lexical").glob("*.json")}

    again = ingest([corpus], index, data_dir)
    assert (again.added, again.updated, again.removed, again.chunks) == ([], [], [], 0)
    assert sorted(again.unchanged) == sorted(hashes)
    assert {p: p.stat().st_mtime_ns for p in lexical_files} == lexical_files  # nothing re-embedded

    (corpus / "plan.txt").write_text(PLAN.format(score=80), encoding="utf-8")
    (corpus / "plan.docx").unlink()
    third = ingest([corpus], index, data_dir)
    assert (
        third.updated == ["plan.txt"]
        and third.removed == ["plan.docx"]
        and third.unchanged == ["lien_he.csv"]
    )
    assert set(index.indexed()) == {"lien_he.csv", "plan.txt"}
    assert index.indexed()["plan.txt"] != hashes["plan.txt"]
    texts = [e.chunk.text for e in KnowledgeIndex.open(data_dir).entries if e.chunk.doc == "plan.txt"]
    assert any("80 điểm" in t for t in texts) and not any("68 điểm" in t for t in texts)

    # records follow the documents: the contacts list and the task table of the .docx
    contacts = json.loads((data_dir / "records" / "contacts.json").read_text(encoding="utf-8"))
    assert contacts[0]["records"][0]["fields"]["dien_thoai"] == "0225.326.5616"
    assert json.loads((data_dir / "records" / "tasks.json").read_text(encoding="utf-8")) == []

    reset = ingest([corpus], index, data_dir, reset=True)
    assert sorted(reset.added) == ["lien_he.csv", "plan.txt"]


def test_ingesting_another_path_keeps_what_is_indexed(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    index = KnowledgeIndex.open(data_dir)
    first = tmp_path / "a"
    first.mkdir()
    (first / "a.md").write_text("# Kế hoạch A\n\nCâu thứ nhất của tài liệu A.\n", encoding="utf-8")
    second = tmp_path / "b.txt"
    second.write_text("Tài liệu B có một câu.\n", encoding="utf-8")
    ingest([first], index, data_dir)
    report = ingest([second], index, data_dir)
    assert report.added == ["b.txt"] and report.removed == []
    assert set(index.indexed()) == {"a.md", "b.txt"}
    (first / "a.md").unlink()
    assert ingest([first], index, data_dir).removed == ["a.md"]
    assert set(index.indexed()) == {"b.txt"}


def test_small_knowledge_fixture(small_knowledge_dir: Path) -> None:
    index = KnowledgeIndex.open(small_knowledge_dir)
    docs = index.documents()
    assert docs["kh220_trich.txt"].number == "220/KH-UBND"
    assert docs["kh220_trich.txt"].status == "in_force"
    records = [
        e.chunk for e in index.entries if e.chunk.kind == "record" and e.chunk.doc == "kh220_trich.txt"
    ]
    assert [c.section for c in records][:2] == [
        "Phụ lục I > IV. Chi phí tuân thủ > Nhiệm vụ 42",
        "Phụ lục I > VI. Chính sách hỗ trợ doanh nghiệp và nâng cao chất lượng lao động > Nhiệm vụ 48",
    ]
    assert (
        records[-1].section
        == "Phụ lục I > VII. Động lực tăng trưởng bền vững và đổi mới sáng tạo > Nhiệm vụ 66"
    )
    assert "Cơ quan chủ trì: Bảo hiểm xã hội thành phố." in records[-1].text
    assert index.dense.count() == len(index.entries)
    contacts = json.loads((small_knowledge_dir / "records" / "contacts.json").read_text(encoding="utf-8"))
    assert len(contacts[0]["records"]) == 13
