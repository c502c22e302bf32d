"""A code told after the word that names it, with a few words between: "the account number on the
bill is VCH 55190246", "Reference for today's chat is TVM-88213Q", "my TB number is
NRB/KSM/2023/1187", "card number for the clinic na GOPD/0449/19", "case no. CAS 412/03/2024",
"my folder number is 4 4 7 1 9 0 2" (read out digit by digit), "my hospital number is R W three four
four nine one two" (voice typing), "serial on the box is 3MH00A4KXR2".

The label recognizers read a label right before its value; people put the value at the end of a
clause. What is taken must look like a code (four digits or more, with a letter, slash or dash, or
six digits or more), never a measurement, a blood pressure or a date."""

from __future__ import annotations

import itertools
import re
from typing import Final

from medgate.privacy.lexicon import flags as F
from medgate.privacy.lexicon import lexicon
from medgate.privacy.recognizers.common import ID_VALUE
from medgate.privacy.strict.numbers import UNITS_AFTER
from medgate.privacy.text import lowered
from medgate.privacy.types import Entity, PhiType
from medgate.privacy.word_start import cue_finditer, heads, word_start

# a code read out by voice typing: its letters, then five or more digits said as words ("R W three
# four four nine one two")
_DIGIT: Final = r"(?:oh|zero|one|two|three|four|five|six|seven|eight|nine|double|triple)"
_SPOKEN: Final = rf"(?:[A-Z][ ]){{0,3}}{_DIGIT}(?:[ ]{_DIGIT}){{4,}}"
# the naming word, up to four words, then "is", ":", "=", Pidgin/Taglish "na", Spanish "es" or
# Portuguese "é"; or "no." right before the code.
_NAMING_WORDS: Final = (
    "number", "no.", "num", "id", "ref", "reference", "code", "serial",
    *(f"{w} no" for w in ("card", "folder", "file", "chart", "member", "policy", "account", "hospital", "patient", "clinic")),
    "carteirinha", "cartão", "cartao", "tarjeta", "medicaid", "medicare",
)  # fmt: skip
_NAMED: Final = re.compile(  # (word_start: the scan skips to the words' first letters)
    word_start(_NAMING_WORDS)
    + r"(?i:(?:(?:[ ](?!is\b|na\b)[a-z'’]+){0,4}[ ]?(?::|[ ]is|[ ]na|[ ]es|[ ]é|[ ]=)|(?<=no\.)))[ ]#?"
    rf"(?P<v>\d(?:[ ]\d){{5,}}|[A-Z]{{2,5}}[ ]\d[\w\-/]*\d(?:[ ]\d{{2,6}}){{0,2}}|{_SPOKEN}|{ID_VALUE})(?![\w\-/])"
)
_NAMED_HEADS: Final = heads(_NAMING_WORDS)  # (the scan is tried only where one begins: `cue_finditer`)
# an acronym's number told with "no" or "#" ("NHIF no 4418 2290", "NHS no 943 476 5919"), and bank
# branch codes ("BSB 063-112", "sort code 20-45-77", "routing 021000021"): digits in groups
# (written after its first character, which the regex engine skips to: a capital, or where a bank's
# words can stand, their first letters too; the word boundary is read back)
# (a single digit first only before a dash: "ANMC # 1-204-883", an Alaska Native Medical Center number)
_ACRONYM_NO_TAIL: Final = r"[ \t]*:?[ \t]*(?P<v>(?:\d{2,9}|\d(?=-))(?:[ \-]\d{2,6}){0,3})(?![\w\-/]|[.,]\d)"
_ACRONYM_NO_CAPITALS: Final = r"(?<=[A-Z])[A-Z]{1,5}[ \t]+(?:no\.?|num(?:ber)?|#)|(?<=B)SB"
_ACRONYM_NO: Final = {
    False: re.compile(rf"[A-Z](?<![\w].)(?:{_ACRONYM_NO_CAPITALS}){_ACRONYM_NO_TAIL}"),
    True: re.compile(
        rf"[A-Zsſra](?<![\w].)(?:{_ACRONYM_NO_CAPITALS}"
        r"|(?i:(?<=s)ort[ \t]+code|(?<=r)outing(?:[ \t]+(?:no\.?|number|#))?|(?<=a)g[eê]ncia))"
        + _ACRONYM_NO_TAIL
    ),
}
# what the bank's words hold, lower-cased ("sort code", "routing", "agência"): without them the
# capitals' scan alone finds the same
_BANK_WORD_PARTS: Final = ("code", "rout", "genc", "gênc")
# a user name in brackets: letters then digits, the letters no word ("Lorraine Pike (lpike2)",
# "account (rtran04)"; not "(covid19)", "(b12)")
_HANDLE: Final = re.compile(r"\((?P<v>[a-z][a-z._]{3,15}\d{1,4})\)")
_SPOKEN_FULL: Final = re.compile(_SPOKEN)
# seven or more digits read out one by one, up to three letters first or a letter spelled the caller's
# way ("P 4 4 8 2 1 9 0", "k r 3 3 0 9 4 1 7", "H as in Henry 4 4 7 1 9 0 2 3"): an ID whatever label came before it
_DIGIT_BY_DIGIT: Final = re.compile(
    r"(?<![\w.'’])(?:(?:[A-Za-z][ ]){1,3}(?:as[ ]in[ ][A-Za-z]+[ ])?)?\d(?:[ ]\d){6,}(?![\w/]|\.\d)"
)
# a number read out digit by digit in groups with commas between, as a call's transcript writes it
# ("it is 6 6 1 2, 0 8 4 7, 2 2"): the first group three digits or more, eight in all
_COMMA_GROUPS: Final = re.compile(r"(?<!\d[ ])(?<!\d,[ ])\b\d(?:[ ]\d){2,}(?:,[ ]\d(?:[ ]\d)+)+(?![\w/]|\.\d|,?[ ]\d)")
_COMMA_GROUP_START: Final = re.compile(r",[ ]\d[ ]\d")  # (from the comma: a literal the engine skips to)
# a user name with a dot or underscore and digits, as chat logs and app messages show it
# ("[14:02] tuan.le.1979:", "from jess_o84"); not an e-mail, web address or version
# a word spelled out letter by letter after it is said ("Nguyen Thi Hoa, that's H-O-A", "jean robert
# desir d e s i r"): masked when the letters spell a word of the same text (the name just said)
_SPELLED: Final = re.compile(r"(?<![\w\-])[A-Za-z](?:(?P<sep>[\- ])[A-Za-z])(?:(?P=sep)[A-Za-z]){1,14}(?![\w\-])")
# cheap first looks, each starting at a digit, a dot, a space or a dash (the scans above start at
# any letter): two lone letters after the same separator, which every spelled run holds
# (what a spelled word holds: two letters after a space, or after a dash, each found from its literal,
# which the regex engine skips to: one class of the two would be tried at every character)
_SPELLED_SPACED: Final = re.compile(r"[ ][A-Za-z][ ][A-Za-z](?![\w\-])")
_SPELLED_DASHED: Final = re.compile(r"-[A-Za-z]-[A-Za-z](?![\w\-])")
# (found from the first space, a literal the regex engine skips to, the digit before it read back)
_SEVEN_DIGITS_SPACED: Final = re.compile(r"[ ](?<=\d[ ])\d[ ]\d[ ]\d[ ]\d[ ]\d[ ]\d")
_DIGITS_SPACED: Final = re.compile(r"[ ](?<=\d[ ])\d{1,2}[ ]\d")  # (from its first space, the digit before read back)
_HANDLE_TAIL: Final = re.compile(r"[._][a-z0-9._]*\d\d")
_USER_HANDLE: Final = re.compile(r"[a-z](?<![\w@./:-][a-z])[a-z]+[._][a-z0-9._]*?\d{2,4}(?![\w@]|[./]\w)")
# a number read out in ones and twos right after its label, its letters spelled first ("registration
# 8 8 2 1 4 3", "my number 7 21 48 65", "card number is t x 4 0 2 9 1 8 5")
_SPACED_AFTER_LABEL: Final = re.compile(
    r"(?i:(?<![\w])(?:number|no\.?|registration|reg|card|id|mobile|phone|cell|tel)(?:[ ]is)?[ ]?:?[ ])"
    r"(?P<v>(?:[A-Za-z][ ]){0,3}\d{1,2}(?:[ ]\d{1,2}){3,})(?![\w/]|\.\d|[ ]\d)"
)
_MEASURE: Final = re.compile(r"\d{2,3}/\d{2,3}|\d+\.\d+|\d{1,2}[/.\-]\d{1,2}(?:[/.\-]\d{2,4})?")


