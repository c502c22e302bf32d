"""What the strict filter knows about one word (its verdict from the lexicon) and the small
predicates about words in their line (initials, neighbours, sentence starts) the contexts use."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from medgate.privacy import cues
from medgate.privacy.lexicon import Entry, Lexicon
from medgate.privacy.lexicon import flags as F
from medgate.privacy.text import char_before
from medgate.privacy.vocab import BARE_EPONYMS, EPONYM_SUFFIXES

TOKEN: Final = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*|\d+|[^\w\s]|_")
JARGON_ZIPF: Final = 1.0  # web tokens at least this common are jargon, not identifiers
FUNCTION_ZIPF: Final = 5.6  # words this common ("to", "good", "will") are never taken for names
WEAK_ZIPF: Final = 4.8  # above this, only a title, kin word or credential makes a word a name
SUFFIXES: Final = ("s", "es", "ed", "d", "ing", "able", "ly", "ic", "al", "ness", "ment")
BARE_EPONYM_WORDS: Final = frozenset(w.lower() for w in BARE_EPONYMS)
LETTERS: Final = "abcdefghijklmnopqrstuvwxyz"
# (and what an operation or an implant is named after a surgeon or a city for: "Graham patch",
# "Exeter stem", "Thompson prosthesis"), and the skull tongs of cervical traction ("Crutchfield tongs")
EPONYM_NOUNS: Final = frozenset(w.lower() for w in EPONYM_SUFFIXES) | {"patch", "stem", "cup", "tongs"}
# A role word is never itself the name ("HO aware", "RN notified", "daughter called").
# the ward's nurse in charge, written as one word after her title ("SISTER INCHARGE:", "nurse
# incharge informed"): a role, not the name a title's next word usually is
WARD_ROLES: Final = frozenset({"incharge"})
ROLE_WORDS: Final = cues.TITLES | cues.KIN | cues.CREDENTIALS | cues.AFTER_NAME | cues.NAME_VERBS | WARD_ROLES
NOT_INITIALS: Final = frozenset("AILRTWUVXOPCS")
ROMAN: Final = frozenset({"I", "II", "III", "IV"})
# After these a name is a person or a place, not an eponym ("Dr Bishop 2nd opinion", "to Lowell 3").
NOT_EPONYM_BEFORE: Final = (
    cues.TITLES | cues.KIN | cues.PLACE_PREPS | cues.BARE_PLACE_PREPS
)  # right, left, temperature, with, units...


def web_word(e: Entry) -> bool:
    """A surname the web uses far more than its bearers would ("trach", "perl", "lytes"): web
    jargon that happens to be a surname. Expected web frequency of a surname borne by n people is
    about 0.25 * log2(n) - 1 on the Zipf scale; half a point above that is jargon."""
    if e.flags & (F.FIRST | F.PLACE) or e.zipf < JARGON_ZIPF:
        return False
    return e.zipf - (0.25 * e.surname_log2 - 1.0) >= 0.5


def name_pop(e: Entry) -> int:
    """How strongly a word is also a name: surnames from 2^11 bearers, first names from ~0.06%."""
    return max(e.surname_log2 - 11, e.first_log2 - 6, 0)


def edits1(w: str, upto: int | None = None) -> set[str]:
    """The spellings one edit from `w` (a letter dropped, swapped with the next, changed or added),
    or with `upto` only those whose edit stands at a position up to it: the others begin with
    w[: upto + 1]."""
    splits = [(w[:i], w[i:]) for i in range(len(w) + 1 if upto is None else min(len(w), upto) + 1)]
    out = {a + b[1:] for a, b in splits if b}
    out |= {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    out |= {a + c + b[1:] for a, b in splits if b for c in LETTERS}
    out |= {a + c + b for a, b in splits for c in LETTERS}
    out.discard(w)
    return out


# A verb's contraction after a word: "would've", "mum'll", "they're" ("'s" and "'d" are left out:
# "Rose's", "Sa'd" are names)
_VERB_CONTRACTION: Final = re.compile(r"['’](?:ve|ll|re)\Z")


def contraction_entry(low: str, lex: Lexicon) -> Entry | None:
    """The entry of the English word before a verb's contraction ("would've" reads as "would"),
    or None: the lexicon knows no contracted spelling, and an unknown word may be taken for a name.
    ("Liam'll" stays as written: its word is no English.)"""
    m = _VERB_CONTRACTION.search(low)
    if m is None or m.start() == 0:
        return None
    e = lex(low[: m.start()])
    return e if e.english else None


def one_edit_from_a_word(low: str, lex: Lexicon) -> bool:
    """One letter from an English or clinical word ("ezcema"): a typo of it, not a new name."""
    return any((e := lex.peek(c)).english or e.clinical for c in near_spellings(low, lex))


def clinical_compound(low: str, lex: Lexicon) -> bool:
    """Greek and Latin roots joined by a linking vowel or a hyphen before a clinical word, or an
    English adjective of anatomy, of five letters or more ("saphenofemoral", "pelviureteric",
    "ileocaecal", "gastro-oesophageal"): no place's or person's name."""
    for k in range(3, len(low) - 4):
        if low[k - 1] in "oi-":
            e = lex.peek(low[k:])
            if e.clinical or (e.english and low.endswith(_ANATOMY_ENDS)):
                return True
    return False


_ANATOMY_ENDS: Final = ("al", "ic", "ar", "ary", "oid")


def near_spellings(low: str, lex: Lexicon) -> set[str]:
    """The spellings one edit from `low` that may be in the lexicon: where `low` is ASCII, only
    those whose edit stands within the longest start of it that an entry begins with (one edited
    past it begins as no entry does), to be read with `lex.peek` (made-up spellings: a look-up
    would remember them all)."""
    return edits1(low, lex.known_prefix(low)) if low.isascii() else edits1(low)


# A strength right after a word makes it a drug ("enox 40mg od", "Glycomet GP 2", "Seroquel XR
# 50", "Mixtard to 24 units"): a release code then a number, or a number with a unit of dose (not
# a bare number, which may be a phone or an age after a name)
# (or, as South Asian and Latin American prescriptions give it, a morning-noon-night schedule after the
# brand and its strength code: "Glycomet GP2 1-0-1", "Telma 40 0-0-1"); a count of a dose's form
# ("Ferrograd Folic 1 tablet twice daily"); a bare strength with how often it is given after it
# ("crocin 500 every 8 hr", "pan 40 od": a phone or an age has no frequency after it)
DOSE_AFTER: Final = re.compile(
    r"[ \t]*(?:[A-Z]{2,3}[ \t]+\d|(?:(?:to|at|of)[ \t]+)?\d+(?:\.\d+)?[ \t]*(?i:mg|mcg|micrograms?|milligrams?|g|ml|iu|units?)\b"
    r"|(?:[A-Za-z]{0,3}\d{0,4}[ \t]+)?[0-2½](?:-[0-2½]){2}(?![\d-])"
    r"|[1-4½][ \t]+(?i:tabs?|tablets?|caps?|capsules?|puffs?|sachets?)\b"
    r"|\d+(?:\.\d+)?[ \t]+(?i:(?:every|q)[ \t]*\d{1,2}[ \t]*(?:h|hr|hrs|hours?|hrly|hourly)|"
    + "|".join(sorted(cues.DOSE_FREQUENCIES))
    # (or its route, as rate-control orders write it: "on dilt 30 po q6", "on amio 200 PO")
    + r"|po|iv|ivp|sc|sq|im|sl)\b)"
)


def counted_dose_after(text: str, end: int) -> bool:
    """A strength, a count of tablets or a dose with its frequency right after end (DOSE_AFTER less
    its release code: "ZBG 1021", a Maltese postcode, reads as "GP 2" would)."""
    m = DOSE_AFTER.match(text, end)
    return m is not None and m.group().lstrip()[:1] in "0123456789½"


SAFE, AMBIGUOUS, MASK = 0, 1, 2
JARGON = 3  # a name that is also web jargon or a short abbreviation: a name only in strong context

UNKNOWN_VERDICT = 1


@dataclass(slots=True)
class Tok:
    start: int
    end: int
    text: str
    low: str
    entry: Entry | None  # words only
    verdict: int = SAFE
    place: bool = False
    hit: bool = False
    eponym: bool = False  # "Foley catheter", "Graves disease": never a name here
    why: str = ""  # which rule masked it (for debugging and evidence)


def clinical_noun(tok: Tok) -> bool:
    """A clinical word that is not also everyday English: "lymphoma", "thyroiditis"."""
    e = tok.entry
    return e is not None and e.clinical and not e.name and e.zipf < 3.6 and len(tok.low) > 4


def ward(w: Tok, text: str) -> bool:
    """A rarely written word followed by a ward or room number: "QUARTERMAIN 2"."""
    e = w.entry
    assert e is not None
    if e.english or e.clinical or w.low in cues.UNITS or e.zipf >= 2.0:
        return False
    return re.match(r"[ \t]*\d{1,3}\b(?![./:]\d)", text[w.end : w.end + 6]) is not None


def short_caps_name(w: Tok, mixed: bool) -> bool:
    """A short upper-case name that is no word, drug or unit: "GH", "VAMC", "GBMC". In an
    ALL-CAPS note every word is upper case: there only two letters or a rare word qualify."""
    e = w.entry
    assert e is not None
    if not (2 <= len(w.text) <= 5 and w.text.isupper()) or w.low in cues.UNITS or w.low in cues.CODE_LABELS:
        return False
    if w.low in cues.SHORTHAND:
        return False  # bedside shorthand is a setting, no place: "no changes to CRRT", "back to BIPAP"
    if not mixed and len(w.text) > 2 and e.zipf >= 2.0:
        return False
    return not e.english and not e.clinical and e.zipf < 3.5


def place_word(w: Tok) -> bool:
    """A word that can be (part of) a place's name after "transferred to" or before "Hospital"."""
    e = w.entry
    assert e is not None
    if w.low in cues.FACILITY_NAME_WORDS:
        return True
    if w.low in cues.UNITS or w.low in cues.CODE_LABELS or e.zipf >= FUNCTION_ZIPF or (e.clinical and not e.name):
        return False
    return not e.english or e.zipf < 3.5 or name_pop(e) >= 2 or e.place


