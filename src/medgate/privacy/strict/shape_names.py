"""Names in shapes of record headers, pasted chats and letters that no capital or label elsewhere
marks: the speakers of a pasted chat whose lines open with the same name again and again ("Ama: ..."
three times, a flag emoji after it or not), an ALL-CAPS record's name field with the given names
after a comma or an honorific before them ("NAME: OKONKWO, CHIDI", "PT NAME: SHRI RAMESH KUMAR
PATIL"), a nurse by initial and surname in capitals ("NURSE T. BANDA"), an alias after "@" in a
patient line ("Pt: Lim Ah Beng @ Lim Boon Huat"), a Malay patronymic ("Siti Aisyah binti Hamid"),
a lower-case name beside a kinship word or an age ("wife aroha and nana mere", "(thabo 7 yrs"),
the spelled-out "Mister", a name given ("gave name Bez"), greeted ("morning Anjali,") or thanked
at a message's end ("Thanks a million, Declan"), and a relative's word-name before their number
("her son will on 07700 ...")."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.lexicon import Lexicon
from medgate.privacy.lexicon import flags as F
from medgate.privacy.line_starts import line_finditer
from medgate.privacy.strict.measure_labels import short_label_before_measure
from medgate.privacy.strict.web_words import CALENDAR
from medgate.privacy.strict.words import FUNCTION_ZIPF, ROLE_WORDS
from medgate.privacy.text import lowered
from medgate.privacy.types import Entity, PhiType
from medgate.privacy.word_start import word_led

_CONTRACTION: Final = re.compile(r"(?:['’](?:ve|ll|re|d)|n['’]t)\Z")
_CAP: Final = r"[A-Z][^\W\d_]*(?:['’-][^\W\d_]+)*"
# An emoji or a flag (two regional indicators) after a speaker's name: "Rami 🇱🇧:"
_EMOJI: Final = r"(?:[ \t]*(?:[\U0001F1E6-\U0001F1FF]{2}|[\U0001F300-\U0001FAFF\u2600-\u27BF]\uFE0F?))*"
_LINE_SPEAKER: Final = re.compile(
    rf"(?m:^)[ \t]*(?P<v>{_CAP}(?:[ \t]{_CAP})?){_EMOJI}[ \t]*:[ \t]+\S"
)


def _open(low: str) -> bool:
    if _CONTRACTION.search(low):
        return False  # "mum would've been 95", "dad could've": a verb's contraction, no one's name
    return (
        low not in ROLE_WORDS and low not in cues.HONORIFICS_WORLD and low not in cues.UNITS and low not in cues.SHORTHAND and low not in CALENDAR
        and low not in cues.FOREIGN_FUNCTION_WORDS and low not in cues.DETERMINERS
    )  # fmt: skip


def _first_name(lex: Lexicon, low: str) -> bool:
    """A word that may be a person's first name: no clinical word or note heading; an English
    word only where it is a common first name too ("Will", "Hope")."""
    e = lex(low)
    if e.clinical or not _open(low):
        return False
    return not e.english or bool(e.flags & F.FIRST and e.first_log2 >= 2 and e.zipf < FUNCTION_ZIPF)


def _speakers(text: str, lex: Lexicon) -> list[Entity]:
    """A name opening three lines or more before a colon (a note's headings are words: "Plan:",
    "NEURO:", "A/P:"); once one is, the others opening two lines so, and each speaker's first name
    where the chat names them in a message."""
    found = list(line_finditer(_LINE_SPEAKER, text))
    if len(found) < 3:
        return []
    counts: dict[str, int] = {}
    for m in found:
        counts[m.group("v")] = counts.get(m.group("v"), 0) + 1

    def speaker(v: str) -> bool:
        words = v.split()
        return not v.isupper() and all(_first_name(lex, w.lower()) for w in words)

    if not any(n >= 3 and speaker(v) for v, n in counts.items()):
        return []
    names = {v for v, n in counts.items() if speaker(v) and (n >= 2 or " " in v)}
    out = [Entity.of(PhiType.NAME, m, "v") for m in found if m.group("v") in names]
    firsts = {v.split()[0] for v in names}
    for m in re.finditer(rf"(?<![\w'’-])(?:{'|'.join(map(re.escape, sorted(firsts)))})(?![\w'’-])", text):
        out.append(Entity(PhiType.NAME, m.start(), m.end(), m.group()))
    return out


_CAPS_WORD: Final = r"[A-Z][A-Z'’-]+"
_CAPS_HONORIFICS: Final = (
    r"(?:SMT|SHRI|SHRIMATI|SRIMATI|KUM|KUMARI|SRI|MR|MRS|MS|MDM|MISS|MASTER|BABY|CH|PUAN|ENCIK|ALHAJI|ALHAJA)\.?[ \t]+"
)
# An ALL-CAPS record's name field: "NAME: MWALE, CHISOMO", "PT NAME: KUM. ANJALI SURESH DESAI"
_CAPS_NAME_FIELD: Final = re.compile(
    rf"(?<![A-Z])(?:(?:PT|PATIENT|PATIENT'S|PT'S)[ \t]*)?NAME[ \t]*:[ \t]*(?:{_CAPS_HONORIFICS})?"
    rf"(?P<v>{_CAPS_WORD}(?:[ \t]{_CAPS_WORD}){{0,3}}(?:,[ \t]?{_CAPS_WORD}(?:[ \t]{_CAPS_WORD}){{0,2}})?)"
    r"(?![\w:'’-])"
)
_NOT_NAMES: Final = frozenset({"unknown", "not", "known", "unk", "withheld", "same", "nil", "none", "anonymous"})
# A nurse or sister by initials and surname in capitals: "NURSE T. BANDA", "SR. M. OKAFOR"
_CAPS_NURSE: Final = re.compile(
    r"\b(?:NURSE|SISTER|SR\.?|MATRON|MIDWIFE|STAFF[ \t]NURSE|S/N|RN)[ \t]+"
    r"(?P<v>(?:[A-Z]\.[ \t]?){1,2}[A-Z][A-Z'’-]+)(?![\w'’-])"
)
# An alias after "@" on a patient's line: "Pt: Lim Ah Beng @ Lim Boon Huat"
_ALIAS: Final = re.compile(
    word_led(["pt", "patient", "name"])
    + rf"[ \t]*:[ \t]*[^\n@:]{{2,40}}?[ \t]@[ \t]+(?P<v>{_CAP}(?:[ \t]{_CAP}){{0,3}})"
)
# A Malay or Tamil patronymic: given names, "bin"/"binti"/"bt"/"a/l"/"a/p", the father's name
_PARTICLES: Final = ("bin", "binti", "bt", "bte", "a/l", "a/p", "s/o", "d/o")
_PATRONYMIC: Final = re.compile(
    rf"(?P<v>(?:{_CAP}[ \t]){{1,3}}(?:{'|'.join(_PARTICLES)})[ \t]+{_CAP}(?:[ \t]{_CAP})?)(?![\w'’-])"
)
_PATRONYMIC_CUES: Final = tuple(f" {p} " for p in _PARTICLES)
# Lower case: a kinship word, then a single name, in a record without capitals ("husband hemi and
# ...", "nana mere stayed"); a name before an age in a list of children ("(thabo 7 yrs")
_KIN_LOW: Final = "|".join(
    sorted(
        (re.escape(k) for k in (cues.KIN | {"aunty", "auntie", "nana", "nan", "koro", "kuia", "grandad"}) if k.isalpha()),
        key=len,
        reverse=True,
    )
)
_KIN_ONE: Final = re.compile(rf"(?<![^\s(,;:])(?:{_KIN_LOW})[ \t]+(?P<v>[a-z][a-z'’]{{2,}})(?![\w'’-])")
_CHILD_AGE: Final = re.compile(
    r"(?:[(,][ \t]*|\band[ \t]+)(?P<v>[a-z][a-z'’]{2,})[ \t]+\d{1,2}[ \t]*(?:yrs?|yo|y/o|years?|mths?|months?|/12|/52)\b"
)
# A relative by a word-name before their number: "her son will on 07700 ..."
# (found from the number back: a number is rarer than a kinship word)
_NUMBER_AFTER: Final = re.compile(r"[ \t](?:on|at|@|-)[ \t]*\+?\d[\d \t-]{6,}\d")
_KIN_PHONE: Final = re.compile(rf"\b(?:{_KIN_LOW})[ \t]+(?P<v>[A-Za-z][a-z'’]{{1,14}})\Z")
# A word opening with the ʻokina (Hawaiian, Tongan, Samoan names and places: "ʻAna", "ʻOfa"); no
# clinical or English word is written so
_OKINA: Final = re.compile(r"(?<![\w'’-])\u02bb[A-Z][^\W\d_]*(?:\u02bb[^\W\d_]+)*")
_MISTER: Final = re.compile(rf"\b(?:Mister|Missus|Misses)[ \t]+(?P<v>{_CAP}(?:[ \t]{_CAP})?)")
_GAVE_NAME: Final = re.compile(
    rf"\b(?:gave|giving|gives|gave[ \t]+us|told[ \t]+us)[ \t]+(?:(?:his|her|their|a)[ \t]+)?(?:first[ \t]+)?name[ \t]+(?:as[ \t]+)?(?P<v>{_CAP})"
)
# A child taken to or from school by a first name alone: "will take Zeb to school", "pick up Tilly
# from nursery"
_SCHOOL_WORDS: Final = (
    "school", "nursery", "daycare", "day care", "kindy", "kindergarten", "creche", "crèche", "preschool", "playgroup",
)  # fmt: skip
_SCHOOL_RUN: Final = re.compile(
    r"\b(?:take|takes|taking|took|bring|brings|bringing|drop|drops|dropping|pick[ \t]+up|picks[ \t]+up|"
    r"picking[ \t]+up|collect|collects|collecting)[ \t]+(?P<v>[A-Z][a-z]{1,14})[ \t]+(?:to|from|at)[ \t]+"
    r"(?:the[ \t]+)?(?:" + "|".join(w.replace(" ", r"[ \t]+") for w in _SCHOOL_WORDS) + r")\b"
)
# A greeting opening a message, a first name, a comma: "morning Anjali,", "Hi Tomasz,"
_GREETING: Final = re.compile(
    r"(?:^|:[ \t]+)[ \t]*(?i:good[ \t]+)?(?i:morning|afternoon|evening|hi|hello|hey|hiya|dear|howdy)[ \t]+"
    r"(?P<v>[A-Z][a-z]{1,14})[ \t]*,",
    re.M,
)
_GREETING_CUES: Final = ("morning", "afternoon", "evening", "hi ", "hello", "hey", "hiya", "dear", "howdy")
# Thanks at the end of a message, then the writer's first name alone: "Thanks a million, Declan"
_THANKS_NAME: Final = re.compile(
    r"(?i:thanks|thank[ \t]+you|cheers|many[ \t]+thanks)(?:[ \t]+(?i:a[ \t]+million|so[ \t]+much|again|a[ \t]+lot|very[ \t]+much))?"
    r"[ \t]*[,!.][ \t]*\n?[ \t]*(?P<v>[A-Z][a-z]{1,14})[ \t]*[.!]?[ \t]*$",
    re.M,
)


def _patronym_word(lex: Lexicon, word: str) -> bool:
    """A word of a name beside "bin" or "s/o": capitalised (no abbreviation), no clinical word, and
    a name where it is an English word ("Reviewed", "Fever" are not)."""
    if not (word[:1].isupper() and word[1:].islower()):
        return False
    e = lex(word.lower())
    return not e.clinical and _open(word.lower()) and (e.name or not e.english)


def _caps_fields(text: str, lex: Lexicon) -> list[Entity]:
    out: list[Entity] = []
    if "NAME" in text:
        for m in _CAPS_NAME_FIELD.finditer(text):
            words = re.findall(r"[A-Z'’-]+", m.group("v"))
            if all(w.lower() not in _NOT_NAMES and not lex(w.lower()).clinical for w in words):
                out.append(Entity.of(PhiType.NAME, m, "v"))
    if "NURSE" in text or "SISTER" in text or "SR" in text or "RN" in text or "MATRON" in text or "MIDWIFE" in text:
        for m in _CAPS_NURSE.finditer(text):
            surname = m.group("v").rsplit(".", 1)[-1].strip().lower()
            if not lex(surname).clinical and _open(surname):
                out.append(Entity.of(PhiType.NAME, m, "v"))
    return out


def _lower_names(text: str, lex: Lexicon) -> list[Entity]:
    """Names beside a kinship word or an age, and the same names said again alone in the record
    ("husband hemi ... hemi rang at 0430"): the cue is seldom written twice."""
    out: list[Entity] = []
    for pattern in (_KIN_ONE, _CHILD_AGE):
        for m in pattern.finditer(text):
            low = m.group("v")
            e = lex(low)
            # (an English word only where rarely written: "huia", a bird, is a name beside "aunty")
            rare = not e.english or (pattern is _KIN_ONE and e.zipf < 2.0)
            if (
                rare and not e.clinical and _open(low) and low not in cues.KIN_WORLD and (e.name or e.zipf < 3.0)
                and (e.name or not short_label_before_measure(low, text, m.end("v")))  # ("mum pph ~1200ml")
            ):
                out.append(Entity.of(PhiType.NAME, m, "v"))
    seen = {e.start for e in out}
    for w in {e.text for e in out}:
        for m in re.finditer(rf"(?<![\w'’-]){re.escape(w)}(?![\w'’-])", text):
            if m.start() not in seen:
                out.append(Entity(PhiType.NAME, m.start(), m.end(), w))
    return out


def shape_names(text: str, lex: Lexicon, upper: float) -> list[Entity]:
    """`upper`: the text's share of capitals (`text.upper_ratio`)."""
    out: list[Entity] = []
    if ":" in text and text.count("\n") >= 2:
        out.extend(_speakers(text, lex))
    if upper > 0.5:
        out.extend(_caps_fields(text, lex))
    if " @ " in text:
        for m in _ALIAS.finditer(text):
            if all(not lex(w.lower()).clinical and _open(w.lower()) for w in m.group("v").split()):
                out.append(Entity.of(PhiType.NAME, m, "v"))
    if any(map(text.__contains__, _PATRONYMIC_CUES)):
        for m in _PATRONYMIC.finditer(text):
            words = m.group("v").split()
            at = next(i for i, w in enumerate(words) if w in _PARTICLES)
            i = at  # (the given names: the capitalised words before the particle that may be names)
            while i > 0 and _patronym_word(lex, words[i - 1]):
                i -= 1
            if i == at or not all(_patronym_word(lex, w) for w in words[at + 1 :]):
                continue  # ("NCS s/o AIDP": "suggestive of" between abbreviations)
            start = m.start("v") + len(" ".join(words[:i])) + (1 if i else 0)
            out.append(Entity(PhiType.NAME, start, m.end("v"), text[start : m.end("v")]))
    if upper < 0.05:
        out.extend(_lower_names(text, lex))
    low_text = lowered(text)
    for n in _NUMBER_AFTER.finditer(text) if any(k in low_text for k in (" on ", " at ", "@")) else ():
        k = _KIN_PHONE.search(text, max(0, n.start() - 40), n.start())
        if k is None:
            continue
        low = k.group("v").lower()
        e = lex(low)
        if e.flags & F.FIRST and e.first_log2 >= 2 and not e.clinical and _open(low):
            out.append(Entity.of(PhiType.NAME, k, "v"))
    if "\u02bb" in text:
        out.extend(Entity(PhiType.NAME, m.start(), m.end(), m.group()) for m in _OKINA.finditer(text))
    if "Mister" in text or "Missus" in text or "Misses" in text:
        out.extend(Entity.of(PhiType.NAME, m, "v") for m in _MISTER.finditer(text))
    if "name" in low_text:
        for m in _GAVE_NAME.finditer(text):
            if _open(m.group("v").lower()) and not lex(m.group("v").lower()).clinical:
                out.append(Entity.of(PhiType.NAME, m, "v"))
    if upper < 0.5 and any(map(low_text.__contains__, _SCHOOL_WORDS)):
        for m in _SCHOOL_RUN.finditer(text):
            if _first_name(lex, m.group("v").lower()):
                out.append(Entity.of(PhiType.NAME, m, "v"))
    if upper < 0.5 and any(map(low_text.__contains__, _GREETING_CUES)):
        for m in _GREETING.finditer(text):
            if _first_name(lex, m.group("v").lower()):
                out.append(Entity.of(PhiType.NAME, m, "v"))
        # (alone after thanks at a message's end, a name the lexicon knows is the writer's: "Paddy")
        for m in _THANKS_NAME.finditer(text) if "hank" in text or "heers" in text else ():
            low = m.group("v").lower()
            e = lex(low)
            if (e.name or not e.english) and not e.clinical and _open(low) and low not in cues.SIGN_OFFS:
                out.append(Entity.of(PhiType.NAME, m, "v"))
    return out
