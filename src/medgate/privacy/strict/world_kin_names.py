"""A given name after a kinship title, where the title or the text's case tells it: a lower-case
name after a title of another language ("tante samia", "mukoma tafadzwa", "sekuru john's"), and in
an all-capitals note a first name after "AUNTY" or "UNCLE" ("STAYING WITH AUNTY MERE"). The word
after the title is no name where it is a common English word, a clinical word or another kin word
("tante said", "gogo had", "AUNTY AWARE", "UNCLE AND COUSINS"). Where a modal or a finite verb
follows ("aunty mere will be home", "uncle rob is coming"), the word between is the subject, so a
less common English word there is a name too ("aunty always will", "uncle reportedly is" stay).

In Malaysia and Singapore an older woman is "madam" or "mdm" before her full name, and a message
typed in lower case writes it so ("daughter of madam tan siew lan", "mdm wong lai kuen"): one to
three words after the title that are surnames or given names of the name lists and no common
English word ("madam said", "madam will come", "madam is ok" stay). A kin word with the
Hokkien and Cantonese "ah" before a given name says the same ("my brother ah hock", "her uncle ah
keong"); a common word after the "ah" is the particle's sentence ("my brother ah is coming")."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.lexicon import Lexicon
from medgate.privacy.strict.words import Tok
from medgate.privacy.types import Entity, PhiType

# French/German/Dutch aunt, Shona elders and siblings, Zulu/Xhosa elders, English aunts and uncles,
# Basque grandparents ("amona josune", "AMONA JOSUNE")
# (not the Tagalog, Malay or Polish titles `kin_titles` reads capitalised: in a message written in
# those languages the lower-case word after one is as often a word of the language, "lola grabe")
_LOWER_TITLES: Final = frozenset({
    "tante", "tant", "mukoma", "babamunini", "mainini", "sekuru", "ambuya", "maiguru", "babamukuru", "tete",
    "hanzvadzi", "gogo", "mkhulu", "sisi", "bhuti", "aunty", "auntie", "aunt", "uncle",
    "amona", "amama", "aitona", "aitite",  # Basque grandmother and grandfather
})
_LOWER: Final = re.compile(
    rf"(?<![\w'’-])(?:{'|'.join(sorted(_LOWER_TITLES, key=len, reverse=True))})[ \t]+"
    r"(?P<v>[a-z]{3,14})(?=['’]s\b|(?![\w'’-]))"
)
# capitals: the English, Māori and Basque titles said before a first name in a note written in capitals
_CAPS: Final = re.compile(r"(?<![\w'’-])(?:AUNTY|AUNTIE|AUNT|UNCLE|KORO|KUIA|WHAEA|NANA|AMONA|AMAMA|AITONA|AITITE)[ \t]+(?P<v>[A-Z]{3,14})(?![\w'’-])")
# a modal or finite verb after the word: the word is the title's subject, a name
_VERB_AFTER: Final = re.compile(
    r"[ \t]+(?:will|would|can|could|should|might|must|is|was|has|had|says|said|came|comes|arrived|rang|called"
    r"|texted|lives|stays|picks|drops|brings|knows|wants|helps|takes)\b|['’]ll\b"
)
_MADAM: Final = frozenset({"madam", "mdm", "puan"})
_MADAM_RUN: Final = re.compile(r"(?<![\w'’-])(?:madam|mdm|puan)\.?[ ](?P<v>[a-z]{2,10}(?:[ ][a-z]{2,10}){0,2})(?![\w'’-])")
_KIN_AH: Final = re.compile(
    rf"(?<![\w'’-])(?:{'|'.join(sorted((re.escape(k) for k in cues.KIN if k.isalpha()), key=len, reverse=True))})"
    r"[ ](?P<v>ah[ ](?P<n>[a-z]{2,10}))(?![\w'’-])"
)
_MADAM_ZIPF: Final = 4.5  # a word of the name as rare as this in English at most ("tan", not "said")
_SUBJECT_ZIPF: Final = 4.5  # an English word rarer than this is a name as the verb's subject ("mere", not "still")
_CAPS_NAME_ZIPF: Final = 4.5  # a first name rarer than this in English writing ("MERE", not "MAY")
_NOT_NAMES: Final = cues.KIN | cues.KIN_WORLD | _LOWER_TITLES | cues.SIGN_OFFS | cues.DAY_WORDS


def _given(lex: Lexicon, low: str, caps: bool) -> bool:
    if low in _NOT_NAMES or low in cues.MONTHS:
        return False
    e = lex(low)
    if e.clinical and not e.name:
        return False
    if caps:  # (a capitalised word says nothing in capitals: the name lists must know it)
        return (e.name or not e.english or e.zipf < 2.0) and not e.clinical and e.zipf < _CAPS_NAME_ZIPF
    return not e.english or e.zipf < 2.0


def _subject(lex: Lexicon, low: str) -> bool:
    """A word before a verb that no adverb or common word is: a name used as an English word ("mere")."""
    if low in _NOT_NAMES or low in cues.MONTHS or low.endswith("ly"):
        return False
    e = lex(low)
    return not e.clinical and e.zipf < _SUBJECT_ZIPF


def _madam_name_word(lex: Lexicon, low: str) -> bool:
    if low in _NOT_NAMES or low in cues.MONTHS:
        return False
    e = lex(low)
    return (e.surname_log2 >= 8 or e.first_log2 >= 8) and e.zipf < _MADAM_ZIPF and not e.clinical


def _madam_names(text: str, lex: Lexicon) -> list[Entity]:
    out: list[Entity] = []
    for m in _MADAM_RUN.finditer(text):
        v = m.group("v")
        n = 0
        for w in v.split():
            if not _madam_name_word(lex, w):
                break
            n += 1
        if n:
            kept = " ".join(v.split()[:n])
            out.append(Entity(PhiType.NAME, m.start("v"), m.start("v") + len(kept), kept))
    return out


def world_kin_name_spans(text: str, lex: Lexicon, upper: float, words: list[Tok]) -> list[Entity]:
    out: list[Entity] = []
    if any(w.low in _MADAM for w in words) and not text.isupper():
        out.extend(_madam_names(text, lex))
    if " ah " in text:
        out.extend(
            Entity.of(PhiType.NAME, m, "v") for m in _KIN_AH.finditer(text) if _madam_name_word(lex, m.group("n"))
        )
    if not any(w.low in _LOWER_TITLES for w in words):
        return out  # (most texts hold no such title: the tokens say so without a scan)
    for m in _LOWER.finditer(text):
        if _given(lex, m.group("v"), caps=False) or (
            _VERB_AFTER.match(text, m.end()) is not None and _subject(lex, m.group("v"))
        ):
            out.append(Entity.of(PhiType.NAME, m, "v"))
    if upper > 0.5:
        for m in _CAPS.finditer(text):
            if _given(lex, m.group("v").lower(), caps=True):
                out.append(Entity.of(PhiType.NAME, m, "v"))
    return out
