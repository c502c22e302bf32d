"""`medgate eval publish RUN`: a run's measured figures into the catalogue as evidence.

Each model of the run that has a catalogue card (found from its deployment when the run started,
or named with `--card alias=card-id`) gets one Measurement: benchmark, metric, value with its 95%
interval, n, unparseable rate, cost per 100 items, p50 latency, use case, deployment, run id and
date. They go to the `evidence.yaml` beside the catalogue YAML (catalog/evidence.py), which
`medgate recommend` reads.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from medgate.catalog import Catalog, Measurement, UseCase, parse_use_case
from medgate.catalog.evidence import EVIDENCE_FILE, write_evidence
from medgate.errors import InvalidRequest
from medgate.evaluation.summary import Report


@dataclass
class Published:
    path: Path
    written: list[tuple[str, Measurement]] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # why a model was left out


def measurements(report: Report, catalog: Catalog, *, use_case: str | None = None,
                 cards: Mapping[str, str] | None = None) -> tuple[list[tuple[str, Measurement]], list[str]]:
    uc_name = use_case or report.run.use_case
    if uc_name is None:
        raise InvalidRequest(f"no use case is known for {report.run.dataset_name!r}; pass --use-case "
                             f"({', '.join(u.value for u in UseCase)})", param="use_case")
    uc = parse_use_case(uc_name)
    cards = cards or {}
    date = time.strftime("%Y-%m-%d", time.gmtime(report.run.created_ts))
    out: list[tuple[str, Measurement]] = []
    skipped: list[str] = []
    for m in report.models:
        card_id = cards.get(m.model) or m.card_id
        if card_id is None:
            skipped.append(f"{m.model}: no catalogue card (name one with --card {m.model}=CARD_ID)")
            continue
        card = catalog.get(card_id)  # InvalidRequest naming the known ids
        if m.score is None:
            skipped.append(f"{m.model}: no answered items")
            continue
        out.append((card.id, Measurement(
            benchmark=report.run.dataset_name, metric=m.metric, value=round(m.score.estimate, 4),
            ci_low=round(m.score.low, 4), ci_high=round(m.score.high, 4), use_case=uc, provider=m.deployment,
            n=m.n, unparseable_rate=None if m.unparseable_rate is None else round(m.unparseable_rate, 4),
            cost_per_100_usd=None if m.cost_per_100_usd is None else round(m.cost_per_100_usd, 6),
            latency_p50_ms=None if m.latency_p50_ms is None else round(m.latency_p50_ms, 1),
            run=report.run.id, date=date)))
    return out, skipped


def publish(report: Report, catalog: Catalog, catalog_file: Path, *, use_case: str | None = None,
            cards: Mapping[str, str] | None = None) -> Published:
    entries, skipped = measurements(report, catalog, use_case=use_case, cards=cards)
    path = catalog_file.parent / EVIDENCE_FILE
    if entries:
        write_evidence(path, entries)
    return Published(path=path, written=entries, skipped=skipped)
