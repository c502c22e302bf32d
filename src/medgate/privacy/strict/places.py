"""Where a place stands: after "transferred to / lives in / works for" (and bare "to/at/on" before
a ward number or a short unknown upper-case name), in a facility's name ("Holy Cross Hospital",
"X General", "University of X"), a saint's name, a named ward ("Kestrel ward")."""

from __future__ import annotations

from typing import Final

from medgate.privacy import cues
from medgate.privacy.lexicon import Lexicon
from medgate.privacy.lexicon import flags as F
from medgate.privacy.strict.words import (
    FUNCTION_ZIPF,
    ROLE_WORDS,
    SAFE,
    WEAK_ZIPF,
    Tok,
    adjacent,
    clinical_noun,
    place_word,
    short_caps_name,
    ward,
)


def mark_places(lex: Lexicon, words: list[Tok], text: str, mixed: bool) -> None:
    """Mark the words that name a place: after a place cue, in a facility's name, a saint's name,
    a named ward."""
    low = text.lower()
    head_first = any(h in low for h in cues.HEAD_FIRST_FACILITIES)  # (rare: once per text)
    for i, t in enumerate(words):
        if t.low in _CUE_WORDS:  # (the only words it can act on: one set lookup for the rest)
            _after_place_cue(lex, words, i, text, mixed)
        if t.low in _EMPLOYER_PREPS and i > 0:
            if mixed:
                _employer_after(words, i, text)
            else:
                _employer_in_chat(words, i, text)
        if t.low not in _TRIGGERS and not head_first:
            continue  # (one set lookup for most words instead of the chain below)
        if t.low in cues.FACILITY_HEADS and t.low not in cues.FACILITY_NAME_WORDS:
            _facility_before(words, i, text, mixed)
        elif t.low in cues.SCHOOL_HEADS and i > 0 and adjacent(text, words, i, i - 1):
            _school_before(words, i, text, mixed)
        elif (
            t.low in ("memorial", "general", "regional")
            and i > 0
            and adjacent(text, words, i, i - 1)
        ):
            w = words[i - 1]  # "Union Memorial", "HARFORD MEMORIAL", "MERCY GENERAL"
            if (
                w.entry is not None
                and w.entry.zipf < FUNCTION_ZIPF
                and w.low not in cues.UNITS
                and (t.low == "memorial" or not (w.entry.clinical or w.entry.zipf >= 4.5))
            ):
                for x in (w, t):
                    x.hit, x.place, x.why = True, True, "facility name"
        elif (
            t.low in ("st", "saint", "ste")
            and i + 1 < len(words)
            and adjacent(text, words, i, i + 1)
        ):
            w = words[i + 1]  # "st aidan's", "St. Brigid's", "Saint Jude"
            we = w.entry
            if (
                we is not None
                and not we.clinical
                and not (we.english and we.zipf >= 4.0)
                and (we.flags & (F.FIRST | F.LAST) or w.verdict != SAFE
                     or (w.text[:1].isupper() and w.text[1:].islower() and not we.english))  # "St. Aldric's"
            ):
                for x in (t, w):
                    x.hit, x.place, x.why = True, True, "saint's name"
        elif t.low in cues.NAMED_AREAS and i > 0 and adjacent(text, words, i, i - 1):
            w = words[i - 1]  # "Kestrel ward", "Rowan unit", "Halloran wing"
            we = w.entry
            titled = mixed and w.text[:1].isupper() and w.text[1:].islower()
            # in an ALL-CAPS note: "WARATAH WARD", "BIRCH UNIT" (not "CARE UNIT", "RENAL WARD")
            caps = not mixed and w.text.isupper() and t.text.isupper() and w.low not in cues.DEPARTMENTS
            if (
                (titled or caps)
                and we is not None
                and not we.clinical
                and w.low not in cues.UNITS
                and we.zipf < (WEAK_ZIPF if titled else _CAPS_AREA_ZIPF)
            ):
                w.hit, w.place, w.why = True, True, f"before {t.low!r}"
        elif t.low in cues.SMALL_FACILITIES and i > 0 and adjacent(text, words, i, i - 1):
            _small_facility(words, i, text, mixed)  # "Castlegate Surgery", "at little acorns nursery"
        elif t.low in cues.PRACTICE_HEADS and i > 0 and adjacent(text, words, i, i - 1):
            _practice_before(lex, words, i, text, mixed)  # "Kernwood Cardiology", "at lakeshore endoscopy"
        elif head_first and t.low.endswith(cues.HEAD_FIRST_FACILITIES):
            _named_after(words, i, text)  # "Huisartsenpraktijk De Linde", "Kreiskrankenhaus Celle"
        elif t.low in cues.WORK_WORDS and (
            text[t.end : t.end + 3].lstrip(" \t")[:1] in ("(", ":")
            or (t.low == "work" and i > 0 and words[i - 1].low == "at" and text[t.end : t.end + 3].strip() == "-")
        ):
            _named_after(words, i, text)  # "my work (Harlan Freight)", "Employer: Magazine Luiza", "AT WORK - X"
        elif (
            (
                t.low in ("university", "univ", "u")
                and i + 2 < len(words)
                and words[i + 1].low == "of"
            )
            and adjacent(text, words, i, i + 1)
            and adjacent(text, words, i + 1, i + 2)
        ):
            for x in words[i : i + 3]:  # "University of Maryland", "U OF MD"
                x.hit, x.place, x.why = True, True, "facility name"


