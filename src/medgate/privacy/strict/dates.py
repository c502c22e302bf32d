"""Dates the strict filter masks without a name dictionary: month/day and month/year outside
measurement contexts ("BP 120/80", "5/5 strength", "pain 3/10" stay), ordinal, dotted and
foreign-language dates, dates after a label, typed with spaces. Whether "N/N" is a date or a score
is `strict/slash_dates.py`'s; other countries' numeric shapes and era dates `strict/world_dates.py`'s;
dates read out in words `strict/spoken_dates.py`'s; how far a found date reaches (its weekday, its
range's end, its year) `strict/date_extent.py`'s.

(Each scan starts with a character class or a literal and checks what stands before its first
character after reading it: the regex engine then skips to candidate characters instead of trying
every position of the text.)"""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.lexicon import lexicon
from medgate.privacy.strict.numbers import DAY_DIGITS, UNITS_AFTER
from medgate.privacy.strict.slash_dates import slash_dates
from medgate.privacy.strict.spoken_dates import AFTER_DAY, FULL_WEEKDAYS, spoken_date_spans
from medgate.privacy.strict.world_dates import world_dates
from medgate.privacy.text import end_before, lowered, word_before, word_start_before
from medgate.privacy.types import Entity, PhiType
from medgate.privacy.word_start import cue_finditer, word_start

# An ordinal day after "the", a weekday or a preposition of time: "on the 28th", "tues 12th",
# "di 12th" (Dutch), "by 3rd" -- not a floor, a street ("12th cross"), a centile or a cycle.
_ORDINAL_DAY: Final = re.compile(  # (a digit first: the scan skips to digits; the start is checked after)
    r"(?P<d>\d\d?(?:st|nd|rd|th|ST|ND|RD|TH))\b"  # (\d\d?, not \d{1,2}: a repeat first hides the class)
)

_NOT_DAY_AFTER: Final = re.compile(
    # (past a second ordinal joined to it and a side: "the 1st and 2nd metatarsals", "the 2nd left
    # intercostal space", "4th-5th toes")
    r"(?:[ \t]*(?i:and|or|&|to|-|–)[ \t]*\d\d?(?i:st|nd|rd|th))?(?:[ \t]+(?i:left|right|upper|lower|l|r)\b)?"
    r"[ \t]*(?:of[ \t]+)?(?i:century|percentile|"
    r"centile|grade|floor|fl|time|times|day|week|dose|cycle|birthday|cross|main|street|st|road|rd|"
    r"avenue|ave|block|sector|stage|line|attempt|round|trimester|place|year|month|gen|generation|"
    r"degree|rib|toe|finger|digit|metatarsal|intercostal|ics|percent|icd|nerve|ventricle|"
    r"vertebra|lumbar)s?\b"  # (and their plurals: "the 3rd doses")
)

# After a weekday an ordinal is the day whatever follows ("Date: Thurs 17th   Time: 10:45").
_WEEKDAYS: Final = cues.DAY_WORDS - {"the", "ma", "di", "wo", "do", "vr", "za", "zo", "mi", "fr", "sa", "so"}

# A German day and month without a year: "seit 14.03.", "am 21.05.", "since 02.11" (after a cue),
# or a two-digit day and month with the closing dot anywhere ("Termin 03.04.").
# (found from its dot, a literal the regex engine skips to; the day's digits are read back after)
_DOTTED_DAY: Final = re.compile(r"\.(?P<m>\d{1,2})(?P<dot>\.)?(?![\w]|\.\d)")