def likely_name(e: Entry, other: Tok) -> bool:
    """Beside a word masked as a name (not by context), a common first name or surname is one."""
    return other.verdict == MASK and (e.first_log2 >= 4 or name_pop(e) >= 3)


def title_pair(t: Tok, other: Tok) -> bool:
    """ "Summer Delacroix", "Faith Mbeki": a capitalised first name beside a capitalised name."""
    e = t.entry
    return (
        e is not None and bool(e.flags & F.FIRST)
        and t.text[:1].isupper() and t.text[1:].islower()
        and other.text[:1].isupper() and not other.text.isupper()
    )  # fmt: skip


def sentence_start(text: str, start: int) -> bool:
    """The first word of a sentence, line, item or table cell ("| Leukocyte count |"): capitals
    there say nothing."""
    before = char_before(text, start, " \t\"'(")
    return not before or before in ".!?:;\n-*•>|"


def title_before(words: list[Tok], j: int) -> bool:
    """Word j is a formal title: "Dr", "Mrs", "Fr." (but "14 fr" is a catheter size, "SR" a rhythm)."""
    w = words[j]
    if w.low == "fr":
        return j == 0 or not words[j - 1].text.isdigit()
    if w.low == "sr":  # "SR", "sr": sinus rhythm ("HR 90 SR. BP 172/86", "sr, bp"), not "Sr." or
        nxt = words[j + 1] if j + 1 < len(words) else None  # "sr. Naidoo" (a sister, a señor)
        return w.text == "Sr" or (nxt is not None and nxt.text[:1].isupper() and nxt.text[1:2].islower())
    if w.text == "miss":  # the verb ("to miss several days", "miss a dose"), unless a name may follow ("miss grace")
        nxt = words[j + 1] if j + 1 < len(words) else None
        e = nxt.entry if nxt is not None else None
        return not (e is not None and nxt is not None and nxt.text.islower() and (
            nxt.low in cues.DETERMINERS or (e.english and not e.name)))
    if w.text == "MR":  # magnetic resonance ("MR angiography", "MR imaging"), unless a name follows;
        nxt = words[j + 1] if j + 1 < len(words) else None  # modified release before a frequency ("MR BD")
        return nxt is not None and not nxt.text.islower() and nxt.low not in cues.DOSE_FREQUENCIES
    if w.text == "MS":  # multiple sclerosis, mitral stenosis ("the MS flare"), unless a name follows
        nxt = words[j + 1] if j + 1 < len(words) else None
        return nxt is not None and nxt.text[:1].isupper()
    return w.low in cues.FORMAL_TITLES


