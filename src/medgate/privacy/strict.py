"""The strict egress filter: mask what is not known to be safe (in the spirit of Philter).

Every word of the text is looked up in the lexicon. An ordinary English word, a clinical word
(drug, ICD-10-CM vocabulary) or web jargon that is not a name stays; a name, a place or an
unknown word is masked. Words that are both English and a name or place ("Grace", "Cross",
"Welsh") are masked only where a name or place stands: after a title, kinship word or "per",
before a credential or "aware", next to another masked name, capitalised mid-sentence in
mixed-case text, after "transferred to" / "lives in", or before "Hospital". Numbers: month/day
and month/year without a year outside measurement contexts ("BP 120/80", "5/5 strength",
"pain 3/10" stay), long digit runs, phone shapes, and month names with a day or year.

It runs after the rules (which find the labelled and structured identifiers) and only adds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from medgate.privacy import cues
from medgate.privacy.lexicon import Entry, Lexicon
from medgate.privacy.lexicon import flags as F
from medgate.privacy.text import upper_ratio
from medgate.privacy.types import Entity, PhiType
from medgate.privacy.vocab import BARE_EPONYMS, EPONYM_SUFFIXES

_TOKEN: Final = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*|\d+|[^\w\s]|_")
_SLASH_DATE: Final = re.compile(
    r"(?<![\d/:])(?<!\d\.)(?P<m>\d{1,2})/(?P<d>\d{1,2}|\d{4})(?:/(?P<y>\d{2}|\d{4}))?"
    r"(?![\w/]|\.\d)"
)
_PHONE: Final = re.compile(
    r"(?<![\w])(?:\(\d{3}\)|\d{3})[ \t]*[-./ ][ \t]*\d{3}[ \t]*[-./ ]?[ \t]*\d{4}(?!\w)"
    r"|(?<![\w])\d{3}[ \t]+\d{7}(?!\w)"
)
# a seven-digit local number after a phone word: "work# 555 0142", "cell 555-0142"
_CUED_PHONE: Final = re.compile(
    r"(?i)(?<![\w])(?=[wchmptbf])(?:work|home|cell|mobile|phone|tel|ph|pager|beeper|fax|call)\b"
    r"[^\w\n]{0,4}(?P<v>\d{3}[-. ]?\d{4})(?!\w)"
    r"|#[ \t]*(?P<w>\d{3}[-. ]?\d{4})(?!\w)"
)
_LONG_NUMBER: Final = re.compile(r"(?<![\w.,])\d{5,}(?![\w]|[.,]\d)")
_UNITS_AFTER: Final = re.compile(
    r"[ \t]*(?:mg|mcg|g|kg|ml|cc|l|units?|u|meq|mmol|iu|%|cal|kcal|mm|cm|ml/hr|cc/hr|x)\b", re.I
)
_JARGON_ZIPF: Final = 1.0  # web tokens at least this common are jargon, not identifiers
_FUNCTION_ZIPF: Final = 5.6  # words this common ("to", "good", "will") are never taken for names
_WEAK_ZIPF: Final = 4.8  # above this, only a title, kin word or credential makes a word a name
_SUFFIXES: Final = ("s", "es", "ed", "d", "ing", "able", "ly", "ic", "al", "ness", "ment")
_BARE_EPONYMS: Final = frozenset(w.lower() for w in BARE_EPONYMS)
_LETTERS: Final = "abcdefghijklmnopqrstuvwxyz"
_EPONYM_SUFFIXES: Final = frozenset(w.lower() for w in EPONYM_SUFFIXES)
# A role word is never itself the name ("HO aware", "RN notified", "daughter called").
_ROLE_WORDS: Final = cues.TITLES | cues.KIN | cues.CREDENTIALS | cues.AFTER_NAME | cues.NAME_VERBS
_NOT_INITIALS: Final = frozenset("AILRTWUVXOPCS")
_ROMAN: Final = frozenset({"I", "II", "III", "IV"})
# After these a name is a person or a place, not an eponym ("Dr Bishop 2nd opinion", "to Lowell 3").
_NOT_EPONYM_BEFORE: Final = (
    cues.TITLES | cues.KIN | cues.PLACE_PREPS | cues.BARE_PLACE_PREPS
)  # right, left, temperature, with, units...


def _web_word(e: Entry) -> bool:
    """A surname the web uses far more than its bearers would ("trach", "perl", "lytes"): web
    jargon that happens to be a surname. Expected web frequency of a surname borne by n people is
    about 0.25 * log2(n) - 1 on the Zipf scale; half a point above that is jargon."""
    if e.flags & (F.FIRST | F.PLACE) or e.zipf < _JARGON_ZIPF:
        return False
    return e.zipf - (0.25 * e.surname_log2 - 1.0) >= 0.5


def name_pop(e: Entry) -> int:
    """How strongly a word is also a name: surnames from 2^11 bearers, first names from ~0.06%."""
    return max(e.surname_log2 - 11, e.first_log2 - 6, 0)


def _edits1(w: str) -> set[str]:
    splits = [(w[:i], w[i:]) for i in range(len(w) + 1)]
    out = {a + b[1:] for a, b in splits if b}
    out |= {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    out |= {a + c + b[1:] for a, b in splits if b for c in _LETTERS}
    out |= {a + c + b for a, b in splits for c in _LETTERS}
    out.discard(w)
    return out


SAFE, AMBIGUOUS, MASK = 0, 1, 2
JARGON = 3  # a name that is also web jargon or a short abbreviation: a name only in strong context

UNKNOWN_VERDICT = 1


@dataclass(slots=True)
class _Tok:
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


class StrictFilter:
    """Stateless after construction; shares the process's lexicon."""

    def __init__(self, lex: Lexicon) -> None:
        self._lex = lex
        self._verdicts: dict[str, int] = {}  # memo: a word's verdict depends on the word alone

    # -- words -----------------------------------------------------------------------------
    def word_verdict(self, word: str) -> int:
        """SAFE, AMBIGUOUS or MASK for one word on its own (memoised)."""
        low = word.lower()
        if low.endswith(("'s", "’s")) and len(low) > 3:
            low = low[:-2]
        v = self._verdicts.get(low)
        if v is None:
            tok = _Tok(0, len(word), word, low, self._lex(low))
            v = SAFE if len(word) == 1 else self._verdict(tok)
            if len(self._verdicts) < 100_000:
                self._verdicts[low] = v
        return v

    def could_be_phi(self, word: str) -> bool:
        """A name or place on its own, or maybe one (not plain English, clinical, short jargon,
        an eponym)."""
        if word.lower() in _BARE_EPONYMS or word.lower() in _EPONYM_SUFFIXES:
            return False
        v = self.word_verdict(word)
        return v == MASK or (v in (AMBIGUOUS, JARGON) and len(word) > 3)

    def _verdict(self, tok: _Tok) -> int:
        e = tok.entry
        assert e is not None
        low = tok.low
        if low in cues.UNITS:
            return SAFE
        if e.english or e.clinical:
            if e.zipf < _FUNCTION_ZIPF and (name_pop(e) >= 2 or e.place):
                return AMBIGUOUS
            return SAFE
        if e.name or e.place:
            # "ho", "gu" (short), "lytes", "trach" (rare surnames that are web jargon): a name
            # only where one stands
            short = len(low) <= 3 and e.flags & F.KNOWN and e.zipf >= 2.5
            return JARGON if short or _web_word(e) else MASK
        if e.flags & F.KNOWN and e.zipf >= _JARGON_ZIPF:
            return SAFE
        return SAFE if self._near_known(low) else UNKNOWN_VERDICT

    def _known_word(self, word: str, zipf: float) -> bool:
        e = self._lex(word)
        return (
            (e.english or e.clinical or bool(e.flags & F.KNOWN))
            and not (e.name or e.place)
            and (e.english or e.clinical or e.zipf >= zipf)
        )

    def _near_known(self, low: str) -> bool:
        """A misspelt or inflected known word ("aggitated", "dopplerable"), not a new name."""
        if len(low) < 6 or not low.isascii():
            return False
        for suffix in _SUFFIXES:
            stem = low[: -len(suffix)]
            if low.endswith(suffix) and len(stem) >= 4 and self._known_word(stem, 2.0):
                return True
        if len(low) < 7:
            return False
        return any(self._known_word(c, 3.0) for c in _edits1(low))

    def spans(self, text: str) -> list[Entity]:
        return self.analyse(text)[0]

    def analyse(self, text: str) -> tuple[list[Entity], list[tuple[int, int]], set[int]]:
        """(what to mask, where eponyms stand: "Graves disease" is no one's name there, where
        words start that could be a name or place on their own: the tagger looks only there)."""
        toks = [
            _Tok(m.start(), m.end(), m.group(), m.group().lower(), None)
            for m in _TOKEN.finditer(text)
        ]
        words = [t for t in toks if t.text[0].isalpha()]
        upper = upper_ratio(text)
        mixed = 0.03 < upper < 0.6
        memo = self._verdicts
        for t in words:
            if t.low.endswith(("'s", "’s")) and len(t.low) > 3:
                t.low = t.low[:-2]  # "ABG's", "Foley's": the word itself
            t.entry = self._lex(t.low)
            v = memo.get(t.low)
            if v is None:
                v = SAFE if len(t.text) == 1 else self._verdict(t)
                if len(memo) < 100_000:
                    memo[t.low] = v
            t.verdict = v
        self._eponyms(toks, mixed)
        self._names(toks, words, text, mixed)
        self._places(toks, words, text, mixed)
        self._initials(toks, text)
        out = self._merge(toks, text)
        out.extend(_numbers(text))
        return (
            out,
            [(t.start, t.end) for t in toks if t.eponym],
            {
                t.start
                for t in words
                if t.verdict == MASK or (t.verdict in (AMBIGUOUS, JARGON) and len(t.low) > 3)
            },
        )

    @staticmethod
    def _eponyms(toks: list[_Tok], mixed: bool) -> None:
        """Names used as eponyms stay: "Parkinson disease", "Foley catheter", "Bell's palsy",
        "Stevens-Johnson syndrome", "Hashimoto thyroiditis", "Barthel 45", "Killip I"."""
        n = len(toks)
        for i, t in enumerate(toks):
            if t.entry is None:
                continue
            if t.low in _BARE_EPONYMS:  # "Foley removed", "Doppler today"
                t.verdict, t.eponym = SAFE, True
                continue
            if t.verdict == SAFE or (i > 0 and toks[i - 1].low in _NOT_EPONYM_BEFORE):
                continue
            b = i - 2 if i > 1 and toks[i - 1].text == "." else i - 1
            if (
                b >= 0
                and len(toks[b].text) == 1
                and toks[b].text.isalpha()
                and toks[b].text not in "AaIi"
            ) and (b == 0 or not toks[b - 1].text[0].isdigit()):  # "98.6 F." is Fahrenheit
                continue  # "M. PEPPLER placing...": a person with an initial
            j = i + 1  # across a hyphenated partner: "Osgood-Schlatter", "Cheyne-Stokes"
            while j + 1 < n and toks[j].text == "-" and toks[j + 1].entry is not None:
                j += 2
            if j >= n:
                continue
            nxt = toks[j]
            score = (
                mixed and t.text[:1].isupper() and t.text[1:].islower() and t.low == t.text.lower()
                and ((nxt.text.isdigit() and len(nxt.text) <= 2) or nxt.text in _ROMAN)
            )  # fmt: skip
            if nxt.low in _EPONYM_SUFFIXES or _clinical_noun(nxt) or score:
                for k in range(i, j):
                    if toks[k].entry is not None:
                        toks[k].verdict, toks[k].eponym = SAFE, True

    def _names(self, toks: list[_Tok], words: list[_Tok], text: str, mixed: bool) -> None:
        for i, t in enumerate(words):
            if t.eponym:
                continue
            why = "not a known word" if t.verdict == MASK else ""
            if not why and len(t.text) > 1:
                why = self._name_context(words, i, text, mixed)
            if why:
                t.hit, t.why = True, why
        # Double-barrelled names: "Delacroix-Nwosu", "kim-ly": a part joined to a masked name is one.
        for i in range(1, len(words)):
            a, b = words[i - 1], words[i]
            if text[a.end : b.start] != "-" or a.hit == b.hit:
                continue
            other = b if a.hit else a
            if (
                not other.place
                and other.entry is not None
                and not (other.entry.clinical or other.entry.zipf >= 4.5)
            ):
                other.hit, other.why = True, "joined to a name"
        # A name's neighbours: "Janet logan", "URSLA MORETTI", "E. WELSH" (to a fixed point).
        changed = True
        while changed:
            changed = False
            for i, t in enumerate(words):
                if t.hit or t.verdict != AMBIGUOUS or t.eponym or len(t.text) <= 2:
                    continue
                assert t.entry is not None
                if t.entry.zipf >= _FUNCTION_ZIPF:
                    continue
                for j, via in ((i - 1, i - 2), (i + 1, i + 2)):
                    if not 0 <= j < len(words) or not _adjacent(text, words, i, j):
                        continue
                    through = _is_initial(words[j], text) and 0 <= via < len(words)
                    if through and _adjacent(text, words, j, via):
                        j = via  # "EARL N. RAND", "TOM B. ORTIZ": First I. Last, strong
                    elif not (_title_pair(t, words[j]) or _likely_name(t.entry, words[j])):
                        continue
                    if words[j].hit and not words[j].place:
                        t.hit, t.why = True, "next to a name"
                        break

    @staticmethod
    def _name_context(words: list[_Tok], i: int, text: str, mixed: bool) -> str:
        """Where a word that may be a name stands as one ("" where it does not)."""
        t = words[i]
        e = t.entry
        assert e is not None
        low = t.low
        if e.zipf >= _FUNCTION_ZIPF or low in _ROLE_WORDS or t.eponym:
            return ""
        prev = words[i - 1] if i > 0 and _adjacent(text, words, i, i - 1) else None
        nxt = words[i + 1] if i + 1 < len(words) and _adjacent(text, words, i, i + 1) else None
        plain = e.english or e.clinical  # a dictionary word: needs a name to be read as one
        if prev is not None and _title_before(words, i - 1) and not e.clinical:
            return "after a title"  # "Mrs Ley", "DR.GATEMAN", "fr. o'halloran"
        if prev is not None and _intro_before(words, i, text) and (not plain or e.flags & F.FIRST):
            return "introduced"  # "this is kez", "it's Babs", "named jaylen", "called Faith"
        if t.verdict == SAFE:
            if not plain:  # web jargon ("cpap", "jaz"): a name only after a kinship word
                return f"after {prev.low!r}" if prev is not None and prev.low in cues.KIN else ""
            if not (e.first_log2 >= 4 or name_pop(e) >= 3):
                return ""
        if prev is not None and (
            prev.low in cues.TITLES or prev.low in cues.KIN or prev.low in cues.NAME_VERBS
        ):
            return f"after {prev.low!r}"
        if nxt is not None and (nxt.low in cues.CREDENTIALS or nxt.low in cues.AFTER_NAME):
            return f"before {nxt.low!r}"
        if nxt is not None and nxt.low in cues.KIN and t.text.lower().endswith(("'s", "’s")):
            return "someone's relative"  # "Kayden's mum"
        if prev is not None and _is_initial(prev, text):
            return "after an initial"
        if t.verdict == JARGON:
            return ""  # "Levo", "Wean", "Ho": no weak evidence makes these names
        shape = t.text[:-2] if low.endswith(("'s", "’s")) else t.text
        titled = shape[:1].isupper() and shape[1:].islower()
        if (
            mixed
            and titled
            and not (e.flags & (F.ENGLISH | F.CLINICAL | F.KNOWN))
            and "'" not in low
        ):
            partner = any(
                w is not None and w.text[:1].isupper() and w.text[1:].islower() and w.verdict != SAFE
                for w in (prev, nxt)
            )  # fmt: skip
            if partner:  # "Summer Delacroix", "Faith Mbeki": two capitalised unknown names
                return "capitalised unknown word"
        if mixed and titled and e.zipf < _WEAK_ZIPF:
            before = text[: t.start].rstrip(" \t\"'(")
            if before and before[-1] not in ".!?:;\n-*•>":
                return "capitalised mid-sentence"
        return ""

    def _places(self, toks: list[_Tok], words: list[_Tok], text: str, mixed: bool) -> None:
        for i, t in enumerate(words):
            self._after_place_cue(words, i, text, mixed)
            if t.low in cues.FACILITY_HEADS and t.low not in cues.FACILITY_NAME_WORDS:
                self._facility_before(words, i, text, mixed)
            elif (
                t.low in ("memorial", "general", "regional")
                and i > 0
                and _adjacent(text, words, i, i - 1)
            ):
                w = words[i - 1]  # "Union Memorial", "HARFORD MEMORIAL", "MERCY GENERAL"
                if (
                    w.entry is not None
                    and w.entry.zipf < _FUNCTION_ZIPF
                    and w.low not in cues.UNITS
                    and (t.low == "memorial" or not (w.entry.clinical or w.entry.zipf >= 4.5))
                ):
                    for x in (w, t):
                        x.hit, x.place, x.why = True, True, "facility name"
            elif (
                t.low in ("st", "saint", "ste")
                and i + 1 < len(words)
                and _adjacent(text, words, i, i + 1)
            ):
                w = words[i + 1]  # "st aidan's", "St. Brigid's", "Saint Jude"
                we = w.entry
                if (
                    we is not None
                    and not we.clinical
                    and not (we.english and we.zipf >= 4.0)
                    and (we.flags & (F.FIRST | F.LAST) or w.verdict != SAFE)
                ):
                    for x in (t, w):
                        x.hit, x.place, x.why = True, True, "saint's name"
            elif t.low in cues.NAMED_AREAS and i > 0 and _adjacent(text, words, i, i - 1):
                w = words[i - 1]  # "Kestrel ward", "Rowan unit", "Halloran wing"
                we = w.entry
                if (
                    mixed
                    and we is not None
                    and w.text[:1].isupper()
                    and w.text[1:].islower()
                    and not we.clinical
                    and we.zipf < _WEAK_ZIPF
                ):
                    w.hit, w.place, w.why = True, True, f"before {t.low!r}"
            elif (
                (
                    t.low in ("university", "univ", "u")
                    and i + 2 < len(words)
                    and words[i + 1].low == "of"
                )
                and _adjacent(text, words, i, i + 1)
                and _adjacent(text, words, i + 1, i + 2)
            ):
                for x in words[i : i + 3]:  # "University of Maryland", "U OF MD"
                    x.hit, x.place, x.why = True, True, "facility name"

    def _after_place_cue(self, words: list[_Tok], i: int, text: str, mixed: bool) -> None:
        """ "transferred to GH", "lives alone in white amrsh", "from Middle River, MD", "on
        QUARTERMAIN 2", "works for Genentech"."""
        t = words[i]
        prev = words[i - 1].low if i > 0 else ""
        if prev in cues.ADVERBS and i > 1:
            prev = words[i - 2].low
        verb_cue = (t.low in cues.PLACE_PREPS and prev in cues.PLACE_VERBS) or (
            t.low in cues.EMPLOYER_PREPS and prev in cues.WORK_VERBS
        )
        if not verb_cue and t.low not in cues.BARE_PLACE_PREPS:
            return
        j = i + 1
        if j < len(words) and words[j].low == "the":
            j += 1
        if j >= len(words) or not _adjacent(text, words, j, j - 1):
            return
        first = words[j]
        # a known multi-word place ("new haven", "middle river")
        for n in (3, 2):
            if j + n <= len(words) and self._lex.has_phrase(
                " ".join(w.low for w in words[j : j + n])
            ):
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
                mixed and titled and t.low in cues.NAME_PLACE_PREPS and fe is not None
                and not (fe.english and fe.zipf >= 3.5) and not fe.clinical
                and first.low not in cues.UNITS and not first.eponym
            ):  # fmt: skip
                first.hit, first.place, first.why = True, True, f"after {t.low!r}"  # "at Lakeshore"
                return
            if _ward(first, text) or (
                t.low in cues.NAME_PLACE_PREPS and _short_caps_name(first, mixed)
            ):
                first.hit, first.place, first.why = True, True, f"after {t.low!r}"
            return
        for k in range(j, min(j + 3, len(words))):
            w = words[k]
            if not _adjacent(text, words, k, k - 1) or not _place_word(w) or w.eponym:
                break
            w.hit, w.place, w.why = True, True, "after a place cue"

    @staticmethod
    def _facility_before(words: list[_Tok], i: int, text: str, mixed: bool) -> None:
        """ "Holy Cross Hospital", "Harbor Hosp", "Franklin Square Hosp", "VAMC HOSPITAL"."""
        k = i - 1
        while k >= 0 and i - k <= 4 and _adjacent(text, words, k, k + 1):
            w = words[k]
            if w.low in cues.UNITS or (w.low == "of" and k == i - 1):
                break
            titled = (
                mixed
                and w.text[:1].isupper()
                and w.text[1:].islower()
                and w.low not in ("the", "to", "at", "from", "in")
            )
            if w.low != "of" and not (_place_word(w) or titled):
                break
            if w.low != "of":
                w.hit, w.place, w.why = True, True, "facility name"
            k -= 1

    @staticmethod
    def _initials(toks: list[_Tok], text: str) -> None:
        """Initials next to a masked name: "ANTHONY C. KOZICKI", "E. WELSH", "S. roberto"."""
        for i, t in enumerate(toks):
            if t.entry is None or not _is_initial(t, text):
                continue
            j = i + 2 if i + 1 < len(toks) and toks[i + 1].text == "." else i + 1
            nxt = toks[j] if j < len(toks) else None
            prev = toks[i - 1] if i > 0 else None
            if (nxt is not None and nxt.hit and not nxt.place) or (
                prev is not None and prev.hit and not prev.place and text[prev.end : t.start] == " "
            ):
                t.hit, t.why = True, "initial"

    @staticmethod
    def _merge(toks: list[_Tok], text: str) -> list[Entity]:
        out: list[Entity] = []
        for t in toks:
            if not t.hit:
                continue
            kind = PhiType.LOCATION if t.place else PhiType.NAME
            prev = out[-1] if out else None
            gap = text[prev.end : t.start] if prev else ""
            joins = gap.strip(" .") == "" or (
                kind is PhiType.LOCATION and gap.strip().lower() == "of"
            )
            if prev is not None and prev.type is kind and joins and "\n" not in gap:
                out[-1] = Entity(kind, prev.start, t.end, text[prev.start : t.end])
            else:
                out.append(Entity(kind, t.start, t.end, t.text))
        return out


