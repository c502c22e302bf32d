"""Score the screen against labelled vignettes: recall and precision per category and overall.

Pairs (vignette, category) are counted: an expected category not found is a false negative, a
category found that is neither expected nor listed in the vignette's `also_ok` is a false
positive. Used by tests/safety/test_vignettes.py and benchmarks/triage_eval.py.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from medgate.errors import InvalidRequest
from medgate.safety.screen import Screener, default_screener


@dataclass(frozen=True)
class Vignette:
    text: str
    expect: frozenset[str]
    also_ok: frozenset[str] = frozenset()
    style: str = "other"


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0


@dataclass
class Report:
    overall: Counts = field(default_factory=Counts)
    per_category: dict[str, Counts] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)  # one line per wrong vignette


def load_vignettes(path: Path) -> list[Vignette]:
    data: Any = yaml.safe_load(path.read_text(encoding="utf-8"))
    rows = data.get("vignettes") if isinstance(data, dict) else None
    if not isinstance(rows, list):
        raise InvalidRequest(f"{path}: expected a mapping with a 'vignettes' list")
    return [
        Vignette(
            str(r["text"]),
            frozenset(r.get("expect") or ()),
            frozenset(r.get("also_ok") or ()),
            str(r.get("style", "other")),
        )
        for r in rows
    ]


def score(vignettes: Iterable[Vignette], screener: Screener | None = None) -> Report:
    screener = screener or default_screener()
    report = Report()
    for v in vignettes:
        esc = screener.screen([v.text])
        got = frozenset(esc.categories) if esc else frozenset()
        missed, extra = v.expect - got, got - v.expect - v.also_ok
        for cat in v.expect | got:
            c = report.per_category.setdefault(cat, Counts())
            c.tp += cat in v.expect and cat in got
            c.fn += cat in missed
            c.fp += cat in extra
        report.overall.tp += len(v.expect & got)
        report.overall.fn += len(missed)
        report.overall.fp += len(extra)
        if missed or extra:
            report.errors.append(f"missed={sorted(missed)} extra={sorted(extra)}: {v.text}")
    return report
