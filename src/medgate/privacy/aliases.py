"""Nicknames beside a detected name: 'Lachlan Te Rangi ("Lachie")', 'Darren Pike ("Dazza")',
"DÓNAL 'PADDY' Ó CEALLAIGH", "mr okafor (chidi)", and a name in brackets after a kinship word:
"Mum (Precious)".

A quoted or bracketed capitalised word right after a name, or in brackets right after a kinship
word, is what the person is called; the recognisers find the name, this pass adds its alias.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from medgate.privacy import cues
from medgate.privacy.lexicon import flags as F
from medgate.privacy.lexicon import lexicon
from medgate.privacy.text import lowered
from medgate.privacy.types import Entity, PhiType
from medgate.privacy.word_start import word_led

_QUOTED_AFTER: Final = re.compile(
    r"[ \t]*\(?[ \t]*[\"“'‘](?P<v>[A-ZÀ-Þ][\w'’\-]{1,20})[\"”'’][ \t]*\)?"
)
# The same in a lower-case text: a quoted lower-case nickname after a lower-case name ("name: padraig
# 'paddy' o'neill"), taken only when the lexicon knows it as a name and it is no common word
# (not "sam 'tired'", "tom 'ok'")
_QUOTED_LOWER_AFTER: Final = re.compile(r"[ \t]*[\"“'‘](?P<v>[a-zà-þ][\w'’\-]{1,20})[\"”'’](?=[ \t,])")
_QUOTED_LOWER_ZIPF: Final = 4.5
# A quoted name after a phrase that gives what someone is called: 'prefers "Sunny"', 'goes by
# "Tre"', 'known as "Bunmi"' (the capital and the quotes make it a name, not a thing preferred)
_CALLED: Final = re.compile(
    word_led([
        r"goes[ \t]+by", r"go[ \t]+by", r"going[ \t]+by", r"went[ \t]+by", r"prefers(?:[ \t]+to[ \t]+be[ \t]+called)?",
        r"known[ \t]+as", "nicknamed?", r"a\.?k\.?a\.?", r"likes[ \t]+to[ \t]+be[ \t]+called",
    ])
    + r"[ \t]*:?[ \t]*"
    r"[\"“'‘](?P<v>[A-ZÀ-Þ][\w'’\-]{1,20}(?:[ \t][A-ZÀ-Þ][\w'’\-]{1,20})?)[\"”'’]"
)
_CALLED_CUES: Final = ("by", "prefer", "known", "nickname", "aka", "a.k.a", "called")
# A quoted name after a short note in the same bracket, right after a name: 'BB NGUYEN (Baby Boy,
# "Bao")', 'Ms Ferris (pt, "Bunny")'
_QUOTED_IN_BRACKET: Final = re.compile(
    r"[ \t]*\([^()\"“\n]{1,24},[ \t]*[\"“'‘](?P<v>[A-ZÀ-Þ][\w'’\-]{1,20})[\"”'’][ \t]*\)"
)
# (found from its bracket, a literal the regex engine skips to; the kinship word is read back);
# quoted the same way: 'daughter "Bunny" (Bernadette)'
_BRACKETED: Final = re.compile(  # (led by the class of its opening characters: the scan skips to them)
    r"[(\"“](?:(?<=\()[ \t]*(?P<v>[A-Z][a-z'’\-]{1,20})[ \t]*\)|(?<=[\"“])(?P<q>[A-Z][a-z'’\-]{1,20})[\"”])"
)
# an unquoted capitalised first name after "prefers": "pt prefers Sunny", "prefers to be called Bill"
_PREFERS: Final = re.compile(r"\bprefers(?:[ \t]+to[ \t]+be[ \t]+called)?[ \t]+(?P<v>[A-Z][a-z'’\-]{1,20})\b")
_WORD_BEFORE: Final = re.compile(r"(?P<kin>[A-Za-z\-]+)[ \t]*\Z")
# One word in brackets right after a name, in any case: "mr okafor (chidi)", "its chloe (chlo)"
_BRACKET_AFTER: Final = re.compile(r"[ \t]*\([ \t]*(?P<v>[^\W\d_][\w'’\-]{1,20})[ \t]*\)")


def nicknames(text: str, found: Sequence[Entity]) -> list[Entity]:
    """The aliases beside `found`'s names (not already covered by `found`)."""
    out: list[Entity] = []
    for e in found:
        if e.type is not PhiType.NAME:
            continue
        m = _QUOTED_AFTER.match(text, e.end) or _QUOTED_IN_BRACKET.match(text, e.end)
        if m is None and e.text.islower() and (q := _QUOTED_LOWER_AFTER.match(text, e.end)):
            w = lexicon()(q.group("v"))
            m = q if w.name and not w.clinical and w.zipf < _QUOTED_LOWER_ZIPF else None
        if m is None and (b := _BRACKET_AFTER.match(text, e.end)) and _alias_word(b.group("v"), e.text):
            m = b
        if m is not None:
            out.append(Entity.of(PhiType.NAME, m, "v"))
    for m in _BRACKETED.finditer(text):
        g = "v" if m.group("v") is not None else "q"
        before = _WORD_BEFORE.search(text, max(0, m.start() - 24), m.start())
        if before and before.group("kin").lower() in cues.KIN and m.group(g).lower() not in cues.KIN:
            out.append(Entity.of(PhiType.NAME, m, g))
    if "prefers" in text:
        for m in _PREFERS.finditer(text):
            if lexicon()(m.group("v").lower()).flags & F.FIRST:
                out.append(Entity.of(PhiType.NAME, m, "v"))
    low = lowered(text)
    if any(c in low for c in _CALLED_CUES):
        for m in _CALLED.finditer(text):
            word = lexicon()(m.group("v"))
            if not word.clinical or word.flags & F.FIRST:  # ("Dimple" is a sign and a name)
                out.append(Entity.of(PhiType.NAME, m, "v"))
    taken = {(e.start, e.end) for e in found}
    return [a for a in out if (a.start, a.end) not in taken]


def _alias_word(word: str, name: str) -> bool:
    """A bracketed word after a name that can be what the person is called, written as the name
    is ("mr okafor (chidi)", "Ana Silva (Nani)"): not an abbreviation ("(HCP)", "(DPOA)"), a role,
    kinship word, credential, department or an ordinary or clinical word ("(son)", "(perio)")."""
    low = word.lower()
    if word.isupper() or not word.replace("'", "").replace("’", "").replace("-", "").isalpha():
        return False
    if low in cues.KIN or low in cues.KIN_WORLD or low in cues.CREDENTIALS or low in cues.TITLES:
        return False
    if low in cues.DEPARTMENTS or low in cues.FOREIGN_FUNCTION_WORDS:
        return False
    e = lexicon()(low)
    # (a capitalised word in brackets after a capitalised name is a nickname unless common: "Padraig
    # (Paddy)", not "(Stable)")
    common = 4.5 if word[:1].isupper() and word[1:].islower() and name[:1].isupper() else 3.5
    if e.clinical or (e.english and e.zipf >= common) or (e.zipf >= 4.5 and not e.name):
        return False
    if name.islower():  # chat: a word the web knows, not English ("(chlo)", not "(nsgy)")
        return word.islower() and bool(e.flags & F.KNOWN) and not e.english
    return word[:1].isupper() and not name.isupper()
