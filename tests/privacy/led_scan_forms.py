"""The scans rewritten to start from a class of first characters (the regex engine skips to them),
each beside its earlier form: the table `test_led_scans.py` checks, group for group, on its texts.

`BEFORE` maps a name to (the scan now, the earlier form's pattern); `ID_TAILS_BEFORE` is the earlier
single scan of `id_tails`, which is now a scan and its variant."""

from __future__ import annotations

import importlib
import re

from medgate.privacy import aliases
from medgate.privacy.strict import (
    account_bits,
    address_bits,
    asian_addresses,
    birthplaces,
    care_names,
    clinical_event_dates,
    cue_names,
    dashed_house_numbers,
    doctor_hospitals,
    edge_names,
    europe_dates,
    europe_numbers,
    europe_streets,
    facility_kinds,
    family_lists,
    flat_doors,
    formal_dates,
    header_patients,
    hospital_shorthand,
    initialisms,
    initialled_names,
    label_names,
    lettered_ids,
    lineage,
    local_phones,
    lower_signatures,
    message_details,
    named_codes,
    note_names,
    postcode_lines,
    record_numbers,
    shape_names,
    shapes,
    shift_places,
    shop_streets,
    short_facilities,
    slot_names,
    spoken_dates,
    street_shapes,
    unit_addresses,
    work_places,
    world_streets,
)

staff_names = importlib.import_module("medgate.privacy.strict.staff_names")  # (the package's name is its function)

