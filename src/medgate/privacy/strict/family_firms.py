"""A family firm by its founder's name: "pruitt & sons funeral home", "Okafor and Sons Builders",
"Dlamini Bros transport". The surname before "& Sons", "and Daughters", "Bros" is masked. Told in
lower case or with "and", it counts only before the firm's trade ("funeral home", "ltd", "builders"),
so a family ("his wife and sons visited") names none."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.text import lowered
from medgate.privacy.types import Entity, PhiType
from medgate.privacy.word_start import cue_finditer, heads, may_hold

_KIN_WORDS: Final = ("sons?", "daughters?", "brothers", r"bros\.?", "sisters", "nephews?")
_KIN: Final = "(?:" + "|".join(_KIN_WORDS) + ")"
_NAME: Final = r"[A-Za-z][A-Za-z'’-]+"
_CAPITAL: Final = r"[A-Z][A-Za-z'’-]+"
# (found from the kin word, a rarer start than every word; the name before it read back, two words
# only when both are capitalised: "Van Dyke & Sons"; "chosen pruitt & sons" is one)
_KIN_RX: Final = re.compile(rf"(?i:{_KIN})(?![\w'’-])")  # (after a space: checked, not a lookbehind the scan would try everywhere)
_KIN_HEADS: Final = heads(_KIN_WORDS)  # (the scan is tried only where one stands: `cue_finditer`)
_BEFORE: Final = re.compile(rf"(?<![\w'’-])(?P<v>{_CAPITAL} {_CAPITAL}|{_NAME}) (?:(?P<and>&|and|n) )?\Z")
_REACH: Final = 60
# what a firm's name goes on to: its trade, or the company's legal form
_TRADE_AFTER: Final = re.compile(
    r"(?:,? )(?i:funeral|mortuary|undertakers?|ltd|limited|inc|llc|plc|pty|co\b|company|builders?|construction"
    r"|transport|haulage|motors|garage|plumbing|electrical|roofing|solicitors|jewell?ers|butchers?|bakery|bakers"
    r"|farms?|dairy|trucking|logistics|hardware|contractors|landscaping|removals|moving)\b"
)
# words that say whose family, not whose firm ("his wife and sons", "mum & daughters", "her two sons")
_NOT_A_FOUNDER: Final = cues.KIN | cues.DETERMINERS | frozenset({
    "with", "nan", "two", "three", "four", "both", "all", "she", "he", "they",
})  # fmt: skip
_CUES: Final = ("son", "daughter", "bros", "brothers", "sisters", "nephew")


def family_firm_spans(text: str) -> list[Entity]:
    low = lowered(text)
    if not may_hold(text, low, _CUES):
        return []
    out: list[Entity] = []
    for kin in cue_finditer(_KIN_RX, text, low, _KIN_HEADS, edge=False):
        if text[kin.start() - 1 : kin.start()] != " ":
            continue
        m = _BEFORE.search(text, max(0, kin.start() - _REACH), kin.start())
        if m is None:
            continue
        words = m.group("v").lower().split()
        if words[-1] in _NOT_A_FOUNDER or words[0] in _NOT_A_FOUNDER:
            continue
        founder_cased = m.group("v")[0].isupper() and m.group("and") == "&"  # (else its trade must follow)
        if not (founder_cased or _TRADE_AFTER.match(text, kin.end())):
            continue
        out.append(Entity.of(PhiType.LOCATION, m, "v"))
    return out
