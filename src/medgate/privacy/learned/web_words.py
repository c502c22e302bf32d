"""Words only web text knows: in wordfreq's lists, but no English dictionary, clinical list, name
or place list has them ("ninewells", "Kilimani", "VENKATESWARA"). The strict filter reads them
as jargon and lets them pass; the tagger reads their company, so where it calls one a name or a
place, its word decides (detect.py looks at them too and keeps such spans).

Short ones ("afib", "iabp", "bilat"), the misspellings and inflections of known words that busy
notes are full of ("overnite", "suctioning"), clinical compounds ("postop", "transfemoral") and
trades ("Intensivist") are jargon whatever the tagger says; so is a lower-case one where the
writer capitalises ("Migoy ... kanina": Tagalog's "earlier"; one who writes "Migoy" would write a
place the same way).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from medgate.privacy import cues
from medgate.privacy.lexicon import Lexicon
from medgate.privacy.lexicon import flags as F
from medgate.privacy.strict.words import SUFFIXES, one_edit_from_a_word

_MIN_LEN: Final = 6
_MAX_ZIPF: Final = 3.0  # commoner web words are everyone's jargon ("lol", "covid")
_LISTED: Final = F.ENGLISH | F.CLINICAL | F.FIRST | F.LAST | F.PLACE
_WORDS: Final = re.compile(r"[^\W\d_]{6,}(?:['’][^\W\d_]+)?")
# (and the words medgate lists as no one's name: "shukriya" closes a message, "tienen" is Spanish)
_JARGON: Final = cues.UNITS | cues.SHORTHAND | cues.CODE_LABELS | cues.SIGN_OFFS | cues.FOREIGN_FUNCTION_WORDS
_TRADES: Final = ("ologist", "ist", "ician")  # "Rheumatologist", "Hospitalist", "Dietician"
_PREFIXES: Final = ("post", "pre", "peri", "intra", "inter", "trans", "sub", "hyper", "hypo", "anti", "non")
_JARGON_ZIPF: Final = 3.0  # "op" in "postop": an abbreviation everyone writes


def _low(word: str) -> str:
    low = word.lower()
    return low[:-2] if low.endswith(("'s", "’s")) else low


def web_only(word: str, lex: Lexicon) -> bool:
    """Web text knows `word` and no list does (cheap: one lexicon look-up)."""
    low = _low(word)
    if len(low) < _MIN_LEN or low in _JARGON:
        return False
    e = lex(low)
    return bool(e.flags & F.KNOWN) and not e.flags & _LISTED and e.zipf < _MAX_ZIPF


def web_name(word: str, lex: Lexicon, *, mixed_case: bool = False) -> bool:
    """A web-only word that is not a known word misspelt or inflected, nor a trade, nor lower case
    in `mixed_case` text: the tagger may call it a name or place."""
    if not web_only(word, lex) or (mixed_case and word.islower()):
        return False
    low = _low(word)
    if low.removesuffix("s").endswith(_TRADES) or _compound(low, lex):
        return False
    if not low.isascii():
        return True
    if one_edit_from_a_word(low, lex):
        return False  # "overnite", "debrided"
    return not any(
        low.endswith(end) and len(low) - len(end) >= 4 and ((x := lex(low[: -len(end)])).english or x.clinical)
        for end in SUFFIXES
    )  # "suctioning"


def _compound(low: str, lex: Lexicon) -> bool:
    """A clinical prefix before a word or a common abbreviation ("preop", "subcostal")."""
    for pre in _PREFIXES:
        if low.startswith(pre) and len(low) - len(pre) >= 2:
            e = lex(low[len(pre) :])
            if e.english or e.clinical or (e.flags & F.KNOWN and e.zipf >= _JARGON_ZIPF):
                return True
    return False


def web_word_starts(text: str, lex: Lexicon, words: Sequence[tuple[int, int, str]] | None = None) -> set[int]:
    """Where web-only words start in `text` (the tagger looks around them as around candidates).
    `words`: the text's tokens (learned.features.tokens), where the caller has them: then no scan
    of the whole text (a letter token is a whole run of letters, or runs joined by apostrophes)."""
    if words is None:
        return {m.start() for m in _WORDS.finditer(text) if web_only(m.group(), lex)}
    out: set[int] = set()
    for start, end, word in words:
        if end - start < _MIN_LEN or word[0].isdecimal():
            continue  # (no run of six letters: shorter, or a number's digits)
        if "'" in word or "’" in word:  # (the runs an apostrophe joins: read as the scan reads them)
            out.update(m.start() for m in _WORDS.finditer(text, start, end) if web_only(m.group(), lex))
        elif web_only(word, lex):
            out.add(start)  # (one run of letters: the scan's match is the whole token)
    return out