def spelled_cue(text: str) -> bool:
    """Two letters spelled after a space or a dash somewhere in the text (every spelled word has them)."""
    return _SPELLED_SPACED.search(text) is not None or ("-" in text and _SPELLED_DASHED.search(text) is not None)


def named_code_spans(text: str) -> list[Entity]:
    out: list[Entity] = []
    low = lowered(text)
    for m in cue_finditer(_NAMED, text, low, _NAMED_HEADS):
        v = m.group("v")
        digits = sum(c.isdigit() for c in v) or (len(v.split()) if _SPOKEN_FULL.fullmatch(v) else 0)
        coded = any(c.isalpha() or c in "/- " for c in v)
        measure = _MEASURE.fullmatch(v.rsplit(" ", 1)[-1])  # (also "ID: TMAX 101.8", a system's line)
        if digits < 4 or (not coded and digits < 6) or measure or UNITS_AFTER.match(text, m.end()):
            continue
        out.append(Entity(PhiType.OTHER_ID, m.start("v"), m.end("v"), v))
    for m in _DIGIT_BY_DIGIT.finditer(text) if _SEVEN_DIGITS_SPACED.search(text) else ():
        v = m.group()
        ds = [int(c) for c in v if c.isdigit()]
        steps = {b - a for a, b in itertools.pairwise(ds)}
        if v[0].isdigit() and (max(ds) <= 5 or steps in ({1}, {-1})):
            continue  # grades in a row ("power 5 5 5 5 4 4 4"), a scale ("scores 1 2 3 4 5 6 7")
        out.append(Entity(PhiType.OTHER_ID, m.start(), m.end(), v))
    if _HANDLE_TAIL.search(text):
        for m in _USER_HANDLE.finditer(text):
            v = m.group()
            if sum(c in "._" for c in v) >= 2 or sum(c.isdigit() for c in v) >= 3:  # (not "covid_19")
                out.append(Entity(PhiType.OTHER_ID, m.start(), m.end(), v))
    for m in _COMMA_GROUPS.finditer(text) if _COMMA_GROUP_START.search(text) else ():
        ds = [int(c) for c in m.group() if c.isdigit()]
        if len(ds) >= 8 and max(ds) > 5:  # (not grades: "power 5 5 5, 4 4 4, 5 5")
            out.append(Entity.of(PhiType.OTHER_ID, m))
    unquoted = text.replace("'", "").replace("’", "")  # ("desmond o'leary o l e a r y")
    for m in _SPELLED.finditer(text) if spelled_cue(text) else ():
        letters = m.group()[::2]
        for k in range(len(letters), 2, -1):  # (the run may take in a word after it: "d e s i r I'm")
            said = re.search(rf"(?i)(?<![\w\-]){letters[:k]}(?![\w\-])", unquoted)
            if said is not None:  # (the spelled run itself has its separators: never the word)
                end = m.start() + 2 * k - 1
                out.append(Entity(PhiType.NAME, m.start(), end, text[m.start() : end]))
                break
    for m in _SPACED_AFTER_LABEL.finditer(text) if _DIGITS_SPACED.search(text) else ():
        v = m.group("v")
        digits = sum(c.isdigit() for c in v)
        # (its letters spelled first, five digits will do: "booking number k p 5 5 3 9 1")
        if (digits >= 6 or (digits >= 5 and v[0].isalpha())) and not UNITS_AFTER.match(text, m.end()):
            out.append(Entity.of(PhiType.OTHER_ID, m, "v"))
    if "(" in text:
        for m in _HANDLE.finditer(text):
            entry = lexicon()(m.group("v").rstrip("0123456789"))
            if not (entry.english or entry.clinical or (entry.flags & F.KNOWN and entry.zipf >= 3.0)):
                out.append(Entity.of(PhiType.OTHER_ID, m, "v"))
    for m in _ACRONYM_NO[any(w in low for w in _BANK_WORD_PARTS)].finditer(text):
        v = m.group("v")
        agency = text[m.start() : m.start("v")].lower().startswith("ag")  # (a bank branch: four digits)
        if (sum(c.isdigit() for c in v) >= 6 or (agency and len(v) >= 4)) and not UNITS_AFTER.match(text, m.end()):
            out.append(Entity(PhiType.OTHER_ID, m.start("v"), m.end("v"), v))
    return out
