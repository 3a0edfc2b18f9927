# ruff: noqa
# Verbatim copy of shared/eval/score.py: the reference our knowledge/evaluation.py must agree with.
#!/usr/bin/env python3
"""Score answers against an eval set (rules in README.md beside this file).

    trolyao ask --jsonl < questions.txt > answers.jsonl
    python score.py --dataset dev.jsonl --answers answers.jsonl [--json] [--min hit@5=0.9 ...]

Answers are the assistant's answer objects, one JSON object per line, in the order of the dataset
(each "question" must equal the dataset's). Standard library only.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import unicodedata
from collections import defaultdict


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text or "").lower()).strip()


def snippet_keys(snippet: str) -> list[str]:
    s = norm(snippet)
    return [s, s[:40], s[-40:]] if len(s) > 40 else [s]


SOURCE_CHARS = 1200  # a source counts up to this many characters: a whole document is no citation


def first_hit_rank(sources: list[dict], gold: list[dict], k: int = 10) -> int | None:
    keys = [key for g in gold for key in snippet_keys(g["snippet"])]
    for rank, src in enumerate(sources[:k], start=1):
        text = norm(src.get("text", ""))[:SOURCE_CHARS]
        if any(key and key in text for key in keys):
            return rank
    return None


def effective_route(route: str | None) -> str:
    return "answer" if route == "duties" else (route or "")


def score(dataset: list[dict], answers: list[dict]) -> dict:
    if len(dataset) != len(answers):
        raise SystemExit(f"{len(dataset)} questions but {len(answers)} answers")
    hits = {1: 0, 3: 0, 5: 0, 10: 0}
    rr_sum = 0.0
    n_retrieval = n_fact = fact_ok = route_ok = 0
    refuse_tp = refuse_pred = refuse_gold = 0
    support_tp = support_pred = support_gold = 0
    latencies: list[float] = []
    by_kind: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    failures: list[dict] = []
    for item, ans in zip(dataset, answers):
        if norm(ans.get("question", "")) != norm(item["question"]):
            raise SystemExit(f"answer out of order at {item['id']}: {ans.get('question')!r}")
        kind = by_kind[item.get("kind", "?")]
        kind["n"] += 1
        pred = effective_route(ans.get("route"))
        gold_route = item["route"]
        route_ok += pred == gold_route
        kind["route_ok"] += pred == gold_route
        refuse_gold += gold_route == "refuse"
        refuse_pred += pred == "refuse"
        refuse_tp += gold_route == pred == "refuse"
        support_gold += gold_route == "support"
        support_pred += pred == "support"
        support_tp += gold_route == pred == "support"
        if isinstance(ans.get("latency_ms"), (int, float)):
            latencies.append(float(ans["latency_ms"]))
        problems = []
        if gold_route != pred:
            problems.append(f"route {pred or '-'} (want {gold_route})")
        if item.get("gold"):
            n_retrieval += 1
            kind["n_retrieval"] += 1
            rank = first_hit_rank(ans.get("sources") or [], item["gold"])
            for k in hits:
                if rank is not None and rank <= k:
                    hits[k] += 1
                    if k == 5:
                        kind["hit5"] += 1
            rr_sum += 1.0 / rank if rank else 0.0
            if rank is None or rank > 5:
                problems.append(f"gold passage rank {rank or '>10'}")
        if gold_route == "answer" and item.get("answer_facts"):
            n_fact += 1
            kind["n_fact"] += 1
            text = norm(ans.get("answer", ""))
            missing = [f for f in item["answer_facts"] if norm(f) not in text]
            if not missing and pred == "answer":
                fact_ok += 1
                kind["fact_ok"] += 1
            else:
                problems.append("missing facts " + json.dumps(missing, ensure_ascii=False))
        if problems:
            failures.append({"id": item["id"], "kind": item.get("kind"), "problems": problems})

    def ratio(a: float, b: float) -> float | None:
        return round(a / b, 4) if b else None

    result = {
        "n": len(dataset),
        "hit@1": ratio(hits[1], n_retrieval),
        "hit@3": ratio(hits[3], n_retrieval),
        "hit@5": ratio(hits[5], n_retrieval),
        "hit@10": ratio(hits[10], n_retrieval),
        "mrr@10": ratio(rr_sum, n_retrieval),
        "fact": ratio(fact_ok, n_fact),
        "route": ratio(route_ok, len(dataset)),
        "refuse_p": ratio(refuse_tp, refuse_pred),
        "refuse_r": ratio(refuse_tp, refuse_gold),
        "support_p": ratio(support_tp, support_pred),
        "support_r": ratio(support_tp, support_gold),
        "latency_ms_p50": round(statistics.median(latencies), 1) if latencies else None,
        "latency_ms_p95": round(sorted(latencies)[int(0.95 * (len(latencies) - 1))], 1)
        if latencies
        else None,
        "by_kind": {
            k: {
                "n": int(v["n"]),
                "hit@5": ratio(v["hit5"], v["n_retrieval"]),
                "fact": ratio(v["fact_ok"], v["n_fact"]),
                "route": ratio(v["route_ok"], v["n"]),
            }
            for k, v in sorted(by_kind.items())
        },
        "failures": failures,
    }
    return result


def read_jsonl(path: str) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


HEADLINE = [
    "hit@1",
    "hit@5",
    "mrr@10",
    "fact",
    "route",
    "refuse_p",
    "refuse_r",
    "support_p",
    "support_r",
    "latency_ms_p50",
    "latency_ms_p95",
]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dataset", required=True)
    ap.add_argument("--answers", required=True, help="answer objects, one JSON per line ('-' for stdin)")
    ap.add_argument("--json", action="store_true", help="print the full result as JSON")
    ap.add_argument(
        "--min",
        action="append",
        default=[],
        metavar="METRIC=VALUE",
        help="fail (exit 1) when METRIC is below VALUE; repeatable",
    )
    args = ap.parse_args()
    answers = (
        [json.loads(l) for l in sys.stdin if l.strip()] if args.answers == "-" else read_jsonl(args.answers)
    )
    result = score(read_jsonl(args.dataset), answers)
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=1))
    else:
        for f in result["failures"]:
            print(f"{f['id']:6} {f['kind'] or '':15} " + "; ".join(f["problems"]))
        print()
        for kind, v in result["by_kind"].items():
            print(f"{kind:16} n={v['n']:3}  hit@5={v['hit@5']}  fact={v['fact']}  route={v['route']}")
    short = []
    for spec in args.min:
        metric, _, value = spec.partition("=")
        got = result.get(metric)
        if got is None or got < float(value):
            short.append(f"{metric}={got} < {value}")
    print(" ".join(f"{m}={result[m]}" for m in HEADLINE))
    if short:
        print("BELOW: " + ", ".join(short))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
