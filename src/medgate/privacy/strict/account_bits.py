"""Short identifiers known by the words around them, that the number rules leave as too short:

- an account or card by its last digits ("card ending 4417", "a/c ending in 0923", "acct no.
  ending with 55");
- a professional registration after "Reg. No." without dotted thousands ("Reg. No. 5120",
  "registration no: 88213");
- a UPI payment address, a handle and the bank's letters without a dot ("meera.s.44@oksbi",
  "9876543210@ybl");
- an extension read out in words on a call ("extension four one", "ext two two six");
- a month and year with a dash ("from 07-2019", "since 11-2021");
- the second of two day.month dates joined by "and", "&" or "or" when the first stands after "on",
  "from" or "since" ("on 14.03 and 14.04").
"""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.strict.numbers import UNITS_AFTER
from medgate.privacy.text import lowered
from medgate.privacy.types import Entity, PhiType

_ENDING: Final = re.compile(
    r"(?i:\b(?:a/c|acct|account|card|iban|visa|mastercard|debit[ ]card|credit[ ]card)\.?"
    r"(?:[ ](?:no|number|#)\.?)?[ ](?:ending|ends)(?:[ ](?:in|with))?[ :]*)(?P<v>\d{2,6})(?![\w])"
)
_REG_CUE: Final = re.compile(r"reg(?:istration)?\.?[ ]?(?:no|nr|number|#)")
_REG_NO: Final = re.compile(
    r"(?i:\b(?:reg(?:istration)?\.?[ ]?(?:no|nr|number|#)\.?))[ ]*:?[ ]*(?P<v>\d{3,8})(?![\w]|[.,]\d)"
)
# a handle of letters, digits, dots; "@"; the bank's letters, two to twelve, no dot after
_UPI: Final = re.compile(
    r"(?<![\w.@])(?P<v>[A-Za-z0-9][\w.\-]{1,40}@[a-z]{2,12})(?![\w@]|\.[A-Za-z])"
)
_DIGIT_WORD: Final = r"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)"
_EXTENSION: Final = re.compile(
    rf"(?i:\b(?:extension|ext\.?)[ ]+(?:number[ ]+)?)(?P<v>{_DIGIT_WORD}(?:[ \-]{_DIGIT_WORD}){{1,5}})\b"
)
_MONTH_YEAR: Final = re.compile(
    # (from the month's first digit, which the regex engine skips to; the lookbehind read after it)
    r"[01](?<![\w\-/.:][01])(?:(?<=0)[1-9]|(?<=1)[0-2])-(?:19[5-9]\d|20[0-4]\d)(?![\w\-/.])"
)
# "10-2015" could be a range: a month without its leading zero only after a date's word
_DATE_WORD_BEFORE: Final = re.compile(
    r"(?i:\b(?:from|since|in|on|until|till|dated?|exp(?:iry|ires)?|of))[ ]*:?[ ]*\Z"
)
_DD_MM: Final = r"(?:0[1-9]|[12]\d|3[01])\.(?:0[1-9]|1[0-2])"
# (a cheap first look, from the literal dot: two day.months joined)
_JOINED_DAY_MONTHS: Final = re.compile(r"\.\d\d[ ]*(?:and|&|or|,)[ ]*\d\d\.\d")
_SECOND_DAY_MONTH: Final = re.compile(
    rf"(?i:\b(?:on|from|since|dated?)[ ]+){_DD_MM}[ ]*(?:and|&|or|,)[ ]*(?P<v>{_DD_MM})(?![\w]|[.,/]\d)"
)


def account_bit_spans(text: str) -> list[Entity]:
    out: list[Entity] = []
    low = lowered(text)
    if " ending" in low or " ends " in low:
        for m in _ENDING.finditer(text):
            out.append(Entity.of(PhiType.ACCOUNT, m, "v"))
    if "reg" in low and _REG_CUE.search(low):
        for m in _REG_NO.finditer(text):
            out.append(Entity.of(PhiType.LICENSE, m, "v"))
    if "@" in text:
        for m in _UPI.finditer(text):
            v = m.group("v")
            local = v.split("@", 1)[0]
            if any(c.isdigit() for c in local) or "." in local:
                out.append(Entity.of(PhiType.OTHER_ID, m, "v"))
    if "ext" in low:
        for m in _EXTENSION.finditer(text):
            out.append(Entity.of(PhiType.PHONE, m, "v"))
    if "-" in text:
        for m in _MONTH_YEAR.finditer(text):
            if UNITS_AFTER.match(text, m.end()):
                continue
            if m.group()[0] != "0" and not _DATE_WORD_BEFORE.search(
                text, max(0, m.start() - 12), m.start()
            ):
                continue
            out.append(Entity.of(PhiType.DATE, m))
    if "." in text and _JOINED_DAY_MONTHS.search(text):
        for m in _SECOND_DAY_MONTH.finditer(text):
            out.append(Entity.of(PhiType.DATE, m, "v"))
    return out
