#!/usr/bin/env python3
"""Measure the assistant on a plan document it has never seen, ingested as .docx.

    .venv/bin/python eval/newdoc/run.py                 # check, build, ingest, eval, score
    .venv/bin/python eval/newdoc/run.py --set b         # the second set (make_docx_b.py, questions_b.jsonl)
    .venv/bin/python eval/newdoc/run.py --set c         # the third set (make_docx_c.py, questions_c.jsonl)
    .venv/bin/python eval/newdoc/run.py --set d         # the fourth set (make_docx_d.py, questions_d.jsonl)
    .venv/bin/python eval/newdoc/run.py --set e         # the fifth and sixth sets, written blind and
    .venv/bin/python eval/newdoc/run.py --set f         # measured once, at the end of a session
    .venv/bin/python eval/newdoc/run.py --set g         # g and h: written blind, held out for the
    .venv/bin/python eval/newdoc/run.py --set h         # next measurement (i and j likewise)
    .venv/bin/python eval/newdoc/run.py --check-only    # only build the .docx and check the dataset
    .venv/bin/python eval/newdoc/run.py --workdir DIR --skip-ingest   # re-ask on an existing index
    .venv/bin/python eval/newdoc/run.py --plain-layout  # ablation: header/closing as paragraphs, not tables

Sixteen sets, each a synthetic document and 40 questions about it: `--set a` (the default) is make_docx.py
(kh_57_gia_vien_2026.docx) with questions.jsonl, `--set b` is make_docx_b.py (bc_38_kien_hai_2026.docx)
with questions_b.jsonl, `--set c` is make_docx_c.py (qd_214_chi_linh_2026.docx) with questions_c.jsonl,
`--set d` is make_docx_d.py (kh_27_sct_xttm_2026.docx) with questions_d.jsonl, `--set e` is
make_docx_e.py (bc_46_sxd_noxh_2026.docx) with questions_e.jsonl and `--set f` is make_docx_f.py
(kh_63_ninh_giang_ocop_2026.docx) with questions_f.jsonl, `--set g` is make_docx_g.py
(kh_19_skhcn_khoi_nghiep_2026.docx) with questions_g.jsonl and `--set h` is make_docx_h.py
(bc_86_bhxh_no_dong_2026.docx) with questions_h.jsonl, `--set i` is make_docx_i.py
(kh_36_snnmt_moi_truong_ccn_2026.docx) and `--set j` is make_docx_j.py (bc_112_dong_hai_logistics_2026.docx)
with their questions; k to p likewise (make_docx_k.py … make_docx_p.py, questions_k.jsonl …
questions_p.jsonl; the table SETS below names each document). Each set is measured blind once before any
change is drawn from it (eval/newdoc/README.md records both figures).
Steps, for the chosen set:
1. copy the shipped corpus (knowledge/corpus, with its data/ folder) into <workdir>/corpus and write the
   synthetic document there with the set's builder;
2. check the set's questions against the text python-docx extracts from the .docx (the way
   ingest/parsers.py reads it: body paragraphs and table cells in order): every gold snippet must lie
   inside one paragraph or one table cell (after NFC and whitespace collapsing, case kept), every
   answer fact must occur in the text (after NFC, lower-casing and whitespace collapsing), a
   `refuse`/`support` item has no gold; the check also runs on ingest's own parser when it imports;
3. `trolyao ingest <workdir>/corpus` with TROLYAO_DATA_DIR=<workdir>/data and HF_HUB_OFFLINE=1;
4. `trolyao eval --dataset <the set's questions> --answers <workdir>/answers.jsonl --json`
   (written to <workdir>/eval.json) and, when present, the reference scorer
   ../shared/eval/score.py on the same answers (<workdir>/score.json).

The workdir defaults to a fresh temporary folder (kept, its path printed).
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import unicodedata
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
CORPUS = REPO / "knowledge" / "corpus"
SCORER = REPO.parent / "shared" / "eval" / "score.py"  # the shared scorer beside the repository
TROLYAO = REPO / ".venv" / "bin" / "trolyao"

sys.path.insert(0, str(HERE))


@dataclass(frozen=True)
class EvalSet:
    """A synthetic document and the questions about it."""

    builder: str  # a module beside this file with DOC_NAME and build(out, *, plain=False) -> Path
    dataset: Path


SETS: dict[str, EvalSet] = {
    "a": EvalSet("make_docx", HERE / "questions.jsonl"),  # plan 57/KH-UBND, phường Gia Viên
    "b": EvalSet("make_docx_b", HERE / "questions_b.jsonl"),  # report 38/BC-UBND, xã Kiến Hải
    "c": EvalSet("make_docx_c", HERE / "questions_c.jsonl"),  # decision 214/QĐ-UBND, phường Chí Linh
    "d": EvalSet("make_docx_d", HERE / "questions_d.jsonl"),  # plan 27/KH-SCT, Sở Công Thương
    "e": EvalSet("make_docx_e", HERE / "questions_e.jsonl"),  # report 46/BC-SXD, Sở Xây dựng
    "f": EvalSet("make_docx_f", HERE / "questions_f.jsonl"),  # plan 63/KH-UBND, xã Ninh Giang
    "g": EvalSet("make_docx_g", HERE / "questions_g.jsonl"),  # plan 19/KH-SKHCN, Sở KH&CN
    "h": EvalSet("make_docx_h", HERE / "questions_h.jsonl"),  # report 86/BC-BHXH, BHXH thành phố
    "i": EvalSet("make_docx_i", HERE / "questions_i.jsonl"),  # plan 36/KH-SNNMT, Sở NN&MT
    "j": EvalSet("make_docx_j", HERE / "questions_j.jsonl"),  # report 112/BC-UBND, phường Đông Hải
    "k": EvalSet("make_docx_k", HERE / "questions_k.jsonl"),  # plan 58/KH-STP, Sở Tư pháp (held out)
    "l": EvalSet("make_docx_l", HERE / "questions_l.jsonl"),  # plan 91/KH-UBND, xã Thanh Hà (held out)
    "m": EvalSet("make_docx_m", HERE / "questions_m.jsonl"),  # plan 163/KH-HPH, Thuế thành phố (held out)
    "n": EvalSet("make_docx_n", HERE / "questions_n.jsonl"),  # decision 247/QĐ-UBND, phường Đồ Sơn (held out)
    "o": EvalSet("make_docx_o", HERE / "questions_o.jsonl"),  # report 129/BC-SYT, Sở Y tế
    "p": EvalSet("make_docx_p", HERE / "questions_p.jsonl"),  # plan 74/KH-UBND, đặc khu Cát Hải
    "q": EvalSet("make_docx_q", HERE / "questions_q.jsonl"),  # plan 126/KH-SNV, Sở Nội vụ (held out)
    "r": EvalSet("make_docx_r", HERE / "questions_r.jsonl"),  # report 45/BC-UBND, phường Hồng Bàng (held out)
}


def collapse(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text or "")).strip()


def docx_blocks(path: Path) -> list[str]:
    """Body paragraphs and table cells of the .docx, in document order (as ingest/parsers.py walks it)."""
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    document = docx.Document(str(path))
    blocks: list[str] = []
    for child in document.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            text = collapse(Paragraph(child, document).text)
            if text:
                blocks.append(text)
        elif tag == "tbl":
            for row in Table(child, document).rows:
                for cell in row.cells:
                    text = collapse(cell.text)
                    if text:
                        blocks.append(text)
    return blocks


def ingest_blocks(path: Path) -> list[str] | None:
    """The same blocks through ingest's own parser (None when it does not import)."""
    try:
        sys.path.insert(0, str(REPO))
        from ingest.blocks import Paragraph, Table
        from ingest.parsers import parse_docx
    except Exception:
        return None
    out: list[str] = []
    for block in parse_docx(path).blocks:
        if isinstance(block, Table):
            out.extend(collapse(c) for row in [block.header, *block.rows] for c in row if c)
        elif isinstance(block, Paragraph):
            out.append(collapse(block.text))
        else:
            out.append(collapse(getattr(block, "text", "")))
    return out


