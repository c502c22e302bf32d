"""National identity numbers by their published formats: Singapore NRIC/FIN, Hong Kong HKID,
Pakistani CNIC, the French NIR (social security number), and after their labels the Irish PPSN
(7 digits and 1-2 letters) and the Malaysian MyKad (YYMMDD-PB-###G).

After its label ("NRIC S1234567A", "HKID: A123456(7)", "NIR 1 84 12 75 123 456 78") a value of
the right shape is taken whatever its check character (people mistype them, and a wrong check
letter identifies as well as a right one). Without a label the shape must carry a valid check
character (NRIC, NIR); the CNIC's 5-7-1 grouping is distinctive on its own; an HKID is taken only
after its label (its shape, a capital and six digits, starts too many other codes) or with its check
digit in brackets ("K 482913(6)").
"""

from __future__ import annotations

import re
from typing import ClassVar, Final

from medgate.privacy.recognizers.base import Pattern, Recognizer
from medgate.privacy.types import PhiType

NRIC = r"[STFGM]\d{7}[A-Z]"
HKID = r"[A-Z]{1,2}[ ]?\d{6}(?:[ ]?\([0-9A]\)|[0-9A](?![\w(]))"  # ("K 482913(6)": a space after the letter)
# with its check digit in brackets the shape is an HKID's, label or not
HKID_BRACKETED = r"[A-Z]{1,2}[ ]?\d{6}[ ]?\([0-9A]\)"
CNIC = r"\d{5}-\d{7}-\d"
NIR = r"[12][ \t]?\d{2}[ \t]?\d{2}[ \t]?(?:\d{2}|2[AB])[ \t]?\d{3}[ \t]?\d{3}[ \t]?\d{2}"
PPSN = r"\d{7}[A-Wa-w][A-IWa-iw]?"
MYKAD = r"\d{6}-\d{2}-\d{4}"
# Finland's henkilötunnus: birth date, a century sign, a serial and a check character ("150388-412T")
HETU = r"\d{6}[-+A-FU-Y]\d{3}[0-9A-Y]"
# After a label, any national number as people write it: groups of digits (or an X-mask over the
# first ones: "XXXX XXXX 2286" still names the holder) spaced, dotted or dashed, with a letter or
# two before or after ("K 551902", "8841207 TA"); `cued_run` says whether it holds enough digits
RUN = r"(?:[A-Z]{1,2}[ ]?)?[\dX]{1,9}(?:[ .\-][\dX]{1,9}){0,7}(?:[ ]?[A-Z]{1,2})?"

# the label before a value
LABEL = (
    r"(?i:\b(?:nric|fin|ic|hkid|hk[ \t]*id|id[ \t]*card|cnic|nicop|nir|insee|ppsn?|mykad|my[ \t]*kad|"
    r"s[ée]cu(?:rit[ée][ \t]+sociale)?|carte[ \t]+vitale)(?:[ \t]*(?:no\.?|number|num[ée]ro|n°|#))?)"
    r"(?![A-Za-z])[ \t]*(?:[:#=\-][ \t]*|(?i:is)[ \t]+)?"
)
_LABEL_BEFORE: Final = re.compile(LABEL + "$")
_LABEL_CUES: Final = (
    "nric", "fin", "ic", "hkid", "hk", "id card", "cnic", "nicop", "nir", "insee", "sécu", "secu",
    "carte vitale", "pps", "mykad", "my kad",
)  # fmt: skip
# The names of national and residence numbers in other countries and languages (Finland, the
# Maghreb, Latin America, the Gulf, India, East Africa; and the labels above that a number follows in
# speech, "PPS number is ..."): after one, a run of digits is the holder's number
_WORLD_LABEL: Final = (
    r"(?i:\b(?:henkilötunnus|hetu|cin|c[ée]dula|iqama|aadhaa?r|national[ \t]+id|nida|nin|ppsn?|"
    r"carte[ \t]+(?:vitale|nationale|d['’]identit[ée])|s[ée]cu(?:rit[ée][ \t]+sociale)?)"
    r"(?:[ \t]*(?:no\.?|number|num[ée]ro|n°|#))?)(?![A-Za-z])"
    # then a colon or bracket, or up to three short lower-case words, as said in chat ("his
    # henkilötunnus, it is ...", "la cédula de ella es ...", "iqama ko ...", "carte vitale c'est ...")
    r"(?:[ \t]*[:#=(\-][ \t]*|,?[ \t]+(?:[a-zà-ÿ'’]{1,6}[ \t]+){0,3}?)"
)
_WORLD_BEFORE: Final = re.compile(_WORLD_LABEL + r"\Z")
_WORLD_CUES: Final = (
    "henkilötunnus", "hetu", "cin", "cédula", "cedula", "iqama", "aadha", "national", "nida", "nin", "pps",
    "carte", "sécu", "secu",
)  # fmt: skip
_OLD_SHAPE: Final = re.compile(rf"{NRIC}|{HKID}|{CNIC}|{NIR}|{PPSN}|{MYKAD}")
_NRIC_LETTERS: Final = {"ST": "JZIHGFEDCBA", "FG": "XWUTRQPNMLK", "M": "XWUTRQPNJLK"}
_NRIC_WEIGHTS: Final = (2, 7, 6, 5, 4, 3, 2)


