"""Numbers known by their shape or the word before them, that the other rules miss: Australia's
Centrelink customer reference number (nine digits and a letter, "204 118 773K", grouped or not),
and a phone number after a texting word ("txt 9281 447", "text me on 8824 613", "sms 4417 2290"),
in groups of three or four digits that no national shape covers; and an Irish vehicle
registration, its year, its county's letters and its number ("12-WX-4471", "161-LH-90"), and an
Indian one ("KA 05 MN 2231").
"""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.text import lowered
from medgate.privacy.types import Entity, PhiType
from medgate.privacy.word_start import word_start

# (found from its first digit; no digit, letter or dot before it)
_CRN: Final = re.compile(r"\d(?<![\w.,/]\d)\d\d[ ]?\d{3}[ ]?\d{3}[A-Za-z](?![\w\-])")
# (found from the dash before the county: the engine skips to the literal)
_IRISH_PLATE: Final = re.compile(
    r"-(?:(?<=(?<![\w\-])\d\d-)|(?<=(?<![\w\-])\d\d[12]-))"
    r"(?:C|CE|CN|CW|D|DL|G|KE|KK|KY|L|LD|LH|LK|LM|LS|MH|MN|MO|OY|RN|SO|T|TN|TS|W|WD|WH|WW|WX)-\d{1,6}(?![\w\-])"
)
# an Indian registration: the state's letters, the district's number, a series and four digits
# ("KA 05 MN 2231", "MH-12-AB-4410"), found from the series' letters after the district
_INDIAN_PLATE: Final = re.compile(r"[A-Z](?<=(?<![\w\-])[A-Z]{2}[ \-]\d\d[ \-][A-Z])[A-Z]{0,2}[ \-]\d{4}(?![\w\-])")
_TEXT_WORDS: Final = ("txt", "text", "sms", "msg", "message", "whatsapp", "viber", "imessage")
_TEXT_PHONE: Final = re.compile(
    word_start(list(_TEXT_WORDS))
    + r"(?i:[ \t]+me)?(?i:[ \t]+(?:on|at|to))?[ \t]*[:\-]?[ \t]*"
    r"(?P<v>\d{3,4}[ \-]\d{3,4}(?:[ \-]\d{3,4})?)(?![\w/%]|[.,]\d|[ \t]*(?i:mg|mcg|ml|units|iu|mmol|x)\b)"
)


def world_number_spans(text: str) -> list[Entity]:
    out: list[Entity] = []
    for m in _CRN.finditer(text):
        out.append(Entity.of(PhiType.OTHER_ID, m))
    if "-" in text:
        for m in _IRISH_PLATE.finditer(text):
            start = m.start() - (3 if text[m.start() - 3 : m.start() - 2].isdigit() else 2)
            out.append(Entity(PhiType.VEHICLE, start, m.end(), text[start : m.end()]))
    for m in _INDIAN_PLATE.finditer(text):
        start = m.start() - 6
        out.append(Entity(PhiType.VEHICLE, start, m.end(), text[start : m.end()]))
    low = lowered(text)
    if any(w in low for w in _TEXT_WORDS):
        for m in _TEXT_PHONE.finditer(text):
            out.append(Entity.of(PhiType.PHONE, m, "v"))
    return out
