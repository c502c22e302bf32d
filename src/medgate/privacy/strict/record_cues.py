"""A record's number after its word in other languages and forms, which the "No"-led rules miss:
Spanish "ficha" and "expediente" ("Ficha 12-8830", "Exp. # 4471"), the Arabic file ("raqam el malaf
2023-ENT-5521"), an in-patient's "ip" with a coded number ("ip 2024/MW/1187"), a patient's card
told with a creole copula ("her card na KTH/PAED/0417"), a programme's register ("Register as
MW-HIV-24-0031"); and a code of letters and eight digits or more sent alone as a chat message
("[09/03/2025, 08:02] Ravi: KRH2.0041177820"). Kept: the same words before no number ("ficha de
ingreso", "exp. date", "register as a patient"), a number too short to be a record's ("Ficha 2"),
and the measures, doses and models a chat line holds ("dolo 650", "Hb 6.8", "Omron HEM-7120").
An identity band's number after its word and number sign ("band # 5521", "armband no. 88213",
"wristband 40771"); a nurse's pay band ("Band 5", "band no. 6") and a band's other senses stay."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from medgate.privacy.text import lowered
from medgate.privacy.types import Entity, PhiType
from medgate.privacy.word_start import cue_finditer, heads, word_led

# The record's word, then its number sign or a copula ("ficha no.", "exp. #", "card na")
_CUES: Final = (
    r"ficha", r"expediente", r"exp\.?[ \t]*(?:#|n[oº°]\.?)", r"malaf", r"milaf", r"ip", r"op",
    r"card[ \t]+(?:na|ni|dey)", r"regist(?:er|ered)[ \t]+(?:as|under)",
)  # fmt: skip
_CUE_HEADS: Final = heads(_CUES)
_RECORD: Final = re.compile(
    word_led(_CUES)
    + r"(?![A-Za-z])(?i:[ \t]*(?:n[oº°]\.?|#|:)?[ \t]*)"
    # a code: digits, maybe letters, joined by dashes, slashes or dots ("00-4471", "2024/MW/1187")
    r"(?P<v>[A-Za-z0-9]+(?:[\-/.][A-Za-z0-9]+)*)(?![\w\-/]|[.,]\d)"
)
# an identity band's number: a number sign after "band", or none after an arm, wrist or ID band
_BAND: Final = re.compile(
    r"(?<![\w-])(?i:(?:(?:arm|wrist|id|ident|identity|name|baby|infant)[ \-]?band)[ \t]*(?:#|no\.?|number|num\.?|nr\.?|:)?"
    r"|band[ \t]*(?:#|no\.|number|num\.?|nr\.?))[ \t:#]*(?P<v>\d{4,9})(?![\w\-/]|[.,]\d)"
)
# (the short words that name no record without a coded number after them: "ip 20 mg", "op 3 days")
_CODED_ONLY: Final = frozenset({"ip", "op", "card", "regist"})
# A chat message that is one code and nothing else: after a sender's colon or at a line's start,
# letters and a run of eight digits or more, dotted or dashed, to the end of the line
_LONE_CODE: Final = re.compile(
    r"(?m)(?:^|(?<=:[ ]))[ \t]*(?P<v>[A-Z]{2,5}\d{0,2}[.\-/]?\d{8,14})[ \t]*$"
)


def record_cue_spans(text: str) -> list[Entity]:
    out: list[Entity] = []
    low = lowered(text)
    for m in cue_finditer(_RECORD, text, low, _CUE_HEADS):
        v = m.group("v")
        digits = sum(c.isdigit() for c in v)
        if digits < 4:
            continue  # ("Ficha 2", "exp. # 12"): a count, not a record's number
        head = low[m.start() : m.start() + 6]
        coded = "/" in v or ("-" in v and any(c.isalpha() for c in v))
        if not coded and any(head.startswith(w) for w in _CODED_ONLY):
            continue  # ("ip 2025", "registered as 1993"): a bare number after a short word
        out.append(Entity.of(PhiType.MRN, m, "v"))
    if "band" in low:
        for m in _BAND.finditer(text):
            out.append(Entity.of(PhiType.OTHER_ID, m, "v"))
    if "\n" in text or ": " in text:
        for m in _lone_codes(text):
            out.append(Entity.of(PhiType.MRN, m, "v"))
    return out


def _lone_codes(text: str) -> Iterator[re.Match[str]]:
    """`_LONE_CODE.finditer(text)`, tried only where a match can begin (the text's start, after a
    line break or after ": "), not at every character: the scan has no literal to skip to."""
    at = {0}
    for cue, step in (("\n", 1), (": ", 2)):
        i = text.find(cue)
        while i >= 0:
            at.add(i + step)
            i = text.find(cue, i + 1)
    end = 0
    for i in sorted(at):
        if i < end:
            continue  # (inside an earlier match, as finditer passes it over)
        m = _LONE_CODE.match(text, i)
        if m is not None:
            yield m
            end = m.end()
