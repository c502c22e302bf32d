"""The earlier forms of the re-led scans of addresses, streets, facilities and workplaces (see
`led_scan_forms.py`)."""

from __future__ import annotations

from medgate.privacy.strict import (
    address_bits,
    asian_addresses,
    bay_names,
    birthplaces,
    dashed_house_numbers,
    doctor_hospitals,
    europe_streets,
    facility_kinds,
    flat_doors,
    hospital_shorthand,
    initialisms,
    label_names,
    postcode_houses,
    postcode_lines,
    road_shapes,
    shift_places,
    shop_streets,
    short_facilities,
    street_shapes,
    unit_addresses,
    work_places,
    world_streets,
)

_NAME, _ARTICLE = work_places._NAME, work_places._ARTICLE

PLACES = {
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
    "route": (
        street_shapes._ROUTE,
        r"\b(?:on|off|out|along|up|down|near|past|by|at)[ \t]+"
        r"(?P<v>(?:rt|rte|route|hwy|highway|sr|state[ \t]+route|county[ \t]+road|cr|fm)\.?[ \t]*\d{1,4}[a-z]?\b"
        r"|\d{1,3}(?:st|nd|rd|th)?[ \t]+(?:ave|avenue|street|st)\b\.?)",
    ),
    "shift_place": (
        shift_places._RX,
        r"(?i:\b(?:on[ ](?:earlies|lates|nights|days|a[ ]late|an[ ]early|shift)|earlies|lates|nights|shifts?|works?"
        r"|worked|working|training|trains|coaching|coaches|volunteers?|volunteering|swimming|swims|studying|studies"
        r"|teaches|teaching|placement|apprenticeship|physio|physiotherapy|hydrotherapy|rehab|pilates"
        r"|tenta|tentan|tentamen|eksamen|plugga|pluggar|studerar|studerer|exams?))"
        + shift_places._WHEN + r"[ ](?i:at|(?P<pa>på))[ ](?:(?i:the)[ ])?"
        r"(?P<v>(?P<w>[A-Za-z][\w'’&]*)(?:(?P<of>[ ](?:of|de)[ ][A-Z][\w'’]+)|[ ](?i:" + shift_places._SCHOOL + r"))?)(?![\w'’-])",
    ),
    "at_work": (
        work_places._AT_WORK,
        r"(?i:\b(?:retired|works?|worked|working|employed|job|shift|cashier|clerk|tech|technician|driver"
        r"|mechanic|machinist|manager|security|guard|janitor|custodian|cook|server|waitress|nanny|boss|supervisor))"
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
    "facility_street": (
        label_names._FACILITY_STREET,
        r"\b(?:Pharmacy|Chemist|Drug[ ]Mart|Clinic|Surgery|Practice|Centre|Center|Hospital|Dispensary),[ ]+"
        r"(?P<v>\d{1,5}[A-Za-z]?[ ][A-Z][a-z]+(?:[ ][A-Z][a-z]+)?)(?=,)",
    ),
    "first_link": (street_shapes._FIRST_LINK, r"\b(?:section|sector|block|blk|road|rd|lane|plot|house|flat|ward|lot|allotment|bldg|apt)(?:\.?[ \t]+" + street_shapes._NUMBER + r"|[ \t]+[a-z](?![\w'’]))"),
    "near": (shop_streets._NEAR, rf"\bon[ ](?P<v>{shop_streets._CAP})[ ](?=(?:near|by|opposite|outside|behind|between)\b)"),
    "shop_unit": (
        shop_streets._UNIT,
        r"(?<![\w/.,])(?P<v>\d{2,6}[ ](?:[NSEWnsew]\.?[ ])?(?P<s>[A-Za-z][a-z'’]+(?:[ ][A-Za-z][a-z'’]+)?)[ ]"
        r"(?i:unit|apt|apartment|suite|ste|flat|#)[ ]?#?[0-9]{0,4}[A-Za-z]?(?<![ #]))(?![\w-])",
    ),
    "house": (
        asian_addresses._HOUSE,
        rf"(?:#[ ]?|\b(?:No|no)\.?[ ])\d{{1,4}}[A-Z]?(?:/\d{{1,3}})?(?:,[ ]*{asian_addresses._PART}){{1,4}}",
    ),
    "ward_named": (
        short_facilities._WARD_NAMED,
        r"(?<![\w\-])(?:Ward|WARD)[ \t]*[:\-][ \t]*(?P<v>[A-Z][a-z]{2,}|[A-Z]{3,})[ \t]+(?:Block|Wing|Unit|BLOCK|WING|UNIT)\b",
    ),
    "ward_then_name": (
        short_facilities._WARD_THEN_NAME,
        rf"\b(?:in|on|to|from)[ \t]+ward[ \t]+(?P<v>{short_facilities._WORD})\b(?![ \t]*\d)",
    ),
    "inward": (street_shapes._INWARD, r"(?<=[a-z\d])[ ]?\d(?:[abd-hjlnp-uw-z]{2}|[abceghj-nprstv-z]\d)\b"),
    "id_area": (world_streets._ID_AREA, r"(?i:\b(?:kel|kec|kab|kelurahan|kecamatan|kabupaten|desa)\.?)(?=[ \t]+[^\W\d_])"),
    "birthplace": (
        birthplaces._TOWN,
        r"\b(?i:nato|nata|né|née|nacido|nacida|nascido|nascida|geboren|urodzony|urodzona|născut|născută|nascut|nascuta)"
        r"[ ](?i:a|à|en|em|in|w|în|la)[ ]"
        rf"(?P<v>[A-ZÀ-ÞŁŚŻ][\w'’\-]+(?:[ ](?:{birthplaces._LINK}[ ])?[A-ZÀ-ÞŁŚŻ][\w'’\-]+)*)",
    ),
    "hospital_shorthand": (
        hospital_shorthand._RX,
        rf"(?i)\b(?:at|to|from|in|into|outta|@)[ \t]+the[ \t]+(?P<v>(?:{hospital_shorthand._SHORTHAND}|{hospital_shorthand._HOMES}))"
        rf"(?![\w'’-])(?![ \t]+(?:{hospital_shorthand._NOUNS})\b)",
    ),
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
    "off_road": (
        road_shapes._OFF_ROAD,
        rf"\boff[ ](?P<v>(?:[a-z]+[ ]){{1,3}}(?:{road_shapes._ROAD_WORDS}))\b",
    ),
    "postcode_house": (postcode_houses._POSTCODE, r"\b[A-Z]{1,2}\d[A-Z\d]?[ ]?\d[A-Z]{2}\b"),
    "bay_name": (
        bay_names._RX,
        r"\b(?P<v>(?:" + "|".join(bay_names._HEADS) + r")[ ]of[ ](?:the[ ])?[A-Z][a-z]+(?:[ ][A-Z][a-z]+)?)\b(?![ ]*\d)",
    ),
}
