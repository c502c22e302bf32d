"""US care organisations named before their kind: "Bayview VNA", "Lakeland Home Health",
"harbor light hospice", "SUMMIT HEALTHCARE SERVICES", "Novant Occupational Health", "Riverside
Sports Medicine", "MAPLE FAMILY CLINIC", "Addus HomeCare", "Hopewell coumadin clinic", and a workplace before "feedlot". The
name is often an English word ("Lighthouse", "Harborview"), which the word filter keeps; the kind
after it is the cue. Words that only say which kind ("inpatient hospice", "home health", "the VNA",
"local family clinic") are no name."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.lexicon import Lexicon
from medgate.privacy.text import lowered
from medgate.privacy.types import Entity, PhiType

_KIND: Final = (
    r"(?:VNA|Home[ ]?Health(?:[ ]?care)?|Home[ ]?Care|Hospice|Health[ ]?care(?:[ ]Services?)?"
    r"|Health[ ](?:Services?|System)|Occupational[ ]Health|Sports[ ]Medicine|Family[ ](?:Clinic|Practice)"
    r"|(?:coumadin|anticoag|anticoagulation|infusion|wound)[ ]clinic|feedlot|dairy[ ]farm)"
)
# the kind first (found from the space before it), then one or two name words read back from it
# and, for a health system's own clinic, "Health" between them
_KIND_AT: Final = re.compile(rf"[ ](?P<k>(?i:{_KIND}))\b")
_NAME_BEFORE: Final = re.compile(
    r"(?<![\w\-])(?P<n>[A-Za-z][A-Za-z'’\-]+(?:[ ][A-Za-z][A-Za-z'’\-]+)?)(?P<h>[ ](?i:health))?\Z"
)
# Words that say which kind of service, or where it is given, not whose it is
_GENERIC_WORDS: Final = """home inpatient outpatient inpt outpt residential community local county state private public
    rural urban regional primary general mental dental veterans veteran cattle beef dairy hog pig
    nearby area new free nonprofit family employee pediatric paediatric peds adult geriatric palliative
    hospital occupational sports behavioral behavioural student women's men's children's continuous
    routine respite own same current previous prior other another any some referral agency accepted
    declined skilled visiting quality certified medicare medicaid insurance contracted preferred
    chosen choice patient's pt's pt pts family's their his her our my your the a an this that to from
    at in on into with for by of and or via per w/ plus also under through about after before
    start started starting enrolled enroll refer referred admit admitted discharge discharged dc
    needs need wants want qualify qualifies eligible contact call called notify notified arrange
    arranged setup set up consider discuss discussed recommend recommended is was are be been not
    no yes new old hme dme snf ltach rehab home-based in-home interim full partial
"""
_GENERIC: Final = frozenset(_GENERIC_WORDS.split())
GENERIC_KIND_WORDS: Final = _GENERIC  # (read by service_labels: what names no provider there either)


def _name_word(w: str, lex: Lexicon, lower_ok: bool) -> bool:
    low = w.lower()
    if low in _GENERIC or low in cues.UNITS or low in cues.KIN or low in cues.TITLES:
        return False
    e = lex(low)
    if e.clinical and not (e.name or e.place) and not w.istitle():
        return False  # ("CARDIAC HOSPICE"; a capitalised one names: "Spectrum Health")
    if w.isupper() and len(w) <= 4:
        return False  # "GOC HOSPICE", "PCP FAMILY PRACTICE": an abbreviation in a caps note
    if low.endswith(("ed", "ing", "ly")):
        return False  # "REQUESTING HOSPICE", "referred home health": a verb before the kind
    if w.islower():  # lower case: a rare word only ("crossroads hospice", not "skilled hospice")
        return lower_ok and len(w) >= 4 and e.zipf < 4.0
    return not (e.english and e.zipf >= 5.0)


_KIND_WORDS: Final = ("vna", "home", "hospice", "health", "medicine", "clinic", "feedlot", "dairy")


def org_kind_spans(text: str, lex: Lexicon) -> list[Entity]:
    low = lowered(text)
    if not any(k in low for k in _KIND_WORDS):
        return []
    out: list[Entity] = []
    for k in _KIND_AT.finditer(text):
        m = _NAME_BEFORE.search(text, max(0, k.start() - 60), k.start())
        if m is None or (out and m.start() < out[-1].end):
            continue
        kind = k.group("k")
        if m.group("h") and not m.group("h")[1:].istitle() and not m.group("h").isupper():
            continue  # "Sentara Health Sports Medicine"; not "… health occupational health"
        lower_ok = kind.islower()  # a lower-case name only before a lower-case kind
        words = m.group("n").split(" ")
        start = m.start("n")
        system = len(words) == 2 and words[1].lower() == "health" and not words[1].islower()
        if system:  # "Sentara Health Sports Medicine": a health system's own clinic
            words = words[:1]
        elif len(words) == 2 and not _name_word(words[0], lex, lower_ok):
            start = m.start("n") + len(words[0]) + 1
            words = words[1:]
        if not all(_name_word(w, lex, lower_ok) for w in words):
            continue
        end = m.end("h") if m.group("h") else m.end("n")  # (the kind itself is no one's: "VNA" stays)
        out.append(Entity(PhiType.LOCATION, start, end, text[start:end]))
    return out
