"""Lines, tubes and formulas a bedside nurse names bare by their maker or origin: "r ij quinton
cath", "trach is a shiley 8", "parkland: 4 ml x kg x %". The word is a surname or a town too, so it
stays only where the device stands: a size or value after it, a device noun after it, or the
site of a line before it. A syringe driver by its maker ("McKinley T34", "graseby 3100 pump") too, and a home dialysis
cycler or machine by its maker ("the Fresenius cycler"). "Mr Quinton called", "moved to Parkland" are still masked."""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Final

from medgate.privacy.strict.words import SAFE, Tok
from medgate.privacy.text import lowered
from medgate.privacy.word_start import may_hold

# dialysis and central lines, tracheostomy tubes, burn resuscitation (US ICU charting), syringe
# drivers (palliative care), the forced-air warming blanket ("bair hugger on")
_DEVICE: Final = re.compile(
    r"(?i)\b(?:quinton|mahurkar|trialysis|shiley|bivona|portex|parkland|mckinley|graseby|bair)\b"
    # a size, value or model after it ("shiley 6", "parkland: 4 ml", "McKinley T34"), or a device noun
    r"(?=[ \t]*(?::[ \t]*)?(?:#[ \t]*)?\d|[ \t]+[A-Z]{1,2}\d{2,4}\b"
    r"|[ \t]+(?i:cath|catheter|line|trach|tube|formula|cuffed|cuffless|placed|inner|driver|pump|syringe|hugger)\b)"
)
# a home dialysis machine by its maker, only right before the machine's noun ("the Fresenius
# cycler", "NxStage machine"; a surname too: "Jo Baxter 82" stays a person)
_DIALYSIS: Final = re.compile(r"(?i)\b(?:baxter|fresenius|nxstage)(?=[ \t]+(?:cycler|machine|pump|system)\b)")
# a line's site before the maker ("r ij quinton", "L FEM MAHURKAR", "size 6 shiley")
_SITE_BEFORE: Final = re.compile(r"(?i)\b(?:ij|sc|subclavian|fem|femoral|trach|size[ \t]+\d+)[ \t]+\Z")
_BARE: Final = re.compile(r"(?i)\b(?:quinton|mahurkar|trialysis|shiley|bivona|portex)\b")
_TITLE_BEFORE: Final = re.compile(r"(?i:\b(?:mr|mrs|ms|mx|miss|dr|prof)\.?[ \t]+)\Z")
# (every match of either scan holds one: most notes hold none, and then neither scan runs)
_MAKERS: Final = ("quinton", "mahurkar", "trialysis", "shiley", "bivona", "portex", "parkland", "mckinley", "graseby", "bair",
                   "baxter", "fresenius", "nxstage")


def _start(t: Tok) -> int:
    return t.start


def mark_bedside_devices(toks: list[Tok], text: str) -> None:
    """The device's word is marked as eponyms are: the word filter and the tagger leave it."""
    if not may_hold(text, lowered(text), _MAKERS):
        return
    # (never after a title: "Mr McKinley 82", "Dr Quinton 4-1120" are people)
    starts = [m.start() for m in _DEVICE.finditer(text) if not _TITLE_BEFORE.search(text, max(0, m.start() - 8), m.start())]
    starts += [m.start() for m in _DIALYSIS.finditer(text) if not _TITLE_BEFORE.search(text, max(0, m.start() - 8), m.start())]
    for m in _BARE.finditer(text):
        if _SITE_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            starts.append(m.start())
    for s in starts:
        k = bisect_left(toks, s, key=_start)
        if k < len(toks) and toks[k].start == s:
            t = toks[k]
            t.verdict, t.eponym, t.hit = SAFE, True, False