_EMPLOYER_PREPS: Final = frozenset({"for", "at", "of"})


def _employer_after(words: list[Tok], i: int, text: str) -> None:
    """An employer's capitalised name after a job or a way of working: "a bus driver for
    Lakeshore Transit", "now work remotely for Lumen & Thistle", "the Lisbon office of Meridian
    Actuarial" (mixed-case text only: in ALL CAPS every word is capitalised)."""
    t = words[i]
    k = i - 1
    if words[k].low in cues.WORK_MANNER and k > 0:
        k -= 1
    prev = words[k].low
    if t.low == "of":
        if prev not in cues.EMPLOYER_PARTS:
            return
    elif prev not in cues.JOB_WORDS and prev not in cues.WORK_VERBS and prev != "work":
        return
    name: list[Tok] = []
    for j in range(i + 1, min(i + 5, len(words))):
        w = words[j]
        gap = text[words[j - 1].end : w.start]
        if gap not in (" ", " & ") or not (w.text[:1].isupper() and w.text[1:].islower()):
            break
        e = w.entry
        if e is None or w.eponym or w.low in cues.UNITS or e.zipf >= FUNCTION_ZIPF or w.low in cues.TITLES:
            break
        if not name and e.clinical and not e.name:
            break  # (a clinical word may follow the name's first word: "Lakeshore Transit")
        name.append(w)
    if name and not (len(name) == 1 and name[0].entry is not None and name[0].entry.english
                     and name[0].entry.zipf >= 3.5):
        for w in name:
            w.hit, w.place, w.why = True, True, "employer"


def _town_after_in(words: list[Tok], j: int, text: str) -> bool:
    """After "in"/"near", a town's name, not the first word of a service or a setting ("in
    Interventional Radiology", "in Neuro ICU", "in Fio2")."""
    w = words[j]
    if len(w.text) < 4 or text[w.end : w.end + 1].isdigit():
        return False
    if j + 1 < len(words) and adjacent(text, words, j, j + 1):
        nxt = words[j + 1]
        if (
            nxt.low in cues.UNITS or nxt.low in cues.DEPARTMENTS or nxt.low in cues.PRACTICE_HEADS
            or nxt.low in _SERVICE_WORDS or clinical_noun(nxt)
        ):  # fmt: skip
            return False
    return True


_SERVICE_WORDS: Final = frozenset({"opd", "ipd", "dept", "department", "service", "services", "team", "teams"})


