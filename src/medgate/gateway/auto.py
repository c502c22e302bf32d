"""`"model": "auto"`: the configured alias the catalogue recommends for the request.

The use case comes from `{"medgate": {"use_case": …}}` (default diagnostic-support); the content
adds constraints: an image part needs a vision model, and a long input (plus the answer's
max_tokens) needs a context that fits it. Only configured aliases are candidates — the catalogue
ranks them, config order breaks ties — and the reason is returned for the `medgate` object.
"""

from __future__ import annotations

from typing import Any

from medgate.catalog import Catalog, Constraints, parse_use_case, recommend
from medgate.config import Config, Deployment
from medgate.errors import UnknownModel

AUTO = "auto"
DEFAULT_USE_CASE = "diagnostic-support"
CHARS_PER_TOKEN = 3.0  # a cautious estimate: clinical text with numbers tokenises densely


def card_for(catalog: Catalog, alias: str, dep: Deployment) -> str | None:
    """The catalogue card an alias's (first) deployment serves, if the catalogue knows it."""
    if dep.is_embedded:
        return dep.model if dep.model in catalog.ids else None
    if dep.provider:
        card = catalog.find_by_provider_model(dep.provider, dep.model)
        if card:
            return card.id
    return alias if alias in catalog.ids else None


def prompt_tokens_estimate(body: dict[str, Any]) -> int:
    """A generous count of the prompt's tokens, from its characters (for budgets and context)."""
    return content_needs(body, answer=0)[1] + 16


def message_text(body: dict[str, Any]) -> tuple[bool, int]:
    """Whether the request carries an image, and how many characters of text its messages hold."""
    images, chars = False, 0
    for message in body.get("messages") or []:
        content = message.get("content")
        if isinstance(content, str):
            chars += len(content)
        elif isinstance(content, list):
            for part in content:
                if isinstance(part, dict):
                    images = images or part.get("type") == "image_url"
                    chars += len(part.get("text") or "")
    return images, chars


def content_needs(body: dict[str, Any], answer: int | None = None) -> tuple[bool, int]:
    """Whether the request carries an image, and how many tokens of context it needs at least."""
    images, chars = message_text(body)
    if answer is None:
        answer = int(body.get("max_completion_tokens") or body.get("max_tokens") or 1024)
    return images, int(chars / CHARS_PER_TOKEN) + answer


def pick_alias(config: Config, catalog: Catalog, use_case: str, constraints: Constraints,
               allowed: frozenset[str] | None = None) -> str | None:
    """The best configured alias for a use case under constraints (None: no configured alias
    fits); `allowed`: the aliases an API key may use."""
    card_to_alias: dict[str, str] = {}
    for alias in config.models.values():
        if allowed is not None and alias.alias not in allowed:
            continue
        card = card_for(catalog, alias.alias, alias.deployments[0])
        if card and card not in card_to_alias:
            card_to_alias[card] = alias.alias
    for ranking in recommend(catalog, parse_use_case(use_case), constraints):
        if ranking.eligible and ranking.card.id in card_to_alias:
            return card_to_alias[ranking.card.id]
    return None


def choose(config: Config, catalog: Catalog, body: dict[str, Any],
           allowed: frozenset[str] | None = None) -> tuple[str, str]:
    """(alias, why) for a `model: auto` request; UnknownModel when no configured model fits."""
    use_case = (body.get("medgate") or {}).get("use_case") or DEFAULT_USE_CASE
    images, tokens = content_needs(body)
    alias = pick_alias(config, catalog, use_case, Constraints(needs_vision=images, min_context=tokens), allowed)
    needs = (["image input"] if images else []) + [f"a context of {tokens} tokens"]
    if alias is None:
        raise UnknownModel(f"model auto: no configured alias suits use case {use_case!r} with "
                           f"{' and '.join(needs)}; configure one (medgate recommend {use_case}) or name a model",
                           param="model")
    return alias, f"auto: catalogue's choice for {use_case} needing {' and '.join(needs)}"
