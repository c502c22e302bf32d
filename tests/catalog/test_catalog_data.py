"""The packaged catalogue loads, its seed facts are exact, and bad YAML fails loudly."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from medgate.catalog import Catalog, Price, UseCase, load_catalog, parse_catalog
from medgate.errors import ConfigError, InvalidRequest

REQUIRED_IDS = {
    "gpt-oss-120b",
    "gpt-oss-20b",
    "glm-4.5v",
    "deepseek-r1",
    "deepseek-r1-distill-qwen-32b",
    "smollm2-135m",
}


def test_packaged_catalogue_has_the_required_cards(catalog: Catalog) -> None:
    assert set(catalog.ids) >= REQUIRED_IDS
    assert len(catalog.ids) == len(set(catalog.ids))


def test_every_card_scores_every_use_case_with_evidence(catalog: Catalog) -> None:
    for card in catalog.cards:
        assert set(card.use_cases) == set(UseCase), card.id
        for uc, s in card.use_cases.items():
            assert 0 <= s.score <= 1, (card.id, uc)
            assert s.evidence.strip(), (card.id, uc)
        for m in card.evidence:  # measured by `medgate eval publish` (catalog/evidence.yaml)
            assert m.run and m.date and m.n and m.use_case is not None, card.id
            assert m.ci_low is not None and m.ci_high is not None and m.ci_low <= m.value <= m.ci_high


def test_only_the_harness_writes_evidence(raw_catalog: dict[str, Any]) -> None:
    assert all(card.get("evidence", []) == [] for card in raw_catalog["models"])  # models.yaml: none by hand


@pytest.mark.parametrize(
    ("provider", "model", "price_in", "price_out", "card_id"),
    [
        ("siliconflow", "openai/gpt-oss-120b", 0.09, 0.45, "gpt-oss-120b"),
        ("siliconflow", "zai-org/GLM-4.5V", 0.14, 0.86, "glm-4.5v"),
        ("siliconflow", "deepseek-ai/DeepSeek-R1", 0.50, 2.18, "deepseek-r1"),
        ("embedded", "smollm2-135m", 0.0, 0.0, "smollm2-135m"),
    ],
)
def test_seed_prices_are_exact(
    catalog: Catalog, provider: str, model: str, price_in: float, price_out: float, card_id: str
) -> None:
    assert catalog.price(provider, model) == Price(input_per_m=price_in, output_per_m=price_out)
    card = catalog.find_by_provider_model(provider, model)
    assert card is not None and card.id == card_id


@pytest.mark.parametrize(
    ("card_id", "family", "context", "vision", "licence", "gpu_gb"),
    [
        ("gpt-oss-120b", "gpt-oss", 131072, False, "Apache-2.0", 80),
        ("gpt-oss-20b", "gpt-oss", 131072, False, "Apache-2.0", 16),
        ("deepseek-r1", "deepseek-r1", 131072, False, "MIT", 1128),
        ("glm-4.5v", "glm-4.5v", 65536, True, "MIT", 160),
        ("smollm2-135m", "generic", 8192, False, "Apache-2.0", 0),
    ],
)
def test_model_card_facts(
    catalog: Catalog,
    card_id: str,
    family: str,
    context: int,
    vision: bool,
    licence: str,
    gpu_gb: float,
) -> None:
    card = catalog.get(card_id)
    assert (card.family, card.context_tokens, card.vision, card.licence) == (
        family,
        context,
        vision,
        licence,
    )
    assert card.hardware.gpu_memory_gb == gpu_gb


def test_r1_records_card_context_and_provider_context_apart(catalog: Catalog) -> None:
    r1 = catalog.get("deepseek-r1")
    assert r1.context_tokens == 131072
    assert r1.providers["siliconflow"].context_tokens == 163840
    assert r1.max_context() == (163840, "siliconflow")


def test_price_cost_maths() -> None:
    p = Price(input_per_m=0.09, output_per_m=0.45)
    assert p.cost(1_000_000, 0) == pytest.approx(0.09)
    assert p.cost(0, 1_000_000) == pytest.approx(0.45)
    assert p.cost(1000, 2000) == pytest.approx(0.00009 + 0.0009)
    assert p.cost(0, 0) == 0
    assert Price(input_per_m=0.5, output_per_m=2.18).cost(12_345, 6_789) == pytest.approx(
        (12_345 * 0.5 + 6_789 * 2.18) / 1e6
    )


def test_lookups(catalog: Catalog) -> None:
    assert catalog.get("local").id == "smollm2-135m"  # alias
    assert catalog.find_by_provider_model("siliconflow", "OPENAI/GPT-OSS-120B") is not None
    assert catalog.price("siliconflow", "OPENAI/GPT-OSS-120B") == catalog.price(
        "siliconflow", "openai/gpt-oss-120b"
    )
    assert catalog.find_by_provider_model("siliconflow", "no/such-model") is None
    assert catalog.find_by_provider_model("openrouter", "openai/gpt-oss-120b") is None
    assert catalog.price("siliconflow", "no/such-model") is None


def test_unknown_id_lists_the_known_ones(catalog: Catalog) -> None:
    with pytest.raises(InvalidRequest) as err:
        catalog.get("gpt-5")
    assert "gpt-5" in err.value.message
    assert all(i in err.value.message for i in catalog.ids)


def test_served_without_price_gives_none(
    raw_card: Callable[[str], dict[str, Any]], write_catalog: Callable[[Any], Path]
) -> None:
    card = raw_card("gpt-oss-20b")
    card["providers"] = {"siliconflow": {"model": "openai/gpt-oss-20b"}}
    catalog = load_catalog(write_catalog({"models": [card]}))
    assert catalog.find_by_provider_model("siliconflow", "openai/gpt-oss-20b") is not None
    assert catalog.price("siliconflow", "openai/gpt-oss-20b") is None


def _break(card: dict[str, Any], how: str) -> None:
    if how == "typo":
        card["licnece"] = card.pop("licence")
    elif how == "missing-use-case":
        del card["use_cases"]["imaging"]
    elif how == "imaging-without-vision":
        card["use_cases"]["imaging"]["score"] = 0.5
    elif how == "active-over-total":
        card["parameters_active_b"] = card["parameters_total_b"] + 1
    elif how == "half-price":
        del card["providers"]["siliconflow"]["price_output"]
    elif how == "score-over-one":
        card["use_cases"]["imaging"]["score"] = 1.5
    elif how == "bad-family":
        card["family"] = "gpt-5"
    elif how == "negative-price":
        card["providers"]["siliconflow"]["price_input"] = -1


@pytest.mark.parametrize(
    ("how", "needle"),
    [
        ("typo", "licnece"),
        ("missing-use-case", "imaging"),
        ("imaging-without-vision", "imaging"),
        ("active-over-total", "parameters_active_b"),
        ("half-price", "price_input"),
        ("score-over-one", "score"),
        ("bad-family", "family"),
        ("negative-price", "price_input"),
    ],
)
def test_invalid_cards_fail_with_the_field_named(
    raw_card: Callable[[str], dict[str, Any]],
    write_catalog: Callable[[Any], Path],
    how: str,
    needle: str,
) -> None:
    card = raw_card("gpt-oss-120b")
    _break(card, how)
    with pytest.raises(ConfigError) as err:
        load_catalog(write_catalog({"models": [card]}))
    assert "gpt-oss-120b" in err.value.message
    assert needle in err.value.message


def test_duplicate_ids_and_offers_fail(raw_card: Callable[[str], dict[str, Any]]) -> None:
    card = raw_card("gpt-oss-120b")
    with pytest.raises(ConfigError, match="appears twice"):
        parse_catalog({"models": [card, card]})
    other = raw_card("deepseek-r1")
    other["providers"]["siliconflow"]["model"] = "openai/gpt-oss-120b"
    with pytest.raises(ConfigError, match="appears twice"):
        parse_catalog({"models": [card, other]})


@pytest.mark.parametrize("data", [None, [], {"cards": []}, {"models": {}}, {"models": [], "x": 1}])
def test_wrong_top_level_shape(data: Any) -> None:
    with pytest.raises(ConfigError, match="models"):
        parse_catalog(data)


def test_unreadable_or_invalid_yaml(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot read"):
        load_catalog(tmp_path / "missing.yaml")
    bad = tmp_path / "bad.yaml"
    bad.write_text("models: [\n  - id: x\n    name: : :\n", "utf-8")
    with pytest.raises(ConfigError, match="not valid YAML"):
        load_catalog(bad)


def test_cards_are_frozen(catalog: Catalog) -> None:
    card = catalog.get("gpt-oss-120b")
    field = "context_tokens"
    with pytest.raises(ValueError, match="frozen"):
        setattr(card, field, 1)
