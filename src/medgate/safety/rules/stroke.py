"""Stroke: any one BE-FAST sign (American Stroke Association), or a thunderclap headache."""

from __future__ import annotations

from typing import Final

from medgate.safety.rules.base import G2, G3, G5, POSSESSIVE, SIDE, Category, Concept, Rule, gap

_LIMB: Final = r"(?:arms?|legs?|hands?|foot|feet|side|body|face|hemibody)"
_WEAK: Final = (
    r"(?:weak\w*|numb\w*|paraly\w*|limp|heavy|tingl\w*|(?:can['’]?t|cannot|can not|unable to) (?:move|lift|feel|use)"
    r"|won['’]?t (?:work|move)|(?:is |are )?dragging)"
)

_ONE_LIMB: Final = r"(?:arm|leg|hand|foot)"
_GAVE_OUT: Final = r"(?:weak\w*|numb|limp|heavy|dead|paraly\w*|gave (?:out|way)|floppy)"

CONCEPTS: Final = (
    Concept(
        "face_droop",
        (
            rf"(?:face|facial|smile|mouth|lips?){G3}(?:droop\w*|asymmetr\w*|crooked|uneven"
            r"|lopsided|sagg\w*|paraly\w*)",
            r"(?:droop\w*|crooked|lopsided|uneven) (?:face|smile|mouth)",
            r"facial (?:droop|asymmetry|palsy|weakness)",
        ),
    ),
    Concept(
        "one_sided_weakness",
        (
            rf"{_WEAK}{G3}{SIDE}(?:[- ]sided?)?(?: \w+)? {_LIMB}",
            rf"{SIDE}[- ](?:sided? )?{_LIMB}(?: \w+){{0,4}} {_WEAK}",
            rf"{POSSESSIVE} {SIDE} {_LIMB}(?: \w+){{0,3}} {_WEAK}",
            r"hemi(?:pares\w*|pleg\w*|paretic|body numbness)|(?:left|right|l|r)[- ]sided weakness",
            r"(?:one side|half) of (?:my|his|her|the) (?:body|face)",
            rf"drop\w*{gap(4)}{SIDE} (?:hand|arm)|{SIDE} (?:hand|arm){G3}drop\w*",
        ),
    ),
    Concept(
        "speech",
        (
            r"slurr\w*|aphasi\w*|dysarthri\w*|garbled|gibberish|word salad",
            rf"(?:speech|words|talking|speaking){G2}(?:slurr\w*|garbled|jumbled|nonsens\w*|off|weird\w*"
            r"|funny|strange\w*|odd\w*|wrong|drunk|mumbl\w*|mixed up)",
            rf"(?:mix\w*|muddl\w*) up{G2}words|words (?:come|coming|came) out wrong",
            rf"(?:can['’]?t|cannot|can not|unable to) (?:talk|speak)(?: right| properly| clearly)?|(?:can['’]?t|cannot|can not|unable to) (?:get|find){G2}words",
            r"(?:trouble|difficulty) (?:speaking|talking|finding (?:the )?words)",
        ),
    ),
    Concept(
        "sudden_limb_weakness",
        (
            rf"(?:sudden\w*|all of a sudden){gap(6)}{_ONE_LIMB}{G2}{_GAVE_OUT}",
            rf"{_ONE_LIMB}{G2}{_GAVE_OUT}{gap(5)}(?:sudden\w*|all of a sudden)",
        ),
    ),
    Concept(
        "sudden_vision_loss",
        (
            rf"sudden\w*{G3}(?:vision loss|loss of (?:vision|sight)|blind\w*|(?:can['’]?t|cannot|can not|unable to) see|lost"
            r"(?: \w+)? (?:vision|sight))",
            rf"(?:went|gone|going) blind{G5}sudden|blind{G5}(?:all of a )?sudden",
            rf"(?:(?:can['’]?t|cannot|can not|unable to) see|lost (?:my |the )?(?:vision|sight)){G5}(?:all of a )?sudden",
        ),
    ),
    Concept(
        "thunderclap",
        (
            r"worst headache (?:of|in) (?:my|his|her|their) (?:life|lives)|thunderclap",
            r"worst headache (?:ever|i['’]?ve ever had|he['’]?s ever had|she['’]?s ever had)",
            r"sudden(?:ly)?,? (?:onset )?(?:severe|excruciating|explosive|terrible|intense) headache",
        ),
    ),
    Concept(
        "stroke_named",
        (
            r"(?:having|is having|be having|having had) a (?:stroke|cva|tia)",
            r"code stroke|stroke alert|stroke symptoms (?:right )?now",
        ),
    ),
)

RULES: Final = tuple(
    Rule(name, (name,))
    for name in (
        "face_droop",
        "one_sided_weakness",
        "speech",
        "sudden_limb_weakness",
        "sudden_vision_loss",
        "thunderclap",
        "stroke_named",
    )
)

CATEGORY: Final = Category("stroke", CONCEPTS, RULES)
