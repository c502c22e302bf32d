"""Streets and clinics written in Vietnamese, in a text with Vietnamese letters: a house number and
the street's name ("212 Lê Văn Sỹ", "15/3 Nguyễn Trãi"), a clinic or hospital named before its kind
("Phước An clinic", "Hòa Hảo hospital"), and a hospital named after the verb of being admitted or
moved to one ("nhập viện Chợ Rẫy", "chuyển viện Việt Đức"). Capitalised words only, one at least with a Vietnamese
letter: "212 Main St", "3 Times", "Tân" alone stay with the other passes."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.strict.vietnamese_titles import VIETNAMESE_LETTER
from medgate.privacy.types import Entity, PhiType

_WORD: Final = r"[A-ZĐ\u00c0-\u00dd\u1ea0-\u1ef8][^\W\d_]*"
_STREET: Final = re.compile(rf"(?<![\w/.-])\d{{1,4}}[A-Z]?(?:/\d{{1,3}})?[ \t]+(?P<v>{_WORD}(?:[ \t]{_WORD}){{1,3}})(?![\w'’-])")
_CLINIC: Final = re.compile(
    rf"(?<![\w'’-])(?P<v>{_WORD}(?:[ \t]{_WORD}){{0,3}})[ \t]+(?i:clinic|hospital|polyclinic|pharmacy|medical[ \t]+centre)\b"
)

# "admitted to hospital" / "moved to another hospital", then the hospital's name ("viện" is the institute)
_ADMITTED: Final = re.compile(
    rf"(?i:nhập[ \t]+viện|nhap[ \t]+vien|chuyển[ \t]+viện|chuyen[ \t]+vien|vào[ \t]+viện)[ \t]+(?P<v>{_WORD}(?:[ \t]{_WORD}){{0,3}})(?![\w'’-])"
)
_ADMITTED_CUES: Final = ("viện", "vien")


def _named(v: str) -> bool:
    """Every word capitalised (the letter block mixes cases), one at least Vietnamese."""
    return all(w[0].isupper() for w in v.split()) and VIETNAMESE_LETTER.search(v) is not None


def vietnamese_place_spans(text: str) -> list[Entity]:
    if VIETNAMESE_LETTER.search(text) is None:
        return []
    out: list[Entity] = []
    for m in _STREET.finditer(text):
        if _named(m.group("v")):
            out.append(Entity(PhiType.ADDRESS, m.start(), m.end(), m.group()))
    for m in _CLINIC.finditer(text):
        if _named(m.group("v")):
            out.append(Entity.of(PhiType.LOCATION, m, "v"))
    if any(c in text for c in _ADMITTED_CUES):
        out.extend(Entity.of(PhiType.LOCATION, m, "v") for m in _ADMITTED.finditer(text) if _named(m.group("v")))
    return out