def _clinical_noun(tok: _Tok) -> bool:
    """A clinical word that is not also everyday English: "lymphoma", "thyroiditis"."""
    e = tok.entry
    return e is not None and e.clinical and not e.name and e.zipf < 3.6 and len(tok.low) > 4


def _ward(w: _Tok, text: str) -> bool:
    """A rarely written word followed by a ward or room number: "QUARTERMAIN 2"."""
    e = w.entry
    assert e is not None
    if e.english or e.clinical or w.low in cues.UNITS or e.zipf >= 2.0:
        return False
    return re.match(r"[ \t]*\d{1,3}\b(?![./:]\d)", text[w.end : w.end + 6]) is not None


def _short_caps_name(w: _Tok, mixed: bool) -> bool:
    """A short upper-case name that is no word, drug or unit: "GH", "VAMC", "GBMC". In an
    ALL-CAPS note every word is upper case: there only two letters or a rare word qualify."""
    e = w.entry
    assert e is not None
    if not (2 <= len(w.text) <= 5 and w.text.isupper()) or w.low in cues.UNITS:
        return False
    if not mixed and len(w.text) > 2 and e.zipf >= 2.0:
        return False
    return not e.english and not e.clinical and e.zipf < 3.5


def _place_word(w: _Tok) -> bool:
    """A word that can be (part of) a place's name after "transferred to" or before "Hospital"."""
    e = w.entry
    assert e is not None
    if w.low in cues.FACILITY_NAME_WORDS:
        return True
    if w.low in cues.UNITS or e.zipf >= _FUNCTION_ZIPF or (e.clinical and not e.name):
        return False
    return not e.english or e.zipf < 3.5 or name_pop(e) >= 2 or e.place


