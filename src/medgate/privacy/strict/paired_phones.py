"""A phone written in pairs of digits after a phone word, as the Faroes, Denmark, Norway and
France write them: six digits ("tlf 21 44 87", "my phone 59 12 03") or eight ("tel. 12 34 56 78").
Without the word, three pairs are as often a date or a reading ("12 03 24", "BP 12 34 56" stays
unless a phone word leads it). And a name before a phone emoji and its number ("Ania 📱 +48 601 223 418")."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.lexicon import Lexicon
from medgate.privacy.lexicon import flags as F
from medgate.privacy.types import Entity, PhiType
from medgate.privacy.word_start import word_start

# (longest first: "telefonnummer" before "telefon", "pager" before "page")
_WORDS: Final = sorted(cues.PHONE_WORDS, key=len, reverse=True)
_RX: Final = re.compile(
    word_start(_WORDS)
    + r"\.?(?i:[ \t]+(?:no|nr|number|is))?\.?[ \t]*:?[ \t]*"
    r"(?P<v>\d\d(?:[ ]\d\d){2,3})(?!\w|[.,/:]\d|[ ]\d)"
)
_PAIRS: Final = re.compile(r"\d\d \d\d \d\d")  # (every match has three pairs: a cheap gate)


def paired_phone_spans(text: str) -> list[Entity]:
    if _PAIRS.search(text) is None:
        return []
    return [Entity.of(PhiType.PHONE, m, "v") for m in _RX.finditer(text)]


# A name before a phone emoji and its number, as a chat's sign-off or contact line writes it: "Ania 📱
# +48 601 223 418", "— Kofi ☎️ 024 412 7781", "Mama Tunde 📞 0803 …" (the line's start, then one or two
# capitalised words). The emoji stands for "phone:", so the words before it are whose; a label
# there ("Home 📞", "Ward 📱", "Mum 📱") is no name.
_PHONE_EMOJI: Final = ("📱", "📞", "☎", "📲")
_EMOJI_NAME: Final = re.compile(
    r"^[ \t]*(?:[-–—~][ \t]*)?(?P<v>[A-ZÀ-Ý][\w'’\-]+(?:[ \t][A-ZÀ-Ý][\w'’\-]+)?)[ \t]*:?[ \t]*"
    r"(?:📱|📞|☎\ufe0f?|📲)[ \t]*:?[ \t]*(?=\+?\(?\d)",
    re.MULTILINE,
)
_LABEL_WORDS: Final = (
    "home work office mobile mob cell phone ph tel landline whatsapp emergency clinic pharmacy reception ward "
    "contact call text fax number me nurse doctor dr gp team desk helpline hotline surgery"
)
_LABELS: Final = frozenset(_LABEL_WORDS.split())


def emoji_phone_name_spans(text: str, lex: Lexicon) -> list[Entity]:
    if text.isascii() or not any(e in text for e in _PHONE_EMOJI):
        return []
    out: list[Entity] = []
    for m in _EMOJI_NAME.finditer(text):
        words = m.group("v").split()
        if any(w.lower() in _LABELS or w.lower() in cues.KIN for w in words):
            continue
        if all(_plain(lex, w) for w in words):
            continue  # "Main Office 📞", "Night Line ☎": the sentence's words
        out.append(Entity.of(PhiType.NAME, m, "v"))
    return out


def _plain(lex: Lexicon, word: str) -> bool:
    e = lex(word.lower())
    return (e.english and e.zipf >= 3.5 and not e.flags & F.FIRST) or e.clinical