def _employer_in_chat(words: list[Tok], i: int, text: str) -> None:
    """An employer after a job or a way of working in lower-case chat: "i work nights at the
    amazon warehouse", "im on lates at sainsburys", "pharmacist at boots in ..." (up to three words
    that are not everyday English, stopping at the kind of place: "warehouse", "store")."""
    k = i - 1
    while k > 0 and words[k].low in cues.WORK_MANNER:
        k -= 1
    prev = words[k].low
    shift = k < i - 1  # "on lates at": a shift names the work
    if prev not in cues.JOB_WORDS and prev not in cues.WORK_VERBS and prev != "work" and not (shift and prev == "on"):
        return
    j = i + 1
    if j < len(words) and words[j].low == "the":
        j += 1
    name: list[Tok] = []
    for w in words[j : j + 3]:
        if text[(name[-1] if name else words[j - 1]).end : w.start] not in (" ", "-") or w.eponym:
            break
        e = w.entry
        if (
            e is None or e.clinical or w.low in cues.UNITS or w.low in cues.DETERMINERS
            or w.low in cues.WORK_MANNER or w.low in cues.ADVERBS or w.low in cues.DEPARTMENTS
            or w.low in cues.PLACE_PREPS or w.low in cues.DAY_PREPS or w.low in cues.WORKPLACE_KINDS
            or w.low in cues.SMALL_FACILITIES or w.low in cues.TITLES or w.low in cues.KIN or w.low in cues.KIN_WORLD
            or (e.english and e.zipf >= _EVERYDAY_ZIPF and not (e.name or e.place))
        ):  # fmt: skip
            break
        name.append(w)
    for w in name:
        w.hit, w.place, w.why = True, True, "employer"


# An English word this common is not taken for an employer's name in chat ("at home", "at night").
_EVERYDAY_ZIPF: Final = 4.7


def _after_place_cue(lex: Lexicon, words: list[Tok], i: int, text: str, mixed: bool) -> None:
    """ "transferred to GH", "lives alone in white amrsh", "from Middle River, MD", "on
    QUARTERMAIN 2", "works for Genentech"."""
    t = words[i]
    prev = words[i - 1].low if i > 0 else ""
    if prev in cues.ADVERBS and i > 1:
        prev = words[i - 2].low
    verb_cue = (t.low in cues.PLACE_PREPS and prev in cues.PLACE_VERBS) or (
        t.low in cues.EMPLOYER_PREPS and prev in cues.WORK_VERBS
    )
    if not verb_cue and t.low not in cues.BARE_PLACE_PREPS and t.low != "near":
        return
    j = i + 1
    if j < len(words) and words[j].low == "the":
        j += 1
    if j >= len(words) or not adjacent(text, words, j, j - 1):
        return
    first = words[j]
    # a known multi-word place ("new haven", "middle river")
    for n in (3, 2):
        if j + n <= len(words) and lex.has_phrase(" ".join(w.low for w in words[j : j + n])):
            for w in words[j : j + n]:
                w.hit, w.place, w.why = True, True, "place name"
            return
    if not verb_cue:
        # bare "to/at/on X": a ward with its number ("QUARTERMAIN 2") or a short unknown
        # upper-case name ("at GH", "to VAMC"), not a setting ("weaned to CPAP")
        if prev in cues.CHANGE_VERBS:
            return
        titled = first.text[:1].isupper() and first.text[1:].islower()
        fe = first.entry
        if (
            mixed and titled and (t.low in cues.NAME_PLACE_PREPS or t.low in ("in", "near")) and fe is not None
            and not (fe.english and fe.zipf >= 3.5) and not fe.clinical
            and first.low not in cues.UNITS and not first.eponym
        ):  # fmt: skip
            if t.low in ("in", "near") and not _town_after_in(words, j, text):
                return
            first.hit, first.place, first.why = True, True, f"after {t.low!r}"  # "at Lakeshore", "near Wawanesa"
            return
        if ward(first, text) or (t.low in cues.NAME_PLACE_PREPS and short_caps_name(first, mixed)):
            first.hit, first.place, first.why = True, True, f"after {t.low!r}"
        return
    for k in range(j, min(j + 3, len(words))):
        w = words[k]
        if not adjacent(text, words, k, k - 1) or not place_word(w) or w.eponym:
            break
        w.hit, w.place, w.why = True, True, "after a place cue"


