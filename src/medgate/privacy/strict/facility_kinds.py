"""Outside facilities a nurse names by their first words and a kind abbreviation, lower case or
ALL CAPS: "elm ridge nh", "from BRIARCLIFF SNF", "1st choice lakeside ltac", "dc to cobble hill
rehab"; and a facility by one unknown word after a transfer, an arrival or a device changed there
("back to hartwell", "tx'd from stonegate", "came over from kessler", "trach changed 2/3 at
lakeview"). The words before the kind are taken back to the first that is a function word, a common
English word or a clinical one ("acute rehab", "home vna", "back to rehab" stay)."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.lexicon import Lexicon
from medgate.privacy.text import lowered
from medgate.privacy.types import Entity, PhiType
from medgate.privacy.vocab import CLINICAL_WORDS
from medgate.privacy.word_start import cue_finditer, heads, word_led

# the kind's abbreviation, in either case, ending the facility's name
_KINDS: Final = ("nh", "snf", "ltac", "ltach", "alf", "vna", "rehab", "ltc")
_KIND: Final = re.compile(r"(?<=[ \t])(?:" + "|".join((*_KINDS, *(k.upper() for k in _KINDS))) + r")\b(?![-/'])")
_WORD_BEFORE: Final = re.compile(r"(?<![\w'’/-])([A-Za-z][A-Za-z'’]*)[ \t]+\Z")
# the care a kind's adjective names, not a facility's own word
_CARE_WORDS: Final = frozenset({
    "acute", "subacute", "sub", "inpatient", "outpatient", "cardiac", "pulmonary", "pulm", "cardiopulmonary",
    "stroke", "neuro", "ortho", "vestibular", "pelvic", "geriatric", "psych", "drug", "alcohol", "detox",
    "physical", "occupational", "speech", "home", "local", "short", "long", "term", "day", "vent", "peds",
    "back", "choice", "plan", "vs", "or", "and", "to", "from", "at", "in", "the", "a", "an", "of", "for",
    "her", "his", "their", "dc", "fr", "pt", "needs", "need", "prior", "previous", "new", "same", "old",
    "rec", "recs", "recommend", "recommends", "recommended", "w", "with", "via", "ot", "st", "slp",
    "declines", "declined", "refuses", "refused", "wants", "prefers", "accepts", "accepted", "agrees",
    "return", "returns", "going", "discharge", "discharged", "admitted", "if", "than", "not", "no",
})  # fmt: skip
# a capitalised name joined by "of" before the taken words ("Sunrise of Westlake ALF", "Brookdale of
# Oak Park memory care"): a chain's branch named by its place
_OF_BEFORE: Final = re.compile(r"(?<![\w'’/-])([A-Z][A-Za-z'’]+)[ \t]+of[ \t]+\Z")
_WEAK_ZIPF: Final = 4.5  # words this common are the sentence's, not a facility's
_MAX_WORDS: Final = 3
# a transfer's cue, then one word no lexicon knows (led by the cues' first letters: the scan skips to them)
_ARRIVED_FROM: Final = r"(?:[ \t]+(?:over|in|up|down))?[ \t]+from"
_DONE_AT: Final = r"(?:[ \t]+(?:on[ \t]+)?\d{1,2}/\d{1,2}(?:/\d{2,4})?)?[ \t]+at"
_TRANSFER_CUES: Final = (
    r"back[ \t]+to", r"transfer(?:red)?[ \t]+(?:to|from)", r"tx'?d[ \t]+(?:to|from)", r"xfer[ \t]+(?:to|from)",
    # arrived from an outside place ("came over from kessler", "sent in from X")
    *(verb + _ARRIVED_FROM for verb in ("came", "come", "sent", "arrived")),
    # a device changed or placed there ("TRACH CHANGED 2/3 AT LAKEVIEW", "peg placed at X")
    *(verb + _DONE_AT for verb in ("changed", "placed", "inserted", "replaced")),
)
_TRANSFER: Final = re.compile(
    word_led(_TRANSFER_CUES)
    + r"[ \t]+"
    r"(?P<v>[A-Za-z]{4,})\b"
)

# (each scan is tried only where one of its words begins, `cue_finditer`: a kind's lookbehind
# leaves the regex engine no first character to skip to)
_HEADS: Final = {_KIND: heads(_KINDS), _TRANSFER: heads(_TRANSFER_CUES)}


def _name_word(word: str, lex: Lexicon) -> bool:
    low = word.lower()
    if low in _CARE_WORDS or low in cues.SHORTHAND or low in cues.UNITS or low in cues.KIN:
        return False
    if word.title() in CLINICAL_WORDS:
        return False
    e = lex(low)
    return not (e.english and e.zipf >= _WEAK_ZIPF)


def facility_kind_spans(text: str, lex: Lexicon) -> list[Entity]:
    out: list[Entity] = []
    low = lowered(text)
    for m in cue_finditer(_KIND, text, low, _HEADS[_KIND]):
        start = m.start()
        taken = 0
        while taken < _MAX_WORDS:
            w = _WORD_BEFORE.search(text, max(0, start - 40), start)
            if w is None or not _name_word(w.group(1), lex):
                break
            start, taken = w.start(1), taken + 1
        if taken and text[start].isupper():
            o = _OF_BEFORE.search(text, max(0, start - 30), start)
            if o is not None and _name_word(o.group(1), lex):
                start = o.start(1)
        if taken:
            end = _WORD_BEFORE.search(text, max(0, m.start() - 40), m.start())
            assert end is not None
            out.append(Entity(PhiType.LOCATION, start, end.end(1), text[start : end.end(1)]))
    if "to " in text or "from " in text or "TO " in text or "FROM " in text or "at " in text or "AT " in text:
        for m in cue_finditer(_TRANSFER, text, low, _HEADS[_TRANSFER]):
            v = m.group("v").lower()
            e = lex(v)
            if v not in cues.UNITS and not (e.english or e.clinical) and e.zipf < 3.0 and m.group("v").title() not in CLINICAL_WORDS:
                out.append(Entity(PhiType.LOCATION, m.start("v"), m.end("v"), m.group("v")))
    return out
