"""Given names beside a form of address of South and South-East Asian languages, where the language
puts it: AFTER the name in Gujarati, Hindi, Urdu and Sinhala ("Dipti ben", "Kiran bhai", "Verma ji",
"Sunil mama", "Kumari akka"), BEFORE it in Thai, Vietnamese, Malay and Indonesian ("pee Fon",
"P'Mint", "nong Bank", "bs Hoa" for bác sĩ, "Bu Ratna", "Pak Harto", "Kak Dewi"), and Philippine
English's "Sir Rodel", "Ma'am Jessa". The word of
address is lower case after a name and the name is capitalised: "Big Ben", "Yo Mama", "Haan ji" and
"pee test" are no one's."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.lexicon import Lexicon
from medgate.privacy.types import Entity, PhiType

# Gujarati ben and bhai, Hindi ji, didi, bhaiya; Sinhala mama (uncle), nangi (younger sister),
# aiya (elder brother), akka (elder sister), malli (younger brother); Malayalam chechi and chettan;
# Tamil anna; Urdu sahab and baji
_AFTER: Final = re.compile(
    r"\b(?P<v>[A-Z][a-z]{2,})[ \t]+(?:ben|bhai|bhaiya|ji|didi|mama|nangi|aiya|akka|malli|chechi|chettan"
    r"|anna|sahab|saab|baji)\b(?![-'’])"
)
# Thai pee/phi (elder) and nong (younger), also glued as P'; Vietnamese bs (bác sĩ, doctor) typed
# lower case; Malay and Indonesian Bu, Pak, Kak and Mbak; Philippine English Sir and Ma'am before a
# first name ("my TL is Sir Rodel", "Ma'am Jessa approved it": a team lead or a teacher so called)
_BEFORE: Final = re.compile(
    r"(?:\b(?:pee|phi|nong|bs)[ \t]+|(?<![\w'’])P['’]|\b(?:Bu|Pak|Kak|Mbak|Sir|Ma['’]?am)[ \t]+)"
    r"(?P<v>[A-Z][a-z]{2,})\b"
)
_CUES: Final = (
    " ben", " bhai", " ji", " didi", " mama", " nangi", " aiya", " akka", " malli", " chechi", " chettan",
    " anna", " sahab", " saab", " baji", "pee ", "phi ", "nong ", "bs ", "P'", "P’", "Bu ", "Pak ", "Kak ", "Mbak ",
    "Sir ", "Ma'am ", "Ma’am ", "Maam ",
)  # fmt: skip
# words of address, greetings and answers that stand before "ji" or "bhai" themselves ("Haan ji",
# "Namaste ji", "Arre bhai", "Mummy ji", "Doctor sahab")
_NOT_NAMES: Final = cues.KIN | cues.KIN_WORLD | cues.TITLES | cues.HONORIFICS_WORLD | frozenset({
    "haan", "han", "haanji", "nahi", "nahin", "accha", "acha", "achha", "theek", "thik", "thick", "sahi",
    "bas", "arre", "arey", "are", "namaste", "namaskar", "pranam", "shukriya", "dhanyavad", "bilkul",
    "chalo", "jai", "ram", "shri", "sri", "guru", "doctor", "mummy", "papa", "pappa", "mamma", "bhabhi",
    "sir", "madam", "maam", "aap", "tum", "kya", "kaise", "kem", "cho", "hello", "thanks", "sorry",
    "okay", "yes", "the", "and", "hai", "haina", "aur", "good", "morning", "night", "big", "yo", "hey",
})  # fmt: skip


def _name_like(v: str, lex: Lexicon) -> bool:
    """A capitalised word that can be a given name: a name, or no common English or clinical word."""
    low = v.lower()
    if low in _NOT_NAMES:
        return False
    e = lex(low)
    return not e.clinical and (e.name or not e.english) and e.zipf < 4.5


def honorific_name_spans(text: str, lex: Lexicon) -> list[Entity]:
    out: list[Entity] = []
    if not any(c in text for c in _CUES):
        return out
    for rx in (_AFTER, _BEFORE):
        for m in rx.finditer(text):
            v = m.group("v")
            # Thai nicknames are often English words ("nong Bank", "P'Golf"): after a Thai word of
            # address any capitalised word but a clinical one is the name; not after "pee", which is
            # also the English word ("needs to pee Frequently"): there only a name-like word
            thai = m.group(0)[:1] in "npP" and not m.group(0).startswith(("Pak", "pee"))
            if _name_like(v, lex) or (thai and v.lower() not in _NOT_NAMES and not lex(v.lower()).clinical):
                out.append(Entity.of(PhiType.NAME, m, "v"))
    return out
