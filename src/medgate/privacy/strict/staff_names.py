"""Staff initials and first names in the places nurses write them, lower case or ALL CAPS with no
capital to mark them: after a discussion cue ("dw kt re the drip", "D/W MB RE BED", "per jr, ...")
before "re", a bracket, a comma or the line's end; in brackets after a role ("rt (al)", "charge rn
(mo)", "SITTER (ROSA, THEN ABBY"); a pager message's signature ("... CALL BACK -DEB"); a lower-case signature by dotted initials
("k.m. rn", "j.p. marchetti rn"); and a chat
line's sender after its date and time ("3/2 4:05p  mo: ..."). Only those slots: the word itself is
an initial or a short name no lexicon can tell from an abbreviation."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.lexicon import Lexicon
from medgate.privacy.lexicon import flags as F
from medgate.privacy.line_starts import line_finditer
from medgate.privacy.strict.score_labels import score_label
from medgate.privacy.text import lowered
from medgate.privacy.types import Entity, PhiType
from medgate.privacy.vocab import CLINICAL_WORDS
from medgate.privacy.word_start import cue_finditer, heads, word_led, word_start

# initials or a short name after "discussed with" or "per", then what the talk was about
_DISCUSSED_WORDS: Final = ("d/w", "dw", r"discussed[ \t]+w(?:ith|/)", r"spoke[ \t]+w(?:ith|/)", r"ok[ \t]+per", "per")
_DISCUSSED: Final = re.compile(
    word_led(_DISCUSSED_WORDS)
    + r"[ \t]+"
    r"(?P<v>[A-Za-z]{2,3})(?=[ \t]*(?:(?i:re)\b|\(|,|;|[ \t]*$))",
    re.M,
)
# a role, then the one filling it in brackets, and a second after a comma or "then"
_ROLES: Final = (
    "rt", "rrt", "rn", "sw", "cm", "ot", "slp", "cna", "lpn", "tech", "sitter", "charge", "noc", "interpreter", "chaplain",
    "pharm", "pharmd", "np", "pa", "md",
)  # fmt: skip
_IN_ROLE: Final = re.compile(  # (led by the roles' first letters: the scan skips to them)
    word_start(_ROLES)
    + r"[ \t]*\((?P<v>[A-Za-z]{2,12})(?:[ \t]*,[ \t]*(?i:then[ \t]+)?(?P<w>[A-Za-z]{2,12}))?(?=[ \t]*[),])"
)
# (each cue scan is tried only where one of its words begins: `cue_finditer`)
_HEADS: Final = {_DISCUSSED: heads(_DISCUSSED_WORDS), _IN_ROLE: heads(_ROLES)}
# a pager message's sign-off: a dash glued to one word at the line's end
_PAGER_SIGN: Final = re.compile(r"(?<=[ \t])-(?P<v>[A-Za-z]{2,10})[ \t]*$", re.M)
# a chat line: date, time, then the sender and a colon
_CHAT_SENDER: Final = re.compile(
    r"^[ \t]*\d{1,2}/\d{1,2}(?:/\d{2,4})?[ \t]+\d{1,2}:\d{2}[ \t]*(?:[aApP][mM]?)?[ \t]+(?P<v>[A-Za-z]{2,12}):", re.M
)
# a lower-case signature by dotted initials, with or without a surname, before a credential or
# ending the text ("k.m. rn", "j.p. marchetti rn", "... updated 1/4 r.t.")
_DOTTED: Final = re.compile(
    r"(?P<v>[a-z](?<![\w.][a-z])\.[ \t]?[a-z]\.(?:[ \t]?[a-z]\.)?(?:[ \t]+(?!(?:rn|lpn|rrt|np|md)\b)[a-z][a-z'’-]+)?)"
    r"(?=[ \t]+(?:rn|lpn|rrt|np|md)\b|[ \t]*\Z)"
)
# dotted abbreviations that are Latin or clinical, not anyone's initials
_DOTTED_WORDS: Final = frozenset({"ie", "eg", "po", "pr", "am", "pm", "qd", "bid", "tid", "qid", "npo", "qhs", "prn", "vs", "cf", "nb"})
# what the slots hold that is no one: roles, units and the abbreviations nurses write there
_NOT_STAFF: Final = frozenset({
    "pt", "md", "rn", "rt", "np", "pa", "sw", "cm", "ot", "pcp", "hcp", "poa", "team", "family", "fam",
    "dtr", "son", "wife", "husb", "mom", "dad", "pharm", "icu", "attg", "res", "fellow", "intern",
    "charge", "noc", "day", "night", "eve", "am", "pm", "ok", "thx", "pls", "fyi", "asap", "stat",
})  # fmt: skip


def _staff(word: str, lex: Lexicon, *, short_only: bool = False, first_wins: bool = False) -> bool:
    low = word.lower()
    if first_wins and low not in _NOT_STAFF and lex(low).flags & F.FIRST and not lex(low).english:
        return True  # "rt (ed)": in a role's bracket a first name, not the unit it also spells
    if low in _NOT_STAFF or low in cues.SHORTHAND or low in cues.CREDENTIALS or low in cues.KIN:
        return False
    if score_label(low) or low.title() in CLINICAL_WORDS:
        return False
    e = lex(low)
    if e.flags & F.FIRST and not (e.english and e.zipf >= 5.0):
        return not short_only or len(low) <= 3
    if e.english or e.clinical or low in cues.UNITS:
        return False
    return len(low) <= 3 or not short_only


def staff_names(text: str, lex: Lexicon) -> list[Entity]:
    out: list[Entity] = []
    low = lowered(text)

    def add(m: re.Match[str], group: str) -> None:
        out.append(Entity(PhiType.NAME, m.start(group), m.end(group), m.group(group)))

    if "dw" in low or "d/w" in low or "per " in low or " with" in low:
        for m in cue_finditer(_DISCUSSED, text, low, _HEADS[_DISCUSSED]):
            if _staff(m.group("v"), lex, short_only=True):
                add(m, "v")
    if "(" in text:
        for m in cue_finditer(_IN_ROLE, text, low, _HEADS[_IN_ROLE]):
            for g in ("v", "w"):
                if m.group(g) and _staff(m.group(g), lex, first_wins=True):
                    add(m, g)
    if "." in text:
        for m in _DOTTED.finditer(text):
            initials, _, surname = m.group("v").partition(" ")
            if "".join(c for c in initials if c.isalpha()) in _DOTTED_WORDS:
                continue
            if surname and not _staff(surname, lex):
                continue  # "p.o. meds": a word after the initials, not a surname
            add(m, "v")
    if " -" in text:
        for m in _PAGER_SIGN.finditer(text):
            if _staff(m.group("v"), lex):
                add(m, "v")
    if ":" in text:
        for m in line_finditer(_CHAT_SENDER, text):
            if _staff(m.group("v"), lex):
                add(m, "v")
    return out
