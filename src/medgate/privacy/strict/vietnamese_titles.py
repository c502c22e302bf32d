"""A name after a Vietnamese form of address, in a text written with Vietnamese letters: "bác sĩ
Long" (doctor), "anh Hùng", "chị Lan", "cô Hoa", a sign-off "Em Mai". The form of address says a
person follows, so the name is masked even where it is an English word ("Long", "Mai", "Lan").
Without Vietnamese letters in the text the words are read as English ("em", "Anh" alone), and a
place kind or a clinical word after the title ("bác sĩ clinic") is no name, nor a lower-case word ("bà ấy": she)."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.lexicon import Lexicon
from medgate.privacy.types import Entity, PhiType

# the letters only Vietnamese writes (horn and breve vowels, đ, and the tone-marked vowels)
VIETNAMESE_LETTER: Final = re.compile(r"[ăâđêôơưĂÂĐÊÔƠƯ\u1ea0-\u1ef9]")
_TITLES: Final = r"bác[ \t]+sĩ|bác|chị|anh|em|cô|chú|ông|bà|cháu|thầy|dì|cậu|mợ|dượng"
_WORD: Final = r"[A-ZĐ\u1ea0-\u1ef8][^\W\d_]{0,12}"
_RX: Final = re.compile(rf"(?<![\w'’-])(?i:{_TITLES})[ \t]+(?P<v>{_WORD}(?:[ \t]{_WORD}){{0,3}})(?![\w'’-])")
_WORDS: Final = re.compile(r"\S+")
_NOT_NAMES: Final = cues.FACILITY_HEADS | cues.FACILITY_KINDS | cues.DEPARTMENTS | cues.DAY_WORDS


def _name_word(lex: Lexicon, w: str) -> bool:
    low = w.lower()
    if not w[0].isupper() or low in _NOT_NAMES or low in cues.MONTHS:
        return False
    e = lex(low)
    return not (e.clinical and not e.name) and e.zipf < 6.0  # ("bác sĩ The ...": a function word)


def vietnamese_title_spans(text: str, lex: Lexicon) -> list[Entity]:
    if VIETNAMESE_LETTER.search(text) is None:
        return []
    out: list[Entity] = []
    for m in _RX.finditer(text):
        end = m.start("v")
        for w in _WORDS.finditer(m.group("v")):
            if not _name_word(lex, w.group()):
                break
            end = m.start("v") + w.end()
        if end > m.start("v"):
            out.append(Entity(PhiType.NAME, m.start("v"), end, text[m.start("v") : end]))
    return out
