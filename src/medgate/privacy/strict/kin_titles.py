"""A first name after a kinship title of another language, said with the name as "Aunty" is:
"Tito Boy", "Kuya Jun", "Moko Ana", "his moko Aria", "Lola Pacing", Fijian "Tai Losana". The title tells what the next
capitalised word is, even where that word is also English ("Boy", "Joy") or a bird ("Kea"); a
common English word only after a capitalised title. Only titles that are no English word, and
only a capitalised word after one: "tita said", "Tita Hospital", "kuya Sunday" (a clinical,
place-kind, calendar or very common word) stay, and so do "TIA Protocol" and "hx of tia Feb" (the
abbreviation). The name said again alone later ("Tane said") is the same person's, where it is
rare in English."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.lexicon import Lexicon
from medgate.privacy.strict.words import Tok
from medgate.privacy.types import Entity, PhiType
from medgate.privacy.vocab import CLINICAL_WORDS

# Tagalog, Māori, Malay, Hindi/Urdu, Spanish/Portuguese, German/Dutch titles said before a given
# name; each is no English word ("ate", "nan", "mama", "uncle" are read elsewhere)
_TITLES: Final = (
    "tita|tito|tiya|tiyo|lola|lolo|kuya|manang|manong|ninang|ninong|moko|mokopuna|koro|kuia|whaea"
    "|kak|kakak|abang|adik|makcik|pakcik|didi|bhaiya|bhaiyya|chacha|chachi|mausi|bua|nani|dadi|khala"
    "|mamu|teta|gedo|tant|tía|tío|tia|tio|vovó|vovô|oma|nonna|nonno|babcia|dziadek"
    # Fijian grandmother, elder woman and aunt ("Tai Losana", "Nau Seini"); Indonesian "Bu" (ma'am)
    "|tai|bu|nau"
)
TITLE_WORDS: Final = frozenset(_TITLES.split("|"))
_RX: Final = re.compile(rf"(?<![\w'’-])(?i:{_TITLES})[ \t]+(?P<v>[A-Z][a-z]{{1,14}})(?![\w'’-])")
# a kind of place, a thing or an institution after the title word, not a name
_NOT_NAMES: Final = cues.FACILITY_HEADS | cues.FACILITY_KINDS | cues.DEPARTMENTS | cues.NAMED_AREAS

# titles spelt like a clinical abbreviation, read as titles only when capitalised ("Tia Rosa")
_ABBREVIATIONS: Final = frozenset({"tia", "tio"})
# a title and a word that together are one English word: the exercise ("does Tai Chi"), no person
_PHRASES: Final = frozenset({("tai", "chi")})
# a word this rare in English is the same person's name where it stands again alone ("Tane said")
_RARE_ZIPF: Final = 3.0


def kin_title_spans(text: str, lex: Lexicon, words: list[Tok]) -> list[Entity]:
    if not any(w.low in TITLE_WORDS for w in words):
        return []  # (most texts hold no title: the tokens' lower-case forms say so without a scan)
    out: list[Entity] = []
    again: set[str] = set()
    for m in _RX.finditer(text):
        v = m.group("v")
        low = v.lower()
        title = text[m.start() : m.start("v")].strip()
        if title.isupper() or (title.lower() in _ABBREVIATIONS and title.islower()):
            continue  # "TIA Protocol", "hx of tia Feb": the abbreviation, not "tía"
        if (title.lower(), low) in _PHRASES:
            continue
        if v in CLINICAL_WORDS or low in _NOT_NAMES or low in cues.MONTHS or low in cues.DAY_WORDS \
                or low in cues.SHORTHAND or low in cues.UNITS:
            continue
        e = lex(low)
        if (e.clinical and not e.name) or e.zipf >= 5.6:
            continue  # ("Tita Hospital", "Lola And ..."): a word no one is named; "Tito Boy" is a name
        if e.english and e.zipf >= _RARE_ZIPF and not title[:1].isupper():
            continue  # ("moko Whenua ..." yes, "koro Symptoms" no): a common word needs a capitalised title

        out.append(Entity.of(PhiType.NAME, m, "v"))
        if (not e.english or e.zipf < _RARE_ZIPF) and len(v) >= 3:
            again.add(v)
    for v in again:
        for m in re.finditer(rf"(?<![\w'’.@-]){v}(?![\w'’@-])", text):
            out.append(Entity(PhiType.NAME, m.start(), m.end(), v))
    return out
