"""A masked name's neighbours join it: surnames after first names, a cued name's next words, rare
or unknown capitalised words beside a name, hyphenated partners, lower-case particles inside a name
("de la", "bin"), initials. Runs after `context.name_context` has marked the words that stand as names."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

from medgate.privacy import cues
from medgate.privacy.lexicon import flags as F
from medgate.privacy.strict.context import RARE_ZIPF, rare_titled
from medgate.privacy.strict.words import (
    AMBIGUOUS,
    FUNCTION_ZIPF,
    JARGON,
    MASK,
    SAFE,
    WEAK_ZIPF,
    Tok,
    adjacent,
    is_initial,
    likely_name,
    title_before,
    title_pair,
)
from medgate.privacy.text import char_before
from medgate.privacy.types import Entity, PhiType

_CAPITAL_JOINERS: Final = frozenset({"mac", "mc", "ó", "ní", "ua", "nic", "ap"})
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
    return n.hit and not n.place and n.text[:1].isupper() and text[t.end : n.start] == " " and rare_titled(t)


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
    if not (p.hit and not p.place and p.entry is not None and text[p.end : t.start] == " "):
        return False
    if p.why == "introduced" and p.text[:1].isupper() and t.text[:1].isupper():
        return True  # "its Thabo Nkosi": a name the writer gave, then its surname
    rare = t.entry is not None and t.entry.zipf < 2.5
    return (
        bool(p.entry.flags & F.FIRST) and p.verdict == MASK
        and (
            (p.text[:1].isupper() and t.text[:1].isupper())
            or (p.text.islower() and t.text.islower() and rare)  # "priya raghunathan", not "le 3 avril mais"
        )
    )  # fmt: skip




def join_neighbours(words: list[Tok], text: str, mixed: bool) -> None:
    """Mark the words beside a masked name that are part of it, to a fixed point."""
    if not any(t.hit for t in words):
        return  # (every step reads a masked word beside the one it marks)
    join_hyphenated(words, text)
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
            if _neighbour(t, words, i, text, mixed):
                masked.append(i)
                changed = changed or t.why != "next to a name"
        todo = sorted({k for i in masked for k in range(max(0, i - 3), min(len(words), i + 4))})
    join_hyphenated(words, text)  # again: a neighbour found above may have a hyphenated partner


# First words of place names ("New Westminster", "North Shields", "Port Harcourt", "Mount Isa"):
# capitalised before a masked place or name, part of it.
_PLACE_PREFIXES: Final = frozenset({
    "New", "North", "South", "East", "West", "Upper", "Lower", "Port", "Fort", "Mount", "Mt", "Lake",
    "Great", "Little", "Old", "San", "Santa", "Saint", "NEW", "NORTH", "SOUTH", "EAST", "WEST",
    "PORT", "FORT", "MOUNT", "LAKE", "SAN", "SANTA",
})  # fmt: skip


def _neighbour(t: Tok, words: list[Tok], i: int, text: str, mixed: bool) -> bool:
    """Whether word i, beside a masked name, is part of it (and mark it)."""
    if t.text in _PLACE_PREFIXES and i + 1 < len(words) and words[i + 1].hit and adjacent(text, words, i, i + 1):
        nxt = words[i + 1]
        if nxt.text[:1].isupper() and not nxt.eponym:
            t.hit, t.why, t.place = True, "a place name's first word", nxt.place
            return True
    if t.low in cues.ARABIC_ARTICLES and _article_surname(t, words, i, text):
        return True  # "Faisal Al-Qahtani", "Mona El-Sayed"
    if t.eponym or len(t.text) <= 2:
        return False
    assert t.entry is not None
    # a plain word is a name only as a capitalised first name ("Summer Delacroix")
    first = mixed and t.verdict == SAFE and bool(t.entry.flags & F.FIRST)
    if t.verdict == JARGON and t.entry.name and len(t.text) > 3 and _after_first_name(words, i, text):
        t.hit, t.why = True, "surname after a first name"  # "AGNES MUNROE"
        return True
    if _surname_after_titled_first(t, words, i, text):
        t.hit, t.why = True, "surname after a title and first name"  # "Mrs Beverley Hope 94"
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


def _surname_after_titled_first(t: Tok, words: list[Tok], i: int, text: str) -> bool:
    """A capitalised surname-word after a title and a first name: "Mrs Beverley Hope", "Mr Tom
    Grant" (the words are names there whatever else they mean)."""
    if i < 2 or not t.text[:1].isupper() or not t.text[1:].islower() or t.entry is None or t.entry.clinical:
        return False
    first, title = words[i - 1], words[i - 2]
    return (
        first.hit and not first.place and first.entry is not None and bool(first.entry.flags & F.FIRST)
        and title.low.rstrip(".") in cues.TITLES and bool(t.entry.flags & F.LAST)
        and adjacent(text, words, i, i - 1) and adjacent(text, words, i - 1, i - 2)
        and text[first.end : t.start] == " "
    )  # fmt: skip


