"""Turn the benchmark's per-run records into medians, same-run ratios and the printed table."""

from __future__ import annotations

import math
import statistics
from collections.abc import Callable, Sequence
from typing import Any

Record = dict[str, Any]
TARGETS = ("direct", "medgate-base", "medgate", "medgate-gov", "litellm")
ADDED_P50_TARGET_MS = 1.0
RPS_RATIO_TARGET = 10.0

# (label, test, getter) rows of the main table
Getter = Callable[[Record], float]


def _lat(key: str, pct: str) -> Getter:
    return lambda r: float(r["result"].get(key, {}).get(pct, math.nan))


def _field(key: str) -> Getter:
    return lambda r: float(r.get(key, math.nan))


def _rps(r: Record) -> float:
    return float(r["result"].get("rps", math.nan))


ROWS: tuple[tuple[str, str, Getter], ...] = (
    ("non-stream c=1   p50 ms", "ns_c1", _lat("latency_ms", "p50")),
    ("non-stream c=1   p99 ms", "ns_c1", _lat("latency_ms", "p99")),
    ("non-stream c=1   CPU ms/req", "ns_c1", _field("cpu_ms_per_req")),
    ("non-stream c=16  req/s", "ns_c16", _rps),
    ("non-stream c=16  p50 ms", "ns_c16", _lat("latency_ms", "p50")),
    ("non-stream c=16  p99 ms", "ns_c16", _lat("latency_ms", "p99")),
    ("non-stream c=16  CPU ms/req", "ns_c16", _field("cpu_ms_per_req")),
    ("stream c=1  first event p50 ms", "st_c1", _lat("first_event_ms", "p50")),
    ("stream c=1  first event p99 ms", "st_c1", _lat("first_event_ms", "p99")),
    ("stream c=1  end p50 ms", "st_c1", _lat("latency_ms", "p50")),
    ("stream c=1  end p99 ms", "st_c1", _lat("latency_ms", "p99")),
    ("stream c=1  CPU ms/stream", "st_c1", _field("cpu_ms_per_req")),
    ("stream c=16 streams/s", "st_c16", _rps),
    ("stream c=16 CPU ms/stream", "st_c16", _field("cpu_ms_per_req")),
)


def _finite(values: Sequence[float]) -> list[float]:
    return [v for v in values if not math.isnan(v)]


def spread(values: Sequence[float]) -> dict[str, float]:
    clean = _finite(values)
    if not clean:
        return {"median": math.nan, "min": math.nan, "max": math.nan, "n": 0}
    return {
        "median": statistics.median(clean),
        "min": min(clean),
        "max": max(clean),
        "n": len(clean),
    }


def _find(records: Sequence[Record], rep: int, target: str, test: str) -> Record | None:
    for record in records:
        if record["rep"] == rep and record["target"] == target and record["test"] == test:
            return record if not record["result"].get("errors") else None
    return None


def _per_rep(
    records: Sequence[Record], test: str, fn: Callable[[Record, Record], float], a: str, b: str
) -> list[float]:
    reps = sorted({r["rep"] for r in records})
    out = []
    for rep in reps:
        ra, rb = _find(records, rep, a, test), _find(records, rep, b, test)
        if ra is not None and rb is not None:
            out.append(fn(ra, rb))
    return out


