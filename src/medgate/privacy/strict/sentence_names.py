"""A lower-case first name opening a sentence with no cue but what the person does or feels, as a
carer types a message: "ted was very agitated again", "hi, it's me. joan slept all night", "noel
said he has no pain". The sentence's start and a verb or a state only a person has say it is a
name; the name lists say it is a first name (and no English or clinical word). "max was 38.9
overnight", "mark was noted on the skin", "will call tomorrow", a name in capitals (the word
filter's) stay."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.lexicon import Lexicon
from medgate.privacy.lexicon import flags as F
from medgate.privacy.types import Entity, PhiType
from medgate.privacy.vocab import CLINICAL_WORDS

_STATES: Final = (
    r"confused|agitated|tearful|teary|upset|anxious|calm|settled|unsettled|pleasant|happy|sad|angry|drowsy"
    r"|sleepy|restless|combative|cooperative|co-operative|distressed|worried|withdrawn|disoriented|muddled"
    r"|chatty|weepy|grumpy|aggressive|wandering|asleep|awake|alert"
)
_DEEDS: Final = (
    r"said|says|told|asked|asks|refused|refuses|wants|wanted|called|rang|phoned|slept|ate|cried|kept|keeps"
    r"|complained|complains|fell|walked|insisted|shouted|screamed|visited|came|went"
)
# (the verb after the word, found first: a few per message; the word and the sentence's start are read back)
_AFTER: Final = re.compile(
    rf"[ ](?:(?:was|is|has[ ]been|had[ ]been|seems|seemed|got|gets)[ ](?:very[ ]|so[ ]|quite[ ]|really[ ]|a[ ]bit[ ]"
    rf"|more[ ]|less[ ]|still[ ]|a[ ]lot[ ]more[ ])?(?:{_STATES})|(?:{_DEEDS})"
    # what the person has been doing ("has been vomiting since", "is crying", "kept coughing")
    r"|(?P<ing>(?:has[ ]been|had[ ]been|is|was|keeps|kept)[ ][a-z]{2,}ing))\b"
)
_WORD_BEFORE: Final = re.compile(r"(?:\A|[.!?][ ]+|\n[ \t]*|^[ \t]*)(?P<v>[a-z]{2,12})\Z", re.M)
# A capitalised first name opening a sentence before the same verbs ("Ama has been vomiting since",
# "Kofi is coughing"), one the lists know as a first name and web text rarely as a word: a
# capital there is the sentence's, so the name must be no English or clinical word, and rare
_CAP_BEFORE: Final = re.compile(r"(?:\A|[.!?][ ]+|\n[ \t]*|^[ \t]*)(?P<v>[A-Z][a-z]{1,11})\Z", re.M)
_CAP_RARE_ZIPF: Final = 4.0
# what only a person (or an animal) does: with one of these after it, a first name that a clinical
# list holds in title case for its abbreviation ("Ama" for AMA) is still the person
_PERSON_ING: Final = re.compile(
    r"[a-z ]*[ ](?:vomiting|crying|coughing|sleeping|eating|drinking|feeding|screaming|complaining|asking"
    r"|refusing|wheezing|sweating|shaking|moaning|scratching|wetting|playing|smiling|laughing|talking"
    r"|walking|sitting|asking|waiting|begging|whining|fussing|grizzling|throwing)\Z"
)


def sentence_name_spans(text: str, lex: Lexicon) -> list[Entity]:
    out: list[Entity] = []
    for a in _AFTER.finditer(text):
        b = _WORD_BEFORE.search(text, max(0, a.start() - 16), a.start())
        if b is None:
            c = _CAP_BEFORE.search(text, max(0, a.start() - 16), a.start())
            person = a.group("ing") is not None and _PERSON_ING.match(a.group("ing")) is not None
            if c is not None and _rare_first_name(lex, c.group("v"), person):
                out.append(Entity(PhiType.NAME, c.start("v"), c.end("v"), c.group("v")))
            continue
        v = b.group("v")
        e = lex(v)
        if not e.flags & F.FIRST or e.english or e.clinical or v.title() in CLINICAL_WORDS:
            continue
        if v in cues.KIN or v in cues.TITLES or v in cues.DAY_WORDS or v in cues.MONTHS or v in cues.DETERMINERS:
            continue
        if v in cues.UNITS or v in cues.DEPARTMENTS or v in cues.SHORTHAND:
            continue  # ("ed called to say the bed is ready": the department)
        out.append(Entity(PhiType.NAME, b.start("v"), b.end("v"), v))
    return out


def _rare_first_name(lex: Lexicon, v: str, person: bool) -> bool:
    low = v.lower()
    e = lex(low)
    if not e.flags & F.FIRST or e.english or e.clinical or e.zipf >= _CAP_RARE_ZIPF or (v in CLINICAL_WORDS and not person):
        return False
    return not (low in cues.KIN or low in cues.TITLES or low in cues.DAY_WORDS or low in cues.MONTHS
                or low in cues.DETERMINERS or low in cues.UNITS or low in cues.DEPARTMENTS or low in cues.SHORTHAND)
