"""Dates read out in words, as voice typing and call transcripts write them: "the fourth of july
nineteen forty one", "march the third", "August the ninth, nineteen forty-eight", "Fourteen May
twenty nineteen", "the ninth of the eleventh, fifty-two", "doce de diciembre 1968", "on the
ninth", "14 tarikh" (Hindi, Urdu). Each scan runs only where its words are in the text."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.text import lowered, word_before
from medgate.privacy.types import Entity, PhiType
from medgate.privacy.word_start import cue_finditer, heads, word_led, word_start

FULL_WEEKDAYS: Final = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
# what may follow a day said on its own ("the first of the second cycle" is no date)
AFTER_DAY: Final = re.compile(
    r"[ \t]*(?:$|[^\w \t]|(?i:at|or|and|when|if|pls|please|so|but|is|was|i|we|ok|x)\b)"
)

_ORDINAL_WORDS: Final = (
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
    "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
    "thirtieth", r"twenty[ \-](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)", r"thirty[ \-]first",
)  # fmt: skip
_ORDINAL_WORD = "(?:" + "|".join(_ORDINAL_WORDS) + ")"

_MONTH_NAMES: Final = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december",
)  # fmt: skip
_MONTH_NAME = "(?:" + "|".join(_MONTH_NAMES) + ")"

_YEAR_WORDS = (  # "nineteen forty-eight", ", twenty nineteen", "two thousand and three"
    r"(?:,?[ \t]+(?:nineteen|twenty)|,?[ \t]+two[ \t]+thousand(?:[ \t]+and)?)"
    r"(?:[ \t\-]+(?:oh|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|"
    r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|one|two|three|four|five|six|seven|eight|nine)){1,2}"
)
# a day said as a cardinal before its month, read out with its year ("Fourteen May twenty nineteen")
_CARDINAL_DAYS: Final = (
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
    "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    r"twenty(?:[ \-](?:one|two|three|four|five|six|seven|eight|nine))?", r"thirty(?:[ \-]one)?",
)  # fmt: skip
_CARDINAL_DAY = "(?:" + "|".join(_CARDINAL_DAYS) + ")"

# The ways a read-out date opens, one per first word, in the order they are tried: the scan is led
# by those words' first letters (the regex engine skips to them) and only the openings with the
# letter read there are tried. (The lookahead of the fourth way is read at its first letter.)
_TENS_AHEAD: Final = r"(?<=(?=(?:twenty|thirty)[ \t\-]).)"
_SPOKEN_DATE_OPENINGS: Final = (
    *(w + rf"[ \t]+of[ \t]+{_MONTH_NAME}" for w in _ORDINAL_WORDS),
    *(m + rf"[ \t]+(?:the[ \t]+)?{_ORDINAL_WORD}" for m in _MONTH_NAMES),
    *(c + rf"[ \t]+{_MONTH_NAME}(?={_YEAR_WORDS})" for c in _CARDINAL_DAYS),
    # an ordinal straight before its month ("twenty second april"; "the second may be" is no date)
    *(w[0] + _TENS_AHEAD + w[1:] + rf"[ \t]+{_MONTH_NAME}" for w in _ORDINAL_WORDS),
    *(w + rf"[ \t]+(?!may\b|march\b){_MONTH_NAME}" for w in _ORDINAL_WORDS),
    # a cardinal day after its month, the year read out ("april seven nineteen sixty two")
    *(m + rf"[ \t]+{_CARDINAL_DAY}(?={_YEAR_WORDS})" for m in _MONTH_NAMES),
)
_SPOKEN_DATE: Final = re.compile(word_led(_SPOKEN_DATE_OPENINGS) + rf"(?i:(?:{_YEAR_WORDS})?)\b")

# a day and a month both said as ordinal words, the year after in words or digits ("the
# ninth of the eleventh, fifty-two", "third of the fourth nineteen ninety"): a date of birth read out
_MONTH_ORDINAL = (
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)"
)
_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_UNITS = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_SPOKEN_ORDINALS_DATE: Final = re.compile(
    rf"(?i:\b{_ORDINAL_WORD}[ \t]+of[ \t]+the[ \t]+{_MONTH_ORDINAL}\b"
    rf"((?:,?{_YEAR_WORDS}|,?[ \t]+{_TENS}(?:[ \t\-]{_UNITS})?|,?[ \t]+(?:19|20)?\d\d)\b)?)"
)

# a day said in Spanish words before its month: "doce de diciembre 1968", "primero de mayo"
_SPANISH_SPOKEN_DATE: Final = re.compile(
    r"(?i:\b(?:primero|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce"
    r"|quince|diecis[eé]is|diecisiete|dieciocho|diecinueve|veinte|veinti(?:uno|d[oó]s|tr[eé]s|cuatro|cinco"
    r"|s[eé]is|siete|ocho|nueve)|treinta(?:[ \t]+y[ \t]+uno)?)[ \t]+de[ \t]+(?:enero|febrero|marzo|abril"
    r"|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)"
    r"(?:[ \t]+(?:de[ \t]+|del[ \t]+)?(?:19|20)\d\d)?)\b"
)
# "on the ninth", "by the twenty-third": a day of the month said as a word, after one of
# _SPOKEN_DAY_CUES, where nothing follows that it could count ("on the second floor", "by the
# third dose")
_SPOKEN_DAY: Final = re.compile(
    rf"(?i:the[ \t]+(?P<v>{_ORDINAL_WORD})"
    r"(?=[ \t]*(?:[,.;:!?)\n]|$)|[ \t]+(?:and|at|for|when|so|but|i|we|she|he|they|then|or|please"
    r"|with|to|in|from|after|before|if|because|instead|which|that)\b))"
)
# "on twenty fifth", "by thirty-first": a compound day ordinal right after a day's cue, with no
# "the" (voice typing drops it); never a count ("twenty five") nor the first twenty days ("on fifth floor")
_BARE_COMPOUND_DAY: Final = re.compile(
    r"(?i:(?<![\w-])(?:twenty[ \-](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|thirty[ \-]first)"
    r"(?![\w-])(?![ \t]+(?:floor|street|st|avenue|ave|road|rd|birthday|anniversary|time|week|dose|cycle)\b))"
)
_SPOKEN_DAY_CUES: Final = frozenset({"on", "by", "since", "until", "till"}) | FULL_WEEKDAYS  # ("Tuesday the eighteenth")
# "from the fourteenth", "before the twenty-first": a day past the third only, as "from the first"
# and "after the second" are mostly an order, not a day
_LOOSE_DAY_CUES: Final = frozenset({"from", "before", "after"})
_ORDER_WORDS: Final = frozenset({"first", "second", "third"})

# A month written out in full: the read-out date's scan runs only in a text that has one
_FULL_MONTH: Final = re.compile(word_start(_MONTH_NAMES) + r"\b")
_MONTH_HEADS: Final = heads(_MONTH_NAMES)  # (the scan is tried only where one begins: `cue_finditer`)

# a day number before the Hindi and Urdu word for a date: "14 tarikh", "9 tareekh"
_DATE_WORD_AFTER: Final = re.compile(r"\d(?<![\w.,/:]\d)\d?[ \t]+(?i:tarikh|tareekh|tarik)\b")


def spoken_date_spans(text: str) -> list[Entity]:
    out: list[Entity] = []
    low = lowered(text)
    if next(cue_finditer(_FULL_MONTH, text, low, _MONTH_HEADS), None):
        for m in _SPOKEN_DATE.finditer(text):
            out.append(Entity.of(PhiType.DATE, m))
    if " of the " in low:
        for m in _SPOKEN_ORDINALS_DATE.finditer(text):
            if m.group(1) or AFTER_DAY.match(text, m.end()):  # ("the first of the second cycle": no date)
                out.append(Entity.of(PhiType.DATE, m))
    if " de " in low:
        for m in _SPANISH_SPOKEN_DATE.finditer(text):
            out.append(Entity.of(PhiType.DATE, m))
    if " the " in low:
        for m in _SPOKEN_DAY.finditer(text):
            if m.start() and text[m.start() - 1].isalnum():
                continue
            cue = word_before(text, m.start(), "")
            if cue in _SPOKEN_DAY_CUES or (cue in _LOOSE_DAY_CUES and m.group("v").lower() not in _ORDER_WORDS):
                out.append(Entity.of(PhiType.DATE, m, "v"))
    if "twenty" in low or "thirty" in low:
        for m in _BARE_COMPOUND_DAY.finditer(text):
            if word_before(text, m.start(), "") in _SPOKEN_DAY_CUES:
                out.append(Entity.of(PhiType.DATE, m))
    if "tar" in low:  # ("tarikh", "tareekh")
        for m in _DATE_WORD_AFTER.finditer(text):
            out.append(Entity.of(PhiType.DATE, m))
    return out
