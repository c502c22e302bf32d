"""A report as Markdown, HTML (the accuracy-vs-cost plot embedded as a PNG data URL) or JSON."""

from __future__ import annotations

import base64
import dataclasses
import html
import time
from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import Any

import orjson

from medgate.evaluation.stats import Interval
from medgate.evaluation.summary import ModelSummary, Report

MODEL_HEADERS = ("model", "n", "{metric} (95% CI)", "unparseable", "errors", "$ / 100 items",
                 "p50 latency", "p95 latency", "tokens in / out / reasoning (mean)")
PAIR_HEADERS = ("A vs B", "n (both answered)", "A − B (95% CI)", "McNemar p (exact)", "bootstrap p")


def fmt_interval(iv: Interval | None, digits: int = 3) -> str:
    if iv is None:
        return "—"
    return f"{iv.estimate:.{digits}f} ({iv.low:.{digits}f}–{iv.high:.{digits}f})"


def _num(x: float | None, fmt: str) -> str:
    return "—" if x is None else format(x, fmt)


def _cost(x: float | None) -> str:
    return "unknown" if x is None else f"${x:.4f}"


def model_row(m: ModelSummary) -> list[str]:
    unparseable = "—" if m.unparseable_rate is None else f"{m.unparseable} ({m.unparseable_rate:.1%})"
    tokens = " / ".join(_num(x, ".0f") for x in (m.prompt_tokens_mean, m.completion_tokens_mean,
                                                  m.reasoning_tokens_mean))
    return [m.model, str(m.n), fmt_interval(m.score), unparseable, str(m.errors), _cost(m.cost_per_100_usd),
            _num(m.latency_p50_ms, ",.0f") + " ms", _num(m.latency_p95_ms, ",.0f") + " ms", tokens]


def pair_rows(report: Report) -> list[list[str]]:
    return [[f"{p.a} vs {p.b}", str(p.n), fmt_interval(p.difference),
             "—" if p.mcnemar is None else f"{p.mcnemar.p_value:.3g} ({p.mcnemar.only_a} vs {p.mcnemar.only_b})",
             f"{p.bootstrap_p:.3g}"] for p in report.pairs]


def _headline(report: Report) -> str:
    run = report.run
    when = time.strftime("%Y-%m-%d", time.gmtime(run.created_ts))
    return (f"run `{run.id}` · {run.dataset_name} ({run.layout}, {report.items} items, seed "
            f"{run.settings.get('seed')}) · {when} · prompt {run.settings.get('prompt')}")


def md_table(headers: list[str] | tuple[str, ...], rows: list[list[str]]) -> str:
    def line(cells: list[str] | tuple[str, ...]) -> str:
        return "| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |"

    return "\n".join([line(headers), "|" + "|".join("---" for _ in headers) + "|", *map(line, rows)])


def _model_headers(report: Report) -> list[str]:
    metric = report.models[0].metric if report.models else "accuracy"
    return [h.format(metric=metric) for h in MODEL_HEADERS]


def markdown(report: Report, png: bytes | None = None) -> str:
    out = [f"## Evaluation: {report.run.dataset_name}", "", _headline(report), "",
           md_table(_model_headers(report), [model_row(m) for m in report.models])]
    if report.pairs:
        out += ["", md_table(PAIR_HEADERS, pair_rows(report))]
    out += ["", *(f"- {n}" for n in report.notes)]
    return "\n".join(out) + "\n"


def _html_table(headers: list[str] | tuple[str, ...], rows: list[list[str]]) -> str:
    head = "".join(f"<th>{html.escape(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in r) + "</tr>" for r in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def html_page(report: Report, png: bytes | None = None) -> str:
    title = html.escape(f"medgate evaluation: {report.run.dataset_name}")
    parts = [f"<!doctype html><html><head><meta charset='utf-8'><title>{title}</title>",
             "<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;margin:1em 0}"
             "td,th{border:1px solid #ccc;padding:4px 8px;text-align:left}</style></head><body>",
             f"<h1>{title}</h1><p>{html.escape(_headline(report))}</p>",
             _html_table(_model_headers(report), [model_row(m) for m in report.models])]
    if report.pairs:
        parts.append(_html_table(PAIR_HEADERS, pair_rows(report)))
    if png is not None:
        data = base64.b64encode(png).decode()
        parts.append(f"<img alt='accuracy against cost per 100 items' src='data:image/png;base64,{data}'>")
    parts.append("<ul>" + "".join(f"<li>{html.escape(n)}</li>" for n in report.notes) + "</ul></body></html>")
    return "".join(parts)


def as_json(report: Report, png: bytes | None = None) -> str:
    doc: dict[str, Any] = dataclasses.asdict(report)
    return orjson.dumps(doc, option=orjson.OPT_INDENT_2 | orjson.OPT_NON_STR_KEYS).decode() + "\n"


FORMATS: Mapping[str, Callable[[Report, bytes | None], str]] = MappingProxyType(
    {"md": markdown, "html": html_page, "json": as_json})
