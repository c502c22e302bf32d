"""A feed or drip named by its brand before the rate it runs at: "TF Peptamen @ 50cc/hr", "Jevity 1.2 at
60 ml/hr", "NEPRO @ GOAL 45 CC/H". The rate says the word is what runs, never a person: kept, unless a
title stands before it ("Mr Ashby @ 50cc/hr" stays the name filter's). A word before a time or a count
("Hope @ 1400", "Dawn @ 2 pm") is no feed."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.strict.icu_devices import keep_span
from medgate.privacy.strict.words import Tok

_RATED: Final = re.compile(
    r"(?<![\w.])(?P<v>[A-Za-z][a-z]+|[A-Z]{3,})(?:[ \t]+\d(?:\.\d)?)?[ \t]*(?:@|\b(?i:at))[ \t]*(?:(?i:goal)[ \t]+)?"
    r"\d{1,3}(?:\.\d+)?[ \t]*(?i:cc|ml)[ \t]*(?:/[ \t]*(?i:hr?|hour)\b|[ \t]+(?i:per)[ \t]+(?i:hr?|hour)\b)"
)
# the rate's own end of every match (from its last digit), a digit the scan skips to
_RATE: Final = re.compile(r"\d[ \t]*(?i:cc|ml)[ \t]*(?:/[ \t]*(?i:hr?|hour)\b|[ \t]+(?i:per)[ \t]+(?i:hr?|hour)\b)")
_TITLE_BEFORE: Final = re.compile(r"\b(?i:mr|mrs|ms|miss|dr)\.?[ \t]+\Z")


def mark_rated_feeds(toks: list[Tok], text: str) -> None:
    """Keep a word that a rate in cc or ml an hour follows (a literal gate: most notes hold none)."""
    if "/h" not in text and "/H" not in text and "per h" not in text.lower():
        return
    done = 0  # (a match never crosses a line: only the lines that hold a rate are read, each once)
    for rate in _RATE.finditer(text):
        if rate.start() < done:
            continue
        start = text.rfind("\n", 0, rate.start()) + 1
        done = text.find("\n", rate.end())
        if done < 0:
            done = len(text)
        for m in _RATED.finditer(text, start, done):
            if _TITLE_BEFORE.search(text, max(0, m.start() - 6), m.start()):
                continue
            keep_span(toks, m.start("v"), m.end("v"))
