"""An identifier read out one character at a time in a call transcript: "it's K as in kilo, D, four
one nine, oh oh three", "the claim number was R T dash 5 5 1 0 9". Six or more letters, digits or
digit words with at least three digits, after a word that names an identifier; a file number with
its slash said ("K H 4471 slash 23"). In Spanish,
Portuguese and Italian a run of five or more digit words is one whatever precedes it ("cero ocho siete tres
dos", "sete zero zero, cinco quatro oito nove"), its pairs read as numbers too ("noventa y ocho,
cuatro cuatro uno"): no count, dose or date is read out so."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.text import lowered
from medgate.privacy.types import Entity, PhiType

_DIGIT_WORDS: Final = r"zero|oh|one|two|three|four|five|six|seven|eight|nine|double[ ][a-z]+"
_TOKEN: Final = rf"(?:[A-Z](?:[ ]as[ ]in[ ][a-z]+)?|{_DIGIT_WORDS}|\d|dash|hyphen)"
# (a voice note typed in lower case writes its letters so: "hospital number is k four one nine oh two", up to
# three letters before the digits: "member id q r s two six one ...")
_RUN: Final = re.compile(
    rf"(?<![\w\-])(?:(?<!['’])(?:[a-z][ ]){{1,3}}{_TOKEN}(?:,?[ ]{_TOKEN}){{4,}}|{_TOKEN}(?:,?[ ]{_TOKEN}){{5,}})(?![\w\-])"
)
_DIGIT: Final = re.compile(rf"\b(?:{_DIGIT_WORDS}|\d)\b")
# a word that names an identifier, shortly before the run ("member ID? ... it's uh,")
# (or a card's, a passport's, a licence's: "her gold card is V X two three four five six seven")
_ID_WORD: Final = re.compile(
    r"(?i:\bid\b|number|\bref(?:erence)?\b|\bcode\b|\bpolicy\b|\baccount\b|\bclaim\b|\bcard\b|\bpassport\b"
    r"|\blicen[cs]e\b)"
)
_CUES: Final = (" id", " ID", "umber", "ref", "code", "olicy", "ccount", "laim", "card", "assport", "icen")
# a file number voice-typed with its slash said ("clinic number is K H 4471 slash 23", "ref 20931
# stroke 4"): spelt letters or four digits first, so a reading said so stays ("140 slash 90")
_SAID_SLASH: Final = re.compile(
    r"(?<![\w\-])(?:(?:[A-Z][ ]){1,3}\d{2,7}|\d{4,7})[ ](?:slash|stroke|forward[ ]slash)[ ]\d{1,6}(?![\w\-])"
)


# a letter said after the digits as the number's suffix (a Medicare claim number's "A"), where the
# letter cannot be the article: a clause's joint or a stop follows it ("seven a if", "seven a.")
_LETTER_TAIL: Final = re.compile(r"[ ]([a-zA-Z])(?=[ ]+(?:if|and|or|but|so|when|for|pls|please|thanks)\b|[ ]?[.,;!?]|[ ]*$)")


# Spanish, Portuguese and Italian digit words ("meia": Brazilian six read out in a number; "tre
# quattro nove sette": an Italian phone read out)
_IBERIAN: Final = (
    r"(?:cero|zero|uno|una|um|uma|dos|dois|duas|due|tres|três|tre|cuatro|quatro|quattro|cinco|cinque|seis|sei"
    r"|meia|siete|sete|sette|ocho|oito|otto|nueve|nove)"
)
# a pair of digits read as one number ("noventa y ocho", "quarenta e dois", "doce", "dezoito"), as
# Spanish and Portuguese speakers read a phone out in pairs
_TENS: Final = (
    r"(?:diez|dez|veinte|vinte|treinta|trinta|cuarenta|quarenta|cincuenta|cinquenta|sesenta|sessenta"
    r"|setenta|ochenta|oitenta|noventa)"
)
_TEENS: Final = (
    r"(?:once|onze|doce|doze|trece|treze|catorce|catorze|quince|quinze|diecis[eé]is|dezesseis|diecisiete"
    r"|dezessete|dieciocho|dezoito|diecinueve|dezenove|veinti[a-zéó]+)"
)
_IBERIAN_NUMBER: Final = rf"(?:{_TENS}(?:[ ](?:y|e)[ ]{_IBERIAN})?|{_TEENS}|{_IBERIAN})"
_IBERIAN_RUN: Final = re.compile(
    rf"(?i:(?<![\w\-]){_IBERIAN_NUMBER}(?:[ ]?[,;.\-]?[ ]+{_IBERIAN_NUMBER}){{4,}})(?![\w\-])"
)
# (words no English note writes: only a text with one of them is scanned; "zero", "nove", "tres"
# are in "zero", "November", "stress")
_IBERIAN_CUES: Final = ("cero", "cinco", "seis", "siete", "sete ", "ocho", "oito", "nueve", "nove ", "nove,",
                        "cuatro", "quatro", "dois", "três", " dos ", " uno ", "enta y ", "enta e ",
                        "quattro", "cinque", "sette ", " otto ", " due ")


def spoken_id_spans(text: str) -> list[Entity]:
    out: list[Entity] = []
    low = lowered(text)
    if any(c in low for c in _IBERIAN_CUES):
        for m in _IBERIAN_RUN.finditer(text):
            out.append(Entity.of(PhiType.OTHER_ID, m))
    if not any(c in text for c in _CUES):
        return out
    if "slash" in low or "stroke" in low:
        for m in _SAID_SLASH.finditer(text):
            if _ID_WORD.search(text, max(0, m.start() - 60), m.start()):
                out.append(Entity.of(PhiType.OTHER_ID, m))
    for m in _RUN.finditer(text):
        if len(_DIGIT.findall(m.group())) < 3 or not _ID_WORD.search(text, max(0, m.start() - 60), m.start()):
            continue
        end = m.end()
        if (tail := _LETTER_TAIL.match(text, end)) is not None:
            end = tail.end(1)  # "... two two seven a if admitting ...": the number's letter suffix too
        out.append(Entity(PhiType.OTHER_ID, m.start(), end, text[m.start() : end]))
    return out