# A hospital stay's start or end, by the stems of the words for it (English, Polish, German, Dutch,
# French, Spanish, Portuguese, Italian): the dotted day.month a few words after is its date.
_EVENT_WORD: Final = re.compile(
    r"(?i:\b(?:discharg|admi(?:tted|ssion)|wypis|przyj[eę]|entlass|aufnahme|aufgenommen|ontslag|opname"
    r"|sortie|hospitalis|alta\b|ingres|internad|internaç|dimess|ricover))"
)
# An ordinal right after the week it falls in ("next week 13th") or after another ordinal day and
# a joint ("the 13th and 16th", "Mon 3rd, 5th or 9th") is a day too
_WEEK_WORDS: Final = frozenset({"week", "wk", "weekend"})
_DAY_JOINER: Final = re.compile(r"[ \t]*(?:[,/&]|(?i:and|or|&|to))?[ \t]*(?:(?i:the)[ \t]+)?|[ \t]*,[ \t]*(?i:and|or)[ \t]+")
_SCHEDULE_WORDS: Final = frozenset({"due", "dated", "until", "till"})
# Words for a planned event a month-less ordinal day follows ("bloods due 12th", "I travel 21st")
_DAY_EVENT_WORDS: Final = frozenset({
    "due", "dated", "travel", "travelling", "traveling", "fly", "flying", "leave", "leaving", "arrive", "arriving",
    "return", "returning", "planned", "scheduled", "booked", "expected",
})  # fmt: skip
_TRIP_AFTER: Final = re.compile(r"[ \t]+(?:from|to|for|in|back)\b")
# a reason or a swap told right after the day ("not able to come on 26th due to a wedding", "can I
# come on 25th instead"): a day, not a dose or a floor (those have their own noun after)
_REASON_AFTER: Final = re.compile(r"[ \t]+(?i:due|instead|because|bcoz|coz|cuz)\b")
# a month named by where it stands ("card say 14th next month", "the 3rd of this month"): the day whatever precedes
_MONTH_NAMED_AFTER: Final = re.compile(r"[ \t]+(?:of[ \t]+)?(?i:next|this|last|the[ \t]+following|the[ \t]+coming)[ \t]+month\b")
# the end of a range right after a day.month. ("vom 16.07. bis 20.07.2024", "from 3.5. to 9.5.25"):
# the first day borrows the year the second shows
_RANGE_END: Final = re.compile(r"[ \t]*(?:-|–|—|to|bis|au|al|tot|till|until)[ \t]*\d{1,2}\.\d{1,2}\.(?:\d{2}|\d{4})?(?!\d)")
_AMOUNT_AFTER: Final = re.compile(
    r"[ \t]*(?:(?i:mg|mcg|µg|ug|g|kg|lbs?|l|ml|cc|units?|u|iu|mmol|meq|tabs?|caps?|puffs?|x|times|hours?|hrs?|h"
    r"|days?|d|weeks?|wks?|months?|years?|yrs?|cm|mm|m)\b|[%/]|\d|[.,]\d)"
)
# ... and after "on"/"by", what an appointment's date is followed by ("on 9.6 for review", "by 3.4, then")
_EVENT_AFTER: Final = re.compile(r"(?:[ \t]+(?:for|at|to|and|with|when)\b|[ \t]*(?:[,;)]|\.(?!\d)|$))", re.M)
# a place right after a day and month, in English or the language mixed in ("21.10 w Szpital
# Bródnowski", "03.12 at St James's", "14.02 im Klinikum"): when, then where
_PLACE_AFTER: Final = re.compile(r"[ \t]+(?:at|in|w|we|na|im|à|en|op|em|no|sa|di|@)[ \t]+(?:the[ \t]+)?[A-Z][a-z]")
_FOREIGN_DATE: Final = re.compile(
    r"(?i)\d(?<!\w\d)(?:(?<=[0-3])\d)?\.?[ \t]+(?:d[ei][ \t]+)?(?:"
    + "|".join(sorted(cues.FOREIGN_MONTHS, key=len, reverse=True))
    + r")\b(?:,?[ \t]+(?:de[ \t]+)?(?:19|20)\d\d\b)?"  # "10 de fevereiro de 2025": one date
)
# a month before its day where the language writes it so ("kovo 18", "gegužės 3 d.", Lithuanian)
_MONTH_BEFORE_DAY: Final = re.compile(  # (found from the day after a word's last letter; the word read in Python)
    r"(?<=[oOsS][ \t])(?P<d>[0-3]?\d)(?![\d:./,]\d|\d)(?:[ \t]*d\.)?"
)

# A day number after a weekday written in full, in English or another language ("saturday 22",
# "jueves 6", "Wed 12"), not a time ("Saturday 10am", "friday 9:30") or a count ("monday 2 tabs").

DAY_BEFORE_NUMBER: Final = FULL_WEEKDAYS | cues.FOREIGN_WEEKDAYS | {"tue", "tues", "wed", "weds", "thu", "thur", "thurs", "fri"}


