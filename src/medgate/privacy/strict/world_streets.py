"""Street addresses in the shapes of countries the English rules miss, in any case: a Vietnamese
lane after the house number ("17 ngõ 4 kim mã", "hẻm", "ngách", "kiệt") and a street, ward or
district after its word ("đường", "phường", "quận"); an Indonesian street with its house number
("jl. melati no. 3") and its neighbourhood units ("rt 02/rw 06"); a Romanian one with "nr."
("Str. Teilor nr. 4", "Bd. Unirii nr. 2"); a French one number-first ("118 rue des pins",
"9 chemin du lac", "40 boul. st-joseph", "Rue Sainte-Catherine"); an Irish estate ("3 the paddocks"); a house told by its
number and block letter ("house 12-b"); and the Irish postcode (Eircode) written in lower case.
`whole_addresses` then widens each to its units, and the towns after it follow from there.

Each scan runs only where a word it needs is in the text (strict detection is over its budget).
"""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.lexicon import Lexicon
from medgate.privacy.text import lowered
from medgate.privacy.types import Entity, PhiType
from medgate.privacy.word_start import word_led

_WORD: Final = r"[^\W\d_][\w'’\-]*"
# up to four words of a street's name after its type, up to a comma or a sentence's end
_NAME_WORDS: Final = re.compile(rf"[ \t]+(?P<w>{_WORD})")

_VN_CUES: Final = ("ngõ", "ngách", "hẻm", "kiệt", "đường", "phường", "quận")
_VN_LANE: Final = re.compile(
    r"(?i:\b\d{1,4}[a-z]?(?:/\d{1,3})?[ \t]+(?:ngõ|ngách|hẻm|kiệt)[ \t]+\d{1,4}[a-z]?(?:/\d{1,3})?"
    r"(?:[ \t]+(?:ngõ|ngách|hẻm|kiệt)[ \t]+\d{1,4}[a-z]?)?)"
)
# a street, ward or district named after its word ("đường trần phú", "phường 13", "quận bình thạnh")
# ("đường" is sugar too, "đường huyết" blood sugar: a street only after its house number)
_VN_AREA: Final = re.compile(
    r"(?i:\b(?:(?<=\d[ \t])đường|phường|quận))(?=[ \t]+(?:\d|[^\W\d_]))(?:[ \t]+\d{1,2}\b)?"
)

_ID_CUES: Final = ("jl", "rw", "kel", "kec", "desa", "kab")
_ID_STREET: Final = re.compile(
    rf"(?i:\b(?:jl|jln)\.?[ \t]+(?:{_WORD}[ \t]+){{1,3}}?no\.?[ \t]*\d{{1,4}}[a-z]?\b(?![.,/:]\d))"
)
# the neighbourhood units: rukun tetangga and rukun warga ("rt 03/rw 05", "RT 3 RW 11")
_RT_RW: Final = re.compile(r"(?i:\brt\.?[ \t]*\d{1,3}[ \t]*(?:/[ \t]*|[ \t]+|,[ \t]*)rw\.?[ \t]*\d{1,3}\b)")
# a village, ward or district after its word ("kel. sukamaju", "kec. cimanggis", "desa sukasari")
_ID_AREA: Final = re.compile(  # (led by the words' first letters: the scan skips to them)
    word_led(["kel", "kec", "kab", "kelurahan", "kecamatan", "kabupaten", "desa"]) + r"\.?(?=[ \t]+[^\W\d_])"
)

_RO_STREET: Final = re.compile(
    rf"(?i:\b(?:str|strada|bd|bdul|b-dul|bulevardul|calea|șos|sos|șoseaua|aleea|splaiul|piața)\.?[ \t]+"
    rf"(?:{_WORD}\.?[ \t]+){{1,3}}?nr\.?[ \t]*\d{{1,4}}[a-z]?\b(?![.,/:]\d))"
)

# a French street, its number first ("rue" and "route" alone are English words: the number makes it)
_FR_STREET: Final = re.compile(
    r"\d(?<![\w.,/]\d)\d{0,4}(?i:[a-z]?,?[ \t]+(?:rue|chemin|boul\.?|boulevard|montée|allée|impasse|côte))"
    r"(?=[ \t]+[^\W\d_])"
)
# ... or named type-first, capitalised, without its number ("the pharmacy on Rue Saint-Denis"); a
# Romanian street by its dotted short form before a capitalised name ("the shop on str. Florilor";
# "Str. pneumoniae", a bacterium, takes no capital)
_FR_NAMED: Final = re.compile(
    r"\b(?:Rue|Chemin)(?=[ \t]+(?:(?:de|des|du|la|le)[ \t]+){0,2}[A-Z])"
    r"|(?<![\w.])(?:str|Str|bd|Bd|bdul|Bdul|șos|Șos|sos|Sos)\.(?=[ ][A-ZȘȚĂÂÎ][a-zșțăâî]{3,})"
)
_FR_NAMED_CUES: Final = ("Rue", "Chemin", "str.", "Str.", "bd.", "Bd.", "bdul.", "Bdul.", "os.")
_FR_CUES: Final = ("rue", "chemin", "boul", "montée", "allée", "impasse", "côte")

