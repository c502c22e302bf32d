"""First names with no title in the places a nurse lists family and helpers: children with their
ages in brackets ("grandkids (Omar 7, Lina 4)"), both of two named parents or children ("parents Maribel
and Sun", "sons Will and Travis": either may be a month's, a modal's or a word's spelling), and
an interpreter's name with the id of the call ("(luis, id #4471)", "(Tomasz, #2290)"): the name and
the id; a first name owning a phone ("Wendell's cell is"). Ages in brackets after a clinical word ("labs (K 3.1)") are no one's."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.lexicon import Lexicon
from medgate.privacy.lexicon import flags as F
from medgate.privacy.text import lowered
from medgate.privacy.types import Entity, PhiType
from medgate.privacy.word_start import cue_finditer, heads, word_led

_KID_WORDS: Final = (
    "kids", "children", "sons", "daughters", "grandkids", "grandchildren", "grandsons", "granddaughters",
    "siblings", "twins", "boys", "girls", "nieces", "nephews", "stepkids",
)  # fmt: skip
_KIDS: Final = re.compile(
    word_led(_KID_WORDS)
    + r"[ \t]*\((?P<list>[^()\n]{3,80})\)"
)
_AGED: Final = re.compile(r"(?<![\w'])(?P<v>[A-Za-z][a-z'’\-]+)[ \t]+(?:age[ \t]+)?\d{1,2}(?:[ \t]*(?:y/?o|yrs?|mo))?\b")
_PAIR_WORDS: Final = ("parents", "grandparents", r"mom[ \t]+and[ \t]+dad", "aunts", "uncles", "sisters", "brothers", "daughters", "sons")
_PAIR: Final = re.compile(
    word_led(_PAIR_WORDS)
    + r"[ \t]+(?P<a>[A-Z][a-z'’\-]+)(?:,[ \t]+[A-Z][a-z'’\-]+)*,?[ \t]+(?:and|&)[ \t]+(?P<v>[A-Z][a-z'’\-]+)\b"
)
# (the two scans are tried only where one of their words begins: `cue_finditer`)
_HEADS: Final = {_KIDS: heads(_KID_WORDS), _PAIR: heads(_PAIR_WORDS)}
_INTERPRETER: Final = re.compile(
    r"\((?P<v>[A-Za-z][a-z'’\-]+),[ \t]*(?:(?i:id|badge)[ \t]*)?#?[ \t]*(?P<id>\d{3,8})\)"
)
# whose phone it is ("Wendell's cell is", "gus's mobile", "Faith's # 262-...", "Tom's number")
_PHONE_AFTER_S_TEXT: Final = r"['’]s[ \t]+(?:(?:cell|cellphone|mobile|mob|phone|ph|tel|number|landline)\b|#[ \t]*\d)"
_OWN_PHONE: Final = re.compile(rf"(?<![\w'’])(?P<v>[A-Za-z][a-z\-]+){_PHONE_AFTER_S_TEXT}")
# what every match of it holds, found from the apostrophe (a scan led by the name tries every word)
_PHONE_AFTER_S: Final = re.compile(_PHONE_AFTER_S_TEXT)
_COMMON_ZIPF: Final = 5.6
_AGE_WORDS: Final = frozenset({"age", "ages", "aged", "and", "or", "both", "under", "over", "about"})
_INTERP_CUE: Final = re.compile(r"(?i:interp|language[ \t]+line|translator)")


def _named(word: str, lex: Lexicon) -> bool:
    e = lex(word.lower())
    if e.zipf >= _COMMON_ZIPF or word.lower() in _AGE_WORDS:
        return False  # "(ages 9 and 13)": the sentence's words
    return bool(e.name) or not (e.english or e.clinical)


def family_list_spans(text: str, lex: Lexicon) -> list[Entity]:
    out: list[Entity] = []
    if "(" in text:
        for m in cue_finditer(_KIDS, text, lowered(text), _HEADS[_KIDS]):
            base = m.start("list")
            for a in _AGED.finditer(m.group("list")):
                if _named(a.group("v"), lex):
                    out.append(Entity(PhiType.NAME, base + a.start("v"), base + a.end("v"), a.group("v")))
        if "#" in text or "id" in lowered(text):
            for m in _INTERPRETER.finditer(text):
                if _INTERP_CUE.search(text, max(0, m.start() - 60), m.start()) and _named(m.group("v"), lex):
                    out.append(Entity.of(PhiType.NAME, m, "v"))
                    out.append(Entity.of(PhiType.OTHER_ID, m, "id"))
    if ("'s " in text or "’s " in text) and _PHONE_AFTER_S.search(text) is not None:
        for m in _OWN_PHONE.finditer(text):
            e = lex(m.group("v").lower())
            if e.flags & F.FIRST and not e.clinical and m.group("v").lower() not in cues.KIN:
                out.append(Entity.of(PhiType.NAME, m, "v"))
    if " and " in text or " & " in text:
        for m in cue_finditer(_PAIR, text, lowered(text), _HEADS[_PAIR]):
            if lex(m.group("a").lower()).name and lex(m.group("v").lower()).name:
                # (the first too: a name that is also a modal or a word, "sons Will and Travis", is
                # not found by its kin word's rules)
                out.append(Entity.of(PhiType.NAME, m, "a"))
                out.append(Entity.of(PhiType.NAME, m, "v"))
    return out