# (found from its digits where a letter and a space stand before them, a handful per note; the word
# before is then read in Python: cheaper than trying every weekday at every word)
_BARE_DAY: Final = re.compile(
    r"\d(?:(?<=[^\W\d_][ ]\d)|(?<=[^\W\d_][.,][ ]\d))\d?"
    r"(?![\w:./,]\d|\w|[ \t]*(?i:am|pm|h|hrs?|hours?|o'?clock|:|%|x|mg|tabs?|times))"
)

# The Malay day of the month, "5hb" (hari bulan), and a dotted day.month before a time
# ("wizyta 14.04 o 10:00", "14.04 at 10:30"; two digits each, not a lab value "K 4.1 at 06:00"):
# dates in the chats of those countries.
_MALAY_DAY: Final = re.compile(r"\d(?<![\w.]\d)\d?hb\b")

_DOTTED_BEFORE_TIME: Final = re.compile(  # (found from its dot: the engine skips to literals)
    r"\.(?<=(?<![\w.,/])[0-3]\d\.)(?:0[1-9]|1[0-2])(?=[ \t]+(?:(?:o|at|um|às|as|a las|alle|à|om|kl\.?)[ \t]+)?[0-2]?\d[:.h][0-5]\d\b)"
)


# A day and month with no year after a date's label ("Arrival date: 22.01", "Date of admission:
# 08-01", "DOA - 3/9", "Adm 02.10"): the label says it is a date, whatever the separator.
_LABELLED_DAY_MONTH: Final = re.compile(  # (from the label's first letter: the scan skips to it)
    word_start(["date", "dob", "doa", "dod", "hospitalised", "hospitalized", "admitted", "discharged", "adm"])
    + r"\b(?:[^\n\d:]{0,24}[:\-–]|(?=[ \t]))[ \t]*"  # (the label's colon or dash, or only a space)
    r"(?P<v>(?:[0-2]?\d|3[01])[./\-](?:0?[1-9]|1[0-2]))(?![./\-]?\d)"
)

_DAY_ARTICLES: Final = frozenset({"le", "el", "the", "den", "der", "il"})

# (these start at a digit or a literal, and the day and month ranges are checked in code, so
# the regex engine skips to where one can start instead of trying every position of the text)
_ORDINAL = r"(?i:st|nd|rd|th)"
_MONTH_ABBR = r"(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-zA-Z]*"
# "14th of the 6th 1958": a day and a month both told as ordinals (British speech, voice typing)
_ORDINAL_OF_ORDINAL: Final = re.compile(
    rf"(?P<d>{DAY_DIGITS}){_ORDINAL}[ \t]+(?i:of)[ \t]+(?i:the)[ \t]+(?P<m>\d\d?){_ORDINAL}(?:,?[ \t]+(?:19|20)\d\d)?\b"
)
# a range or pair of days before their month, as one date: "4–11 October", "12 to 18 dec", "the
# 2nd and 3rd of May", a night told by both its days "the 9th/10th of June" (ordinals: "2/3 May" is a fraction's)
_DAY_RANGE: Final = re.compile(
    rf"(?P<d>{DAY_DIGITS}){_ORDINAL}?[ \t]*(?:-|–|&|(?i:to|and)|(?<=[a-zA-Z])/)[ \t]*(?P<e>\d\d?){_ORDINAL}?[ \t]+"
    rf"(?:(?i:of)[ \t]+)?{_MONTH_ABBR}\b"
)
# a full date typed with spaces around its slashes: "19 / 08 / 1996", "3 / 11 / 52"
_SPACED_SLASH_DATE: Final = re.compile(
    rf"(?P<d>{DAY_DIGITS})(?P<s>[ \t]*/[ \t]*)(?P<m>\d\d?)[ \t]*/[ \t]*(?:(?:19|20)\d\d|\d\d)(?![\w/])"
)
# a day and a month in Roman numerals, as Irish and European notes write them: "23.iv", "3.xi.24"
_ROMAN_MONTH_DATE: Final = re.compile(
    rf"(?P<d>{DAY_DIGITS})\.(?i:xii|xi|x|ix|viii|vii|vi|v|iv|iii|ii|i)(?:\.\d{{2,4}})?(?![\w.])"
)

