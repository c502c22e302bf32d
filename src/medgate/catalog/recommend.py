"""Rank catalogue models for a use case under constraints, and say why.

Rules (also the CLI's):
- Every model is returned. Models that meet all constraints come first, ranked; models that fail
  one come last, with `excluded` naming each failed constraint (so a user sees what to relax).
- Rank = use-case score (descending), then cheaper known output price (unknown price last), then
  larger context, then id.
- Measured evidence (`medgate eval publish`, catalog/evidence.py) then reorders the eligible
  models measured on the use case's most-measured benchmark by their measured value, within the
  places the editorial ranking gave them; each measured model says so first in its reasons.
- A model scoring 0 for the use case is excluded ("not suited"): imaging never ranks a text model.
- Constraints are checked independently:
  - `needs_vision`: the model takes image input.
  - `min_context`: the longest context any route offers (model card or a provider) is at least N.
    DeepSeek-R1 is 128K in its card but 164K at SiliconFlow, so it passes 150K via SiliconFlow.
  - `max_output_price`: the cheapest *known* provider output price is at most X USD per million
    tokens; a model with no price on record fails (we do not guess).
  - `gpu_memory_gb`: the user wants to self-host within that much GPU memory: the model's
    `hardware.gpu_memory_gb` (released weights, all GPUs together) must fit. Being served by a
    provider does not help here; leave the constraint out to consider hosted models.
  - `licence`: SPDX id, case-insensitive; a comma-separated list means any of them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from medgate.catalog.card import Card, Measurement, UseCase
from medgate.catalog.catalog import Catalog
from medgate.catalog.evidence import rank_by_evidence
from medgate.catalog.render import fmt_context, fmt_gb, fmt_price, fmt_usd
from medgate.errors import InvalidRequest


@dataclass(frozen=True, slots=True)
class Constraints:
    needs_vision: bool = False
    min_context: int | None = None
    max_output_price: float | None = None
    gpu_memory_gb: float | None = None
    licence: str | None = None


@dataclass(frozen=True, slots=True)
class Ranking:
    card: Card
    score: float
    reasons: list[str]
    excluded: list[str] = field(default_factory=list)
    measured: Measurement | None = None  # the measurement that ranked it, if any

    @property
    def eligible(self) -> bool:
        return not self.excluded


def parse_use_case(name: str) -> UseCase:
    """The UseCase for a name; InvalidRequest listing the valid names otherwise."""
    try:
        return UseCase(name)
    except ValueError:
        valid = ", ".join(u.value for u in UseCase)
        raise InvalidRequest(
            f"unknown use case {name!r}; valid: {valid}", param="use_case"
        ) from None


def _suited(card: Card, c: Constraints, uc: UseCase) -> str | None:
    if card.score(uc) == 0:
        return f"not suited to {uc.value} (score 0)"
    return None


def _vision(card: Card, c: Constraints, uc: UseCase) -> str | None:
    if c.needs_vision and not card.vision:
        return "no image input"
    return None


def _context(card: Card, c: Constraints, uc: UseCase) -> str | None:
    best, _ = card.max_context()
    if c.min_context is not None and best < c.min_context:
        return f"context {fmt_context(best)} < {fmt_context(c.min_context)}"
    return None


def _price(card: Card, c: Constraints, uc: UseCase) -> str | None:
    if c.max_output_price is None:
        return None
    cheapest = card.cheapest()
    if cheapest is None:
        return "no provider price on record"
    if cheapest[1].output_per_m > c.max_output_price:
        return f"output {fmt_usd(cheapest[1].output_per_m)}/M > {fmt_usd(c.max_output_price)}/M"
    return None


def _gpu(card: Card, c: Constraints, uc: UseCase) -> str | None:
    need = card.hardware.gpu_memory_gb
    if c.gpu_memory_gb is not None and need > c.gpu_memory_gb:
        return f"self-hosting needs {fmt_gb(need)} > {fmt_gb(c.gpu_memory_gb)}"
    return None


def _licence(card: Card, c: Constraints, uc: UseCase) -> str | None:
    if c.licence is None:
        return None
    wanted = {x.strip().casefold() for x in c.licence.split(",") if x.strip()}
    if card.licence.casefold() not in wanted:
        return f"licence {card.licence} not in {c.licence}"
    return None


CHECKS: tuple[Callable[[Card, Constraints, UseCase], str | None], ...] = (
    _suited,
    _vision,
    _context,
    _price,
    _gpu,
    _licence,
)


def reasons_for(card: Card, use_case: UseCase) -> list[str]:
    """The facts behind a ranking, in print order."""
    uc = card.use_cases[use_case]
    best, where = card.max_context()
    ctx = f"{fmt_context(best)} context"
    if where != "model card":
        ctx += f" ({where}; {fmt_context(card.context_tokens)} model card)"
    cheapest = card.cheapest()
    price = f"{fmt_price(cheapest[1])} per M ({cheapest[0]})" if cheapest else "no provider price"
    need = card.hardware.gpu_memory_gb
    host = "runs on CPU" if need == 0 else f"self-host {fmt_gb(need)}"
    return [f"{use_case.value} {uc.score:.2f} ({uc.evidence})", ctx, price, card.licence, host]


def recommend(catalog: Catalog, use_case: UseCase, constraints: Constraints) -> list[Ranking]:
    """Every card, eligible ones ranked first, excluded ones after with their reasons."""
    rankings = [
        Ranking(
            card=card,
            score=card.score(use_case),
            reasons=reasons_for(card, use_case),
            excluded=[r for chk in CHECKS if (r := chk(card, constraints, use_case)) is not None],
        )
        for card in catalog.cards
    ]

    def key(r: Ranking) -> tuple[bool, float, float, int, str]:
        cheapest = r.card.cheapest()
        out = cheapest[1].output_per_m if cheapest else float("inf")
        return (not r.eligible, -r.score, out, -r.card.max_context()[0], r.card.id)

    return rank_by_evidence(sorted(rankings, key=key), use_case)
