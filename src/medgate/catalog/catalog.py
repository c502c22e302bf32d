"""The catalogue: all model cards, loaded once from YAML and looked up by id or provider model."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import Any

from pydantic import ValidationError

from medgate.catalog.card import Card, Price
from medgate.catalog.evidence import EVIDENCE_FILE, merge, parse_evidence
from medgate.errors import ConfigError, InvalidRequest
from medgate.yamlfile import parse_yaml

_PACKAGED = "models.yaml"


class Catalog:
    """Read-only set of cards with indexes by id/alias and by (provider, provider model id)."""

    __slots__ = ("_by_id", "_by_offer", "cards")

    def __init__(self, cards: Iterable[Card]) -> None:
        self.cards: tuple[Card, ...] = tuple(cards)
        by_id: dict[str, Card] = {}
        by_offer: dict[tuple[str, str], Card] = {}
        for card in self.cards:
            for key in (card.id, *card.aliases):
                if key in by_id:
                    raise ConfigError(f"catalogue: id or alias {key!r} appears twice")
                by_id[key] = card
            for provider, offer in card.providers.items():
                key2 = (provider, offer.model)
                if key2 in by_offer:
                    raise ConfigError(f"catalogue: {provider} model {offer.model!r} appears twice")
                by_offer[key2] = card
        self._by_id: Mapping[str, Card] = MappingProxyType(by_id)
        self._by_offer: Mapping[tuple[str, str], Card] = MappingProxyType(by_offer)

    @property
    def ids(self) -> list[str]:
        return [c.id for c in self.cards]

    def get(self, card_id: str) -> Card:
        """The card for an id or alias; InvalidRequest naming the known ids otherwise."""
        card = self._by_id.get(card_id)
        if card is None:
            raise InvalidRequest(
                f"unknown model {card_id!r} in the catalogue; known: {', '.join(self.ids)}",
                param="model",
            )
        return card

    def find_by_provider_model(self, provider: str, model: str) -> Card | None:
        """The card a provider serves under `model` (exact id first, then case-insensitive)."""
        card = self._by_offer.get((provider, model))
        if card is not None:
            return card
        folded = model.casefold()
        for (p, m), c in self._by_offer.items():
            if p == provider and m.casefold() == folded:
                return c
        return None

    def price(self, provider: str, model: str) -> Price | None:
        """Price per million tokens for `model` at `provider`; None when unknown or unpriced."""
        card = self.find_by_provider_model(provider, model)
        if card is None:
            return None
        for name, offer in card.providers.items():
            if name == provider and offer.model.casefold() == model.casefold():
                return offer.price
        return None  # pragma: no cover - the index guarantees a match


def parse_catalog(data: Any, *, origin: str = "catalogue") -> Catalog:
    """Validate already-parsed YAML (`{"models": [card, ...]}`) into a Catalog."""
    models = data.get("models") if isinstance(data, dict) else None
    if not isinstance(data, dict) or set(data) != {"models"} or not isinstance(models, list):
        raise ConfigError(f"{origin}: expected one top-level key 'models' holding a list of cards")
    cards: list[Card] = []
    for i, raw in enumerate(models):
        try:
            cards.append(Card.model_validate(raw))
        except ValidationError as exc:
            label = raw.get("id", f"#{i}") if isinstance(raw, dict) else f"#{i}"
            raise ConfigError(f"{origin}: model {label}: {_one_line(exc)}") from exc
    return Catalog(cards)


def catalog_path(path: Path | None = None) -> Path:
    """The catalogue YAML: `path`, or the packaged models.yaml."""
    return path if path is not None else Path(str(resources.files("medgate.catalog").joinpath(_PACKAGED)))


def load_catalog(path: Path | None = None) -> Catalog:
    """Load the packaged catalogue, or the YAML at `path`, with the measured evidence in the
    `evidence.yaml` beside it (if any). No cache here: the caller keeps it."""
    source = catalog_path(path)
    origin = f"medgate/catalog/{_PACKAGED}" if path is None else str(path)
    try:
        text = source.read_text("utf-8")
    except OSError as exc:
        raise ConfigError(f"cannot read catalogue {path or _PACKAGED}: {exc.strerror}") from exc
    catalog = parse_catalog(parse_yaml(text, origin), origin=origin)
    evidence_file = source.parent / EVIDENCE_FILE
    try:
        evidence_text = evidence_file.read_text("utf-8")
    except FileNotFoundError:
        return catalog
    except OSError as exc:
        raise ConfigError(f"cannot read {evidence_file}: {exc.strerror}") from exc
    evidence = parse_evidence(evidence_text, str(evidence_file), catalog.ids)
    return Catalog(merge(catalog.cards, evidence))


def _one_line(exc: ValidationError) -> str:
    parts = []
    for err in exc.errors():
        loc = ".".join(str(x) for x in err["loc"])
        parts.append(f"{loc}: {err['msg']}" if loc else err["msg"])
    return "; ".join(parts)