def _likely_name(e: Entry, other: _Tok) -> bool:
    """Beside a word masked as a name (not by context), a common first name or surname is one."""
    return other.verdict == MASK and (e.first_log2 >= 4 or name_pop(e) >= 3)


def _title_pair(t: _Tok, other: _Tok) -> bool:
    """ "Summer Delacroix", "Faith Mbeki": a capitalised first name beside a capitalised name."""
    e = t.entry
    return (
        e is not None and bool(e.flags & F.FIRST)
        and t.text[:1].isupper() and t.text[1:].islower()
        and other.text[:1].isupper() and not other.text.isupper()
    )  # fmt: skip


def _sentence_start(text: str, start: int) -> bool:
    before = text[:start].rstrip(" \t\"'(")
    return not before or before[-1] in ".!?:;\n-*•>"


def _title_before(words: list[_Tok], j: int) -> bool:
    """Word j is a formal title: "Dr", "Mrs", "Fr." (but "14 fr" is a catheter size)."""
    w = words[j]
    if w.low == "fr":
        return j == 0 or not words[j - 1].text.isdigit()
    return w.low in cues.FORMAL_TITLES


def _intro_before(words: list[_Tok], i: int, text: str) -> bool:
    """ "this is X", "it's X", "I'm X", "my name is X", "named X", "called X"."""
    prev = words[i - 1].low
    if prev in cues.INTRO_WORDS:
        return True
    two = words[i - 2].low + " " + prev if i > 1 else ""
    return two in cues.INTRO_PAIRS


