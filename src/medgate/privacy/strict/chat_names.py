"""Names that lower-case chats put where no capital marks them: the sender of an exported group
chat ("[02/07, 19:40] rosa: ..."), a self-introduction before "from" ("am kemunto akinyi from
..."), a greeting to a carer by title ("bula nurse joy"), whom to ask for on the phone, a Tagalog "si" + kin chain ("si tita
baby"), the Amharic "w/ro" (Mrs), a possessive name before a thing a person has ("oyelaran's
inhaler"), and a single first name after a clinician's verb of seeing ("I saw Hope today")."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.lexicon import Lexicon
from medgate.privacy.lexicon import flags as F
from medgate.privacy.line_starts import line_finditer
from medgate.privacy.strict.web_words import CALENDAR
from medgate.privacy.strict.words import BARE_EPONYM_WORDS, EPONYM_NOUNS, FUNCTION_ZIPF, ROLE_WORDS
from medgate.privacy.types import Entity, PhiType

_WORD: Final = r"[^\W\d_][^\W\d_'’-]*(?:[-'’][^\W\d_]+)*"
# A chat export's message header and its sender: WhatsApp and Telegram, day/month or month/day,
# 24-hour or am/pm, the time first or the date first ("[02/07, 19:40] rosa:", "2/7/24, 7:40 pm -
# rosa:", "[7:40 pm, 2/7/2024] rosa:")
_DATE: Final = r"\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?"
_TIME: Final = r"\d{1,2}[:.]\d{2}(?::\d{2})?(?:[ \t\u202f]?(?i:[ap]\.?m\.?))?"
# or a short export's weekday and time alone at a line's start ("sat 11:40 - will:")
_DAY: Final = r"(?i:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?"
_SENDER: Final = re.compile(
    rf"(?:\[(?:{_DATE},?[ \t]+{_TIME}|{_TIME},?[ \t]+{_DATE})\]|(?<![^\s])(?:{_DATE},?[ \t]+{_TIME})[ \t]+[-–])"
    rf"[ \t]+(?P<v>{_WORD}(?:[ \t]+{_WORD}){{0,3}})[ \t]*:"
)
_DAY_SENDER: Final = re.compile(
    rf"\n[ \t]*{_DAY}[ \t]+{_TIME}[ \t]+[-–][ \t]+(?P<v>{_WORD}(?:[ \t]+{_WORD}){{0,3}})[ \t]*:"
)
# A group chat's header with the time alone ("[06:40] Mitch: on my way"): read only where two lines
# open so, and only for a sender no English or clinical word ("[10:30] Plan:" is a note's heading)
_TIME_SENDER: Final = re.compile(rf"(?m:^)[ \t]*\[{_TIME}\][ \t]+(?P<v>{_WORD}(?:[ \t]+{_WORD})?)[ \t]*:")
_TIME_HEADER: Final = re.compile(rf"(?m:^)[ \t]*\[{_TIME}\][ \t]")
# A pasted chat's lines with the time beside the sender, no brackets: after the name ("Wen-Ting
# 10:05: ..."), or before it, maybe after a weekday and a date ("08:22 Souk: ...", "Mon 14/7, 08:12
# Souk: ..."); read only where two lines open so (a note's "Obs 10:00:" is an English word's)
_NAME_TIME_SENDER: Final = re.compile(
    rf"(?m:^)[ \t]*(?P<v>{_WORD}(?:[ \t]+{_WORD})?)[ \t]+{_TIME}[ \t]*:[ \t]"
)
_SENDER_ZIPF: Final = 2.8  # a word the web writes this often is a heading ("handover", "huddle"), not a sender
_TIME_NAME_SENDER: Final = re.compile(
    rf"(?m:^)[ \t]*(?:{_DAY}[ \t]+)?(?:{_DATE},?[ \t]+)?{_TIME}[ \t]+(?P<v>{_WORD}(?:[ \t]+{_WORD})?)[ \t]*:[ \t]"
)
# "you" and the system's own lines are no one's name
_NOT_SENDERS: Final = frozenset({"you", "tú", "tu", "system", "admin", "messages", "whatsapp"})

# "(i) am X (Y) from": the words between are the writer's name when none is an ordinary word
_INTRO_FROM: Final = re.compile(
    rf"(?:^|(?<=[\s,.!]))(?:i[ \t]+am|i'?m|am|ni|this[ \t]+is)[ \t]+(?P<v>{_WORD}(?:[ \t]+{_WORD}){{0,2}})[ \t]+\Z"
)
_FROM: Final = re.compile(r"[ \t]from\b")
# A greeting that opens a message or line, then a carer's title or an elder's kin word, then the name: "hello sister joy", "kia
# ora whaea huia"
_GREETED: Final = re.compile(
    r"(?m:^)[ \t]*(?i:hi|hello|hey|helo|hallo|dear|bula|jambo|habari|salaam|salam|namaste|talofa|"
    r"malo|kia[ \t]+ora|morning|good[ \t]+(?:morning|afternoon|evening|day)|gud[ \t]+(?:am|pm|morning)|gm)"
    r"[ \t,]+(?:nurse|sister|matron|midwife|doctor|doc|dr\.?|aunty|auntie|uncle|whaea|matua|koro|kuia|tita|tito|"
    r"lola|lolo|ate|kuya|mzee|bibi)[ \t]+(?P<v>[^\W\d_][^\W\d_'’-]+)"
)
# Words of other languages' chat after a greeting that are no name: Pidgin "abeg" (please), "ji", "sahib"
_FILLERS: Final = frozenset({"abeg", "abi", "oga", "plz", "pls", "ji", "sahib", "saab", "sab", "bhai", "jee", "ma"})
# Tagalog: the personal article "si"/"ni"/"kay" and a kin word, then the name ("si lolo ben")
_TAGALOG_KIN: Final = re.compile(
    r"\b(?:si|ni|kay|sina|nina)[ \t]+(?:lola|lolo|tita|tito|ate|kuya|nanay|tatay|inay|itay|manang|manong|"
    r"ninang|ninong|tiya|tiyo|mama|papa|tatang|inang|lolang)[ \t]+(?P<v>[^\W\d_]+(?:-[^\W\d_]+)?)"
)
# Tagalog function words that follow a kin word without a name ("si lola ay", "si lolo nag-")
_TAGALOG_FUNCTION: Final = frozenset({
    "na", "ng", "ay", "po", "nag", "mag", "ko", "mo", "niya", "nya", "kasi", "daw", "raw", "din", "rin",
    "ba", "pa", "lang", "naman", "sa", "ang", "at", "is", "natin", "namin", "ninyo", "nyo", "ngayon",
    "kanina", "kagabi", "mismo", "talaga", "yung", "iyong", "ung",
})  # fmt: skip
# The Amharic "w/ro" (Mrs, weyzero) before a name, written with its slash
_WRO: Final = re.compile(r"(?i:\bw/ro\.?)[ \t]+(?P<v>[^\W\d_]+(?:[ \t]+[^\W\d_]+)?)")
# A possessive before what a person has: "oyelaran's inhaler", "cover jodie's night shift"
_POSSESSIVE_MARK: Final = re.compile(r"['’]s[ \t]+(?P<n>[a-z]+)(?:[ \t]+(?P<m>[a-z]+))?")
_WORD_BEFORE: Final = re.compile(r"(?<![\w'’-])[a-z][a-z-]{2,}\Z")
# Things that are a person's: a first name that is also a word is the name before these
_OWNED: Final = frozenset({
    "shift", "shifts", "inhaler", "inhalers", "meds", "medication", "medications", "tablets", "pills",
    "prescription", "script", "repeat", "appointment", "appt", "results", "bloods", "scan", "phone",
    "number", "mobile", "bed", "room", "birthday", "school", "teacher", "mum", "dad", "husband", "wife",
    "son", "daughter", "mom", "baby", "kids", "referral", "rota", "patients", "patient", "leave",
    # a sick child's own results and treatment, in a parent's chat ("rory's counts came back")
    "counts", "count", "neuts", "platelets", "plts", "levels", "labs", "temp", "temperature", "chemo",
    "obs", "sats", "infusion", "transfusion", "treatment", "port", "cannula", "fever",
})  # fmt: skip
_SEEN_VERBS: Final = ("reviewed ", "saw ", "examined ", "assessed ", "visited ", "spoke ", "clerked ")
# Whom to ask for on the phone: "call the ward, ask for tsehay"
_ASK_FOR: Final = re.compile(r"\bask(?:ing)?[ \t]+for[ \t]+(?P<v>[a-z][a-z'’-]{2,})\b")
# A clinician's verbs of seeing a patient, before a capitalised first name alone ("I saw Hope")
_SEEN: Final = re.compile(
    r"\b(?:reviewed|saw|examined|assessed|visited|spoke[ \t]+(?:to|with)|clerked)"
    r"[ \t]+(?P<v>[A-Z][a-z]{1,14})\b(?![ \t]+[A-Z])(?!['’-])"
)


def _not_a_word(lex: Lexicon, low: str) -> bool:
    """A word that may be a name: no English or clinical word, no function word or title."""
    e = lex(low)
    return not (e.english or e.clinical) and _open(low)


def _open(low: str) -> bool:
    return (
        low not in ROLE_WORDS and low not in cues.FOREIGN_FUNCTION_WORDS and low not in CALENDAR
        and low not in _TAGALOG_FUNCTION and low not in cues.UNITS and low not in cues.SIGN_OFFS
    )  # fmt: skip


def _name_word(lex: Lexicon, low: str) -> bool:
    """A name that may also be a word ("mere", "joy"): a first or last name, not clinical, not a
    function word."""
    e = lex(low)
    return bool(e.flags & (F.FIRST | F.LAST)) and not e.clinical and e.zipf < FUNCTION_ZIPF and _open(low)


def chat_names(text: str, lex: Lexicon, possessive: frozenset[str], upper: float) -> list[Entity]:
    """`possessive`: the stems read in the possessive as a disease ("parkinson's"), never a name;
    `upper`: the text's share of capitals (`text.upper_ratio`)."""
    out: list[Entity] = []
    if ":" in text and ("] " in text or " - " in text):
        for m in _SENDER.finditer(text):
            if m.group("v").lower() not in _NOT_SENDERS:
                out.append(Entity.of(PhiType.NAME, m, "v"))
        # (on "\n" + the text: a pattern opening with a literal is searched for fast)
        for m in _DAY_SENDER.finditer("\n" + text) if " - " in text else ():
            if m.group("v").lower() not in _NOT_SENDERS:
                out.append(Entity(PhiType.NAME, m.start("v") - 1, m.end("v") - 1, m.group("v")))
    if "]" in text and ":" in text:
        out.extend(_time_senders(text, lex))
    if ":" in text and "\n" in text:
        out.extend(_bare_time_senders(text, lex))
    low_text = upper < 0.05  # chat written (nearly) all in lower case
    if low_text and "from" in text:
        for f in _FROM.finditer(text):  # (from each "from", the words before it: cheaper than a scan)
            intro = _INTRO_FROM.search(text, max(0, f.start() - 60), f.start() + 1)
            if intro is None:
                continue
            words = intro.group("v").split()
            if all(w.islower() and (_not_a_word(lex, w) or (_name_word(lex, w) and not lex(w).english)) for w in words):
                out.append(Entity.of(PhiType.NAME, intro, "v"))
    for m in line_finditer(_GREETED, text) if low_text else ():
        w = m.group("v")
        # a name that is also another language's function word ("mere": Hindi "my") only where the
        # greeting ends with it ("hi nurse mere, ..."; not "hello doctor mere papa ...")
        vocative = w in cues.FOREIGN_FUNCTION_WORDS and text[m.end() : m.end() + 1] in ("", ",", ".", "!", "\n")
        if w.islower() and w not in _FILLERS and (_not_a_word(lex, w) or _name_word(lex, w) or (vocative and lex(w).name)):
            out.append(Entity.of(PhiType.NAME, m, "v"))
    if " si " in text or " ni " in text or " kay " in text or text.startswith(("si ", "ni ", "kay ")):
        for m in _TAGALOG_KIN.finditer(text):
            w = m.group("v").lower()
            e = lex(w)
            if _open(w) and not e.clinical and e.zipf < FUNCTION_ZIPF:
                out.append(Entity.of(PhiType.NAME, m, "v"))
    if "/ro" in text or "/RO" in text:
        for m in _WRO.finditer(text):
            words = m.group("v").split()
            if not _open(words[-1].lower()) or lex(words[-1].lower()).english:
                words = words[:1]
            if _open(words[0].lower()):
                out.append(Entity(PhiType.NAME, m.start("v"), m.start("v") + len(" ".join(words)), " ".join(words)))
    if "'s " in text or "’s " in text:
        for m in _POSSESSIVE_MARK.finditer(text):  # (from the "'s", then the word before it: cheaper)
            b = _WORD_BEFORE.search(text, max(0, m.start() - 24), m.start())
            if b is None:
                continue
            w = b.group()
            if w in possessive or w in BARE_EPONYM_WORDS or m.group("n") in EPONYM_NOUNS:
                continue
            owned = m.group("n") in _OWNED or m.group("m") in _OWNED
            # (an unknown word of five letters or more: not the plurals of "abg's", "mdi's", "piv's")
            if (_not_a_word(lex, w) and (lex(w).name or (lex(w).zipf < 3.0 and len(w) >= 5))) or (owned and _name_word(lex, w) and lex(w).flags & F.FIRST):
                out.append(Entity(PhiType.NAME, b.start(), b.end(), w))
    if "ask for" in text or "asking for" in text:
        for m in _ASK_FOR.finditer(text):
            w = m.group("v")
            if _not_a_word(lex, w) and (lex(w).name or (lex(w).zipf < 3.0 and len(w) >= 4)):
                out.append(Entity.of(PhiType.NAME, m, "v"))
    if upper < 0.6 and any(v in text for v in _SEEN_VERBS):  # (the capital is the cue: not in all capitals)
        for m in _SEEN.finditer(text):
            low = m.group("v").lower()
            e = lex(low)
            if e.flags & F.FIRST and e.first_log2 >= 2 and not e.clinical and _open(low):
                out.append(Entity.of(PhiType.NAME, m, "v"))
    return out


