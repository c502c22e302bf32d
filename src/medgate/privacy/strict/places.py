"""Where a place stands: after "transferred to / lives in / works for" (and bare "to/at/on" before
a ward number or a short unknown upper-case name), in a facility's name ("Holy Cross Hospital",
"X General", "University of X"), a saint's name, a named ward ("Kestrel ward"). The employer and
facility-name rules it calls live in `employers.py` and `facilities.py`."""

from __future__ import annotations

from typing import Final

from medgate.privacy import cues
from medgate.privacy.lexicon import Lexicon
from medgate.privacy.lexicon import flags as F
from medgate.privacy.strict.employers import EMPLOYER_LINKS, employer_after, employer_in_chat
from medgate.privacy.strict.facilities import (
    clinic_kind,
    facility_before,
    lower_named_after,
    lower_named_before,
    named_after,
    practice_before,
    school_before,
    small_facility,
)
from medgate.privacy.strict.words import (
    DOSE_AFTER,
    FUNCTION_ZIPF,
    SAFE,
    WEAK_ZIPF,
    Tok,
    adjacent,
    clinical_noun,
    one_edit_from_a_word,
    place_word,
    short_caps_name,
    ward,
)
from medgate.privacy.text import lowered, upper_ratio
from medgate.privacy.vocab import CLINICAL_WORDS


