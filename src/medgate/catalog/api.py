"""The catalogue and the recommender as JSON: one shape for `GET /v1/catalog`, `POST /v1/recommend`,
`medgate models --format json` and `medgate recommend --format json` (the CLI builds the same
request body from its flags, so both validate alike)."""

from __future__ import annotations

from typing import Annotated, Any, Literal, NotRequired

from pydantic import ConfigDict, Field, WithJsonSchema, with_config
from typing_extensions import TypedDict

from medgate.catalog.card import UseCase
from medgate.catalog.catalog import Catalog
from medgate.catalog.recommend import Constraints, Ranking, parse_use_case, recommend
from medgate.catalog.render import HEADERS, catalog_rows
from medgate.validation import validator

_USE_CASE = WithJsonSchema({"type": "string", "enum": [u.value for u in UseCase],
                            "description": "the clinical use case to rank for"})
_NON_NEGATIVE = Field(ge=0)


@with_config(ConfigDict(extra="forbid"))
class RecommendRequest(TypedDict):
    use_case: Annotated[str, _USE_CASE]
    needs_vision: NotRequired[bool]
    min_context: NotRequired[Annotated[int, _NON_NEGATIVE] | None]
    max_output_price: NotRequired[Annotated[float, _NON_NEGATIVE] | None]  # USD per million tokens
    gpu_memory_gb: NotRequired[Annotated[float, _NON_NEGATIVE] | None]  # self-host within this much
    licence: NotRequired[str | None]  # SPDX id, or a comma-separated list (any of them)


class RankingJson(TypedDict):
    rank: int | None  # None: excluded
    model: str
    score: float
    eligible: bool
    excluded: list[str]
    reasons: list[str]


class Recommendation(TypedDict):
    object: Literal["recommendation"]
    use_case: str
    rankings: list[RankingJson]


@with_config(ConfigDict(extra="allow"))
class CatalogTable(TypedDict):
    columns: list[str]
    rows: list[list[str]]


class CatalogList(TypedDict):
    object: Literal["list"]
    data: list[dict[str, Any]]  # the model cards (catalog/models.yaml, with measured evidence)
    table: CatalogTable  # the comparison table `medgate models` prints
    use_cases: list[str]


_recommend_request = validator(RecommendRequest)


def card_dicts(catalog: Catalog) -> list[dict[str, Any]]:
    return [card.model_dump(mode="json") for card in catalog.cards]


def catalog_json(catalog: Catalog) -> CatalogList:
    return {"object": "list", "data": card_dicts(catalog),
            "table": {"columns": list(HEADERS), "rows": catalog_rows(catalog)},
            "use_cases": [u.value for u in UseCase]}


def parse_recommend(body: Any) -> tuple[UseCase, Constraints]:
    """A request body (JSON, or the CLI's flags as JSON) -> use case and constraints; raises
    InvalidRequest naming the field."""
    req = _recommend_request(body)
    use_case = parse_use_case(req["use_case"])
    constraints = Constraints(needs_vision=req.get("needs_vision") or False, min_context=req.get("min_context"),
                              max_output_price=req.get("max_output_price"),
                              gpu_memory_gb=req.get("gpu_memory_gb"), licence=req.get("licence") or None)
    return use_case, constraints


def ranked(rankings: list[Ranking]) -> list[tuple[int | None, Ranking]]:
    """Eligible models numbered from 1; excluded ones (listed last) get None."""
    return [(i + 1 if r.eligible else None, r) for i, r in enumerate(rankings)]


def recommendation_json(use_case: UseCase, rankings: list[Ranking]) -> Recommendation:
    return {"object": "recommendation", "use_case": use_case.value,
            "rankings": [{"rank": rank, "model": r.card.id, "score": r.score, "eligible": r.eligible,
                          "excluded": r.excluded, "reasons": r.reasons} for rank, r in ranked(rankings)]}


def recommendation(catalog: Catalog, body: Any) -> Recommendation:
    """`POST /v1/recommend`: every model, eligible ones ranked first, with the reasons."""
    use_case, constraints = parse_recommend(body)
    return recommendation_json(use_case, recommend(catalog, use_case, constraints))