_D, _M, _MON = europe_dates._DAY, europe_dates._MONTH, europe_dates._MON
BEFORE = {
    "unit_address": (
        unit_addresses._UNIT_ADDRESS,
        r"\b(?:Blk|BLK|Block|blk)\.?[ \t]*\d{1,4}[A-Z]?[ \t]+[^\n#]{0,60}?#\d{1,3}-\d{1,5}[A-Z]?\b"
        r"|\b(?:Lot|LOT)[ \t]+\d{1,5}[A-Z]?,[ \t]*(?:(?:Phase|PHASE)[ \t]+\d{1,3}[A-Z]?\b|[A-Z][a-z]+[ \t]+"
        r"(?:Avenue|Road|Street|Drive|Lane|Crescent|Close|Place)\b(?:[ \t]+extension)?)"
        r"|\b(?:P\.?O\.?[ \t]+)?Box[ \t]+\d{1,5},?[ \t]*(?:RR|R\.R\.)[ \t]*#?[ \t]*\d{1,3}\b"
        r"|\b(?:[Hh][ \t]*[/.][ \t]*|House[ \t]+)[Nn]o\.?[ \t]*:?[ \t]*\d{1,5}[A-Z]?\b(?![-/]\d)"
        r"(?:,[ \t]*[A-Z][a-z]+[ \t]+(?:Street|Road|Lane|Avenue)\b)?"
        r"|(?<![\w#])#[ \t]?\d{1,2}-\d{1,3}-\d{2,4}(?:/[A-Z0-9]{1,3})?(?=,)"
        r"|\b(?i:room|rm)[ \t]+\d{1,4}[A-Z]?,[ \t]*(?i:block|blk)[ \t]+[A-Z0-9]{1,2}\b"
        r"|\b(?i:calle|carrera|avenida)[ \t]+\d{1,4}[A-Z]?(?:[ \t]+(?i:bloque|blq\.?|casa|edificio)[ \t]+\d{1,4}[A-Z]?)?"
        r"(?:[ \t]*#[ \t]*\d{1,4}[A-Z]?(?:-\d{1,4})?)?(?!\w)"
        r"|\b\d{1,5}[A-Z]?,[ \t]+(?:rang|montée|chemin|rue)[ \t]+(?:(?:du|de|des|de la)[ \t]+)?[A-Z][\w'’\-]+",
    ),
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
    "compound_street": (
        europe_streets._COMPOUND,
        rf"\b(?:(?:Sint|Sankt|San|Santa|Saint|Sankta)[ ])?[A-ZÀ-ÞŁŚŻŹ][\w'’\-]*?(?:{europe_streets._SUFFIXES})[ ]"
        rf"(?={europe_streets._NUMBER})",
    ),
    "type_after": (
        europe_streets._TYPE_AFTER,
        r"\b[A-ZÀ-Þ][\w'’\-]+[ ](?:Allee|Chaussee|Straße|Strasse|Str\.|Weg|Platz|Damm|Gasse|Ufer|Steig|Gracht|Kade"
        r"|Laan|Vej|Gade|Gatan|Vägen|Plein|Markt)[ ](?=\d)",
    ),
    "po_box": (
        europe_streets._PO_BOX,
        r"\b(?:Postbus|Postfach|Apartado|Apdo\.|Casella[ ]postale|Boîte[ ]postale|Postboks|Box)[ ]\d{1,5}(?:[ ]\d{2})?\b",
    ),
    "slash_phone": (
        europe_numbers._SLASH_PHONE,
        r"(?<![\w/.,])0\d{2,4}[ ]?/[ ]?(?P<rest>\d{1,4}(?:[ ]\d{1,4}){0,4})(?:-\d{1,4})?(?![\w/]|[.,]\d)",
    ),
    "spelt_phone": (europe_numbers._SPELT_PHONE, r"(?<![\w.,])[0+](?:[ ]{1,2}\d){8,12}(?![\w])"),
    "codice_fiscale": (europe_numbers._CODICE_FISCALE, r"\b[A-Z]{6}\d{2}[ABCDEHLMPRST]\d{2}[A-Z]\d{3}[A-Z]\b"),
    "belgian_nn": (europe_numbers._BELGIAN_NN, r"(?<![\w.])\d\d\.[01]\d\.[0-3]\d-\d{3}\.\d\d(?![\w])"),
}
BEFORE |= {
    "grid": (address_bits._GRID, r"(?<![\w/.\-])\d{2,5}[ ][NSEW][ ]\d{2,5}[ ][NSEW](?![\w\-])"),
    "moo": (
        address_bits._MOO,
        r"(?<![\w/.\-])\d{1,4}(?:/\d{1,4})?,?[ ](?:Moo|moo|MOO|Mu|M\.)[ ]?\d{1,2}(?![\w/])",
    ),
    "cpa": (address_bits._CPA, r"(?<![\w\-])[A-HJ-NP-Z]\d{4}[A-Z]{3}(?![\w\-])"),
    "light_pole": (
        address_bits._LIGHT_POLE,
        r"(?<![\w\-])LP[ ]?#?\d{1,4}[ ,]+(?:[A-Z][A-Za-z']+[ ]){1,3}"
        r"(?i:trace|road|rd|street|st|avenue|ave|extension|ext)\b",
    ),
    "month_year": (
        account_bits._MONTH_YEAR,
        r"(?<![\w\-/.:])(?:0[1-9]|1[0-2])-(?:19[5-9]\d|20[0-4]\d)(?![\w\-/.])",
    ),
    "unit_street": (
        postcode_lines._UNIT_STREET,
        r"(?<![\w/.\-])\d{1,4}/\d{1,5}[ ](?:[a-z]{3,}[ ]){1,2}(?:st|rd|ave|street|road|cres|pde|ct|dr|hwy|tce|pl)\b",
    ),
    "type_first_street": (
        postcode_lines._TYPE_FIRST_STREET,
        r"(?<![\w.\-])(?<![A-Za-z][ ])(?:Jr|Av|Psje|Pje|Jirón|Jiron|Pasaje|Calle|Avenida)\.?[ ]"
        r"(?:(?:[A-ZÁÉÍÓÚÑ][a-zà-ÿ]+|de|del|la|las|los)[ ]){1,4}\d{1,5}(?![\w/.\-])",
    ),
    "foreign_place": (
        initialisms._FOREIGN_PLACE,
        r"\b(?:ke|di|kat|masuk|dari)[ \t]+(?P<v>[A-Z]{2,5})\b(?![-/'’]\w)"
        r"|\((?P<d>[A-Za-z&]+),[ \t]*(?P<w>[A-Z]{2,5})\)"
        r"|\b(?:Hospital|Clinic|Centre|Center|Infirmary)[ \t]+\((?P<x>[A-Z]{2,5})\)",
    ),
    "discussed": (
        staff_names._DISCUSSED,
        r"(?im:\b(?:d/w|dw|discussed[ \t]+w(?:ith|/)|spoke[ \t]+w(?:ith|/)|ok[ \t]+per|per))[ \t]+"
        r"(?P<v>[A-Za-z]{2,3})(?=[ \t]*(?:(?i:re)\b|\(|,|;|[ \t]*$))",
    ),
    "lane": (
        asian_addresses._LANE,
        r"(?i:\b(?:ngo|ngõ|ngach|ngách|hem|hẻm|kiet|kiệt))[ ]\d{1,4}[A-Z]?(?:/\d{1,4})*"
        r"(?:[ ](?:[A-ZĐ][\wàáảãạăâđèéẻẽẹêìíỉĩịòóỏõọôơùúủũụưỳýỷỹỵ]*)){1,3}",
    ),
    "type_first": (
        europe_streets._TYPE_FIRST,
        r"(?<![\w.])(?:Avda\.|Avd\.|Avenida|Av\.|Calle|C/|Carrer|Rúa|Rua|R\.|Travessa|Tv\.|Largo|Praça|Praceta"
        r"|Estrada|Via|via|Viale|viale|V\.le|Piazza|piazza|P\.zza|Corso|corso|Vicolo|vicolo|Bulevar|bulevar"
        r"|Plaza|Paseo|Camino|Ulica|ulica|ul\.|Ul\.|al\.|Al\.|Rue|rue|Avenue|avenue|Boulevard|boulevard|bd|Bd"
        r"|Chaussée|chaussée|Quai|quai|Place|place|Straat|Strada|strada|Ulitsa|Odos|Οδός|Calea|calea|str\.|Str\.)"
        r"(?:[ ]+(?P<w>[\w'’\-]+\.?)){1,4}?[ ]+(?:nr\.?[ ]?)?(?=\d)",
    ),
    "event_date": (
        clinical_event_dates._EVENT_DATE,
        r"(?i:\b(?:last[ \t]+bm|bm|adm|admit|admitted|readm|imn|orif|cabg|avr|mvr|ex[ \t]+lap|lap[ \t]+chole|"
        r"turp|tkr|thr|tha|tka|ercp|egd|extub(?:ated)?|intub(?:ated)?|reintub(?:ated)?|trached|peg'?d|"
        r"dx'?d))"
        r"[ \t]+(?i:on[ \t]+)?(?P<d>(?:1[0-2]|0?[1-9])[-/](?:3[01]|[12]\d|0?[1-9]))"
        r"(?![\d/.\-]|[ \t]*(?i:mg|mcg|ml|cc|cm|mm|units?|x\b|%|hrs?|days?|wks?))",
    ),
    "in_role": (
        staff_names._IN_ROLE,
        r"(?i:\b(?:rt|rrt|rn|sw|cm|ot|slp|cna|lpn|tech|sitter|charge|noc|interpreter|chaplain|pharm|pharmd|np|pa|md))"
        r"[ \t]*\((?P<v>[A-Za-z]{2,12})(?:[ \t]*,[ \t]*(?i:then[ \t]+)?(?P<w>[A-Za-z]{2,12}))?(?=[ \t]*[),])",
    ),
    "route": (
        street_shapes._ROUTE,
        r"\b(?:on|off|along|up|down|near|past|by|at)[ \t]+"
        r"(?P<v>(?:rt|rte|route|hwy|highway|sr|state[ \t]+route|county[ \t]+road|cr|fm)\.?[ \t]*\d{1,4}[a-z]?\b"
        r"|\d{1,3}(?:st|nd|rd|th)?[ \t]+(?:ave|avenue|street|st)\b\.?)",
    ),
    "number_sign": (
        record_numbers._NUMBER_SIGN,
        r"(?<=[A-Za-z][ \t])(?P<no>N[Oo]|no|[Nn][°º])(?P<p>\.?[ \t]*[:#]|\.)?[ \t]*"
        r"(?P<v>[A-Za-z]{0,5}[\-/]?\d[\w\-/]*\d(?:[A-Za-z]{1,3})?)(?![\w\-/]|[.,]\d)",
    ),
}
_NAME, _ARTICLE = work_places._NAME, work_places._ARTICLE
BEFORE |= {  # scans once led by a case-blind word alternation, which the regex engine tries everywhere
    "shift_place": (
        shift_places._RX,
        r"(?i:\b(?:on[ ](?:earlies|lates|nights|days|a[ ]late|an[ ]early|shift)|earlies|lates|nights|shifts?|works?"
        r"|worked|working|training|trains|coaching|coaches|volunteers?|volunteering|swimming|swims|studying|studies"
        r"|teaches|teaching|placement|apprenticeship|physio|physiotherapy|hydrotherapy|rehab|pilates))"
        + shift_places._WHEN + r"[ ](?i:at)[ ](?:(?i:the)[ ])?"
        r"(?P<v>(?P<w>[A-Za-z][\w'’&]*)(?:(?P<of>[ ](?:of|de)[ ][A-Z][\w'’]+)|[ ](?i:" + shift_places._SCHOOL + r"))?)(?![\w'’-])",
    ),
    "at_work": (
        work_places._AT_WORK,
        r"(?i:\b(?:retired|works?|worked|working|employed|job|shift|cashier|clerk|tech|technician|driver"
        r"|mechanic|machinist|manager|security|guard|janitor|custodian|cook|server|waitress|nanny))"
        r"(?:[ ](?i:as|an?|the)|[ ][a-z][a-z\-]*){0,4}[ ]?\(?[ ]?(?i:at|from|for|with)[ ]" + _ARTICLE + _NAME,
    ),
    "owns": (
        work_places._OWNS,
        r"(?i:\b(?:owns|owned|runs|ran|manages|managed)[ ]an?)(?:[ ][a-z][a-z\-]*){1,3}[ ]\(" + _NAME + r"\)",
    ),
    "practice": (
        work_places._PRACTICE,
        r"(?i:\b(?:at|from|with|to|sees|by)[ ])" + _ARTICLE + _NAME + r"[ ]"
        r"(?:Pediatrics|Pediatric[ ]Associates|Family[ ]Medicine|Family[ ]Practice|Internal[ ]Medicine"
        r"|Primary[ ]Care|Urgent[ ]Care|Women's[ ]Health|OB/GYN|Ob/Gyn|Medical[ ]Group|Medical[ ]Associates"
        r"|Cardiology[ ]Associates|Health[ ]Center|Dental|Orthopedics)\b",
    ),
    "shop": (
        shop_streets._SHOP,
        r"(?:(?i:\b(?:pharmacy|chemist|drugstore|store|shop|supermarket|branch|location|servo|gas[ ]station|petrol"
        r"[ ]station|dispensary))|\b(?i:the)[ ][A-Z][\w'’&]+)"
        rf"[ ]on[ ](?P<v>{shop_streets._STREET}(?:[ ](?:and|&)[ ]{shop_streets._STREET})?)(?![\w'’-])",
    ),
    "transfer": (
        facility_kinds._TRANSFER,
        r"(?i:\b(?:back[ \t]+to|transfer(?:red)?[ \t]+(?:to|from)|tx'?d[ \t]+(?:to|from)|xfer[ \t]+(?:to|from)"
        r"|(?:came|come|sent|arrived)(?:[ \t]+(?:over|in|up|down))?[ \t]+from"
        r"|(?:changed|placed|inserted|replaced)(?:[ \t]+(?:on[ \t]+)?\d{1,2}/\d{1,2}(?:/\d{2,4})?)?[ \t]+at))[ \t]+"
        r"(?P<v>[A-Za-z]{4,})\b",
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
    "facility_street": (
        label_names._FACILITY_STREET,
        r"\b(?:Pharmacy|Chemist|Drug[ ]Mart|Clinic|Surgery|Practice|Centre|Center|Hospital|Dispensary),[ ]+"
        r"(?P<v>\d{1,5}[A-Za-z]?[ ][A-Z][a-z]+(?:[ ][A-Z][a-z]+)?)(?=,)",
    ),
    "first_link": (street_shapes._FIRST_LINK, r"\b(?:section|sector|block|blk|road|rd|lane|plot|house|flat|ward)\.?[ \t]+" + street_shapes._NUMBER),
}
BEFORE |= {  # scans once led by a lookbehind or a word boundary, now by the class of their first characters
    "near": (shop_streets._NEAR, rf"\bon[ ](?P<v>{shop_streets._CAP})[ ](?=(?:near|by|opposite|outside|behind|between)\b)"),
    "shop_unit": (
        shop_streets._UNIT,
        r"(?<![\w/.,])(?P<v>\d{2,6}[ ](?:[NSEWnsew]\.?[ ])?(?P<s>[A-Za-z][a-z'’]+(?:[ ][A-Za-z][a-z'’]+)?)[ ]"
        r"(?i:unit|apt|apartment|suite|ste|flat|#)[ ]?#?[0-9]{0,4}[A-Za-z]?(?<![ #]))(?![\w-])",
    ),
    "old": (message_details._OLD, r"(?<![\w.,/-])(?:9\d|1[01]\d)(?![\w/%.,:-])"),
    "range": (
        message_details._RANGE,
        r"(?<![\w.,/])\d{1,2}(?:st|nd|rd|th)?[ ]?(?:to|-|–|till|until|through|thru)[ ]?\d{1,2}(?![\d])",
    ),
    "house": (
        asian_addresses._HOUSE,
        rf"(?:#[ ]?|\b(?:No|no)\.?[ ])\d{{1,4}}[A-Z]?(?:/\d{{1,3}})?(?:,[ ]*{asian_addresses._PART}){{1,4}}",
    ),
    "phone_shape": (local_phones._SHAPE, r"\d{3,4} \d{3,4}"),
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
    "ward_named": (
        short_facilities._WARD_NAMED,
        r"(?<![\w\-])(?:Ward|WARD)[ \t]*[:\-][ \t]*(?P<v>[A-Z][a-z]{2,}|[A-Z]{3,})[ \t]+(?:Block|Wing|Unit|BLOCK|WING|UNIT)\b",
    ),
    "ward_then_name": (
        short_facilities._WARD_THEN_NAME,
        rf"\b(?:in|on|to|from)[ \t]+ward[ \t]+(?P<v>{short_facilities._WORD})\b(?![ \t]*\d)",
    ),
    "role_letters": (
        care_names._ROLE_LETTERS,
        rf"\b(?:DN|HCA|CN|HV|SN|RN|EN|LPN|CNA|CCA|CSW|MW|RMN|DSN|CNS)[ ]{care_names._NAME}"
        r"(?=[ ](?:here|from|speaking|again)\b|[ ]?[,:;!\n]|[ ]-|\.(?:[ ]|$)|$)",
    ),
    "user_handle": (named_codes._USER_HANDLE, r"(?<![\w@./:-])[a-z]{2,}[._][a-z0-9._]*?\d{2,4}(?![\w@]|[./]\w)"),
    "iberian": (
        note_names._IBERIAN,
        rf"(?:^|(?<=[\s(,;:.]))(?P<t>[Ss]ra?|[Ss]rta|[Dd]ona|[Dd]oña|[Ss]eu)\.?[ \t]+(?P<v>{note_names._W}(?:[ \t]+{note_names._W}){{0,5}}?)"
        r"(?=[ \t]*(?:[,;(]|\d{1,3}[ \t]?(?:a|anos|años|y|yo|yrs?)\b))",
    ),
    "inward": (street_shapes._INWARD, r"(?<=[a-z\d])[ ]?\d(?:[abd-hjlnp-uw-z]{2}|[abceghj-nprstv-z]\d)\b"),
}
BEFORE |= {
    "id_area": (world_streets._ID_AREA, r"(?i:\b(?:kel|kec|kab|kelurahan|kecamatan|kabupaten|desa)\.?)(?=[ \t]+[^\W\d_])"),
    "alias": (
        shape_names._ALIAS,
        rf"(?i:\b(?:pt|patient|name))[ \t]*:[ \t]*[^\n@:]{{2,40}}?[ \t]@[ \t]+(?P<v>{shape_names._CAP}(?:[ \t]{shape_names._CAP}){{0,3}})",
    ),
    "birthplace": (
        birthplaces._TOWN,
        r"\b(?i:nato|nata|né|née|nacido|nacida|nascido|nascida|geboren|urodzony|urodzona|născut|născută|nascut|nascuta)"
        r"[ ](?i:a|à|en|em|in|w|în|la)[ ]"
        rf"(?P<v>[A-ZÀ-ÞŁŚŻ][\w'’\-]+(?:[ ](?:{birthplaces._LINK}[ ])?[A-ZÀ-ÞŁŚŻ][\w'’\-]+)*)",
    ),
    "pin": (
        shapes._PIN,
        r"(?:\bPIN|(?i:\bpin[ \t]+(?:code|number|no\.?)|\bpin(?=[ \t]*[:#])))[ \t]*(?:[:#=]|is)?[ \t]*(?P<v>\d{4,6})\b(?![.,/]\d)",
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
}
_O, _MN, _C, _Y = spoken_dates._ORDINAL_WORD, spoken_dates._MONTH_NAME, spoken_dates._CARDINAL_DAY, spoken_dates._YEAR_WORDS
BEFORE["spoken_date"] = (
    spoken_dates._SPOKEN_DATE,
    rf"(?i:\b(?:{_O}[ \t]+of[ \t]+{_MN}|{_MN}[ \t]+(?:the[ \t]+)?{_O}|{_C}[ \t]+{_MN}(?={_Y})"
    rf"|(?=(?:twenty|thirty)[ \t\-]){_O}[ \t]+{_MN}|{_O}[ \t]+(?!may\b|march\b){_MN}|{_MN}[ \t]+{_C}(?={_Y}))"
    rf"(?:{_Y})?)\b",
)
BEFORE["hospital_shorthand"] = (
    hospital_shorthand._RX,
    rf"(?i)\b(?:at|to|from|in|into|outta|@)[ \t]+the[ \t]+(?P<v>(?:{hospital_shorthand._SHORTHAND}|{hospital_shorthand._HOMES}))"
    rf"(?![\w'’-])(?![ \t]+(?:{hospital_shorthand._NOUNS})\b)",
)
ID_TAILS_BEFORE = re.compile(
    r"(?P<ssn>(?<![\w*#])(?:\*{3}|[xX#]{3})[-. ]?(?:\*{2}|[xX#]{2})[-. ]?\d{4})(?!\w)"
    r"|\b(?i:id|ssn|nric|ic|card|account|acct|a/c)[ \t]+(?i:ending|ends)(?:[ \t]+(?i:in|with))?[ \t]+(?P<end>\d{3,6})\b"
    r"|(?P<icn>\b\d{10}V\d{6}\b)"
    r"|\b(?i:reg(?:istration)?|hosp(?:ital)?|file|folder|record)\.?[ \t]*(?i:no|number|#)\.?[ \t]*[:#]?[ \t]*"
    r"(?P<reg>[A-Z]{2,6}[ \t]+\d{2,4}[-/]\d{3,8})\b"
)

BEFORE |= {  # scans once led by a lookbehind or a word boundary, now by their first character
    "national": (lettered_ids._NATIONAL, r"(?<![\w-])\d{2}[ \t]?-[ \t]?\d{6,7}[ \t]?[A-Z][ \t]?\d{2}(?![\w-])"),
    "card": (lettered_ids._CARD, r"(?<![\w-])[A-Z]{2,3}\d{1,2}(?:[ \t]\d{2,5}){3,5}(?![\w-])"),
    "hospital_number": (lettered_ids._HOSPITAL, r"(?<![\w-])[A-Z]{1,3}H[ \t]\d{6,9}(?![\w./-])"),
    "flat_door": (
        flat_doors._RX,
        rf"\b(?:[Dd]\.[ \t]?[Nn][Oo]|[Dd]oor[ \t]+[Nn]o|DOOR[ \t]+NO)\.?[ \t]*:?[ \t]*\d{{1,4}}(?:[-/]\d{{1,4}}){{0,3}}"
        rf"(?:[-/]?[A-Za-z]\b)?(?:,[ \t]*{flat_doors._STREET}|[ \t]+{flat_doors._STREET}[ \t]+{flat_doors._TYPE})?"
        rf"(?=[ \t]*(?:[,.;|\n]|$))"
        rf"|\b(?i:flat)[ \t]+\d/\d,?[ \t]+\d{{1,4}}[A-Za-z]?[ \t]+{flat_doors._STREET}(?=[ \t]*(?:[,.;\n]|$))",
    ),
    "doctor_hospital": (
        doctor_hospitals._RX,
        r"\b(?:Dr|DR|dr)\.?[ \t]+(?:[A-Z][\w'’\-]*\.?[ \t]+){0,3}[A-Z][\w'’\-]*[ \t]*,[ \t]*"
        r"(?:(?P<v>[A-Z]{2,5})(?=[ \t]*(?:[.,;)]|\n|$))"
        r"|(?P<b>[A-Z][a-z'’]{3,}(?:[ \t][A-Z][a-z'’]{3,})?)[ \t]*,[ \t]*(?P<c>[A-Z][a-z]+))",
    ),
    "dashed_house_number": (
        dashed_house_numbers._RX,
        r"(?<![\w./-])\d{3,6}[ \t]*[-–][ \t]*\d{1,3}[A-Z]?(?:st|nd|rd|th)?[ \t]+"
        r"(?:St|Street|Ave|Avenue|Rd|Road|Dr|Drive|Blvd|Way|Cres|Crescent)\b\.?(?:[ \t](?:NW|NE|SW|SE|N|S|E|W)\b)?",
    ),
    "header_patient": (
        header_patients._RX,
        rf"(?<![\w'’-])(?:pt|patient|name)[ \t]*:?[ \t]+(?:(?:mr|mrs|ms|miss|mx|dr)\.?[ \t]+)?"
        rf"(?P<v>{header_patients._LOW}(?:[ \t]{header_patients._LOW}){{1,2}})[ \t]+"
        r"\d{1,3}[ \t]*(?:y/o|yo|yrs?|y|years?[ \t]+old|/[ \t]*[mfMF]|[mfMF])(?![\w'’-])",
    ),
}
