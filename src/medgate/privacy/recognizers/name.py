"""Person names: label and title cues, credentials, relations, then dictionaries and propagation.

Pass 1 (combined regex): "Dr. Jane Roe", "Patient: ROE, JANE", "wife Hope", "Jane Roe, MD",
"cc: ...", "Electronically signed by ...", dictation initials "JR/kl". Pass 2 (`post`): any
"First Last" pair from the name dictionaries, and every later mention of a word already found
in a cued name ("Roe", "JANE"). Eponyms stay: a word followed by disease/sign/catheter/score...
is never a name, and eponym-like surnames (Foley, Graves, Bell) are not propagated on their own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import ClassVar, Final

from medgate.privacy import cues
from medgate.privacy.languages import french_possessive
from medgate.privacy.lexicon import lexicon
from medgate.privacy.names import ANY_NAME, FIRST_NAMES, LAST_NAMES
from medgate.privacy.recognizers.base import Pattern, Recognizer, Span
from medgate.privacy.recognizers.common import (
    LOWER,
    NAME_INITIAL,
    NAME_LAST_FIRST,
    NAME_SEQ,
    NAME_WORD,
    TITLE,
    UPPER,
)
from medgate.privacy.recognizers.name_cues import (
    BARE_LABEL,
    CAPS_MODAL,
    CREDENTIAL,
    CREDENTIAL_AHEAD,
    CREDENTIALS,
    LABEL,
    LABEL_MORE,
    LABEL_MORE_CUES,
    LABEL_MORE_WORDS,
    LOWER_LABEL,
    PARTICLE,
    RELATION,
    ROLE,
    SPOKEN,
    STOP_WORDS,
)
from medgate.privacy.recognizers.signoffs import SIGN_OFF_SCANS
from medgate.privacy.strict.words import name_pop
from medgate.privacy.types import PhiType
from medgate.privacy.vocab import BARE_EPONYMS, CLINICAL_WORDS, EPONYM_HEADS, EPONYM_SUFFIXES

TOKEN: Final = re.compile(rf"[{UPPER}][{UPPER}{LOWER}'’\-]*[{UPPER}{LOWER}]")
_WORD: Final = re.compile(rf"[{UPPER}{LOWER}'’\-]+")
_NEXT_WORD: Final = re.compile(r"(?:'s|’s|')?[ \t]+([A-Za-z\-]+)")


class NameRecognizer(Recognizer):
    entity: ClassVar[PhiType] = PhiType.NAME
    patterns: ClassVar[tuple[Pattern, ...]] = (
        Pattern("title", rf"{TITLE}[ \t]+(?P<v>(?:{NAME_INITIAL}[ \t]+)?{NAME_SEQ})"),
        Pattern("role", rf"{ROLE}(?P<v>(?:{NAME_INITIAL}[ \t]+)?{NAME_SEQ})"),
        # "k. whitehorse, RN": a lower-case name before a credential
        Pattern("lower_credential", rf"(?P<l>[a-z]\.[ \t]?[a-z][a-z'\-]+){CREDENTIAL}", line_needs=CREDENTIALS),
        Pattern(
            "nickname", rf"(?P<v>{NAME_WORD}[ \t][\"“]{NAME_WORD}[\"”][ \t]{PARTICLE}?{NAME_SEQ})"
        ),
        # "Pt Jane Roe" (listed first name); "Pt ROE, JANE" and "pt (Jane Roe)" are cue enough
        Pattern(
            "unlabelled",
            rf"{BARE_LABEL}(?:[ \t]+(?P<v>{NAME_LAST_FIRST})|[ \t]+(?P<d>{NAME_SEQ})"
            rf"|[ \t]*\((?P<w>{NAME_SEQ})\))",
        ),
        Pattern("spoken", rf"{SPOKEN}(?P<l>[a-z][a-z'\-]+(?:[ \t][a-z][a-z'\-]+)?)(?![\w'\-])"),
        Pattern("lower_label", rf"{LOWER_LABEL}(?P<l>[a-z]{{2,}},[ \t]?[a-z][a-z\-]+)(?![\w\-])"),
        Pattern(
            "typist",
            r"(?i:\b(?:transcribed|typed|scribe|transcriptionist)(?:[ \t]+by)?)[ \t]*:[ \t]*"
            rf"(?P<w>[{LOWER}]{{2,3}}|[{UPPER}]{{2,3}})\b(?![.\-]|/[A-Za-z])",
        ),
        Pattern("label", rf"{LABEL}(?P<v>{NAME_LAST_FIRST}|(?:{NAME_INITIAL}[ \t]+)?{NAME_SEQ})"),
        Pattern(
            "relation",
            rf"{RELATION}{CAPS_MODAL}(?:(?P<v>{NAME_SEQ})|(?P<l>[a-z][a-z'\-]+)(?![\w'\-]))",
        ),
        Pattern(
            "credential",
            rf"{CREDENTIAL_AHEAD}(?P<v>(?:{NAME_INITIAL}[ \t]+)?{NAME_SEQ}){CREDENTIAL}",
            line_needs=CREDENTIALS,
        ),
        # "a 58 yo woman (Rosa María Gutiérrez de la Fuente)"
        Pattern(
            "person_paren",
            r"\b(?:woman|man|male|female|lady|gentleman|boy|girl|child|infant|patient|resident)"
            rf"[ \t]*\((?P<v>{NAME_SEQ})\)",
        ),
        Pattern(
            "initials",
            rf"(?m:(?<![\w/:])(?P<v>[{UPPER}]{{2,3}}[/:][{LOWER}]{{2,3}})[ \t]*$)|(?i:dictated[ \t]+by|"
            rf"dict\.?|d/t)[ \t]*:?[ \t]*(?P<w>[{UPPER}]{{2,3}}/[{LOWER}]{{2,3}})\b",
        ),
    )
    # literal first words: scanned on their own (see Recognizer.scans)
    scans: ClassVar[tuple[Pattern, ...]] = (
        Pattern(
            "label_more",
            rf"{LABEL_MORE}(?P<v>{NAME_LAST_FIRST}|(?:{NAME_INITIAL}[ \t]+)?{NAME_SEQ})",
            cues=LABEL_MORE_CUES,
            colon_labels=LABEL_MORE_WORDS,
        ),
        *SIGN_OFF_SCANS,
        Pattern(
            "assistant",
            rf"(?:[Aa]sst|[Aa]ssistant|ASST|[Ss]cribe)\.?[ \t]*:?[ \t]*(?P<w>[{UPPER}]{{2,3}})\b(?![.\-/])",
            cues=("sst", "SST", "cribe"),
        ),
    )

    def spans(self, m: re.Match[str], suffix: str) -> list[Span]:
        out: list[Span] = []
        if french_possessive(m.string, m.start(), m.start() + 3):
            return out
        # "AS PER REPORT, PT LIVES ALONE", "7 PM PT'S WIFE": the patient, no physio's credential; what
        # stands before is a name only where it holds a listed one ("SPOKE WITH HO SCHWARZ RE PT'S ...")
        patient = m.group().endswith("PT") and _PATIENT_GOES_ON.match(m.string, m.end()) is not None
        groups = m.re.groupindex
        for g in ("v", "w", "d"):
            key = g + suffix
            if key in groups and m.start(key) >= 0:
                span = trim_name(m.string, m.start(key), m.end(key))
                if span is not None and (g != "d" or _listed_first(m.string[span[0] : span[1]])) and not (
                    patient and not _holds_listed_name(m.string[span[0] : span[1]])
                ):
                    out.append((PhiType.NAME, *span))
        key = "l" + suffix
        if key in groups and m.start(key) >= 0:
            # a title before it, or an initial ("k. whitehorse, RN"), vouches for an unlisted name
            titled = any(k in groups and m.start(k) >= 0 for k in ("t" + suffix, "u" + suffix))
            titled = titled or m.group(key)[1:2] == "."
            span = _lower_name(m.string, m.start(key), m.end(key), titled)
            if span is not None:
                out.append((PhiType.NAME, *span))
        return out

    def post(self, text: str, found: Sequence[Span]) -> Iterable[Span]:
        known: set[str] = set()
        for typ, s, e in found:
            if typ is PhiType.NAME:
                for w in _WORD.findall(text[s:e]):
                    t = w.title()
                    if len(w) > 1 and not _edge_word(w) and t not in BARE_EPONYMS:
                        known.add(t)
        out: list[Span] = []
        tokens = [(t.group(), t.start(), t.end()) for t in TOKEN.finditer(text)]
        i = 0
        n = len(tokens)
        while i < n:
            word, s, e = tokens[i]
            # (a pair opens with a listed first name, a mention is of a name found: most words are
            # neither, and pay two lookups)
            if i + 1 < n and word in FIRST_NAMES and _is_pair(text, tokens[i], tokens[i + 1]):
                out.append((PhiType.NAME, s, tokens[i + 1][2]))
                i += 2
                continue
            if known and word.title() in known and not _eponym_context(text, e):
                out.append((PhiType.NAME, s, e))
            i += 1
        out.extend(_lower_mentions(text, known))
        return out


def _lower_mentions(text: str, known: set[str]) -> list[Span]:
    """Lower-case mentions ("kateryna") of names already found by a cue ("Kateryna")."""
    out: list[Span] = []
    for name in known:
        if len(name) < 4 or name in CLINICAL_WORDS:
            continue
        low = name.lower()
        i = text.find(low)
        while i >= 0:
            j = i + len(low)
            if (i == 0 or not text[i - 1].isalnum()) and (j >= len(text) or not text[j].isalnum()):
                out.append((PhiType.NAME, i, j))
            i = text.find(low, j)
    return out


def _holds_listed_name(value: str) -> bool:
    """Some word of `value` is a listed name and no word ("HO SCHWARZ"; not "ALSO PER", "10 MIN",
    "FACE"). (An unlisted surname there, "RN TORVALD ASKELAND WHILE PT ASLEEP", is left to the
    strict filter, which reads it as no known word: the standard policy no longer finds it.)"""
    lex = lexicon()
    for w in _WORD.findall(value):
        e = lex(w.lower())
        if (
            e.name and not (e.english or e.clinical) and (name_pop(e) >= 1 or e.first_log2 >= 2)
            and w.title() not in CLINICAL_WORDS and w.lower() not in cues.SHORTHAND
        ):
            return True  # (a surname or given name people bear: not "BOLUS", "BIL", nor "ALINE" the line)
    return False


def _listed_first(value: str) -> bool:
    """The first word of an uncued name is a listed name and not note vocabulary."""
    first = value.split()[0].strip('"“”')
    return first in ANY_NAME and first.title() not in CLINICAL_WORDS


def _lower_name(text: str, start: int, end: int, titled: bool) -> tuple[int, int] | None:
    """A lower-case name from speech or a lower-case label: listed first word (any word after
    a title), a second word kept unless it is note vocabulary or a function word."""
    words = [
        (w.group(), w.start() + start, w.end() + start) for w in _SPLIT.finditer(text[start:end])
    ]
    keep: list[tuple[str, int, int]] = []
    for i, (w, s, e) in enumerate(words):
        t = w.rstrip(",").title()
        if w.rstrip(",") in STOP_WORDS or t in CLINICAL_WORDS:
            break
        if i == 0 and not titled and t not in ANY_NAME:
            return None
        keep.append((w, s, e))
    if not keep:
        return None
    return keep[0][1], keep[-1][2]


def _is_pair(text: str, a: tuple[str, int, int], b: tuple[str, int, int]) -> bool:
    """A dictionary "First Last" pair on one line, neither word note vocabulary or an eponym use."""
    gap = text[a[2] : b[1]]
    if gap not in (" ", "  ") or not a[0][1:].islower() or not b[0][1:].islower():
        return False
    first, last = a[0], b[0]
    if first not in FIRST_NAMES or (last not in LAST_NAMES and last not in FIRST_NAMES):
        return False
    if first in CLINICAL_WORDS or last in CLINICAL_WORDS:
        return False
    return not _eponym_context(text, b[2])


def _eponym_context(text: str, end: int) -> bool:
    m = _NEXT_WORD.match(text, end)
    return m is not None and m.group(1).lower() in EPONYM_SUFFIXES


def trim_name(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Drop note words at either edge ("Cardiology Fellow John Roe" -> "John Roe")."""
    words = [
        (w.group(), w.start() + start, w.end() + start) for w in _SPLIT.finditer(text[start:end])
    ]
    while words and (_edge_word(words[0][0]) or _LEADING_NUMERAL.fullmatch(words[0][0])):
        words.pop(0)  # (a numeral is its dropped word's grade: "To: Level II nursery", "Stage III")
    for i, w in enumerate(words[:-1]):
        if w[0].endswith(("'s", "’s")) and w[0][:-2].lower() not in _NOT_OWNERS:
            # "son Tyler's Humira", "Bill's Amex": what is his ends the name ("It's" owns nothing)
            del words[i + 1 :]
            break
    while words and (_edge_word(words[-1][0]) or words[-1][0] in _PARTICLES):
        words.pop()
    if not words:
        return None
    s, e = words[0][1], words[-1][2]
    if _eponym_context(text, e) and words[-1][0].rstrip(",").title() in EPONYM_HEADS:
        return None
    return s, e