def intro_before(words: list[Tok], i: int, text: str) -> bool:
    """ "this is X", "it's X", "I'm X", "my name is X", "named X", "called X"."""
    if "." in text[words[i - 1].end : words[i].start]:
        return False  # a sentence ended between: "Denies SI/HI. PHQ-9 = 19" greets no one
    prev = words[i - 1].low
    if prev in cues.INTRO_WORDS:
        return True
    two = words[i - 2].low + " " + prev if i > 1 else ""
    return two in cues.INTRO_PAIRS


# a bed's or room's number, after which one letter is a name's initial ("bed 4 L. Owens")
_BED_NUMBER: Final = re.compile(r"(?i:\b(?:bed|bay|rm|room|cubicle|cube))[ \t]*#?[ \t]*\d{1,4}[ \t]\Z")


# a count of units before "j." (jednostek): hundreds or more, or a million or thousand of them ("mln",
# "tys."); not a room's or bed's number before an initial ("sala 12 j. kowalska")
_UNITS_COUNT: Final = re.compile(r"(?:\d{3}|\b(?:mln|tys|mld)\.?)[ \t]*\Z")


def unit_letter(text: str, start: int) -> bool:
    """The "j." at `start` is the Polish unit (jednostek) after its count ("2,4 mln j.", "5000 j.
    heparyny"), not an initial."""
    return text.startswith("j.", start) and _UNITS_COUNT.search(text, max(0, start - 12), start) is not None


