"""The end of an address line: a suburb (and a city) and a 4- or 5-digit postcode after a street,
a building or a house number ("New Wing Building, Rondebosch, 7700", "ballarat rd sunshine 3020",
"Industrial Area, Gazipur 1702", "Av. Larco 782, San Borja, Lima 15036"), and an Australian unit and
house number before a lower-case street ("7/41 ballarat rd"), a street written type first ("Jr.
Huallaga 221"). The street word or the house number
before the suburb is what tells a postcode from a count or a year."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.lexicon import Lexicon
from medgate.privacy.types import Entity, PhiType
from medgate.privacy.word_start import led

_WORD: Final = r"[A-Za-zÀ-ÿ][a-zà-ÿ]+"
# (not the first group of a phone number: "mob 07700 900461")
_POSTCODE: Final = re.compile(r"[ ](?P<z>\d{4,5})(?![\w/:%\-]|[.,][ ]?\d|[ ]\d{3}|[ ]?(?i:hrs?|h|am|pm)\b)")
# read back from the postcode: the street's last word or a house number, then the suburb and city
_LINE_BEFORE: Final = re.compile(
    r"(?:(?<![\w\-])(?i:building|bldg|road|rd|street|st|avenue|ave|area|estate|drive|dr|lane|ln|crescent|cres"
    r"|way|place|court|ct|block|pde|parade|highway|hwy|hall|house|centre|center)\.?,?[ ]+"
    r"|(?P<n>(?<![\w/.\-])\d{1,5}[A-Za-z]?,[ ]+))"
    rf"(?P<s>{_WORD}(?:[ ]{_WORD})?)(?:,[ ]+(?P<c>{_WORD}(?:[ ]{_WORD})?))?,?\Z"
)
# a five-digit postcode before its city, after a comma ("Jalan Ampang, 50450 Kuala Lumpur", "Via
# Roma 12, 00184 Roma"), a chat's short particle after the city allowed ("14300 Nibong Tebal ya", "50450
# Kuala Lumpur lah"), and a Malaysian block-floor-unit number before its building ("B-12-3, Menara")
_POSTCODE_FIRST: Final = re.compile(
    r",[ ](?P<z>\d{5})[ ](?P<c>[A-Z][a-zà-ÿ]+(?:[ ][A-Z][a-zà-ÿ]+)?)(?=[.,;)]|[ \t]*\n|[ \t]*\Z|[ ](?P<tail>[a-z]{1,3})\b)"
)
_ADDRESS_BEFORE: Final = re.compile(r"(?i:\b(?:jalan|jln|lorong|taman|tmn|persiaran|lebuh|kampung|kg|via|rua|calle|road|street)\b)")
# a town after a comma right before a British postcode ("Station Road, Ledbury HR8 2DA", "SURGERY,
# WORCESTER WR2 5AX", "Fore Street, St Mawes, TR2 5AB"): the postcode's shape is the proof
_TOWN_BEFORE_UK_POSTCODE: Final = re.compile(
    r",[ ](?P<c>[A-Z][A-Za-z'’\-]+(?:[ ][A-Z][A-Za-z'’\-]+)?),?[ ](?=[A-Z]{1,2}\d[A-Z\d]?[ ]\d[A-Z]{2}(?![\w]))"
)
# (found from its first dash, a literal to skip to; the block's letter before it is read back)
_BLOCK_UNIT: Final = re.compile(r"-\d{1,2}-\d{1,3}[A-Z]?(?=,[ ][A-Z])")
_BLOCK_LETTER: Final = re.compile(r"(?<![\w\-/.])[A-Z]{1,2}\Z")
_UNIT_STREET: Final = re.compile(
    r"\d(?<![\w/.\-]\d)\d{0,3}/\d{1,5}[ ](?:[a-z]{3,}[ ]){1,2}(?:st|rd|ave|street|road|cres|pde|ct|dr|hwy|tce|pl)\b"
)

# a Peruvian or Spanish street written type first, its name, then the house number ("Jr. Huallaga
# 221", "Psje. Las Flores 112"); not "John Smith Jr. ..." (a name's suffix follows a word)
_TYPE_FIRST_STREET: Final = re.compile(  # (led: the scan skips to the types' capitals)
    led(["Jr", "Av", "Psje", "Pje", "Jirón", "Jiron", "Pasaje", "Calle", "Avenida"], r"(?<![\w.\-])(?<![A-Za-z][ ])")
    + r"\.?[ ]"
    r"(?:(?:[A-ZÁÉÍÓÚÑ][a-zà-ÿ]+|de|del|la|las|los)[ ]){1,4}\d{1,5}(?![\w/.\-])"
)


def postcode_line_spans(text: str, lex: Lexicon) -> list[Entity]:
    out: list[Entity] = []
    if "/" in text:
        for m in _UNIT_STREET.finditer(text):
            if not any(lex(w).clinical for w in m.group().split()[1:-1]):
                out.append(Entity.of(PhiType.ADDRESS, m))
    if "Jr" in text or "Av" in text or "Ps" in text or "Pj" in text or "Pasaje" in text or "Calle" in text:
        for m in _TYPE_FIRST_STREET.finditer(text):
            out.append(Entity.of(PhiType.ADDRESS, m))
    if ", " in text:
        for m in _POSTCODE_FIRST.finditer(text):
            if m.group("tail") is not None and not _ADDRESS_BEFORE.search(text, max(0, m.start() - 40), m.start()):
                continue  # (a word after the city only where an address's street or estate stands before)
            if all(_a_place_word(w, lex) for w in m.group("c").split()):
                out.append(Entity.of(PhiType.ZIP, m, "z"))
                out.append(Entity.of(PhiType.LOCATION, m, "c"))
        for m in _TOWN_BEFORE_UK_POSTCODE.finditer(text):
            # (a town's name that is also a clinical word, "Bath", is still the town here; an English
            # word that is no town is not: "Worse")
            words = m.group("c").split()
            if words[0] in ("St", "Saint") and len(words) == 2:
                # a saint's town ("St Just", "St Ives"): the saint's name may be an English word
                ok = _town_word(words[1], lex) or lex(words[1].lower()).name
            else:
                ok = all(_town_word(w, lex) for w in words)
            if ok:
                out.append(Entity.of(PhiType.CITY, m, "c"))
        if "-" in text:
            for m in _BLOCK_UNIT.finditer(text):
                block = _BLOCK_LETTER.search(text, max(0, m.start() - 3), m.start())
                if block is not None:
                    out.append(Entity(PhiType.ADDRESS, block.start(), m.end(), text[block.start() : m.end()]))
    for m in _POSTCODE.finditer(text):
        b = _LINE_BEFORE.search(text, max(0, m.start() - 60), m.start())
        if b is None or not all(_a_place_word(w, lex) for w in b.group("s").split()):
            continue
        if b.group("c") and not (b.group("c")[:1].isupper() or b.group("s").islower()):
            continue  # (a lower-case city only in a lower-case line)
        if b.group("c") and not all(_a_place_word(w, lex) for w in b.group("c").split()):
            continue
        if b.group("n") and not (b.group("c") and b.group("s").istitle()):
            continue  # (after a bare number only a suburb and a city: not "Hb 150, Plt 1200")
        out.append(Entity(PhiType.LOCATION, b.start("s"), b.end("s"), b.group("s")))
        if b.group("c"):
            out.append(Entity(PhiType.LOCATION, b.start("c"), b.end("c"), b.group("c")))
        out.append(Entity.of(PhiType.ZIP, m, "z"))
    return out


def _town_word(word: str, lex: Lexicon) -> bool:
    e = lex(word.lower())
    return e.place or (not e.english and not e.clinical)


def _a_place_word(word: str, lex: Lexicon) -> bool:
    """Not a function word or a clinical one ("since 2019", "dose 1000")."""
    low = word.lower()
    e = lex(low)
    return not e.clinical and e.zipf < 5.5 and low not in _TIME_WORDS


_TIME_WORDS: Final = frozenset({
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed",
    "thu", "thur", "thurs", "fri", "sat", "sun", "today", "tonight", "tomorrow", "yesterday", "morning",
    "evening", "night", "noon", "midnight", "at", "by", "from", "until", "till", "since", "approx",
})  # fmt: skip
