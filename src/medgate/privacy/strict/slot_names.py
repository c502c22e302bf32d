"""Names in slots that records and chats keep for a person, whatever the words look like: the
caller or subject of a telephone record and a relative named by a kinship word in lower-case notes
("caller: ji-hoon lee (son)", "re: father dong-hyun kang, dob", "husband budi santoso in jakarta"),
a nickname ("(nickname Fon)", "aka Pear"), a colleague named as "X's a staff nurse", a reply's
vocative in a chat ("noted migs!"), the speakers of a pasted group chat ("Bea: she's stable"), and
whoever completed a record by initial and surname ("CHECKED BY: R. PHIRI, PHARMACY TECHNICIAN")."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.lexicon import Entry, Lexicon
from medgate.privacy.lexicon import flags as F
from medgate.privacy.line_starts import line_finditer
from medgate.privacy.strict.web_words import CALENDAR
from medgate.privacy.strict.words import FUNCTION_ZIPF, ROLE_WORDS
from medgate.privacy.text import lowered
from medgate.privacy.types import Entity, PhiType
from medgate.privacy.word_start import led

_W: Final = r"[^\W\d_][^\W\d_'’]*(?:-[^\W\d_][^\W\d_'’]*)?"
_KIN: Final = "|".join(
    sorted((re.escape(k) for k in cues.KIN if k.isalpha()), key=len, reverse=True)
)
# A telephone record's caller, or its subject line with a kinship word ("re: mother ...", not an
# email's "Re: umowa najmu"), then up to three words; in lower-case text a kinship word alone
_NAME_WORDS: Final = rf"(?P<v>{_W}(?:[ \t]+{_W}){{0,2}})"
_LABELLED: Final = re.compile(
    rf"(?<![^\s(])(?:(?i:caller|contact|informant|nok|next[ \t]+of[ \t]+kin)[ \t]*:[ \t]*(?:(?:{_KIN})[ \t]+)?"
    rf"|(?i:re)[ \t]*:[ \t]*(?:{_KIN})[ \t]+){_NAME_WORDS}"
)
_LABEL_CUES: Final = ("caller", "contact:", "informant", "nok", "of kin", "re:")
_KIN_SLOT: Final = re.compile(rf"(?<![^\s(,;:])(?:{_KIN})[ \t]+{_NAME_WORDS}")
# Where a name written in a slot ends: a comma, a bracket, a semicolon, the line's end
_NAME_END: Final = re.compile(r"[ \t]*(?:[,(;)\n]|\Z)")
_BEFORE_NUMBER: Final = re.compile(r"[ \t]*:?[ \t]*[+\d]")
# A nickname after its word: "(nickname Fon)", "nick name Bee", "aka Pear", "a.k.a. Toto", "goes by Dodo"
_NICKNAME: Final = re.compile(
    r"(?<![\w-])(?i:nick[ \t]?name[ \t]*:?|nicknamed|aka|a\.k\.a\.?|goes[ \t]+by|known[ \t]+to[ \t]+all[ \t]+as)[ \t]+"
    r"(?P<v>[^\W\d_][^\W\d_'’-]+)"
)
# "Bill's a porter", "Mark's the charge nurse": a capitalised first name, "is" as "'s", a job
_JOBS: Final = frozenset({
    "nurse", "doctor", "midwife", "physio", "pharmacist", "porter", "paramedic", "carer", "caregiver",
    "consultant", "registrar", "reg", "surgeon", "gp", "receptionist", "clerk", "teacher", "cleaner",
    "worker", "manager", "sister", "matron", "hca", "aide", "resident", "intern", "technician", "tech",
    "radiographer", "sonographer", "dietitian", "dietician", "secretary", "coordinator", "interpreter",
})  # fmt: skip
_IS_A: Final = re.compile(
    r"(?<![\w'’-])(?P<v>[A-Z][a-z]{1,14})['’]s[ \t]+(?:a|an|the|our|their)[ \t]+"
    rf"(?:[a-z]+[ \t]+){{0,2}}?(?:{'|'.join(sorted(_JOBS, key=len, reverse=True))})\b"
)
_IS_A_CUES: Final = ("'s a", "'s the", "'s our", "'s their", "’s a", "’s the")
# A chat message (after its sender's colon) opening with an acknowledgement, then whom it answers,
# then "!", the line's end or a farewell ("noted migs!", "ok jepoy, salamat"; not "noted abg, will
# repeat")
_ACK_WORDS: Final = (
    "noted", "noted with thanks", "thanks", "thank you", "thx", "ty", "salamat", "ok", "okay", "copy", "roger",
    "got it", "sige", "will do",
)  # fmt: skip
_ACK: Final = re.compile(
    rf":[ \t]+(?i:{'|'.join(sorted(_ACK_WORDS, key=len, reverse=True))})[ \t,]+(?P<v>[a-z][a-z'’-]{{2,}})[ \t]*"
    r"(?:!|$|,[ \t]*(?P<c>[^\W\d_]+))",
    re.M,
)
_FAREWELLS: Final = cues.SIGN_OFFS | frozenset(
    {"ingat", "bye", "see", "ttyl", "take", "tc", "night", "gn", "later", "enjoy"}
)
# Chat particles and forms of address after an acknowledgement that are no one's name ("ok lah!")
_PARTICLES: Final = frozenset({
    "lah", "leh", "lor", "meh", "beh", "hun", "dok", "kuya", "ate", "po", "poh", "na", "ya", "ba", "bes", "pre", "sis",
})  # fmt: skip
_ACK_CUES: Final = tuple(f": {w}" for w in _ACK_WORDS)
# A pasted group chat's line: a capitalised first name, a colon, the message
_SPEAKER: Final = re.compile(r"^[ \t]*(?P<v>[A-Z][a-z]+(?:-[A-Z][a-z]+)?):[ \t]+\S", re.M)
# Whoever completed or checked a record, by initials and surname
_DONE_BY: Final = re.compile(
    led(["by", "BY", "By"])
    + r"[ \t]*:?[ \t]*(?P<v>(?:[A-Z]\.[ \t]*){1,2}[A-Z][A-Za-z'’]+(?:-[A-Z][A-Za-z'’]+)?)(?![\w.])"
)
_DONE_VERB: Final = re.compile(r"(?<![\w-])([A-Za-z]+)[ \t]+\Z")
_DONE_VERBS: Final = frozenset({
    "completed", "signed", "checked", "prepared", "written", "verified", "reconciled", "dictated", "entered",
    "recorded", "transcribed", "authorised", "authorized", "approved", "documented", "dispensed",
})  # fmt: skip


def _open(lex: Lexicon, low: str) -> bool:
    """Could be part of a name: no role, unit, note word, function word or day, not clinical
    unless a name."""
    if (
        low in ROLE_WORDS or low in cues.UNITS or low in cues.SHORTHAND or low in CALENDAR
        or low in cues.FOREIGN_FUNCTION_WORDS or low in cues.DETERMINERS
    ):  # fmt: skip
        return False
    e = lex(low)
    return e.zipf < FUNCTION_ZIPF and not (e.clinical and not e.name)


def _given_before_name(lex: Lexicon, e: Entry, rest: str) -> bool:
    """A rarer word the lexicon files as English only ("sri", "siti"), first in the slot, when the
    next word is a name no English word: "wife sri wahyuni"."""
    if e.clinical or e.zipf >= 4.5:
        return False
    nxt = rest.split(maxsplit=1)
    if not nxt or "-" in nxt[0]:
        return False
    n = lex(nxt[0].lower())
    return n.name and not (n.english or n.clinical) and _open(lex, nxt[0].lower())


def _slot_names(text: str, lex: Lexicon, slots: re.Pattern[str], labelled: bool) -> list[Entity]:
    """The words after the slot while each may be a name, all in the first one's case, at least
    two, one of them no English word: a whole name in a record that writes names without
    capitals. After the first, an English word (a surname too: "park", "oh") only where the
    name ends at a comma or bracket, never a verb that follows a name ("tevita works nights")."""
    out: list[Entity] = []
    for m in slots.finditer(text):
        ends: list[int] = []
        foreign = False
        v = m.group("v")
        lower = v[:1].islower()
        for w in re.finditer(r"\S+", v):
            word = w.group()
            if (word[:1].islower() != lower) or (
                not lower and not word[1:].replace("-", "").islower()
            ):
                break
            parts = word.lower().split("-")
            if not all(p and _open(lex, p) for p in parts) or _BEFORE_NUMBER.match(
                text, m.start("v") + w.end()
            ):
                break  # (a label before its number is no name: "daughter linh ph 0401 ...")
            entries = [lex(p) for p in parts]
            if not all(
                e.name or e.flags & (F.FIRST | F.LAST) or not (e.english or e.clinical)
                for e in entries
            ):
                if (
                    ends
                    or len(parts) > 1
                    or labelled
                    or not lower
                    or not _given_before_name(lex, entries[0], v[w.end() :])
                ):
                    break
            elif (
                ends
                and any(e.english or e.clinical for e in entries)
                and not _NAME_END.match(text, m.start("v") + w.end())
            ):
                break
            # (a word no English or clinical one, or given names joined by a hyphen: "seo-yeon")
            foreign = (
                foreign
                or any(not (e.english or e.clinical) for e in entries)
                or (len(parts) > 1 and all(e.name and not e.clinical for e in entries))
            )
            ends.append(m.start("v") + w.end())
        if len(ends) >= 2 and foreign:
            out.append(Entity(PhiType.NAME, m.start("v"), ends[-1], text[m.start("v") : ends[-1]]))
    return out


def _speakers(text: str, lex: Lexicon) -> list[Entity]:
    """Three lines or more open "Name: ", two different ones at least with a name no English
    word: each first name opening a line is a speaker."""
    found = list(line_finditer(_SPEAKER, text))
    if len(found) < 3:
        return []
    names = {
        m.group("v").lower()
        for m in found
        if (e := lex(m.group("v").lower())).name and not (e.english or e.clinical)
    }
    if len(names) < 2:
        return []
    out: list[Entity] = []
    for m in found:
        low = m.group("v").lower()
        e = lex(low)
        if (
            (e.flags & F.FIRST or low in names)
            and not e.clinical
            and _open(lex, low)
            and e.first_log2 >= 1
        ):
            out.append(Entity.of(PhiType.NAME, m, "v"))
    return out


def slot_names(text: str, lex: Lexicon, upper: float) -> list[Entity]:
    """`upper`: the text's share of capitals (`text.upper_ratio`)."""
    out: list[Entity] = []
    low_text = lowered(text)
    if any(map(low_text.__contains__, _LABEL_CUES)):
        out.extend(_slot_names(text, lex, _LABELLED, True))
    if upper < 0.05:  # (a record without capitals: no other cue marks where its names stand)
        out.extend(_slot_names(text, lex, _KIN_SLOT, False))
    if (
        "nick" in low_text
        or "aka " in low_text
        or "a.k.a" in low_text
        or "goes by" in low_text
        or "known to all" in low_text
    ):
        for m in _NICKNAME.finditer(text):
            low = m.group("v").lower()
            if _open(lex, low) and not lex(low).clinical:
                out.append(Entity.of(PhiType.NAME, m, "v"))
    if any(map(text.__contains__, _IS_A_CUES)):
        for m in _IS_A.finditer(text):
            low = m.group("v").lower()
            e = lex(low)
            if e.flags & F.FIRST and not e.clinical and low not in CALENDAR:
                out.append(Entity.of(PhiType.NAME, m, "v"))
    if any(map(low_text.__contains__, _ACK_CUES)):
        for m in _ACK.finditer(text):
            low = m.group("v")
            e = lex(low)
            if m.group("c") is not None and m.group("c").lower() not in _FAREWELLS:
                continue
            if (
                not (e.english or e.clinical) and e.zipf < 3.0 and _open(lex, low) and "'" not in low and "’" not in low
                and low not in cues.KIN_WORLD and low not in cues.SIGN_OFFS and low not in _PARTICLES
            ):  # fmt: skip
                out.append(Entity.of(PhiType.NAME, m, "v"))
    if ":" in text and text.count("\n") >= 2:
        out.extend(_speakers(text, lex))
    if "by" in low_text:
        for m in _DONE_BY.finditer(text):
            verb = _DONE_VERB.search(text, max(0, m.start() - 16), m.start())
            if verb is None or verb.group(1).lower() not in _DONE_VERBS:
                continue
            surname = m.group("v").rsplit(".", 1)[-1].strip().lower()
            e = lex(surname.split("-")[0])
            if not (e.english or e.clinical) or (e.name and not e.clinical):
                out.append(Entity.of(PhiType.NAME, m, "v"))
    return out
