"""Values a form gives under a label the standard recognisers do not read: the name someone is
"Known as:" or goes by, and the county, district or village of an address ("County: Will", "Barangay:
San Roque"). Whatever follows such a label on its line is the person's or the place's own. Irish and
Northern Irish addresses label their county the same way, before it: "Co. Cork", "CO. DOWN"."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.text import lowered
from medgate.privacy.types import Entity, PhiType

_LABEL: Final = re.compile(
    r"(?i:\b(?P<label>known[ \t]+as|nick[ \t]?name|a\.k\.a\.?|aka|alias|goes[ \t]+by|(?:home[ \t]+)?address"
    r"|county|parish|district"
    r"|village|town(?:ship)?|suburb|barangay|locality|neighbou?rhood)[ \t]*:[ \t]*)"
)
# up to three words of letters, one space apart; a value ends at a wider gap, a line's end or a digit
_WORD: Final = re.compile(r"[^\W\d_][\w'’.\-]*")
# "Co." before a county, not the company's "& Co. Ltd"
_IRISH_COUNTY: Final = re.compile(r"(?<![&+][ \t])\b(?:Co|CO)\.[ \t]?(?P<v>[A-Z][a-z]{2,}|[A-Z]{3,})\b(?![ \t]*(?:Ltd|LTD|Inc|INC|LLC|KG)\b)")
_KINDS: Final = {"county": PhiType.COUNTY, "parish": PhiType.COUNTY, "address": PhiType.ADDRESS,
                  "home address": PhiType.ADDRESS}
_FIELD_END: Final = re.compile(
    r"\n|[ \t]{2,}|;|\.[ \t]+(?=[A-Z][a-z]{2,})|[ \t]+(?=(?:[A-Z][\w/\-]{0,18}|Date of Birth|Next of Kin|(?:Contact|Phone|Mobile) No\.?"
    r"|Post ?[Cc]ode|Zip Code|E-?mail [Aa]ddress)[ \t]*:)"
)
# a piece of each label, one of which an ASCII text holds, lower-cased, where _LABEL matches
# (non-ASCII text is always scanned: IGNORECASE folds "ı", "ſ", "K" to "i", "s", "k")
_LABEL_WORDS: Final = ("known", "nick", "a.k.a", "aka", "alias", "goes", "address", "county", "parish", "district",
                       "village", "town", "suburb", "barangay", "locality", "neighbo")
_NOT_HOME: Final = ("email", "e-mail", "mail", "web", "ip", "mac")
_NAME_LABELS: Final = ("known", "nick", "a.k.a", "aka", "alias", "goes")


def labelled_values(text: str) -> list[Entity]:
    out = [Entity.of(PhiType.COUNTY, m, "v") for m in _IRISH_COUNTY.finditer(text)] \
        if "Co." in text or "CO." in text else []
    if ":" not in text or (text.isascii() and not any(w in lowered(text) for w in _LABEL_WORDS)):
        return out  # (most notes name none of the labels: skip the scan that starts at every word)
    for m in _LABEL.finditer(text):
        label = m.group("label").lower()
        if label.endswith("address") and text[max(0, m.start() - 8) : m.start()].lower().rstrip().endswith(_NOT_HOME):
            continue  # "email address:", "IP address:": other labels' values
        start = end = m.end()
        if label.endswith("address"):
            # an address runs to the line's end, its sentence's, a wide gap or the next field: "Address: D.No
            # 12-4-88, Brodipet 4th Lane, Guntur - 522002 Mobile: ..."
            stop = _FIELD_END.search(text, start)
            end = stop.start() if stop else len(text)
            value = text[start:end].rstrip(" ,.;")
            if value:
                out.append(Entity(PhiType.ADDRESS, start, start + len(value), value))
            continue
        for _ in range(3):
            w = _WORD.match(text, end)
            if w is None or _starts_label(text, w.end()):
                break
            end = w.end()
            if text[end - 1] == "." or text[end : end + 1] != " " or not text[end + 1 : end + 2].isalpha():
                break  # (a value ends with its sentence)
            end += 1
        end = len(text[start:end].rstrip(" .")) + start
        if end <= start:
            continue
        kind = PhiType.NAME if label.startswith(_NAME_LABELS) else _KINDS.get(label, PhiType.LOCATION)
        out.append(Entity(kind, start, end, text[start:end]))
    return out


def _starts_label(text: str, end: int) -> bool:
    """The word ending at `end` opens the next field ("County: Will Parent/Guardian: ...")."""
    return text[end : end + 1] in (":", "/")
