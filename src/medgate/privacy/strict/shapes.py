"""Identifiers the strict filter knows by their shape or label, in any language: @handles and logins,
IBANs, sort codes, MAC addresses, snake_case usernames, Swedish personal numbers, national and
professional numbers, references after claim/policy/booking labels, British plates, account and
record codes. (Addresses by their shape: address_shapes.py; numbers read out: spoken_numbers.py; a
code found in part widened to the whole: code_extent.py.)

Each scan starts at a character the regex engine can skip to (a digit, "@", a word's first
letters), or runs only when a literal it needs is in the text: most notes hold none of these.
"""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.recognizers.base import luhn_valid
from medgate.privacy.strict.devices import model_after_maker
from medgate.privacy.strict.numbers import UNITS_AFTER
from medgate.privacy.text import lowered
from medgate.privacy.types import Entity, PhiType
from medgate.privacy.word_start import any_of, cue_finditer, heads, word_start

# An @handle (a username in chat, a social-media account): not the middle of an e-mail address
_HANDLE: Final = re.compile(r"@(?<![\w.@]@)(?P<v>[A-Za-z0-9_](?:[A-Za-z0-9_.]*[A-Za-z0-9_])?)(?![\w@]|\.\w)")
# A login after its cue: "log in as jdemirci", "username: mk_77", "user id r.okafor"
_LOGIN: Final = re.compile(
    r"(?i)\b(?:log[ \t-]?in[ \t]+as|logged[ \t]+in[ \t]+as|user[ \t]?name|user[ \t]?id|(?:login|user)(?=[ \t]*:))"
    r"[ \t]*[:#-]?[ \t]*(?!(?i:user[ \t]?name|user[ \t]?id|login|password)\b)(?P<v>[A-Za-z0-9_][\w.\-]*[A-Za-z0-9_])"
)  # (not the next label: "Login: username k.okafor92")
# A PIN after its label, written in capitals or with its word ("PIN 4471", "pin code: 0912")
_PIN: Final = re.compile(  # (led by its "p", either case: the scan skips to it)
    r"[pP](?<!\w[pP])(?:(?<=P)IN|(?i:(?<=p)in[ \t]+(?:code|number|no\.?)|(?<=p)in(?=[ \t]*[:#])))[ \t]*"
    r"(?:[:#=]|is)?[ \t]*(?P<v>\d{4,6})\b(?![.,/]\d)"
)
# A messaging or social account after its app's name and a colon: "zalo: quynhanh.hr.tp" (the names
# checked as substrings first: most texts hold none)
_APP_NAMES: Final = ("zalo", "viber", "telegram", "wechat", "line", "skype", "insta", "ig:", "ig :", "tiktok", "snap",
                     "signal")
