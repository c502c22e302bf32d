"""Insulins by their brand as they are sold outside the US, bare in messages and notes: "changed to
mixtard 30", "novomix 30 bd", "Insulatard 12 units nocte", "his levemir pen". Products, no one's
name, and no shipped drug list holds them all; a title before one ("Mr Tresiba") still makes it a
name."""

from __future__ import annotations

from typing import Final

from medgate.privacy.strict.brands import mark_brands
from medgate.privacy.strict.words import Tok

_BRAND_WORDS: Final = (
    "mixtard novomix humulin insulatard novorapid actrapid levemir tresiba toujeo apidra fiasp humalog "
    "lantus abasaglar semglee lyumjev admelog basaglar novolin ryzodeg xultophy suliqua wosulin insugen"
)
_BRANDS: Final = frozenset(_BRAND_WORDS.split())


def mark_insulins(toks: list[Tok], text: str) -> None:
    mark_brands(toks, _BRANDS)