def mark_places(lex: Lexicon, words: list[Tok], text: str, mixed: bool) -> None:
    """Mark the words that name a place: after a place cue, in a facility's name, a saint's name,
    a named ward."""
    low = lowered(text)
    head_first = any(h in low for h in cues.HEAD_FIRST_FACILITIES)  # (rare: once per text)
    last = len(words) - 1
    phrase_head, before_town = F.PHRASE_HEAD, _BEFORE_TOWN  # (read once: looked at for every word)
    acted_on = _ACTED_ON
    for i, t in enumerate(words):
        e = t.entry
        if e is not None and e.flags & phrase_head:
            if not mixed:
                _bare_place_phrase(lex, words, i, text)
            elif t.text[:1].isupper():
                _titled_place_phrase(lex, words, i, text)
        if t.low not in acted_on and not head_first:
            continue  # (none of the sets below holds it: one lookup for most words instead of five)
        if t.low in _CUE_WORDS:  # (the only words it can act on: one set lookup for the rest)
            _after_place_cue(lex, words, i, text, mixed)
        if t.low in before_town and i < last:  # (one lookup: a workplace, a compass word)
            if t.low in _AFTER_PLACE:
                _town_after_workplace(words, i, text)
            if not mixed and t.low in COMPASS:
                _compass_place(words, i, text)
        if t.low in EMPLOYER_LINKS and i > 0:
            if mixed:
                employer_after(words, i, text)
            else:
                employer_in_chat(words, i, text)
        if t.low not in _TRIGGERS and not head_first:
            continue  # (one set lookup for most words instead of the chain below)
        if not mixed and t.text in _LOWER_HEADS:  # (lower-case: "kia aroha college", "hospital sultanah aminah")
            lower_named_before(words, i, text)
            if t.text == "hospital":
                lower_named_after(words, i, text)
        if t.low in cues.FACILITY_HEADS and t.low not in cues.FACILITY_NAME_WORDS:
            facility_before(words, i, text, mixed)
        elif t.low in cues.SCHOOL_HEADS and i > 0 and adjacent(text, words, i, i - 1):
            school_before(words, i, text, mixed)
        elif (
            t.low in ("memorial", "general", "regional", "public")
            and i > 0
            and adjacent(text, words, i, i - 1)
        ):
            w = words[i - 1]  # "Union Memorial", "HARFORD MEMORIAL", "MERCY GENERAL", "kingston public"
            if (
                w.entry is not None
                and w.entry.zipf < FUNCTION_ZIPF
                and w.low not in cues.UNITS
                and (t.low == "memorial" or not (w.entry.clinical or w.entry.zipf >= 4.5))
                and (t.low != "public" or (w.entry.place and text[w.end : t.start] == " "))
            ):
                for x in (w, t):
                    x.hit, x.place, x.why = True, True, "facility name"
        elif (
            t.low in ("st", "saint", "ste")
            and i + 1 < len(words)
            and adjacent(text, words, i, i + 1)
            # (not an ECG's "ST"/"STE" in capitals in a mixed-case note: "no STE. Trop sent.")
            and not (mixed and t.text in ("ST", "STE") and not words[i + 1].text.isupper())
        ):
            w = words[i + 1]  # "st aidan's", "St. Brigid's", "Saint Jude"
            we = w.entry
            if (
                we is not None
                and not we.clinical
                and not (we.english and we.zipf >= 4.0)
                and (we.flags & (F.FIRST | F.LAST) or w.verdict != SAFE
                     or (w.text[:1].isupper() and w.text[1:].islower() and not we.english)  # "St. Aldric's"
                     or (w.low.endswith("s") and bool(lex(w.low[:-1]).flags & F.FIRST)))  # "st joes", "st lukes"
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
            small_facility(words, i, text, mixed)  # "Castlegate Surgery", "at little acorns nursery"
        elif t.low in cues.PRACTICE_HEADS and i > 0 and adjacent(text, words, i, i - 1):
            practice_before(lex, words, i, text, mixed)  # "Kernwood Cardiology", "at lakeshore endoscopy"
        elif head_first and t.low.endswith(cues.HEAD_FIRST_FACILITIES):
            named_after(words, i, text)  # "Huisartsenpraktijk De Linde", "Kreiskrankenhaus Celle"
        elif t.low in cues.WORK_WORDS and (
            text[t.end : t.end + 3].lstrip(" \t")[:1] in ("(", ":")
            or (t.low == "work" and i > 0 and words[i - 1].low == "at" and text[t.end : t.end + 3].strip() == "-")
        ):
            named_after(words, i, text)  # "my work (Harlan Freight)", "Employer: Magazine Luiza", "AT WORK - X"
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
    if first.low in cues.TITLES or first.low in cues.DETERMINERS or DOSE_AFTER.match(text, first.end):
        return  # "from Dr. Yoshida", "to Sister Mary": a person follows; "on NVP 12 mg": a drug; "to yr pharmacy"
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
            and not (first.text in CLINICAL_WORDS and not (fe.name or fe.place))  # ("support to Pt & family")
        ):  # fmt: skip
            if t.low in ("in", "near") and not _town_after_in(words, j, text):
                return
            first.hit, first.place, first.why = True, True, f"after {t.low!r}"  # "at Lakeshore", "near Wawanesa"
            return
        if (
            first.text.islower() and words[i].text.islower() and fe is not None
            and (not mixed or (t.low in ("in", "at") and upper_ratio(text[max(0, first.start - 120) : first.end + 120]) < 0.06))
            and ((fe.flags == 0 and first.verdict != SAFE) or (fe.flags == F.KNOWN and fe.zipf < _RARE_WEB_ZIPF))
            and not first.low.startswith(_CLINICAL_PREFIXES)  # ("in postop", "at preop")
            and len(first.low) >= 5 and first.low.isalpha() and t.low not in ("on", "to")
            and not one_edit_from_a_word(first.low, lex)  # ("ezcema")
        ):  # fmt: skip
            # a lower-case chat: a word no list knows, not even the web's (so no typo of a known
            # word, which near_known has made SAFE), where a place stands: "in abakpa now"
            first.hit, first.place, first.why = True, True, f"unknown word after {t.low!r}"
            return
        if (
            first.text.islower() and t.text.islower() and fe is not None and t.low in ("in", "at", "from", "near")
            and j == i + 1  # (a town takes no "the": "at the apex", "in the bay")
            and fe.flags & F.PLACE and not fe.clinical and fe.zipf < 4.5 and (not fe.english or fe.zipf < 4.0)
            and len(first.low) >= 4 and upper_ratio(text[max(0, first.start - 120) : first.end + 120]) < 0.06
        ):  # fmt: skip
            # a town the gazetteer knows, in a lower-case chat: "her sister in manila", "the depot
            # in surrey" (not "in bath", "in reading": words that common are the words)
            first.hit, first.place, first.why = True, True, f"town after {t.low!r}"
            return
        if first.eponym or clinic_kind(words, j):
            return  # a product or eponym with its number ("to mixtard 30"), no ward's; "at the COPD Clinic"
        if ward(first, text) or (t.low in cues.NAME_PLACE_PREPS and short_caps_name(first, mixed)):
            first.hit, first.place, first.why = True, True, f"after {t.low!r}"
        return
    for k in range(j, min(j + 3, len(words))):
        w = words[k]
        if not adjacent(text, words, k, k - 1) or not place_word(w) or w.eponym or clinic_kind(words, k):
            break
        w.hit, w.place, w.why = True, True, "after a place cue"