def _is_initial(tok: _Tok, text: str) -> bool:
    """ "E." or "J" standing alone in upper case (not "A" or "I", not after an apostrophe)."""
    if len(tok.text) != 1 or not tok.text.isalpha():
        return False
    before = text[tok.start - 1] if tok.start else " "
    after = text[tok.end] if tok.end < len(text) else " "
    if tok.text.islower():
        return before in " \t\n(" and after == "."  # "s. roberto rrt", "barbara j. parrilli"
    return before in " \t\n(" and (
        after == "." or (after in " \t" and tok.text not in _NOT_INITIALS)
    )


def _adjacent(text: str, words: list[_Tok], i: int, j: int) -> bool:
    """Words i and j are neighbours: only spaces, a period, a comma or brackets between, or a
    hyphen ("Delacroix-Nwosu"); no line break."""
    a, b = (words[i], words[j]) if i < j else (words[j], words[i])
    gap = text[a.end : b.start]
    return len(gap) <= 3 and (gap.strip(" .,()") == "" or gap == "-") and "\n" not in gap


# -- numbers ---------------------------------------------------------------------------------
_ORDINAL_DAY: Final = re.compile(
    r"(?i)(?<=\bthe[ \t])(?P<d>[0-3]?\d(?:st|nd|rd|th))\b(?![ \t]*(?:of[ \t]+)?(?:century|percentile|grade|floor|time|day|week|dose|cycle|birthday))"
)
_FOREIGN_DATE: Final = re.compile(
    r"(?i)\b[0-3]?\d\.?[ \t]+(?:de[ \t]+)?(?:"
    + "|".join(sorted(cues.FOREIGN_MONTHS, key=len, reverse=True))
    + r")\b"
)
_AGE: Final = re.compile(
    r"(?<![\w.,/])(?P<n>9\d|1[01]\d)(?![\w/%]|\.\d|[ \t]*(?:%|mg|bpm|mmhg|kg|lb|cm|mm|ml))"
)
_SHORT_PHONE: Final = re.compile(
    r"(?i)\b(?:pager|page|bleep|beep|beeper|ext|extension|x)\.?[ \t]*(?:is[ \t]+|me[ \t]+on[ \t]+|on[ \t]+|#[ \t]*|:[ \t]*)?(?P<v>\d{4,5})\b"
)
_NATIONAL_PHONE: Final = re.compile(r"(?<![\w+])0\d{1,4}(?:[ \t-]\d{2,5}){1,3}(?![\w])")
_LOCAL_PHONE: Final = re.compile(r"(?<![\w/.-])[2-9]\d{2}-\d{4}(?![\w/-])")
_GROUPED_ID: Final = re.compile(
    r"(?<![\w.])(?=[A-Z\d])(?:[A-Z]{1,4}[ -]?)?\d{2,5}(?:[ -]\d{1,5}){2,4}(?!\w|\.\d)"
    r"|(?<![\w.])\d{4}-\d{4}(?!\w|\.\d)"
)
_STREET: Final = re.compile(
    r"(?<![\w.])(?:[A-Z][a-z]+[ \t]){1,3}(?:Rd|St|Ave|Avenue|Road|Street|Lane|Ln|Blvd|Drive|Ct|Court|"
    r"Terrace|Pl|Place|Way|Crescent|Close|Hwy|Highway|Pike|Parkway)\b\.?(?![ \t]+[A-Z][a-z])"
)
_DOTTED_INITIALS: Final = re.compile(r"(?<![\w.])[A-Z]\.[A-Z]\.(?![A-Za-z])")
_NOT_INITIALS_DOTTED: Final = frozenset(
    {"A.M.", "P.M.", "U.S.", "U.K.", "P.O.", "Q.D.", "B.I.", "D.C.", "N.B.", "E.R."}
)


