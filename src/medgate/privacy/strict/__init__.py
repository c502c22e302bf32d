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
from collections.abc import Iterable
from typing import Final

from medgate.privacy import cues
from medgate.privacy.lexicon import Lexicon
from medgate.privacy.lexicon import flags as F
from medgate.privacy.strict.numbers import number_spans
from medgate.privacy.strict.places import mark_places
from medgate.privacy.strict.possessive import possessive_eponyms
from medgate.privacy.strict.shapes import shape_spans
from medgate.privacy.strict.words import (
    AMBIGUOUS,
    BARE_EPONYM_WORDS,
    EPONYM_NOUNS,
    FUNCTION_ZIPF,
    JARGON,
    JARGON_ZIPF,
    MASK,
    NOT_EPONYM_BEFORE,
    ROLE_WORDS,
    ROMAN,
    SAFE,
    SUFFIXES,
    TOKEN,
    UNKNOWN_VERDICT,
    WEAK_ZIPF,
    Tok,
    adjacent,
    clinical_noun,
    edits1,
    intro_before,
    is_initial,
    likely_name,
    name_pop,
    title_before,
    title_pair,
    web_word,
)
from medgate.privacy.text import char_before, end_before, upper_ratio, word_before
from medgate.privacy.types import Entity, PhiType
from medgate.privacy.vocab import STOP_NAME_WORDS

# After a signature: punctuation, kisses, or the signer's phone number ("— Lindiwe 072 555 8830").
# Web frequency under which two capitalised non-English words side by side are taken for a name.
RARE_ZIPF: Final = 3.0
_SIGNATURE_TAIL: Final = " \t\n.!x0123456789+()-"
# ... or the signer's grade or credential: "-Chioma (FY2)", "-CB/RN"
_ROLE_AFTER: Final = re.compile(r"[ \t]*(?:\([^()\n]{1,20}\)|/[A-Za-z]{2,5}\b)")


def _signed_off(t: Tok, text: str) -> bool:
    """The message's last word after a dash or a closing word: a signature ("- sammy", "– Ade",
    "cheers, TW", "thanks, bec")."""
    if len(text) - t.end > 40:
        return False
    tail = _ROLE_AFTER.sub("", text[t.end : t.end + 40], count=1)
    if tail.strip(_SIGNATURE_TAIL):
        return False  # (a bounded look: no copy of the rest of a long document per word)
    return _dash_before(t, text) or word_before(text, t.start, ",\n") in cues.SIGN_OFFS


# A bed, bay or room number just before a patient's name in a handover
_BED_BEFORE: Final = re.compile(r"(?i:\b(?:bed|bay|rm|room|cubicle|cube)[ \t]*#?[ \t]*\d{1,3}[a-z]?[ \t]*[:\-–,]?[ \t]*)\Z")
# Where a sentence or a numbered item opens: "1. ", "2) ", "- ", after a full stop, or a line
_ITEM_OPEN: Final = re.compile(r"(?:^|\n|[.!?:;][ \t]+|\d[.)][ \t]+|[-•*][ \t]+)[ \t]*\Z")


_CUED: Final = ("after ", "before ", "introduced", "name continues", "someone's relative")
_NOT_A_NAME_PART: Final = (
    cues.UNITS | cues.SHORTHAND | cues.CREDENTIALS | cues.OWN_IDENTIFIERS | cues.AFTER_NAME
    | cues.REPORTING_VERBS | cues.KIN | cues.TITLES | cues.DETERMINERS | cues.FOREIGN_FUNCTION_WORDS
)


def _name_continues(t: Tok, words: list[Tok], i: int, text: str) -> bool:
    """The next word of a name found by its cue, in the same case, that is no common word, clinical
    word or note word: "pt margaret o'rourke dob", "mrs tran thi hoa 92", "her name is consolacion
    dela cruz" (at most three words after the cued one)."""
    if i == 0 or t.hit:
        return False
    p = words[i - 1]
    first_name = p.why == "not a known word" and p.entry is not None and bool(p.entry.flags & F.FIRST)
    if not (p.hit and not p.place and (p.why.startswith(_CUED) or first_name)) or text[p.end : t.start] != " ":
        return False
    if p.why == "name continues" and i > 3 and all(words[k].why == "name continues" for k in (i - 2, i - 3)):
        return False
    e = t.entry
    if e is None or e.clinical or t.eponym or t.low in _NOT_A_NAME_PART or not t.text[:1].isalpha():
        return False
    if t.text[:1].isupper() != p.text[:1].isupper():
        return False
    known_name = bool(e.flags & F.FIRST) or (e.name and not e.english)
    return (known_name and e.zipf < WEAK_ZIPF) or (not e.english and e.zipf < RARE_ZIPF)


