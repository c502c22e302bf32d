"""A place's initials spelt out in brackets right after them: "via kw (kessler-whitmore) ed", "UHW
(University Hospital of Wales)". The brackets say what the initials stand for; when that is a name
(a surname, a town, no English word), the initials are the same place and are masked with it.
"CAP (community acquired pneumonia)" spells out medicine, and stays.

The other way round too: a facility's name, then its initials in brackets ("Punjab Institute of
Cardiology (PIC)", "Kenyatta National Hospital (KNH)"): the name, the initials and every later use of
the initials in the text ("seen in PIC emergency") are the place; the name must hold a facility's
word and a name or place that is no English word ("Intensive Care Unit (ICU)" stays)."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.lexicon import Lexicon
from medgate.privacy.strict.hyphen_eponyms import listed_hyphen_eponym
from medgate.privacy.types import Entity, PhiType

_SPELT_OUT: Final = re.compile(
    r"(?<![\w/])(?P<a>[A-Za-z]{2,5})[ \t]*\((?P<x>[^\W\d_][\w'’]*(?:(?:[ \t]+|[ \t]*-[ \t]*)[^\W\d_][\w'’]*){1,5})\)"
)
# (found from the bracketed initials, a literal to skip to; the name before them is read back)
_BRACKETED_INITIALS: Final = re.compile(r"\((?P<a>[A-Z]{2,6})\)")
_NAME_BEFORE: Final = re.compile(
    r"(?P<x>[A-Z][\w'’]*(?:[ \t]+(?:of|and|the|for|de|la|du|&|[A-Z][\w'’]*)){1,6})[ \t]*\Z"
)
# what a facility's own name ends or turns on (not "General Practitioner (GP)", "Care Unit (ICU)")
_HEADS: Final = frozenset({
    "hospital", "institute", "infirmary", "clinic", "centre", "center", "college", "university", "school", "hospice",
})  # fmt: skip
_SPLIT: Final = re.compile(r"[ \t]*-[ \t]*|[ \t]+")
_SKIPPED: Final = frozenset({"of", "and", "the", "for", "de", "la", "du", "&"})


def spelt_out_matches(text: str) -> list[re.Match[str]]:
    """`_SPELT_OUT.finditer(text)`, tried only where a match can begin: each match's letters stand
    right before a bracket (spaces between), so the word before each bracket is where to try."""
    out: list[re.Match[str]] = []
    end = 0
    p = text.find("(")
    while p >= 0:
        i = p
        while i > 0 and text[i - 1] in " \t":
            i -= 1
        j = i
        while j > 0 and i - j < 6 and text[j - 1].isascii() and text[j - 1].isalpha():
            j -= 1
        if j >= end and 2 <= i - j <= 5 and (m := _SPELT_OUT.match(text, j)) is not None:
            out.append(m)
            end = m.end()
        p = text.find("(", p + 1)
    return out


def spelt_out_places(text: str, lex: Lexicon) -> list[Entity]:
    if "(" not in text:
        return []
    out: list[Entity] = []
    for m in spelt_out_matches(text):
        letters = m.group("a").lower()
        words = [w for w in _SPLIT.split(m.group("x")) if w.lower() not in _SKIPPED]
        if "".join(w[0].lower() for w in words) != letters or listed_hyphen_eponym(m.group("x")):
            continue  # (a listed eponym spelt out names a syndrome: "WPW (Wolff-Parkinson-White)")
        entries = [lex(w.lower()) for w in words]
        if not any((e.name or e.place) and not (e.english or e.clinical) for e in entries):
            continue  # medicine or plain words spelt out: "CAP (community acquired pneumonia)"
        if any(e.clinical and not (e.name or e.place) and w.lower() not in cues.FACILITY_HEADS
               for w, e in zip(words, entries, strict=True)):
            continue  # "AKI (acute kidney injury)": a clinical word among them (not "Hospital")
        out.append(Entity.of(PhiType.LOCATION, m, "a"))
        out.append(Entity.of(PhiType.LOCATION, m, "x"))
    for b in _BRACKETED_INITIALS.finditer(text):
        x = _NAME_BEFORE.search(text, max(0, b.start() - 90), b.start())
        if x is not None:
            out.extend(_named_then_initials(x, b, text, lex))
    return out


def _proper(low: str, lex: Lexicon) -> bool:
    """A rarely written word that is no medicine and no department, or a name or place that is no
    English word: "Punjab", "Kenyatta" (not "National", "Royal", "Cardiology")."""
    if low in _HEADS or low in cues.DEPARTMENTS or low in _SKIPPED:
        return False
    e = lex(low)
    return not e.clinical and (e.zipf < 4.0 or ((e.name or e.place) and not e.english))


def _named_then_initials(m: re.Match[str], b: re.Match[str], text: str, lex: Lexicon) -> list[Entity]:
    letters = b.group("a")
    words = list(re.finditer(r"[^ \t]+", m.group("x")))
    # the last words whose initials (skipping "of", "the"...) spell the letters
    for k in range(len(words) - 1, -1, -1):
        part = [w.group() for w in words[k:] if w.group().lower() not in _SKIPPED]
        if "".join(w[0] for w in part) == letters and words[k].group().lower() not in _SKIPPED:
            break
    else:
        return []
    if not any(w.lower() in _HEADS for w in part) or lex(letters.lower()).clinical:
        return []
    if not any(_proper(w.lower(), lex) for w in part):
        return []  # ("National Institute of Health (NIH)", "Royal College of Physicians (RCP)": common words)
    start = m.start("x") + words[k].start()
    out = [Entity(PhiType.LOCATION, start, m.end("x"), text[start : m.end("x")]), Entity.of(PhiType.LOCATION, b, "a")]
    for again in re.finditer(rf"(?<![\w\-]){letters}(?![\w\-])", text[b.end() :]):
        s = b.end() + again.start()
        out.append(Entity(PhiType.LOCATION, s, s + len(letters), letters))
    return out