def _numbers(text: str) -> list[Entity]:
    out: list[Entity] = []
    for m in _ORDINAL_DAY.finditer(text):
        out.append(Entity(PhiType.DATE, m.start("d"), m.end("d"), m.group("d")))
    for m in _FOREIGN_DATE.finditer(text):
        out.append(Entity(PhiType.DATE, m.start(), m.end(), m.group()))
    for m in _SHORT_PHONE.finditer(text):
        out.append(Entity(PhiType.PHONE, m.start("v"), m.end("v"), m.group("v")))
    for rx in (_NATIONAL_PHONE, _LOCAL_PHONE):
        for m in rx.finditer(text):
            if sum(c.isdigit() for c in m.group()) >= 7 and not _UNITS_AFTER.match(text, m.end()):
                out.append(Entity(PhiType.PHONE, m.start(), m.end(), m.group()))
    for m in _GROUPED_ID.finditer(text):
        if (
            sum(c.isdigit() for c in m.group()) >= 8
            and not _UNITS_AFTER.match(text, m.end())
            and not _times(m.group())
        ):
            out.append(Entity(PhiType.OTHER_ID, m.start(), m.end(), m.group()))
    for m in _AGE.finditer(text):
        if _age_context(text, m):
            out.append(Entity(PhiType.AGE, m.start(), m.end(), m.group()))
    for m in _STREET.finditer(text):  # "on Grove Rd", "our Elm St store", "off Kettle Pond Rd"
        words = m.group().split()
        if words[0] not in ("The", "A", "An", "On", "In", "At", "Off", "Our", "My", "Your", "Main"):
            value = m.group().rstrip(".")
            out.append(Entity(PhiType.ADDRESS, m.start(), m.start() + len(value), value))
    for m in _DOTTED_INITIALS.finditer(text):
        if m.group() not in _NOT_INITIALS_DOTTED:
            out.append(Entity(PhiType.NAME, m.start(), m.end(), m.group()))
    for m in _PHONE.finditer(text):
        out.append(Entity(PhiType.PHONE, m.start(), m.end(), m.group()))
    for m in _CUED_PHONE.finditer(text):
        g = "v" if m.group("v") else "w"
        out.append(Entity(PhiType.PHONE, m.start(g), m.end(g), m.group(g)))
    for m in _LONG_NUMBER.finditer(text):
        if not _UNITS_AFTER.match(text, m.end()):
            out.append(Entity(PhiType.OTHER_ID, m.start(), m.end(), m.group()))
    for m in _SLASH_DATE.finditer(text):
        if _is_date(m, text):
            out.append(Entity(PhiType.DATE, m.start(), m.end(), m.group()))
    out.extend(_month_dates(text))
    return out


