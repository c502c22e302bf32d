"""A financial firm named before its legal words: "Nkwanta Savings and Loans", "Ubuntu Credit
Union", "Bayanihan Microfinance", "Kasama Rural Bank", "Obuasi Savings & Loans", "Riverbend Mutual Bank". Where the name
before the words is no common English word nor a clinical one, it is the firm's own; "the Blood
Bank", "Food Bank", "a credit union", "Tissue Bank" stay."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.lexicon import Lexicon
from medgate.privacy.types import Entity, PhiType

# (a bank by its name alone is the bank a payment or a card goes to, no one's workplace: only the
# small lenders' kinds of bank are read)
_KINDS: Final = ("Savings", "Credit Union", "Microfinance", "Building Society", "Cooperative", "Co-operative",
                 " Bank")  # fmt: skip
_RX: Final = re.compile(
    r"(?<![\w'’\-])(?P<n>[A-Z][\w'’\-]+(?:[ ][A-Z][\w'’\-]+){0,2})[ ]"
    r"(?P<k>Savings(?:[ ](?:and|&)[ ]Loans?)?|Credit[ ]Union|Microfinance(?:[ ](?:Bank|Ltd))?"
    r"|(?:Rural|Thrift|Mutual|Community|Co-?operative)[ ]Bank|Building[ ]Society|(?:Multi-Purpose[ ])?Co-?operative)\b"
)
_COMMON_ZIPF: Final = 4.0  # a name word this common in English is the sentence's ("Food Bank")


def savings_firm_spans(text: str, lex: Lexicon) -> list[Entity]:
    if not any(k in text for k in _KINDS):
        return []
    out: list[Entity] = []
    for m in _RX.finditer(text):
        words = [w.lower() for w in m.group("n").split()]
        if words[0] in cues.DETERMINERS:
            continue  # ("Your Credit Union": the reader's, no name)
        if any(lex(w).clinical for w in words):
            continue
        if all(lex(w).english and lex(w).zipf >= _COMMON_ZIPF for w in words):
            continue
        out.append(Entity.of(PhiType.LOCATION, m))
    return out
