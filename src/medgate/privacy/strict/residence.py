"""Where someone lives, told after a residence verb in English or another language: "we live at
12 adeola odeku, off ajose", "ele mora na alvarenga peixoto 245 casa 2, jardim esperança",
"mieszkamy na piotrkowskiej 112 m. 8, łódź", "nhà ở 42/7 lê văn sỹ, phường 13", "resides at No 22
Oluwo compound, Agbowo". Chat gives addresses without a street word; what the verb introduces, up
to the first part that reads as ordinary words, is the address (with a house number) or a place."""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Final

from medgate.privacy import cues
from medgate.privacy.strict.words import FUNCTION_ZIPF, Tok
from medgate.privacy.text import lowered
from medgate.privacy.types import Entity, PhiType
from medgate.privacy.word_start import cue_finditer, heads, word_start

_MAX_PARTS: Final = 5
# nouns that label an address rather than tell a move ("Address: No. 14", "RESIDENCE: KIBERA, ...")
_LABELS: Final = frozenset({"address", "residence"})
_MAX_WORDS: Final = 6


def residence_spans(words: list[Tok], text: str) -> list[Entity]:
    out: list[Entity] = []
    if next(cue_finditer(_RESIDE_CUE, text, lowered(text), _RESIDE_HEADS), None) is None and "nhà" not in text:
        return out  # (one scan the regex engine runs in C, instead of a set lookup per word)
    starts = [w.start for w in words]
    for i, t in enumerate(words):
        if t.low not in cues.RESIDE_VERBS or i + 1 >= len(words):
            continue
        prep = words[i + 1]
        gap = text[t.end : prep.start]
        if t.low.startswith("stay"):
            if gap != " " or prep.low in cues.RESIDE_PREPS or not t.text.islower():
                continue  # ("stay in ICU", "STAY IN SR": a stay, not a home)
            pos = t.end  # "we stay taman melati": no preposition (what follows must not read as words)
        elif t.low in _LABELS and gap.strip(" \t") == ":":
            pos = text.index(":", t.end) + 1  # "Address: No. 14, 3rd Cross"
        elif prep.low in cues.RESIDE_PREPS and not gap.strip(" \t") and (t.low not in _LABELS or prep.low == "is"):
            pos = prep.end
        else:
            continue
        out.extend(_parts(words, starts, text, pos))
    return out


def locality_spans(words: list[Tok], text: str) -> list[Entity]:
    """A locality after the word for its kind, in the countries whose addresses name them: "brgy
    san isidro", "Purok 3", "phường 13", "quận 3", "Seksyen 25", "taman sri muda", "KCN Tân Tạo"."""
    out: list[Entity] = []
    if next(cue_finditer(_LOCALITY_CUE, text, lowered(text), _LOCALITY_HEADS), None) is None and not any(w in text for w in _VIETNAMESE_LOCALITIES):
        return out
    for i, t in enumerate(words):
        if t.low.rstrip(".") not in cues.LOCALITY_HEADS:
            continue
        pos = t.end + (1 if text[t.end : t.end + 1] == "." else 0)
        m = _NUMBER_AFTER.match(text, pos)
        if m:
            out.append(Entity(PhiType.LOCATION, t.start, m.end(), text[t.start : m.end()]))
            continue
        end = t.end
        for w in words[i + 1 : i + 4]:
            if text[end:w.start].strip(" .") or "\n" in text[end:w.start] or _ordinary(w):
                break
            end = w.end
        if end > t.end:
            out.append(Entity(PhiType.LOCATION, t.start, end, text[t.start : end]))
    return out


# (the words' own scans, led by a class of first letters the regex engine skips to; the
# Vietnamese words are looked for as plain substrings: one more alternation would take the lead away)
_RESIDE_WORDS: Final = sorted(w for w in cues.RESIDE_VERBS if w[:1].isascii())
_LOCALITY_WORDS: Final = sorted(w for w in cues.LOCALITY_HEADS if w[:1].isascii())
_RESIDE_CUE: Final = re.compile(word_start(_RESIDE_WORDS))
_LOCALITY_CUE: Final = re.compile(word_start(_LOCALITY_WORDS))
# (each is tried only where one of its words begins: `cue_finditer`)
_RESIDE_HEADS: Final = heads(_RESIDE_WORDS)
_LOCALITY_HEADS: Final = heads(_LOCALITY_WORDS)
_VIETNAMESE_LOCALITIES: Final = ("phường", "quận", "xã", "huyện")
_NUMBER_AFTER: Final = re.compile(r"[ \t]*\d{1,3}[A-Za-z]?\b")


