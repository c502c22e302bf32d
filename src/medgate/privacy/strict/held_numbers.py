"""A number that names one thing a person holds, told right after the thing's word and its
number's word: a taxi's cab number ("cab #4471", "taxi no. 318", "medallion 5J22"), a worn
device's serial ("Libre sensor number 0M000B7KQ4", "pump serial: PT-88213407", "transmitter
SN 8G4K2M"), an e-prescription's access code ("e-recepta kod 4821", "eRezept Code 7719 3302",
"receita código 5521"). The thing's word says whose number it is; a number with no such word
("#4471" alone), a count ("sensor number 2", "pump no 3") or a dose after it ("pump 5 units") is
not read here. A serial has six characters or more with two digits; a cab's number, two to six; a
prescription's code, four digits or more."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.text import lowered
from medgate.privacy.types import Entity, PhiType
from medgate.privacy.word_start import cue_finditer, heads, may_hold, word_led

# "cab #4471", "taxi no. 318", "Taxi number 77", "medallion 5J22" (a New York cab's medallion)
_CAB: Final = re.compile(
    word_led(["cab", "taxi", "minicab", "medallion"])
    + r"(?i:[ ]*(?:#|no\.?|num(?:ber)?|nr\.?)[ ]*:?[ ]*|(?<=medallion)[ ]+(?:#[ ]*)?)"
    r"(?P<v>[A-Z]?\d[\dA-Z]{1,5})(?![\w\-/]|[.,]\d)"
)
# a worn or home device's serial: "sensor number 0M000B7KQ4", "pump serial: PT-88213407"
_DEVICES: Final = [
    "sensor", "transmitter", "pump", "meter", "glucometer", "reader", "pod", "monitor", "pacemaker",
    "device", "implant", "processor", "hearing[ ]aid", "cpap", "bipap", "concentrator", "machine",
]  # fmt: skip
_SERIAL: Final = re.compile(
    word_led(_DEVICES)
    + r"(?i:[ ]+(?:(?:serial|s/n|sn|id)(?:[ ]+(?:number|no\.?|#))?|number|no\.?|#)"
    r"(?:[ ]+(?:is|was))?[ ]*[:#]?[ ]*)"
    r"(?P<v>(?=[\w\-]*\d[\w\-]*\d)[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){5,23})(?![\w\-/]|[.,]\d)"
)
# an e-prescription's code: Polish "e-recepta kod 4821", German "E-Rezept Code", Spanish "receta
# electrónica código", Portuguese "receita código", English "e-prescription code"/"Rx code"
_CODE_WORDS: Final = r"(?:kod(?:[ ]+dost[eę]pu)?|kodu|code|c[oó]digo(?:[ ]+de[ ]+(?:acesso|dispensa[cç][aã]o))?|pin|token)"
_PRESCRIPTION: Final = re.compile(
    word_led([r"e-?recept[aey]?", r"e-?rezepte?", r"recept[aey]", r"rezepte?", r"e-?recetas?", r"receta", r"receitas?",
              r"e-?prescriptions?", r"prescriptions?", r"rx", r"scripts?"])
    + r"(?i:(?:[ ]+(?:elektroniczn[aey]|electr[oó]nica|eletr[oô]nica|digital))?[ ]*:?[ ]+"
    + _CODE_WORDS
    + r"[ ]*(?:is[ ]*)?[:=#]?[ ]*)"
    r"(?P<v>\d{4,}(?:[ \-]\d{2,}){0,3})(?![\w\-/]|[.,]\d)"
)
# ("e-recepta 4821": the Polish/German word alone says what the number is)
_BARE_PRESCRIPTION: Final = re.compile(
    word_led([r"e-?recept[aey]?", r"e-?rezepte?"]) + r"(?i:[ ]*:?[ ]+)(?P<v>\d{4}(?:[ \-]?\d{4})?)(?![\w\-/]|[.,]\d)"
)
_CAB_CUES: Final = ("cab", "taxi", "medallion")
_SERIAL_HEADS: Final = heads(_DEVICES)  # (the scan is tried only where a device's word begins: `cue_finditer`)
_CODE_CUES: Final = ("recept", "rezept", "receta", "receita", "script", "rx")
_CODE_VALUE_CUES: Final = ("kod", "code", "digo", "pin", "token")


def held_number_spans(text: str) -> list[Entity]:
    low = lowered(text)
    out: list[Entity] = []
    if may_hold(text, low, _CAB_CUES):
        out.extend(Entity.of(PhiType.VEHICLE, m, "v") for m in _CAB.finditer(text))
    out.extend(Entity.of(PhiType.DEVICE, m, "v") for m in cue_finditer(_SERIAL, text, low, _SERIAL_HEADS))
    if may_hold(text, low, _CODE_CUES):
        if may_hold(text, low, _CODE_VALUE_CUES):
            out.extend(Entity.of(PhiType.OTHER_ID, m, "v") for m in _PRESCRIPTION.finditer(text))
        out.extend(Entity.of(PhiType.OTHER_ID, m, "v") for m in _BARE_PRESCRIPTION.finditer(text))
    return out
