"""Dates in the shapes Spanish, Portuguese, Tagalog and Scandinavian writers use that the other
date rules miss: the month written first in Tagalog ("Agosto 14, 2023", "Disyembre 3"), a chat's
month abbreviation before the day ("okt 9", "dic 24", "mrt 3"); the legal form "a los 3 días del
mes de marzo de 2024" ("aos 9 dias do mês de maio"); and a bare day of the month after "el", "sa",
"le" where the sentence says something is due on it (a birthday, a flight, an appointment: "vuelo
el 12", "birthday nya sa 9"); and an age in brackets with its short word after a birth date
("(87 a.)", "(87 años)")."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.strict.numbers import UNITS_AFTER
from medgate.privacy.text import lowered
from medgate.privacy.types import Entity, PhiType
from medgate.privacy.word_start import word_start

_DAY: Final = r"(?:[1-9]|[12]\d|3[01])(?![\w.:/\-]?\d)"
# Tagalog months (closed class) and month abbreviations English does not use ("okt", "ene", "dic")
_TAGALOG_MONTHS: Final = ("enero", "pebrero", "marso", "abril", "mayo", "hunyo", "hulyo", "agosto", "setyembre",
                          "oktubre", "nobyembre", "disyembre")
_ABBREVIATIONS: Final = ("okt", "ene", "abr", "dic", "dez", "mrt", "mei", "maj", "des")
_MONTH_FIRST: Final = re.compile(
    word_start(list(_TAGALOG_MONTHS + _ABBREVIATIONS))
    + rf"\.?[ ](?P<d>{_DAY})(?:st|nd|rd|th)?(?P<y>,?[ ](?:19|20)\d\d)?\b"
)
# "des" is also the French plural article ("des 20 patients"): a date only with its year
_ARTICLE_LIKE: Final = frozenset({"des"})
_MONTHS_ES_PT: Final = (
    r"enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre"
    r"|janeiro|fevereiro|março|marco|maio|junho|julho|setembro|outubro|novembro|dezembro"
)
_LEGAL: Final = re.compile(
    rf"(?i:\b(?:(?:a[ ]los|aos|al|ao)[ ])?(?:\d{{1,2}}|primer|un|primeiro)[ ](?:días?|dias?)[ ](?:del|do)[ ]"
    rf"(?:mes|mês)[ ]de[ ](?:{_MONTHS_ES_PT})(?:[ ](?:de|del)[ ](?:(?:año|ano)[ ])?\d{{4}})?)"
)
# a bare day after a preposition, where the sentence tells of an event set for a day
# (found from the day's digit, the word read back: digits are rarer than these letters)
_BARE_DAY: Final = re.compile(
    r"\d(?<=(?<![\w])(?:el|sa|le|El|Sa|Le)[ ]\d)\d?(?![\w.,:/\-]\d|[\w%])"
)
# (a month word a date may start with, after a space or at a line's start: cheap to look for first)
_MONTH_CUES: Final = tuple(f" {w}" for w in _TAGALOG_MONTHS + _ABBREVIATIONS) + tuple(
    f"\n{w}" for w in _TAGALOG_MONTHS + _ABBREVIATIONS
)
_EVENT_CUE: Final = re.compile(
    r"(?i:\b(?:cumpleaños|cumple|birthday|bday|kaarawan|cita|turno|vuelo|llego|llega|llegamos|viajo|viaja|regreso"
    r"|regresa|vuelvo|vuelve|sale|salgo|flight|fly|arrive|arrives|arriving|anniversaire|rendez-vous|rdv|boda|fiesta"
    r"|cesárea|cesarea|cirugía|cirugia|operación|operacion|aniversário|aniversario|consulta|uwi|alis|dating)\b)"
)
_AFTER_DAY: Final = re.compile(
    r"[ ]?(?i:años|anos|ans|taon|years?|yrs?|pesos|dólares|dolares|horas|hrs?|días|dias|jours|semanas|weeks?"
    r"|meses|months?|veces|times|pm|am|de|del|y[ ]medio|piso|floor|cama|bed|room|cuarto|sala)\b"
)
_AGE: Final = re.compile(r"\((?P<v>\d{1,3})[ ](?:a\.|años|anos|ans)\)")


def latin_date_spans(text: str) -> list[Entity]:
    out: list[Entity] = []
    low = lowered(text)
    month = any(c in low for c in _MONTH_CUES) or low.startswith(_TAGALOG_MONTHS + _ABBREVIATIONS)
    for m in _MONTH_FIRST.finditer(text) if month else ():
        word = m.group().split(None, 1)[0].rstrip(".").lower()
        if (word in _ARTICLE_LIKE and m.group("y") is None) or UNITS_AFTER.match(text, m.end()):
            continue
        out.append(Entity.of(PhiType.DATE, m))
    if " mes " in text or " mês " in text:
        for m in _LEGAL.finditer(text):
            out.append(Entity.of(PhiType.DATE, m))
    if " el " in low or " sa " in low or " le " in low or low.startswith(("el ", "sa ", "le ")):
        for m in _BARE_DAY.finditer(text):
            if not 1 <= int(m.group()) <= 31:
                continue
            if UNITS_AFTER.match(text, m.end()) or _AFTER_DAY.match(text, m.end()):
                continue
            if _EVENT_CUE.search(_sentence(text, m.start(), m.end())):
                out.append(Entity.of(PhiType.DATE, m))
    if " a.)" in text or "años)" in text or "anos)" in text or "ans)" in text:
        for m in _AGE.finditer(text):
            out.append(Entity.of(PhiType.AGE, m, "v"))
    return out


_SENTENCE_END: Final = re.compile(r"[.;!?\n]")


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence (or chat line) around `start`-`end`, at most 120 characters each side."""
    lo = max(0, start - 120)
    before = [m.end() for m in _SENTENCE_END.finditer(text, lo, start)]
    after = _SENTENCE_END.search(text, end, end + 120)
    return text[before[-1] if before else lo : after.start() if after else end + 120]