def _times(value: str) -> bool:
    """ "1400-1600": two clock times, not an identifier."""
    parts = value.split("-")
    return len(parts) == 2 and all(
        len(p) == 4 and int(p[:2]) < 24 and int(p[2:]) < 60 for p in parts
    )


def _age_context(text: str, m: re.Match[str]) -> bool:
    before = _WORD_BEFORE.search(text, max(0, m.start() - 16), m.start())
    after = _WORDS_AFTER.findall(text[m.end() : m.end() + 8])[:1]
    if before and before.group(1).lower() in cues.AGE_BEFORE:
        return True
    if after and after[0].lower() in cues.AGE_AFTER:
        return True
    # "Mr Adeyemi on Rowan ward, 91, NSTEMI": a number set off by commas after a capitalised word
    lead = text[max(0, m.start() - 3) : m.start()]
    return (
        lead.endswith(", ")
        and text[m.end() : m.end() + 1] in (",", ")")
        and text[: m.start()].rstrip(", ")[-1:].isalpha()
    )


_WORD_BEFORE: Final = re.compile(r"([^\W\d_]+(?:['’][^\W\d_]+)?)[^\w\n]{0,3}(?:\d+[^\w\n]{0,3})?$")
_WORDS_AFTER: Final = re.compile(r"([^\W\d_]+)")


