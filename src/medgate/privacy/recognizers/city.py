"""Cities: "City, ST [ZIP]" lines and cue phrases ("lives in", "from", "City:").

The state is kept (not an identifier under Safe Harbor); the ZIP in the same line is a ZIP.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable, Sequence
from typing import ClassVar, Final

from medgate.privacy.cues import MONTHS
from medgate.privacy.names import ANY_NAME
from medgate.privacy.recognizers.base import Pattern, Recognizer, Span
from medgate.privacy.recognizers.common import LOWER, STATE, UPPER
from medgate.privacy.text import lowered
from medgate.privacy.types import PhiType
from medgate.privacy.vocab import CLINICAL_WORDS

CITY_WORD = rf"(?:[{UPPER}][{LOWER}]+(?:['’\-][{UPPER}{LOWER}]+)*|St\.|Ft\.|Mt\.|[A-Z]{{3,}})"
CITY = rf"{CITY_WORD}(?:[ \t]+{CITY_WORD}){{0,2}}"
ZIP = r"\d{5}(?:-\d{4})?"
CUE = (
    r"(?i:\b(?:lives|living|resides|residing|located|moved|relocated|born|raised|grew[ \t]+up|"
    r"travel(?:l?ed)?|visiting|vacation(?:ed|ing)?|home|originally)[ \t]+(?:alone[ \t]+)?"
    r"(?:(?:here[ \t]+)?(?:in|to|from|near|at)[ \t]+)|\bcity[ \t]*:[ \t]*|\bfrom[ \t]+)"
)
PROVINCE = r"(?:AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT)\b"
POSTCODE = (
    r"(?:\d{5}(?:-\d{4})?|[A-Z]{1,2}\d[A-Z\d]?[ ]\d[A-Z]{2}|[A-Z]\d[A-Z][ ]\d[A-Z]\d)(?![\w\-])"
)
# What follows a street address: ", City", "\nCity ST ZIP", ", 80331 München", "City QC H2X 3K4".
# A four-digit postcode after the town (Australia, New Zealand, South Africa: "Rotorua 3010").
POSTCODE4 = r"\d{4}(?![\w\-/:.,]\d|[\w\-/:])"
_AFTER_ADDRESS: Final = re.compile(
    rf"[ \t]*(?:,[ \t]*\n?|\n)[ \t]*(?:(?P<z1>\d{{4,5}})[ \t]+)?"
    # a suburb before the town: "Rondebosch, Cape Town 7700"
    rf"(?:(?P<s>{CITY_WORD}),[ \t]+(?={CITY}[ \t]+{POSTCODE4}))?(?P<v>{CITY})"
    rf"(?=[ \t]*(?:[,.;()\n]|$)|,?[ \t]+(?:{STATE}|{PROVINCE}|{POSTCODE}|{POSTCODE4})"
    rf"|[ \t]+[{UPPER}][{LOWER}]+:)"
    rf"(?:,?[ \t]+(?:{STATE}|{PROVINCE}))?\.?(?:,?[ \t]+(?P<z2>{POSTCODE}|{POSTCODE4}))?"
    # a lower-case town before a four-digit postcode: "17b kowhai street tokoroa 3420"
    rf"|[ \t]+(?P<l>[a-z]{{3,}}(?:[ \t][a-z]{{3,}})?)[ \t]+(?P<z3>{POSTCODE4})"
)
# "born on 12th October 1930 in Halifax", "(home, Worcester)", "Poznań, Poland"
_BORN_IN: Final = re.compile(rf"\b(?i:born)\b[^\n.;]{{0,40}}?[ \t](?i:in)[ \t]+(?P<v>{CITY})")
_HOME_COMMA: Final = re.compile(rf"\b(?i:home),[ \t]+(?P<v>{CITY})(?=[ \t]*(?:[.)\n]|$))")
_IN_PLACE: Final = re.compile(rf"(?:in|from|to|near|->|→)[ \t]+(?P<v>[{UPPER}][{LOWER}]+)\b")
_COUNTRY_AFTER: Final = re.compile(r",[ \t]+(?P<c>[A-Z][A-Za-z]+(?:[ \t][A-Z][a-z]+)?)\b")
_CITY_BEFORE: Final = re.compile(rf"(?<![\w,])(?P<v>{CITY})\Z")
_NOT_CITY = re.compile(rf"(?:{STATE})$")
_CREDENTIAL_STATE = re.compile(r"\b(?:MD|PA|DO|NP|RN)\b")
_CUE_WORDS: Final = frozenset({"from", "in", "to", "near", "at"})
_LABS: Final = frozenset({"lab", "labs", "laboratory"})


class CityRecognizer(Recognizer):
    entity: ClassVar[PhiType] = PhiType.CITY
    patterns: ClassVar[tuple[Pattern, ...]] = (
        Pattern(
            "city_state",
            rf"(?<![\w,])(?P<v>{CITY}),?[ \t]+{STATE}\.?(?:,?[ \t]+(?P<z>{ZIP}))?(?![\w\-])"
            # (not a car's registration, its province's letters first: "white Polo Vivo CA 412-889")
            r"(?![ \t]*[:#])(?![ \t]+\d{2,4}-\d{3}(?![\d\-]))",
        ),
        Pattern("cue", rf"{CUE}(?P<v>{CITY})\b(?!,?[ \t]+(?:County|Parish)\b)"),
    )

    def spans(self, m: re.Match[str], suffix: str) -> list[Span]:
        out: list[Span] = []
        zkey = "z" + suffix
        has_zip = zkey in m.re.groupindex and m.start(zkey) >= 0
        tail = m.string[m.end("v" + suffix) : m.end()]
        if not has_zip and _CREDENTIAL_STATE.search(tail):
            return []  # "Jane Roe, MD" / "John Roe, PA": a credential, not Maryland
        s, e = m.span("v" + suffix)
        words = m.group("v" + suffix).split()
        # Trim note words from the front ("Lives In Austin", "Seen At Dallas").
        while words and (words[0].title() in CLINICAL_WORDS or any(w.lower() in _CUE_WORDS for w in words[1:])):
            s = m.string.index(words[0], s) + len(words[0])  # ("TRANSFERRED FROM DURHAM NC": the city
            s += len(m.string[s:e]) - len(m.string[s:e].lstrip())  # is after the cue)
            words.pop(0)
        if words and words[0].lower() in MONTHS:
            return []  # "from July 2019": a date, not a city
        if any(w.lower() in _LABS for w in words):
            return []  # "FROM CATH LAB HAD", "to the sleep lab": a hospital's lab, no town
        if words and not _NOT_CITY.fullmatch(" ".join(words)):
            out.append((PhiType.CITY, s, e))
        if has_zip:
            out.append((PhiType.ZIP, m.start(zkey), m.end(zkey)))
        return out

    def post(self, text: str, found: Sequence[Span]) -> Iterable[Span]:
        """Cities after a street address, after "born ... in" / "home,", and before a country."""
        out: list[Span] = []
        for typ, _s, e in found:
            if typ is PhiType.ADDRESS:
                out.extend(after_address(text, e))
        low = lowered(text)
        for cue, rx in (("born", _BORN_IN), ("home,", _HOME_COMMA)):
            if cue in low:
                for m in rx.finditer(text):
                    out.extend(self._city(m))
        for m in _IN_PLACE.finditer(text):
            if m.group("v") in GAZETTEER and not (m.start() and text[m.start() - 1].isalnum()):
                out.extend(self._city(m))
        for c in _COUNTRY_AFTER.finditer(text):
            if c.group("c") in COUNTRIES:
                lo = max(0, c.start() - 40)
                before = _CITY_BEFORE.search(text[lo : c.start()])
                if before is not None:
                    out.extend((t, s + lo, e + lo) for t, s, e in self._city(before))
        out.extend(_repeats(text, [text[s:e] for t, s, e in (*found, *out) if t is PhiType.CITY]))
        return out

    def _city(self, m: re.Match[str]) -> list[Span]:
        return _city(m)


def _city(m: re.Match[str]) -> list[Span]:
    words = m.group("v").split()
    if not words or any(w.title() in CLINICAL_WORDS for w in words):
        return []
    if _NOT_CITY.fullmatch(m.group("v")):
        return []
    return [(PhiType.CITY, m.start("v"), m.end("v"))]


def after_address(text: str, end: int) -> list[Span]:
    """The city and ZIP/postcode right after a street address ending at `end`."""
    m = _AFTER_ADDRESS.match(text, end)
    if m is None:
        return []
    out = _city(m) if m.start("v") >= 0 else []
    for g in ("s", "l"):
        if m.start(g) >= 0:
            out.append((PhiType.CITY, m.start(g), m.end(g)))
    for z in ("z1", "z2", "z3"):
        if m.start(z) >= 0:
            out.append((PhiType.ZIP, m.start(z), m.end(z)))
    return out


def _countries() -> frozenset[str]:
    """Country names (faker's English list when present)."""
    try:
        from faker.providers.address.en_US import Provider
    except ImportError:  # faker absent: no country cue
        return frozenset()
    return frozenset(str(c) for c in Provider.countries)


COUNTRIES: Final = _countries()


def _gazetteer() -> frozenset[str]:
    """City names from faker's German and Polish lists (not names or note words)."""
    out: set[str] = set()
    for loc in ("de_DE", "pl_PL"):
        try:
            mod = importlib.import_module(f"faker.providers.address.{loc}")
        except ImportError:  # faker absent: no gazetteer
            return frozenset()
        out.update(str(c) for c in getattr(mod.Provider, "cities", ()) if " " not in str(c))
    return frozenset(c for c in out if c not in ANY_NAME and c.title() not in CLINICAL_WORDS)


GAZETTEER: Final = _gazetteer()


def _repeats(text: str, values: list[str]) -> list[Span]:
    """Later mentions of a city already found ("Llandeilo surgery")."""
    out: list[Span] = []
    n = len(text)
    for value in set(values):
        if len(value) < 4 or value.title() in CLINICAL_WORDS:
            continue
        i = text.find(value)
        while i >= 0:
            j = i + len(value)
            if (i == 0 or not text[i - 1].isalnum()) and (j >= n or not text[j].isalnum()):
                out.append((PhiType.CITY, i, j))
            i = text.find(value, j)
    return out
