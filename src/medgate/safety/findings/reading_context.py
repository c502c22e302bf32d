"""Whether a reading is today's: the words around a number that make it someone's usual value
("always 89%"), a value from weeks or more ago ("38 two weeks ago"), or a heart rate taken during
exercise ("hit 175 on my run"). measures.py reads the numbers; this module qualifies them."""

from __future__ import annotations

import re
from typing import Final

# ("sleepier than usual", "more than normal" compare today with the usual state: no usual value; "a normal
# birth", "a normal vaginal delivery" name the kind of birth, not the reading's usual value)
_BASELINE: Final = re.compile(
    r"\b(?<!than )(?:usual(?:ly)?|normal(?:ly)?(?! (?:(?:home|water|vaginal|hospital) )?(?:birth|delivery|labou?r"
    r"|pregnancy|vaginal))|always|baseline|at best|my normal|runs? (?:at|around)"
    r"|typically|on a good day|most days|for years"
    # the pregnancy's first visit's reading, told beside today's ("BP 146/94 (booking BP 112/70)", "118/72 at
    # booking"): NICE NG133 compares with it, it is not today's
    # (not "normotensive at booking, BP 150/95": a verdict on the booking visit, today's number after the comma)
    r"|(?<=\d )at booking|booking(?=[ \t:(=]*(?:(?:bp|blood pressure|reading|was|of|is)[ \t:(=]*)*\d))\b",
    re.I,
)
PAST: Final = re.compile(  # in the reading's own sentence: "82/50. they told him last year ..." is now
    r"[^\w.;!?\n]*(?:\w+[^\w.;!?\n]+){0,3}?(?:(?:\d+|an?|one|two|three|four|five|six|several|a few|a couple of)"
    r" (?:weeks?|months?|years?) ago|last (?:week|month|year)|in (?:19|20)\d\d)\b",
    re.I,
)

# A heart rate told during exercise: a sport or a workout in the reading's own sentence, and no word
# of rest there ("172 during my interval run"; not "165 sitting down after my run", "still 150")
_EXERCISE: Final = re.compile(
    r"\b(?:run|runs|running|ran|jog\w*|sprint\w*|work-?outs?|exercis\w*|intervals?|hiit|spin(?:ning)?(?: class)?|cycl(?:e|ing)"
    r"|bike ride|gym|training|treadmill|rowing|swim\w*|football|tennis|squash|netball|parkrun|5k|10k|marathon|race)\b",
    re.I,
)
_REST: Final = re.compile(r"\b(?:rest\w*|sitting|sat|lying|still|asleep|sleep\w*|woke|stopped|hours? later|afterwards)\b", re.I)


def is_exertion(text: str, start: int, end: int) -> bool:
    """An exercise word and no rest word in the reading's sentence, within 60 characters of it."""
    near = max(0, start - 60)
    lo = max(text.rfind(c, near, start) for c in ".;!?\n")
    ends = [i for i in (text.find(c, end, end + 60) for c in ".;!?\n") if i != -1]
    window = text[max(lo + 1, near) : min(ends) if ends else end + 60]
    return _EXERCISE.search(window) is not None and _REST.search(window) is None


def is_baseline(text: str, start: int, end: int) -> bool:
    """A usual-value word in the same clause, within 40 characters before or after the reading."""
    near = max(0, start - 40)
    lo = max(text.rfind(c, near, start) for c in ".;!?\n")  # -1: no clause end that near
    ends = [i for i in (text.find(c, end, end + 40) for c in ".;!?\n") if i != -1]
    base = max(lo + 1, near)
    window = text[base : min(ends) if ends else end + 40]
    for m in _BASELINE.finditer(window):
        # "86/50 (normally 125/80)": a usual-value word right before another number is that
        # number's, not this reading's
        digit = _DIGIT_AFTER.match(text, base + m.end())
        if digit is None or start <= digit.end() - 1 < end:
            return True
    return False


_DIGIT_AFTER: Final = re.compile(r"[^\d.;!?\n]{0,12}\d")
