"""A month and day without a year right after a clinical event's word in a note: "last bm 3-14",
"S/P ORIF 7/7", "CABG 2/9", "adm 10/2", "extubated 5-30". A slash or dash pair that could be a
ratio or a range elsewhere ("5/5 strength", "8-10 cc") is a date there; a value after it (a unit,
another slash) keeps it a measure."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.text import lowered
from medgate.privacy.types import Entity, PhiType
from medgate.privacy.word_start import cue_finditer, heads, word_led

# the event's word (bowel movement, admission, operations by their abbreviation, lines placed)
_EVENT_WORDS: Final = (
    r"last[ \t]+bm", "bm", "adm", "admit", "admitted", "readm", "imn", "orif", "cabg", "avr", "mvr", r"ex[ \t]+lap",
    r"lap[ \t]+chole", "turp", "tkr", "thr", "tha", "tka", "ercp", "egd", "extub(?:ated)?", "intub(?:ated)?",
    "reintub(?:ated)?", "trached", "peg'?d", "dx'?d",
)  # fmt: skip
_EVENT_DATE: Final = re.compile(  # (led by the words' first letters: the scan skips to them)
    word_led(_EVENT_WORDS)
    + r"[ \t]+(?i:on[ \t]+)?(?P<d>(?:1[0-2]|0?[1-9])[-/](?:3[01]|[12]\d|0?[1-9]))"
    # not a range or a ratio going on, nor a count of something after it
    r"(?![\d/.\-]|[ \t]*(?i:mg|mcg|ml|cc|cm|mm|units?|x\b|%|hrs?|days?|wks?))"
)
_HEADS: Final = heads(_EVENT_WORDS)  # (the scan is tried only where one begins: `cue_finditer`)
# What every match ends with: a month and day after a space, found from its slash or dash (the
# engine skips to them), the month read back; where there is none the word scan is not run
_PAIR: Final = re.compile(
    r"[-/](?:(?<=[ \t]\d[-/])|(?<=[ \t]\d\d[-/]))(?:3[01]|[12]\d|0?[1-9])"
    r"(?![\d/.\-]|[ \t]*(?i:mg|mcg|ml|cc|cm|mm|units?|x\b|%|hrs?|days?|wks?))"
)


def clinical_event_date_spans(text: str) -> list[Entity]:
    if _PAIR.search(text) is None:
        return []
    return [
        Entity(PhiType.DATE, m.start("d"), m.end("d"), m.group("d")) for m in cue_finditer(_EVENT_DATE, text, lowered(text), _HEADS)
    ]