def is_initial(tok: Tok, text: str) -> bool:
    """ "E." or "J" standing alone in upper case (not "A" or "I", not after an apostrophe)."""
    if len(tok.text) != 1 or not tok.text.isalpha():
        return False
    before = text[tok.start - 1] if tok.start else " "
    after = text[tok.end] if tok.end < len(text) else " "
    if (
        tok.text in "GL" and tok.start > 1 and text[tok.start - 2].isdigit()
        and _BED_NUMBER.search(text, max(0, tok.start - 16), tok.start) is None
    ):  # fmt: skip
        return False  # "CEFTRIAXONE 1 G IV", "Net UF 2.8 L. Post-HD": a gram or litre, not "bed 4 L. Owens"
    if tok.text.islower():
        if tok.text == "j" and unit_letter(text, tok.start):
            return False  # "2,4 mln j.", "5000 j. heparyny": Polish units (jednostek), no one's initial
        return before in " \t\n(" and after == "."  # "s. roberto rrt", "barbara j. parrilli"
    return before in " \t\n(" and (
        after == "." or (after in " \t" and tok.text not in NOT_INITIALS)
    )


def adjacent(text: str, words: list[Tok], i: int, j: int) -> bool:
    """Words i and j are neighbours: only spaces, a period, a comma or brackets between, or a
    hyphen ("Delacroix-Nwosu"); no line break."""
    a, b = (words[i], words[j]) if i < j else (words[j], words[i])
    gap = text[a.end : b.start]
    return len(gap) <= 3 and (gap.strip(" .,()") == "" or gap == "-") and "\n" not in gap


# -- numbers ---------------------------------------------------------------------------------
