"""Where a name is an eponym and stays: "Parkinson disease", "Foley catheter", "Bell's palsy",
"Stevens-Johnson syndrome", a score named after someone ("Barthel 45", "Killip I", "MoCA 24/30"), a
rule named after a place ("Ottawa ankle rules"), an eponym in the possessive ("Barrett's
oesophagus") -- and where the same word is a person after all ("Mr. Foley", "Madame Colette
Vaillancourt-Diop 27, rue ...", "gave Maria 5 mg"). `StrictFilter.analyse` marks these before it
reads names, so an eponym is never taken for one."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.lexicon import flags as F
from medgate.privacy.names import strip_accents
from medgate.privacy.strict.words import (
    AMBIGUOUS,
    BARE_EPONYM_WORDS,
    EPONYM_NOUNS,
    MASK,
    NOT_EPONYM_BEFORE,
    ROMAN,
    SAFE,
    Tok,
    clinical_noun,
)
from medgate.privacy.vocab import EPONYM_HEADS, SCALE_BARE_WORDS, SCALE_PHRASES

_TITLES: Final = frozenset(w.rstrip(".") for w in cues.FORMAL_TITLES)
# Aids called by their maker's name, which written in lower case is the thing itself ("mobilising
# with zimmer"; "Anna Zimmer" capitalised is still a surname)
_LOWER_AIDS: Final = frozenset({"zimmer"})


def mark_eponyms(toks: list[Tok], mixed: bool) -> None:
    """Names used as eponyms stay: "Parkinson disease", "Foley catheter", "Bell's palsy",
    "Stevens-Johnson syndrome", "Hashimoto thyroiditis", "Barthel 45", "Killip I"."""
    n = len(toks)
    for i, t in enumerate(toks):
        if t.entry is None:
            continue
        if (t.low if t.low.isascii() else strip_accents(t.low)) in BARE_EPONYM_WORDS or (
            t.text in _LOWER_AIDS
        ):  # "Foley removed", "Barré", "walks with zimmer"
            before = toks[i - 2] if i > 1 and toks[i - 1].text == "." else toks[i - 1] if i else None
            if before is None or not (
                before.low.rstrip(".") in _TITLES or _first_name_before(toks, i)
            ):  # "Mr. Foley", "Faith Penrose (service user)" are people
                t.verdict, t.eponym = SAFE, True
            continue
        if t.verdict == SAFE and not (t.text[:1].isupper() and (t.entry.zipf < _RARE_SAFE_ZIPF or _held_in(toks, i + 1))):
            continue  # (a rare word known safe still reads as a name when capitalised: "Waterlow score";
            # so does any before what holds a limb: "in Gallows traction")
        if i > 0 and toks[i - 1].low in NOT_EPONYM_BEFORE and not _disease_after_preposition(toks, i):
            continue
        b = i - 2 if i > 1 and toks[i - 1].text == "." else i - 1
        if (
            b >= 0
            and len(toks[b].text) == 1
            and toks[b].text.isalpha()
            and toks[b].text not in "AaIi"
        ) and (b == 0 or not toks[b - 1].text[0].isdigit()):  # "98.6 F." is Fahrenheit
            continue  # "M. PEPPLER placing...": a person with an initial
        j = i + 1  # across a hyphenated partner: "Osgood-Schlatter", "Cheyne-Stokes"
        while j + 1 < n and toks[j].text == "-" and toks[j + 1].entry is not None:
            j += 2
        if j + 1 < n and toks[j].text.title() in EPONYM_HEADS and _held_in(toks, j + 1):
            j += 1  # a second surgeon's name before a traction or splint: "Hamilton Russell traction"
        if j >= n:
            continue
        nxt = toks[j]
        graded = (nxt.text in _TYPE_LETTERS or nxt.text in ROMAN) and j + 1 < n and toks[j + 1].low in EPONYM_NOUNS
        if graded:  # "Weber B fracture", "Garden III fracture": the type between the name and its noun
            j, nxt = j + 1, toks[j + 1]
        elif nxt.text in _COMPARATORS and not t.entry.flags & F.FIRST:
            # a score's threshold: "Aldrete ≥9", "Alvarado >= 7", "Wells <2" (not "Maria >5")
            k = j + 2 if j + 2 < n and toks[j + 1].text == "=" and toks[j + 1].start == nxt.end else j + 1
            if k < n and toks[k].text.isdigit() and toks[k].start - toks[k - 1].end <= 1:
                j, nxt = k, toks[k]
        score = (
            mixed and t.text[:1].isupper() and t.text[1:].islower() and t.low == t.text.lower()
            and ((nxt.text.isdigit() and len(nxt.text) <= 2) or nxt.text in ROMAN)
            and not _age_sex_after(toks, j) and not _person_before(toks, i) and not _pronoun_i(toks, j)
            and not (j + 1 < n and toks[j + 1].low in _DOSE_UNITS)  # "gave Maria 5 mg": a dose, no score
            and not _time_or_date_after(toks, i, j)  # "Whangārei 02:10", "Barrington 9/28"
        )  # fmt: skip
        phone = nxt.low == "cell" and j + 1 < n and toks[j + 1].text[:1].isdigit()  # "Pat cell 856-..."
        stager = toks[j - 1 if j > i + 1 else i].low
        letters = _ASIA_GRADES if stager == "asia" else _TYPE_LETTERS
        staged = stager in _STAGED and nxt.text in letters and (
            _bare_letter(toks, j) or (stager == "asia" and j + 1 < n and toks[j + 1].text.islower())
        )  # ("ASIA E on discharge": a grade, where "Dukes B. Smith" would be an initial)
        if staged:  # "Dukes B", "Child-Pugh C": a stage letter alone after a staging eponym
            j += 1
        head_noun = t.low in _HEADS and nxt.low in _HEAD_NOUNS  # "Charcot foot", "Stokes-Adams attacks"
        if t.verdict == SAFE and not staged:  # (only its noun: "Waterlow score", not "Hinkler 07 4155 5020")
            score = False
            if nxt.low not in EPONYM_NOUNS and not head_noun:
                continue
        if _place_service(toks, i, j):
            continue  # "Blacktown Renal Unit", "Westmead Cardiac Clinic": a town's department, not an eponym
        if (nxt.low in EPONYM_NOUNS or clinical_noun(nxt) or score or staged or head_noun or _named_rule(toks, j)) and not phone:
            for k in range(i, j):
                if toks[k].entry is not None:
                    toks[k].verdict, toks[k].eponym = SAFE, True


# Nouns only a disease carries: no place or person is a "syndrome", so a name before one is its
# eponym even after a preposition ("due to Alport syndrome", "in Wilson disease"); so do skull
# tongs, traction and splints, which hold a patient "in" them ("in Crutchfield tongs", "in Bryant's
# traction", "in a Thomas splint"), never a place
_DISEASE_NOUNS: Final = frozenset(
    {"syndrome", "disease", "disorder", "palsy", "anomaly", "tongs", "traction", "splint", "splints"}
)
_PERSON_BEFORE: Final = cues.TITLES | cues.KIN
_COMPARATORS: Final = frozenset({"≥", "≤", ">", "<", "⩾", "⩽"})
# what holds a limb or the neck, named after its deviser ("Bryant's traction", "Thomas splint")
_HOLDS: Final = frozenset({"tongs", "traction", "splint", "splints"})


def _held_in(toks: list[Tok], j: int) -> bool:
    """The token at `j` is a traction, splint or tongs."""
    return j < len(toks) and toks[j].low in _HOLDS


def _disease_after_preposition(toks: list[Tok], i: int) -> bool:
    """A preposition (not a title or kin word) before the name and a disease's noun after it,
    across a hyphenated partner: "due to Alport syndrome", "from Marfan-like disease"."""
    if toks[i - 1].low in _PERSON_BEFORE:
        return False
    j = i + 1
    while j + 1 < len(toks) and toks[j].text == "-" and toks[j + 1].entry is not None:
        j += 2
    return j < len(toks) and toks[j].low in _DISEASE_NOUNS


def mark_scale_names(toks: list[Tok]) -> None:
    """Scales, tests and signs named after people or places, from the project's list of them
    (`data/scale_names.txt`): "Amsler grid", "Visual field (Esterman)", "Hoehn and Yahr stage 2",
    "berg balance", "Barthel 12/20" -- a name used bare for its test, or a phrase read together;
    never after a title ("Dr Berg 12/10" is a person). A voice-typed partner after "and" goes with
    the scale when a stage or score follows ("hoehn and yard stage 1")."""
    n = len(toks)
    for i, t in enumerate(toks):
        if t.entry is None or t.eponym:
            continue
        low = t.low if t.low.isascii() else strip_accents(t.low)
        bare = low in SCALE_BARE_WORDS
        phrases = SCALE_PHRASES.get(low)
        if not bare and phrases is None:
            continue
        before = toks[i - 2] if i > 1 and toks[i - 1].text == "." else toks[i - 1] if i else None
        if before is not None and (before.low.rstrip(".") in _TITLES or before.low in cues.HONORIFICS_WORLD):
            continue
        end = i + 1 if bare else i
        for words in phrases or ():
            if i + len(words) <= n and all(toks[i + k].low == w for k, w in enumerate(words)):
                end = max(end, i + len(words))
        if end == i:
            continue
        if bare and end == i + 1 and i + 3 < n and toks[i + 1].low == "and" and toks[i + 2].entry is not None and (
            toks[i + 3].low in EPONYM_NOUNS or toks[i + 3].low in _STAGE_NOUNS
        ):
            end = i + 3  # "hoehn and yard stage 1"
        for k in range(i, end):
            if toks[k].entry is not None:
                toks[k].verdict, toks[k].eponym = SAFE, True


_STAGE_NOUNS: Final = frozenset({"stage", "grade", "class", "chart"})


def mark_possessive_eponyms(toks: list[Tok], text: str, possessive: frozenset[str]) -> None:
    """ "dad has parkinson's", "Barrett's oesophagus", "Graves' disease": an eponym in the
    possessive, unless a title or kinship word makes it someone ("Mrs Barrett's daughter")."""
    for i, t in enumerate(toks):
        if t.entry is None or t.eponym or t.low not in possessive:
            continue
        tail = text[t.end - 2 : t.end].lower()
        if not (tail in ("'s", "’s") or (t.low.endswith("s") and text[t.end : t.end + 1] in ("'", "’"))):
            continue
        prev = toks[i - 2] if i > 1 and toks[i - 1].text == "." else toks[i - 1] if i else None
        nxt = next((x for x in toks[i + 1 : i + 3] if x.entry is not None), None)
        if prev is not None and (prev.low.rstrip(".") in _TITLES or prev.low in cues.KIN):
            continue
        if nxt is not None and (nxt.low in cues.KIN or nxt.low in cues.OWN_IDENTIFIERS):
            continue
        t.verdict, t.eponym = SAFE, True


# A test written with its score out of its maximum: "MoCA 24/30", "GCS: 14/15", "Waterlow 12/20",
# "berg 31/56" (the Berg balance scale's 56)
# (led by a digit, the boundary read back: the scan skips to digits)
_SCORE: Final = re.compile(r"\d(?<![\d/]\d)\d{0,2}/(?:10|15|20|24|26|28|30|32|35|40|50|56|100)(?![\d/])")


def mark_scored_tests(toks: list[Tok], text: str) -> None:
    """A word right before a score out of a test's maximum names the test, not a person (found
    from the scores: most texts have none)."""
    ends: dict[int, Tok] | None = None
    for m in _SCORE.finditer(text) if "/" in text else ():
        if ends is None:
            ends = {t.end: t for t in toks if t.entry is not None}
        gap = m.start()
        while gap > 0 and m.start() - gap < 3 and text[gap - 1] in " :":
            gap -= 1
        t = ends.get(gap)
        if t is None or gap >= m.start():
            continue
        town = t.entry is not None and t.entry.flags & F.PLACE and not t.entry.clinical
        if town and int(m.group().split("/")[0]) <= 12:
            continue  # a town before a date: "in Barrington 9/28" (but "MoCA 24/30" is the test)
        t.verdict, t.eponym = SAFE, True


# after a town and a clinical word, the word that makes them a service's name
_SERVICE_HEADS: Final = cues.NAMED_AREAS | cues.FACILITY_HEADS | cues.SMALL_FACILITIES | frozenset({"service", "centre"})


def _place_service(toks: list[Tok], i: int, j: int) -> bool:
    """A town capitalised before a clinical word and a unit's or a clinic's noun: the town's
    service ("Blacktown Renal Unit"), where "Charcot foot" or "Bell palsy" are eponyms."""
    t = toks[i]
    if t.entry is None or not t.entry.flags & F.PLACE or t.entry.clinical or j + 1 >= len(toks):
        return False
    return toks[j].text[:1].isupper() and toks[j + 1].low in _SERVICE_HEADS


def _named_rule(toks: list[Tok], j: int) -> bool:
    """A rule or score named after a place, with its subject between: "Ottawa ankle rules",
    "Canadian CT Head Rule", "Wells DVT score" (one or two clinical words or abbreviations, then
    the rule's noun)."""
    if not toks[j - 1].text[:1].isupper():
        return False
    for k in (j + 1, j + 2):
        if k >= len(toks) or toks[k].entry is None or toks[k].start - toks[k - 1].end != 1:
            return False
        if toks[k].low in _RULE_NOUNS:
            return all(_rule_subject(toks[m]) for m in range(j, k))
    return False


_TYPE_LETTERS: Final = frozenset("ABCD")
# A staging system written as the eponym and a letter alone ("Dukes C", "Dukes' B2", "Child-Pugh
# B": read at the last name of a hyphenated pair), or a spinal cord injury's impairment grade after
# the American Spinal Injury Association's initials ("T12 complete, ASIA A": its grades run to E)
_STAGED: Final = frozenset({"dukes", "duke's", "dukes'", "pugh", "asia"})
_ASIA_GRADES: Final = frozenset("ABCDE")
# Everyday nouns a listed eponym takes as well as a clinical one ("Charcot foot", "Charcot joint",
# "Stokes-Adams attacks"): read only after a word the eponym list holds
_HEAD_NOUNS: Final = frozenset({
    "foot", "feet", "joint", "joints", "triad", "attack", "attacks", "arthropathy", "spots", "nodes", "node", "cells",
})  # fmt: skip
_HEADS: Final = frozenset(w.lower() for w in EPONYM_HEADS) | {"adams"}


def _first_name_before(toks: list[Tok], i: int) -> bool:
    """A capitalised first name right before a bare eponym written as a name ("Faith Penrose", "Ann
    Foley,"), with no eponym's noun after it: the eponym is her surname. "Jackson Pratt drain" and a
    listed pair ("Osgood Schlatter") stay eponyms."""
    prev, t = toks[i - 1], toks[i]
    if i == 0 or prev.entry is None or t.start - prev.end != 1 or not (t.text[:1].isupper() and t.text[1:].islower()):
        return False
    if not (prev.text[:1].isupper() and prev.text[1:].islower() and prev.entry.flags & F.FIRST):
        return False
    if (prev.low if prev.low.isascii() else strip_accents(prev.low)) in BARE_EPONYM_WORDS:
        return False
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    return nxt is None or not (nxt.low in EPONYM_NOUNS or clinical_noun(nxt) or nxt.text == "-")


def _bare_letter(toks: list[Tok], j: int) -> bool:
    """The stage letter stands alone or with a sub-stage digit or letter: "C", "B2", "Ia" (not
    "B-cell", not the initial of a name: "Dukes B. Smith"). A full stop ends the sentence when what
    follows it is no name: a clinical word or one no name list holds ("Child-Pugh C. Lactulose")."""
    nxt = toks[j + 1] if j + 1 < len(toks) else None
    if nxt is not None and nxt.text == ".":
        if j + 2 == len(toks):
            return True  # the text's last word
        e = toks[j + 2].entry
        return e is not None and (e.clinical or not e.flags & (F.FIRST | F.LAST))
    return nxt is None or (nxt.entry is None and nxt.text not in ("-", ".")) or nxt.text.isdigit()


_RARE_SAFE_ZIPF: Final = 3.0

_RULE_NOUNS: Final = frozenset({"rule", "rules", "score", "criteria", "protocol", "scale", "classification"})


def _rule_subject(t: Tok) -> bool:
    e = t.entry
    return e is not None and ((e.clinical and e.zipf < 5.0) or (t.text.isupper() and 2 <= len(t.text) <= 4))


def _person_before(toks: list[Tok], i: int) -> bool:
    """A title or a capitalised first name before the word: "Madame Colette Vaillancourt-Diop 27,
    rue ..." is a person and an address, not a score like "Barthel 45"."""
    if i == 0:
        return False
    p = toks[i - 1]
    if p.low.rstrip(".") in _TITLES or p.low in cues.HONORIFICS_WORLD:
        return True
    e = p.entry
    return (
        e is not None and p.text[:1].isupper() and p.text[1:].islower() and not e.clinical
        and (bool(e.flags & F.FIRST) or e.name or (p.verdict in (MASK, AMBIGUOUS) and not e.english)) and e.zipf < 4.8
    )  # fmt: skip  # (an unknown capitalised word is a first name too: "Ngaio Fitzgerald-Tuhiwai 56")


def _age_sex_after(toks: list[Tok], j: int) -> bool:
    """ "Vance-Otieno 89F", "Smith 72 M", "Gurung 91 yrs": the number is an age (with a sex, or
    the years of `cues.AGE_AFTER`), not a score."""
    if j + 1 >= len(toks):
        return False
    after = toks[j + 1]
    return (after.low in cues.AGE_AFTER or after.low == "y") and after.start - toks[j].end <= 1



# after a grade "I", the words that continue a note ("Killip I on admission"); any other lower-case
# word makes it the pronoun ("Thabo Nkosi I came", "Mrs Ali I spoke to")
_AFTER_GRADE: Final = frozenset({"and", "or", "on", "in", "at", "with", "to", "for", "of", "x", "since", "now"})


_DOSE_UNITS: Final = frozenset({"mg", "mcg", "g", "ml", "units", "unit", "iu", "mmol", "micrograms", "milligrams"})


def _time_or_date_after(toks: list[Tok], i: int, j: int) -> bool:
    """The number at j goes on as a time ("Whangārei 02:10"), or after a town as a date
    ("Barrington 9/28"; "Apgars 9/9" are two scores): no score's value."""
    if j + 2 >= len(toks):
        return False
    sep, more = toks[j + 1], toks[j + 2]
    if not (sep.start == toks[j].end and more.start == sep.end and more.text[:1].isdigit()):
        return False
    entry = toks[i].entry
    town = entry is not None and bool(entry.flags & F.PLACE)
    return sep.text == ":" or (sep.text == "/" and town)


def _pronoun_i(toks: list[Tok], j: int) -> bool:
    """ "I" followed by a lower-case word it is the subject of: the pronoun, not grade I."""
    if toks[j].text != "I" or j + 1 >= len(toks):
        return False
    after = toks[j + 1]
    return (
        after.entry is not None and after.text.islower() and after.low not in _AFTER_GRADE
        and not after.entry.clinical  # ("Chiari I malformation": a type)
    )  # fmt: skip