_SPLIT: Final = re.compile(r"[^ \t,]+")
# "PT" that its clause goes on after, in capitals: the patient as the subject ("PT LIVES", "PT'S
# WIFE"); a physical therapist's credential ends the name it follows ("M. ROE PT", "ROE, PT 6/12")
_PATIENT_GOES_ON: Final = re.compile(r"['’]S\b|[ \t]+[A-Z]{2,}\b(?![ \t]*:)")
# a Roman numeral of two letters or more never opens a person's name ("II", "IV", "VIII")
_LEADING_NUMERAL: Final = re.compile(r"(?=[IVX]{2})X{0,3}(?:IX|IV|V?I{0,3})")
_NOT_OWNERS: Final = frozenset({"it", "that", "he", "she", "what", "there", "here", "who", "let", "where"})
_PARTICLES: Final = frozenset(
    {"de", "del", "da", "van", "von", "der", "bin", "al", "le", "la", "di", "du"}
)


def _edge_word(word: str) -> bool:
    """Note vocabulary that is not also a listed name ("Cardiology", "Fellow", "MRN"), and a word
    that introduces a name written all in lower or upper case ("PER MD", "as per PT"; "Per" with
    its capital may be the given name: "Per K. Novak")."""
    w = word.rstrip(".").title()
    if len(word) <= 2 and word.endswith("."):
        return False
    if word.lower() in cues.NAME_VERBS and word != w:
        return True
    if _SKILLED.search(word):
        return True  # "ECMO-trained RN", "CRRT-certified nurse": a skill, no one's name
    return w in CLINICAL_WORDS and w not in ANY_NAME


_SKILLED: Final = re.compile(r"-(?i:trained|certified|competent|credentialed|qualified)\Z")


__all__ = ["NAME_WORD", "NameRecognizer", "trim_name"]
