"""A day and month without a year in a Norwegian, Danish or Swedish note: "Ergoterapinotat 14.11",
"innlagt etter hjerneinfarkt 30.10 med ...", "hjemmebesøk i Tromsø 21.11.". These languages write a
decimal with a comma ("2,5 mg"), so there a dotted day and a two-digit month is a date wherever it
stands; an English note's "Hb 10.12" is a reading, so the pass runs only where the text is plainly
Nordic (three of its everyday words), and never before a unit or after a measure's name."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.languages import written_in
from medgate.privacy.text import word_before
from medgate.privacy.types import Entity, PhiType

# everyday Norwegian/Danish/Swedish words that English never writes alone: and, not, at, on, after,
# to, from, by, has, lives, comes, admitted, patient
_NORDIC_WORDS: Final = frozenset(
    ["og", "och", "ikke", "ikkje", "inte", "ved", "vid", "på", "etter", "efter", "hos", "ble", "blev", "blei", "til", "fra", "från", "kommer", "bor", "har", "innlagt", "indlagt", "inlagd", "pasient", "pasienten", "patienten", "trenger", "behöver", "hjelp", "hjælp", "hjälp"]
)
_WORD: Final = re.compile(r"(?<![\w])[a-zæøåäö]+(?![\w])")
# a valid day, a dot and a two-digit month, alone (no digit or dotted number on either side); a
# sentence's full stop may follow ("i Máze 21.11.")
_DAY_MONTH: Final = re.compile(
    r"(?<![\d.,/:])(?P<v>(?:0?[1-9]|[12]\d|3[01])\.(?:0[1-9]|1[0-2]))(?!\d|[.,:/]\d)"
)
# what makes it an amount instead: a unit or a percent after it
_UNIT_AFTER: Final = re.compile(
    r"[ \t]*(?:(?i:mg|mcg|µg|ug|g|kg|l|ml|mmol|mol|iu|ie|e|cm|mm|m|kpa|mmhg|timer|t|dager|d)\b|[%/])"
)


def is_nordic(text: str) -> bool:
    return written_in(text, _WORD, _NORDIC_WORDS)


def nordic_date_spans(text: str) -> list[Entity]:
    # every such date holds a dot between digits; the language test reads the whole text once
    if not re.search(r"\d\.[01]\d", text) or not is_nordic(text):
        return []
    return bare_day_months(text)


def bare_day_months(text: str) -> list[Entity]:
    """Every dotted day and two-digit month standing alone, save an amount's or a measure's: for a
    text already known to write its decimals with a comma (Nordic here, Polish in `polish_dates`)."""
    out: list[Entity] = []
    for m in _DAY_MONTH.finditer(text):
        if _UNIT_AFTER.match(text, m.end()) or word_before(text, m.start(), ",.") in cues.MEASURE_WORDS:
            continue
        out.append(Entity.of(PhiType.DATE, m, "v"))
    return out