def ratios(records: Sequence[Record]) -> dict[str, dict[str, float]]:
    """Same-run comparisons: each value is computed within one repetition, then summarised."""
    p50, p99 = _lat("latency_ms", "p50"), _lat("latency_ms", "p99")
    fe50 = _lat("first_event_ms", "p50")
    cpu = _field("cpu_ms_per_req")

    def added(get: Getter) -> Callable[[Record, Record], float]:
        return lambda x, base: get(x) - get(base)

    def ratio(get: Getter) -> Callable[[Record, Record], float]:
        return lambda x, y: get(x) / get(y) if get(y) else math.nan

    out: dict[str, dict[str, float]] = {}
    for proxy in ("medgate", "litellm"):
        out[f"{proxy}_added_p50_ms"] = spread(
            _per_rep(records, "ns_c1", added(p50), proxy, "direct")
        )
        out[f"{proxy}_added_p99_ms"] = spread(
            _per_rep(records, "ns_c1", added(p99), proxy, "direct")
        )
        out[f"{proxy}_added_first_event_p50_ms"] = spread(
            _per_rep(records, "st_c1", added(fe50), proxy, "direct")
        )
        out[f"{proxy}_added_stream_end_p50_ms"] = spread(
            _per_rep(records, "st_c1", added(p50), proxy, "direct")
        )
        out[f"{proxy}_rps_over_direct"] = spread(
            _per_rep(records, "ns_c16", ratio(_rps), proxy, "direct")
        )
    out["medgate_over_litellm_rps"] = spread(
        _per_rep(records, "ns_c16", ratio(_rps), "medgate", "litellm")
    )
    out["medgate_over_litellm_streams"] = spread(
        _per_rep(records, "st_c16", ratio(_rps), "medgate", "litellm")
    )
    out["litellm_over_medgate_cpu_per_req"] = spread(
        _per_rep(records, "ns_c16", ratio(cpu), "litellm", "medgate")
    )
    out["litellm_over_medgate_cpu_per_stream"] = spread(
        _per_rep(records, "st_c16", ratio(cpu), "litellm", "medgate")
    )
    return out


def _num(value: float) -> str:
    if math.isnan(value):
        return "-"
    if abs(value) >= 1000:
        return f"{value:,.0f}"
    if abs(value) >= 100:
        return f"{value:.1f}"
    if abs(value) >= 10:
        return f"{value:.2f}"
    return f"{value:.3f}"


def _cell(s: dict[str, float], sign: bool = False, suffix: str = "") -> str:
    if not s["n"]:
        return "-"
    text = ("+" if sign and s["median"] >= 0 else "") + _num(s["median"]) + suffix
    if s["n"] > 1:
        text += f" ({_num(s['min'])}–{_num(s['max'])})"
    return text


