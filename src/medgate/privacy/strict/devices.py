"""An implant's or a device's maker and model ("Abbott Assurity MRI DR", "Boston Scientific Accolade
EL"): brand words, no one's name ("Azure" is a surname too). The maker and the capitalised model
words after it, up to a comma or a lower-case word, are marked as eponyms are, so the word filter
and the tagger leave them."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.strict.words import SAFE, Tok
from medgate.privacy.text import lowered
from medgate.privacy.word_start import led

# Makers of implants and devices patients carry (pacemakers, defibrillators, pumps, sensors)
_MAKERS: Final = frozenset({
    "medtronic", "biotronik", "abbott", "sorin", "microport", "livanova", "dexcom", "insulet",
    "tandem", "ypsomed", "cochlear", "zoll", "resmed", "guidant", "stryker", "zimmer",
    "omron", "microlife", "beurer", "rossmax",  # (home blood pressure monitors and thermometers)
})  # fmt: skip
# Two-word makers, read from their first word ("Boston Scientific", "St Jude", "St. Jude Medical")
_MAKER_PAIRS: Final = {"boston": "scientific", "st": "jude"}
_MODEL_WORDS: Final = 6
# A maker's name as written before a model: detect() reads it before dropping a rule's name inside
# one ("... Azure XT DR MRI SureScan": a brand the name rules took for a surname)
MAKER_WORD: Final = re.compile(  # (led: the scan skips to the makers' capitals)
    led(
        [
            "Medtronic", "MEDTRONIC", "Biotronik", "BIOTRONIK", "Abbott", "ABBOTT", "Sorin", "MicroPort",
            "LivaNova", "Dexcom", "DEXCOM", "Insulet", "Tandem", "Ypsomed", "Cochlear", "Zoll", "ZOLL",
            "ResMed", "Guidant", "Stryker", "Zimmer", "Boston Scientific", "BOSTON SCIENTIFIC", r"St\.? Jude",
            "Omron", "OMRON", "Microlife", "Beurer", "Rossmax",
        ],
        r"\b",
    )
    + r"\b"
)


_WORD_BEFORE: Final = re.compile(r"([A-Za-z]+)[ \t]\Z")
_MODEL_DIGITS: Final = 5  # a model's number is short ("HEM-7120"); a serial number runs longer


def model_after_maker(text: str, start: int, end: int) -> bool:
    """The code at start:end follows a maker's name and has a model's few digits ("Omron
    HEM-7120", "Beurer BM-28"): the device's model, which many patients share, not a serial."""
    before = _WORD_BEFORE.search(text, max(0, start - 16), start)
    return (
        before is not None and before.group(1).lower() in _MAKERS
        and sum(c.isdigit() for c in text[start:end]) <= _MODEL_DIGITS
    )  # fmt: skip


def mark_device_models(toks: list[Tok], text: str) -> None:
    low = lowered(text)
    if not any(m in low for m in _MAKERS) and "boston" not in low and "jude" not in low:
        return  # (most texts name no maker: no walk over the tokens)
    for i, t in enumerate(toks):
        low = t.low
        if low not in _MAKERS and low not in _MAKER_PAIRS:
            continue
        if not t.text[:1].isupper():
            continue
        j = i + 1
        if low in _MAKER_PAIRS:
            k = j + 1 if j < len(toks) and toks[j].text == "." else j
            if k >= len(toks) or toks[k].low != _MAKER_PAIRS[low]:
                continue
            j = k + 1
        model = toks[j : j + _MODEL_WORDS]
        run: list[Tok] = []
        for m in model:
            prev_end = run[-1].end if run else toks[j - 1].end
            if text[prev_end : m.start] not in (" ", ""):
                break
            if not (m.text[:1].isupper() or m.text[:1].isdigit()):
                break  # "Abbott pump was": the model ends at a lower-case word
            run.append(m)
        if not run or not any(m.text[:1].isalpha() for m in run):
            continue  # a maker alone ("Abbott said", "Medtronic, ..."): a name or a firm, as it reads
        if not any(m.text.isdigit() or (m.text.isupper() and len(m.text) > 1) for m in run):
            continue  # a model has a code or a number ("XT DR", "8"): "Abbott Lee" is a person
        for m in (*toks[i:j], *run):
            if m.entry is not None:
                m.verdict, m.eponym = SAFE, True
