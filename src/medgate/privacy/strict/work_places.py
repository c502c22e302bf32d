"""An employer or business by its name alone in a social line, after a work cue: "retired welder
from Raytheon", "works as a cashier at a Shop Rite in", "his boss at Trader Joe's", in lower case "retired millwright from stelco,", "overnight guard at Bayside Plaza" (in a
job's brackets), "runs a bakery (Sweet Crumb)"; and a practice by its name before its specialty,
"at Little Sprouts Pediatrics in". Only the capitalised words are taken, up to a lower-case word, so
"at the VA in" or "at home" keep what is no one's. Generic services ("works at Social Services",
"General Pediatrics") are no one's."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.lexicon import Lexicon
from medgate.privacy.text import lowered
from medgate.privacy.types import Entity, PhiType
from medgate.privacy.vocab import CLINICAL_WORDS
from medgate.privacy.word_start import cue_finditer, heads, word_led

# one to four capitalised words (an all-caps short name too: "GE", "UPS"), not a caps function word
_NAME: Final = (
    r"(?P<v>(?!(?:IN|AT|ON|AND|OR|FOR|SINCE|UNTIL|FROM|TO|BUT|WITH|AS|OF|THE|A|AN)\b)[A-Z](?:[^\W_]|['’&\-])*"
    r"(?:[ ](?!(?:IN|AT|ON|AND|OR|FOR|SINCE|UNTIL|FROM|TO|BUT|WITH|AS|OF)\b)(?:[A-Z](?:[^\W_]|['’&\-])*|&)){0,3})"
)
_ARTICLE: Final = r"(?:(?i:a|an|the)[ ])?"
# a work cue, up to four lower-case words of the job ("pharmacy tech", "night shift"), then where
_JOBS: Final = (
    "retired", "works?", "worked", "working", "employed", "job", "shift", "cashier", "clerk", "tech", "technician",
    "driver", "mechanic", "machinist", "manager", "security", "guard", "janitor", "custodian", "cook", "server",
    "waitress", "nanny", "boss", "supervisor",
)  # fmt: skip
_AT_WORK: Final = re.compile(  # (the scans here are led by their words' first letters: they skip to them)
    word_led(_JOBS)
    + r"(?:[ ](?i:as|an?|the)|[ ][a-z][a-z\-]*){0,4}[ ]?\(?[ ]?(?:(?i:at|from|for|with)|@)[ ]" + _ARTICLE + _NAME
)
# a business owned or run, named in brackets after its kind ("owns a nail salon (Lotus Nails)")
_OWN_WORDS: Final = ("owns", "owned", "runs", "ran", "manages", "managed")
_OWNS: Final = re.compile(word_led(_OWN_WORDS) + r"(?i:[ ]an?)(?:[ ][a-z][a-z\-]*){1,3}[ ]\(" + _NAME + r"\)")
# a practice by its name before its specialty (every match holds one as written: the scan runs only
# where one is)
_SPECIALTIES: Final = (
    "Pediatrics", "Pediatric Associates", "Family Medicine", "Family Practice", "Internal Medicine", "Primary Care",
    "Urgent Care", "Women's Health", "OB/GYN", "Ob/Gyn", "Medical Group", "Medical Associates", "Cardiology Associates",
    "Health Center", "Dental", "Orthopedics",
)  # fmt: skip
_PRACTICE: Final = re.compile(
    word_led(["at", "from", "with", "to", "sees", "by"]) + "[ ]" + _ARTICLE + _NAME + r"[ ]"
    + "(?:" + "|".join(s.replace(" ", "[ ]") for s in _SPECIALTIES) + r")\b"
)
# ... in lower case after "retired <job> from", one word closing the clause ("retired millwright
# from stelco, smoker"): taken only where it is no English or clinical word nor a common one
_RETIRED_FROM: Final = re.compile(
    r"\bretired(?:[ ][a-z][a-z\-]*){1,3}[ ]from[ ](?P<v>[a-z][a-z&\-]{2,})"
    r"(?=[ ]?[,.;:)]|[ ](?:after|in|and|with|since|for)\b)"
)
_RARE_ZIPF: Final = 3.5  # (a word commoner than this after "from" is a place's kind or a word)
# (each cue scan is tried only where one of its words begins: `cue_finditer`)
_HEADS: Final = {_AT_WORK: heads(_JOBS), _OWNS: heads(_OWN_WORDS)}
# first words that only say which kind of service, not whose
_GENERIC: Final = frozenset({
    "social", "health", "healthcare", "emergency", "medical", "clinical", "general", "community", "public",
    "home", "nursing", "the", "it", "legal", "security", "state", "federal", "county", "city", "government",
    "army", "navy", "air", "marines", "military", "police", "fire", "school", "church", "night", "day",
    "er", "ed", "icu", "va", "outpatient", "inpatient", "pediatric", "peds", "primary", "local", "private",
    "university", "hospital", "this", "our", "her", "his", "their", "same", "new", "old", "work", "am", "pm",
})  # fmt: skip
_CUES: Final = ("ork", "ORK", "etired", "ETIRED", "job", "JOB", "wns", "WNS", "runs", "RUNS", "ediatric",
                "EDIATRIC", "amily", "AMILY", "ech", "ECH", "ecurity", "ECURITY", "hift", "HIFT", "anage",
                "ANAGE", "are", "ARE", "Dental", "DENTAL", "ashier", "lerk", "river", "uard", "ook", "erver",
                "echanic", "achinist", "anitor", "ustodian", "aitress", "anny", "rthopedic", "ealth", "roup",
                "ssociates", "OB/GYN", "Ob/Gyn", "boss", "Boss", "BOSS", "upervisor", "UPERVISOR")  # fmt: skip


def work_place_spans(text: str, lex: Lexicon) -> list[Entity]:
    out: list[Entity] = []
    if not any(c in text for c in _CUES):
        return out
    caps = text.isupper()  # (an ALL CAPS note: every word is capitalised, so none is a name by that)
    low = lowered(text)
    for rx in (_AT_WORK, _OWNS, _PRACTICE):
        if rx is _PRACTICE and not any(s in text for s in _SPECIALTIES):
            continue
        for m in rx.finditer(text) if rx is _PRACTICE else cue_finditer(rx, text, low, _HEADS[rx]):
            v = m.group("v")
            first = v.split(" ", 1)[0]
            if len(v) < 2 or text[m.end("v") : m.end("v") + 1] == ".":
                continue  # "the U.S. Army": an initialism's letter
            if first.lower() in _GENERIC or first.title() in CLINICAL_WORDS:
                continue  # "works with PT", "tech from Echo": the service, not a business
            if caps and rx is not _PRACTICE and " " in v:
                continue
            out.append(Entity.of(PhiType.LOCATION, m, "v"))
    if "retired " in low:
        for m in cue_finditer(_RETIRED_FROM, text, low, ("retired",)):
            e = lex(m.group("v"))
            if not (e.english or e.clinical or e.zipf >= _RARE_ZIPF or m.group("v") in _GENERIC):
                out.append(Entity.of(PhiType.LOCATION, m, "v"))
    return out
