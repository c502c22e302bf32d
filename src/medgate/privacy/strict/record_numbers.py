"""Numbers told by the word before them that no other rule reads: a room's number ("rm 9C", "RM.
1207A", "room 7", "chambre 312", "habitación 14": i2b2 labels a room as a location, and where a
patient lies says who they are to anyone on the ward), and the number of a record, document
or pass after its label and "No" ("OPD NO: 4412/23", "VISITOR PASS NO 5530", "police case no.
88/3/2025", "folder No 77120"), and a pager's after "paged" or "paging" ("paged 5521", "paged @ 4417", not
the time in "paged 0325"). Beds and bays stay: the labelled sets keep "bed 12" eight times to once,
and a bed says less than a room (its ward is unnamed)."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.strict.numbers import UNITS_AFTER
from medgate.privacy.text import lowered
from medgate.privacy.types import Entity, PhiType
from medgate.privacy.word_start import word_start

# (rooms in the languages the labelled sets are written in; "sala" and "oda" stay: a ward, a word)
_ROOM_WORDS: Final = ("room", "rm", "chambre", "habitación", "habitacion", "quarto", "zimmer", "kamer", "stanza")
_ROOM: Final = re.compile(
    word_start(_ROOM_WORDS)
    + r"\b(?i:\.?[ \t]*(?:no\.?[ \t]*|number[ \t]+)?[:#]?[ \t]*)"
    r"(?P<v>[A-Za-z]?-?\d{1,4}[A-Za-z]?)(?![\w\-/]|[.,]\d)"
)
# a count of time or distance after the number: how long or how far, not which room ("room 2 mins away")
_SPAN_AFTER: Final = re.compile(r"(?i:[ \t]*(?:mins?|minutes?|hrs?|hours?|days?|wks?|weeks?|times|ft|feet|m)\b)")
# a patient "in" a room with a letter, as a team's chat places them ("is the pt in 22C going"); not
# litres ("pt in 2L"), and a bed's bare number stays
_PATIENT_IN_ROOM: Final = re.compile(
    r"\b(?i:pt|patient|lady|gentleman|gent|man|guy|woman)[ \t]+in[ \t]+(?P<v>\d{1,3}[A-KM-Z])(?![\w\-/])"
)
_IN_ROOM_SHAPE: Final = re.compile(r"[ \t]in[ \t]+\d{1,3}[A-KM-Z]")
_PAGED: Final = re.compile(word_start(["paged", "paging", "bleeped"]) + r"(?i:[ \t]+(?:on[ \t]+|[#@][ \t]*)?)(?P<v>\d{4,5})\b(?![.,/:]\d)")
_CLOCK: Final = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d")
# "No", "NO", "No.", "no:" after a word, then an identifier with three digits or more (found from
# the "No": a literal the engine skips to; the label before it is read back in Python)
_NUMBER_SIGN: Final = re.compile(
    # (led by its N or n, which the regex engine skips to: the word before is read back from after it)
    # ("bht no is 23/4418": "no is" names the number as a colon would; English never says it)
    r"(?P<no>[Nn](?<=[A-Za-z][ \t].)(?:(?<=N)[Oo]|(?<=n)o|[°º]))(?P<p>\.?[ \t]*[:#]|\.|[ \t]+is(?=[ \t]))?[ \t]*"
    r"(?P<v>[A-Za-z]{0,5}[\-/]?\d[\w\-/]*\d(?:[A-Za-z]{1,3})?)(?![\w\-/]|[.,]\d)"
)
# A code of letters, a year or a short number, and a serial, slashed ("OG/24/8812", "lp/2023/0457"):
# a file's or a letter's reference (a clinical slash list has letters between its slashes). Lower-case
# letters only before a year. Found from its first slash (the letters before it are read back).
_SLASHED_CODE: Final = re.compile(r"/(?P<y>\d{2,4})/\d{2,6}(?![\w/\-]|[.,]\d)")
_CODE_LETTERS: Final = re.compile(r"(?<![\w/\-.])[A-Za-z]{1,5}\Z")
_LABEL_BEFORE: Final = re.compile(r"([A-Za-z][A-Za-z\-]{1,14})[ \t]+\Z")
# where a number is a place's or a count's, not a record's: a bed stays (see above); a phone is the
# phone rules'; "has no 3" is English
_NOT_RECORD: Final = frozenset({
    "bed", "cot", "bay", "ward", "tel", "phone", "mobile", "cell", "fax", "contact", "house", "flat", "unit",
    "and", "or", "but", "is", "was", "has", "had", "have", "with", "the", "of", "to", "yes", "answer", "say",
    "said", "says", "dose", "doses", "tabs", "tablet", "tablets", "size", "grade", "stage", "type", "level",
    "week", "weeks", "day", "days", "cycle", "gravida", "para", "round", "page", "pages",
})  # fmt: skip
# a lower-case "no" without its dot or colon names a number only after a record's word ("ip no 2231")
_RECORD_WORDS: Final = frozenset({
    "ip", "op", "ipd", "opd", "uhid", "hosp", "hospital", "file", "folder", "case", "record", "records", "reg",
    "registration", "admission", "adm", "pass", "card", "ticket", "receipt", "docket", "chart", "cas", "ref",
    "claim", "policy", "patient", "pt", "serial", "sl", "bill", "voucher", "token", "mrd", "ot", "lab", "sample",
})  # fmt: skip


def record_number_spans(text: str) -> list[Entity]:
    out: list[Entity] = []
    low = lowered(text)
    if any(w in low for w in _ROOM_WORDS):
        for m in _ROOM.finditer(text):
            if not (UNITS_AFTER.match(text, m.end()) or _SPAN_AFTER.match(text, m.end())):
                out.append(Entity.of(PhiType.LOCATION, m, "v"))
    if _IN_ROOM_SHAPE.search(text):  # (what every match holds, led by a literal the engine skips to)
        for m in _PATIENT_IN_ROOM.finditer(text):
            out.append(Entity.of(PhiType.LOCATION, m, "v"))
    if "paged" in low or "paging" in low or "bleeped" in low:
        for m in _PAGED.finditer(text):
            if not _CLOCK.fullmatch(m.group("v")):  # ("paged 0325": when, not which pager)
                out.append(Entity.of(PhiType.PHONE, m, "v"))
    if "/" in text:
        for m in _SLASHED_CODE.finditer(text):
            letters = _CODE_LETTERS.search(text, max(0, m.start() - 6), m.start())
            if letters is None:
                continue
            year = len(m.group("y")) == 4 and m.group("y")[:2] in ("19", "20")
            if letters.group().isupper() or year:
                out.append(Entity(PhiType.OTHER_ID, letters.start(), m.end(), text[letters.start() : m.end()]))
    if " no" not in low and " n°" not in low and " nº" not in low:
        return out
    for m in _NUMBER_SIGN.finditer(text):
        v = m.group("v")
        if sum(c.isdigit() for c in v) < 3 or UNITS_AFTER.match(text, m.end()):
            continue
        label = _LABEL_BEFORE.search(text, max(0, m.start() - 16), m.start())
        if label is None:
            continue
        word = label.group(1).lower()
        if word in _NOT_RECORD:
            continue
        if m.group("no") == "no" and not m.group("p") and word not in _RECORD_WORDS:
            continue  # ("she has no 300 to spare"): English "no"
        out.append(Entity(PhiType.OTHER_ID, m.start("v"), m.end("v"), v))
    return out
