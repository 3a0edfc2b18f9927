from __future__ import annotations

import json
from pathlib import Path

import pytest

from api.cli import main
from tests.fixtures_knowledge import write_small_corpus


def test_ingest_command_reports_and_skips_broken_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = write_small_corpus(tmp_path / "corpus")
    (corpus / "hong.docx").write_bytes(b"PK\x03\x04 broken")
    monkeypatch.setenv("TROLYAO_DATA_DIR", str(tmp_path / "data"))
    assert main(["ingest", str(corpus)]) == 0
    out, err = capsys.readouterr()
    assert "Đã lập chỉ mục: 3 tài liệu mới" in out
    assert "Bỏ qua: Không đọc được tệp hong.docx" in err

    assert main(["ingest", str(corpus), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["added"] == [] and sorted(report["unchanged"]) == [
        "bc_9thang_2024_trich.txt",
        "contacts_haiphong.csv",
        "kh220_trich.txt",
    ]
    assert report["errors"][0][0] == "hong.docx"

    assert main(["duties", "Cục Thuế", "--json"]) == 0
    duties = json.loads(capsys.readouterr().out)
    assert duties["agency"] == "Thuế thành phố"
    assert [t["number"] for t in duties["tasks"] if t["role"] == "lead"] == ["42", "48"]
    assert main(["duties", "bao hiem xa hoi thanh pho"]) == 0
    assert "Nhiệm vụ 66 – Động lực tăng trưởng bền vững và đổi mới sáng tạo" in capsys.readouterr().out
    assert main(["duties", "Bộ Quốc phòng"]) == 1
    assert "Không tìm thấy cơ quan “Bộ Quốc phòng”" in capsys.readouterr().out


def test_missing_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("TROLYAO_DATA_DIR", str(tmp_path / "data"))
    assert main(["ingest", str(tmp_path / "khong-co")]) == 2
    assert "Không tìm thấy" in capsys.readouterr().err
    assert main(["duties", "  "]) == 2
    assert "Cần nhập tên cơ quan" in capsys.readouterr().err
