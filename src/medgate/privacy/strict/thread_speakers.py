"""The speakers of a chat thread, in any case: a word before a colon opening a line ("bec: went
to see mum", "[14:05] our kev: ok", "> auntie bev: is nan", "Tue 3/4 - Dre: evening ok"), or
inside a thread flattened onto one line ("... lap chole will: ok ill drive"). A text is a thread
when three such labels or more stand in it, two speakers at least, one of them speaking twice;
then each label that may be a name is masked, and a speaker's name where the thread says it again
(only a name that is no common English word: "will do" stays). A note's headings and readings
("Plan:", "bp: 130/80", "update:", "re:", "Q:") are no speakers, nor kin ("mom:")."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.lexicon import Lexicon
from medgate.privacy.lexicon import flags as F
from medgate.privacy.line_starts import line_finditer
from medgate.privacy.strict.kin_titles import TITLE_WORDS
from medgate.privacy.strict.words import ROLE_WORDS
from medgate.privacy.types import Entity, PhiType

_WORD: Final = r"[^\W\d_]+(?:['’-][^\W\d_]+)?"
# a kinship or family word before the speaker's name ("our kev", "auntie bev", "nan pat")
_FAMILY: Final = (
    r"(?:(?i:our|auntie|aunty|aunt|uncle|nan|nana|nanna|gran|granny|grandma|grandad|grandpa|cousin"
    r"|bro|sis|big|little|lil)[ \t]+)"
)
_EMOJI: Final = r"(?:[ \t]*(?:[\U0001F1E6-\U0001F1FF]{2}|[\U0001F300-\U0001FAFF\u2600-\u27BF]\uFE0F?))*"
# what opens a chat line before its speaker: a quote mark, a "[14:05]" time, a "Tue 3/4 -" date
_LEAD: Final = (
    # (the time's weekday may lead it: "[Thu 21:09]")
    r"(?:>+[ \t]*)?(?:\[(?:[A-Z][a-z]{2}\.?[ \t]+)?[0-9:.,/ apmAPM-]{3,24}\][ \t]*)?"
    r"(?:[A-Za-z]{3,5}\.?[ \t]+\d{1,2}/\d{1,2}(?:/\d{2,4})?[ \t]*[-–—][ \t]*)?"
)
# (a full name may head a line too, "Harjit Sandhu:", "Mere Tipene:", or a name and the surname's
# initial, "Sipho M:", "Ana R.:": counted as one speaker)
_LINE: Final = re.compile(
    rf"(?m:^)[ \t]*{_LEAD}{_FAMILY}?(?P<v>{_WORD})(?:[ ](?P<w>[A-Z](?:[^\W\d_]+|\.)?))?{_EMOJI}[ \t]*:[ \t]+(?=\S)"
)
# flattened: a lower-case label after a lower-case word or a sentence's end, mid-line
_INLINE: Final = re.compile(rf"(?<=[a-z0-9.!?)][ ]){_FAMILY}?(?P<v>[a-z][a-z'’-]+):[ ]+(?=[a-z0-9])")
# words before a colon that head a note's line or a reply, or answer, not a person
_HEADING_WORDS: Final = (
    "plan note notes update updates re ps pps fyi q a ans answer edit eta subject from to cc bcc date time "
    "address tel phone mob mobile email fax reply sent msg message ok okay yes no yep nope hi hey hello "
    "thanks ta cheers done ps. nb reminder reason result results reading readings today tonight tmrw "
    "tomorrow yesterday morning evening night sugars sugar bs bp hr rr temp weight meds med dose doses "
    "issue issues question questions summary status location venue where when who what why how "
    "sorry lol omg btw also and but so then"
)
_HEADINGS: Final = frozenset(_HEADING_WORDS.split())
_TITLES: Final = TITLE_WORDS | cues.KIN_WORLD | cues.KIN


def _speaker(lex: Lexicon, v: str) -> bool:
    """A label that may be a person's name: no heading, kin, role, clinical or shorthand word, nor
    an ALL-CAPS one ("CV:", "NIF:"); a name, a word no English one, or a short rare one ("kev",
    "dre"); a common word only where it is a common first name too ("will", "bill")."""
    low = v.lower()
    if v.isupper() or low in _HEADINGS or low in ROLE_WORDS or low in cues.KIN or low in cues.KIN_WORLD:
        return False
    if low in cues.SHORTHAND:
        return False
    if low in cues.UNITS or low in cues.DETERMINERS or low in cues.DAY_WORDS or low in cues.MONTHS or len(low) < 2:
        return False
    e = lex(low)
    if e.clinical:
        return False
    short = len(low) <= 4 and (e.zipf < 3.6 or (e.name and e.zipf < 4.5))
    return not e.english or short or bool(e.flags & F.FIRST and e.first_log2 >= 2)


def _first_name(lex: Lexicon, v: str) -> bool:
    """A label that is surely a person's first name, which makes a text of labels a thread (a form's
    or a note's labels are not: "Sender:", "Proband:", "resp:")."""
    e = lex(v.lower())
    return bool(e.flags & F.FIRST) and e.first_log2 >= 1 and (not e.english or e.first_log2 >= 2) and not v.isupper()


