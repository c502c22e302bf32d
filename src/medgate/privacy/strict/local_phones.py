"""Seven-digit phones written with a space (Fiji, Samoa, the Pacific and the Caribbean: "7754 902",
"661 2087", Cape Verde's "991 47 32") where no phone word stands right before them: after the carrier's name ("Digicel 771
0452"), after a number word ("number 9271 336", "my no 9984 221", "mob 771 0452", the Portuguese and Kriolu "telemovel e 991 47 32"), after a relative and a name ("brother Sione 728 4410"), or with what line it is after
("556 0931 (landline)")."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.text import lowered
from medgate.privacy.types import Entity, PhiType
from medgate.privacy.word_start import cue_finditer, may_hold

# (and in three groups, "991 47 32", as Cape Verde and Portugal's islands write theirs)
_SEVEN: Final = r"(?P<v>\d{4}[ ]\d{3}|\d{3}[ ]\d{4}|\d{3}[ ]\d\d[ ]\d\d)(?![\w.,/:]\d|[ ]?\d|\w)"
# Mobile carriers of the countries that write seven-digit numbers (a short closed list of cue words)
_CARRIERS: Final = r"vodafone|digicel|flow|bmobile|telcom|inkk|lime|airtel|mtn|telkom"
_KIN: Final = (
    r"husband|wife|son|daughter|mother|father|mum|mom|dad|brother|sister|uncle|aunt|aunty|cousin|"
    r"nephew|niece|grandson|granddaughter|partner|neighbour|neighbor"
)
# "number 9271 336", "my no 9984 221", "mob 771 0452": a number word (a bare "no" only with whose
# or what number it is before it: "no 1234 567" alone may be a count)
_NUMBER_WORDS: Final = (
    r"(?:(?:my|his|her|our|their|your|contact|phone|mobile|mob|cell|home|work)[ \t]+(?:no\b\.?|number\b|#)"
    r"|number\b|(?:mob|mobile|cell|landline|whatsapp|viber|telemóvel|telemovel|telefone|telefono|celular|cellulare)\b)"
    r"(?:[ \t]+(?:is|e|é|è|es))?"  # ("Nha telemovel e 991 47 32": Kriolu and Portuguese "is")
)
_CUED: Final = re.compile(
    rf"(?i:\b(?:{_CARRIERS}))[ \t]*:?[ \t]*{_SEVEN}"
    rf"|(?i:\b{_NUMBER_WORDS})[ \t]*[:\-]?[ \t]*{_SEVEN.replace('P<v>', 'P<n>')}"
    rf"|(?i:\b(?:{_KIN}))[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?[ \t]*[:,\-]?[ \t]*{_SEVEN.replace('P<v>', 'P<w>')}"
)
# what every match of _CUED begins with, lower-cased: a carrier, a number word's first word, a kin
# word ("aunt" for "aunty", "grand" for both grandchildren, "neighbo" for both spellings). The
# scan is tried only where `str.find` sees one at a word's start, not at every position (the
# `\b` that leads it gives the regex engine no character to skip to)
_CUED_HEADS: Final = (
    "vodafone", "digicel", "flow", "bmobile", "telcom", "inkk", "lime", "airtel", "mtn", "telkom",
    "my", "his", "her", "our", "their", "your", "contact", "phone", "mobile", "mob", "cell", "home", "work",
    "number", "landline", "whatsapp", "viber", "telem", "telef", "celular",
    "husband", "wife", "son", "daughter", "mother", "father", "mum", "mom", "dad", "brother", "sister", "uncle",
    "aunt", "cousin", "nephew", "niece", "grand", "partner", "neighbo",
)  # fmt: skip
_LINE_AFTER: Final = re.compile(
    rf"(?<![\d\w.]){_SEVEN}[ \t]*\((?i:landline|mobile|cell|home|work|whatsapp|viber)\)"
)
# (what every match of _LINE_AFTER holds, lower-cased: the scan runs only where one is)
_LINES: Final = ("(landline)", "(mobile)", "(cell)", "(home)", "(work)", "(whatsapp)", "(viber)")
# (three digits, a space, two more: found from the space, a literal the regex engine skips to; "991 47 32"
# is a Cape Verdean number too, so two digits after the space suffice)
_SHAPE: Final = re.compile(r"[ ](?<=\d{3}[ ])\d{2}")


def local_phone_spans(text: str) -> list[Entity]:
    if _SHAPE.search(text) is None:
        return []
    out = []
    for m in cue_finditer(_CUED, text, lowered(text), _CUED_HEADS):
        out.append(Entity.of(PhiType.PHONE, m, "v" if m.group("v") else "n" if m.group("n") else "w"))
    if may_hold(text, lowered(text), _LINES):
        out.extend(Entity.of(PhiType.PHONE, m, "v") for m in _LINE_AFTER.finditer(text))
    return out