_APP_HANDLE: Final = re.compile(
    word_start(["zalo", "viber", "telegram", "wechat", "line", "skype", "instagram", "insta", "ig", "tiktok",
                "snapchat", "snap", "signal"])
    + r"\b[ \t]*:[ \t]*(?P<v>[A-Za-z0-9_][\w.\-]*[A-Za-z0-9_])"
)
# Two capitals and two digits, then an IBAN's groups ("NL42 RABO 0312 4567 89", and a tail some banks
# print in two short groups: "PT50 0035 0412 0001 8820 430 77") or a British plate's three letters
# ("LK19 XVD"): one scan, found from the digits
_IBAN_OR_PLATE: Final = re.compile(
    r"\d(?<=[A-Z]{2}\d)\d(?:(?P<iban>(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,3}){0,2}(?![\w]))"
    r"|(?P<plate>[ ]?[A-Z]{3}(?![\w])))"
)
# A British sort code and account number ("30-94-57 41882093")
# The last digits of a number told as such ("Last 4 of SSN 4417", "last four of my card: 0927"), and
# a UK sort code after its label ("Sort code 20-45-77")
_LAST_DIGITS: Final = re.compile(
    r"(?i:\blast[ ](?:4|four)(?:[ ]digits)?[ ]of[ ](?:(?:my|his|her|the|their|your)[ ])?"
    r"(?P<k>ssn|social|sin|nin|card|account|acct|phone|mobile)\w*(?:[ ](?:number|no\.?|#))?[ ]?(?::|is|was|=)?[ ]?)"
    r"(?P<v>\d{4})(?!\d)"
)
# ... and told alone, the number's kind named just before in the same sentence ("SSN on facesheet,
# last 4 are 6621", "card declined - last four: 0927"); not "last 4 are 1200 mL" or a kind-less "last 4 are 2019"
_LAST_TOLD: Final = re.compile(
    r"(?i:\blast[ ](?:4|four)(?:[ ]digits)?[ ]?(?::|are|is|=)[ ]?)(?P<v>\d{4})(?![\d/:\-]|[.,]\d)"
)
_KIND_BEFORE: Final = re.compile(r"(?i:\b(?P<k>ssn|social|sin|nin|card|account|acct)\b)[^.;\n]{0,40}\Z")
_SORT_CODE_LABELLED: Final = re.compile(r"(?i:\bsort[ ]?code)[ \t]*(?::|is)?[ \t]*(?P<v>\d\d-\d\d-\d\d)(?![\d\-])")
# A GhanaPostGPS digital address: region and district letters, then area and house digits ("GA-544-1290")
_GHANA_GPS: Final = re.compile(r"[A-Z](?<![\w\-][A-Z])[A-Z]-\d{3,4}-\d{4}(?![\w\-])")
_SORT_CODE: Final = re.compile(r"\d(?<![\w\-]\d)\d-\d\d-\d\d[ ]\d{8}(?![\w])")
_SORT_CODE_TAIL: Final = re.compile(r"-\d\d-\d\d[ ]\d{8}")  # (what every match holds, from its dash)
# A network card's MAC address ("3c:22:fb:91:0a:7e")
_MAC: Final = re.compile(r"[0-9A-Fa-f](?<![\w:][0-9A-Fa-f])[0-9A-Fa-f](?:[:\-][0-9A-Fa-f]{2}){5}(?![\w:])")
_DASHED_HEX: Final = re.compile(r"-[0-9A-Fa-f]{2}-[0-9A-Fa-f]{2}-")  # (a MAC written with dashes: cheap to rule out)
# (what every MAC holds, found from its separators, which are rarer than its hex digits)
_HEX_RUN: Final = re.compile(r"[:\-](?<=[0-9A-Fa-f]{2}[:\-])[0-9A-Fa-f]{2}(?:[:\-][0-9A-Fa-f]{2}){4}")
# A snake_case username ("jdoe_wanderer", "dfuentes_ml")
_SNAKE: Final = re.compile(r"[a-z](?<![\w.@][a-z])[a-z0-9]*_[a-z0-9_]*[a-z0-9](?![\w@])")
# A Swedish personal number ("19470312-2384", "470312-2384"), taken when its Luhn digit holds
_PERSONNUMMER: Final = re.compile(r"\d(?<![\w\-]\d)(?:\d{7}|\d{5})[\-+]\d{4}(?![\w\-])")
# A Brazilian CPF or RG ("318.442.907-15", "34.556.221-8"), a British National Insurance number
# written in its printed groups ("JT 44 81 27 C"), a Brazilian mobile ("(34) 9 9812-3344")
# (and a Chilean RUT with its check letter, "6.482.119-K")
_DOTTED_NATIONAL: Final = re.compile(r"\d(?<![\w.]\d)\d{0,2}\.\d{3}\.\d{3}-[\dXxKk]{1,2}(?![\w])")
# A number in thousands groups after an identity document's label ("CC 1.036.227.481", "DNI
# 32.118.904", "C.I. 4.512.889", a Venezuelan "C.I. V 9.301.552", a Colombian child's "NUIP: 1.098.223.774"):
# without the label it could be an amount
_CUED_DOTTED_ID: Final = re.compile(
    word_start(["cc", "c.c", "ci", "c.i", "dni", "nit", "cédula", "cedula", "rut", "run", "nuip"])
    + r"\b\.?[ \t]*(?:n[oº°]\.?|#|:)?[ \t]*"
    r"(?P<v>(?:[VE](?:-[ ]?|\.[ ]?|[ ]))?\d{1,3}(?:\.\d{3}){2,3}(?:-[\dKk])?)(?![\w.]|\.\d)"
)
# A professional registration after its regulator's name ("HPCSA MP 0612345", "CRM-SP 118774",
# "RPh 8812", "MMC 45123", "PRC 0098123"): the regulators are a closed list
_REGULATORS: Final = (
    "HPCSA", "GMC", "NMC", "HCPC", "GPhC", "AHPRA", "MCNZ", "MMC", "CRM", "CRF", "CRO", "COREN", "PRC",
    "MCI", "SLMC", "KMPDC", "MDCN", "PMDC", "BMDC", "CPSO", "CPSBC", "CPSA", "NPI", "DEA", "RPh", "IMC",
    "NMBI", "PCN", "SANC", "SAPC", "NMCN",
)  # fmt: skip
_ANY_REGULATOR: Final = any_of(_REGULATORS)  # (one search, not one `in` per entry)
_REGULATOR_FIRSTS: Final = "".join(sorted({r[0] for r in _REGULATORS}))
_REGISTRATION: Final = re.compile(  # (led by a class of first letters: the scan skips to them)
    rf"[{_REGULATOR_FIRSTS}](?<![\w][{_REGULATOR_FIRSTS}])"
    rf"(?:{'|'.join(f'(?<={r[0]}){r[1:]}' for r in sorted(_REGULATORS, key=len, reverse=True))})"
    r"(?:-[A-Z]{2})?\.?[ \t]*(?:(?i:no|nr|reg(?:istration)?)\.?[ \t]*)?[#:]?[ \t]*"
    r"(?P<v>(?:[A-Z]{1,3}[ \t]?)?\d{4,10}[A-Z]?)(?![\w])"
)
# A Mexican CURP: four letters, birth date, sex, state and consonants, two check characters
_CURP: Final = re.compile(r"[A-Z](?<![\w][A-Z])[A-Z]{3}\d{6}[HMX][A-Z]{5}[A-Z\d]\d(?![\w])")
_CURP_TAIL: Final = re.compile(r"[HMX](?<=\d.)[A-Z]{5}[A-Z\d]\d(?![\w])")  # (every match's, from its sex letter)
_THOUSANDS_DOTS: Final = re.compile(r"\.\d{3}\.\d{3}")  # (what every cued dotted id holds, from its dot)
_DOTTED_NATIONAL_CUE: Final = re.compile(r"\.\d{3}-")  # (a literal first: a quick test per text)
# (found from the digits after the two letters, which a lookbehind reads: not tried at every capital)
_SPACED_NINO: Final = re.compile(r"\d(?<=(?<![\w])[A-Z][A-Z][ ]\d)\d[ ]\d\d[ ]\d\d[ ][A-D](?![\w])")
_BR_MOBILE: Final = re.compile(r"\((?<![\w(]\()\d\d\)[ ]?9[ ]?\d{4}-?\d{4}(?![\w])")
# A reference after its label: "Claim 88-4410-2291-C", "booking ref: 7P2LQX", "case no. 2024-CV-0193"
_REF_WORDS: Final = (
    "claim", "policy", "case", "ticket", "order", "invoice", "booking", "reference", "ref", "transaction", "txn",
    "membership", "member", "customer", "client", "file", "permit", "passport", "folio", "docket", "reg", "registration",
)  # fmt: skip
_REF_HEADS: Final = heads(_REF_WORDS)  # (the scan is tried only where one begins: `cue_finditer`)
_LABELLED_REF: Final = re.compile(
    word_start(_REF_WORDS)
    + r"\b(?i:\.?(?:[ \t]*(?:no|number|id|code|#)\b\.?)?[ \t]*[:#]?[ \t]*)"
    # (a passport's letter may stand apart from its digits: "passport K 40918823")
    r"(?P<v>(?:[A-Z][ ](?=\d{5}))?[A-Za-z0-9][A-Za-z0-9\-./]{3,}[A-Za-z0-9])(?![\w\-])"
)
_REF_LABELS: Final = (
    "claim", "polic", "case", "ticket", "order", "invoice", "booking", "ref", "member", "customer", "transaction", "txn",
    "client", "file", "permit", "passport", "folio", "docket", "reg",
)  # fmt: skip
# A code of letters then at least four digits ("ECC-55102", "KLM4821", "KZN-PHC-0078812"), or of
# six or more digits then a check letter or two ("7265314KA"): an account, member or record number.
# (Not a measurement range with its unit, "130-200/HOUR", "40cmH20": no slash, digits in one run.)
# Found from its run of digits; the letters before it are read back.
_DIGIT_RUN: Final = re.compile(r"\d(?<!\d\d)\d{3,11}(?!\d)")
_CODE_LETTERS_BEFORE: Final = re.compile(r"(?<![\w\-/.])[A-Za-z]{1,5}(?:-[A-Za-z]{1,5}){0,2}-?\Z")
_CODE_TAIL: Final = re.compile(r"(?:-\d{1,4})?(?![\w\-/]|[.,]\d)")
_CHECK_LETTERS_TAIL: Final = re.compile(r"[A-Za-z]{1,2}(?![\w\-/]|[.,]\d)")
_OBSTETRIC: Final = re.compile(r"[Gg]\d{1,2}[Pp]\d{1,4}(?:[Aa]\d)?")  # "G3P1011": gravida and para
# The numbers of UK benefit and sick-note forms, written as the form's name: "DS1500" (terminal
# illness), "SR1", "FP10", "MED3", "SC2", "HC2" -- a kind of form, no one's reference
_FORM_CODES: Final = re.compile(r"(?i:DS1500|FP10(?:[A-Z]{1,3})?|MED[3-6]|SC[12]|SR1|HC[1-3]|MATB1|FW8|BR1)")


