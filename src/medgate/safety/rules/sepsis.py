"""Sepsis: fever or hypothermia with organ dysfunction or a SIRS/qSOFA sign (CDC, Sepsis-3)."""

from __future__ import annotations

from typing import Final

from medgate.safety.rules.base import (
    BLOTCHY_SKIN,
    G2,
    INFLAMED_BREAST,
    NOT_A_FEVER,
    OUT_OF_IT,
    Category,
    Concept,
    Rule,
)

CONCEPTS: Final = (
    Concept(
        "fever_or_hypothermia",
        (
            # a fever only asked about ("is that a fever?") or said of babies in general ("a fever in
            # little babies is serious") is no reported fever: a measured temperature decides (NICE
            # NG143: fever is >= 38 C; the findings layer reads the number), a parent's "she has a
            # fever" still counts
            rf"{NOT_A_FEVER}(?<!is that a )(?<!is this a )(?<!is it a )fever(?!s? in (?:little |young |tiny |small |newborn )?"
            r"(?:babies|infants|newborns|children|kids)\b)\w*|(?<!a)febrile|pyrexi\w*|burning up|high temp\w*|rigou?rs|chills",
            r"shiver\w*",
            r"(?-i:T|Temp|temp|temperature|Tmax)(?: of| is| was)?:? ?(?:3[89]|4[0-2])(?:\.\d+)?(?: ?°?C)?",
            r"(?-i:T|Temp|temp|temperature)(?: of| is| was)?:? ?(?:3[0-5])(?:\.\d+)?(?: ?°?C)?",
            r"hypotherm\w*",
            # Fahrenheit from 100.4 F (38.0 C, NICE NG143's fever) to 105.x F
            r"(?:100\.[4-9]\d?|10[1-5](?:\.\d)?) ?(?:°|degrees|f\b)",
        ),
    ),
    Concept(
        "altered_mental_status",
        (
            r"confus(?!\w* (?:about|by|over (?!the (?:last|past)|(?:a |the )?(?:few|couple|\d|several))|as to))\w*|altered(?: mental status| mentation)?",
            r"(?-i:AMS)|disorient\w*|delirious|delirium|not making sense|lethargic|floppy",
            rf"(?:hard|difficult|impossible) to (?:wake|rouse|arouse)|(?:can['’]?t|cannot|can not|unable to) wake{G2}up",
            rf"unresponsive|obtunded|(?:very |really |so )?(?:drowsy|sleepy)|{OUT_OF_IT}",
            r"(?:doesn['’]?t|does not|don['’]?t) know where (?:she|he|i|they) (?:is|am|are)",
            r"won['’]?t (?:feed|eat|nurse)|not feeding|poor feeding",
        ),
    ),
    Concept(
        "hypotension",
        (
            r"hypotens\w*|(?:s?bp|blood pressure)(?: is| of| was)?:? ?(?:[4-8]\d|90)(?:/\d+)?\b",
            r"(?-i:MAP):? ?(?:[3-5]\d|6[0-4])\b|septic shock|(?:[4-8]\d|90) over \d+",
            r"(?:bp|blood pressure)(?: is)?(?: really| very| so)? low|pressors?|norepinephrine",
        ),
    ),
    # A rate over the adult SIRS limit but under a young child's (HR 100-139, RR 22-39) is read
    # against the age (NICE NG143 table 1: amber HR > 140 at 2-5 years, RR > 40 over 12 months;
    # children.py), so it is its own concept; a faster rate, or one told in words, fires at any age.
    Concept("tachycardia_moderate", (r"(?-i:HR):? ?(?:1[0-3]\d)",)),
    Concept(
        "tachycardia",
        (r"(?-i:HR):? ?(?:1[6-9]\d)|tachycard\w*|heart (?:is )?(?:racing|pounding)",),
    ),
    # HR 150-159 is NICE NG51's high risk from 1 year (>= 150 at 1-2 years) but under a baby's limit
    # (>= 160 under 1 year; NICE NG143 table 1 amber > 160 under 12 months)
    Concept("tachycardia_150s", (r"(?-i:HR):? ?(?:15\d)",)),
    # HR 140-149 is within the normal-to-amber range under 3 years (NICE NG143 table 1: amber > 150 at
    # 12-24 months, > 160 under 12 months; NICE NG51: high risk >= 150 at 1-2 years)
    Concept("tachycardia_140s", (r"(?-i:HR):? ?(?:14\d)",)),
    Concept("tachypnea_moderate", (r"(?-i:RR):? ?(?:2[2-9]|3\d)\b",)),
    # RR 40-59 is under a baby's limits (NICE NG51 under 1 year: moderate 50-59, high risk >= 60; NICE
    # NG143 red RR > 60, amber > 50 at 6-12 months) but over a toddler's (NG143 amber > 40 over 12 months)
    Concept("tachypnea_40s_50s", (r"(?-i:RR):? ?(?:[45]\d)\b",)),
    Concept(
        "tachypnea",
        (
            r"(?-i:RR):? ?(?:6\d)\b|tachypn\w*",
            r"breathing (?:really |very |so )?(?:fast|quickly|rapidly)|rapid breathing",
        ),
    ),
    Concept(
        "skin",
        (
            rf"mottl\w*|{BLOTCHY_SKIN}|purpur\w*|non[- ]?blanching",
            rf"(?:doesn['’]?t|does not|don['’]?t|won['’]?t) (?:fade|blanch){G2}(?:press|glass)",
            r"(?:rash|spots|marks)(?: \w+){0,2} (?:that |which )?(?:doesn['’]?t|does not|don['’]?t|won['’]?t|didn['’]?t) (?:fade|blanch|go away when)",
        ),
    ),
    Concept("lactate", (r"lactate:? ?(?:[2-9]|1\d)(?:\.\d+)?\b",)),
    Concept(
        "neutropenia",
        (
            r"neutropeni\w*|(?-i:ANC):? ?(?:[0-4]\d\d|\d\d?)\b",
            r"chemo\w*|immuno(?:compromis|suppress)\w*",
        ),
    ),
    Concept(
        "infection",
        (
            r"pneumonia|(?-i:UTI)|(?:urinary|bladder|kidney|chest|wound) infection|pyelo\w*",
            r"cellulitis|abscess|infected|meningitis|peritonitis|cholangitis",
        ),
    ),
    Concept(
        "spreading",
        (
            r"(?:red\w*|swell\w*|infect\w*|rash|wound|cellulitis)(?: \w+){0,6} spread\w*"
            r" (?:fast|quickly|rapidly|up)",
            r"red streaks?|spreading (?:redness|infection)",
        ),
    ),
    Concept(
        "meningism",
        (
            r"stiff neck|neck (?:is |feels )?stiff|neck stiffness|nuchal rigidity|photophobi\w*",
            r"(?:can['’]?t|cannot|can not|unable to) (?:stand|bear|tolerate) (?:the )?light",
        ),
    ),
    Concept("presyncope", (r"pass(?:ed)? out|going to pass out|faint(?:ed|ing)|collaps\w*",)),
    Concept(
        "sepsis_named",
        (
            r"(?:have|has|having|got|with|developing|into|think (?:it['’]?s|this is)) "
            r"(?:\w+ )?(?:uro)?sepsis|septic shock|(?:is|looks|became|becoming|went) septic",
            r"(?:suspected|suspect|presumed|possible|probable|likely|concern for|query|\?) ?"
            r"(?:uro|neutropenic )?sepsis|qsofa:? ?[23]\b|code sepsis|sepsis alert",
        ),
    ),
    # under 3 months (NICE NG143 red: T >= 38 C): days, or 1-12 weeks (a 16-week-old is amber only at 39 C)
    Concept("young_infant", (r"newborn|neonate|\d+[- ]days?[- ]old|(?<!\d)(?:[1-9]|1[0-2])[- ]weeks?[- ]old",)),
    # a nursing mother's own inflamed breast: the baby's age she gives is the feeding baby's, and the fever
    # told with it hers (NICE CKS mastitis: same day; her own sepsis signs still fire above)
    Concept("own_breast_inflamed", INFLAMED_BREAST),
    # an adult's heart rate over 130 is NICE NG51's high risk; told alert and eating and drinking, a rate
    # of 100-130 with a fever is its moderate-to-high risk (RULES)
    Concept("tachycardia_over_130", (r"(?-i:HR):? ?(?:13[1-9])",)),
    # (a record's short list may put how they move or talk between: "alert, walking, drinking", "alert, chatty and eating")
    Concept("well_appearing", (r"alert,? (?:and )?(?:(?:walking|talking|chatty|orientated|oriented|mobile|mobilising|mobilizing"
                               r"|up and about|walking about|smiling),? (?:and )?)?(?:eating|drinking)"
                               r"|(?:eating|feeding) and drinking (?:normally|well)"
                               r"|alert,? (?:and )?(?:chatty|talking normally|smiling)",)),
    # fluids and saliva going down with the breathing told easy: none of NG51's high-risk criteria (a
    # quinsy that swallows and breathes well is same-day ENT, NICE CKS sore throat); each short, so a
    # denial between them ("no drooling, no stridor") still denies what it names
    Concept("fluids_taken", (r"(?:(?<=managing )|(?<=swallowing )|(?<=drinking )|(?<=taking ))(?<!not managing )"
                             r"(?<!not swallowing )(?<!not drinking )(?<!not taking )(?:his |her |their |my )?"
                             r"(?:sips|fluids|drinks|saliva|water)\b",)),
    Concept("breathing_easy", (r"(?<=breathing )(?:comfortabl[ey]|normally|easily|fine|well)\b",)),
    # A child's heart and breathing rates are read against their age (NICE NG143 table 1: amber HR
    # > 140 at 2-5 years, RR > 40 over 12 months; children.py), not the adult SIRS limits (HR > 90,
    # RR > 20): a febrile 4-year-old with HR 120 and RR 24 has neither.
    Concept("child_age", (r"(?:[1-9]|1[01])[- ]?(?:years?|yrs?|y)[- ]?old|toddler|preschool\w*"
                          # (from the unit on, so "when I was 18 months old" still dates what it follows)
                          r"|(?<=\d[- ])(?:months?|mo)[- ]old"
                          # a record's terse age: "7yo", "9 y/o", "aged 6", age and sex "7F", "10M"
                          r"|(?:[1-9]|1[01]) ?(?:yo|y/o)\b|aged (?:[1-9]|1[01])(?!\d|[.,]\d)|(?-i:(?:[1-9]|1[01])[MF])\b",)),
    # a baby under 12 months, by months, weeks or days ("5-month-old", "7 months old", "30-week-old")
    Concept("infant_age", (r"(?:(?<=\b[1-9][- ])|(?<=\b1[01][- ]))(?:months?|mo|mths?)[- ]old"
                           r"|(?<=\d[- ])(?:weeks?|wks?|days?)[- ]old|newborn|neonate",)),
    Concept("under_3_age", (r"(?<=\b[12][- ])(?:years?|yrs?)[- ]old|toddler|(?<=\d[- ])(?:months?|mo)[- ]old"
                            r"|[12] ?(?:yo|y/o)\b|aged [12](?!\d|[.,]\d)|(?-i:[12][MF])\b",)),
)

