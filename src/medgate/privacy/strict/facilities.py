"""A facility's name before or after the word for its kind: "Holy Cross Hospital", "Banksia
Ridge Primary", "Castlegate Surgery", "Kernwood Cardiology", "Huisartsenpraktijk De Linde".
Called by `places.mark_places` at each kind word."""

from __future__ import annotations

from typing import Final

from medgate.privacy import cues
from medgate.privacy.lexicon import Lexicon
from medgate.privacy.strict.words import FUNCTION_ZIPF, ROLE_WORDS, Tok, adjacent, place_word


def facility_before(words: list[Tok], i: int, text: str, mixed: bool) -> None:
    """ "Holy Cross Hospital", "Harbor Hosp", "Franklin Square Hosp", "VAMC HOSPITAL"."""
    if _names_a_score(words, i) or (mixed and _adjective_head(words, i)):
        return
    k = i - 1
    while k >= 0 and i - k <= 2 and (
        words[k].low in cues.FACILITY_KINDS or words[k].low in CLINIC_KINDS
        or (words[k].low in _HEALTH and words[k].text.islower())
    ):  # fmt: skip
        k -= 1  # "care home", "skilled nursing facility", "tb clinic": the kind, not the name
        if words[k + 1].low in _HEALTH and k >= 0 and words[k].low in cues.FACILITY_NAME_WORDS:
            return  # "the community health centre", "university health centre": a kind, no name
    # an ALL-CAPS heading in a mixed-case letter: "HOLY ROSARY SECONDARY SCHOOL"
    caps_heading = mixed and words[i].text.isupper() and words[i].low in _CAPS_HEADS
    whose: list[Tok] = []
    while k >= 0 and i - k <= 4 and adjacent(text, words, k, k + 1):
        w = words[k]
        if (
            w.low in cues.UNITS or (w.low == "of" and k == i - 1) or w.low in cues.FOREIGN_FUNCTION_WORDS
            or w.low in cues.DETERMINERS  # (texting's "ur clinic" too: "Ur" is also an ancient city)
            or (mixed and w.text.islower() and w.low in cues.DEPARTMENTS)  # "the outpatient clinic": its kind
        ):  # fmt: skip
            break
        if "," in text[w.end : words[k + 1].start] and not (w.entry is not None and w.entry.place and w.text[:1].isupper()):
            # a comma ends the name ("Consultant Geriatrician, Memory Clinic", "ko hai, sanjeevani
            # heart centre"), unless a town ends the one before ("University College Cork, School of")
            break
        shaped = (w.text[:1].isupper() and w.text[1:].islower()) or (
            caps_heading and w.text.isupper() and len(w.text) > 1 and w.low not in cues.DEPARTMENTS
            and w.entry is not None and not w.entry.clinical
        )
        titled = mixed and shaped and w.low not in ("the", "to", "at", "from", "in")
        if w.low != "of" and not (place_word(w) or titled or _first_half(text, words, k)):
            if w.low in _WHOSE and w.text.lower().endswith(("'s", "’s")):
                whose.append(w)  # "SRI VENKATESWARA CHILDREN'S CLINIC": whom it serves, named only with a name before
                k -= 1
                continue
            break
        if w.low != "of":
            for x in (w, *whose):
                x.hit, x.place, x.why = True, True, "facility name"
            whose = []
        k -= 1


# prefixes a hyphen joins to a word ("NON-TEACHING HOSPITAL", "post-op"): no half of a name
_PREFIXES: Final = frozenset({"non", "post", "pre", "anti", "sub", "semi", "multi", "co", "self", "well", "ex", "x", "mid", "inter", "intra"})


def _first_half(text: str, words: list[Tok], k: int) -> bool:
    """Word k is the first half of a hyphenated name whose second half is taken ("ORE-OFE
    HOSPITAL", "Bishop-Ayo Clinic"): a name's halves go together though the first is a word."""
    w, nxt = words[k], words[k + 1]
    return text[w.end : nxt.start] == "-" and nxt.hit and nxt.place and w.text[:1].isupper() and w.low not in _PREFIXES


