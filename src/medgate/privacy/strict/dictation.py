"""Dictation and transcription footers: the initials or short name after "DICTATED ... BY" and
"TRANSCRIBED ... BY" ("BY KMO /"), after a job number ("JOB# 4418207/dfr"), the "AB/cd" pair of a
typist's footer after "D:" and "T:" stamps, and the initials after "by" in a report's line ("frozen
section read by QTR"). Who dictated and who typed are people; the footer's words are the cue."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.lexicon import Lexicon
from medgate.privacy.types import Entity, PhiType

# "DICTATED 01/10/25 1632 BY KMO", "Transcribed by: pjw" (up to the line's end for the "BY")
_FOOTER_BY: Final = re.compile(
    r"\b(?i:dictated|transcribed|typed|dictated[ ]and[ ]signed)\b[^\n]{0,40}?\b(?i:by)[ \t]*:?[ \t]*"
    r"(?P<v>[A-Za-z]{2,4})\b(?![.'’\-]\w)"
)
# "JOB# 6631028/tqe", "Job 33817 / KLT", "Doc #: 88123/rs"
_JOB: Final = re.compile(
    r"(?:job|Job|JOB|doc|Doc|DOC)(?<![^\W\d_]...)(?:ument|UMENT)?[ \t]*(?:#|no\.?|number)?[ \t]*:?[ \t]*\d{3,}[ \t]*/[ \t]*"
    r"(?P<v>[A-Za-z]{2,4})\b"
)
# "D: 03/02/2025 T: 03/03/2025 ... JRK/dlm": the typist's pair, in a text with such stamps
_PAIR: Final = re.compile(r"(?<![\w/])(?P<v>[A-Z]{2,4}/[a-z]{2,4})(?![\w/])")
_STAMPS: Final = re.compile(r"(?:^|[ \t])(?:D|T|DD|DT):[ \t]*\d")
# "... read at 10:41 by HJV." in a mixed-case report: initials no word list knows, ending the clause
# (not "given by QAS with relief", "40's by NBP, with")
# (led by its literal, which the engine skips to; the word start is checked after)
_BY_INITIALS: Final = re.compile(r"by[ \t]+(?P<v>[A-Z]{2,4})(?=[ \t]*(?:[.;]|\n|\Z))(?![.]\w)")
_WORDS: Final = "the and for via per phone fax pt pts rn md do np pa dr mr mrs ms ems ct mri pcr iv po im"
_NOT_INITIALS: Final = (
    cues.TITLES | cues.CREDENTIALS | cues.UNITS | cues.SHORTHAND | cues.DEPARTMENTS | frozenset(_WORDS.split())
)


# what each footer's match holds, as written (cheap gates before the scans)
_FOOTER_WORDS: Final = ("ictated", "ICTATED", "ranscribed", "RANSCRIBED", "yped", "YPED")
_JOB_WORDS: Final = ("job", "Job", "JOB", "doc", "Doc", "DOC")  # (then a number and a slash)


def _initials(v: str, lex: Lexicon, strict_word: bool) -> bool:
    low = v.lower()
    if low in _NOT_INITIALS:
        return False
    e = lex(low)
    if strict_word:  # only the cue "by": no word, abbreviation or clinical term the lists know
        return not (e.english or e.clinical) and e.zipf < 2.0
    return not (e.english and e.zipf >= 4.5 and not v.isupper())


def dictation_spans(text: str, lex: Lexicon) -> list[Entity]:
    out: list[Entity] = []
    if any(k in text for k in _FOOTER_WORDS):
        out.extend(Entity.of(PhiType.NAME, m, "v") for m in _FOOTER_BY.finditer(text) if _initials(m.group("v"), lex, False))
    if "/" in text:
        if any(k in text for k in _JOB_WORDS):
            out.extend(Entity.of(PhiType.NAME, m, "v") for m in _JOB.finditer(text) if _initials(m.group("v"), lex, False))
        if ("D:" in text or "T:" in text) and _STAMPS.search(text) is not None:
            out.extend(Entity.of(PhiType.NAME, m, "v") for m in _PAIR.finditer(text))
    if "by " in text and not text.isupper():
        out.extend(
            Entity.of(PhiType.NAME, m, "v")
            for m in _BY_INITIALS.finditer(text)
            if (m.start() == 0 or not text[m.start() - 1].isalnum()) and _initials(m.group("v"), lex, True)
        )
    return out
