"""A lower-case town where a chat gives one without a comma: right after a house's number and street
("come out to 14 tawhiti rd kaeo this week", "at 9 mill st waipu,") and after "home to" ("want her
home to kapuskasing by friday"). There the word is the town when the gazetteer holds it as a place or
it is no English or clinical word; a word of the address, a unit or a common word after the street
("12 main st apt 4", "27 king st. med list") and "home to bed/rest/mum" stay."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.lexicon import Lexicon
from medgate.privacy.types import Entity, PhiType

_STREET_KINDS: Final = r"rd|road|st|street|ave|avenue|lane|ln|drive|dr|hwy|highway|cres|crescent|tce|terrace|pl|place|way|close"
# what ends the town: a clause's end, or a word of time, request or joining
_AFTER: Final = (
    r"(?=[ ]?[,.;:!?)\n]|[ ](?:this|next|tomorrow|today|tonight|on|by|before|after|please|pls|and|if|when|asap|now"
    r"|till|until|for|since|where|with)\b|[ ]*\Z)"
)
_ROAD_TOWN: Final = re.compile(  # (found from the house number's digit, which the engine skips to)
    r"\d(?<![\w/.\-]\d)\d{0,3}[a-z]?[ ][a-z][a-z'’\-]+(?:[ ][a-z][a-z'’\-]+)?[ ]"
    rf"(?:{_STREET_KINDS})[ ](?P<v>[a-z][a-z'’\-]{{2,}})" + _AFTER
)
_HOME_TO: Final = re.compile(r"\bhome[ ]to[ ](?P<v>[A-Za-z][a-z'’\-]{3,})" + _AFTER)
# (no dot after the street: "118 ngwenya road. ngiyabonga" starts a sentence)
# what every house-and-street match holds: a digit before a word, a street's kind after a space
_STREET_GATE: Final = re.compile(rf"[ ](?:{_STREET_KINDS})[ ][a-z]")
_NOT_TOWN: Final = cues.ADDRESS_WORDS | cues.UNITS | cues.KIN | cues.DAY_WORDS | cues.DETERMINERS


def _town(word: str, lex: Lexicon) -> bool:
    low = word.lower()
    if low in _NOT_TOWN:
        return False
    e = lex(low)
    return (e.place and not e.clinical) or not (e.english or e.clinical or e.name)


def road_town_spans(text: str, lex: Lexicon) -> list[Entity]:
    out: list[Entity] = []
    for rx, gate in ((_ROAD_TOWN, _STREET_GATE.search(text)), (_HOME_TO, "home to " in text)):
        if gate:
            out.extend(Entity.of(PhiType.CITY, m, "v") for m in rx.finditer(text) if _town(m.group("v"), lex))
    return out