def _is_date(m: re.Match[str], text: str) -> bool:
    month, day = int(m.group("m")), m.group("d")
    if not 1 <= month <= 12:
        return False
    if len(day) == 4:
        return 1900 <= int(day) <= 2100
    if m.group("y") is None and int(day) == 0:
        return False  # "5/0": a score; "4/97" (month/year) and "8/23" (month/day) are dates
    before = _WORD_BEFORE.search(text, max(0, m.start() - 24), m.start())
    tail = text[m.end() : m.end() + 24]
    after = [] if re.match(r"[.;]\s", tail) else _WORDS_AFTER.findall(tail)[:2]
    for w in (before.group(1) if before else "", *after):
        if w.lower() in cues.MEASURE_WORDS:
            return False
    return True


_MONTH_DATE: Final = re.compile(
    r"(?i)\b(?=[adfjmnos])(?P<mon>"
    + "|".join(sorted(cues.MONTHS, key=len, reverse=True))
    + r")\b\.?"
    r"(?P<rest>[ \t]*(?:(?:[0-3]?\d)(?:st|nd|rd|th)?\b(?:,?[ \t]*(?:19|20)\d\d)?"
    r"|(?:of[ \t]+)?(?:19|20)\d\d\b|'\d\d\b))?"
)
_DAY_MONTH: Final = re.compile(
    r"(?i)\b(?P<day>[0-3]?\d)(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?(?P<mon>"
    + "|".join(sorted(cues.MONTHS, key=len, reverse=True))
    + r")\b(?:\.?,?[ \t]*'?\d\d\b(?![:/]))?"
)


def _month_dates(text: str) -> list[Entity]:
    out: list[Entity] = []
    for m in _MONTH_DATE.finditer(text):
        mon = m.group("mon").lower()
        rest = m.group("rest")
        if rest:
            end = m.end()
            if rest.lstrip().lower().startswith("of"):
                end = m.end("mon")  # "march of 2022": the month; the year alone is not PHI
            elif re.search(r"(?:19|20)\d\d$", rest):
                end = m.end() - 4
                end = len(text[:end].rstrip(" ,\t"))
            out.append(Entity(PhiType.DATE, m.start(), end, text[m.start() : end]))
        elif mon not in cues.MONTH_WORDS and len(mon) > 2:
            out.append(Entity(PhiType.DATE, m.start(), m.end("mon"), m.group("mon")))
    for m in _DAY_MONTH.finditer(text):
        if 1 <= int(m.group("day")) <= 31:
            out.append(Entity(PhiType.DATE, m.start(), m.end(), m.group()))
    return out
