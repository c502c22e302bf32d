"""The earlier forms of the re-led scans of names, signatures and staff (see `led_scan_forms.py`)."""

from __future__ import annotations

import importlib

from medgate.privacy import aliases
from medgate.privacy.strict import (
    care_names,
    cue_names,
    edge_names,
    er_initials,
    family_lists,
    header_patients,
    initialled_names,
    lineage,
    lower_signatures,
    note_names,
    shape_names,
    slot_names,
)

staff_names = importlib.import_module("medgate.privacy.strict.staff_names")  # (the package's name is its function)

NAMES = {
    "discussed": (
        staff_names._DISCUSSED,
        r"(?im:\b(?:d/w|dw|discussed[ \t]+w(?:ith|/)|spoke[ \t]+w(?:ith|/)|ok[ \t]+per|per))[ \t]+"
        r"(?P<v>[A-Za-z]{2,3})(?=[ \t]*(?:(?i:re)\b|\(|,|;|[ \t]*$))",
    ),
    "in_role": (
        staff_names._IN_ROLE,
        r"(?i:\b(?:rt|rrt|rn|sw|cm|ot|slp|cna|lpn|tech|sitter|charge|noc|interpreter|chaplain|pharm|pharmd|np|pa|md))"
        r"[ \t]*\((?P<v>[A-Za-z]{2,12})(?:[ \t]*,[ \t]*(?i:then[ \t]+)?(?P<w>[A-Za-z]{2,12}))?(?=[ \t]*[),])",
    ),
    "kids": (
        family_lists._KIDS,
        r"(?i:\b(?:kids|children|sons|daughters|grandkids|grandchildren|grandsons|granddaughters|siblings"
        r"|twins|boys|girls|nieces|nephews|stepkids))[ \t]*\((?P<list>[^()\n]{3,80})\)",
    ),
    "pair": (
        family_lists._PAIR,
        r"(?i:\b(?:parents|grandparents|mom[ \t]+and[ \t]+dad|aunts|uncles|sisters|brothers|daughters|sons))"
        r"[ \t]+(?P<a>[A-Z][a-z'’\-]+)(?:,[ \t]+[A-Z][a-z'’\-]+)*,?[ \t]+(?:and|&)[ \t]+(?P<v>[A-Z][a-z'’\-]+)\b",
    ),
    "slot": (
        note_names._SLOT,
        rf"(?:^|(?<=[\s(:;,.]))(?i:pt|patient|mother|father|mum|mom|baby[ \t]+of)[ \t]*:?[ \t]+"
        rf"(?P<v>{note_names._W}(?:[ \t]+{note_names._W}){{1,3}})[ \t]*,[ \t]*"
        r"(?:\d{1,3}[ \t]?(?:y|yo|y/o|yrs?|years)\b|(?i:nhi|mrn|ur|ic|nic|hn|ip|op|hosp|reg|file)\b|(?i:g\d{1,2}[ \t]?p\d{1,2})\b)",
    ),
    "thanks": (
        edge_names._THANKS,
        r"(?i:\b(?:thanks|thank[ \t]+you|thanx|thx|cheers|ta))(?:[ \t]*[,!.]+)?[ \t\n]+(?:[-–—~][ \t]*)?"
        rf"(?P<v>{edge_names._WORD})[ \t]*[.!]*[ \t]*(?:x+)?[ \t]*(?=\n|$)",
    ),
    "contact": (
        edge_names._CONTACT,
        r"(?i:\b(?:text|txt|call|ring|message|msg|phone|contact|whatsapp|dm))[ \t]+"
        r"(?P<v>[A-Z][a-z'’]{1,14})[ \t]+(?:on[ \t]+)?(?=\+?\d[\d \-]{6,}\d)",
    ),
    "baby": (
        cue_names._BABY,
        r"(?i:\b(?:named|called)[ ](?:her|him|them|the[ ]baby|baby|our[ ](?:boy|girl|son|daughter))[ ])"
        r"(?P<v>[A-Za-z][a-z'’-]{1,14})(?=[ \t]*(?:[.,!)\n]|$|[ ](?:after|for|and|[a-z]+[ ]?(?:lb|kg|g)\b)))",
    ),
    "appt": (
        cue_names._APPT,
        r"(?i:\b(?:appt|appointment|session|consult|booking|visit|review)[ ]with[ ])"
        r"(?P<v>[A-Z][a-z'’-]{1,14})(?=[ ](?:on|at|tomorrow|today|tmrw|next|this|tonight)\b|[ \t]*[.,!?\n]|$)",
    ),
    "titled_initial": (
        initialled_names._TITLED_INITIAL,
        r"(?<![\w.])(?i:dr|prof|mr|mrs|ms|sr|sister)\.?[ \t]+"
        r"(?P<v>[A-Za-z]\.[ \t]?(?P<s>[A-Za-z][a-z'’]+(?:-[A-Za-z][a-z'’]+)?))(?![\w'’-])",
    ),
    "called": (
        aliases._CALLED,
        r"(?i:\b(?:goes|go|going|went)[ \t]+by|\bprefers(?:[ \t]+to[ \t]+be[ \t]+called)?|\bknown[ \t]+as"
        r"|\bnicknamed?|\ba\.?k\.?a\.?|\blikes[ \t]+to[ \t]+be[ \t]+called)[ \t]*:?[ \t]*"
        r"[\"“'‘](?P<v>[A-ZÀ-Þ][\w'’\-]{1,20}(?:[ \t][A-ZÀ-Þ][\w'’\-]{1,20})?)[\"”'’]",
    ),
    "dotted_staff": (
        staff_names._DOTTED,
        r"(?<![\w.])(?P<v>[a-z]\.[ \t]?[a-z]\.(?:[ \t]?[a-z]\.)?(?:[ \t]+(?!(?:rn|lpn|rrt|np|md)\b)[a-z][a-z'’-]+)?)"
        r"(?=[ \t]+(?:rn|lpn|rrt|np|md)\b|[ \t]*\Z)",
    ),
    "lower_signed": (
        lower_signatures._SIGNED,
        r"(?m)(?:^|[ \t])[-–—][ \t]*(?P<v>(?P<n>[a-z][a-z'’\-]+)(?:[ \t][a-z]\.?)?)[ \t]+"
        r"(?:rn|rrt|rt|lpn|np|cna|bsn|ccrn)\.?[ \t]*$",
    ),
    "role_letters": (
        care_names._ROLE_LETTERS,
        rf"\b(?:DN|HCA|CN|HV|SN|RN|EN|LPN|CNA|CCA|CSW|MW|RMN|DSN|CNS)[ ]{care_names._NAME}"
        r"(?=[ ](?:here|from|speaking|again)\b|[ ]?[,:;!\n]|[ ]-|\.(?:[ ]|$)|$)",
    ),
    "iberian": (
        note_names._IBERIAN,
        rf"(?:^|(?<=[\s(,;:.]))(?P<t>[Ss]ra?|[Ss]rta|[Dd]ona|[Dd]oña|[Ss]eu)\.?[ \t]+(?P<v>{note_names._W}(?:[ \t]+{note_names._W}){{0,5}}?)"
        r"(?=[ \t]*(?:[,;(]|\d{1,3}[ \t]?(?:a|anos|años|y|yo|yrs?)\b))",
    ),
    "alias": (
        shape_names._ALIAS,
        rf"(?i:\b(?:pt|patient|name))[ \t]*:[ \t]*[^\n@:]{{2,40}}?[ \t]@[ \t]+(?P<v>{shape_names._CAP}(?:[ \t]{shape_names._CAP}){{0,3}})",
    ),
    "child_of": (
        lineage._CHILD_OF,
        r"(?<![\w/])(?:[A-Z][a-z]{2,}|[A-Z]{3,}|[a-z]{3,})[ \t]+(?i:a/l|a/p)[ \t]+(?:[A-Z][a-z]{2,}|[A-Z]{3,}|[a-z]{3,})\b"
        r"|(?<![\w/])[A-Z][a-z]{2,}[ \t]+[sd]/o[ \t]+[A-Z][a-z]{2,}\b",
    ),
    "done_by": (
        slot_names._DONE_BY,
        r"\b(?:by|BY|By)[ \t]*:?[ \t]*(?P<v>(?:[A-Z]\.[ \t]*){1,2}[A-Z][A-Za-z'’]+(?:-[A-Z][A-Za-z'’]+)?)(?![\w.])",
    ),
    "bracketed": (
        aliases._BRACKETED,
        r"\([ \t]*(?P<v>[A-Z][a-z'’\-]{1,20})[ \t]*\)|[\"“](?P<q>[A-Z][a-z'’\-]{1,20})[\"”]",
    ),
    "header_patient": (
        header_patients._RX,
        rf"(?<![\w'’-])(?:pt|patient|name)[ \t]*:?[ \t]+(?:(?:mr|mrs|ms|miss|mx|dr)\.?[ \t]+)?"
        rf"(?P<v>{header_patients._LOW}(?:[ \t]{header_patients._LOW}){{1,2}})[ \t]+"
        r"\d{1,3}[ \t]*(?:y/o|yo|yrs?|y|years?[ \t]+old|/[ \t]*[mfMF]|[mfMF])(?![\w'’-])",
    ),
    "er_initials": (
        er_initials._RX,
        r"\b(?:ER|ED|A&E|OPD)[ ](?:ng|of|sa|at)[ ](?:the[ ])?(?P<v>[A-Z]{2,6})\b(?![\-/])",
    ),
}