# What a clinic treats, by its usual abbreviation ("the tb clinic", "ARV clinic", "anc clinic",
# "copd clinic"): the clinic's kind, no name (kept apart from cues.FACILITY_KINDS, which the
# learned tagger's features read)
CLINIC_KINDS: Final = frozenset(
    (
        "tb", "hiv", "arv", "art", "anc", "pnc", "mch", "dm", "htn", "ncd", "copd", "hf", "af", "ent",
        "sti", "std", "opd", "mopd", "mopc", "fp", "epi", "ivf", "msk",
    )
)  # fmt: skip


def clinic_kind(words: list[Tok], k: int) -> bool:
    """The word at `k` is what the facility named next treats ("tb clinic", "ARV Clinic")."""
    return words[k].low in CLINIC_KINDS and k + 1 < len(words) and words[k + 1].low in cues.FACILITY_HEADS


# in lower case, the kind of a health centre ("the namaka health centre"; capitalised, "Namaka
# Health Centre" is read as a name already)
_HEALTH: Final = frozenset({"health", "medical", "wellness"})
# whom a facility serves, in the possessive between its name and its kind
_WHOSE: Final = frozenset({"children", "women", "men", "kids", "ladies", "mothers"})


# A score or criteria named after a clinic ("Dutch Lipid Clinic Network score", "Mayo Clinic
# criteria"): the words before the kind word name a tool, no facility
_SCORE_NOUNS: Final = frozenset({"score", "scores", "criteria", "criterion", "scale", "classification", "rule", "rules"})


def _names_a_score(words: list[Tok], i: int) -> bool:
    for k in (i + 1, i + 2):
        if k >= len(words) or not _next_to(words, k - 1, k):
            return False
        if words[k].low in _SCORE_NOUNS:
            return True
        if not words[k].text[:1].isupper():
            return False
    return False


def _next_to(words: list[Tok], a: int, b: int) -> bool:
    """Two words one space or one hyphen apart."""
    return 0 < words[b].start - words[a].end <= 1


# the heads that end a facility's name in an ALL-CAPS heading (not "MEDICAL", "GENERAL": they
# open headings such as "STUDENT MEDICAL FORM")
_CAPS_HEADS: Final = frozenset({"hospital", "school", "college", "academy", "hospice", "infirmary", "clinic"})


def school_before(words: list[Tok], i: int, text: str, mixed: bool) -> None:
    """Up to three words naming a school before its kind, all capitalised in mixed case ("Banksia
    Ridge Primary") or all in capitals in an upper-case note ("WILLOW CREEK ELEMENTARY"); the kind
    must be written the same way ("primary care" is not a school)."""
    head = words[i]
    if not mixed and head.text.islower():
        lower_named_before(words, i, text)  # "attends kia aroha college"
        return
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


_COMMON_ZIPF: Final = 4.5


# a capitalised word before a name's last word may be this common ("Little", "Old", "Big"), never
# "New" or "The" ("The Willows Pharmacy" has its name after "The")
_NAME_ADJECTIVE_ZIPF: Final = 6.0
_EVERYDAY_CLINICAL_ZIPF: Final = 5.0


def _named_before(words: list[Tok], i: int, text: str) -> bool:
    """A lower-case kind after two capitalised words inside a sentence, in mixed case: "goes to
    Bright Dawn nursery" (not "Day nursery" opening a line: one word, or a sentence's first)."""
    if i < 3 or not all(adjacent(text, words, k, k + 1) for k in range(i - 3, i)):
        return False
    before, a, b = words[i - 3], words[i - 2], words[i - 1]
    titled = all(w.text[:1].isupper() and w.text[1:].islower() for w in (a, b))
    return titled and before.text.islower() and words[i].text.islower()


def small_facility(words: list[Tok], i: int, text: str, mixed: bool) -> None:
    """A practice, pharmacy or nursery's name before its kind: "Castlegate Surgery", "Desert Sage
    Pharmacy" (capitalised, in mixed case), or up to three words between "at/from/to" and the kind
    in lower-case chat ("at little acorns nursery"; not "at the nursery", "after cardiac surgery")."""
    head = words[i]
    titled_head = head.text[:1].isupper() and head.text[1:].islower()
    if mixed and (titled_head or _named_before(words, i, text)):
        k = i - 1
        while k >= 0 and i - k <= 3 and adjacent(text, words, k, k + 1):
            w = words[k]
            e = w.entry
            titled = w.text[:1].isupper() and w.text[1:].islower()
            outer = k < i - 1  # (not the word before the kind: "Little" of "Little Acorns Crèche")
            if not titled or e is None or w.low in cues.UNITS or w.low in cues.DETERMINERS:
                break
            if e.clinical and not (outer and e.english and e.zipf >= _EVERYDAY_CLINICAL_ZIPF):
                break  # ("Cardiac Surgery", not an everyday word the clinical list also holds: "Little")
            # (a name's own adjective is common, "Little Acorns", "Old Mill"; a function word is no name's)
            if e.zipf >= (_NAME_ADJECTIVE_ZIPF if outer else FUNCTION_ZIPF) or w.low in cues.DEPARTMENTS:
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


