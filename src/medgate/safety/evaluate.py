"""Score the screen against labelled vignettes.

Category sets (vignettes*.yaml): pairs (vignette, category) are counted: an expected category
not found is a false negative, a category found that is neither expected nor listed in the
vignette's `also_ok` is a false positive. Level sets (`TRIAGE_DATA`/triage_*.yaml): per group, how
many vignettes the screen calls emergent or at least urgent. Used by tests/safety,
benchmarks/triage_eval.py and the learned layer's trainer (the level sets ship with the package).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

import yaml

from medgate.errors import InvalidRequest
from medgate.safety.escalation import Layer
from medgate.safety.rules import CATEGORIES
from medgate.safety.screen import Screener, default_screener

TRIAGE_DATA: Final = Path(__file__).parent / "data"  # the written level sets (triage_*.yaml)
RULE_CATEGORIES: frozenset[str] = frozenset(c.name for c in CATEGORIES)
FINDINGS_ALARM = "(findings)"  # a findings- or learned-layer emergency on a vignette expecting none


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


# A findings-layer category that names the same condition as a red-flag category: an emergent
# "suspected_sepsis" from the scores is the sepsis alarm the vignette asks for.
SAME_AS: Final = {"suspected_sepsis": "sepsis"}


def score(vignettes: Iterable[Vignette], screener: Screener | None = None) -> Report:
    """Pairs over the red-flag rule categories, counting only emergent escalations.

    A findings- or learned-layer category (abnormal_vital_signs, learned_emergency, ...) is no vignette's expected category:
    on a vignette that expects no emergency it counts once as a false positive (a false alarm),
    beside an expected emergency it is another name for the alarm already raised and not counted.
    """
    screener = screener or default_screener()
    report = Report()
    for v in vignettes:
        esc = screener.screen([v.text])
        fired = frozenset(esc.categories) if esc is not None and esc.emergent else frozenset()
        got = frozenset(SAME_AS.get(c, c) for c in fired) & RULE_CATEGORIES
        missed, extra = v.expect - got, got - v.expect - v.also_ok
        for cat in v.expect | got:
            c = report.per_category.setdefault(cat, Counts())
            c.tp += cat in v.expect and cat in got
            c.fn += cat in missed
            c.fp += cat in extra
        report.overall.tp += len(v.expect & got)
        report.overall.fn += len(missed)
        report.overall.fp += len(extra)
        other = sorted(fired - RULE_CATEGORIES)
        if other and not v.expect:
            report.per_category.setdefault(FINDINGS_ALARM, Counts()).fp += 1
            report.overall.fp += 1
            extra = extra | {FINDINGS_ALARM}
        if missed or extra:
            report.errors.append(f"missed={sorted(missed)} extra={sorted(extra)} {other}: {v.text}")
    return report


# -- triage levels (issue 17): emergent | urgent | routine per vignette --------------------------

LEVELS: tuple[str, ...] = ("routine", "urgent", "emergent")  # in order of acuity


@dataclass(frozen=True)
class LevelVignette:
    """A message with the level a physician would advise and its group in the set.

    `group` is what the counts are split by: emergent, urgent, non-emergent, self-care or
    look-alike; `quiet` marks an emergency told without alarm words.
    """

    text: str
    level: str
    group: str
    quiet: bool = False


@dataclass
class LevelReport:
    """Per group: how many vignettes, and how many the screen called emergent or at least urgent."""

    total: dict[str, int] = field(default_factory=dict)
    emergent: dict[str, int] = field(default_factory=dict)
    urgent_or_more: dict[str, int] = field(default_factory=dict)
    quiet_total: int = 0
    quiet_emergent: int = 0
    errors: list[str] = field(default_factory=list)

    def rate(self, group: str, *, at_least: str = "emergent") -> float:
        """Share of `group` called emergent (or at least urgent): recall for the emergent group,
        the false-alarm rate for the others."""
        counts = self.emergent if at_least == "emergent" else self.urgent_or_more
        n = self.total.get(group, 0)
        return counts.get(group, 0) / n if n else 0.0

    @property
    def quiet_recall(self) -> float:
        return self.quiet_emergent / self.quiet_total if self.quiet_total else 1.0

    def false_alarm_rate(self, groups: Iterable[str]) -> float:
        """Share of the vignettes in `groups` called emergent."""
        groups = tuple(groups)
        n = sum(self.total.get(g, 0) for g in groups)
        return sum(self.emergent.get(g, 0) for g in groups) / n if n else 0.0


def load_level_vignettes(path: Path) -> list[LevelVignette]:
    data: Any = yaml.safe_load(path.read_text(encoding="utf-8"))
    rows = data.get("vignettes") if isinstance(data, dict) else None
    if not isinstance(rows, list):
        raise InvalidRequest(f"{path}: expected a mapping with a 'vignettes' list")
    out = []
    for r in rows:
        level = str(r["level"])
        if level not in LEVELS:
            raise InvalidRequest(f"{path}: level must be one of {LEVELS}, got {level!r}")
        out.append(LevelVignette(str(r["text"]), level, str(r["group"]), bool(r.get("quiet"))))
    return out


def score_levels(vignettes: Iterable[LevelVignette], predict: Callable[[str], str]) -> LevelReport:
    """Count, per group, the vignettes `predict` (text -> level) calls emergent or >= urgent."""
    report = LevelReport()
    for v in vignettes:
        got = predict(v.text)
        rank = LEVELS.index(got)
        report.total[v.group] = report.total.get(v.group, 0) + 1
        report.emergent[v.group] = report.emergent.get(v.group, 0) + (got == "emergent")
        report.urgent_or_more[v.group] = report.urgent_or_more.get(v.group, 0) + (rank >= 1)
        if v.quiet:
            report.quiet_total += 1
            report.quiet_emergent += got == "emergent"
        if got != v.level:
            report.errors.append(f"{v.group}: expected {v.level}, got {got}: {v.text}")
    return report


def level_of(layers: tuple[Layer, ...] = ("rules", "findings")) -> Callable[[str], str]:
    """text -> the level the screen's `layers` give it ("routine" when nothing fires)."""
    def predict(text: str) -> str:
        esc = default_screener().screen([text], "US", layers)
        return esc.level if esc is not None else "routine"

    return predict
