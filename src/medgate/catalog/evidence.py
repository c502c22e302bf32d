"""Measured evidence beside the model cards: `evidence.yaml` next to the catalogue's YAML,
written by `medgate eval publish` and merged into each card's `evidence` when the catalogue loads.

The cards stay hand-written data (models.yaml, comments and all); measurements are data too, one
entry per (model, benchmark, metric): a newer publish replaces the older entry, and the history
stays in the evaluation database.

Ranking with evidence (`rank_by_evidence`): for a use case, the benchmark measured for the most
eligible models is chosen; those models are reordered by measured value among the places the
editorial ranking gave them, and every model measured says so in its reasons. Models without a
measurement keep their place: a measurement is never compared with an editorial score.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml
from pydantic import ValidationError

from medgate.catalog.card import Card, Measurement, UseCase
from medgate.errors import ConfigError
from medgate.yamlfile import parse_yaml

if TYPE_CHECKING:
    from medgate.catalog.recommend import Ranking

EVIDENCE_FILE = "evidence.yaml"
HEADER = ("# Measured evidence for the model cards in this folder, written by `medgate eval publish RUN`\n"
          "# (one entry per model, benchmark and metric; the newest publish wins). Read by\n"
          "# medgate/catalog/evidence.py and merged into each card's `evidence` at load time.\n")


def parse_evidence(text: str, origin: str, known: Iterable[str]) -> dict[str, tuple[Measurement, ...]]:
    data = parse_yaml(text, origin) or {}
    entries = data.get("evidence") if isinstance(data, dict) else None
    if not isinstance(data, dict) or set(data) - {"evidence"} or not isinstance(entries, list | None):
        raise ConfigError(f"{origin}: expected one top-level key 'evidence' holding a list")
    ids = set(known)
    out: dict[str, list[Measurement]] = {}
    for i, raw in enumerate(entries or []):
        if not isinstance(raw, dict) or raw.get("model") not in ids:
            got = raw.get("model") if isinstance(raw, dict) else raw
            raise ConfigError(f"{origin}: entry {i}: model {got!r} is not in the catalogue")
        try:
            m = Measurement.model_validate({k: v for k, v in raw.items() if k != "model"})
        except ValidationError as exc:
            raise ConfigError(f"{origin}: entry {i} ({raw['model']}): {exc.errors()[0]['msg']}") from exc
        out.setdefault(raw["model"], []).append(m)
    return {k: tuple(v) for k, v in out.items()}


def merge(cards: Sequence[Card], evidence: Mapping[str, tuple[Measurement, ...]]) -> list[Card]:
    return [c.model_copy(update={"evidence": c.evidence + evidence[c.id]}) if c.id in evidence else c
            for c in cards]


def write_evidence(path: Path, entries: list[tuple[str, Measurement]]) -> int:
    """Add or replace entries (model, measurement) in the evidence file; returns how many it holds."""
    try:
        current: list[dict[str, Any]] = list((yaml.safe_load(path.read_text("utf-8")) or {}).get("evidence") or [])
    except FileNotFoundError:
        current = []
    for model, m in entries:
        key = (model, m.benchmark, m.metric)
        current = [e for e in current if (e.get("model"), e.get("benchmark"), e.get("metric")) != key]
        current.append({"model": model, **m.model_dump(mode="json", exclude_none=True)})
    current.sort(key=lambda e: (str(e.get("model")), str(e.get("benchmark")), str(e.get("metric"))))
    body = yaml.safe_dump({"evidence": current}, sort_keys=False, allow_unicode=True, width=100)
    try:
        path.write_text(HEADER + body, "utf-8")
    except OSError as exc:
        raise ConfigError(f"cannot write {path}: {exc.strerror}; pass --catalog with a writable copy") from exc
    return len(current)


def measured(card: Card, use_case: UseCase) -> list[Measurement]:
    """The card's measurements for a use case, newest first."""
    found = [m for m in card.evidence if m.use_case == use_case]
    return sorted(found, key=lambda m: (m.date or "", m.n or 0), reverse=True)


def rank_by_evidence(rankings: list[Ranking], use_case: UseCase) -> list[Ranking]:
    eligible = [r for r in rankings if r.eligible]
    per_bench: dict[str, dict[str, Measurement]] = {}
    for r in eligible:
        for m in measured(r.card, use_case):
            per_bench.setdefault(m.benchmark, {}).setdefault(r.card.id, m)  # newest per benchmark
    bench = max(per_bench, key=lambda b: (len(per_bench[b]), sum(m.n or 0 for m in per_bench[b].values()), b),
                default=None)
    chosen = per_bench.get(bench, {}) if bench else {}
    slots = [i for i, r in enumerate(eligible) if r.card.id in chosen]
    by_value = sorted((eligible[i] for i in slots), key=lambda r: -chosen[r.card.id].value)
    reordered = list(eligible)
    for i, r in zip(slots, by_value, strict=True):
        reordered[i] = r
    out = []
    for r in [*reordered, *(r for r in rankings if not r.eligible)]:
        notes = []
        if r.card.id in chosen:
            how = (f"ranked by measured {chosen[r.card.id].metric} among {len(slots)} measured models"
                   if len(slots) > 1 else "the only model measured on it")
            notes.append(f"measured: {chosen[r.card.id].summary()} ({how})")
        notes += [f"measured, not used for ranking: {m.summary()}" for m in measured(r.card, use_case)
                  if m is not chosen.get(r.card.id)]
        out.append(replace(r, reasons=notes + r.reasons, measured=chosen.get(r.card.id)) if notes else r)
    return out
