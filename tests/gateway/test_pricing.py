"""Cost per response: configured price first, else the catalogue's price for the provider preset."""

from __future__ import annotations

import pytest

from medgate.audit import MemoryAudit
from medgate.catalog import load_catalog
from medgate.config import parse_config
from medgate.gateway import Gateway


@pytest.mark.parametrize(("alias", "price_in", "price_out"), [
    ("gpt-oss-120b", 0.09, 0.45), ("glm-4.5v", 0.14, 0.86), ("deepseek-r1", 0.50, 2.18)])
def test_seed_models_priced_from_the_catalogue(alias: str, price_in: float, price_out: float) -> None:
    config = parse_config({}, env={"SILICONFLOW_API_KEY": "sk-test"})
    gateway = Gateway(config, {}, MemoryAudit(), load_catalog())
    price = gateway.price_for(config.models[alias].deployments[0])
    assert price is not None and (price.input_per_m, price.output_per_m) == (price_in, price_out)
    assert price.cost(1_000_000, 1_000_000) == pytest.approx(price_in + price_out)


def test_configured_price_wins_and_unknown_stays_unknown() -> None:
    config = parse_config({"models": [
        {"alias": "a", "deployments": [{"provider": "siliconflow", "model": "deepseek-ai/DeepSeek-R1",
                                        "price": {"input": 1, "output": 1}}]},
        {"alias": "b", "deployments": [{"base_url": "http://gpu:8000/v1", "model": "x"}]},
    ]}, env={})
    gateway = Gateway(config, {}, MemoryAudit(), load_catalog())
    assert gateway.price_for(config.models["a"].deployments[0]).output_per_m == 1  # type: ignore[union-attr]
    assert gateway.price_for(config.models["b"].deployments[0]) is None
