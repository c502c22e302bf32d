"""Addresses in the shapes people write them outside the US street-number-name pattern, in any
case: a street named type-first in another language ("triq il-knisja no 23", "15 TRIQ SAN PAWL",
"calle ocho 42"), a chain of district, road and house numbers ("section 10 road 4 house 17", "ward
14, house no 244"), a rural box ("HC 71 Box 118", "RR 2 Box 40"), a house told by its number ("the
neighbour at no. 19"), and a county, city, market or junction in lower case ("letcher county",
"cebu city", "makola market", "mallam junction"), and a shop or place of worship a family names
("hamdi pharmacy", "kasia's deli", "abubakar mosque"), named by a word that is no English word. `whole_addresses` then widens
each to its units."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from medgate.privacy import cues
from medgate.privacy.lexicon import Lexicon
from medgate.privacy.strict.words import clinical_compound
from medgate.privacy.text import lowered
from medgate.privacy.types import Entity, PhiType
from medgate.privacy.word_start import cue_finditer, heads, led

# Street types written before the name that are no English word ("via", "rue" are left out), and
# their short forms with the dot (Chile's "pje." for pasaje, Uruguay's "br." for bulevar)
_TYPE_WORDS: Final = (
    "triq", "calle", "rua", "ulica", "jalan", "jln", "lorong", "avenida", "avda", "carrer", "strada",
    "rruga", "sokak", "odos", "leoforos", "pasaje", "pje.", "psje.", "bulevar", "br.",
)  # fmt: skip
_STREET_PARTICLES: Final = frozenset({"de", "del", "la", "las", "los", "el", "do", "da", "dos", "das"})
# (a dotted short form ends in its dot, so the word's end is read as no word character after it)
_TYPE: Final = "(?:" + "|".join(map(re.escape, _TYPE_WORDS)) + r")(?!\w)"
_NUMBER: Final = r"(?:no\.?[ \t]*|nr\.?[ \t]*|#[ \t]*)?\d{1,4}[A-Za-z]?\b(?![.,/:]\d)"
_TYPE_FIRST_STREET: Final = re.compile(
    rf"(?i:\b{_TYPE})[ \t]+(?:[^\W\d_][\w'’\-]*[ \t]+){{1,3}}?{_NUMBER}"  # "triq il-knisja no 23"
    # ("2207 calle del norte": a Spanish or Portuguese particle, then the name, in lower case too)
    rf"|\b\d{{1,4}}[A-Za-z]?[ \t]+(?i:{_TYPE})(?:[ \t]+(?:(?i:de[ \t]+la|del|de|la|las|los|el|do|da|dos|das)[ \t]+)?"
    rf"[^\W\d_][\w'’\-]*)(?:[ \t]+[A-Z][\w'’\-]*){{0,2}}"
)
# A dwelling told by a chain of district, road and house numbers (South Asia, Nepal, Africa).
# (read in the lower-cased text: a case-sensitive scan is much cheaper than a case-blind one)
# (Papua New Guinea's "section 14 lot 22", "Section 112 Allotment 9"; a flat block's "bldg 37 apt 52")
_LINK_WORDS: Final = (
    "section", "sector", "block", "blk", "road", "rd", "lane", "plot", "house", "flat", "ward", "lot", "allotment",
    "bldg", "apt",
)  # fmt: skip
_LINK_TAIL: Final = r"\.?[ \t]+" + _NUMBER
# (a township's section or a block may be lettered: "section k, house 1184", "block c, flat 12")
_LETTERED: Final = r"(?:section|sector|block)[ \t]+[a-z](?![\w'’])"
_LINK: Final = "(?:(?:" + "|".join(_LINK_WORDS) + ")" + _LINK_TAIL + "|" + _LETTERED + ")"
# (led: skips to the words' first letters; a letter after any link word only says where to start)
_FIRST_LINK: Final = re.compile(led(_LINK_WORDS) + r"(?:" + _LINK_TAIL + r"|[ \t]+[a-z](?![\w'’]))")
_UNIT_CHAIN: Final = re.compile(rf"\b{_LINK}(?:[ \t]*,?[ \t]+{_LINK})+")
_RURAL_BOX: Final = re.compile(
    r"\b(?:HC|RR|R\.R\.|(?i:rural route|star route|highway contract))[ \t]*\d{1,4},?[ \t]+(?i:box)[ \t]*\d{1,5}\b"
)
# a road by its number after a preposition ("on rt 39 past marlinton", "off Hwy 12", "at 2210 hwy 61"), a numbered
# avenue ("on 72 ave"), a flat told alone ("near Havana, apartment 3C") (lower-cased text)
_ROUTE_WORDS: Final = ("on", "off", "out", "along", "up", "down", "near", "past", "by", "at")
_ROUTE: Final = re.compile(  # (read in the lower-cased text; led by the words' first letters)
    led(_ROUTE_WORDS)
    + r"[ \t]+"
    # (a house's number may come first, on a highway: "at 2210 hwy 61")
    r"(?P<v>(?:\d{1,5}[ \t]+(?=hwy|highway|route|rte))?"
    r"(?:rt|rte|route|hwy|highway|sr|state[ \t]+route|county[ \t]+road|cr|fm)\.?[ \t]*\d{1,4}[a-z]?\b"
    r"|\d{1,3}(?:st|nd|rd|th)?[ \t]+(?:ave|avenue|street|st)\b\.?)"
)
# the landmark a road's number is followed past, to the clause's end ("live out hwy 9 past
# dillard's store, box 12": "past cranks,"), not the sentence's words ("past the church", "past there")
_PAST_LANDMARK: Final = re.compile(
    r"[ \t]+past[ \t]+(?P<v>(?!the\b|a\b|an\b)[a-z][\w'’\-]+(?:[ \t]+[a-z][\w'’\-]+)?)(?=[ \t]*[,.;\n]|[ \t]*\Z)"
)
_EVERYDAY_ZIPF: Final = 4.5
# (the two scans are tried only where one of their words begins: `cue_finditer`)
_HEADS: Final = {_FIRST_LINK: heads(_LINK_WORDS), _ROUTE: heads(_ROUTE_WORDS)}
_APARTMENT: Final = re.compile(r"\b(?:apartment|apt\.?)[ \t]*#?[ \t]*\d{1,4}(?:[a-z]|[ ][b-hj-z](?![\w'’]))?\b(?![.,/]\d)")
# UK and Canadian postcodes written in lower case ("leicester le1 7rh", "toronto m6s 3y3"): the
# inward code's letters are never C, I, K, M, O or V ("x2 5mg" is no postcode); Canada's letters
# never D, F, I, O, Q or U. Found from the inward code's digit, then read back.
_INWARD: Final = re.compile(r"[ \d](?<=[a-z\d][ \d])(?:(?<=[ ])\d|(?<=\d))(?:[abd-hjlnp-uw-z]{2}|[abceghj-nprstv-z]\d)\b")
_LOWER_UK_POSTCODE: Final = re.compile(r"[a-pr-uwyz][a-hk-y]?\d[a-z\d]?[ ]?\d[abd-hjlnp-uw-z]{2}")
_LOWER_CA_POSTCODE: Final = re.compile(r"[abceghj-nprstvxy]\d[abceghj-nprstv-z][ ]?\d[abceghj-nprstv-z]\d")
_AT_NUMBER: Final = re.compile(r"\bat[ \t]+(?P<v>(?:no\.|no|nr\.?)[ \t]*\d{1,4}[a-z]?)\b(?![.,/:]\d)")
_LOWER_COUNTY: Final = re.compile(r"\b(?P<v>[a-z][a-z'’\-]{2,}[ \t]+county)\b")
_PLACE_KINDS: Final = (
    "city", "junction", "market", "village", "estate", "township", "pharmacy", "chemist", "deli",
    "bakery", "salon", "grocery", "grocers", "supermarket", "mosque", "masjid", "gurdwara", "temple",
)  # fmt: skip
_LOWER_PLACE: Final = re.compile(
    r"\b(?P<v>(?P<name>[a-z][a-z\-]{1,})(?:['’]s)?[ \t]+(?P<kind>" + "|".join(_PLACE_KINDS) + r"))\b"
)
_KIND: Final = {"city": PhiType.CITY}
_NOT_A_COUNTY_NAME: Final = cues.DETERMINERS | frozenset({
    "the", "this", "that", "our", "my", "your", "his", "her", "their", "a", "every", "same", "next",
    "neighbouring", "neighboring", "whole", "entire", "rural", "home", "local", "other", "which",
    "what", "each", "any", "one", "another", "in", "of", "from", "to", "adjoining", "nearby",
})  # fmt: skip


def street_shape_spans(text: str, lex: Lexicon) -> list[Entity]:
    out: list[Entity] = []
    low = lowered(text)
    if len(low) != len(text):  # (a letter that lower-cases to two: read the text as it is)
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    if any(w in low for w in _TYPE_WORDS):
        out.extend(_spans(PhiType.ADDRESS, filter(lambda m: _named_street(m, lex), _TYPE_FIRST_STREET.finditer(text))))
    if (first := next(cue_finditer(_FIRST_LINK, low, low, _HEADS[_FIRST_LINK]), None)) is not None:
        out.extend(_spans(PhiType.ADDRESS, _UNIT_CHAIN.finditer(low, first.start()), text))
    if "box" in low:
        out.extend(_spans(PhiType.ADDRESS, _RURAL_BOX.finditer(text)))
    for m in cue_finditer(_ROUTE, low, low, _HEADS[_ROUTE]):
        out.extend(_spans(PhiType.ADDRESS, iter((m,)), text, "v"))
        if (p := _PAST_LANDMARK.match(low, m.end())) is not None:
            e = lex(p.group("v").split()[0])
            if not (e.clinical or (e.english and e.zipf >= _EVERYDAY_ZIPF)):
                out.extend(_spans(PhiType.LOCATION, iter((p,)), text, "v"))
    if "apartment" in low or "apt" in low:
        out.extend(_spans(PhiType.ADDRESS, _APARTMENT.finditer(low), text))
    if "at no" in low or "at nr" in low:
        out.extend(_spans(PhiType.ADDRESS, _AT_NUMBER.finditer(low), text, "v"))
    out.extend(_lower_postcodes(text))
    if "county" in text:
        for m in _LOWER_COUNTY.finditer(text):
            if m.group("v").split()[0] not in _NOT_A_COUNTY_NAME:
                out.append(Entity.of(PhiType.COUNTY, m, "v"))
    if any(k in low for k in _PLACE_KINDS):
        for m in _LOWER_PLACE.finditer(text):
            e = lex(m.group("name"))
            if not (e.english or e.clinical) and e.zipf < 3.0 and not clinical_compound(m.group("name"), lex):
                kind = _KIND.get(m.group("kind"), PhiType.LOCATION)
                start = _name_start(text, m.start("v"), lex)
                out.append(Entity(kind, start, m.end("v"), text[start : m.end("v")]))
    return out


def _name_start(text: str, start: int, lex: Lexicon) -> int:
    """Where the name before a lower-case place's kind starts: back to a deity's or saint's
    honorific ("sri siva subramaniya temple", "st joseph church") across at most one more word of
    the name that is no English; without the honorific the words before are the sentence's
    ("pagar hijau depan masjid": a fence by the mosque)."""
    at = start
    for _ in range(2):
        p = _WORD_BEFORE.search(text, max(0, at - 30), at)
        if p is None:
            break
        w = p.group(1)
        if w in _HONORIFICS:
            return p.start(1)
        e = lex(w)
        if e.english or e.clinical or e.zipf >= 3.0:
            break
        at = p.start(1)
    return start


_WORD_BEFORE: Final = re.compile(r"\b([a-z][a-z\-]{1,})[ \t]+\Z")
_HONORIFICS: Final = frozenset({"sri", "shri", "sree", "shree", "st", "saint", "mar", "sant"})


def _named_street(m: re.Match[str], lex: Lexicon) -> bool:
    """A dotted short form ("br.") is a street's only before a name that is no English word ("br.
    artigas 1456"; not "br. sounds 2", breath sounds)."""
    head, *rest = m.group().split()
    if not head.endswith("."):
        return True
    name = [w for w in rest if w.lower() not in _STREET_PARTICLES]  # ("pje. Las Dalias 1021")
    return bool(name) and not lex(name[0]).english