# a web word this rare after "in"/"at" in lower-case chat is a place's name, not jargon ("in
# lahinch", "at dansoman"; jargon the web uses is commoner: "in afib")
_RARE_WEB_ZIPF: Final = 1.8
_CLINICAL_PREFIXES: Final = ("post", "pre", "peri", "intra", "non", "sub", "hyper", "hypo", "trans", "anti")

_PARTICLES: Final = frozenset({"du", "de", "la", "le", "des", "del", "da", "do", "di", "of", "on", "upon", "y"})
# a disease, test or scale named after a place is no place there: "West Nile virus", "Ross River fever"
DISEASE_NAMED_AFTER: Final = frozenset({"virus", "fever", "disease", "syndrome", "encephalitis"})
_NAMED_AFTER: Final = DISEASE_NAMED_AFTER | frozenset({"scale", "score", "criteria", "classification", "protocol",
                                                       "heart", "association", "society", "college"})


def _titled_place_phrase(lex: Lexicon, words: list[Tok], i: int, text: str) -> None:
    """A known place of two or three words written as a name in mixed-case text, wherever it
    stands: "(St. Agnes, Fond du Lac)", "Coeur d'Alene", "Round Rock". Every word capitalised but
    its particles; not before what is named after it ("West Nile virus")."""
    for n in (3, 2):
        part = words[i : i + n]
        if len(part) < n or not all(adjacent(text, words, k, k - 1) for k in range(i + 1, i + n)):
            continue
        if not all(w.text[:1].isupper() or w.low in _PARTICLES for w in part) or not part[-1].text[:1].isupper():
            continue
        if not lex.has_phrase(" ".join(w.low for w in part)):
            continue
        if i + n < len(words) and words[i + n].low in _NAMED_AFTER:
            return
        for w in part:
            w.hit, w.place, w.why = True, True, "place name"
        return


def _bare_place_phrase(lex: Lexicon, words: list[Tok], i: int, text: str) -> None:
    """A known place of two or three words in lower-case or capitals where an address's part or a
    facility's name stands: between commas or brackets ("lot 9 pinewood, spanish town, jamaica",
    "(ward 3, johor bahru)"), after "in" or "at", or before a facility's head ("PORT OF SPAIN
    GENERAL HOSPITAL"). Case tells nothing there; the place's own seat in the line does."""
    before = text[words[i - 1].end : words[i].start] if i else "\n"
    if not (i == 0 or "," in before or "(" in before or "\n" in before or words[i - 1].low in cues.PLACE_PREPS):
        return  # (where no place may open: most phrase heads, found before any phrase lookup)
    for n in (3, 2):
        part = words[i : i + n]
        if len(part) < n or any(text[part[k - 1].end : part[k].start] != " " for k in range(1, n)):
            continue
        if not lex.has_phrase(" ".join(w.low for w in part)):
            continue
        nxt = words[i + n] if i + n < len(words) else None
        if nxt is not None and nxt.low in _NAMED_AFTER:
            return
        after = text[part[-1].end : nxt.start if nxt is not None else len(text)]
        opened = True
        closed = nxt is None or "," in after or ";" in after or ")" in after or "\n" in after or after.strip() == "." or (
            after == " " and nxt.low in cues.FACILITY_HEADS
        )
        if opened and closed:
            for w in part:
                w.hit, w.place, w.why = True, True, "place name"
        return


COMPASS: Final = frozenset({"north", "south", "east", "west"})
# what may follow a place that a clinic or a walk-in is named after ("the north york walk-in")
_AFTER_PLACE: Final = cues.FACILITY_HEADS | cues.SMALL_FACILITIES | cues.WORKPLACE_KINDS | frozenset({"walk", "urgent"})


