"""Capitalised words the web knows but no dictionary, drug or name list has ("Priyanka",
"Aldgate"): where one stands mid-sentence it is a name or place, unless it reads as a brand with its
dose, a clinical word, shorthand or an English word's plural. Read by `context.name_context`."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.lexicon import flags as F
from medgate.privacy.lexicon import lexicon
from medgate.privacy.strict.bracket_names import LANGUAGES
from medgate.privacy.strict.words import ROLE_WORDS, Tok, sentence_start
from medgate.privacy.text import upper_ratio
from medgate.privacy.vocab import CLINICAL_WORDS

# Weekdays and months: "it's Sunday" introduces no one
CALENDAR: Final = cues.DAY_WORDS | frozenset(cues.MONTHS)


def unlisted(t: Tok) -> bool:
    """Not shorthand, a unit, a role or a department: web words that are never names."""
    low = t.low
    return (
        len(low) > 3 and low not in cues.SHORTHAND and low not in cues.UNITS and low not in ROLE_WORDS
        and low not in cues.DEPARTMENTS and low not in CALENDAR
    )  # fmt: skip


# Clinical word endings: specialties, procedures, conditions, organisms and the drug stems the
# drug list may lack ("Rheumatologist", "Klebsiella", an "-olol" or "-floxacin" it has not got).
CLINICAL_ENDINGS: Final = (
    "ology", "ologist", "ologists", "ological", "iatric", "iatrics", "iatry", "itis", "osis",
    "ectomy", "otomy", "ostomy", "aemia", "emia", "pathy", "plasty", "scopy", "graphy", "sciences",
    "cillin", "mycin", "floxacin", "azole", "olol", "pril", "sartan", "statin", "parin", "dipine",
    "tidine", "cycline", "triptan", "zepam", "zolam", "afil", "gliptin", "glitazone", "coccus",
    "bacter", "ella", "monas",
)  # fmt: skip
# After the word: a number (a brand with its dose, "Tmax 101", "Acct 1234"), a model code ("Dexcom
# G7", "Omron HEM-907"), a heading's colon, a test result or a hyphenated partner ("Thessaly +ve",
# "Rokitansky-Aschoff sinuses").
# A release code or a protein's letter before the number ("Glycomet GP 2", "Troponin I 2.4"), a
# strength read out by voice typing ("Keflex five hundred") are a brand's or a test's too.
_NOT_NAME_NEXT: Final = re.compile(
    r"[ \t]*(?:[:#~]?[ \t]*[\d.]|[A-Z]{1,4}-?\d|:|[+\-−]|(?:[A-Z]{2,3}|I|T)[ \t]+\d"
    r"|(?i:(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|forty|fifty)[ \t]+"
    r"(?:hundred|point|milligrams?|mg|micrograms?|mcg|units?)\b))"
)


def web_word_as_name(t: Tok, text: str) -> bool:
    """A capitalised word the web knows but no dictionary, drug or name list has ("Priyanka",
    "Aldgate", "Sandton"): a name or place where it stands mid-sentence, unless it has a clinical
    word's ending, a number after it (a brand with its dose, "Tmax 101"), or is a day's shorthand
    or the plural of an English word."""
    e = t.entry
    assert e is not None
    low = t.low
    if not (e.flags & F.KNOWN) or "'" in low or low.endswith(CLINICAL_ENDINGS) or not unlisted(t):
        return False  # (a misspelt clinical word is SAFE without being KNOWN: "Levofoxacin")
    if t.text.title() in CLINICAL_WORDS:
        return False  # a drug the project's clinical words list ("and Norco prn")
    if low in LANGUAGES:
        return False  # a language no name list has ("Interpreter (Farsi/Pashto)", "speaks Tigrinya")
    if _NOT_NAME_NEXT.match(text, t.end) or sentence_start(text, t.start):
        return False
    if upper_ratio(text[max(0, t.start - 300) : t.end + 300]) >= 0.6:
        return False  # ALL-CAPS text: capitals say nothing there
    if _species_after(t, text):
        return False  # a genus before its species ("Neisseria meningitidis", "Escherichia coli")
    stems: tuple[str, ...] = ()  # an English word's plural or -ing form: "Groins", "Tolerating"
    if low.endswith("s"):
        stems = (low[:-1],)
    elif low.endswith("ing"):
        stems = (low[:-3], low[:-3] + "e")
    lex = lexicon()
    return not any(lex(stem).english for stem in stems)


# a Latin species epithet after a capitalised genus: lower case, a Latin ending, and a clinical word or
# one the web rarely uses that no dictionary has ("coli", "meningitidis"; not "area" in "Sandton area")
_EPITHET: Final = re.compile(r"[ \t]+([a-z]{2,}(?:i|ae|is|us|um|a|es))\b")


def _species_after(t: Tok, text: str) -> bool:
    m = _EPITHET.match(text, t.end)
    if m is None:
        return False
    word = m.group(1)
    if word in cues.KIN or word in cues.KIN_WORLD:
        return False  # "Rahima khala", "Nasir bhaiya": a name and its kin word
    e = lexicon()(word)
    if e.clinical:
        return not (e.english and e.zipf >= 4.0)
    return len(word) >= 6 and bool(e.flags & F.KNOWN) and not e.english and not e.name and e.zipf < 3.0
