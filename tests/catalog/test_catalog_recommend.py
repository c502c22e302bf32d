"""recommend(): every constraint filters as documented, and the order follows from the data."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from medgate.catalog import (
    Card,
    Catalog,
    Constraints,
    UseCase,
    parse_catalog,
    parse_use_case,
    recommend,
)
from medgate.errors import InvalidRequest


def _cheapest_out(card: Card) -> float | None:
    prices = [o.price_output for o in card.providers.values() if o.price_output is not None]
    return min(prices) if prices else None


def _longest_context(card: Card) -> int:
    return max([card.context_tokens, *(o.context_tokens or 0 for o in card.providers.values())])


# constraints -> the predicate a card must meet, written from the card data, not from the code.
CONSTRAINT_CASES: list[tuple[str, Constraints, Callable[[Card], bool]]] = [
    ("none", Constraints(), lambda c: True),
    ("vision", Constraints(needs_vision=True), lambda c: "image" in c.modalities),
    ("context-100k", Constraints(min_context=100_000), lambda c: _longest_context(c) >= 100_000),
    ("context-150k", Constraints(min_context=150_000), lambda c: _longest_context(c) >= 150_000),
    (
        "price-0.5",
        Constraints(max_output_price=0.5),
        lambda c: (p := _cheapest_out(c)) is not None and p <= 0.5,
    ),
    (
        "price-1",
        Constraints(max_output_price=1.0),
        lambda c: (p := _cheapest_out(c)) is not None and p <= 1.0,
    ),
    ("gpu-16", Constraints(gpu_memory_gb=16), lambda c: c.hardware.gpu_memory_gb <= 16),
    ("gpu-80", Constraints(gpu_memory_gb=80), lambda c: c.hardware.gpu_memory_gb <= 80),
    ("licence-mit", Constraints(licence="mit"), lambda c: c.licence == "MIT"),
    (
        "licence-list",
        Constraints(licence="Apache-2.0, MIT"),
        lambda c: c.licence in {"Apache-2.0", "MIT"},
    ),
    (
        "combined",
        Constraints(needs_vision=True, gpu_memory_gb=80),
        lambda c: "image" in c.modalities and c.hardware.gpu_memory_gb <= 80,
    ),
]


@pytest.mark.parametrize("use_case", list(UseCase))
@pytest.mark.parametrize(
    ("name", "constraints", "meets"), CONSTRAINT_CASES, ids=[c[0] for c in CONSTRAINT_CASES]
)
def test_constraints_filter_exactly(
    catalog: Catalog,
    use_case: UseCase,
    name: str,
    constraints: Constraints,
    meets: Callable[[Card], bool],
) -> None:
    rankings = recommend(catalog, use_case, constraints)
    assert sorted(r.card.id for r in rankings) == sorted(catalog.ids)  # nobody dropped
    for r in rankings:
        expected = meets(r.card) and r.card.score(use_case) > 0
        assert r.eligible is expected, (name, r.card.id, r.excluded)
        if not r.eligible:
            assert r.excluded and all(x.strip() for x in r.excluded)
    flags = [r.eligible for r in rankings]
    assert flags == sorted(flags, reverse=True), "excluded models must come last"
    eligible_scores = [r.score for r in rankings if r.eligible]
    assert eligible_scores == sorted(eligible_scores, reverse=True)


def test_imaging_with_vision_puts_glm_first_and_excludes_text_models(catalog: Catalog) -> None:
    rankings = recommend(catalog, UseCase.IMAGING, Constraints(needs_vision=True))
    assert rankings[0].card.id == "glm-4.5v" and rankings[0].eligible
    for r in rankings[1:]:
        assert not r.card.vision
        assert not r.eligible
        assert "no image input" in r.excluded


def test_imaging_without_the_flag_still_excludes_text_models(catalog: Catalog) -> None:
    rankings = recommend(catalog, UseCase.IMAGING, Constraints())
    assert [r.card.id for r in rankings if r.eligible] == ["glm-4.5v"]
    assert all("not suited to imaging" in r.excluded[0] for r in rankings[1:])


def test_max_output_price_half_a_dollar(catalog: Catalog) -> None:
    by_id = {
        r.card.id: r
        for r in recommend(catalog, UseCase.DIAGNOSTIC_SUPPORT, Constraints(max_output_price=0.5))
    }
    assert not by_id["deepseek-r1"].eligible and "$2.18" in by_id["deepseek-r1"].excluded[0]
    assert not by_id["glm-4.5v"].eligible and "$0.86" in by_id["glm-4.5v"].excluded[0]
    assert by_id["gpt-oss-120b"].eligible and by_id["smollm2-135m"].eligible
    assert by_id["gpt-oss-20b"].excluded == ["no provider price on record"]


def test_min_context_counts_provider_context(catalog: Catalog) -> None:
    by_id = {
        r.card.id: r
        for r in recommend(catalog, UseCase.MEDICAL_RESEARCH, Constraints(min_context=150_000))
    }
    assert by_id["deepseek-r1"].eligible  # 128K card, 164K at SiliconFlow
    assert any("siliconflow" in x for x in by_id["deepseek-r1"].reasons)
    assert not by_id["gpt-oss-120b"].eligible
    assert not by_id["glm-4.5v"].eligible


def test_gpu_memory_means_self_hosting(catalog: Catalog) -> None:
    rankings = recommend(catalog, UseCase.DIAGNOSTIC_SUPPORT, Constraints(gpu_memory_gb=80))
    assert rankings[0].card.id == "gpt-oss-120b"
    by_id = {r.card.id: r for r in rankings}
    # served by SiliconFlow, but too big to self-host in 80 GB
    assert not by_id["deepseek-r1"].eligible and "1128 GB" in by_id["deepseek-r1"].excluded[0]
    assert by_id["smollm2-135m"].eligible


@pytest.mark.parametrize("use_case", list(UseCase))
def test_top_unconstrained_pick_is_the_best_scored(catalog: Catalog, use_case: UseCase) -> None:
    rankings = recommend(catalog, use_case, Constraints())
    best = max(c.score(use_case) for c in catalog.cards)
    assert rankings[0].score == best


def test_rankings_follow_the_scores_in_the_data(catalog: Catalog) -> None:
    def top(uc: UseCase) -> str:
        return recommend(catalog, uc, Constraints())[0].card.id

    assert top(UseCase.DIAGNOSTIC_SUPPORT) == "gpt-oss-120b"  # HealthBench evidence, 0.85
    assert top(UseCase.MEDICAL_EDUCATION) == "deepseek-r1"  # 0.85 vs 0.80
    assert top(UseCase.DOCUMENT_ANALYSIS) == "glm-4.5v"  # reads scanned pages


def _variant(base: dict[str, Any], card_id: str, out: float | None, ctx: int) -> dict[str, Any]:
    card = {**base, "id": card_id, "context_tokens": ctx, "providers": {}}
    if out is not None:
        card["providers"] = {"p": {"model": card_id, "price_input": 0.1, "price_output": out}}
    return card


def test_ties_break_on_price_then_context(raw_card: Callable[[str], dict[str, Any]]) -> None:
    base = raw_card("gpt-oss-20b")
    cat = parse_catalog(
        {
            "models": [
                _variant(base, "no-price", None, 200_000),
                _variant(base, "dear", 2.0, 200_000),
                _variant(base, "cheap-short", 0.3, 8_000),
                _variant(base, "cheap-long", 0.3, 100_000),
            ]
        }
    )
    order = [r.card.id for r in recommend(cat, UseCase.DIAGNOSTIC_SUPPORT, Constraints())]
    assert order == ["cheap-long", "cheap-short", "dear", "no-price"]


def test_reasons_explain_the_line(catalog: Catalog) -> None:
    r = next(
        x
        for x in recommend(catalog, UseCase.DIAGNOSTIC_SUPPORT, Constraints())
        if x.card.id == "gpt-oss-120b"
    )
    line = "; ".join(r.reasons)
    for part in ("diagnostic-support 0.85", "HealthBench", "131K context", "$0.09/$0.45"):
        assert part in line
    assert "Apache-2.0" in line and "80 GB" in line


def test_unknown_use_case_lists_the_valid_ones() -> None:
    with pytest.raises(InvalidRequest) as err:
        parse_use_case("radiology")
    assert err.value.param == "use_case"
    assert all(u.value in err.value.message for u in UseCase)
    assert parse_use_case("imaging") is UseCase.IMAGING
