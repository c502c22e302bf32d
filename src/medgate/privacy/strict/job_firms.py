"""Employers the job words leave in US nursing notes: a firm in lower case named bare after a way of
working ("works as cashier at market basket in tewksbury", "works part time at home depot in danvers": no
article, so a name, not a kind like "at the bus depot"; one coined hyphened word too, before the street
it stands on: "works at chick-fil-a on chastain rd"), a firm in capitals after a job word ("TRUCK DRIVER
FOR H.P. HOOD;"), a place named by its owner's possessive before its kind ("arrest @ gold's gym"), a
veterans' post by its initials and number ("VFW POST 1091"), and a firm in brackets before its branch town
("(USPS, Chelsea branch)"). A day, a shift, a kin word, a department, a clinical word or a determiner is no
firm ("works at night in", "works at home, off today", "FOR THE ICU", "at her mother's house")."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.lexicon import Lexicon
from medgate.privacy.text import lowered
from medgate.privacy.types import Entity, PhiType
from medgate.privacy.word_start import cue_finditer

_LOW_WORD: Final = r"[a-z][a-z'’&.\-]*"
# a way of working, then the bare lower-case firm up to "in <town>" or a stop
_LOWER_FIRM: Final = re.compile(
    r"\b(?:works?|worked|working|employed)(?:[ \t]+(?:part|full)[ \t\-]?time)?"
    r"(?:[ \t]+as[ \t]+(?:an?[ \t]+)?[a-z]+(?:[ \t]+[a-z]+)?)?[ \t]+(?:at|for|@)[ \t]+"
    rf"(?P<v>{_LOW_WORD}(?:[ \t]+{_LOW_WORD}){{1,2}}?|[a-z0-9]+(?:-[a-z0-9]+)+)"
    r"(?=[ \t]+(?:in|on)[ \t]+[a-z]|[ \t]*[,;]|\.(?:[ \t]|$))",
    re.MULTILINE,
)
_CAPS_JOBS: Final = "|".join(
    sorted((w.upper() for w in cues.JOB_WORDS if w.isalpha()), key=len, reverse=True)
)
# a job in capitals, then the firm (dotted initials too) up to a stop or " IN "
_CAPS_FIRM: Final = re.compile(
    rf"\b(?:{_CAPS_JOBS}|WORKS?|WORKED|WORKING|EMPLOYED)[ ](?:FOR|AT|@)[ ](?P<v>(?!THE\b)[A-Z][A-Z'&.\-]*(?:[ ][A-Z][A-Z'&.\-]*){{0,3}}?)"
    r"(?=[ ]*[;,]|\.(?:[ ]|$)|[ ]IN[ ])",
    re.MULTILINE,
)
# a trade's work "for" a firm by its owner's possessive at the clause's end ("drives the tow truck
# for dunphy's.", "plows for o'brien's,")
_FOR_OWNED: Final = re.compile(
    rf"\b(?:{_CAPS_JOBS.lower()}|works?|worked|drives?|drove|truck|tech|plows?)(?:[ ][a-z]+){{0,3}}[ ]for[ ]"
    r"(?P<v>[a-z][a-z'’\-]*['’]s)(?=[ ]*[.,;]|[ ]*$|[ ]in[ ])",
    re.MULTILINE,
)
# a business its owner runs, bare before its kind ("owns pho saigon restaurant in", "OWNS LUCKY STAR
# CAFE"): no article, so a name, not a kind ("owns a small restaurant")
_OWNS_BARE: Final = re.compile(
    r"\b(?i:owns|owned|runs|ran)[ ](?P<v>(?i:[a-z][a-z'’&\-]*)(?:[ ](?i:[a-z][a-z'’&\-]*)){0,2})[ ]"
    r"(?P<k>(?i:restaurant|cafe|café|diner|bakery|shop|store|market|salon|bar|pub|grill|garage|deli))\b"
)
# a farm or business named in brackets after its kind ("RUN A DAIRY FARM (HILLSIDE ACRES)", "runs a
# small bakery (Crumb & Co)")
_KIND_BRACKET: Final = re.compile(
    r"\b(?i:owns?|owned|runs?|ran|manages?|managed|works?[ ]on|worked[ ]on|lives?[ ]on)[ ](?i:an?|the|their|his|her)"
    r"(?:[ ][A-Za-z\-]+){0,2}[ ](?P<k>[A-Za-z]+)[ ]\((?P<v>[A-Za-z][A-Za-z'’&\-]+(?:[ ][A-Za-z][A-Za-z'’&\-]+){0,3})\)"
)
# what every match of _KIND_BRACKET begins with, lower-cased: the scan is tried only where `str.find`
# sees one at a word's start (the `\b` that leads it gives the regex engine no character to skip to)
_KIND_BRACKET_HEADS: Final = ("own", "run", "ran", "manage", "work", "live")
_BUSINESS_KINDS: Final = (
    cues.WORKPLACE_KINDS
    | frozenset({"farm", "ranch", "orchard", "nursery", "bakery", "diner", "pub", "grill", "deli", "business", "company", "firm"})
)
_OWNED: Final = re.compile(r"(?:\b(?i:at)|@)[ \t]+(?P<v>[A-Za-z]+['’][sS])[ \t]+(?P<k>[A-Za-z]+)\b")
_POST: Final = re.compile(
    r"\b(?P<v>[A-Z]{2,7}[ ](?:POST|Post)[ ]#?\d{2,5})\b(?![ ]*(?i:days?|hrs?|op|wk))"
)
_BRANCH: Final = re.compile(
    r"\((?P<v>[A-Z][\w&.'’\-]*(?:[ ][A-Z][\w&.'’\-]*){0,3}),[ ][A-Z][a-z]+[ ](?i:branch|office|plant|division)\)"
)
_OWNED_KINDS: Final = (
    cues.WORKPLACE_KINDS | cues.SMALL_FACILITIES | frozenset({"gym", "diner", "pub", "grill"})
)
_NOT_FIRM: Final = (
    cues.DETERMINERS | cues.DAY_WORDS | cues.WORK_MANNER | cues.KIN | cues.TITLES | cues.DEPARTMENTS
    | cues.UNITS | frozenset(cues.MONTHS)
    | cues.PLACE_PREPS | cues.EMPLOYER_PREPS
    | frozenset({"night", "work", "school", "church", "least", "all", "present", "times", "first", "home"})
    | frozenset({"any", "some", "every", "another", "other", "each"})  # ("work at any job on")
)  # fmt: skip
# whose possessive is no owner's name ("at her mother's house", "at the children's ward")
_NOT_OWNERS: Final = cues.KIN | frozenset(
    {"one's", "children's", "women's", "men's", "today's", "tonight's"}
)


def firm_words_ok(words: list[str], lex: Lexicon) -> bool:
    low = [w.lower().strip(".'’") for w in words]
    # ("home" may open a firm's name, "home depot", not end it: "works at home")
    if (
        (low[0] in _NOT_FIRM and low[0] != "home")
        or low[-1] in _NOT_FIRM
        or any(w in _NOT_FIRM for w in low[1:-1])
    ):
        return False
    return not any(
        lex(w).clinical and not (lex(w).english or lex(w).name)
        for w in low
        if w.isalpha() and len(w) > 3
    )


_COINED_ZIPF: Final = 4.0


def _coined(word: str, lex: Lexicon) -> bool:
    """A hyphened one-word firm ("chick-fil-a", "wal-mart", "stop-n-shop"): a letter standing for a
    word between two parts, or some part of two letters or more is
    rare on the web (below Zipf 4: "fil", "wal", "mart"); compounds of everyday words ("day-care",
    "self-employed", "walk-in", "x-ray") are words of the language."""
    parts = word.split("-")
    if len(parts) >= 3 and any(len(p) == 1 for p in parts):
        return True  # "stop-n-shop", "toys-r-us": a letter for a word
    return any(len(p) > 1 and lex(p).zipf < _COINED_ZIPF for p in parts)


def _plain(word: str, lex: Lexicon) -> bool:
    """A common English word ("small", "chinese", "organic dairy"): it tells a kind, not a name; a
    rarer word or a name tells a name ("pho saigon", "hillside acres")."""
    entry = lex(word.lower())
    return entry.english and (not entry.name or entry.zipf >= 4.0)


def job_firm_spans(text: str, lex: Lexicon) -> list[Entity]:
    low = lowered(text)
    out: list[Entity] = []
    if "work" in low or "employed" in low:
        for m in _LOWER_FIRM.finditer(text):
            words = m.group("v").split()
            if len(words) == 1 and not _coined(words[0], lex):
                continue  # ("works at day-care,": a kind in words of the language)
            if firm_words_ok(words, lex):
                out.append(Entity.of(PhiType.LOCATION, m, "v"))
    if " FOR " in text or " AT " in text or " @ " in text:
        for m in _CAPS_FIRM.finditer(text):
            if firm_words_ok(m.group("v").split(), lex):
                out.append(Entity.of(PhiType.LOCATION, m, "v"))
    if "'s" in low or "’s" in low:
        for m in _OWNED.finditer(text):
            if m.group("k").lower() in _OWNED_KINDS and m.group("v").lower() not in _NOT_OWNERS:
                out.append(Entity.of(PhiType.LOCATION, m, "v"))
    if "POST" in text or "Post" in text:
        for m in _POST.finditer(text):
            head = m.group("v").split()[0].lower()
            if not lex(head).clinical and head not in cues.DEPARTMENTS:
                out.append(Entity.of(PhiType.LOCATION, m, "v"))
    if "(" in text:
        out.extend(Entity.of(PhiType.LOCATION, m, "v") for m in _BRANCH.finditer(text))
        for m in cue_finditer(_KIND_BRACKET, text, low, _KIND_BRACKET_HEADS):
            words = m.group("v").split()
            # ("owns his own business (plumbing)": one plain word, or plain words in lower case, say
            # what it does, not its name)
            plain = all(_plain(w, lex) for w in words) and (len(words) == 1 or m.group("v").islower())
            if m.group("k").lower() in _BUSINESS_KINDS and not plain and firm_words_ok(words, lex):
                out.append(Entity.of(PhiType.LOCATION, m, "v"))
    if " for " in low and ("'s" in low or "’s" in low):
        for m in _FOR_OWNED.finditer(text):
            if m.group("v").lower() not in _NOT_OWNERS and m.group("v").lower()[:-2] not in _NOT_FIRM:
                out.append(Entity.of(PhiType.LOCATION, m, "v"))
    if "own" in low or "run" in low or "ran " in low:
        for m in _OWNS_BARE.finditer(text):
            words = m.group("v").split()
            if firm_words_ok(words, lex) and not all(_plain(w, lex) for w in words):
                out.append(Entity.of(PhiType.LOCATION, m, "v"))
    return out