def _article_surname(t: Tok, words: list[Tok], i: int, text: str) -> bool:
    """An Arabic article joined to a surname right after a masked name ("Faisal Al-Qahtani"):
    both words are the name (and mark them)."""
    if i == 0 or i + 1 >= len(words):
        return False
    p, n = words[i - 1], words[i + 1]
    if not (p.hit and not p.place and text[p.end : t.start] == " " and text[t.end : n.start] == "-"):
        return False
    if n.text[:1].isupper() != t.text[:1].isupper() or n.entry is None or n.entry.clinical:
        return False
    for w in (t, n):
        w.hit, w.why = True, "article of a surname"
    return True


def join_hyphenated(words: list[Tok], text: str) -> None:
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
            and (not other.entry.clinical or (other is b and same_case and other.entry.name))  # ("-BROWN")
            and (
                (not other.place and other.entry.zipf < 4.5)
                or (same_case and other.text[:1].isupper() and len(other.text) > 2
                    and other.entry.zipf < (5.6 if other is b else 5.0))  # "TANAKA-BELL", "ADEYEMI-BROWN"
            )
        ):
            other.hit, other.why = True, "joined to a name"


def join_particles(words: list[Tok], text: str) -> None:
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


def mark_initials(toks: list[Tok], text: str) -> None:
    """Initials next to a masked name: "ANTHONY C. KOZICKI", "E. WELSH", "S. roberto", "P. K.
    Subbiah" (read from the end, so a run of initials reaches the name)."""
    # (each rule below reads a masked word beside the initial: none, nothing to do; each reads only
    # the words it can act on: one letter, or the word one or two before a masked one)
    hits = [i for i, t in enumerate(toks) if t.hit]
    if not hits:
        return
    n = len(toks)
    for i in reversed([i for i, t in enumerate(toks) if len(t.text) == 1]):
        t = toks[i]
        if t.entry is None or len(t.text) != 1 or t.text.isupper() == t.text.islower() or not is_initial(t, text):
            continue  # (one letter: is_initial's own first test, without the call; no caseless script)
        j = i + 2 if i + 1 < len(toks) and toks[i + 1].text == "." else i + 1
        nxt = toks[j] if j < len(toks) else None
        prev = toks[i - 1] if i > 0 else None
        if (nxt is not None and nxt.hit and not nxt.place) or (
            prev is not None and prev.hit and not prev.place and text[prev.end : t.start] == " "
        ):
            t.hit, t.why = True, "initial"
            hits.append(i)
    # A lower-case initial with its dot before a masked name: "--p. o'sullivan rn"
    # (it reads words after it, which no step of its own has marked yet: the masked ones so far)
    for i in sorted({h - 2 for h in hits if h >= 2}):
        t = toks[i]
        if (
            len(t.text) == 1 and t.text.islower() and toks[i + 1].text == "." and toks[i + 2].hit
            and not toks[i + 2].place and text[toks[i + 1].end : toks[i + 2].start] == " "
            and char_before(text, t.start, " \t") in ("", "\n", "-", "–", ".")
        ):  # fmt: skip
            t.hit, t.why = True, "initial"
            hits.append(i)
    # Two initials before a signing name and its credential: "jm ortiz rn", "KT Nguyen RN"
    for i in sorted({h - 1 for h in hits if 1 <= h <= n - 2}):
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


# Between two names found apart: a particle or a patronymic's link ("Nurul Ain binti Rosli",
# "Kavitha a/p Subramaniam", "Ravi s/o Muthu", "Maria de los Santos"): one name, masked whole.
_NAME_LINK: Final = re.compile(
    r"[ \t]+(?i:bin|binti|bint|bt|bte|ibn|a/[lp]|[sdw]/o|de|del|de los|de la|da|dos|van|von|van der|ap)[ \t]+"
)


def joined_names(text: str, found: list[Entity]) -> list[Entity]:
    out: list[Entity] = []
    for e in sorted(found, key=lambda x: x.start):
        prev = out[-1] if out else None
        if (
            prev is not None and prev.type is PhiType.NAME and e.type is PhiType.NAME
            and e.start - prev.end <= 12 and _NAME_LINK.fullmatch(text, prev.end, e.start)
        ):  # fmt: skip
            out[-1] = Entity(PhiType.NAME, prev.start, e.end, text[prev.start : e.end])
            continue
        out.append(e)
    return out
