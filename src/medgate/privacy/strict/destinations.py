"""A place told only by being where someone goes: a lower-case word the lexicon does not know at all
after a verb of coming or going and "to", before a day, a time or the clause's end ("can we come to
vailima on fri", "going to kolonga tomorrow"); and a Dutch place or hospital named with the old
genitive "'s" before it ("naar 's Lands", "in 's-Gravenzande": the article is part of the name).
Kept: an English or clinical word there ("come to clinic on mon", "go to bed", "going to town
tomorrow"), a known abbreviation ("come to ed on fri"), and an English possessive ("the patient's
Lands", where the "'s" is joined to the word before it)."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.lexicon import Lexicon
from medgate.privacy.types import Entity, PhiType

# "to X" then a day word, a time word or the clause's end (led by "to": the verb is read after)
_DESTINATION: Final = re.compile(
    r"to[ \t]+(?P<v>[a-z]{4,})"  # (a literal lead, quick to find; the word's start is checked after)
    r"(?=[ \t]*(?:[,.;!?]|\Z|\n)|[ \t]+(?:on|at|by|this|next|tomorrow|tmrw|today|tonight|before|after|for)\b)"
)
# ... with a verb of coming or going before "to": "come to X", "bring her to X", "go back to X"
_GOING: Final = re.compile(
    r"\b(?:come|coming|came|go|going|went|bring|bringing|take|taking|drive|driving|get)"
    r"(?:[ \t]+(?:her|him|them|mum|dad|back|down|up|over))?[ \t]+\Z"
)
_DESTINATION_GATE: Final = " to "
# "'s" apart from the word before, then a capitalised name: "naar 's Lands", "'s-Hertogenbosch"
# after a preposition, English or Dutch ("naar", "uit", "bij", "te": to, out of, at, in), so a
# contraction typed apart ("it 's Monday") stays
_GENITIVE: Final = re.compile(
    r"\b(?:to|at|from|in|naar|uit|van|bij|te|op)[ \t]+(?P<v>['’]s[ \t-][A-Z][a-zà-ÿ]{2,}(?:-[A-Z][a-zà-ÿ]+)?)"
)


def destination_spans(text: str, lex: Lexicon) -> list[Entity]:
    out: list[Entity] = []
    if _DESTINATION_GATE in text:
        for m in _DESTINATION.finditer(text):
            if (m.start() and text[m.start() - 1].isalnum()) \
                    or _GOING.search(text, max(0, m.start() - 24), m.start()) is None:
                continue
            w = m.group("v")
            e = lex(w)
            # a word the lexicon has no entry for at all (no English word, no abbreviation, no
            # name), or a place that is no English word
            unknown = e.flags == 0 and e.zipf == 0
            if (unknown or (e.place and not e.english and not e.clinical)) \
                    and w not in cues.DEPARTMENTS and w not in cues.FOREIGN_FUNCTION_WORDS:
                out.append(Entity.of(PhiType.LOCATION, m, "v"))
    if "'s" in text or "’s" in text:
        for m in _GENITIVE.finditer(text):
            out.append(Entity.of(PhiType.LOCATION, m, "v"))
    return out
