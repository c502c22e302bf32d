"""A hospital told by its initials where a place stands: "after his stay at the lgh", "moved from
cuh to the bon secours", "her number for LASUTH", "admitted QMH yesterday", "in UHK ED", "QEH ward
5B". Initials ending in H or HC (Hospital, Health Centre) or starting with UH (University Hospital)
after a preposition of place or "admitted", before a department, or opening a clause before "said"
or "told" ("YKHC said to text the on call") are a hospital's; the clinical
ones that end so ("PPH", "LVH", "TSH") are left, and so is any without that context ("LVH on echo")."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.lexicon import Lexicon
from medgate.privacy.text import lowered
from medgate.privacy.types import Entity, PhiType
from medgate.privacy.word_start import word_start

# (read in the lower-cased text, where a case-sensitive scan is cheap; the initials must be written
# all in lower or all in upper case in the text itself)
_INITIALS: Final = r"(?P<v>[a-z]{2,5}(?:h|hc)|uh[a-z]{1,2})"
_HOSPITAL_INITIALS: Final = re.compile(
    # after a preposition of place, or after "admitted" ("admitted QMH yesterday")
    r"\b(?:(?:at|to|from|in|into|for|of|outside)[ \t]+(?:the[ \t]+)?|admitted[ \t]+)"
    + _INITIALS + r"\b(?![-/'’]\w)"
    # ... or before the department it has ("UHK ED", "QEH ward 5B", "YKHC inpatient")
    + r"|\b" + _INITIALS.replace("P<v>", "P<w>")
    + r"[ \t]+(?:ward|ed|a&e|aed|icu|emergency|inpatient|outpatients?|opd|maternity)\b"
)
# ... or as the subject telling what to do ("YKHC said to text the on call", "KNH told us"): found
# from the verb (a literal the engine skips to), the initials read back at a clause's start
_TELL_WORDS: Final = ("said", "says", "told", "advised", "wants", "wanted", "asked")
_TELLS: Final = re.compile(word_start(_TELL_WORDS) + r"\b")
_SUBJECT_BEFORE: Final = re.compile(
    r"(?:\A|[.!?,;:\n][ \t]*|\b(?:but|and|then|so)[ \t]+)" + _INITIALS + r"[ \t]+\Z"
)
# "to" that gives a cause, not a place ("hyponatremia due to SIADH", "secondary to CAH")
_CAUSE_TO: Final = re.compile(r"\b(?:due|secondary|related|attributed|owing|attributable)[ \t]+\Z")
# Clinical and lab initials ending in H (haemorrhage, hypertrophy, hormones, enzymes...).
_CLINICAL: Final = frozenset({
    "pph", "aph", "bph", "sah", "ich", "iph", "ivh", "sdh", "edh", "lvh", "rvh", "lah", "rah",
    "tsh", "fsh", "lh", "adh", "ldh", "acth", "gh", "hh", "pth", "dh", "mh", "nh", "crh", "gnrh",
    "trh", "sh", "ph", "bh", "oh", "ah", "eh", "uh", "ch", "th", "wh", "nph", "iih", "pah", "cteph",
    "hrh", "fh", "gdh", "mch", "mchc", "hc", "phc", "dhc", "wih", "soh", "sob", "gih", "nash",
    "usoh", "pmh", "psh", "pmhx", "hpi", "lmh", "smh",
})  # fmt: skip


def hospital_initials(text: str, lex: Lexicon) -> list[Entity]:
    out: list[Entity] = []
    low = lowered(text)
    if len(low) != len(text):
        return out
    for m in _HOSPITAL_INITIALS.finditer(low):
        g = "v" if m.group("v") else "w"
        if g == "v" and _CAUSE_TO.search(low, max(0, m.start() - 16), m.start()):
            continue
        _add_initials(out, text, m.start(g), m.end(g), lex)
    for m in _TELLS.finditer(low) if any(w in low for w in _TELL_WORDS) else ():
        if (b := _SUBJECT_BEFORE.search(low, max(0, m.start() - 16), m.start())) is not None:
            _add_initials(out, text, b.start("v"), b.end("v"), lex)
    return out


def _add_initials(out: list[Entity], text: str, start: int, end: int, lex: Lexicon) -> None:
    """Initials found at text[start:end], kept if they are written as initials and are no word."""
    v = text[start:end]
    if not (v.islower() or v.isupper()):
        return  # ("Leah", "Sarah": a name in mixed case, not initials)
    low = v.lower()
    if low in _CLINICAL or low.endswith(("ch", "sh")) or (low.endswith("th") and not v.isupper()):
        return  # (an English digraph, not initials: "trach", "bronch", "thich")
    e = lex(low)
    if not (e.english or e.clinical) and e.zipf < 2.5:  # (initials, not a word: "birth", "march")
        out.append(Entity(PhiType.LOCATION, start, end, v))


# Any capitals after a Malay or Indonesian preposition of place ("masuk HSA", "kat HKL", "rujuk ke
# RSCM"), and in brackets after a department ("(cardiology, CWM)"): these languages put "Hospital" or
# "Rumah Sakit" first, so the initials need not end in H
# (led by a class of the first characters, which the regex engine skips to; lookbehinds read back
# the word boundary and which words can start there)
_FOREIGN_PLACE: Final = re.compile(
    r"[kdm(HCI](?:"
    r"(?<=[kdm])(?<=\b.)(?:(?<=k)(?:e|at)|(?<=d)(?:i|ari)|(?<=m)asuk)[ \t]+(?P<v>[A-Z]{2,5})\b(?![-/'’]\w)"
    r"|(?<=\()(?P<d>[A-Za-z&]+),[ \t]*(?P<w>[A-Z]{2,5})\)"
    # ... and the initials a hospital's full name defines in brackets ("Lautoka Hospital (LTKH)")
    r"|(?<=[HCI])(?<=\b.)(?:(?<=H)ospital|(?<=C)(?:linic|entre|enter)|(?<=I)nfirmary)[ \t]+\((?P<x>[A-Z]{2,5})\)"
    r")"
)
# Care units and services with initials that stand where a hospital would ("masuk ICU", "di IGD"),
# beyond the units and departments cues.places knows: out- and in-patients, Indonesian and Malaysian
# emergency rooms, tests, the NHS and a GP
_OTHER_UNITS: Final = frozenset({"opd", "ipd", "igd", "ugd", "hcu", "ecg", "ekg", "nhs", "gp"})


def is_unit_initials(low: str, lex: Lexicon) -> bool:
    """Lower-cased capitals that name a care unit, a service or a common word, never a hospital
    (a rare English word in capitals is initials: "CWM" is no valley)."""
    e = lex(low)
    return low in cues.UNITS or low in cues.DEPARTMENTS or low in _OTHER_UNITS or e.clinical or e.zipf >= 2.8


def foreign_hospital_initials(text: str, lex: Lexicon) -> list[Entity]:
    out: list[Entity] = []
    if "(" not in text and not any(w in text for w in ("ke ", "di ", "kat ", "masuk ", "dari ")):
        return out
    for m in _FOREIGN_PLACE.finditer(text):
        if m.group("d") is not None and m.group("d").lower() not in cues.DEPARTMENTS:
            continue
        g = "v" if m.group("v") else "w" if m.group("w") else "x"
        low = m.group(g).lower()
        if is_unit_initials(low, lex):
            continue
        out.append(Entity(PhiType.LOCATION, m.start(g), m.end(g), m.group(g)))
    for v in {e.text for e in out}:  # the same initials again ("list for surgery at QEK")
        out.extend(Entity(PhiType.LOCATION, a.start(), a.end(), v) for a in re.finditer(rf"\b{v}\b", text))
    return out