# an Irish or British estate, a number then "the" and the estate's word (a closed class)
_ESTATE: Final = re.compile(
    r"\d(?<![\w.,/]\d)\d{0,3}(?i:[a-z]?,?[ \t]+the[ \t]+(?:green|maltings|orchard|orchards|paddocks|meadows|grove"
    r"|mews|square|crescent|close|drive|park|court|walk|rise|glen|heights|hollow|lawn|lawns|terrace|village|oaks"
    r"|beeches|elms|cedars|pines|willows|laurels|links|downs|sycamores|poplars|birches|haven|dale|demesne|woods"
    r"|fairways|cloisters|priory|manor|spinney|courtyard|glebe|mall|parade|quay|strand|avenue|gardens|commons)\b)"
)
# ... where an address stands: after "at", "in", "no", "lives", a label's colon, or a line's start
# ("go 2 the park" in a chat is "to the park")
_ESTATE_BEFORE: Final = re.compile(
    r"(?:(?i:\b(?:at|in|no\.?|nr\.?|from|address|addr|lives|live|living|stays?|staying)[ \t]+)|:[ \t]*|^[ \t]*)\Z",
    re.MULTILINE,
)
# "house 41-c", "house no. 7": a house told by its number and block letter (South Asia)
_HOUSE: Final = re.compile(r"(?i:\bhouse[ \t]*(?:no\.?|#)?[ \t]*\d{1,4}[ \t]?-[ \t]?[a-z]\b(?!-))")
# an Eircode in lower case: routing key (a letter, two digits) and the unique part (four of
# letters and digits, both in it) -- found from the key's digits
_EIRCODE: Final = re.compile(
    r"\d(?<=\b[acdefhknprtvwxy]\d)\d[ ]?(?=[0-9a-z]{4}\b)(?=[0-9a-z]{0,3}\d)(?=[0-9a-z]{0,3}[a-z])"
    r"[0-9acdefhknprtvwxy]{4}\b"
)


def world_street_spans(text: str, lex: Lexicon) -> list[Entity]:
    out: list[Entity] = []
    low = lowered(text)
    if any(c in low for c in _VN_CUES):
        for m in _VN_LANE.finditer(text):
            out.append(_with_name(text, m.start(), m.end(), lex, PhiType.ADDRESS))
        for m in _VN_AREA.finditer(text):
            kind = PhiType.ADDRESS if m.group().lower().startswith("đường") else PhiType.LOCATION
            most = 0 if m.group()[-1].isdigit() else 4  # ("phường 13": the number is its name)
            out.append(_with_name(text, m.start(), m.end(), lex, kind, most))
    if any(c in low for c in _ID_CUES):
        out.extend(_spans(_ID_STREET, text))
        out.extend(_spans(_RT_RW, text))
        for m in _ID_AREA.finditer(text):
            out.append(_with_name(text, m.start(), m.end(), lex, PhiType.LOCATION, most=2))
    if "nr" in low:
        out.extend(_spans(_RO_STREET, text))
    if any(c in low for c in _FR_CUES):
        for m in _FR_STREET.finditer(text):
            out.append(_with_name(text, m.start(), m.end(), lex, PhiType.ADDRESS))
    if any(c in text for c in _FR_NAMED_CUES):
        for m in _FR_NAMED.finditer(text):
            if m.group().endswith(".") and _clinical_after(text, m.end(), lex):
                continue  # ("Str. Pneumoniae": a bacterium's genus in short)
            out.append(_with_name(text, m.start(), m.end(), lex, PhiType.ADDRESS, most=3))
    if "the " in low:
        for m in _ESTATE.finditer(text):
            if _ESTATE_BEFORE.search(text, max(0, m.start() - 12), m.start()):
                out.append(Entity.of(PhiType.ADDRESS, m))
    if "house" in low:
        out.extend(_spans(_HOUSE, text))
    for m in _EIRCODE.finditer(text):
        start = m.start() - 1
        out.append(Entity(PhiType.ZIP, start, m.end(), text[start : m.end()]))
    return [e for e in out if e.end > e.start]


_PARTICLES: Final = frozenset({"de", "des", "du", "la", "le", "les", "d'", "l'", "van", "văn", "thi", "thị", "di", "da"})


def _clinical_after(text: str, end: int, lex: Lexicon) -> bool:
    """The word after `end` is a clinical or English word, no street's name."""
    word = text[end:].split(maxsplit=1)[0] if text[end:].strip() else ""
    e = lex(word.strip(".,;:").lower())
    return e.clinical or e.english


def _spans(rx: re.Pattern[str], text: str) -> list[Entity]:
    return [Entity.of(PhiType.ADDRESS, m) for m in rx.finditer(text)]


def _with_name(text: str, start: int, end: int, lex: Lexicon, kind: PhiType, most: int = 4) -> Entity:
    """The span from `start` to `end` and the name after it: up to `most` words, not past a comma
    or a sentence's end, nor into a common English word ("and", "near", "my")."""
    pos, n, capital = end, 0, None
    while n < most and (m := _NAME_WORDS.match(text, pos)):
        word = m.group("w")
        e = lex(word.lower())
        if e.english and e.zipf >= 5.0 and not (e.name or e.place):
            break
        if word.lower() not in _PARTICLES:
            if capital is None:
                capital = word[0].isupper()
            elif capital and not word[0].isupper():
                break  # "27, rue des Tanneurs prendra fin": a capitalised name ends at a lower-case word
        pos, n = m.end(), n + 1
    if n == 0 and not text[start:end].rstrip()[-1:].isdigit():
        return Entity(kind, start, start, "")  # (a type word alone: nothing named)
    end = pos
    while end > start and text[end - 1] in " \t":
        end -= 1
    return Entity(kind, start, end, text[start:end])