class NationalIdRecognizer(Recognizer):
    entity: ClassVar[PhiType] = PhiType.OTHER_ID
    patterns: ClassVar[tuple[Pattern, ...]] = (
        Pattern("nric", rf"(?<![\w\-])(?P<v>{NRIC})(?![\w\-])"),
        Pattern("cnic", rf"(?<![\w\-])(?P<v>{CNIC})(?![\w\-])"),
        Pattern("hkid", rf"(?<![\w\-])(?P<v>{HKID_BRACKETED})"),
        Pattern("nir", rf"(?<![\w\-])(?P<v>{NIR})(?![\w\-])"),
    )
    # after a label, any of the shapes (found from the label word)
    scans: ClassVar[tuple[Pattern, ...]] = (
        Pattern(
            "labelled",
            rf"{LABEL}(?P<v>{NRIC}(?![\w\-])|{HKID}|{CNIC}(?![\w\-])|{NIR}(?![\w\-])|{PPSN}(?![\w\-])"
            rf"|{MYKAD}(?![\w\-]))",
            cues=_LABEL_CUES,
            anchored=True,
        ),
        Pattern(
            "world", rf"{_WORLD_LABEL}(?P<v>{HETU}|{RUN})(?![\w\-])", cues=_WORLD_CUES, anchored=True
        ),
    )

    def validate(self, value: str, text: str, start: int) -> bool:
        shaped = _OLD_SHAPE.fullmatch(value) is not None
        if shaped and _LABEL_BEFORE.search(text, max(0, start - 40), start):
            return True
        if cued_run(value) and _WORLD_BEFORE.search(text, max(0, start - 60), start):
            return True
        if not shaped:
            return False  # a run only a label takes, too short for a number
        if value[0].isdigit():
            return "-" in value or nir_valid(value)
        if "(" in value:
            return hkid_valid(value.replace(" ", ""))
        return nric_valid(value)

    def entity_for(self, value: str, text: str, start: int, end: int) -> PhiType:
        return PhiType.SSN if value[0].isdigit() and "-" not in value else PhiType.OTHER_ID


def cued_run(value: str) -> bool:
    """A national number's run after its label: six digits or more (an X-mask's count, three of them
    shown at least), eighteen at most ("cin 20 mg" is no number; two numbers told one after the
    other are not one)."""
    digits = sum(c.isdigit() for c in value)
    return digits >= 3 and 6 <= digits + value.count("X") <= 18


def nric_valid(value: str) -> bool:
    """Singapore NRIC/FIN check letter (weights 2765432; +4 for T and G, +3 for M)."""
    total = sum(int(d) * w for d, w in zip(value[1:8], _NRIC_WEIGHTS, strict=True))
    total += {"T": 4, "G": 4, "M": 3}.get(value[0], 0)
    letters = next(v for k, v in _NRIC_LETTERS.items() if value[0] in k)
    return value[8] == letters[total % 11]


def hkid_valid(value: str) -> bool:
    """Hong Kong identity card check digit (mod 11; a space stands for a missing first letter)."""
    body = value.replace("(", "").replace(")", "")
    head, digits, check = body[:-7], body[-7:-1], body[-1]
    letters = (" " + head) if len(head) == 1 else head
    total = sum((36 if c == " " else ord(c) - 55) * w for c, w in zip(letters, (9, 8), strict=True))
    total += sum(int(d) * w for d, w in zip(digits, range(7, 1, -1), strict=True))
    want = (11 - total % 11) % 11
    return check == ("A" if want == 10 else str(want))


def nir_valid(value: str) -> bool:
    """French NIR key: 97 - (the 13-character number mod 97), Corsica's 2A/2B counted as 19/18."""
    compact = value.replace(" ", "").replace("\t", "")
    body, key = compact[:13], compact[13:]
    body = body.replace("2A", "19").replace("2B", "18")
    return body.isdigit() and 97 - int(body) % 97 == int(key)