# (what every Roman month date holds, found from its dot, a literal the regex engine skips to)
_ROMAN_AFTER_DOT: Final = re.compile(r"\.(?i:[ivx])")


def spaced_slash(text: str) -> bool:
    """A space or a tab beside a slash: a date typed with spaces has one, and a slash date
    without (the slash-date rules' own) is all the spaced scan finds where there is none."""
    return " /" in text or "/ " in text or "\t/" in text or "/\t" in text


def _day_month_ok(m: re.Match[str]) -> bool:
    """The day (and month, where there is one) of a match are in range."""
    groups = m.groupdict()
    if not 1 <= int(groups["d"]) <= 31 or ("e" in groups and not 1 <= int(groups["e"]) <= 31):
        return False
    return "m" not in groups or 1 <= int(groups["m"]) <= 12


def _month_day_ok(m: re.Match[str]) -> bool:
    """The US order, month first: "04 / 27 / 1990"."""
    return 1 <= int(m.group("d")) <= 12 and 1 <= int(m.group("m")) <= 31


_SPACED_BIRTH_DATE: Final = re.compile(
    word_start(["dob", "d.o.b", "birth", "born"]) + r"\.?(?:[ \t]+date)?\b[^\n\d]{0,12}"
    r"(?P<v>(?:[0-2]?\d|3[01])[ ](?:0?[1-9]|1[0-2])[ ](?:19|20)\d\d)(?!\d)"
)

