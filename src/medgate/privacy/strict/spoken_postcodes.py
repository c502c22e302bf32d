"""Postcodes and zip codes said aloud in a voice-typed message: letters and digit words after a
postcode's label ("postcode B one five two T T", "my zip is nine oh two one oh", "eircode D oh two X
two eight five"), and four or five digit words right after a street and its town ("twelve Rata
Street Taupo three three three zero", "12 Elm Road Springfield six two seven oh four"). Without
the label, the street word and a capitalised town before them, digit words stay ("took two three
times", "the Street four one").

A UK postcode voice-typed with a space inside its inward part ("LS6 2 UT", "M22 4 QE") is the postcode
too, after its label: the inward code's two letters are never C, I, K, M, O or V, so a stage or a
grade ("T2 3 NO") stays.

A spoken house number is the address's too: "number twelve Awolowo road" (the "number"
before a street), and a neighbour's or a home's house "at number nine" / "at number 12"."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.text import lowered
from medgate.privacy.types import Entity, PhiType

_DIGIT: Final = r"(?:zero|oh|o|nought|one|two|three|four|five|six|seven|eight|nine|double[ ][a-z]+|\d)"
_CODE_TOKEN: Final = rf"(?:[A-Z]|{_DIGIT}|[A-Z]{{1,2}}\d{{1,2}}[A-Z]?|\d[A-Z]{{2}})"
# the label, an optional "is"/"was"/":", then four to eight letters or digit words
_LABELLED: Final = re.compile(
    r"(?i:\b(?:post[ ]?code|postal[ ]code|zip(?:[ ]?code)?|eircode|pin[ ]?code))(?:[ ](?i:is|was|of)|:)?[ ]"
    rf"(?P<v>{_CODE_TOKEN}(?:,?[ ]{_CODE_TOKEN}){{3,7}})(?![\w'’-])"
)
_STREET: Final = (
    r"(?i:street|st|road|rd|avenue|ave|drive|dr|lane|ln|crescent|cres|place|pl|terrace|tce|way|close|court|ct"
    r"|grove|parade|boulevard|blvd|highway|hwy)"
)
# a street word, one to three capitalised town words ("in" before them: "10th street in Yuma"), then four
# or five digit words
_AFTER_TOWN: Final = re.compile(
    rf"\b{_STREET},?(?:[ ]in)?(?:[ ][A-Z][\w'’āēīōū-]+){{1,3}},?[ ](?P<v>{_DIGIT}(?:[ ]{_DIGIT}){{3,4}})(?![\w'’-])"
)
# a UK postcode voice-typed with its inward code split ("postcode for the ambulance is M22 4 QE")
_SPLIT_UK: Final = re.compile(r"(?<![\w\-])[A-Z]{1,2}\d[A-Z\d]?[ ]\d[ ][ABD-HJLNP-UW-Z]{2}(?![\w\-])")
_SPACED_DIGITS: Final = re.compile(r"[ ](?<=\d[ ])\d[ ]\d[ ]\d(?![\w/])")  # (from a space: the digit before read back)
_SPOKEN_DIGITS: Final = (" zero", " oh ", " nought", " one", " two", " three", " four", " five", " six", " seven",
                          " eight", " nine")
_WORD_NUMBER: Final = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[ -](?:one|two|three|four|five|six|seven"
    r"|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
    r"|sixteen|seventeen|eighteen|nineteen|(?:one|two|three|four|five|six|seven|eight|nine)[ ]hundred"
    r"(?:[ ]and[ ][a-z]+(?:[ -][a-z]+)?)?)"
)
# "number twelve Awolowo road": the word "number" opens the street's address
_NUMBERED_STREET: Final = re.compile(
    rf"(?i:\bnumber)[ ](?P<v>(?:{_WORD_NUMBER}|\d{{1,4}}[a-z]?)(?:[ ][A-Z][\w'’-]+){{1,3}}[ ]{_STREET})\b"
)
# "lives at number 12", "her neighbour at number nine", "next door at number 7"
_AT_NUMBER: Final = re.compile(
    r"(?i:\b(?:neighbou?rs?|next[ ]door|lives?|living|stays?|staying|house|home|flat)\b)[^.\n]{0,40}?"
    rf"\b(?i:at)[ ](?P<v>(?i:number)[ ](?:{_WORD_NUMBER}|\d{{1,4}}[a-z]?))(?![\w'’-])"
)


def spoken_postcode_spans(text: str) -> list[Entity]:
    low = lowered(text)
    out: list[Entity] = []
    if "code" in low or "zip" in low:
        for at in _starts(low, ("postcode", "post code", "postal code", "zip", "eircode", "pin code", "pincode")):
            m = _LABELLED.match(text, at)
            if m is not None:
                out.append(Entity.of(PhiType.ZIP, m, "v"))
        for at in _starts(low, ("postcode", "post code")):
            m = _SPLIT_UK.search(text, at, at + 60)
            if m is not None:
                out.append(Entity.of(PhiType.ZIP, m))
    # (four digit words at least, or four digits read out one by one: or no postcode)
    if sum(low.count(d) for d in _SPOKEN_DIGITS) >= 4 or _SPACED_DIGITS.search(text):
        out.extend(Entity.of(PhiType.ZIP, m, "v") for m in _AFTER_TOWN.finditer(text))
    for at in _starts(low, ("number ",)):
        m = _NUMBERED_STREET.match(text, at)
        if m is not None:
            out.append(Entity(PhiType.ADDRESS, m.start(), m.end("v"), text[m.start() : m.end("v")]))
    for at in _starts(low, ("at number ",)):
        m = _AT_NUMBER.search(text, max(0, at - 60), at + 40)
        if m is not None and m.start("v") == at + 3:
            out.append(Entity.of(PhiType.ADDRESS, m, "v"))
    return out


def _starts(low: str, words: tuple[str, ...]) -> list[int]:
    """Where each of `words` starts a word in the lower-cased text (a literal search: no scan)."""
    found = []
    for w in words:
        at = low.find(w)
        while at >= 0:
            if at == 0 or not low[at - 1].isalnum():
                found.append(at)
            at = low.find(w, at + 1)
    return found
