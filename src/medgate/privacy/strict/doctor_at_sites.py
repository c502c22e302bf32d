"""A health system or centre named bare after "at" or "@", where a note says where a doctor works
or where a dated test or procedure was or will be done: "PCP Dr. Lam at Kaiser Permanente", "onc Dr.
Reyes @ MUSC", "echo moved to 3/9 @ Sentara Norfolk", "lap chole 2019 at Mercy & Providence". The
name is one to four capitalised words, "&" between them, up to a lower-case word or punctuation.
A word only clinical ends the name ("at Lakeshore Coumadin Clinic": the drug is kept). What is no one's stays: a credential, a unit, a department or shorthand alone ("at MD discretion",
"@ NS 75/hr", "Dr Ito at OSH", "at HS"), a common English word alone ("at Bedside"), a time, a run
of capitals in a capitals note ("10/20 @ MN PT WAS")."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.lexicon import Lexicon
from medgate.privacy.lexicon import flags as F
from medgate.privacy.types import Entity, PhiType

# "at" or "@" before a capital: a literal the engine skips to; the lead is read back from it
_AT: Final = re.compile(
    r"[ \t](?:at|@)[ \t]+(?P<v>[A-Z][\w'’\-]*(?:[ \t]+(?:&[ \t]+)?[A-Z][\w'’\-]*){0,3})(?![\w'’\-])"
)
# the lead, ending right before "at": a doctor by title and name, or a date or year (a dated event)
_LEAD: Final = re.compile(
    r"(?:\b[Dd]r\.?[ \t]+(?:[A-Z][\w'’\-]*[ \t]+){0,2}[A-Z][\w'’\-]*"
    r"|(?<![\d/])\d{1,2}/\d{1,2}(?:/\d{2,4})?|\b(?:19|20)\d{2})\Z"
)
_LEAD_SPAN: Final = 40  # (how far back the lead may start)
_RARE_ZIPF: Final = 4.0  # (one capitalised English word rarer than this may be a name: "at Kaiser")
# words no site's name starts with: what the note says of the doctor or the time, not where
_NOT_FIRST: Final = (
    cues.TITLES | cues.FORMAL_TITLES | cues.UNITS | cues.DEPARTMENTS | cues.SHORTHAND | cues.DAY_WORDS
    | frozenset(cues.MONTHS) | cues.DETERMINERS
)


def doctor_at_site_spans(text: str, lex: Lexicon) -> list[Entity]:
    if " at " not in text and "@" not in text:
        return []
    out: list[Entity] = []
    for m in _AT.finditer(text):
        if _LEAD.search(text, max(0, m.start() - _LEAD_SPAN), m.start()) is None:
            continue
        name = _before_clinical(m.group("v"), lex)
        if name and _named(name, lex):
            out.append(Entity(PhiType.LOCATION, m.start("v"), m.start("v") + len(name), name))
    return out


def _before_clinical(name: str, lex: Lexicon) -> str:
    """The name up to a word that is only a clinical one, no English word nor anyone's name or a
    place ("Lakeshore Coumadin Clinic": the drug is the clinic's kind, kept; "Scott & White" stays whole)."""
    at = 0
    for k, w in enumerate(re.finditer(r"\S+", name)):
        e = lex(w.group().lower())
        if k and e.clinical and not e.english and not e.flags & (F.FIRST | F.LAST | F.PLACE):
            break
        at = w.end()
    return name[:at]


def _named(name: str, lex: Lexicon) -> bool:
    words = [w for w in name.split() if w != "&"]
    low = [w.lower() for w in words]
    if low[0] in _NOT_FIRST:
        return False
    if len(words) > 1:
        # ("General Surgery", "Main Campus": every word a common or a clinical one; "@ MN PT WAS": a
        # capitals note's words, which say nothing by their case)
        return not all(w.isupper() for w in words) and any(not (lex(w).english or lex(w).clinical) for w in low)
    w, e = low[0], lex(low[0])
    if words[0].isupper():  # an initialism: a hospital's ("OHSU"), not a credential's or an order's ("MD", "HS")
        return len(w) >= 3 and w not in cues.CREDENTIALS and not e.clinical and not e.english
    return not e.clinical and not (e.english and e.zipf >= _RARE_ZIPF)