def practice_before(lex: Lexicon, words: list[Tok], i: int, text: str, mixed: bool) -> None:
    """A practice named before its specialty: "Kernwood Cardiology Associates", "Ridgeview
    Behavioral Health", "Geelong Endocrine & Diabetes" (capitalised names that are not everyday
    English: not "Adult Cardiology"), or one or two lower-case words after "at/from/to" in chat
    ("at lakeshore endoscopy", "from le bonheur peds")."""
    head = words[i]
    name: list[Tok] = []
    k = i - 1
    # a letterhead in capitals inside a mixed-case letter: "KERNWOOD CARDIOLOGY ASSOCIATES"
    caps = mixed and head.text.isupper() and len(head.text) > 3
    while k >= 0 and i - k <= 2 and adjacent(text, words, k, k + 1):
        w = words[k]
        e = w.entry
        if caps:
            shaped = w.text.isupper() and len(w.text) > 3
        else:
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
    if mixed and not caps and not (head.text[:1].isupper() and head.text[1:].islower()):
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


def _foreign_name_word(w: Tok) -> bool:
    """A word of a name in lower-case text: no English word, no medicine, no unit ("aroha",
    "sultanah"), or a place or name that is no English word ("kingston")."""
    e = w.entry
    return (
        e is not None and not e.english and not e.clinical and w.low not in cues.UNITS
        and w.low not in cues.DEPARTMENTS and w.low not in cues.DETERMINERS and w.low not in cues.TITLES
        and w.low not in cues.FOREIGN_FUNCTION_WORDS and len(w.low) > 2  # ("al-karam hospital ka mr number")
    )  # fmt: skip


def lower_named_before(words: list[Tok], i: int, text: str) -> None:
    """Up to three lower-case words before a lower-case school or hospital that are no English
    ("kia aroha college", "ngati porou college"; not "local college", "the boarding school")."""
    name: list[Tok] = []
    k = i - 1
    while k >= 0 and i - k <= 3 and text[words[k].end : words[k + 1].start] == " " and words[k].text.islower():
        if not _foreign_name_word(words[k]) or words[k].low in CLINIC_KINDS:
            break  # (not "arv clinic": what it treats)
        name.append(words[k])
        k -= 1
    for w in name:
        w.hit, w.place, w.why = True, True, f"before {words[i].low!r}"


def lower_named_after(words: list[Tok], i: int, text: str) -> None:
    """Up to three lower-case words after a lower-case "hospital" that are no English: the name a
    hospital is written with after its kind in Malaysia, Indonesia, Latin America, France ("hospital
    sultanah aminah", "hospital tengku ampuan"); not "hospital bed", "hospital for two days"."""
    name: list[Tok] = []
    for k in range(i + 1, min(i + 4, len(words))):
        if text[words[k - 1].end : words[k].start] != " " or not words[k].text.islower():
            break
        if not _foreign_name_word(words[k]):
            break
        name.append(words[k])
    for w in name:
        w.hit, w.place, w.why = True, True, f"named after {words[i].low!r}"


def named_after(words: list[Tok], i: int, text: str) -> None:
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


# heads that are adjectives too: written in lower case before a lower-case noun in a mixed-case
# text they qualify it ("Past medical history", "Recent medical records", "a general medical clinic")
_ADJECTIVE_HEADS: Final = frozenset({"medical", "med", "general", "regional", "university", "college", "memorial"})


def _adjective_head(words: list[Tok], i: int) -> bool:
    head = words[i]
    nxt = words[i + 1] if i + 1 < len(words) else None
    return (
        head.text in _ADJECTIVE_HEADS and nxt is not None and nxt.text.islower()
        and nxt.low not in cues.FACILITY_HEADS and nxt.low not in cues.SMALL_FACILITIES
    )  # fmt: skip
