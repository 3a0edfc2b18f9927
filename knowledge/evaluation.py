"""Scoring of answers against an eval set, by the rules of ../shared/eval/README.md (beside the repository).

The figures must equal those of ../shared/eval/score.py on the same answers
(tests/knowledge/test_evaluation.py checks it).
"""

from __future__ import annotations

import json
import statistics
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from knowledge.text import collapse

SOURCE_CHARS = 1200  # a source counts up to this many characters
HEADLINE = (
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
)


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def snippet_keys(snippet: str) -> list[str]:
    s = collapse(snippet)
    return [s, s[:40], s[-40:]] if len(s) > 40 else [s]


def first_hit_rank(sources: Iterable[dict[str, Any]], gold: list[dict[str, Any]], k: int = 10) -> int | None:
    keys = [key for g in gold for key in snippet_keys(g["snippet"])]
    for rank, src in enumerate(list(sources)[:k], start=1):
        text = collapse(src.get("text", ""))[:SOURCE_CHARS]
        if any(key and key in text for key in keys):
            return rank
    return None


def effective_route(route: str | None) -> str:
    return "answer" if route == "duties" else (route or "")


def _ratio(a: float, b: float) -> float | None:
    return round(a / b, 4) if b else None


class _Tally:
    def __init__(self) -> None:
        self.hits = {1: 0, 3: 0, 5: 0, 10: 0}
        self.rr_sum = 0.0
        self.n_retrieval = self.n_fact = self.fact_ok = self.route_ok = 0
        self.refuse = [0, 0, 0]  # true positives, predicted, gold
        self.support = [0, 0, 0]
        self.latencies: list[float] = []
        self.by_kind: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
        self.failures: list[dict[str, Any]] = []
        # per refusal reason and guardrail: how often it refused, and how often rightly
        self.by_guard: dict[str, list[int]] = defaultdict(lambda: [0, 0])

    def add(self, item: dict[str, Any], ans: dict[str, Any]) -> None:
        kind = self.by_kind[item.get("kind", "?")]
        kind["n"] += 1
        pred = effective_route(ans.get("route"))
        gold_route = item["route"]
        self.route_ok += pred == gold_route
        kind["route_ok"] += pred == gold_route
        for name, counts in (("refuse", self.refuse), ("support", self.support)):
            counts[0] += gold_route == pred == name
            counts[1] += pred == name
            counts[2] += gold_route == name
        if pred == "refuse":
            record = ans.get("record") if isinstance(ans.get("record"), dict) else {}
            step = (record or {}).get("guardrail") or ans.get("kind") or "look-up"
            guard = f"{ans.get('reason') or '-'}/{step}"
            self.by_guard[guard][0] += 1
            self.by_guard[guard][1] += gold_route == "refuse"
        if isinstance(ans.get("latency_ms"), int | float):
            self.latencies.append(float(ans["latency_ms"]))
        problems: list[str] = []
        if gold_route != pred:
            problems.append(f"route {pred or '-'} (want {gold_route})")
        if item.get("gold"):
            self._retrieval(item, ans, kind, problems)
        if gold_route == "answer" and item.get("answer_facts"):
            self.n_fact += 1
            kind["n_fact"] += 1
            text = collapse(ans.get("answer", ""))
            missing = [f for f in item["answer_facts"] if collapse(f) not in text]
            if not missing and pred == "answer":
                self.fact_ok += 1
                kind["fact_ok"] += 1
            else:
                problems.append("missing facts " + json.dumps(missing, ensure_ascii=False))
        if problems:
            self.failures.append({"id": item["id"], "kind": item.get("kind"), "problems": problems})

    def _retrieval(
        self, item: dict[str, Any], ans: dict[str, Any], kind: dict[str, float], problems: list[str]
    ) -> None:
        self.n_retrieval += 1
        kind["n_retrieval"] += 1
        rank = first_hit_rank(ans.get("sources") or [], item["gold"])
        for k in self.hits:
            if rank is not None and rank <= k:
                self.hits[k] += 1
                if k == 5:
                    kind["hit5"] += 1
        self.rr_sum += 1.0 / rank if rank else 0.0
        if rank is None or rank > 5:
            problems.append(f"gold passage rank {rank or '>10'}")

    def result(self, n: int) -> dict[str, Any]:
        lat = self.latencies
        return {
            "n": n,
            **{f"hit@{k}": _ratio(v, self.n_retrieval) for k, v in self.hits.items()},
            "mrr@10": _ratio(self.rr_sum, self.n_retrieval),
            "fact": _ratio(self.fact_ok, self.n_fact),
            "route": _ratio(self.route_ok, n),
            "refuse_p": _ratio(self.refuse[0], self.refuse[1]),
            "refuse_r": _ratio(self.refuse[0], self.refuse[2]),
            "support_p": _ratio(self.support[0], self.support[1]),
            "support_r": _ratio(self.support[0], self.support[2]),
            "latency_ms_p50": round(statistics.median(lat), 1) if lat else None,
            "latency_ms_p95": round(sorted(lat)[int(0.95 * (len(lat) - 1))], 1) if lat else None,
            "by_kind": {
                k: {
                    "n": int(v["n"]),
                    "hit@5": _ratio(v["hit5"], v["n_retrieval"]),
                    "fact": _ratio(v["fact_ok"], v["n_fact"]),
                    "route": _ratio(v["route_ok"], v["n"]),
                }
                for k, v in sorted(self.by_kind.items())
            },
            "by_guardrail": {
                k: {"refused": v[0], "rightly": v[1], "precision": _ratio(v[1], v[0])}
                for k, v in sorted(self.by_guard.items())
            },
            "failures": self.failures,
        }


class EvalMismatchError(ValueError):
    """The answers do not line up with the dataset."""


def score(dataset: list[dict[str, Any]], answers: list[dict[str, Any]]) -> dict[str, Any]:
    if len(dataset) != len(answers):
        raise EvalMismatchError(f"{len(dataset)} câu hỏi nhưng {len(answers)} câu trả lời")
    tally = _Tally()
    for item, ans in zip(dataset, answers, strict=True):
        if collapse(ans.get("question", "")) != collapse(item["question"]):
            raise EvalMismatchError(f"câu trả lời lệch thứ tự tại {item['id']}")
        tally.add(item, ans)
    return tally.result(len(dataset))


def report_lines(result: dict[str, Any]) -> list[str]:
    """The text report: failures, the per-kind breakdown, then the headline figures."""
    out = [f"{f['id']:6} {f['kind'] or '':15} " + "; ".join(f["problems"]) for f in result["failures"]]
    out.append("")
    for kind, v in result["by_kind"].items():
        out.append(f"{kind:16} n={v['n']:3}  hit@5={v['hit@5']}  fact={v['fact']}  route={v['route']}")
    for guard, v in result.get("by_guardrail", {}).items():
        out.append(
            f"refused by {guard:40} {v['refused']:3}  rightly {v['rightly']:3}  precision={v['precision']}"
        )
    out.append(" ".join(f"{m}={result[m]}" for m in HEADLINE))
    return out
