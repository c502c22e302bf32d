"""The recogniser contract: patterns plus validation hooks, compiled together by the engine.

A recogniser declares `patterns` (and `scans`, run as separate searches whose matches join
the combined pass's spans). A pattern's regex may name groups; `v` (and `w`) mark the
identifier inside a wider match (label cues such as "MRN: 12345" match the label too). The engine
renames groups per pattern so that every pattern can live in ONE combined regex. `spans` turns a
match into identifier spans (default: the `v`/`w` groups, else the whole match, each passing
`validate`); an empty result rejects the match and the engine tries the next pattern there.
`post` runs once per text after the combined pass (names use it for dictionaries and propagation).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import ClassVar

from medgate.privacy.types import PhiType

Span = tuple[PhiType, int, int]

_GROUP = re.compile(r"\(\?P([<=])([a-z]+)(>?)")


@dataclass(frozen=True, slots=True)
class Pattern:
    """A named regex; groups named `v`/`w` hold the identifier."""

    name: str
    regex: str
    # For `scans` only: substrings (case-insensitive) of which one must occur for the scan to run.
    cues: tuple[str, ...] = ()
    # For `scans` only: the match starts where a cue does, at a word start ("Unit 3/27 ...", "as
    # bigdaz_1978"); the engine finds the cues with str.find and tries the regex only there,
    # instead of at every position of the text.
    anchored: bool = False
    # For `scans` only: the label words (lower case, one or two words) that end right before a
    # colon; the engine finds the colons with str.find and tries `regex` only where such a label
    # starts ("Surname: Roe", "policy holder: Jane Roe").
    colon_labels: frozenset[str] = frozenset()
    # For `scans` only: the lower-case literals one of which every match begins with, anywhere in
    # a word ("thank", "-"); where the cues let the scan run, the engine tries the regex only where
    # `str.find` sees one (`word_start.cue_finditer`), not at every position.
    heads: tuple[str, ...] = ()
    # For `patterns` only: a regex with a match that starts after the start of every match of the
    # pattern, on its line ("@" for an address; matches of it found one after another, so none may
    # hide inside another). The combined pass leaves the pattern out of its alternations and tries
    # it alone, in its turn, only where one follows on the line (a credential's lookahead costs
    # every capitalised word of a note otherwise).
    line_needs: str = ""


class Recognizer:
    """Base of every recogniser. Subclasses set `entity` and `patterns`, and may override hooks."""

    entity: ClassVar[PhiType]
    patterns: ClassVar[tuple[Pattern, ...]] = ()
    # Rare shapes with a distinctive first character ("(91)", "Hi Jo,") scanned on their own:
    # the regex engine skips to that character, which the combined alternation cannot do.
    scans: ClassVar[tuple[Pattern, ...]] = ()
    value_groups: ClassVar[tuple[str, ...]] = ("v", "w")

    def validate(self, value: str, text: str, start: int) -> bool:
        """False drops a candidate value (checksums, impossible ranges, deny-lists)."""
        return True

    def entity_for(self, value: str, text: str, start: int, end: int) -> PhiType:
        """The type of an accepted value (a phone followed by "(fax)" is a FAX)."""
        return self.entity

    def spans(self, m: re.Match[str], suffix: str) -> list[Span]:
        """Identifier spans in one match of this recogniser's pattern (groups end in `suffix`)."""
        text = m.string
        out: list[Span] = []
        named = False
        for g in self.value_groups:
            key = g + suffix
            if key not in m.re.groupindex:
                continue
            named = True
            s, e = m.span(key)
            if s < 0 or s == e:
                continue
            value = text[s:e]
            if self.validate(value, text, s):
                out.append((self.entity_for(value, text, s, e), s, e))
        if not named:
            s, e = m.span()
            if self.validate(text[s:e], text, s):
                out.append((self.entity_for(text[s:e], text, s, e), s, e))
        return out

    def post(self, text: str, found: Sequence[Span]) -> Iterable[Span]:
        """Extra spans found after the combined pass (default: none)."""
        return ()


def rename_groups(regex: str, suffix: str) -> str:
    """Give every named group a per-pattern suffix so patterns can share one regex."""
    return _GROUP.sub(lambda m: f"(?P{m.group(1)}{m.group(2)}{suffix}{m.group(3)}", regex)


def has_digit(value: str) -> bool:
    return any(c.isdigit() for c in value)


def luhn_valid(digits: str) -> bool:
    """Luhn checksum over a string of digits."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = ord(ch) - 48
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


# A date (a day, month or year first: "773-19-02" is a unit number), a blood pressure or a
# decimal ("140/60", "98.9"): what a label's value is not for an ID label.
_DATE_SHAPE = re.compile(
    r"(?:\d{4}|[0-3]?\d)[/\-.][0-3]?\d(?:[/\-.]\d{2,4})?|\d{2,3}/\d{2,3}|\d+[.,]\d+|\d{3}-\d{2}-\d{4}"
)  # (and a US SSN's shape: the SSN recogniser names it)


def id_like(value: str) -> bool:
    """An identifier value after a label: has a digit and is not a date or a measurement."""
    return has_digit(value) and _DATE_SHAPE.fullmatch(value) is None