def shape_spans(text: str) -> list[Entity]:
    out: list[Entity] = []
    low = lowered(text)

    def add(kind: PhiType, start: int, end: int) -> None:
        out.append(Entity(kind, start, end, text[start:end]))

    if "@" in text:
        for m in _HANDLE.finditer(text):
            v = m.group("v")  # (not "@0600", "@10MG", "@KVO": "at" in a nursing note)
            if len(v) >= 3 and (v[0].isalpha() or v[0] == "_") and not (v.isupper() and len(v) <= 6):
                add(PhiType.OTHER_ID, m.start(), m.end())
    if "log" in low or "user" in low:
        for m in _LOGIN.finditer(text):
            if len(m.group("v")) >= 3 and m.group("v").lower() not in cues.DETERMINERS:
                add(PhiType.OTHER_ID, m.start("v"), m.end("v"))
    if "pin" in low:
        for m in _PIN.finditer(text):
            add(PhiType.OTHER_ID, m.start("v"), m.end("v"))
    for m in _APP_HANDLE.finditer(text) if ":" in text and any(a in low for a in _APP_NAMES) else ():
        if len(m.group("v")) >= 3 and not m.group("v").isdigit():
            add(PhiType.OTHER_ID, m.start("v"), m.end("v"))
    for m in _IBAN_OR_PLATE.finditer(text):
        start = m.start() - 2
        if start and (text[start - 1].isalnum() or text[start - 1] == "_"):
            continue
        if m.group("plate") is not None:
            add(PhiType.VEHICLE, start, m.end())
        elif _digits(m.group()) >= 8:
            add(PhiType.ACCOUNT, start, m.end())
    for m in _SORT_CODE.finditer(text) if "-" in text and _SORT_CODE_TAIL.search(text) else ():
        add(PhiType.ACCOUNT, m.start(), m.end())
    if "last" in low:
        for m in cue_finditer(_LAST_DIGITS, text, low, ("last",)):  # (tried only where "last" begins a word)
            kind = PhiType.SSN if m.group("k").lower() in ("ssn", "social", "sin", "nin") else PhiType.ACCOUNT
            add(kind, m.start("v"), m.end("v"))
        for m in cue_finditer(_LAST_TOLD, text, low, ("last",)):
            told = _KIND_BEFORE.search(text, max(0, m.start() - 48), m.start())
            if told is None or UNITS_AFTER.match(text, m.end()):
                continue
            kind = PhiType.SSN if told.group("k").lower() in ("ssn", "social", "sin", "nin") else PhiType.ACCOUNT
            add(kind, m.start("v"), m.end("v"))
    if "sort" in low:
        for m in _SORT_CODE_LABELLED.finditer(text):
            add(PhiType.ACCOUNT, m.start("v"), m.end("v"))
    for m in _GHANA_GPS.finditer(text) if "-" in text else ():
        add(PhiType.ADDRESS, m.start(), m.end())
    if (text.count(":") >= 5 or _DASHED_HEX.search(text)) and _HEX_RUN.search(text):
        for m in _MAC.finditer(text):
            add(PhiType.DEVICE, m.start(), m.end())
    if "_" in text:
        for m in _SNAKE.finditer(text):
            add(PhiType.OTHER_ID, m.start(), m.end())
    for m in _DOTTED_NATIONAL.finditer(text) if _DOTTED_NATIONAL_CUE.search(text) else ():
        add(PhiType.SSN, m.start(), m.end())
    if "." in text and _THOUSANDS_DOTS.search(text) is not None:
        for m in _CUED_DOTTED_ID.finditer(text):
            add(PhiType.SSN, m.start("v"), m.end("v"))
    for m in _CURP.finditer(text) if _CURP_TAIL.search(text) else ():
        add(PhiType.SSN, m.start(), m.end())
    for m in _REGISTRATION.finditer(text) if _ANY_REGULATOR.search(text) else ():
        add(PhiType.LICENSE, m.start("v"), m.end("v"))
    for m in _SPACED_NINO.finditer(text):
        add(PhiType.SSN, m.start() - 4, m.end())
    if "(" in text:
        for m in _BR_MOBILE.finditer(text):
            add(PhiType.PHONE, m.start(), m.end())
    for m in _PERSONNUMMER.finditer(text):
        digits = m.group()[-11:].replace("-", "").replace("+", "")[-10:]
        if len(digits) == 10 and luhn_valid(digits):
            add(PhiType.SSN, m.start(), m.end())
    for m in cue_finditer(_LABELLED_REF, text, low, _REF_HEADS) if any(w in low for w in _REF_LABELS) else ():
        if _digits(m.group("v")) >= 3:
            add(PhiType.OTHER_ID, m.start("v"), m.end("v"))
    out.extend(_codes(text))
    return out


def _codes(text: str) -> list[Entity]:
    out: list[Entity] = []
    for m in _DIGIT_RUN.finditer(text):
        s, e = m.span()
        lead = text[s - 1] if s else ""  # (most runs are times and counts: no letter beside them)
        before = _CODE_LETTERS_BEFORE.search(text, max(0, s - 24), s) if lead.isalpha() or lead == "-" else None
        if before is not None and (tail := _CODE_TAIL.match(text, e)):
            start, end = before.start(), tail.end()
        elif (
            e - s >= 6 and e < len(text) and text[e].isalpha() and not (lead.isalnum() or lead in "_-/.")
            and (tail := _CHECK_LETTERS_TAIL.match(text, e))
        ):  # fmt: skip
            start, end = s, tail.end()
        else:
            continue
        if (
            _OBSTETRIC.fullmatch(text, start, end) is None and _FORM_CODES.fullmatch(text, start, end) is None
            and not model_after_maker(text, start, end)
        ):
            out.append(Entity(PhiType.OTHER_ID, start, end, text[start:end]))
    return out


def _digits(value: str) -> int:
    return sum(c.isdigit() for c in value)
