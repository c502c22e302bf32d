"""Two or three eponyms joined by a hyphen that stand without their noun: a pair the project's
eponym vocabulary lists whole ("?SJS/TEN, Stevens-Johnson most likely", "Wolff-Parkinson-White on
the ECG"), or any pair in brackets between a lower-case clinical word and the noun it names
("radiocephalic (Brescia-Cimino) AVF"). A real double surname keeps its mask: after a title or a
first name ("Dr Ortiz-Kane", "Grazia Mura-Pinna") the pair is a person, and an unlisted pair out
of brackets is left to the name passes."""

from __future__ import annotations

from bisect import bisect_left
from typing import Final

from medgate.privacy import cues
from medgate.privacy.names import strip_accents
from medgate.privacy.strict.words import EPONYM_NOUNS, SAFE, Tok, clinical_noun
from medgate.privacy.vocab import EPONYM_HEADS

_LISTED: Final = frozenset(strip_accents(w.lower()) for w in EPONYM_HEADS if "-" in w)
_PERSON_BEFORE: Final = frozenset(w.rstrip(".") for w in cues.FORMAL_TITLES) | cues.TITLES | cues.KIN


def mark_hyphen_eponyms(toks: list[Tok], text: str) -> None:
    if "-" not in text:  # (every pair needs its hyphen: most notes pay one scan)
        return
    # A pair starts at the word before a hyphen, and a hyphen is always a token of its own: only
    # the words before the text's hyphens are read, left to right (a pair's own words skipped).
    nxt = 0  # the first word not yet read or inside a pair read
    at = text.find("-")
    while at >= 0:
        i = bisect_left(toks, at, key=_start) - 1
        at = text.find("-", at + 1)
        if i < nxt:
            continue
        j = _pair_end(toks, i)
        if j == i:
            continue
        if not _person_before(toks, i) and (_listed(toks, i, j, text) or _bracketed(toks, i, j)):
            for k in range(i, j + 1, 2):
                toks[k].verdict, toks[k].eponym = SAFE, True
        nxt = j + 1


def _start(t: Tok) -> int:
    return t.start


def _pair_end(toks: list[Tok], i: int) -> int:
    """The last word of capitalised words joined by bare hyphens from toks[i] ("Stevens-Johnson"),
    or i where no hyphen follows."""
    t = toks[i]
    if t.entry is None or not t.text[:1].isupper():
        return i
    j = i
    while (
        j + 2 < len(toks)
        and toks[j + 1].text == "-"
        and toks[j + 1].start == toks[j].end
        and toks[j + 2].start == toks[j + 1].end
        and toks[j + 2].entry is not None
        and toks[j + 2].text[:1].isupper()
    ):
        j += 2
    return j


def _person_before(toks: list[Tok], i: int) -> bool:
    """A title, kin word or capitalised first name right before: the pair is someone's surname."""
    b = i - 2 if i > 1 and toks[i - 1].text == "." else i - 1
    entry = toks[b].entry if b >= 0 else None
    if entry is None:
        return False
    prev = toks[b]
    if prev.low.rstrip(".") in _PERSON_BEFORE or prev.low in cues.HONORIFICS_WORLD:
        return True
    return b == i - 1 and prev.text[:1].isupper() and prev.text[1:].islower() and not prev.eponym and (
        entry.name and not entry.english
    )


def _listed(toks: list[Tok], i: int, j: int, text: str) -> bool:
    return strip_accents(text[toks[i].start : toks[j].end].lower()) in _LISTED


def listed_hyphen_eponym(phrase: str) -> bool:
    """"Wolff-Parkinson-White", "Stevens - Johnson": a hyphenated pair the eponym vocabulary lists
    whole (spaces around the hyphen ignored), for passes that read a bracket's words as a name."""
    return strip_accents("-".join(w.strip() for w in phrase.lower().split("-"))) in _LISTED


def _bracketed(toks: list[Tok], i: int, j: int) -> bool:
    """"(Brescia-Cimino) AVF" after a lower-case word: the bracket names the thing's eponym."""
    if i < 2 or j + 2 >= len(toks) or toks[i - 1].text != "(" or toks[j + 1].text != ")":
        return False
    before, after = toks[i - 2], toks[j + 2]
    if before.entry is None or not before.text.islower() or after.entry is None:
        return False
    abbreviation = after.text.isupper() and 2 <= len(after.text) <= 5 and not after.entry.name
    return after.low in EPONYM_NOUNS or clinical_noun(after) or abbreviation
