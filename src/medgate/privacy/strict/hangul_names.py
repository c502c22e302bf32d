"""Korean names written in Hangul, found by what stands beside them: an honorific or a role after
the name ("김순자 환자분", "정미라님", "- 박은정 RN"), a kin or carer word before it ("보호자 아드님
이준호", "남편 강동원"), or "Dr." before a surname alone or a whole name ("Dr. 최 외래").

A name is a surname syllable (faker's ko_KR list, the commonest Korean surnames) and one or two
syllables more; one with its own entry in wordfreq's Korean list is a word ("신부전 환자",
"고령 환자": a disease, an elderly patient), unless its last two syllables are a listed given name
(famous namesakes are in that list too: "이준호"). After a kin word only a common word is kept
("남편 오늘"). A word ending in 과 is a department ("신경과 선생님")."""

from __future__ import annotations

import importlib
import math
import re
from functools import lru_cache
from typing import Final

from medgate.privacy.types import Entity, PhiType

_RUN: Final = re.compile(r"[가-힣]+")
# Honorifics and roles written after a name, as their own word: patient (and its polite form), Mr/Ms,
# teacher/doctor, nurse, professor, the elderly, grandmother/-father, director, head of department
_AFTER: Final = frozenset({"환자", "환자분", "님", "씨", "선생님", "간호사", "교수님", "어르신", "할머니", "할아버지", "원장님", "과장님", "보호자", "산모"})  # fmt: skip
# Honorifics joined to the name itself ("정미라님", "배수빈씨")
_JOINED: Final = ("님", "씨")
# Latin role letters after a Korean name on a signature line ("- 박은정 RN")
_LATIN_ROLE: Final = re.compile(r"[ \t]+(?:RN|MD|NP|PA|LPN|CN)\b")
# Kin and carer words written before a name: son, daughter (polite and plain), guardian, husband,
# wife, spouse, mother, father, daughter-in-law, son-in-law, grandson, granddaughter, caregiver
_BEFORE: Final = frozenset({"아드님", "따님", "아들", "딸", "보호자", "남편", "아내", "부인", "배우자", "어머니", "아버지", "며느리", "사위", "손자", "손녀", "간병인"})  # fmt: skip
_DR: Final = re.compile(r"\bDr\.?[ \t]*$")
_WORD_ZIPF: Final = 4.0  # after a kin word: a word this common is no name ("남편 오늘")


@lru_cache(maxsize=1)
def _provider() -> tuple[frozenset[str], frozenset[str]]:
    """faker's ko_KR surnames and given names (both empty where faker is absent)."""
    try:
        p = importlib.import_module("faker.providers.person.ko_KR").Provider
    except ImportError:
        return frozenset(), frozenset()
    return frozenset(map(str, p.last_names)), frozenset(map(str, p.first_names))


@lru_cache(maxsize=1)
def _korean_words() -> dict[str, float]:
    """wordfreq's Korean word list (read only once a Hangul name is in question)."""
    try:
        from wordfreq import get_frequency_dict
    except ImportError:
        return {}
    return dict(get_frequency_dict("ko"))


def _zipf(word: str) -> float:
    f = _korean_words().get(word, 0.0)
    if f <= 0:
        return 0.0
    return math.log10(f) + 9


def _name(word: str, *, cue: str) -> bool:
    """`word` reads as a Korean name given its cue ("after": an honorific follows; "kin": a kin
    word stands before; "dr": "Dr." stands before)."""
    surnames, given = _provider()
    if not word or word[0] not in surnames or word.endswith("과"):
        return False
    if cue == "dr":
        return len(word) <= 3 and (len(word) == 1 or _zipf(word) < _WORD_ZIPF)
    if not 2 <= len(word) <= 3:
        return False
    z = _zipf(word)
    if cue == "kin":
        return z < _WORD_ZIPF
    return z == 0.0 or (len(word) == 3 and word[1:] in given)


def _cue(text: str, m: re.Match[str], prev: str, nxt: str) -> str:
    """What marks the Hangul word `m` as a possible name: "kin", "dr", "after", or "" for nothing."""
    if prev in _BEFORE:
        return "kin"
    if _DR.search(text, max(0, m.start() - 5), m.start()):
        return "dr"
    if nxt in _AFTER or _LATIN_ROLE.match(text, m.end()):
        return "after"
    return ""


def hangul_name_spans(text: str) -> list[Entity]:
    if text.isascii():
        return []
    runs = list(_RUN.finditer(text))
    out: list[Entity] = []
    for i, m in enumerate(runs):
        word = m.group()
        # the Hangul words right before and after, with only spaces between
        prev = runs[i - 1].group() if i and not text[runs[i - 1].end() : m.start()].strip() else ""
        last = i + 1 == len(runs)
        nxt = "" if last or text[m.end() : runs[i + 1].start()].strip() else runs[i + 1].group()
        cue = _cue(text, m, prev, nxt)
        if cue and _name(word, cue=cue):
            out.append(Entity.of(PhiType.NAME, m))
        elif len(word) == 4 and word.endswith(_JOINED) and _name(word[:3], cue="after"):
            out.append(Entity(PhiType.NAME, m.start(), m.end() - 1, word[:3]))  # ("한지민님")
    return out