def check(dataset: list[dict], docx_path: Path) -> list[str]:
    problems: list[str] = []
    doc_name = docx_path.name
    sources = {"python-docx": docx_blocks(docx_path)}
    parsed = ingest_blocks(docx_path)
    if parsed is not None:
        sources["ingest.parsers"] = parsed
    ids = set()
    for item in dataset:
        iid = item["id"]
        if iid in ids:
            problems.append(f"{iid}: duplicate id")
        ids.add(iid)
        for key in ("id", "question", "kind", "route", "answer_facts", "gold"):
            if key not in item:
                problems.append(f"{iid}: no {key}")
        if item["route"] not in ("answer", "support", "refuse"):
            problems.append(f"{iid}: route {item['route']}")
        if item["route"] != "answer" and (item["gold"] or item["answer_facts"]):
            problems.append(f"{iid}: a {item['route']} item has gold or facts")
        if item["route"] == "answer" and not (item["gold"] and item["answer_facts"]):
            problems.append(f"{iid}: an answer item needs gold and facts")
        for label, blocks in sources.items():
            full = " ".join(blocks).lower()
            for gold in item["gold"]:
                if gold["doc"] != doc_name:
                    problems.append(f"{iid}: gold doc {gold['doc']} is not {doc_name}")
                snippet = collapse(gold["snippet"])
                if not any(snippet in b for b in blocks):
                    problems.append(f"{iid} [{label}]: snippet not in one paragraph/cell: {snippet!r}")
            for fact in item["answer_facts"]:
                if collapse(fact).lower() not in full:
                    problems.append(f"{iid} [{label}]: answer fact not in the text: {fact!r}")
    return problems


