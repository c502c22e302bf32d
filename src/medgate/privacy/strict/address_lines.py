"""The lines that finish an address written over several lines, as a letter's heading sets it out:
the town on the line after the street or box ("PO Box 2231-00100" / "Kisumu"), and a four- or
five-digit postcode on a line of its own after the town ("18 Kloof Street" / "Gardens" / "8001",
South Africa, Australia, Kenya). The street is found; the lines after it would still narrow
where the person lives."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.lexicon import Lexicon
from medgate.privacy.recognizers.common import STATE_CODES, STATE_NAMES
from medgate.privacy.types import Entity, PhiType

# after the address's last character: the rest of its line, then a town alone on the next line
# and/or a postcode alone on the line after (or after the town on the same line)
_TAIL: Final = re.compile(
    r"[ \t]*,?[ \t]*\n[ \t]*(?:(?P<town>[A-Z][a-z'’\-]+(?:[ \t][A-Z][a-z'’\-]+){0,2})[ \t]*,?[ \t]*(?=\n|$))?"
    r"(?:\n?[ \t]*(?P<code>\d{4,5})[ \t]*(?=\n|$))?"
)
_YEAR: Final = re.compile(r"19\d\d|20[0-4]\d")
# the first words of a letter after its heading: no town
_NOT_TOWN: Final = frozenset({"dear", "re", "to", "from", "date", "ref", "subject", "attn", "attention"})


def address_tails(text: str, found: list[Entity], lex: Lexicon) -> list[Entity]:
    if "\n" not in text:
        return []
    out: list[Entity] = []
    for e in found:
        if e.type is not PhiType.ADDRESS or not (m := _TAIL.match(text, e.end)):
            continue
        town = m.group("town")
        if town and _town(town, lex):
            out.append(Entity(PhiType.CITY, m.start("town"), m.end("town"), town))
        elif town:
            continue  # (a heading or a sentence's first word: the address ended on the line before)
        if m.group("code") and (town or not _YEAR.fullmatch(m.group("code"))):  # (a year alone: no postcode)
            out.append(Entity.of(PhiType.ZIP, m, "code"))
    return out


# the words right before a postcode, after a comma or at a line's start: "..., Partick, Glasgow G11 6TA"
_TOWN_BEFORE: Final = re.compile(r"(?:^|(?<=,)|(?<=\n))[ \t]*(?P<town>[A-Z][a-z'’\-]+(?:[ \t][A-Z][a-z'’\-]+){0,2})[ \t]*,?[ \t]*\Z")


def towns_before_postcodes(text: str, found: list[Entity], lex: Lexicon) -> list[Entity]:
    """The town written right before a postcode found, when a comma or a line sets it apart: the
    recognisers read one town after the street, and a district may stand between them."""
    out: list[Entity] = []
    for e in found:
        m = _TOWN_BEFORE.search(text, max(0, e.start - 40), e.start) if e.type is PhiType.ZIP else None
        if m and (_town(m.group("town"), lex) or lex(m.group("town").split()[-1].lower()).place):
            out.append(Entity.of(PhiType.CITY, m, "town"))
    return out


def _town(words: str, lex: Lexicon) -> bool:
    """A town's name, not a plain English or clinical word ("Dear", "Diagnosis", "Allergies")."""
    first = words.split()[0].lower()
    if first in _NOT_TOWN:
        return False
    return any(not (entry := lex(w)).english and not entry.clinical for w in words.split())


# after an address found, on the same line: a comma, then a district's or town's words (three at
# most, an area's word before them allowed: "kec.", "co", "phường"), maybe a postcode after them,
# then a comma, a sentence's end or the line's end
_NEXT_PART: Final = re.compile(
    r"[ \t]*,[ \t]*(?P<town>(?:[^\W\d_]{1,4}\.(?=[ \t]+[^\W\d_])|[^\W\d_][\w'’\-]*)"
    r"(?:[ \t]+(?:[^\W\d_]{1,4}\.(?=[ \t]+[^\W\d_])|[^\W\d_][\w'’\-]*)){0,2}?)"
    r"(?P<code>[ \t]+[^\W_]*\d[\w\-]*(?:[ \t][^\W_]*\d\w*)?)?(?=[ \t]*(?:[,;:!?)\n]|\.(?:\s|\Z)|\Z))"
)
_PROVINCES: Final = "QC|ON|BC|AB|MB|SK|NS|NB|NL|PE|YT|NT|NU|NSW|VIC|QLD|TAS|ACT"
_STATE: Final = re.compile(rf"(?i:{STATE_NAMES}|{STATE_CODES}|{_PROVINCES})")
_LAST_STATE: Final = re.compile(rf"[ \t]+(?i:{STATE_CODES}|{_PROVINCES})\Z")
# words that open no town: a code's label, a unit, a sentence's next clause
_NOT_A_TOWN_WORD: Final = frozenset({
    "cep", "zip", "pin", "postcode", "post", "eircode", "tel", "ph", "phone", "mobile", "cell", "email",
    "apt", "flat", "unit", "floor", "dob", "mrn", "nhs", "and", "but", "then", "with", "near", "opposite",
})  # fmt: skip
# an area's word before its name: no evidence of a town by itself
_AREA_WORDS: Final = frozenset({
    "kel.", "kec.", "kab.", "kel", "kec", "kab", "desa", "kota", "co", "co.", "county", "phường", "quận", "p.",
    "q.", "tp", "tp.", "brgy", "brgy.", "barangay", "sector", "dist", "dist.", "district", "st", "st.",
})  # fmt: skip


def towns_after_addresses(text: str, found: list[Entity], lex: Lexicon) -> list[Entity]:
    """The districts and town after the last comma of an address found ("..., jardim américa,
    ribeirão preto, cep ...", "..., cầu giấy, hà nội."): each part a few words that are no
    English (unless a place's) or clinical words, up to the first part that is not one."""
    out: list[Entity] = []
    if "," not in text:
        return out
    starts = sorted((e.start, e.end) for e in found)
    for e in found:
        if e.type is not PhiType.ADDRESS or text[e.end : e.end + 3].lstrip(" \t")[:1] != ",":
            continue
        pos = e.end
        while m := _NEXT_PART.match(text, pos):
            s, t = m.span("town")
            if _STATE.fullmatch(text, s, t):
                break  # a state or province is no identifier (Safe Harbor keeps it)
            if (last := _LAST_STATE.search(text, s, t)) is not None:
                t = last.start()  # "Springfield MN 55401", "sherbrooke qc j1h 3k8": the town
            if _town_part(text[s:t], lex):
                out.append(Entity(PhiType.CITY, s, t, text[s:t]))
            elif not any(a < t and s < b for a, b in starts):
                break  # (a part found already, by its other words: passed over)
            pos = m.end()
    return out


def _town_part(words: str, lex: Lexicon) -> bool:
    ws = [w.lower() for w in words.split()]
    if ws[0] in _NOT_A_TOWN_WORD:
        return False
    named = [w for w in ws if w not in _AREA_WORDS]
    if not named:
        return False
    entries = [lex(w.rstrip(".")) for w in named]
    # no common English word: "behind the school", "in Aurora", "Medical Park" are no town
    if any(x.clinical or (x.english and not x.place and x.zipf >= (5.0 if x.name else 4.5)) for x in entries):
        return False
    return any(not x.english or x.place for x in entries)