RULES: Final = (
    Rule("fever+altered_mental_status", ("fever_or_hypothermia", "altered_mental_status")),
    Rule("fever+hypotension", ("fever_or_hypothermia", "hypotension")),
    Rule("fever+tachycardia", ("fever_or_hypothermia", "tachycardia")),
    Rule("fever+tachycardia", ("fever_or_hypothermia", "tachycardia_150s"), none_of=("infant_age",)),
    Rule("fever+tachycardia", ("fever_or_hypothermia", "tachycardia_140s"), none_of=("under_3_age",)),
    # NICE NG51 (2024) 1.4: an adult's heart rate of 91-130 with a fever is a moderate-to-high-risk criterion
    # (same-day assessment), not a high-risk one, when the person is told alert and eating and drinking
    Rule("fever+tachycardia", ("fever_or_hypothermia", "tachycardia_moderate"),
         none_of=("child_age", "well_appearing", "fluids_taken")),
    Rule("fever+tachycardia", ("fever_or_hypothermia", "tachycardia_moderate", "fluids_taken"),
         none_of=("child_age", "well_appearing", "breathing_easy")),
    Rule("fever+tachycardia", ("fever_or_hypothermia", "tachycardia_over_130"), none_of=("child_age",)),  # NG51 high risk
    Rule("fever+tachypnea", ("fever_or_hypothermia", "tachypnea")),
    Rule("fever+tachypnea", ("fever_or_hypothermia", "tachypnea_40s_50s"), none_of=("infant_age",)),
    Rule("fever+tachypnea", ("fever_or_hypothermia", "tachypnea_moderate"), none_of=("child_age",)),
    *(
        Rule(f"fever+{sign}", ("fever_or_hypothermia", sign))
        for sign in (
            "skin",
            "lactate",
            "neutropenia",
            "spreading",
            "meningism",
            "presyncope",
        )
    ),
    *(
        Rule(f"infection+{sign}", ("infection", sign))
        for sign in ("altered_mental_status", "hypotension", "skin", "lactate")
    ),
    Rule("named", ("sepsis_named",)),
    Rule("young_infant+fever", ("young_infant", "fever_or_hypothermia"), none_of=("own_breast_inflamed",)),
    Rule("qsofa", ("altered_mental_status", "hypotension", "tachypnea")),
    Rule("qsofa", ("altered_mental_status", "hypotension", "tachypnea_moderate")),
    Rule("qsofa", ("altered_mental_status", "hypotension", "tachypnea_40s_50s")),
)

CATEGORY: Final = Category("sepsis", CONCEPTS, RULES)