def run(cmd: list[str], env: dict[str, str], out: Path | None = None) -> int:
    print("$", " ".join(cmd), flush=True)
    started = time.monotonic()
    if out is None:
        code = subprocess.call(cmd, env=env, cwd=REPO)
    else:
        with out.open("w", encoding="utf-8") as f:
            code = subprocess.call(cmd, env=env, cwd=REPO, stdout=f)
    print(f"  exit {code} in {time.monotonic() - started:.0f} s", flush=True)
    return code


def headline(result: dict) -> str:
    from knowledge.evaluation import HEADLINE  # the venv's package: the same figures as `trolyao eval`

    return "  ".join(f"{k}={result.get(k)}" for k in ("n", *HEADLINE) if not k.startswith("latency"))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument(
        "--workdir", type=Path, help="where corpus/, data/ and the answers go (default: a new temp dir)"
    )
    ap.add_argument(
        "--check-only", action="store_true", help="build the .docx and check the dataset, nothing else"
    )
    ap.add_argument(
        "--set",
        choices=sorted(SETS),
        default="a",
        help="a: kh_57_gia_vien_2026.docx + questions.jsonl (default); b: bc_38_kien_hai_2026.docx + "
        "questions_b.jsonl; c: qd_214_chi_linh_2026.docx + questions_c.jsonl; d: kh_27_sct_xttm_2026.docx + "
        "questions_d.jsonl; e … n: the other synthetic documents (eval/newdoc/README.md)",
    )
    ap.add_argument("--skip-ingest", action="store_true", help="reuse <workdir>/data (ingested before)")
    ap.add_argument(
        "--plain-layout",
        action="store_true",
        help="ablation: ingest the variant whose header and closing are paragraphs, not tables "
        "(the dataset is still checked against the default layout)",
    )
    args = ap.parse_args()
    chosen = SETS[args.set]
    builder = importlib.import_module(chosen.builder)

    work = (args.workdir or Path(tempfile.mkdtemp(prefix="trolyao-newdoc-"))).resolve()
    corpus, data = work / "corpus", work / "data"
    work.mkdir(parents=True, exist_ok=True)
    print(f"workdir: {work}")
    if not args.skip_ingest:
        if corpus.exists():
            shutil.rmtree(corpus)
        shutil.copytree(CORPUS, corpus)
    docx_path = builder.build(work / "check" / builder.DOC_NAME)

    dataset = [
        json.loads(line) for line in chosen.dataset.read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    problems = check(dataset, docx_path)
    for p in problems:
        print("CHECK:", p)
    if problems:
        return 2
    routes = {r: sum(1 for d in dataset if d["route"] == r) for r in ("answer", "refuse", "support")}
    print(f"check ok: {len(dataset)} items {routes}; every snippet and fact is in the .docx text")
    if args.check_only:
        return 0
    if not args.skip_ingest:
        builder.build(corpus / builder.DOC_NAME, plain=args.plain_layout)

    env = dict(os.environ, TROLYAO_DATA_DIR=str(data), HF_HUB_OFFLINE="1")
    if not args.skip_ingest:
        if data.exists():
            shutil.rmtree(data)
        if run([str(TROLYAO), "ingest", str(corpus)], env) != 0:
            return 1
    answers = work / "answers.jsonl"
    code = run(
        [str(TROLYAO), "eval", "--dataset", str(chosen.dataset), "--answers", str(answers), "--json"],
        env,
        out=work / "eval.json",
    )
    try:
        print("trolyao eval:  ", headline(json.loads((work / "eval.json").read_text(encoding="utf-8"))))
    except (OSError, ValueError) as exc:
        print(f"trolyao eval output unreadable ({exc}); see {work / 'eval.json'}")
    if SCORER.is_file() and answers.is_file():
        run(
            [
                sys.executable,
                str(SCORER),
                "--dataset",
                str(chosen.dataset),
                "--answers",
                str(answers),
                "--json",
            ],
            env,
            out=work / "score.json",
        )
        # score.py --json prints the JSON object, then its one-line headline
        result, _ = json.JSONDecoder().raw_decode((work / "score.json").read_text(encoding="utf-8"))
        print("score.py:      ", headline(result))
        for f in result["failures"]:
            print(f"  {f['id']} ({f['kind']}): {'; '.join(f['problems'])}")
    print(f"outputs: {work}/eval.json {work}/score.json {answers}")
    return code


if __name__ == "__main__":
    sys.exit(main())
