"""The model catalogue: cards as data (models.yaml), prices, and a use-case recommender."""

from medgate.catalog.card import (
    Card,
    FamilyName,
    Hardware,
    Measurement,
    Modality,
    Price,
    ProviderOffer,
    Reasoning,
    UseCase,
    UseCaseScore,
)
from medgate.catalog.catalog import Catalog, load_catalog, parse_catalog
from medgate.catalog.recommend import Constraints, Ranking, parse_use_case, recommend
from medgate.catalog.render import catalog_markdown_table, catalog_table

__all__ = [
    "Card",
    "Catalog",
    "Constraints",
    "FamilyName",
    "Hardware",
    "Measurement",
    "Modality",
    "Price",
    "ProviderOffer",
    "Ranking",
    "Reasoning",
    "UseCase",
    "UseCaseScore",
    "catalog_markdown_table",
    "catalog_table",
    "load_catalog",
    "parse_catalog",
    "parse_use_case",
    "recommend",
]
