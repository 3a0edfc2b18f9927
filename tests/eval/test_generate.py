"""The generated set's builder: deterministic output and the check that keeps it apart from the
evaluation sets it must not be fitted to."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def generate() -> ModuleType:
    spec = importlib.util.spec_from_file_location("eval_generate", ROOT / "eval" / "generate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["eval_generate"] = module
    spec.loader.exec_module(module)
    return module


def test_wording_overlap_counts_shared_three_word_runs(generate: ModuleType) -> None:
    same = generate.wording_overlap(
        "Lệ phí cấp giấy phép xây dựng nhà xưởng là bao nhiêu?",
        "le phi cap giay phep xay dung nha xuong la bao nhieu vay",
    )
    apart = generate.wording_overlap(
        "Lệ phí cấp giấy phép xây dựng nhà xưởng là bao nhiêu?",
        "Trung tâm phục vụ hành chính công mở cửa mấy giờ?",
    )
    assert same == 1.0
    assert apart == 0.0


def test_avoid_fails_on_an_item_asked_again(
    generate: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert generate.main(["--out", str(tmp_path / "gen")]) == 0
    first = json.loads((tmp_path / "gen" / "test.jsonl").read_text("utf-8").splitlines()[0])
    avoided = tmp_path / "avoid.jsonl"
    reworded = {"id": "A1", "question": first["question"].lower() + " vậy ạ", "gold": []}
    avoided.write_text(json.dumps(reworded, ensure_ascii=False) + "\n", "utf-8")
    assert generate.main(["--out", str(tmp_path / "again"), "--avoid", str(avoided)]) == 1
    err = capsys.readouterr().err
    assert f"{first['id']} ~ A1 (same wording)" in err


def test_committed_split_is_what_the_generator_writes(generate: ModuleType, tmp_path: Path) -> None:
    assert generate.main(["--out", str(tmp_path)]) == 0
    for split in ("tune", "test"):
        committed = (ROOT / "eval" / "generated" / f"{split}.jsonl").read_bytes()
        assert (tmp_path / f"{split}.jsonl").read_bytes() == committed
    tune, test = (
        [json.loads(x) for x in (tmp_path / f"{split}.jsonl").read_text("utf-8").splitlines()]
        for split in ("tune", "test")
    )
    assert tune and test
    assert not {i["group"] for i in tune} & {i["group"] for i in test}  # documents and entities apart


def test_a_six_word_run_is_a_copy_unless_the_documents_use_it(generate: ModuleType) -> None:
    avoid = [{"id": "A1", "question": "Quán cà phê sân vườn của tôi bên bờ sông cần giấy gì?"}]
    documents = ["Cơ sở kinh doanh quán cà phê sân vườn của tôi bên bờ biển."]
    runs = generate.question_runs(avoid, documents)
    assert "quán cà phê sân vườn của tôi" not in runs  # the documents' own phrase
    assert runs["của tôi bên bờ sông cần"] == "A1"
    assert generate.copied_runs("Hỏi: nhà của tôi bên bờ sông cần sửa", runs) == {
        "của tôi bên bờ sông cần": "A1"
    }
    assert generate.copied_runs("Nhà tôi bên sông cần giấy gì?", runs) == {}


SHARED_EVAL = ROOT.parent / "shared" / "eval"


@pytest.mark.skipif(not SHARED_EVAL.is_dir(), reason="the shared evaluation sets are not beside the repo")
def test_no_file_of_the_repository_repeats_an_evaluation_question(generate: ModuleType) -> None:
    avoid = [
        json.loads(line)
        for path in sorted(SHARED_EVAL.glob("*.jsonl"))
        for line in path.read_text("utf-8").splitlines()
        if line.strip()
    ]
    shared = ROOT.parent / "shared"
    documents = [
        p.read_text("utf-8", errors="ignore")
        for folder in (shared / "corpus", shared / "data")
        for p in sorted(folder.iterdir())
        if p.is_file()
    ]
    runs = generate.question_runs(avoid, documents)
    listed = subprocess.run(
        ["git", "-C", str(ROOT), "ls-files", "*.py", "*.json", "*.jsonl", "*.txt", "*.md"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    copies = {
        name: sorted(set(found.values()))
        for name in listed
        if "corpus/" not in name
        for found in [copied_in(generate, ROOT / name, runs)]
        if found
    }
    assert copies == {}


def copied_in(generate: ModuleType, path: Path, runs: dict[str, str]) -> dict[str, str]:
    try:
        text = path.read_text("utf-8")
    except (OSError, UnicodeDecodeError):
        return {}
    found: dict[str, str] = generate.copied_runs(text, runs)
    return found
