"""A firm named by its trade word, after a work cue in the same clause: "WORKS 2ND SHIFT AT EASTEX
POULTRY", "welder at Tri-County Steel Fab", "retired after 31 yrs at Smoky Hill Grain co-op",
"driver for Harlan Lumber", "drives for Yellow Cab". The name is one to three capitalised words (any word: "Smoky Hill")
before the trade word, itself capitalised; in lower case the trade word is a kind of place ("works
at the grain elevator"), and a trade word with no name before it is no one's ("works at Steel
Fab", "at the Local Poultry plant")."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.lexicon import Lexicon
from medgate.privacy.text import lowered
from medgate.privacy.types import Entity, PhiType
from medgate.privacy.word_start import cue_finditer, heads, word_led

_TRADES: Final = (
    "Poultry", "Grain", "Grains", "Steel", "Fab", "Fabrication", "Fabricators", "Timber", "Lumber", "Sawmill",
    "Mill", "Mills", "Farms", "Feed", "Feeds", "Dairy", "Dairies", "Meats", "Meatworks", "Packing", "Packers",
    "Processing", "Plastics", "Metals", "Concrete", "Cement", "Trucking", "Freight", "Haulage", "Manufacturing",
    "Mfg", "Foundry", "Cannery", "Creamery", "Quarry", "Quarries", "Mining", "Roofing", "Plumbing",
    "Landscaping", "Orchards", "Vineyards", "Winery", "Brewery", "Co-op", "Cooperative", "Implement", "Tire",
    "Tyres", "Abattoir",
    "Cab", "Cabs", "Taxi", "Taxis", "Minicabs", "Limo", "Limousine",  # a taxi firm ("drives for Yellow Cab")
)  # fmt: skip
_TRADE: Final = "(?:" + "|".join(re.escape(t) + "|" + re.escape(t.upper()) for t in _TRADES) + ")"
_WORK: Final = (
    "works", "work", "worked", "working", "employed", "employee", "retired", "shift", "job", "welder", "driver",
    "trucker", "labourer", "laborer", "operator", "machinist", "mechanic", "packer", "foreman", "farmhand",
    "supervisor", "clerk", "worker", "miner", "millwright", "electrician", "fitter", "boilermaker", "butcher",
    "drives", "drove", "driving",  # ("drives for Checker Taxi")
)  # fmt: skip
_NAME_WORD: Final = r"[A-Z][\w'’&]*(?:-[A-Z][\w'’&]*)?"
# the cue, up to five words of the clause ("2ND SHIFT", "after 31 yrs"), the preposition, the name
_RX: Final = re.compile(
    word_led(_WORK) + r"(?:[ ][\w'’/\-]+){0,5}?[ ](?i:at|for|with)[ ]"
    rf"(?P<v>(?P<first>{_NAME_WORD})(?:[ ]{_NAME_WORD}){{0,2}}[ ]{_TRADE}(?:[ ]{_TRADE})?)(?![\w'’\-])"
)
_HEADS: Final = heads(_WORK)  # (the scan is tried only where one begins: `cue_finditer`)
_LOWER_TRADES: Final = tuple(t.lower() for t in _TRADES)
_TRADE_WORDS: Final = frozenset(_LOWER_TRADES)
_TAXI_WORDS: Final = frozenset({"cab", "cabs", "taxi", "taxis", "minicabs", "limo", "limousine"})
# first words that say which kind of firm, not whose ("at the Local Poultry plant")
_GENERIC: Final = frozenset({"local", "same", "family", "county", "state", "city", "national", "big", "small",
                             "black", "hospital", "patient"})  # (a London "Black Cab", a "Patient Taxi": kinds)


def trade_firm_spans(text: str, lex: Lexicon) -> list[Entity]:
    low = lowered(text)
    if not any(t in low for t in _LOWER_TRADES):
        return []
    out: list[Entity] = []
    for m in cue_finditer(_RX, text, low, _HEADS):
        first = m.group("first").lower()
        taxi = m.group("v").rsplit(" ", 1)[-1].lower() in _TAXI_WORDS  # (a colour names taxi firms: "Yellow Cab")
        if first in cues.DETERMINERS or first in _GENERIC or first in _TRADE_WORDS or (lex(first).clinical and not taxi):
            continue
        out.append(Entity.of(PhiType.LOCATION, m, "v"))
    return out