def _whole(m: re.Match[str]) -> bool:
    """A two-word label is a full name only where both words are capitalised ("Blood sugar:" is no
    speaker's)."""
    return _second(m) is None or (m.group("v")[:1].isupper() and m.group("v")[1:].islower())


def _initial_told(lex: Lexicon, m: re.Match[str]) -> bool:
    """A label whose second word is an initial ("Sipho M:") is a speaker's only on a chat line led
    by its time or date, or where the first word is surely a first name ("Ana R.:"): "Hep A:",
    "Vit D:" head a list's lines."""
    w = _second(m)
    if w is None or len(w.rstrip(".")) > 1:
        return True
    if any(c.isdigit() for c in m.group(0)[: m.start("v") - m.start()]):
        return True
    v = m.group("v")
    return _first_name(lex, v) and lex(v.lower()).first_log2 >= 2


def _second(m: re.Match[str]) -> str | None:
    """The label's second word, where a line's label has one (a flattened thread's labels have none)."""
    return m.groupdict().get("w")


def _label(m: re.Match[str]) -> str:
    w = _second(m)
    return m.group("v").lower() + (" " + w.lower() if w else "")


def _titled(m: re.Match[str]) -> bool:
    """"Kak Yah:", "Tita Nene:": a kinship title and a name, surely a person."""
    return _second(m) is not None and m.group("v").lower() in _TITLES


def _name_part(m: re.Match[str]) -> str:
    return "w" if _titled(m) else "v"


def _span(text: str, m: re.Match[str]) -> Entity:
    s, t = m.start(_name_part(m)), m.end("w" if _second(m) else "v")
    return Entity(PhiType.NAME, s, t, text[s:t])


def thread_speaker_spans(text: str, lex: Lexicon) -> list[Entity]:
    if text.count(":") < 3:
        return []
    found = list(line_finditer(_LINE, text))
    if "\n" not in text.strip() or len(found) < 2:
        found += [m for m in _INLINE.finditer(text) if m.start() not in {f.start("v") for f in found}]
    if len(found) < 3:
        return []
    found = [m for m in found if _whole(m) and _initial_told(lex, m)]
    counts: dict[str, int] = {}
    for m in found:
        low = _label(m)
        counts[low] = counts.get(low, 0) + 1
    names = {_label(m) for m in found if _speaker(lex, (n := m.group(_name_part(m)))) and _speaker(lex, n.lower())}
    sure = {_label(m) for m in found if _label(m) in names and (_titled(m) or _first_name(lex, m.group("v")))}
    # two speakers at least, one speaking twice; two of them surely named, or one speaking twice, or
    # two that may be named speaking twice each
    if len(counts) < 2 or max(counts.values()) < 2:
        return []
    if not (len(sure) >= 2 or any(counts[v] >= 2 for v in sure) or sum(counts[v] >= 2 for v in names) >= 2):
        return []
    out = [_span(text, m) for m in found if _label(m) in names]
    # the speaker's name again in the thread, where it is no common word ("kev can u grab them")
    rare = sorted(v for v in names if " " not in v and (not lex(v).english or lex(v).zipf < 3.6))
    if rare:
        rx = re.compile(rf"(?i)(?<![\w'’-])(?:{'|'.join(map(re.escape, rare))})(?![\w'’-])")
        out.extend(Entity(PhiType.NAME, m.start(), m.end(), m.group()) for m in rx.finditer(text))
    return out