def date_spans(text: str) -> list[Entity]:
    out: list[Entity] = spoken_date_spans(text)
    for rx in (_ORDINAL_OF_ORDINAL, _DAY_RANGE, _ROMAN_MONTH_DATE, _SPACED_SLASH_DATE):
        if (rx is _ROMAN_MONTH_DATE and _ROMAN_AFTER_DOT.search(text) is None) or (
            rx is _SPACED_SLASH_DATE and not spaced_slash(text)
        ):
            continue  # (cheap tests first: a Roman month after a dot, a space beside a slash)
        for m in rx.finditer(text):
            if rx is _SPACED_SLASH_DATE and " " not in m.group("s") and "\t" not in m.group("s"):
                continue  # (without spaces: the slash-date rules' own)
            if _day_month_ok(m) or (rx is _SPACED_SLASH_DATE and _month_day_ok(m)):
                out.append(Entity.of(PhiType.DATE, m))
    for m in _SPACED_BIRTH_DATE.finditer(text):
        out.append(Entity.of(PhiType.DATE, m, "v"))
    for m in _LABELLED_DAY_MONTH.finditer(text):
        short = text[m.start() : m.start() + 4].lower() in ("adm ", "adm:")  # ("Adm 02.10"; not "adm 2.5")
        if not UNITS_AFTER.match(text, m.end()) and not (short and not re.fullmatch(r"\d\d\D\d\d", m.group("v"))):
            out.append(Entity.of(PhiType.DATE, m, "v"))
    last_day = -1  # where the last ordinal day read as a date ends: "13th and 16th" are both days
    for m in _ORDINAL_DAY.finditer(text):
        if not _starts_number(text, m.start()) or int(m.group("d")[:-2]) > 31:
            continue
        word = word_before(text, m.start(), ",.~")  # (past an "about" tilde: "trigger planned ~21st")
        if word not in _WEEKDAYS and _NOT_DAY_AFTER.match(text, m.end()):
            continue
        if (
            word in cues.DAY_WORDS
            or word in _WEEK_WORDS  # "this week 13th and 16th": a day of the week named
            or (last_day >= 0 and _DAY_JOINER.fullmatch(text, last_day, m.start()) is not None)
            # ("on 14th for the bp", "by 3rd to the clinic": a preposition of place or purpose after it)
            or (word in cues.DAY_PREPS and (AFTER_DAY.match(text, m.end()) or _TRIP_AFTER.match(text, m.end()) or _REASON_AFTER.match(text, m.end())))
            or (word in _DAY_EVENT_WORDS and (AFTER_DAY.match(text, m.end()) or _TRIP_AFTER.match(text, m.end())))
            or _MONTH_NAMED_AFTER.match(text, m.end())
        ):  # ("bloods due 12th,", "I travel 21st from Luton": a month-less day after an event's word)
            start = m.start("d")
            if word in _WEEKDAYS:  # "Mon 3rd" is one date: the weekday narrows it too
                start = word_start_before(text, start, ",.")
            elif word == "the" and word_before(text, (w := word_start_before(text, start, ",.")), ",.") in _WEEKDAYS:
                start = word_start_before(text, w, ",.")  # "since sat the 9th"
            out.append(Entity(PhiType.DATE, start, m.end("d"), text[start : m.end("d")]))
            last_day = m.end("d")
    for m in _DOTTED_DAY.finditer(text):
        if not (m.start() and text[m.start() - 1].isdigit()):
            continue
        start = m.start() - (2 if m.start() > 1 and text[m.start() - 2].isdigit() else 1)
        day, month = text[start : m.start()], m.group("m")
        if not (_starts_number(text, start) and 1 <= int(day) <= 31 and 1 <= int(month) <= 12):
            continue
        word = word_before(text, start, ",.")
        bare = (  # not a lab value at a sentence's end ("Hb 10.12."): lab names are short
            m.group("dot") and len(day) == len(month) == 2
            and (word == "" or len(word) > 4) and word not in cues.MEASURE_WORDS
        )  # fmt: skip
        # after a cue, the closing dot or a two-digit month ("seit 14.03", not "from 1.1")
        cued = (word in cues.DOTTED_DATE_CUES and (m.group("dot") or len(month) == 2)) or (
            word in DAY_BEFORE_NUMBER and not _AMOUNT_AFTER.match(text, m.end("m"))
        ) or (  # (and after a weekday: "Saturday 8.3", "piątek 14.4")
            word in cues.POLISH_WEEKDAY_ABBREVS and len(day) == len(month) == 2
            and text[word_start_before(text, start, ",.") + len(word) : start].lstrip().startswith(".")
            and not _AMOUNT_AFTER.match(text, m.end("m"))
        )  # fmt: skip  ("czw. 12.12": the abbreviation with its dot, a day and a month of two digits)
        # a scheduling word before a day and month ("on 9.6 for review", "screen due 16.6"), not a
        # dose or a count after it ("on 2.5 mg", "due 1.5 L")
        scheduled = (
            (word in _SCHEDULE_WORDS and not _AMOUNT_AFTER.match(text, m.end("m")))
            or (word in ("on", "by") and _EVENT_AFTER.match(text, m.end("m")) is not None)
        )
        ranged = m.group("dot") is not None and _RANGE_END.match(text, m.end()) is not None
        placed = (
            len(day) == len(month) == 2 and (word == "" or len(word) > 4) and word not in cues.MEASURE_WORDS
            and _PLACE_AFTER.match(text, m.end("m")) is not None
        )  # fmt: skip
        if cued or bare or scheduled or ranged or placed or (len(day) == len(month) == 2 and _event_before(text, start, m.end("m"))):
            out.append(Entity(PhiType.DATE, start, m.end("m"), text[start : m.end("m")]))
    for m in _FOREIGN_DATE.finditer(text):
        out.append(Entity.of(PhiType.DATE, m))
    for m in _MONTH_BEFORE_DAY.finditer(text):
        if 1 <= int(m.group("d")) <= 31 and word_before(text, m.start()) in cues.MONTHS_BEFORE_DAY:
            start = word_start_before(text, m.start())
            out.append(Entity(PhiType.DATE, start, m.end(), text[start : m.end()]))
    out.extend(slash_dates(text))
    out.extend(_month_dates(text))
    out.extend(world_dates(text))
    for m in _BARE_DAY.finditer(text):
        if 1 <= int(m.group()) <= 31 and _weekday_before(text, m.start()):
            out.append(Entity.of(PhiType.DATE, m))
    for rx in (_MALAY_DAY, _DOTTED_BEFORE_TIME):
        if rx is _MALAY_DAY and "hb" not in text:
            continue
        for m in rx.finditer(text):
            start = m.start() - 2 if rx is _DOTTED_BEFORE_TIME else m.start()
            if int(text[start : m.end()].split(".")[0].removesuffix("hb")) <= 31 and (
                word_before(text, start, ":") not in cues.MEASURE_WORDS
            ):
                out.append(Entity(PhiType.DATE, start, m.end(), text[start : m.end()]))
    return out