def _rare_beside_name(t: Tok, words: list[Tok], i: int, text: str) -> bool:
    """A capitalised word that is neither English nor clinical and rare on the web, right before a
    masked capitalised name: a first name ("Hemi Walker-Tuhiwai")."""
    if i + 1 >= len(words):
        return False
    n = words[i + 1]  # (the cheap tests first: most words have no masked name after them)
    return n.hit and not n.place and n.text[:1].isupper() and text[t.end : n.start] == " " and _rare_titled(t)


def _unknown_beside_name(t: Tok, words: list[Tok], i: int, text: str) -> bool:
    """A capitalised word no vocabulary knows, in the same case as a masked name right beside it."""
    e = t.entry
    if e is None or e.english or e.clinical or e.name or e.place or e.zipf >= 1.0 or len(t.text) < 3:
        return False
    if not t.text[:1].isupper() or "'" in t.text or "’" in t.text:
        return False  # (lower-case foreign words beside a word taken for a name: "tomar levotiroxina"; "I'm")
    for j in (i - 1, i + 1):
        if 0 <= j < len(words) and text[min(t.end, words[j].end) : max(t.start, words[j].start)] == " ":
            w = words[j]
            if (
                w.hit and not w.place and w.why.startswith(("before ", "after "))  # (a name by its cue)
                and w.text.isupper() == t.text.isupper() and w.text[:1].isupper() == t.text[:1].isupper()
            ):
                return True
    return False


def _after_first_name(words: list[Tok], i: int, text: str) -> bool:
    """The word before is a masked, capitalised first name right beside it (one space)."""
    if i == 0:
        return False
    p, t = words[i - 1], words[i]
    rare = t.entry is not None and t.entry.zipf < 2.5
    return (
        p.hit and not p.place and p.entry is not None and bool(p.entry.flags & F.FIRST)
        and p.verdict == MASK and text[p.end : t.start] == " "
        and (
            (p.text[:1].isupper() and t.text[:1].isupper())
            or (p.text.islower() and t.text.islower() and rare)  # "priya raghunathan", not "le 3 avril mais"
        )
    )  # fmt: skip


def _age_sex_after(toks: list[Tok], j: int) -> bool:
    """ "Vance-Otieno 89F", "Smith 72 M": the number is an age with a sex, not a score."""
    if j + 1 >= len(toks):
        return False
    after = toks[j + 1]
    return after.text in ("F", "M", "f", "m", "yo", "YO", "y") and after.start - toks[j].end <= 1


def _opens_item(text: str, start: int) -> bool:
    return _ITEM_OPEN.search(text, max(0, start - 8), start) is not None


def _dash_before(t: Tok, text: str) -> bool:
    return text[max(0, t.start - 4) : t.start].rstrip(" \t")[-1:] in ("-", "–", "—")


def _opens_line(text: str, start: int) -> bool:
    """Nothing but spaces between the start of the text or line and `start`."""
    return char_before(text, start, " \t") in ("", "\n")


def _rare_titled(w: Tok) -> bool:
    """A capitalised word that is neither English nor clinical and rare on the web: with another
    such word beside it, the pair is a name ("Aroha Ngata") however the lexicon files them."""
    e = w.entry
    return (
        e is not None and len(w.text) > 2 and w.text[:1].isupper() and w.text[1:].islower()
        and not (e.english or e.clinical or w.eponym) and e.zipf < RARE_ZIPF and "'" not in w.text
        and w.low not in cues.UNITS and w.low not in cues.SHORTHAND
    )  # fmt: skip


def _initials_by(t: Tok, text: str) -> bool:
    """Two or three letters after a "taken by:" style label: "taken by: dl", "Seen by - KM"."""
    i = end_before(text, t.start, " \t")
    if i == 0 or text[i - 1] not in ":-–":
        return False
    return word_before(text, i - 1, "") == "by"


_TITLES = frozenset(w.rstrip(".") for w in cues.FORMAL_TITLES)
_CAPITAL_JOINERS: Final = frozenset({"mac", "mc", "ó", "ní", "ua", "nic", "ap"})