_BEFORE_TOWN: Final = _AFTER_PLACE | COMPASS


def _town_after_workplace(words: list[Tok], i: int, text: str) -> None:
    """A word no lexicon knows after a workplace or a facility and a comma, ending the clause: the
    town it is in ("WORK AT A BEAUTY SALON, NYAMITYOBORA.", "the pharmacy, Kitintale")."""
    w = words[i + 1]
    if text[words[i].end : w.start] != ", " or not (_unknown_word(w) or _foreign_titled(w)):
        return
    town = [w]
    if i + 2 < len(words) and text[w.end : words[i + 2].start] == " " and _foreign_titled(w) \
            and _foreign_titled(words[i + 2]):
        town.append(words[i + 2])  # a town of two titled words ("shoe factory, Bình Tân)")
    if sum(len(x.low) for x in town) < 5:
        return
    rest = text[town[-1].end : town[-1].end + 2]
    if rest == "" or rest[0] in ".;\n)" or rest == ", ":
        for x in town:
            x.hit, x.place, x.why = True, True, f"town after {words[i].low!r}"


def _foreign_titled(w: Tok) -> bool:
    """A titled word of a town's name in another script's letters ("Bình", "Tân": the lexicon folds
    their marks and finds English "binh", "tan") or no lexicon knows, and no clinical word."""
    return w.text[:1].isupper() and w.text[1:].islower() and w.entry is not None and not w.entry.clinical \
        and (not w.text.isascii() or not w.entry.flags & (F.KNOWN | F.ENGLISH))


def _unknown_word(w: Tok) -> bool:
    """A word no lexicon knows: neither English, clinical nor otherwise known."""
    return w.entry is not None and not w.entry.flags & (F.KNOWN | F.ENGLISH | F.CLINICAL)


def _compass_place(words: list[Tok], i: int, text: str) -> None:
    """A compass word and a town in lower-case or capitals, where a place stands: after "at the",
    "in", "from", a comma or a bracket, and before a comma, the line's end or the kind of place
    ("seen at the north york walk-in", "lives in east kilbride,"). Not "north of the river", "the
    east wing" (the word after must be a town)."""
    w = words[i + 1]
    e = w.entry
    if e is None or not e.flags & F.PLACE or e.clinical or text[words[i].end : w.start] != " ":
        return
    j = i - 1
    if j >= 0 and words[j].low == "the":
        j -= 1
    before = text[words[j].end : words[j + 1].start] if j >= 0 else "\n"
    if not (j < 0 or any(c in before for c in ",(\n") or words[j].low in cues.PLACE_PREPS):
        return
    nxt = words[i + 2] if i + 2 < len(words) else None
    after = text[w.end : nxt.start if nxt is not None else len(text)]
    if nxt is None or any(c in after for c in ",;)\n") or after.strip() == "." or nxt.low in _AFTER_PLACE:
        for x in (words[i], w):
            x.hit, x.place, x.why = True, True, "place name"


# Every word that starts one of mark_places' checks (head-first compounds are checked per text).
_TRIGGERS: Final = (
    cues.FACILITY_HEADS | cues.NAMED_AREAS | cues.SMALL_FACILITIES | cues.WORK_WORDS | cues.SCHOOL_HEADS
    | cues.PRACTICE_HEADS
    | frozenset(["memorial", "general", "regional", "public", "st", "saint", "ste", "university", "univ", "u"])
)  # fmt: skip
# _after_place_cue acts only on a word that is one of these (a preposition after a cue verb, or a bare one)
_LOWER_HEADS: Final = frozenset({"hospital", "college", "school", "clinic", "institute", "university"})
_CUE_WORDS: Final = cues.PLACE_PREPS | cues.EMPLOYER_PREPS | cues.BARE_PLACE_PREPS
# every word any check of mark_places' loop acts on (past the phrase heads, read by their flag)
_ACTED_ON: Final = _CUE_WORDS | _BEFORE_TOWN | EMPLOYER_LINKS | _TRIGGERS
_CAPS_AREA_ZIPF: Final = 3.6


