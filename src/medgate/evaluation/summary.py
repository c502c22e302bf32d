"""A run's figures, per model and per pair, computed from the stored results (no model calls).

Per model: items answered, accuracy (or mean rubric score) with a 95% percentile bootstrap
interval, unparseable answers (counted wrong, reported apart), errors (not counted: a rerun
retries them), cost per 100 items, p50/p95 latency and mean tokens. Per pair of models, over the
items both answered: the difference with a paired bootstrap interval and p-value, and the exact
McNemar test for right/wrong items.
"""

from __future__ import annotations

import itertools
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from medgate.evaluation.stats import (
    Interval,
    McNemar,
    bootstrap_mean,
    mcnemar_exact,
    paired_difference,
    percentile,
)
from medgate.evaluation.store import EvalStore, RunInfo


@dataclass
class ModelSummary:
    model: str
    card_id: str | None
    deployment: str | None
    metric: str  # "accuracy" or "rubric score"
    n: int  # items answered (unparseable included)
    errors: int
    score: Interval | None
    correct: int | None
    unparseable: int
    unparseable_rate: float | None
    invalid: int  # unparseable answers that named a letter that is not an option
    cost_usd: float | None  # the model's calls; None when any price is unknown
    cost_per_100_usd: float | None
    judge_cost_usd: float | None
    latency_p50_ms: float | None
    latency_p95_ms: float | None
    prompt_tokens_mean: float | None
    completion_tokens_mean: float | None
    reasoning_tokens_mean: float | None
    rules: dict[str, int] = field(default_factory=dict)


@dataclass
class PairSummary:
    a: str
    b: str
    n: int
    difference: Interval
    bootstrap_p: float
    mcnemar: McNemar | None


@dataclass
class Report:
    run: RunInfo
    items: int
    models: list[ModelSummary]
    pairs: list[PairSummary]
    notes: list[str]


def _mean(values: list[Any]) -> float | None:
    known = [v for v in values if v is not None]
    return sum(known) / len(known) if known else None


def _model(meta: dict[str, Any], rows: list[dict[str, Any]], metric: str) -> ModelSummary:
    ok = [r for r in rows if r["status"] == "ok"]
    scores = [float(r["score"]) for r in ok]
    unparseable = [r for r in ok if r["parse_rule"] is None] if metric == "accuracy" else []
    costs = [r["cost_usd"] for r in ok]
    cost = float(sum(costs)) if ok and all(c is not None for c in costs) else None
    judge = [r["judge_cost_usd"] for r in ok]
    latencies = [r["latency_ms"] for r in ok if r["latency_ms"] is not None]
    return ModelSummary(
        model=meta["model"], card_id=meta.get("card_id"), deployment=meta.get("deployment"), metric=metric,
        n=len(ok), errors=len(rows) - len(ok), score=bootstrap_mean(scores) if scores else None,
        correct=sum(1 for r in ok if r["correct"]) if metric == "accuracy" else None,
        unparseable=len(unparseable), unparseable_rate=len(unparseable) / len(ok) if ok and metric == "accuracy" else None,
        invalid=sum(1 for r in unparseable if r["invalid"]),
        cost_usd=cost, cost_per_100_usd=100 * cost / len(ok) if cost is not None else None,
        judge_cost_usd=float(sum(judge)) if metric != "accuracy" and ok and all(j is not None for j in judge) else None,
        latency_p50_ms=percentile(latencies, 50), latency_p95_ms=percentile(latencies, 95),
        prompt_tokens_mean=_mean([r["prompt_tokens"] for r in ok]),
        completion_tokens_mean=_mean([r["completion_tokens"] for r in ok]),
        reasoning_tokens_mean=_mean([r["reasoning_tokens"] for r in ok]),
        rules=dict(Counter(r["parse_rule"] or "unparseable" for r in ok)) if metric == "accuracy" else {},
    )


def _pair(a: str, b: str, by_model: dict[str, dict[str, dict[str, Any]]], metric: str) -> PairSummary | None:
    common = sorted(by_model[a].keys() & by_model[b].keys())
    if not common:
        return None
    xa = [float(by_model[a][i]["score"]) for i in common]
    xb = [float(by_model[b][i]["score"]) for i in common]
    diff, p = paired_difference(xa, xb)
    mc = mcnemar_exact([x == 1.0 for x in xa], [x == 1.0 for x in xb]) if metric == "accuracy" else None
    return PairSummary(a, b, len(common), diff, p, mc)


def summarise(store: EvalStore, ref: str) -> Report:
    run = store.run(ref)
    rows = store.results(run.id)
    metric = "rubric score" if rows and all(r["expected"] is None for r in rows) else "accuracy"
    models = store.models(run.id)
    per: dict[str, list[dict[str, Any]]] = {m["model"]: [] for m in models}
    for r in rows:
        per.setdefault(r["model"], []).append(r)
    summaries = [_model(m, per[m["model"]], metric) for m in models]
    answered = {m: {r["item_id"]: r for r in rs if r["status"] == "ok"} for m, rs in per.items()}
    pairs = [p for a, b in itertools.combinations(per, 2) if (p := _pair(a, b, answered, metric))]
    notes = []
    if len({s.n for s in summaries}) > 1:
        notes.append("models answered different numbers of items: each model's figures use its own items; "
                     "the pairwise comparisons use only the items both answered")
    if failed := [f"{s.model} ({s.errors})" for s in summaries if s.errors]:
        notes.append(f"items that failed (not scored): {', '.join(failed)}; rerun the same `medgate eval run` "
                     "command to retry them")
    if metric == "accuracy":
        notes.append("unparseable answers count as wrong and are also reported apart")
    items = len({r["item_id"] for r in rows})
    return Report(run=run, items=items, models=summaries, pairs=pairs, notes=notes)