def _facility_before(words: list[Tok], i: int, text: str, mixed: bool) -> None:
    """ "Holy Cross Hospital", "Harbor Hosp", "Franklin Square Hosp", "VAMC HOSPITAL"."""
    k = i - 1
    while k >= 0 and i - k <= 2 and words[k].low in cues.FACILITY_KINDS:
        k -= 1  # "care home", "skilled nursing facility": the kind, not the name
    while k >= 0 and i - k <= 4 and adjacent(text, words, k, k + 1):
        w = words[k]
        if w.low in cues.UNITS or (w.low == "of" and k == i - 1):
            break
        titled = (
            mixed
            and w.text[:1].isupper()
            and w.text[1:].islower()
            and w.low not in ("the", "to", "at", "from", "in")
        )
        if w.low != "of" and not (place_word(w) or titled):
            break
        if w.low != "of":
            w.hit, w.place, w.why = True, True, "facility name"
        k -= 1


def _school_before(words: list[Tok], i: int, text: str, mixed: bool) -> None:
    """Up to three words naming a school before its kind, all capitalised in mixed case ("Banksia
    Ridge Primary") or all in capitals in an upper-case note ("WILLOW CREEK ELEMENTARY"); the kind
    must be written the same way ("primary care" is not a school)."""
    head = words[i]
    if not (head.text.isupper() if not mixed else head.text[:1].isupper() and head.text[1:].islower()):
        return
    name: list[Tok] = []
    k = i - 1
    while k >= 0 and i - k <= 3 and text[words[k].end : words[k + 1].start] == " ":
        w = words[k]
        e = w.entry
        if w.low in ROLE_WORDS or w.low in ("pt", "pts"):
            break  # "PT PRIMARY LANGUAGE", "Dr Primary"
        shaped = w.text.isupper() if not mixed else w.text[:1].isupper() and w.text[1:].islower()
        if not shaped or e is None or e.clinical or e.zipf >= _COMMON_ZIPF or w.low in cues.UNITS:
            break
        if w.low in cues.DETERMINERS or w.low in cues.PLACE_PREPS or w.low in cues.DEPARTMENTS:
            break
        name.append(w)
        k -= 1
    for w in name:
        w.hit, w.place, w.why = True, True, f"before {head.low!r}"


# Every word that starts one of mark_places' checks (head-first compounds are checked per text).
_TRIGGERS: Final = (
    cues.FACILITY_HEADS | cues.NAMED_AREAS | cues.SMALL_FACILITIES | cues.WORK_WORDS | cues.SCHOOL_HEADS
    | cues.PRACTICE_HEADS
    | frozenset(["memorial", "general", "regional", "st", "saint", "ste", "university", "univ", "u"])
)  # fmt: skip
# _after_place_cue acts only on a word that is one of these (a preposition after a cue verb, or a bare one)
_CUE_WORDS: Final = cues.PLACE_PREPS | cues.EMPLOYER_PREPS | cues.BARE_PLACE_PREPS
_CAPS_AREA_ZIPF: Final = 3.6
_COMMON_ZIPF: Final = 4.5


def _small_facility(words: list[Tok], i: int, text: str, mixed: bool) -> None:
    """A practice, pharmacy or nursery's name before its kind: "Castlegate Surgery", "Desert Sage
    Pharmacy" (capitalised, in mixed case), or up to three words between "at/from/to" and the kind
    in lower-case chat ("at little acorns nursery"; not "at the nursery", "after cardiac surgery")."""
    head = words[i]
    if mixed and head.text[:1].isupper() and head.text[1:].islower():
        k = i - 1
        while k >= 0 and i - k <= 3 and adjacent(text, words, k, k + 1):
            w = words[k]
            e = w.entry
            titled = w.text[:1].isupper() and w.text[1:].islower()
            if not titled or e is None or e.clinical or w.low in cues.UNITS or w.low in cues.DETERMINERS:
                break
            if e.zipf >= FUNCTION_ZIPF or w.low in cues.DEPARTMENTS:
                break
            w.hit, w.place, w.why = True, True, f"before {head.low!r}"
            k -= 1
        return
    for n in (1, 2, 3):  # "at X nursery", "at X Y nursery", "from X Y Z pharmacy"
        k = i - n - 1
        if k < 0 or words[k].low not in cues.NAME_PLACE_PREPS:
            continue
        if not all(text[words[j].end : words[j + 1].start] == " " for j in range(k, i)):
            return
        name = words[k + 1 : i]
        if not all(w.text.islower() for w in name):
            return  # chat in lower case; capitalised names are taken above
        if any(
            w.entry is None or (w.entry.clinical and w.entry.zipf < _COMMON_ZIPF)
            or w.low in cues.DETERMINERS or w.low in cues.UNITS or w.low in cues.DEPARTMENTS
            for w in name
        ) or all(w.entry is not None and w.entry.zipf >= _COMMON_ZIPF for w in name):  # fmt: skip
            return  # "after cardiac surgery", "at the nursery", "at day nursery"
        for w in name:
            w.hit, w.place, w.why = True, True, f"before {head.low!r}"
        return


