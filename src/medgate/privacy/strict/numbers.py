"""Numbers and short codes the strict filter masks without a name dictionary: ages over 89 by
context, phones (pager, bleep, extension, national, local after a phone word), long digit runs,
spaced ID groups, dotted initials, street names. Dates are `strict/dates.py`'s."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.strict.dotted_abbreviations import clinical_dotted_pair
from medgate.privacy.strict.world_ages import world_age
from medgate.privacy.text import char_before, lowered
from medgate.privacy.types import Entity, PhiType
from medgate.privacy.word_start import cue_finditer, heads, word_start

DAY_DIGITS: Final = r"\d(?<![\w.:/\-]\d)\d?"  # a day's one or two digits that do not continue a number

_PHONE: Final = re.compile(
    r"[(\d](?<!\w[(\d])(?:(?:(?<=\()\d{3}\)|(?<=\d)\d{2})[ \t]*[-./ ][ \t]*\d{3}[ \t]*[-./ ]?[ \t]*\d{4}"
    r"|(?<=\d)\d{2}[ \t]+\d{7})(?!\w)"
)
# a seven-digit local number after a phone word: "work# 555 0142", "cell 555-0142"
_CUED_PHONE: Final = re.compile(
    r"(?i)(?<![\w])(?=[wchmptbfl])(?:work|home|cell|mobile|phone|tel|ph|pager|beeper|fax|call|contact|landline)\b"
    r"[^\w\n]{0,4}(?P<v>\d{3}[-. ]?\d{4}|\d{4}[ ]\d{3})(?![\w]|[ ]\d)"  # (Fiji, Samoa: "ph 7754 902")
    r"|#[ \t]*(?P<w>\d{3}[-. ]?\d{4}|\d-\d{4})(?!\w)"  # ("#2-4471": a hospital extension)
)
# what every match of _CUED_PHONE begins with, lower-cased ("ph" for "phone" too; "#" wherever it
# stands, after a letter too): the scan is tried only where `str.find` sees one, not at every
# position (the lookbehind that leads it gives the regex engine no character to skip to)
_CUED_PHONE_HEADS: Final = (
    "work", "home", "cell", "mobile", "ph", "tel", "pager", "beeper", "fax", "call", "contact", "landline", "#",
)  # fmt: skip
# the digits either value of _CUED_PHONE needs (led by a digit: a cheap scan; most notes have none)
_CUED_DIGITS: Final = re.compile(r"\d(?:\d\d[-. ]?\d{4}|\d{3}[ ]\d{3}|-\d{4})")
# a landline with the area's one digit (Manila "2 845 6120") after a phone word and a couple of
# small words ("landline po namin", "landline at home"); found from the space before its last
# seven digits (a literal: cheaper than a scan from every word), then read back
_AREA_PHONE: Final = re.compile(r"[ ]\d{3}[ ]\d{4}(?![\w]|[ ]\d)")
_AREA_PHONE_CUE: Final = re.compile(r"(?i:\b(?:landline|phone|tel|home))(?:[ \t]+[a-z]{1,5}){0,2}[ \t]*:?[ \t]*\Z")
_X_EXTENSION: Final = re.compile(r"x(?<![\w]x)(?P<x>\d-\d{4})(?!\w)")  # "x5-6612": an extension with its x
_LONG_NUMBER: Final = re.compile(r"\d(?<![\w.,]\d)\d{4,}(?![\w]|[.,]\d)")
# A procedure, lab or billing code names a service, not a person: "CPT 72148", "LOINC 2345-7", "DRG 291"
_CODE_SYSTEM_BEFORE: Final = re.compile(r"\b(?:CPT|HCPCS|LOINC|SNOMED(?:[ -]CT)?|(?:MS-)?DRG|NDC|OPCS)[ \t]*(?:code)?[ \t:#]*\Z")
UNITS_AFTER: Final = re.compile(
    r"[ \t]*(?:mg|mcg|g|kg|lbs?|ml|cc|l|units?|u|meq|mmol|mmhg|bpm|iu|%|cal|kcal|calories|steps|mm|cm|ml/hr|cc/hr|x)\b",
    re.I,
)
# (a number before a degree sign is a temperature or an angle: "37.8°C (100°F)", its "F" no female;
# before a mass or a concentration's unit it is a lab value: "haemoglobin was 96 g/L", "92 g", "94 mmol/mol")
_AGE: Final = re.compile(
    r"(?P<n>[91](?<![\w.,/][91])(?:(?<=9)\d|(?<=1)[01]\d))(?![\w/%]|\.\d|[ \t]*(?:%|°|º|mg|bpm|mmhg|kg|lb|cm|mm|ml"
    r"|(?i:g\b|(?:[mnpµμ]?mol|[mnpuµμ]?g|iu|u|meq)/)))"
)
# A three-digit extension or bleep ("ext. 212", "bleep 617"): shorter than a phone, so only after those words
_EXTENSION_WORDS: Final = ("ext", "extension", "bleep", "bleeper", "beeper", "pager")
_EXTENSION: Final = re.compile(word_start(_EXTENSION_WORDS) + r"(?i:\.?[ \t]*(?:#[ \t]*|:[ \t]*)?)(?P<v>\d{3})\b(?![.,/]\d)")
_SHORT_PHONE_WORDS: Final = ("pager", "pgr", "page", "bleep", "beep", "beeper", "ext", "extension", "x", "p#")
_SHORT_PHONE: Final = re.compile(  # "pager 4471", "ext. 20345", "bleep me 2231", "BEEPER #4-1223", "P# 2274"
    word_start(_SHORT_PHONE_WORDS)
    + r"(?i:\.?[ \t]*(?:is[ \t]+|me[ \t]+on[ \t]+|me[ \t]+|on[ \t]+|#[ \t]*|:[ \t]*)?)"
    r"(?P<v>\d{4,5}|\d-\d{4}|\d(?:[ ]\d){3,4}(?![ ]?\d))\b"  # ("extension 4 3 8 7": read out)
)
# (the two scans above are tried only where `str.find` sees one of their words begin: `cue_finditer`)
_EXTENSION_HEADS: Final = heads(_EXTENSION_WORDS)
_SHORT_PHONE_HEADS: Final = heads(_SHORT_PHONE_WORDS)
_HASH_NUMBER: Final = re.compile(r"#[ \t]?(?P<v>\d{4,5})\b(?![.,/]\d)")
_PAGE_BEFORE: Final = re.compile(r"(?i:\b(?:page|paged|paging|pager|bleep|bleeped|beep|call|called|text)\b)[^\n#]{0,24}\Z")
_NATIONAL_PHONE: Final = re.compile(
    r"[0(](?<![\w+][0(])(?:(?<=0)\d{1,4}|(?<=\()0\d{1,4}\))(?:[ \t-]\d{2,5}){1,3}(?![\w])"
)
# an international number said with "plus" (voice typing): "plus 962 79 555 0143"
_PLUS_PHONE: Final = re.compile(r"(?i:\bplus)[ \t]+\d{1,3}(?:[ \t-]\d{1,4}){2,5}\b(?![.,]\d)")
# letters, five or more digits and a check letter: "Medicaid CIN AB12345C", "NIN QQ123456C"
_DIGITS_THEN_LETTER: Final = re.compile(r"\d\d{4}[A-Z]")  # (a cheap first look from a digit: \d{5} would hide it)
_LETTERED_CODE: Final = re.compile(r"[A-Z](?<![\w\-/][A-Z])[A-Z]{0,2}\d{5,9}[A-Z]{1,2}(?![\w\-/])")
_LOCAL_PHONE: Final = re.compile(r"[2-9](?<![\w/.-][2-9])\d{2}-\d{4}(?![\w/-])")
# (what every local phone holds, from its dash, and every four-four phone, from its space: literals
# the regex engine skips to; the digit-led scans run only where these are)
_LOCAL_PHONE_TAIL: Final = re.compile(r"-(?<=\d{2}-)\d{4}(?![\w/-])")
_FOUR_FOUR_TAIL: Final = re.compile(r"[ ](?<=\d{4}[ ])\d{4}(?![\w/%]|[.,:]\d|[ ]\d)")
# Eight digits in two fours: how Hong Kong, Singapore, Malta and Cyprus write a phone ("9634 7281")
_FOUR_FOUR_PHONE: Final = re.compile(r"[2-9](?<![\w/.:+-][2-9])\d{3}[ ]\d{4}(?![\w/%]|[.,:]\d|[ ]\d)")
# a round amount in spaced thousands with its currency's code after or sign before ("11 500 000 FCFA",
# "₦1 200 000"): a price told, no one's number (a phone's round groups have none: "1 800 000 000")
_ROUND_THOUSANDS: Final = re.compile(r"\d{1,3}(?:[ ]\d{3})+(?<=000)")
_CURRENCY_AFTER: Final = re.compile(r"[ ]?(?:[A-Z]{1,4}\b|[$€£¥₦₹₱₩₫₵])")
_CURRENCY_BEFORE: Final = re.compile(r"[$€£¥₦₹₱₩₫₵][ ]?\Z")
_GROUPED_ID: Final = re.compile(
    r"[A-Z\d](?<![\w.][A-Z\d])(?:(?<=[A-Z])[A-Z]{0,3}[ -]?\d{2,5}(?:[ -]\d{1,5}){2,4}"
    r"|(?<=\d)\d{1,4}(?:[ -]\d{1,5}){2,4}|(?<=\d)\d{3}-\d{4})(?!\w|\.\d)"
)
_STREET: Final = re.compile(
    r"[A-Z](?<![\w.][A-Z])[a-z]+[ \t](?:[A-Z][a-z]+[ \t]){0,2}(?:Rd|St|Ave|Avenue|Road|Street|Lane|Ln|Blvd|Drive|Ct|Court|"
    r"Terrace|Pl|Place|Way|Crescent|Close|Hwy|Highway|Pike|Parkway|Pkwy)\b\.?"
    # a capitalised word after a spelt-out suffix is the town ("on Union Street Aberdeen"); after
    # a short one it may be the name going on ("Oak St Mary's")
    r"(?!(?<=[a-z])[ \t]+[A-Z][a-z]+[ \t]+(?:Hospital|Clinic|Surgery|Pharmacy|School|Church))(?!(?<=[A-Z][a-z]|[a-z]\.)[ \t]+[A-Z][a-z])"
)
_DOTTED_INITIALS: Final = re.compile(r"[A-Z](?<![\w.][A-Z])\.[A-Z]\.(?![A-Za-z])")
_AMOUNT_BEFORE: Final = re.compile(r"\d[ ]?\Z")
_NOT_INITIALS_DOTTED: Final = frozenset(
    {"A.M.", "P.M.", "U.S.", "U.K.", "P.O.", "Q.D.", "B.I.", "D.C.", "N.B.", "E.R."}
)


def number_spans(text: str) -> list[Entity]:
    out: list[Entity] = []
    low = lowered(text)
    for m in cue_finditer(_EXTENSION, text, low, _EXTENSION_HEADS):
        out.append(Entity.of(PhiType.PHONE, m, "v"))
    for m in cue_finditer(_SHORT_PHONE, text, low, _SHORT_PHONE_HEADS):
        out.append(Entity.of(PhiType.PHONE, m, "v"))
    if "#" in text:
        for m in _HASH_NUMBER.finditer(text):  # "will page dr. ng (#6614)": the pager of whom is paged
            if _PAGE_BEFORE.search(text, max(0, m.start() - 28), m.start()):
                out.append(Entity.of(PhiType.PHONE, m, "v"))
    if "plus" in text or "Plus" in text or "PLUS" in text:
        for m in _PLUS_PHONE.finditer(text):
            out.append(Entity.of(PhiType.PHONE, m))
    if _DIGITS_THEN_LETTER.search(text):
        for m in _LETTERED_CODE.finditer(text):
            out.append(Entity.of(PhiType.OTHER_ID, m))
    for m in _FOUR_FOUR_PHONE.finditer(text) if _FOUR_FOUR_TAIL.search(text) else ():
        a, b = m.group().split()
        if not (_year(a) and _year(b)) and not UNITS_AFTER.match(text, m.end()):
            out.append(Entity.of(PhiType.PHONE, m))
    for rx in (_NATIONAL_PHONE, _LOCAL_PHONE):
        if rx is _LOCAL_PHONE and _LOCAL_PHONE_TAIL.search(text) is None:
            continue
        for m in rx.finditer(text):
            if sum(c.isdigit() for c in m.group()) >= 7 and not UNITS_AFTER.match(text, m.end()):
                out.append(Entity.of(PhiType.PHONE, m))
    for m in _GROUPED_ID.finditer(text):
        if (
            sum(c.isdigit() for c in m.group()) >= 8
            and not UNITS_AFTER.match(text, m.end())
            and not _times(m.group())
            and not _round_amount(text, m)
        ):
            out.append(Entity.of(PhiType.OTHER_ID, m))
    for m in _AGE.finditer(text):
        if _age_context(text, m):
            out.append(Entity.of(PhiType.AGE, m))
    for m in _STREET.finditer(text):  # "on Grove Rd", "our Elm St store", "off Kettle Pond Rd"
        words = m.group().split()
        if words[0] not in ("The", "A", "An", "On", "In", "At", "Off", "Our", "My", "Your", "Main"):
            value = m.group().rstrip(".")
            out.append(Entity(PhiType.ADDRESS, m.start(), m.start() + len(value), value))
    for m in _DOTTED_INITIALS.finditer(text):
        # (after an amount: a currency's letters, "$9,800.00 M.N." -- moneda nacional)
        if m.group() not in _NOT_INITIALS_DOTTED and not _AMOUNT_BEFORE.search(text, max(0, m.start() - 2), m.start()) and not clinical_dotted_pair(text, m.start(), m.end()):
            out.append(Entity.of(PhiType.NAME, m))
    for m in _PHONE.finditer(text):
        out.append(Entity.of(PhiType.PHONE, m))
    for m in cue_finditer(_CUED_PHONE, text, lowered(text), _CUED_PHONE_HEADS, edge=False) if _CUED_DIGITS.search(text) else ():
        g = "v" if m.group("v") else "w"
        out.append(Entity.of(PhiType.PHONE, m, g))
    for m in _AREA_PHONE.finditer(text):
        s = m.start() - 1
        if s >= 0 and text[s].isdigit() and (s == 0 or text[s - 1] == " ") and _AREA_PHONE_CUE.search(text, max(0, s - 30), s):
            out.append(Entity(PhiType.PHONE, s, m.end(), text[s : m.end()]))
    for m in _X_EXTENSION.finditer(text):
        out.append(Entity.of(PhiType.PHONE, m, "x"))
    for m in _LONG_NUMBER.finditer(text):
        if m.group().endswith("000") and len(m.group()) <= 7:
            continue  # a round count ("platelets down to 38000", "paid 15000"), no one's number
        if not UNITS_AFTER.match(text, m.end()) and not _CODE_SYSTEM_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            out.append(Entity.of(PhiType.OTHER_ID, m))
    return out


def _round_amount(text: str, m: re.Match[str]) -> bool:
    return _ROUND_THOUSANDS.fullmatch(m.group()) is not None and (
        _CURRENCY_AFTER.match(text, m.end()) is not None
        or _CURRENCY_BEFORE.search(text, max(0, m.start() - 5), m.start()) is not None
    )


def _year(group: str) -> bool:
    return group.startswith(("19", "20"))  # ("2019 2020": two years, no phone)


def _times(value: str) -> bool:
    """ "1400-1600": two clock times, not an identifier."""
    parts = value.split("-")
    return len(parts) == 2 and all(
        len(p) == 4 and int(p[:2]) < 24 and int(p[2:]) < 60 for p in parts
    )


_READING_VERBS: Final = frozenset({"is", "was", "now", "be"})
# the lab values a note or a chat reports by their shorthand ("hb 7.2", "plt 89")
LAB_WORDS: Final = frozenset({
    "sugar", "sugars", "glucose", "bg", "bs", "platelet", "platelets", "plt", "hb", "hgb", "wbc",
    "crp", "inr", "creatinine", "potassium", "sodium",
})  # fmt: skip
# what a reading is of, besides cues.MEASURE_WORDS ("bp", "sats", "hr", "pulse", "score", "rate")
_READING_WORDS: Final = cues.MEASURE_WORDS | LAB_WORDS | frozenset({
    "sat", "o2", "oxygen", "temp", "temperature", "reading", "level", "count", "weight", "it", "that", "this",
})  # fmt: skip
_CLAUSE_END: Final = re.compile(r"[.;!?\n]")
_LOW_WORD: Final = re.compile(r"[a-z0-9]+")


# A reading's recent time right after it ("was 91 last week", "is 88 since yesterday"): an age does
# not change within days, a weight or a sugar does
_RECENT_AFTER: Final = re.compile(
    r"[ \t]+(?i:(?:since[ \t]+)?(?:last[ \t]+(?:week|night|visit|time)|yesterday|this[ \t]+morning|"
    r"(?:a|one|two|few)[ \t]+(?:days?|weeks?)[ \t]+ago|on[ \t]+admission|earlier[ \t]+today))\b"
)


def _reading_before(text: str, verb_start: int) -> bool:
    """A measurement is named in the clause before "is"/"was" ("sugar was 98", "platelet yesterday
    at the clinic was 98"), not a person ("she was 92")."""
    clause = _CLAUSE_END.split(text[max(0, verb_start - 60) : verb_start])[-1]
    return any(w in _READING_WORDS for w in _LOW_WORD.findall(clause.lower()))


def _age_context(text: str, m: re.Match[str]) -> bool:
    if _TEMPERATURE_BEFORE.search(text, max(0, m.start() - 30), m.start()):
        return False  # "fever still 101 F", "Tmax 100.9": a temperature in Fahrenheit
    before = WORD_BEFORE.search(text, max(0, m.start() - 16), m.start())
    after = WORDS.findall(text[m.end() : m.end() + 8])[:1]
    if before and before.group(1).lower() in cues.AGE_BEFORE:
        # "she was 92", not "sugar was 98", "bp is 98 over 60": a reading's verb
        return not (before.group(1).lower() in _READING_VERBS and (
            _reading_before(text, before.start(1)) or _RECENT_AFTER.match(text, m.end()) is not None
        ))
    if after and after[0].lower() in cues.AGE_AFTER:
        return True
    if (before and (k := _KIN_IS.fullmatch(before.group(1).lower())) and k.group("k") in cues.KIN
            and not _reading_before(text, m.start())):
        return True  # "gran's 96 on sunday", "dad’s 91": a kin word with "is" run on, then the age
    if _HAS_BEFORE.search(text, max(0, m.start() - 8), m.start()) and _YEARS_AN.match(text, m.end()):
        return True  # Kreol "li ena 92 an": has 92 years
    if _WOULD_HAVE_BEEN.search(text, max(0, m.start() - 20), m.start()) and not _reading_before(text, m.start()):
        return True  # "He would have been 92 on St. Patrick's Day": a birthday not reached (not "sats would have been 92")
    if _PATIENT_BEFORE.search(text, max(0, m.start() - 10), m.start()) and _PAUSE_AFTER.match(text, m.end()):
        # "pt 90, day 1 post laparotomy", "Patient 93; wife at bedside": a handover's age right
        # after the patient, set off like an aside (not "pt 92%", nor a reading named before it)
        return not _reading_before(text, m.start())
    if world_age(text, m.start(), m.end()):
        return True  # "91 na kasi sya", "bebe 90 de ho gaye", "she tun 90": other languages' age cues
    if _Y_THEN_SEX.match(text, m.end()):
        return True  # "AGE/SEX: 93 Y / F": years, then the sex after a slash
    # "DOB 22/01/1933 (91)", "ur. 02.11.1931 (93 l.)": the age in brackets after a date of birth,
    # maybe with its years abbreviated (Polish "l." for "lat", German "J.", Spanish "a.")
    if text[m.start() - 1 : m.start()] == "(" and _BRACKET_AGE_END.match(text, m.end()) and _DOB_BEFORE.search(
        text, max(0, m.start() - 30), m.start()
    ):
        return True
    # "Mr Adeyemi on Rowan ward, 91, NSTEMI": a number set off by commas after a capitalised word;
    # "my father Lim Ah Kow, 93 this year, ...": the birthday to come after it says the same
    lead = text[max(0, m.start() - 3) : m.start()]
    return (
        lead.endswith(", ")
        and (text[m.end() : m.end() + 1] in (",", ")") or _BIRTHDAY_AFTER.match(text, m.end()) is not None)
        and char_before(text, m.start(), ", ").isalpha()
    )


WORD_BEFORE: Final = re.compile(r"([^\W\d_]+(?:['’][^\W\d_]+)?)[^\w\n]{0,3}(?:\d+[^\w\n]{0,3})?$")
WORDS: Final = re.compile(r"[^\W\d_]+")


# a kin word with "is" run on ("mum's", "grandad’s"): cues.KIN's own words only
_KIN_IS: Final = re.compile(r"(?P<k>[a-z\-]+)['’]s")
# Kreol morisien's "ena" (has) before the number and "an"/"ans" (years) after it
_HAS_BEFORE: Final = re.compile(r"(?i:\bena)[ \t]+\Z")
_YEARS_AN: Final = re.compile(r"[ \t]+(?i:ans?)\b")
_PATIENT_BEFORE: Final = re.compile(r"(?i:\b(?:pt|patient))[ \t]+\Z")
_WOULD_HAVE_BEEN: Final = re.compile(r"(?i:\bwould(?:[ \t]+have|'ve)[ \t]+been)[ \t]+\Z")
_PAUSE_AFTER: Final = re.compile(r"[ \t]*[,;(]")
_BIRTHDAY_AFTER: Final = re.compile(r"[ \t]+(?i:this|next)[ \t]+(?i:year|month|week|birthday|bday)\b")
_Y_THEN_SEX: Final = re.compile(r"[ \t]?(?i:y|yrs?)\.?[ \t]*/[ \t]*(?i:m|f|male|female)\b")
# (with the Polish and German "born": "ur.", "geb.")
_DOB_BEFORE: Final = re.compile(r"(?i:\b(?:dob|d\.o\.b\.?|born|date of birth)\b|\b(?:ur|geb)\.)[^\n()]{0,22}\($")
_BRACKET_AGE_END: Final = re.compile(r"(?:[ \t]*(?i:l|lat|j|a|r)\.?)?\)")
_TEMPERATURE_BEFORE: Final = re.compile(
    r"(?i:\b(?:fever|febrile|temp|temperature|tmax|t|pyrexia|pyrexial)\b)(?:[ \t]+[a-z]+){0,2}[ \t:]*\Z"
)