def _time_senders(text: str, lex: Lexicon) -> list[Entity]:
    headers = _TIME_HEADER.findall(text, 0, 4000)
    if len(headers) < 2:
        return []
    out: list[Entity] = []
    for m in line_finditer(_TIME_SENDER, text):
        words = m.group("v").lower().split()
        if words[0] not in _NOT_SENDERS and all(
            _not_a_word(lex, w) or (_name_word(lex, w) and (not lex(w).english or lex(w).flags & F.FIRST))
            for w in words
        ):  # ("Plan" is a surname too: not a sender)
            out.append(Entity.of(PhiType.NAME, m, "v"))
    return out


def _bare_time_senders(text: str, lex: Lexicon) -> list[Entity]:
    """`_NAME_TIME_SENDER` and `_TIME_NAME_SENDER`'s senders, where two lines of one shape open so,
    no English, clinical or function word among their words."""
    out: list[Entity] = []
    for rx in (_NAME_TIME_SENDER, _TIME_NAME_SENDER):
        found = list(line_finditer(rx, text))
        if len(found) < 2:
            continue
        for m in found:
            words = m.group("v").lower().split()
            if words[0] not in _NOT_SENDERS and len(m.group("v")) > 3 and all(
                w not in cues.SHORTHAND
                and (
                    (_not_a_word(lex, w) and lex(w).zipf < _SENDER_ZIPF)
                    or (_name_word(lex, w) and (not lex(w).english or lex(w).flags & F.FIRST))
                )
                for w in words
            ):  # (not a note's heading: "Obs 10:00:", "Handover 19:30:")
                out.append(Entity.of(PhiType.NAME, m, "v"))
    return out