class StrictFilter:
    """Stateless after construction; shares the process's lexicon."""

    def __init__(self, lex: Lexicon) -> None:
        self._lex = lex
        self._verdicts: dict[str, int] = {}  # memo: a word's verdict depends on the word alone
        self._possessive = possessive_eponyms(lex)

    # -- words -----------------------------------------------------------------------------
    def word_verdict(self, word: str) -> int:
        """SAFE, AMBIGUOUS or MASK for one word on its own (memoised)."""
        low = word.lower()
        if low.endswith(("'s", "’s")) and len(low) > 3:
            low = low[:-2]
        v = self._verdicts.get(low)
        if v is None:
            tok = Tok(0, len(word), word, low, self._lex(low))
            v = SAFE if len(word) == 1 else self._verdict(tok)
            if len(self._verdicts) < 100_000:
                self._verdicts[low] = v
        return v

    def could_be_phi(self, word: str) -> bool:
        """A name or place on its own, or maybe one (not plain English, clinical, short jargon,
        an eponym)."""
        if word.lower() in BARE_EPONYM_WORDS or word.lower() in EPONYM_NOUNS:
            return False
        v = self.word_verdict(word)
        return v == MASK or (v in (AMBIGUOUS, JARGON) and len(word) > 3)

    def _verdict(self, tok: Tok) -> int:
        e = tok.entry
        assert e is not None
        low = tok.low
        if low in cues.UNITS or low in cues.SHORTHAND:
            return SAFE
        if e.english or e.clinical:
            if e.zipf < FUNCTION_ZIPF and (name_pop(e) >= 2 or e.place):
                return AMBIGUOUS
            return SAFE
        if e.name or e.place:
            # "ho", "gu" (short), "lytes", "trach" (rare surnames that are web jargon): a name
            # only where one stands
            short = len(low) <= 3 and e.flags & F.KNOWN and e.zipf >= 2.5
            return JARGON if short or web_word(e) else MASK
        if e.flags & F.KNOWN and e.zipf >= JARGON_ZIPF:
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
        for suffix in SUFFIXES:
            stem = low[: -len(suffix)]
            if low.endswith(suffix) and len(stem) >= 4 and self._known_word(stem, 2.0):
                return True
        if len(low) < 7:
            return False
        return any(self._known_word(c, 3.0) for c in edits1(low))

    def spans(self, text: str) -> list[Entity]:
        return self.analyse(text)[0]

    def analyse(self, text: str) -> tuple[list[Entity], list[tuple[int, int]], set[int]]:
        """(what to mask, where eponyms stand: "Graves disease" is no one's name there, where
        words start that could be a name or place on their own: the tagger looks only there)."""
        toks = [Tok(*m.span(), (g := m.group()), g.lower(), None) for m in TOKEN.finditer(text)]
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
        self._possessive_eponyms(toks, text)
        self._names(toks, words, text, mixed)
        self._joiners(words, text)
        mark_places(self._lex, words, text, mixed)
        self._initials(toks, text)
        out = self._merge(toks, text)
        out.extend(number_spans(text))
        out.extend(shape_spans(text))
        return (
            out,
            [(t.start, t.end) for t in toks if t.eponym],
            {
                t.start
                for t in words
                if t.verdict == MASK or (t.verdict in (AMBIGUOUS, JARGON) and len(t.low) > 3)
            },
        )

    def _possessive_eponyms(self, toks: list[Tok], text: str) -> None:
        """ "dad has parkinson's", "Barrett's oesophagus", "Graves' disease": an eponym in the
        possessive, unless a title or kinship word makes it someone ("Mrs Barrett's daughter")."""
        for i, t in enumerate(toks):
            if t.entry is None or t.eponym or t.low not in self._possessive:
                continue
            tail = text[t.end - 2 : t.end].lower()
            if not (tail in ("'s", "’s") or (t.low.endswith("s") and text[t.end : t.end + 1] in ("'", "’"))):
                continue
            prev = toks[i - 2] if i > 1 and toks[i - 1].text == "." else toks[i - 1] if i else None
            nxt = next((x for x in toks[i + 1 : i + 3] if x.entry is not None), None)
            if prev is not None and (prev.low.rstrip(".") in _TITLES or prev.low in cues.KIN):
                continue
            if nxt is not None and (nxt.low in cues.KIN or nxt.low in cues.OWN_IDENTIFIERS):
                continue
            t.verdict, t.eponym = SAFE, True

    @staticmethod
    def _eponyms(toks: list[Tok], mixed: bool) -> None:
        """Names used as eponyms stay: "Parkinson disease", "Foley catheter", "Bell's palsy",
        "Stevens-Johnson syndrome", "Hashimoto thyroiditis", "Barthel 45", "Killip I"."""
        n = len(toks)
        for i, t in enumerate(toks):
            if t.entry is None:
                continue
            if t.low in BARE_EPONYM_WORDS:  # "Foley removed", "Doppler today", "Lachman negative"
                before = toks[i - 2] if i > 1 and toks[i - 1].text == "." else toks[i - 1] if i else None
                if before is None or before.low.rstrip(".") not in _TITLES:  # "Mr. Foley" is a man
                    t.verdict, t.eponym = SAFE, True
                continue
            if t.verdict == SAFE or (i > 0 and toks[i - 1].low in NOT_EPONYM_BEFORE):
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
                and ((nxt.text.isdigit() and len(nxt.text) <= 2) or nxt.text in ROMAN)
                and not _age_sex_after(toks, j)
            )  # fmt: skip
            if nxt.low in EPONYM_NOUNS or clinical_noun(nxt) or score:
                for k in range(i, j):
                    if toks[k].entry is not None:
                        toks[k].verdict, toks[k].eponym = SAFE, True

    def _names(self, toks: list[Tok], words: list[Tok], text: str, mixed: bool) -> None:
        for i, t in enumerate(words):
            if t.eponym:
                continue
            why = "not a known word" if t.verdict == MASK else ""
            if not why and len(t.text) > 1:
                why = self._name_context(words, i, text, mixed)
            if why:
                t.hit, t.why = True, why
        self._join_hyphenated(words, text)
        # A name's neighbours: "Janet logan", "URSLA MORETTI", "E. WELSH" (to a fixed point).
        # (after the first pass only words within three of a word masked in the pass before are
        # looked at again: a word's verdict reads no further than that)
        todo: Iterable[int] = range(len(words))
        changed = True
        while changed:
            changed = False
            masked: list[int] = []
            n = len(words)
            for i in todo:
                t = words[i]
                if t.hit or not (  # (every rule below reads a masked word at most two away)
                    (i and words[i - 1].hit) or (i + 1 < n and words[i + 1].hit)
                    or (i > 1 and words[i - 2].hit) or (i + 2 < n and words[i + 2].hit)
                ):
                    continue
                if self._neighbour(t, words, i, text, mixed):
                    masked.append(i)
                    changed = changed or t.why != "next to a name"
            todo = sorted({k for i in masked for k in range(max(0, i - 3), min(len(words), i + 4))})
        self._join_hyphenated(words, text)  # again: a neighbour found above may have a hyphenated partner

    @staticmethod
    def _neighbour(t: Tok, words: list[Tok], i: int, text: str, mixed: bool) -> bool:
        """Whether word i, beside a masked name, is part of it (and mark it)."""
        if t.eponym or len(t.text) <= 2:
            return False
        assert t.entry is not None
        # a plain word is a name only as a capitalised first name ("Summer Delacroix")
        first = mixed and t.verdict == SAFE and bool(t.entry.flags & F.FIRST)
        if t.verdict == JARGON and t.entry.name and len(t.text) > 3 and _after_first_name(words, i, text):
            t.hit, t.why = True, "surname after a first name"  # "AGNES MUNROE"
            return True
        if _name_continues(t, words, i, text):
            t.hit, t.why = True, "name continues"  # "pt margaret o'rourke dob", "mrs tran thi hoa"
            return True
        if _rare_beside_name(t, words, i, text):
            t.hit, t.why = True, "rare word beside a name"  # "for Hemi Walker-Tuhiwai"
            return True
        if (t.verdict != AMBIGUOUS and not first) or t.entry.zipf >= FUNCTION_ZIPF:
            return False
        if _unknown_beside_name(t, words, i, text):
            t.hit, t.why = True, "unknown word beside a name"  # "CHIBUEZE ONYEKACHI RRT"
            return True
        for j, via in ((i - 1, i - 2), (i + 1, i + 2)):
            if not 0 <= j < len(words) or not adjacent(text, words, i, j):
                continue
            through = is_initial(words[j], text) and 0 <= via < len(words)
            if through and adjacent(text, words, j, via):
                j = via  # "EARL N. RAND", "TOM B. ORTIZ": First I. Last, strong
            elif not (title_pair(t, words[j]) or (not first and likely_name(t.entry, words[j]))):
                continue
            if words[j].hit and not words[j].place:
                t.hit, t.why = True, "next to a name"
                return True
        return False

    @staticmethod
    def _join_hyphenated(words: list[Tok], text: str) -> None:
        """Double-barrelled names: "Delacroix-Nwosu", "kim-ly": a part joined to a masked name is one."""
        if "-" not in text:
            return
        for i in range(1, len(words)):
            a, b = words[i - 1], words[i]
            if text[a.end : b.start] != "-" or a.hit == b.hit:
                continue
            other = b if a.hit else a
            same_case = a.text.isupper() == b.text.isupper() and a.text[:1].isupper() == b.text[:1].isupper()
            if (
                other.entry is not None
                and not other.entry.clinical
                and (
                    (not other.place and other.entry.zipf < 4.5)
                    or (same_case and other.text[:1].isupper() and len(other.text) > 2
                        and other.entry.zipf < 5.0)  # "TANAKA-BELL"
                )
            ):
                other.hit, other.why = True, "joined to a name"

    @staticmethod
    def _joiners(words: list[Tok], text: str) -> None:
        """Lower-case parts inside a name are part of it: "Pieter-Jan de Wit", "Mrs. de la Cruz",
        "Ahmad Zulkifli bin Hassan" (between a name or a title and a name, at most three)."""
        for i, t in enumerate(words):
            if t.hit or t.low not in cues.NAME_JOINERS or i == 0:
                continue
            if t.text != t.low and t.low not in _CAPITAL_JOINERS:
                continue  # ("De", "La" capitalised are more often words; "Mac", "Ó", "Ní" never are)
            j = i
            while j < len(words) and j - i < 3 and words[j].low in cues.NAME_JOINERS and not words[j].hit:
                j += 1
            if j >= len(words):
                continue
            last = words[j]
            le = last.entry
            capitalised = (
                (last.text[:1].isupper() or last.text[1:2].isupper())  # (Irish eclipsis: "tSaoi", "bhFionn")
                and le is not None and not last.eponym
                and not (le.clinical and not le.name) and le.zipf < FUNCTION_ZIPF
            )  # fmt: skip
            if not ((last.hit and not last.place) or capitalised):
                continue
            if not all(adjacent(text, words, k, k + 1) for k in range(i - 1, j)):
                continue
            before = words[i - 1]
            if (before.hit and not before.place) or title_before(words, i - 1):
                for k in range(i, j + 1):
                    if not words[k].hit:
                        words[k].hit, words[k].why = True, "inside a name"

    @staticmethod
    def _name_context(words: list[Tok], i: int, text: str, mixed: bool) -> str:
        """Where a word that may be a name stands as one ("" where it does not)."""
        t = words[i]
        e = t.entry
        assert e is not None
        low = t.low
        if (
            t.verdict == SAFE and e.flags & (F.ENGLISH | F.CLINICAL) and not e.flags & F.FIRST
            and not (e.name and t.text[:1].isupper() and t.text[1:2].islower())
            and e.first_log2 < 4 and name_pop(e) < 3
        ):  # fmt: skip
            # Most words: plain, safe, not a first name, not a title-case name. Of the contexts
            # below only a title before one makes it a name (the rest need an unknown word, a
            # first name or a name's popularity): the same answer, without the other lookups.
            if e.zipf >= FUNCTION_ZIPF or low in ROLE_WORDS or t.eponym or low[:2] in ("i'", "i’"):
                return ""
            if e.clinical or i == 0 or not adjacent(text, words, i, i - 1):
                return ""
            return "after a title" if title_before(words, i - 1) or words[i - 1].low in cues.HONORIFICS_WORLD else ""
        if (
            2 <= len(t.text) <= 3 and t.text.isalpha() and (t.text.isupper() or t.text.islower())
            and not (e.english or e.clinical) and low not in cues.UNITS
            and (e.zipf < 4.0 or (e.zipf < WEAK_ZIPF and _dash_before(t, text)))
            and t.text.title() not in STOP_NAME_WORDS
            and (
                ((t.text.isupper() or (t.text.islower() and _dash_before(t, text))) and _signed_off(t, text))
                or _initials_by(t, text)
            )
        ):  # fmt: skip
            return "initials signing off"  # "... consent. – AK", "cheers, TW", "taken by: dl"
        if e.zipf >= FUNCTION_ZIPF or low in ROLE_WORDS or t.eponym or low[:2] in ("i'", "i’"):
            return ""  # ("I'm", "I've": the lexicon has no contractions)
        prev = words[i - 1] if i > 0 and adjacent(text, words, i, i - 1) else None
        nxt = words[i + 1] if i + 1 < len(words) and adjacent(text, words, i, i + 1) else None
        plain = e.english or e.clinical  # a dictionary word: needs a name to be read as one
        if prev is not None and (title_before(words, i - 1) or prev.low in cues.HONORIFICS_WORLD) and not e.clinical:
            return "after a title"  # "Mrs Ley", "DR.GATEMAN", "fr. o'halloran", "ông lộc"
        if prev is not None and intro_before(words, i, text) and (not plain or e.flags & F.FIRST):
            return "introduced"  # "this is kez", "it's Babs", "named jaylen", "called Faith"
        shape = t.text[:-2] if low.endswith(("'s", "’s")) else t.text
        titled = shape[:1].isupper() and shape[1:].islower()
        if mixed and titled and not plain and e.zipf < WEAK_ZIPF:
            for w in (prev, nxt):
                we = w.entry if w is not None else None
                if (
                    w is not None and we is not None and not w.eponym
                    and w.text[:1].isupper() and w.text[1:].islower()
                    and not (we.english or we.clinical) and we.zipf < WEAK_ZIPF
                    and (e.name or we.name)
                ):  # fmt: skip
                    return "capitalised pair with a name"  # "Olusegun Obasanjo", "Korle Bu"
        # a name, or an unknown word, not a known one
        nameish = ((not plain and e.zipf < 4.0) or (bool(e.flags & F.FIRST) and e.zipf < WEAK_ZIPF)) and not (
            low in cues.UNITS or low in cues.SHORTHAND or low in cues.DEPARTMENTS
            or t.text.title() in STOP_NAME_WORDS)
        if nameish and prev is not None and prev.low in cues.MESSAGE_VERBS and nxt is not None \
                and nxt.low in cues.MESSAGE_AFTER:
            return f"after {prev.low!r}"  # "tell ade to", "ask femi if"
        if nameish and nxt is not None and nxt.low == "from" and i + 2 < len(words) \
                and words[i + 2].low in cues.DEPARTMENTS and adjacent(text, words, i + 1, i + 2):
            return "someone from a department"  # "femi from renal says"
        if titled and nxt is not None and nxt.low == "here" and _opens_line(text, t.start) and (
            not plain or e.flags & F.FIRST or e.name
        ):
            return "introduced"  # "Brook here from the ward clerk desk", "Hemi here,"
        # (a first name that is also a word is a name here only where the structure says so)
        personal = (
            shape[:1].isupper() and (bool(e.flags & F.FIRST) or e.name) and not e.clinical
            and e.zipf < FUNCTION_ZIPF and low not in cues.SHORTHAND and low not in cues.TITLES
            and low not in ROLE_WORDS
            and all(p[:1].isupper() and p[1:].islower() for p in shape.split("-"))  # "Vance-Otieno"
        )  # fmt: skip
        if personal:
            if nxt is not None and nxt.low in cues.REPORTING_VERBS and _opens_item(text, t.start):
                return "a name opening an item"  # "2. Summer reported", "Dmitri will ask"
            if prev is not None and prev.low == "of" and i > 1 and words[i - 2].low in cues.KIN \
                    and adjacent(text, words, i - 1, i - 2):
                return "someone's relative"  # "daughter of Park Soon-ja"
            first = prev if prev is not None and prev.text[:1].isupper() and text[prev.end : t.start] == " " else t
            if mixed and any(c.isdigit() for c in text[max(0, first.start - 6) : first.start]) and _BED_BEFORE.search(
                text, max(0, first.start - 16), first.start
            ):
                return "after a bed number"  # "bed 7 Eleanor Vance-Otieno 89F"
        if mixed and titled and not plain and e.zipf < RARE_ZIPF and len(low) > 2:
            for w in (prev, nxt):
                if w is not None and _rare_titled(w):
                    return "capitalised pair of rare words"  # "re Aroha Ngata", "Wapun Kakegamic"
        if titled and e.name and e.zipf < WEAK_ZIPF and _signed_off(t, text) and _dash_before(t, text):
            return "signed off"  # "Mera number ... hai - Anil": a name after the closing dash
        if t.verdict == SAFE:
            if not plain:  # web jargon ("cpap", "jaz"): a name only after a kinship word, or
                # capitalised as a message's signature ("thx, Lindiwe")
                if prev is not None and (prev.low in cues.KIN or (prev.low in cues.KIN_WORLD and titled)):
                    return f"after {prev.low!r}"
                if nxt is not None and nxt.low in cues.CREDENTIALS and len(low) > 3:
                    return f"before {nxt.low!r}"  # "- c. bellweather rn"
                if not _signed_off(t, text):  # (cheap: most words are not a message's last)
                    return ""
                signer = (  # "dzięki, kasia", "- sunita (aarav's mom)"
                    titled or (t.text.islower() and _dash_before(t, text))
                    or word_before(text, t.start, ",\n") in cues.SIGN_OFFS
                )
                return "signed off" if signer else ""
            if not (e.first_log2 >= 4 or name_pop(e) >= 3):
                return ""
        if prev is not None and (
            prev.low in cues.TITLES or prev.low in cues.KIN or prev.low in cues.NAME_VERBS
            or (prev.low in cues.KIN_WORLD and titled)  # "brat Tomek", "ukhti Mariam"
        ):
            return f"after {prev.low!r}"
        if nxt is not None and (nxt.low in cues.CREDENTIALS or nxt.low in cues.AFTER_NAME):
            return f"before {nxt.low!r}"
        possessive = t.text.lower().endswith(("'s", "’s"))
        if nxt is not None and nxt.low in cues.KIN and possessive:
            return "someone's relative"  # "Kayden's mum"
        if nxt is not None and nxt.low in cues.OWN_IDENTIFIERS and possessive and (not plain or e.flags & F.FIRST):
            return "someone's identifier"  # "Ray's MRN is ...", "jaz's dob"
        if _signed_off(t, text) and (not plain or e.flags & F.FIRST) and e.zipf < WEAK_ZIPF:
            return "signed off"  # "... sorry 😞 - sammy", "thanks, – Ade"
        if prev is not None and is_initial(prev, text):
            return "after an initial"
        if t.verdict == JARGON:
            return ""  # "Levo", "Wean", "Ho": no weak evidence makes these names
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
        if mixed and titled and e.zipf < WEAK_ZIPF:
            before = char_before(text, t.start, " \t\"'(")
            if before and before not in ".!?:;\n-*•>":
                return "capitalised mid-sentence"
        return ""

    @staticmethod
    def _initials(toks: list[Tok], text: str) -> None:
        """Initials next to a masked name: "ANTHONY C. KOZICKI", "E. WELSH", "S. roberto"."""
        for i, t in enumerate(toks):
            if t.entry is None or not is_initial(t, text):
                continue
            j = i + 2 if i + 1 < len(toks) and toks[i + 1].text == "." else i + 1
            nxt = toks[j] if j < len(toks) else None
            prev = toks[i - 1] if i > 0 else None
            if (nxt is not None and nxt.hit and not nxt.place) or (
                prev is not None and prev.hit and not prev.place and text[prev.end : t.start] == " "
            ):
                t.hit, t.why = True, "initial"
        # A lower-case initial with its dot before a masked name: "--p. o'sullivan rn"
        for i in range(len(toks) - 2):
            t = toks[i]
            if (
                len(t.text) == 1 and t.text.islower() and toks[i + 1].text == "." and toks[i + 2].hit
                and not toks[i + 2].place and text[toks[i + 1].end : toks[i + 2].start] == " "
                and char_before(text, t.start, " \t") in ("", "\n", "-", "–", ".")
            ):  # fmt: skip
                t.hit, t.why = True, "initial"
        # Two initials before a signing name and its credential: "jm ortiz rn", "KT Nguyen RN"
        for i in range(len(toks) - 2):
            t = toks[i]
            if len(t.text) != 2 or not toks[i + 1].hit:
                continue
            name, cred, e = toks[i + 1], toks[i + 2], t.entry
            if (
                e is not None and t.text.isalpha() and not (e.english or e.clinical)
                and name.hit and not name.place and cred.low in cues.CREDENTIALS
                and text[t.end : name.start] == " " and char_before(text, t.start, " \t") in ("", "\n", ".", "-")
            ):  # fmt: skip
                t.hit, t.why = True, "initials"

    @staticmethod
    def _merge(toks: list[Tok], text: str) -> list[Entity]:
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
