"""A care home or a transitional care unit by its name, where a discharge goes or a patient came
from: "d/c to Maple Ridge TCU", "from Willow Bend SNF", "from rosewood gardens aged care", "to
ashgrove nursing home". The name is the words between the preposition and the home's kind, its
house word with it ("gardens", "lodge", "court"). What only says which kind of home ("to
residential aged care", "from a nursing home", "to her care home", "to TCU") is no one's.

A chain's home names its site after the kind and a dash: "Brookdale Senior Living - Fox Run",
"Atria Assisted Living – Oak Hollow". The capitalised words after the dash are the site; a wing or
a level of care there ("Senior Living - Memory Care", "- Skilled Nursing") is the home's kind."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.text import lowered
from medgate.privacy.types import Entity, PhiType
from medgate.privacy.word_start import word_led

_NAME_WORD: Final = r"[A-Za-z][a-z'’\-]+"
# "to Maple Ridge TCU", "FROM OAKWOOD SNF": capitalised words before the unit's initials
_UNIT: Final = re.compile(
    word_led(["to", "from", "at", "ex", "into"], r"(?<![\w/])")
    + r"[ ]+(?P<v>[A-Z][A-Za-z'’\-]+(?:[ ][A-Z][A-Za-z'’\-]+){0,2})[ ]+(?:TCU|LTACH|SNF|ALF|IRF|RACF)\b"
)
# "from rosewood gardens aged care", "to Ashgrove Nursing Home": any case before the home's kind
_HOME: Final = re.compile(
    word_led(["to", "from", "at", "ex", "into", "in"], r"(?<![\w/])")
    + r"(?i:[ ]+"
    # (the name never starts with a second preposition: "came in from rosewood court care home")
    rf"(?!(?:to|from|at|ex|into|in)[ ])(?P<v>{_NAME_WORD}(?:[ ]{_NAME_WORD}){{0,2}})[ ]+"
    r"(?:aged[ \-]care|nursing[ ]home|care[ ]home)\b)"
)
# words that say which kind of home or whose, not which one
_KIND_WORDS: Final = frozenset({
    "a", "an", "the", "her", "his", "their", "our", "my", "your", "same", "new", "old", "local", "another",
    "residential", "permanent", "respite", "private", "public", "high", "low", "level", "high-level",
    "low-level", "secure", "dementia", "specific", "council", "state", "community", "home", "hospital",
    "facility", "nearby", "usual", "current", "previous", "former", "other", "interim", "temporary",
    "transitional", "skilled", "nursing", "assisted", "living", "care", "aged", "long-term", "term",
    "long", "short", "short-term", "rehab", "rehabilitation", "subacute", "sub-acute", "geriatric",
    "discharge", "plan", "planned", "needs", "for", "with", "and", "or", "of", "back", "own",
})  # fmt: skip
_SITE: Final = re.compile(
    r"(?i:senior[ ]living|assisted[ ]living|memory[ ]care|retirement[ ](?:community|village|home)|care[ ]home"
    r"|nursing[ ](?:home|center|centre)|care[ ](?:center|centre))[ ]+[-–—][ ]+"
    r"(?P<v>[A-Z][a-z'’\-]+(?:[ ][A-Z][a-z'’\-]+){0,2})(?![\w'’])"
)
_SITE_CUES: Final = ("living", "memory care", "retirement", "care home", "nursing", "care center", "care centre")
_NOT_SITES: Final = frozenset({"unit", "wing", "floor", "building", "hall", "suite", "room", "independent", "memory",
                               "north", "south", "east", "west", "main", "campus", "annex"})
_UNIT_CUES: Final = ("TCU", "LTACH", "SNF", "ALF", "IRF", "RACF")
_HOME_CUES: Final = ("aged care", "aged-care", "nursing home", "care home")


def _site_matches(text: str) -> list[re.Match[str]]:
    """`_SITE` read only just before each spaced dash (a literal search: no scan of the note)."""
    found: dict[int, re.Match[str]] = {}
    for dash in (" - ", " – ", " — "):
        at = text.find(dash)
        while at >= 0:
            m = _SITE.search(text, max(0, at - 24), at + 60)
            if m is not None and m.start() < at:
                found[m.start()] = m
            at = text.find(dash, at + 1)
    return [found[k] for k in sorted(found)]


def named_care_home_spans(text: str) -> list[Entity]:
    # (most notes send no one to a home: substring tests first)
    scans = []
    if any(c in text for c in _UNIT_CUES):
        scans.append(_UNIT)
    low = lowered(text)
    if any(c in low for c in _HOME_CUES):
        scans.append(_HOME)
    out: list[Entity] = []
    for rx in scans:
        for m in rx.finditer(text):
            words = m.group("v").lower().split()
            if any(w in _KIND_WORDS for w in words):
                continue
            out.append(Entity.of(PhiType.LOCATION, m, "v"))
    if any(c in low for c in _SITE_CUES):
        for m in _site_matches(text):
            words = m.group("v").lower().split()
            if any(w in _KIND_WORDS or w in _NOT_SITES for w in words):
                continue
            out.append(Entity.of(PhiType.LOCATION, m, "v"))
    return out