def _spans(kind: PhiType, found: Iterator[re.Match[str]], text: str = "", group: str = "v") -> list[Entity]:
    """Entities for the matches (read in `text` where they were found in its lower-cased copy)."""
    out: list[Entity] = []
    for m in found:
        g = group if group in m.re.groupindex else 0
        start, end = m.start(g), m.end(g)
        out.append(Entity(kind, start, end, (text or m.string)[start:end]))
    return out


_GCS_PARTS: Final = re.compile(r"(?i:e\d[ ]?v\d[ ]?m\d)")


def _lower_postcodes(text: str) -> list[Entity]:
    out: list[Entity] = []
    for m in _INWARD.finditer(text):
        for back in (3, 4, 5):  # the outward code: a letter or two, a digit, maybe one more
            start = m.start() - back
            if start < 0 or (start and text[start - 1].isalnum()):
                continue
            cand = text[start : m.end()]
            if _GCS_PARTS.fullmatch(cand):
                break  # "gcs 14 (e4v4m6)": eyes, voice, motor, not a Canadian postcode
            if _LOWER_UK_POSTCODE.fullmatch(cand) or _LOWER_CA_POSTCODE.fullmatch(cand):
                out.append(Entity(PhiType.ZIP, start, m.end(), cand))
                break
    return out