def _event_before(text: str, start: int, end: int) -> bool:
    """A two-digit day.month a few words after a hospital stay's start or end, in any language
    ("discharged from Leeds 14.02", "po wypisie ze szpitala 03.11", "nach Entlassung 21.06"): the
    day of that event, not a lab value: right after the event word or a capitalised place name
    ("Hb 10.12", "Glucose 10.12", "CRP 12.03" stay: short, upper-case, or a clinical word)."""
    if _AMOUNT_AFTER.match(text, end) or not (event := _EVENT_WORD.search(text, max(0, start - 48), start)):
        return False
    word = word_before(text, start, ",.")
    if text[event.start() : start].split()[-1:] == [word]:
        return True  # "wypis 03.11", "discharge 14.02"
    ws = word_start_before(text, start, ",.")
    said = text[ws : ws + len(word)]  # (as written: `word_before` lower-cases)
    entry = lexicon()(said)
    return (
        len(said) >= 4 and said[:1].isupper() and said[1:].islower() and word not in cues.MEASURE_WORDS
        and not (entry.clinical or entry.english)
    )  # fmt: skip


def _weekday_before(text: str, pos: int) -> bool:
    """A weekday before the day's number, or a weekday and an article ("vendredi le 21")."""
    word = word_before(text, pos, ",.")
    if word in _DAY_ARTICLES:
        word = word_before(text, word_start_before(text, pos, ",."), ",.")
    return word in DAY_BEFORE_NUMBER

def _starts_number(text: str, start: int) -> bool:
    """No letter, digit, dot, comma or slash right before: "14.03", not "1.14.03" or "v2.3"."""
    return start == 0 or not (text[start - 1].isalnum() or text[start - 1] in ".,/_")

_MONTH_DATE: Final = re.compile(
    f"(?P<mon>{word_start(sorted(cues.MONTHS, key=len, reverse=True))})"
    r"(?i:\b\.?"
    r"(?P<rest>[ \t]*(?:(?:[0-3]?\d)(?:st|nd|rd|th)?\b(?:,?[ \t]*(?:19|20)\d\d)?"
    r"|(?:of[ \t]+)?(?:19|20)\d\d\b|'\d\d\b))?)"
)

# (every month begins with the three letters of its short form: the scan is tried only where
# `str.find` sees one begin a word, not at every "a", "d", "f", "j", "m", "n", "o" or "s")
_MONTH_HEADS: Final = tuple(sorted({m[:3] for m in cues.MONTHS}))

_DAY_MONTH: Final = re.compile(
    r"(?i)(?P<day>\d(?<!\w\d)(?:(?<=[0-3])\d)?)(?:st|nd|rd|th)?[ \t]+(?:(?:of|de)[ \t]+)?(?P<mon>"
    + "|".join(sorted(cues.MONTHS, key=len, reverse=True))
    + r")\b(?:\.?,?[ \t]*'?\d\d\b(?![:/]))?"
)

def _month_dates(text: str) -> list[Entity]:
    out: list[Entity] = []
    months = list(cue_finditer(_MONTH_DATE, text, lowered(text), _MONTH_HEADS))
    for m in months:
        mon = m.group("mon").lower()
        rest = m.group("rest")
        if rest:
            end = m.end()
            if rest.lstrip().lower().startswith("of"):
                end = m.end("mon")  # "march of 2022": the month; the year alone is not PHI
            elif re.search(r"(?:19|20)\d\d$", rest):
                end = m.end() - 4
                end = end_before(text, end, " ,\t")
            out.append(Entity(PhiType.DATE, m.start(), end, text[m.start() : end]))
        elif mon not in cues.MONTH_WORDS and len(mon) > 2:
            out.append(Entity(PhiType.DATE, m.start(), m.end("mon"), m.group("mon")))
    # (a day-month's month is a word the month scan finds too: without one, no day-month either)
    for m in _DAY_MONTH.finditer(text) if months else ():
        if 1 <= int(m.group("day")) <= 31:
            out.append(Entity.of(PhiType.DATE, m))
    return out
