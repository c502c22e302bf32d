"""Street addresses in the continental European shapes, name then number: a compound street word
("Jagtvej 113", "Majvallsgatan 14 B", German "-straße", Dutch "-vaart", Scandinavian "-gatan",
"-vej"), an adjective and its street type ("Lindenauer Allee 40", "Eilbeker Weg 38"), a street type
written first ("Avda. de Vigo 112", "Rua de Cedofeita 318", "via Padova 212", "ul. Lipowa 3"), with
the floor, door, staircase or flat after it in each country's way ("3º izq.", "2.º Esq.", "r/c",
"scala B", "bte 3", "lgh 1102", "bl. C4, sc. 2, ap. 17", "3. OG links", Danish "1. th.") and the postcode and town
after that ("4050-174 Porto", "5211 DB", "415 27", "2200 København"); and a post-office box
("Postbus 1794", "Postfach 12 04"). The number is what makes a street of the words: "via email",
"Rue" alone stay."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.lexicon import Lexicon
from medgate.privacy.strict.numbers import UNITS_AFTER
from medgate.privacy.types import Entity, PhiType
from medgate.privacy.word_start import led

_NUMBER: Final = r"\d{1,4}(?:[ ]?[A-Za-z](?![\w.'’])|[ ]?-[ ]?(?:bis|ter|[A-Za-z])\b)?(?![\w/%]|[.,]\d)"
_NUMBER_RX: Final = re.compile(_NUMBER)
_SUFFIXES: Final = (
    "straße|strasse|allee|gasse|platz|damm|chaussee|gatan|vägen|gränd|vej|gade|vaart|laan|straat"
    "|gracht|plein|kade|dijk|singel|steeg|veien|gata|gaten|veg|weg|vegen|tie|katu"
)
# a compound street word and its number ("Kastanienallee 12", "Vleutensevaart 212-bis")
# (These two scans start from a capital, which the regex engine skips to; a lookbehind reads back
# the word boundary they began with.)
_COMPOUND: Final = re.compile(
    r"[A-ZÀ-ÞŁŚŻŹ](?<=\b.)(?:(?<=S)(?:int|ankt|an|anta|aint|ankta)[ ][A-ZÀ-ÞŁŚŻŹ])?"
    rf"[\w'’\-]*?(?:{_SUFFIXES})[ ](?={_NUMBER})"
)
# (each compound match holds its suffix and a space, as written: the scan runs only where one is)
_SPACED_SUFFIXES: Final = tuple(f"{s} " for s in _SUFFIXES.split("|"))
# an adjective (a place's, "-er", "-e", "-s") and a capitalised street type ("Wandsbeker Chaussee 212")
_TYPE_AFTER: Final = re.compile(
    r"[A-ZÀ-Þ](?<=\b.)[\w'’\-]+[ ](?:Allee|Chaussee|Straße|Strasse|Str\.|Weg|Platz|Damm|Gasse|Ufer|Steig|Gracht|Kade"
    r"|Laan|Vej|Gade|Gatan|Vägen|Plein|Markt)[ ](?=\d)"
)
# (each match holds one of its types and a space, as written: the scan runs only where one is)
_TYPES_AFTER: Final = tuple(f"{t} " for t in (
    "Allee", "Chaussee", "Straße", "Strasse", "Str.", "Weg", "Platz", "Damm", "Gasse", "Ufer", "Steig", "Gracht", "Kade",
    "Laan", "Vej", "Gade", "Gatan", "Vägen", "Plein", "Markt",
))  # fmt: skip
# (the two lists above as one search each: one pass over the text, not one `in` per entry; a
# match is where `any(s in text for s in ...)` holds)
_ANY_SPACED_SUFFIX: Final = re.compile("|".join(map(re.escape, _SPACED_SUFFIXES)))
_ANY_TYPE_AFTER: Final = re.compile("|".join(map(re.escape, _TYPES_AFTER)))
# a street type written first, then up to four words of its name
_TYPES_FIRST: Final = (
    r"Avda\.", r"Avd\.", "Avenida", r"Av\.", "Calle", "C/", "Carrer", "Rúa", "Rua", r"R\.", "Travessa", r"Tv\.", "Largo",
    "Praça", "Praceta", "Estrada", "Via", "via", "Viale", "viale", r"V\.le", "Piazza", "piazza", r"P\.zza", "Corso",
    "corso", "Vicolo", "vicolo", "Bulevar", "bulevar", "Plaza", "Paseo", "Camino", "Ulica", "ulica", r"ul\.", r"Ul\.",
    r"al\.", r"Al\.", "Rue", "rue", "Avenue", "avenue", "Boulevard", "boulevard", "bd", "Bd", "Chaussée", "chaussée",
    "Quai", "quai", "Place", "place", "Straat", "Strada", "strada", "Ulitsa", "Odos", "Οδός", "Calea", "calea", r"str\.",
    r"Str\.",
)  # fmt: skip
_TYPE_FIRST: Final = re.compile(  # (led by the types' first letters: the scan skips to them)
    led(_TYPES_FIRST, before=r"(?<![\w.])") + r"(?:[ ]+(?P<w>[\w'’\-]+\.?)){1,4}?[ ]+(?:nr\.?[ ]?)?(?=\d)"
)
_PARTICLES: Final = frozenset(
    ["de", "do", "da", "dos", "das", "del", "della", "delle", "dei", "di", "la", "las", "los", "el", "le", "les", "du", "des", "d'", "l'", "van", "der", "den", "von", "dell'", "degli", "san", "santa", "são", "sankt", "st", "st.", "sv.", "kralja", "cara"]
)
# what follows a house number in a continental address: floor, door, staircase, block, flat
_UNIT: Final = re.compile(
    r"(?:,|[ ]·)?[ ](?i:(?:lgh|bte|bus|stan|ap|apt|app|apto|bl|sc|et|esc|pta|int|whg|lok|m|kv)\.?[ ]?[A-Z]?\d{1,4}(?:\.\d)?[A-Z]?\b"
    r"|(?:scala|piano|bloque|portal|escalera|puerta|piso|andar|etage|stock|bât\.?|bat\.?)[ ][A-Z\d]{1,3}\b"
    r"|\d{1,2}\.?[ ]?[ºª°]\.?(?:[ ]?(?:izq|izda|dcha|dch|der|drcha|esq|dto|dt|fte|frente|ctro|andar|piso)\b\.?)?"
    r"|\d{1,2}\.[ ](?:OG|EG|DG|UG|Stock|Etage)(?:[ ](?:links|rechts|li|re|mitte))?\b"
    # a Danish floor and its side: "1. th.", "st. tv", "3. mf." (right, left, middle)
    r"|(?:\d{1,2}\.|st\.?)[ ]?(?:th|tv|mf)\b\.?"
    r"|\d{1,2}(?:ος|η|ο)[ ]όροφος|r/c|r/ch|rc|[A-Z](?![\w.'’]))"
)
# the postcode (and town) after the address: Portugal, the Netherlands, Sweden, four or five digits
_POSTCODE_TOWN: Final = re.compile(
    r"(?:,|[ ]·)?[ ]+(?P<z>\d{4}-\d{3}|\d{4}[ ]?[A-Z]{2}(?![\w])|\d{3}[ ]\d{2}|\d{4,5}|[A-Z]{1,2}-\d{4,5})"
    r"(?=[ ](?:'s-)?[A-ZÀ-ÞÅÄÖØÆ])(?:[ ](?:'s-)?[A-ZÀ-ÞÅÄÖØÆ][\w'’\-]+){1,2}"
)
# a count, not a house number: "via Fedex 2 days ago", "Bring 2 times"
_COUNT_AFTER: Final = re.compile(
    r"[ ](?i:days?|weeks?|wks?|hours?|hrs?|months?|years?|yrs?|times|mins?|minutes|nights|doses|tabs?)\b"
)
_PO_BOX: Final = re.compile(  # (led by the capitals its words start with, as above)
    r"[PACB](?<=\b.)(?:(?<=P)(?:ostbus|ostfach|ostboks)|(?<=A)(?:partado|pdo\.)|(?<=C)asella[ ]postale"
    r"|(?<=B)(?:oîte[ ]postale|ox))[ ]\d{1,5}(?:[ ]\d{2})?\b"
)


def europe_street_spans(text: str, lex: Lexicon) -> list[Entity]:
    out: list[Entity] = []
    for rx in (_COMPOUND, _TYPE_AFTER, _TYPE_FIRST):
        if rx is _TYPE_AFTER and _ANY_TYPE_AFTER.search(text) is None:
            continue
        if rx is _COMPOUND and _ANY_SPACED_SUFFIX.search(text) is None:
            continue
        for m in rx.finditer(text):
            if rx is _COMPOUND and lex(m.group().split()[0].lower()).english:
                continue  # "During 3 days", "Swing 2"
            if rx is _TYPE_FIRST and not _name_words_fit(m, lex):
                continue
            num = _NUMBER_RX.match(text, m.end())
            if num is None or _COUNT_AFTER.match(text, num.end()) or UNITS_AFTER.match(text, num.end()):
                continue
            end = num.end()
            if rx is _TYPE_FIRST and text.startswith(" ", end) and text[end + 1 : end + 2].isdigit() \
                    and not _POSTCODE_TOWN.match(text, end) and not _UNIT.match(text, end):
                continue  # "via Digicel 771 0452": a phone's groups, not a house number
            while u := _UNIT.match(text, end):
                if text[end - 1] == "." and u.group().strip().isalpha() and len(u.group().strip()) == 1:
                    break  # "2º Esq. A médica": a new sentence's first word, no door letter
                end = u.end()
            if z := _POSTCODE_TOWN.match(text, end):
                end = z.end()
            out.append(Entity(PhiType.ADDRESS, m.start(), end, text[m.start() : end]))
    if "Post" in text or "Ap" in text or "Box" in text or "post" in text:
        for m in _PO_BOX.finditer(text):
            out.append(Entity.of(PhiType.ADDRESS, m))
    return out


def _name_words_fit(m: re.Match[str], lex: Lexicon) -> bool:
    """The words after a type-first street word are a name: capitalised, a particle, or no common
    English word ("via email 2 days", "rue 2" stay)."""
    words = m.group().split()[1:]
    if words and words[-1].lower().rstrip(".") == "nr":
        words = words[:-1]
    if not words:
        return False
    for w in words:
        low = w.lower()
        if low in _PARTICLES:
            continue
        e = lex(low.rstrip("."))
        if w[0].islower() and e.english and e.zipf >= 3.0:
            return False
        if w[0].isupper() and e.english and e.zipf >= 5.0 and not (e.name or e.place):
            return False  # "Rue The 2": a sentence, not a name
    return not all(w.lower() in _PARTICLES for w in words)
