"""A Gaelic or Dutch surname told with its particle apart, where the word rules see only its last
part: after a title in lower case ("sr mc fadden aware", "dr o donnell", "nurse mac giolla"), and
after an initial in a signature ("C. Ní Bhriain CNM2", "P. Ó Súilleabháin", "D. Mac Suibhne").
The particle and the initial are the name's own. A title before a particle that is a word ("dr
von willebrand's" is a disease's eponym only with its possessive: kept) and an initial before an
English capital ("A. Ward", "B. O Neg") and a word after a particle ("nurse o the ward") are the
other rules' to judge."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.lexicon import Lexicon
from medgate.privacy.text import lowered
from medgate.privacy.types import Entity, PhiType
from medgate.privacy.word_start import word_led

_PARTICLE: Final = r"(?:mc|mac|o|ó|ní|nic|ua|uí|mhic)"
# "sr mc fadden", "dr o donnell": the title, then the particle and its surname apart
_TITLED: Final = re.compile(
    word_led(
        ["sr", "sister", "dr", "nurse", "cnm", "matron", r"staff[ ]nurse", "mr", "mrs", "ms", "miss", "fr", "father"],
        r"(?<![\w'’])",
    )
    + rf"(?i:\.?[ ]+(?P<v>{_PARTICLE}[ ]+[a-záéíóú][a-záéíóú'’\-]{{2,}}))\b(?!['’]s)"
)
# "C. Ní Bhriain", "P. Ó Súilleabháin": an initial before a capitalised particle and its surname
_INITIALLED: Final = re.compile(
    r"(?<![\w.])(?P<v>[A-Z]\.[ ]?(?:Mc|Mac|Ó|Ní|Nic|Ua|Uí|Mhic)[ ][A-ZÁÉÍÓÚ][a-záéíóú'’\-]{2,})\b"
)
_EVERYDAY_ZIPF: Final = 5.0
# a particle standing alone: a substring test (most notes have none)
_CUES: Final = (" mc ", " mac ", " o ", "ó ", "ní ", " nic ", " ua ", "uí ", "mhic ")


def particle_surname_spans(text: str, lex: Lexicon) -> list[Entity]:
    low = lowered(text)
    if not any(c in low for c in _CUES):  # (few notes name anyone so)
        return []
    out: list[Entity] = []
    for m in _TITLED.finditer(text):
        last = lex(m.group("v").rsplit(" ", 1)[1])
        if last.english and (not last.name or last.zipf >= _EVERYDAY_ZIPF):
            continue  # "nurse o the ward": a word, not a surname
        out.append(Entity.of(PhiType.NAME, m, "v"))
    out.extend(Entity.of(PhiType.NAME, m, "v") for m in _INITIALLED.finditer(text))
    return out
