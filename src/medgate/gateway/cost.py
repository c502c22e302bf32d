"""Stage 8's arithmetic: a deployment's price per million tokens, and a response's cost in USD."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from medgate.catalog import Catalog, Price
from medgate.config import Deployment


def price_for(deployment: Deployment, catalog: Catalog | None) -> Price | None:
    """The configured price, else the catalogue's for a provider preset; None if unknown."""
    if deployment.price is not None:
        return deployment.price
    if catalog is not None and deployment.provider:
        return catalog.price(deployment.provider, deployment.model)
    return None


def cost_usd(price: Price | None, usage: Mapping[str, Any] | None) -> float | None:
    """None when usage or the price is unknown: a cost is never guessed."""
    if not usage or price is None:
        return None
    return round(price.cost(int(usage.get("prompt_tokens") or 0),
                            int(usage.get("completion_tokens") or 0)), 10)
