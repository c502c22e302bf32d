"""`medgate eval compare`: the README's model comparison table with measured columns beside the
published ones.

With runs: for each run, the measured value with its 95% interval, n and cost per 100 items of
every model in it (matched to its catalogue card; a measured alias with no card gets a row of its
own). Without runs: the evidence published into the catalogue, one column per benchmark.
"""

from __future__ import annotations

from medgate.catalog import Catalog, Measurement
from medgate.catalog.render import HEADERS, catalog_rows
from medgate.evaluation.render import fmt_interval, md_table
from medgate.evaluation.stats import Interval
from medgate.evaluation.summary import ModelSummary, Report

EMPTY = "—"


def _cell(value: float, low: float | None, high: float | None, n: int | None, cost: float | None) -> str:
    text = fmt_interval(Interval(value, low if low is not None else value, high if high is not None else value))
    if n is not None:
        text += f", n={n}"
    if cost is not None:
        text += f", ${cost:.4g}/100"
    return text


def _run_cell(m: ModelSummary) -> str:
    if m.score is None:
        return EMPTY
    return _cell(m.score.estimate, m.score.low, m.score.high, m.n, m.cost_per_100_usd)


def _evidence_cell(m: Measurement) -> str:
    return _cell(m.value, m.ci_low, m.ci_high, m.n, m.cost_per_100_usd)


def _columns(catalog: Catalog, reports: list[Report]) -> list[tuple[str, dict[str, str]]]:
    """(header, {card id or "alias:NAME": cell}) per measured column."""
    if reports:
        return [(f"measured: {r.run.dataset_name} {r.models[0].metric if r.models else ''} (95% CI) [{r.run.id}]",
                 {m.card_id or f"alias:{m.model}": _run_cell(m) for m in r.models}) for r in reports]
    columns = []
    for bench, metric in sorted({(m.benchmark, m.metric) for c in catalog.cards for m in c.evidence}):
        cells = {}
        for card in catalog.cards:
            found = sorted((m for m in card.evidence if (m.benchmark, m.metric) == (bench, metric)),
                           key=lambda m: (m.date or "", m.n or 0), reverse=True)
            if found:
                cells[card.id] = _evidence_cell(found[0])
        columns.append((f"measured: {bench} {metric} (95% CI)", cells))
    return columns


def compare_table(catalog: Catalog, reports: list[Report]) -> str:
    columns = _columns(catalog, reports)
    ids = [c.id for c in catalog.cards]
    rows = [[*row, *(cells.get(card_id, EMPTY) for _, cells in columns)]
            for row, card_id in zip(catalog_rows(catalog), ids, strict=True)]
    aliases = sorted({k for _, cells in columns for k in cells if k.startswith("alias:")})
    for key in aliases:  # measured models the catalogue does not know: a row of their own
        published = [EMPTY, f"{key.removeprefix('alias:')} (not in the catalogue)", *[EMPTY] * (len(HEADERS) - 2)]
        rows.append([*published, *(cells.get(key, EMPTY) for _, cells in columns)])
    return md_table([*HEADERS, *(h for h, _ in columns)], rows)
