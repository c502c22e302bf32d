"""The earlier forms of the re-led scans of dates, phones and identifiers (see `led_scan_forms.py`), and
the earlier single scan of `id_tails`, which is now a scan and its variant."""

from __future__ import annotations

import re

from medgate.privacy.recognizers.base import Recognizer
from medgate.privacy.recognizers.date import DAY, NOT_FRACTION, NUM_MONTH, DateRecognizer
from medgate.privacy.strict import (
    account_bits,
    aircraft_marks,
    clinical_event_dates,
    door_codes,
    europe_dates,
    europe_numbers,
    formal_dates,
    lettered_ids,
    message_details,
    named_codes,
    record_numbers,
    shapes,
    spaced_dates,
    spoken_dates,
)

_NM, _DAY = NUM_MONTH, DAY


def _scan(rec: type[Recognizer], name: str) -> re.Pattern[str]:
    return re.compile(next(p.regex for p in rec.scans if p.name == name))


_D, _M, _MON = europe_dates._DAY, europe_dates._MONTH, europe_dates._MON
_O, _MN, _C, _Y = spoken_dates._ORDINAL_WORD, spoken_dates._MONTH_NAME, spoken_dates._CARDINAL_DAY, spoken_dates._YEAR_WORDS

NUMBERS = {
    "formal_date": (
        formal_dates._FORMAL,
        rf"(?i:\b\d{{1,2}}(?:st|nd|rd|th)[ \t]+day[ \t]+of[ \t]+(?:{formal_dates._MONTH})\b\.?(?:,?[ \t]+\d{{4}})?)"
        rf"|(?<![\w/.])\d{{1,2}}[ \t]+(?i:{formal_dates._CUT})\b\.?"
        rf"|(?<![\w/.])\d{{1,2}}[ \t]+(?i:{formal_dates._HIJRI})\b(?:[ \t]+1[34]\d\d[ \t]*(?:H|AH|A\.H\.)?\b)?",
    ),
    "stamped": (
        europe_dates._STAMPED,
        rf"(?<![\w.,/:])(?:{_D})\.(?:{_MON})\.?(?=,?[ ](?:[01]?\d|2[0-3]):[0-5]\d\b)",
    ),
    "dotted_day_month": (europe_dates._DOTTED_DAY_MONTH, rf"(?<![\w.,])(?i:{_D}\.[ ]{_M})\b"),
    "two_days": (
        europe_dates._TWO_DAYS,
        rf"(?<![\w.,/])(?i:{_D}\.?[ ](?:et|and|&|y|e|und|og|och|i|a|en|und)[ ]{_D}\.?[ ]{_M})\b",
    ),
    "year": (europe_dates._YEAR, r"(?<![\w])(?:19|20)\d\d(?![\w])"),
    "day_month": (europe_dates._DAY_MONTH, rf"(?<![\w.,/])(?i:{_D}\.?[ ](?:de[ ])?{_M})\b"),
    "slash_phone": (
        europe_numbers._SLASH_PHONE,
        r"(?<![\w/.,])0\d{2,4}[ ]?/[ ]?(?P<rest>\d{1,4}(?:[ ]\d{1,4}){0,4})(?:-\d{1,4})?(?![\w/]|[.,]\d)",
    ),
    "spelt_phone": (europe_numbers._SPELT_PHONE, r"(?<![\w.,])[0+](?:[ ]{1,2}\d){8,12}(?![\w])"),
    "codice_fiscale": (europe_numbers._CODICE_FISCALE, r"\b[A-Z]{6}\d{2}[ABCDEHLMPRST]\d{2}[A-Z]\d{3}[A-Z]\b"),
    "belgian_nn": (europe_numbers._BELGIAN_NN, r"(?<![\w.])\d\d\.[01]\d\.[0-3]\d-\d{3}\.\d\d(?![\w])"),
    "month_year": (
        account_bits._MONTH_YEAR,
        r"(?<![\w\-/.:])(?:0[1-9]|1[0-2])-(?:19[5-9]\d|20[0-4]\d)(?![\w\-/.])",
    ),
    "event_date": (
        clinical_event_dates._EVENT_DATE,
        r"(?i:\b(?:last[ \t]+bm|bm|adm|admit|admitted|readm|imn|orif|cabg|avr|mvr|ex[ \t]+lap|lap[ \t]+chole|"
        r"turp|tkr|thr|tha|tka|ercp|egd|extub(?:ated)?|intub(?:ated)?|reintub(?:ated)?|trached|peg'?d|"
        r"dx'?d))"
        r"[ \t]+(?i:on[ \t]+)?(?P<d>(?:1[0-2]|0?[1-9])[-/](?:3[01]|[12]\d|0?[1-9]))"
        r"(?![\d/.\-]|[ \t]*(?i:mg|mcg|ml|cc|cm|mm|units?|x\b|%|hrs?|days?|wks?))",
    ),
    "number_sign": (
        record_numbers._NUMBER_SIGN,
        r"(?<=[A-Za-z][ \t])(?P<no>N[Oo]|no|[Nn][°º])(?P<p>\.?[ \t]*[:#]|\.)?[ \t]*"
        r"(?P<v>[A-Za-z]{0,5}[\-/]?\d[\w\-/]*\d(?:[A-Za-z]{1,3})?)(?![\w\-/]|[.,]\d)",
    ),
    "old": (message_details._OLD, r"(?<![\w.,/-])(?:9\d|1[01]\d)(?![\w/%.,:-])"),
    "range": (
        message_details._RANGE,
        r"(?<![\w.,/])\d{1,2}(?:st|nd|rd|th)?[ ]?(?:to|-|–|till|until|through|thru)[ ]?\d{1,2}(?![\d])",
    ),
    "user_handle": (named_codes._USER_HANDLE, r"(?<![\w@./:-])[a-z]{2,}[._][a-z0-9._]*?\d{2,4}(?![\w@]|[./]\w)"),
    "pin": (
        shapes._PIN,
        r"(?:\bPIN|(?i:\bpin[ \t]+(?:code|number|no\.?)|\bpin(?=[ \t]*[:#])))[ \t]*(?:[:#=]|is)?[ \t]*(?P<v>\d{4,6})\b(?![.,/]\d)",
    ),
    "spoken_date": (
        spoken_dates._SPOKEN_DATE,
        rf"(?i:\b(?:{_O}[ \t]+of[ \t]+{_MN}|{_MN}[ \t]+(?:the[ \t]+)?{_O}|{_C}[ \t]+{_MN}(?={_Y})"
        rf"|(?=(?:twenty|thirty)[ \t\-]){_O}[ \t]+{_MN}|{_O}[ \t]+(?!may\b|march\b){_MN}|{_MN}[ \t]+{_C}(?={_Y}))"
        rf"(?:{_Y})?)\b",
    ),
    "national": (lettered_ids._NATIONAL, r"(?<![\w-])\d{2}[ \t]?-[ \t]?\d{6,7}[ \t]?[A-Z][ \t]?\d{2}(?![\w-])"),
    "card": (lettered_ids._CARD, r"(?<![\w-])[A-Z]{2,3}\d{1,2}(?:[ \t]\d{2,5}){3,5}(?![\w-])"),
    "hospital_number": (lettered_ids._HOSPITAL, r"(?<![\w-])[A-Z]{1,3}H[ \t]\d{6,9}(?![\w./-])"),
    "n_number": (
        aircraft_marks._N_NUMBER,
        r"(?i:\b(?:tail|registration|reg)(?:[ \t]+(?:no\.?|number|#))?)[ \t:#(]+(?P<v>N[1-9](?:\d{1,4}|\d{0,3}[A-Z]|\d{0,2}[A-Z]{2}))(?![\w-])",
    ),
    "door_code": (
        door_codes._CODE,
        r"(?i:\b(?:key[ \-]?safe|key[ ]?box|lock[ ]?box|door|gate|entry|front[ ]door|building|porch|alarm)"
        r"(?:[ ](?:code|no\.?|number|pin))?|\bkeysafe|\bdigicode|\bcode[ ](?:portail|porte|d['’]entrée|de[ ]la[ ]porte)"
        r"|\bportkod|\bdørkode|\btürcode|\bkod[ ](?:do[ ])?(?:domofonu|bramy|drzwi))"
        r"[ ]*(?:(?i:code|is|was)[ ]*)?[:\-]?[ ]*(?P<v>(?=[A-Z0-9]*\d)[A-Z]?\d{3,6}[A-Z#]?)(?![\w/.,]\d|[\w])",
    ),
    "pair_at": (spaced_dates._PAIR_AT, r"(?:1[0-2]|0?[1-9])[ ](?:[12]\d|3[01]|0?[1-9])[ ]+(?i:at|@)"),
    "md_range": (  # (the date recogniser's scan of a range of two days)
        _scan(DateRecognizer, "md_range"),
        rf"(?<![\w/.\-])(?P<v>{_NM}[/\-](?P<d>{_DAY}))[ \t]*[-–][ \t]*"
        rf"(?P<w>{_NM}[/\-](?!(?P=d)(?!\d)){_DAY})(?![/\d\-])(?:(?<=[6-9])|(?<=[12]\d)|(?<=3[01]))" + NOT_FRACTION,
    ),
}

ID_TAILS_BEFORE = re.compile(
    r"(?P<ssn>(?<![\w*#])(?:\*{3}|[xX#]{3})[-. ]?(?:\*{2}|[xX#]{2})[-. ]?\d{4})(?!\w)"
    r"|\b(?i:id|ssn|nric|ic|card|account|acct|a/c)[ \t]+(?i:ending|ends)(?:[ \t]+(?i:in|with))?[ \t]+(?P<end>\d{3,6})\b"
    r"|(?P<icn>\b\d{10}V\d{6}\b)"
    r"|\b(?i:reg(?:istration)?|hosp(?:ital)?|file|folder|record)\.?[ \t]*(?i:no|number|#)\.?[ \t]*[:#]?[ \t]*"
    r"(?P<reg>[A-Z]{2,6}[ \t]+\d{2,4}[-/]\d{3,8})\b"
)