def _practice_before(lex: Lexicon, words: list[Tok], i: int, text: str, mixed: bool) -> None:
    """A practice named before its specialty: "Kernwood Cardiology Associates", "Ridgeview
    Behavioral Health", "Geelong Endocrine & Diabetes" (capitalised names that are not everyday
    English: not "Adult Cardiology"), or one or two lower-case words after "at/from/to" in chat
    ("at lakeshore endoscopy", "from le bonheur peds")."""
    head = words[i]
    name: list[Tok] = []
    k = i - 1
    while k >= 0 and i - k <= 2 and adjacent(text, words, k, k + 1):
        w = words[k]
        e = w.entry
        shaped = w.text[:1].isupper() and w.text[1:].islower() if mixed else w.text.islower()
        if (
            not shaped or e is None or e.clinical or w.eponym or w.low in cues.UNITS
            or w.low in cues.DETERMINERS or w.low in cues.DEPARTMENTS or w.low in cues.PLACE_PREPS
            or w.low in cues.TITLES or w.low in ROLE_WORDS or w.low in cues.PRACTICE_HEADS
            or (e.english and not (e.place or e.name)) or _british_spelling(lex, w.low)  # "Adult", "Paediatric"
        ):  # fmt: skip
            break
        name.append(w)
        k -= 1
    if not name:
        return
    if mixed and not (head.text[:1].isupper() and head.text[1:].islower()):
        return  # "Smith cardiology review": a person's name before a service, not a practice
    if not mixed and (k < 0 or words[k].low not in cues.NAME_PLACE_PREPS or not adjacent(text, words, k, k + 1)):
        return
    for w in name:
        w.hit, w.place, w.why = True, True, f"before {head.low!r}"


def _british_spelling(lex: Lexicon, low: str) -> bool:
    """A British spelling of an English or clinical word ("paediatric", "oesophageal")."""
    if "ae" not in low and "oe" not in low:
        return False
    e = lex(low.replace("ae", "e").replace("oe", "e"))
    return e.english or e.clinical


def _named_after(words: list[Tok], i: int, text: str) -> None:
    """Up to three capitalised words (and particles) after a facility word or in brackets after
    "work": "Huisartsenpraktijk De Linde", "my work (Harlan Freight)"."""
    k = i + 1
    taken = 0
    while k < len(words) and taken < 3 and (
        adjacent(text, words, k - 1, k) or (k == i + 1 and text[words[i].end : words[k].start].strip() in (":", "-"))
    ):
        w = words[k]
        joined = w.low in cues.ARABIC_ARTICLES and text[w.end : w.end + 1] == "-"
        if w.low in cues.NAME_PARTICLES or joined:  # "szpitalu św. Łukasza", "Masjid an-Nur"
            w.hit, w.place, w.why = True, True, f"named after {words[i].low!r}"
            k += 1
            continue
        if not w.text[:1].isupper() or (w.entry is not None and w.entry.clinical and not w.entry.name):
            break
        if w.low in cues.UNITS or w.low in cues.DEPARTMENTS:
            break
        w.hit, w.place, w.why = True, True, f"named after {words[i].low!r}"
        taken += 1
        k += 1
