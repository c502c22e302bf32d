"""Eponyms written noun first, as French, Italian, Spanish, Portuguese, Polish, German and Latin
letters name them ("maladie de Paget", "parálisis de Bell", "segno di Murphy", "signo de Lasègue", "objaw Chełmońskiego",
"Morbus Bechterew", "Zeichen nach Lasègue"): the name after a disease's, sign's or manoeuvre's word is the
eponym's, inflected or not, and stays. A closed list of those words (not "test": "test Anna
Kowalska" is a person); the name is one word, or two joined by a hyphen, never a first name and
surname."""

from __future__ import annotations

from typing import Final

from medgate.privacy.strict.words import SAFE, Tok

_HEADS: Final = frozenset(
    (
        "maladie", "syndrome", "signe", "manœuvre", "manoeuvre", "malattia", "sindrome", "segno", "manovra",
        "enfermedad", "síndrome", "signo", "maniobra", "doença", "sinal", "manobra", "objaw", "zespół",
        "zespol", "choroba", "morbus", "zeichen", "syndrom", "krankheit",
        # a palsy's ("parálisis de Bell", "paralysie de Bell", "paralisia de Bell", "paralisi di Bell")
        "parálisis", "paralisis", "paralysie", "paralisia", "paralisi",
    )
)
_LINKS: Final = frozenset(("de", "di", "del", "della", "do", "da", "du", "des", "von", "nach", "d'"))


def mark_head_eponyms(toks: list[Tok]) -> None:
    n = len(toks)
    for i, t in enumerate(toks):
        if t.entry is None or t.low not in _HEADS:
            continue
        j = i + 1
        if j < n and toks[j].low in _LINKS:
            j += 1
        if j >= n or toks[j].entry is None or not toks[j].text[:1].isupper():
            continue
        if j + 1 < n and toks[j + 1].entry is not None and toks[j + 1].text[:1].isupper() \
                and toks[j + 1].start - toks[j].end == 1:
            continue  # "maladie de Marie Dupont": a person's full name, not an eponym
        toks[j].verdict, toks[j].eponym = SAFE, True
        if j + 2 < n and toks[j + 1].text == "-" and toks[j + 2].entry is not None:
            toks[j + 2].verdict, toks[j + 2].eponym = SAFE, True
