"""The red-flag categories, in the order they are reported: the one table naming them."""

from __future__ import annotations

from typing import Final

from medgate.safety.rules import (
    anaphylaxis,
    bleeding,
    cardiac,
    homicidal,
    overdose,
    sepsis,
    stroke,
    suicidal,
)
from medgate.safety.rules.base import Category, Concept, Rule

CATEGORIES: Final[tuple[Category, ...]] = (
    cardiac.CATEGORY,
    stroke.CATEGORY,
    anaphylaxis.CATEGORY,
    bleeding.CATEGORY,
    sepsis.CATEGORY,
    suicidal.CATEGORY,
    homicidal.CATEGORY,
    overdose.CATEGORY,
)

__all__ = ["CATEGORIES", "Category", "Concept", "Rule"]
