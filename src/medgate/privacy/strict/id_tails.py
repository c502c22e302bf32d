"""Identifiers shown in part or with a site's prefix, which the labelled rules miss: a masked SSN
that still shows its last four ("***-**-4471", "XXX-XX-0193"), a number told by its ending ("ID
ending 3390", "card ends in 8812"), the VA's Integration Control Number (ten digits, "V", six), and
a registration number with the hospital's letters before it ("Reg No: QEH 24-118203")."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.types import Entity, PhiType

# Each alternative is written after its first character: the scan starts from a class of the
# first characters of the alternatives a text can hold, which the regex engine skips to, and a
# lookbehind says which alternative can start there (\b before a word character: no word
# character before it). A masked SSN and the ICN mark themselves with an empty group at the end.
_SSN: Final = (
    "*xX#",
    r"(?<![\w*#].)(?:(?<=\*)\*{2}|(?<=[xX#])[xX#]{2})[-. ]?(?:\*{2}|[xX#]{2})[-. ]?\d{4}(?!\w)(?P<ssn>)",
)
_ENDING: Final = (  # (i, s: and the letters that match them under IGNORECASE)
    "iI\u0130\u0131sS\u017fnNcCaA",
    r"(?<!\w.)(?i:(?<=i)(?:d|c)|(?<=s)sn|(?<=n)ric|(?<=c)ard|(?<=a)(?:ccount|cct|/c))"
    r"[ \t]+(?i:ending|ends)(?:[ \t]+(?i:in|with))?[ \t]+(?P<end>\d{3,6})\b",
)
_ICN: Final = (r"\d", r"(?<!\w.)\d{9}V\d{6}\b(?P<icn>)")
_REG: Final = (
    "rRhHfF",
    r"(?<!\w.)(?i:(?<=r)(?:eg(?:istration)?|ecord)|(?<=h)osp(?:ital)?|(?<=f)(?:ile|older))"
    r"\.?[ \t]*(?i:no|number|#)\.?[ \t]*[:#]?[ \t]*(?P<reg>[A-Z]{2,6}[ \t]+\d{2,4}[-/]\d{3,8})\b",
)
# what every match of the two word-led alternatives holds: they are left out where it is not
_ENDING_CUE: Final = re.compile(r"[ \t][eE][nN][dD](?:[iI\u0130\u0131][nN][gG]|[sS\u017f])")  # ("ending", "ends")
_REG_CUE: Final = re.compile(r"[A-Z][ \t]+\d{2,4}[-/]\d")


def _scan(*alternatives: tuple[str, str]) -> re.Pattern[str]:
    lead = "".join(first for first, _ in alternatives)
    return re.compile(f"[{lead}](?:" + "|".join(f"(?<=[{first}]){rest}" for first, rest in alternatives) + ")")


# in the original order, with or without each word-led alternative
_TAILS: Final = {
    (ending, reg): _scan(_SSN, *([_ENDING] if ending else []), _ICN, *([_REG] if reg else []))
    for ending in (False, True)
    for reg in (False, True)
}
_KINDS: Final = {"ssn": PhiType.SSN, "end": PhiType.SSN, "icn": PhiType.MRN, "reg": PhiType.MRN}


def id_tail_spans(text: str) -> list[Entity]:
    out: list[Entity] = []
    scan = _TAILS[_ENDING_CUE.search(text) is not None, _REG_CUE.search(text) is not None]
    for m in scan.finditer(text):
        g = m.lastgroup or "ssn"
        out.append(Entity.of(_KINDS[g], m, g if g in ("end", "reg") else 0))
    return out
