"""A dotted pair of capitals that spells a clinical abbreviation ("G.U.", "C.O.", "P.T.", "O.R.",
"M.D."): the body system, measured value, role or room an ICU note dots, not someone's initials.
Initials stay initials where a name stands beside them ("R.T. Vance", "Okafor N.A.") or where the
pair spells no clinical abbreviation ("J.K.", "M.C." signing an entry)."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.lexicon import lexicon
from medgate.privacy.strict.words import FUNCTION_ZIPF
from medgate.privacy.vocab import CLINICAL_WORDS

# Pairs dotted in ICU nursing notes that no shipped vocabulary holds as a term of two letters: the
# gastrointestinal and genitourinary systems' headings, cardiac output and index, urine output, house
# officer, nasal cannula, and the operating room
# (whose "or" the vocabularies hold only as the conjunction, too common to be read as a term).
_ICU_PAIRS: Final = frozenset({"gi", "gu", "co", "ci", "uo", "ho", "nc", "or"})

_NEXT_WORD: Final = re.compile(r"[ \t]+([^\W\d_]+)")
_WORD_BEFORE: Final = re.compile(r"([^\W\d_]+)[ \t]+\Z")


def _vocabulary_pair(low: str) -> bool:
    """Two letters the shipped clinical vocabularies hold as a term ("pt", "md", "gi", "tv"), not a
    word so common that initials spell it ("so", "as", "it")."""
    if low in _ICU_PAIRS:
        return True
    known = low.title() in CLINICAL_WORDS or low in cues.SHORTHAND or low in cues.MEASURE_WORDS or low in cues.DEPARTMENTS
    return known and lexicon()(low).zipf < FUNCTION_ZIPF


def _name_like(word: str) -> bool:
    """A capitalised word that may be a surname or a given name: a listed name that is no common
    word ("Vance", "MENSAH"), a name that is a word with its own capital ("Frank"), or an unknown
    word with its capital ("Okonjo"; in capitals an unknown word is as often a misspelling:
    "HAVE O.R. PRIVELAGES")."""
    if not word[:1].isupper():
        return False
    e = lexicon()(word.lower())
    titled = word[1:].islower()
    if e.english or e.clinical:
        return e.name and titled and e.zipf < FUNCTION_ZIPF
    return e.name or titled


def clinical_dotted_pair(text: str, start: int, end: int) -> bool:
    """The dotted pair text[start:end] ("G.U.") is a clinical abbreviation here, not initials."""
    if not _vocabulary_pair((text[start] + text[start + 2]).lower()):
        return False
    after = _NEXT_WORD.match(text, end)
    if after is not None and _name_like(after.group(1)):
        return False  # "P.T. Vance", "C.O. Mensah": initials before a surname
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    return not (before is not None and _name_like(before.group(1)))  # "Okafor N.A."