def _parts(words: list[Tok], starts: list[int], text: str, pos: int) -> list[Entity]:
    out: list[Entity] = []
    for _ in range(_MAX_PARTS):
        end = _part_end(text, pos)
        lo = bisect_left(starts, pos)
        hi = bisect_left(starts, end)
        part = words[lo:hi]
        while part and part[0].low in cues.ADDRESS_LEADS:
            part = part[1:]
        lead = _titled_lead(part, text)
        if lead:
            part, end = lead, lead[-1].end  # "lives on Cape Croker now": the name, not the adverb
        begin = min([w.start for w in part[:1]] + [_first_digit(text, pos, end)])
        stop = end
        while stop > begin and not text[stop - 1].isalnum():
            stop -= 1
        if begin >= stop or len(part) > _MAX_WORDS:
            break
        digits = any(c.isdigit() for c in text[begin:stop])
        titled = bool(lead) or _titled_name(part, text)
        plain = [] if titled else [w for w in part if _ordinary(w)]
        odd = part if titled else [w for w in part if not _ordinary(w) and w.low not in cues.ADDRESS_WORDS]
        if plain or not (odd or (digits and part)):
            break  # ordinary words ("my line is ..."), or a bare number (a year)
        kind = PhiType.ADDRESS if digits else PhiType.LOCATION
        out.append(Entity(kind, begin, stop, text[begin:stop]))
        if end >= len(text) or text[end] not in ",;":
            break
        pos = end + 1
    return out


def _titled_name(part: list[Tok], text: str) -> bool:
    """Two or more words each capitalised, side by side, and not a kind of housing: a place's name
    even when its words are English ("lives on Six Nations", "lives in Long Point"); not a form's
    fields ("Hyderabad - 500095 Phone:")."""
    return (
        len(part) >= 2
        and _WORDS_ONLY.fullmatch(text, part[0].start, part[-1].end) is not None
        and all(w.text[:1].isupper() and w.text[1:].islower() for w in part)
        and part[-1].low not in _HOUSING
    )


def _titled_lead(part: list[Tok], text: str) -> list[Tok]:
    """The capitalised words that open a part whose other words are lower case ("Cape Croker" of
    "Cape Croker now", "Long Point" of "Long Point with my aunt"), when they read as a place's name
    (`_titled_name`) and are no one's pronoun or relative ("Her Sister in town"); else none."""
    k = 0
    while k < len(part) and part[k].text[:1].isupper():
        k += 1
    if k < 2 or k == len(part) or not all(w.text.islower() for w in part[k:]):
        return []
    lead = part[:k]
    if any(w.low in _NOT_PLACE_WORDS or w.low in cues.KIN for w in lead):
        return []
    return lead if _titled_name(lead, text) else []


_NOT_PLACE_WORDS: Final = frozenset({"her", "his", "my", "their", "our", "your", "its", "the", "a", "an", "i"})
_WORDS_ONLY: Final = re.compile(r"[^\W\d_]+(?:[ '’\-][^\W\d_]+)*")
# What someone may live in or on that names no place ("lives in Sheltered Housing", "Care Home")
_HOUSING: Final = frozenset({
    "home", "homes", "housing", "accommodation", "flat", "flats", "house", "apartment", "apartments",
    "facility", "unit", "floor", "estate", "own", "street", "road", "living", "care",
})  # fmt: skip


def _ordinary(w: Tok) -> bool:
    """An everyday English word that is not a word of addresses (nor a place's name)."""
    e = w.entry
    if w.low in cues.FOREIGN_FUNCTION_WORDS:
        return True  # "cep 38400-112 meu zap": the sentence goes on in another language
    if e is None or w.low in cues.ADDRESS_WORDS or len(w.low) == 1:
        return False
    return (e.english and (e.zipf >= 4.0 or e.clinical) and not e.place) or e.zipf >= FUNCTION_ZIPF


def _first_digit(text: str, pos: int, end: int) -> int:
    for k in range(pos, end):
        if text[k].isdigit():
            return k
    return end


def _part_end(text: str, pos: int) -> int:
    """The end of one comma-separated part: a comma, semicolon, line break or a sentence's full
    stop ("m. 8" and "No. 14" keep their dots), at most 60 characters on."""
    limit = min(len(text), pos + 60)
    k = pos
    while k < limit:
        c = text[k]
        if c in ",;\n!?":
            return k
        if c == "." and (k + 1 >= len(text) or text[k + 1] in " \t\n") and not _digit_next(text, k + 1):
            return k
        k += 1
    return k


def _digit_next(text: str, k: int) -> bool:
    while k < len(text) and text[k] in " \t":
        k += 1
    return k < len(text) and text[k].isdigit()