def table(records: Sequence[Record], meta: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    present = [t for t in TARGETS if any(r["target"] == t for r in records)]
    medians: dict[str, dict[str, dict[str, float]]] = {}
    lines = [
        f"medgate gateway benchmark  reps={meta['reps']}  duration={meta['duration']}s per test  "
        f"load: {meta['load_tools']}",
        f"CPU 0: upstream + load + orchestrator; CPU 1: the proxy alone. Cells: median over reps "
        f"(min–max). {meta['machine']}",
        "",
    ]
    width = 32
    lines.append("metric".ljust(width) + "".join(t.rjust(26) for t in present))
    for label, test, getter in ROWS:
        row = label.ljust(width)
        for target in present:
            values = [
                getter(r)
                for r in records
                if r["target"] == target and r["test"] == test and not r["result"].get("errors")
            ]
            s = spread(values)
            medians.setdefault(target, {})[label] = s
            row += _cell(s).rjust(26)
        lines.append(row)
    errors = [r for r in records if r["result"].get("errors")]
    lines.append(
        "errors".ljust(width)
        + "".join(
            str(sum(r["result"]["errors"] for r in errors if r["target"] == t)).rjust(26)
            for t in present
        )
    )
    for target in present:
        starts = [r for r in meta.get("startups", []) if r["target"] == target]
        if starts:
            lines.append(
                f"{target} start-up: spawn→health {_cell(spread([s['to_health_s'] for s in starts]))} s, "
                f"→first completion {_cell(spread([s['to_first_completion_s'] for s in starts]))} s, "
                f"RSS idle {_cell(spread([s['rss_idle_mib'] for s in starts]))} MiB, "
                f"after load {_cell(spread([s.get('rss_after_mib', math.nan) for s in starts]))} MiB"
            )
    rat = ratios(records)
    lines += ["", "same-run ratios (per repetition, then median (min–max)):"]
    lines += governance_lines(records, present)

    def verdict(ok: bool) -> str:
        return "PASS" if ok else "FAIL"

    for proxy in ("medgate", "litellm"):
        if proxy not in present:
            continue
        a50, a99 = rat[f"{proxy}_added_p50_ms"], rat[f"{proxy}_added_p99_ms"]
        line = f"  {proxy} added latency, non-stream c=1: p50 {_cell(a50, True)} ms, p99 {_cell(a99, True)} ms"
        if proxy == "medgate" and a50["n"]:
            line += f"   [target ≤ {ADDED_P50_TARGET_MS:g} ms p50: {verdict(a50['median'] <= ADDED_P50_TARGET_MS)}]"
        lines.append(line)
        lines.append(
            f"  {proxy} added, stream c=1: first event p50 "
            f"{_cell(rat[f'{proxy}_added_first_event_p50_ms'], True)} ms, end p50 "
            f"{_cell(rat[f'{proxy}_added_stream_end_p50_ms'], True)} ms"
        )
        lines.append(
            f"  {proxy} req/s ÷ direct req/s (c=16): {_cell(rat[f'{proxy}_rps_over_direct'], suffix='×')}"
        )
    if "medgate" in present and "litellm" in present:
        over = rat["medgate_over_litellm_rps"]
        check = verdict(over["median"] >= RPS_RATIO_TARGET) if over["n"] else "n/a"
        lines.append(
            f"  medgate req/s ÷ LiteLLM req/s (c=16): {_cell(over, suffix='×')}   "
            f"[target ≥ {RPS_RATIO_TARGET:g}×: {check}]"
        )
        lines.append(
            f"  medgate streams/s ÷ LiteLLM streams/s (c=16): "
            f"{_cell(rat['medgate_over_litellm_streams'], suffix='×')}"
        )
        lines.append(
            f"  LiteLLM CPU ÷ medgate CPU per request: "
            f"{_cell(rat['litellm_over_medgate_cpu_per_req'], suffix='×')}, per stream "
            f"{_cell(rat['litellm_over_medgate_cpu_per_stream'], suffix='×')}"
        )
    if errors:
        lines.append("")
        for r in errors[:6]:
            if r["test"] == "start":
                continue  # start failures are listed in the notes
            lines.append(
                f"  ERROR rep {r['rep']} {r['target']} {r['test']}: {r['result']['errors']} errors; "
                f"first: {r['result'].get('first_error', '')[:200]}"
            )
    for note in meta.get("notes", []):
        lines.append(f"  note: {note}")
    return "\n".join(lines), {"medians": medians, "ratios": rat}


GOVERNANCE_TARGET_MS = 0.1  # issue 13: keys, budgets, routing and the chained audit, CPU per request


def governance_lines(records: Sequence[Record], present: Sequence[str]) -> list[str]:
    """CPU per request added by governance, per repetition: medgate-gov (key, budget, rate limit,
    two-deployment routing, chained audit) against medgate-base (the baseline ref) and against
    medgate (this code, no key, one deployment)."""
    cpu = _field("cpu_ms_per_req")
    out = []
    for base in ("medgate-base", "medgate"):
        if "medgate-gov" not in present or base not in present:
            continue
        for test in ("ns_c16", "st_c16", "ns_c1", "st_c1"):
            added = spread(_per_rep(records, test, lambda a, b: cpu(a) - cpu(b), "medgate-gov", base))
            if not added["n"]:
                continue
            verdict = "PASS" if added["median"] <= GOVERNANCE_TARGET_MS else "FAIL"
            out.append(f"  governance CPU added vs {base}, {test}: {_cell(added, True)} ms/request"
                       f"   [target ≤ {GOVERNANCE_TARGET_MS:g} ms: {verdict}]")
    return out
