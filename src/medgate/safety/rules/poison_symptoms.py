"""Poisoning told by its symptoms and their source, not by a substance swallowed: carbon monoxide
(a fuel-burning appliance, a household or its pets ill together, symptoms easing away from home) and
a drink spiked. Part of the overdose category (Poison Help), spread into it where these stood before.
"""

from __future__ import annotations

from typing import Final

from medgate.safety.rules.base import Concept, Rule

# a fuel with no flue of its own, burned indoors (coals, a grill, a generator)
# (the lookbehinds after the word, so that the pattern starts with a literal: the regex engine's fast first-letter scan)
_FUEL: Final = (r"(?:barbecue|bbq|charcoal(?<!activated charcoal)|brazier|hibachi|coals|generator|grill(?<!electric grill)|tandoor"
                r"|(?:wood-fired|wood|coal|pizza) (?:oven|stove))")
# the room's way out for the fumes gone: "our hood fan broke", "the extractor isn't working", "a broken vent fan"
_FAN_BROKEN: Final = (
    r"(?:(?:hood|extractor|exhaust|vents?|ventilation)(?: [\w'’-]+){0,3}? (?:broke|is broken|was broken|broken|died|stopped|failed"
    r"|is off|was off|(?:is|was|isn['’]?t|wasn['’]?t|is not|was not|not) working)"
    r"|broken (?:hood|extractor|exhaust|vents?|ventilation)(?: fans?)?)\b"
)

CONCEPTS: Final = (
    Concept("gas", (r"carbon monoxide|(?-i:CO) (?:alarm|detector|poisoning)|gas leak",)),
    # NHS "Carbon monoxide poisoning": suspect it when symptoms come with a fuel-burning appliance,
    # affect others in the home (pets too), or ease away from home; two of the three with symptoms
    Concept(
        "co_source",
        # (its "old" is the appliance's age, not a past event: inside the concept it modifies nothing)
        (r"(?:(?:old|new|faulty|broken|dodgy) )?(?:(?:gas|oil|coal|combi) )?(?:boiler|gas fire|gas heater|paraffin heater|heater|heating|generator"
         r"|gas stove|stove|barbecue|bbq"
         # a grill or oven fed with charcoal, wood or gas, a brazier (a restaurant's or a workshop's too)
         r"|(?:charcoal|coal|wood|wood-fired|propane|gas) (?:grill|smoker|oven|pit)|brazier|hibachi"
         r"|fireplace|flue|wood ?burner|log burner|chimney)",),
    ),
    Concept(
        "co_shared",
        (r"(?:whole (?:family|house(?:hold)?)|every(?:one|body) (?:in the house|at home|here)|we all|all of us"
         r"|both of us|the (?:kids|children|family) (?:too|as well)|even the (?:dog|cat|pets?|budgie|bird)"
         # "a woman and her two children have had headaches"
         r"|(?:and|with) (?:her|his|their|my|our) (?:\w+ )?(?:children|kids|husband|wife|partner|family|sons|daughters)"
         r" (?:have|has|had|all|both)\b"
         # "all three have had headaches", "the dog is lethargic too"
         r"|all (?:three|four|five|six|[3-6]) (?:of (?:us|them) )?(?:have|had|are|were|feel|felt|get|got)"
         r"|the (?:dog|cat|pets?|budgie|bird)(?: [\w'’]+){0,3} (?:too|as well)"
         # a household ill together ("a family of four have all had"), a pet ill with them ("the dog is
         # lethargic"): NHS CO poisoning, pets affected too
         r"|(?:family|household) of (?:\w+) (?:have|has|had|are|were|all)\b"
         # "a family of three call because all of them have had headaches"
         r"|all of (?:them|us) (?:have|has|had|are|were|feel|felt|get|got)\b"
         r"|(?:the|their|our|his|her|my) (?:dog|cat|pets?|budgie|bird) (?:is|was|seems|seemed|has been|looks) (?:\w+ )?(?:lethargic|drowsy|sleepy"
         r"|unwell|ill|sick|wobbly|vomiting|not (?:himself|herself|itself|right))\b"
         # "the cat is sleeping all the time"; "she and both children have had", "he and the kids all have"
         r"|the (?:dog|cat|pets?|budgie|bird) (?:is |was |has been |keeps )?sleeping (?:all the time|all day|constantly|a lot)"
         r"|(?:she|he|i|mum|mom|dad) and (?:both|all|the|her|his|my|our|their)(?: (?:two|three|four|\d))?"
         r" (?:children|kids|boys|girls|sons|daughters|family|husband|wife|partner)(?: \w+)? (?:have|has|had|are|were|all|both)\b"
         # people ill together at work: "3 of my line cooks have headaches", "the rest of us feel off too"
         r"|(?:\d|two|three|four|five|six|several|half) of (?:my|our|the) (?:[\w-]+ ){0,2}?(?:[\w-]+s|staff"
         r"|crew|team|men|women|people)(?: \w+)? (?:have|has|had|are|were|feel|felt|get|got|all|both)\b"
         r"|the rest of (?:us|them|the (?:staff|crew|team)) (?:feel|felt|are|were|have|had|seem)\b"
         # a household listed as it woke: "he, his wife and their two children woke with", "she, her partner and
         # the kids all have" (NHS CO poisoning: others in the home ill too)
         r"|(?:he|she|i|we), (?:his|her|my|our) (?:wife|husband|partner|mum|mom|dad|mother|father|sister|brother)"
         r" and (?:their|our|his|her|my|the) (?:\w+ )?(?:children|kids|boys|girls|sons|daughters)"
         r"(?: \w+)? (?:woke|wake|have|has|had|all|both|are|were|feel|felt|got)\b"
         # a pet that cannot rise: "the dog will not get up", "our cat won't wake properly"
         r"|(?:the|their|our|his|her|my) (?:dog|cat|pets?|puppy|kitten) (?:will not|won['’]t|would not|wouldn['’]t|can['’]t"
         r"|cannot|could not|couldn['’]t|isn['’]t able to) (?:get up|stand(?: up)?|wake(?: up)?)\b)",),
    ),
    Concept(
        "co_away",
        (r"(?:better|fine|ok|okay|goes away|go away|clears?|eases?|improves?|improving)(?: \w+){0,2} (?:when|once|after|if|while)"
         r" (?:we|i|they|he|she) (?:go|get|went|got|are|were|was|is|leave|left|step) (?:out|outside|away|out of the house|to work)",
         # "better when out at school or work", "fine once away from the flat"
         r"(?:better|fine|ok|okay|goes away|go away|clears?|eases?|improves?|improving)(?: \w+){0,2} (?:when|once|while|if)"
         r"(?: (?:we|i|they|he|she|you) (?:are|am|were|go|get|went|got|is|was))? (?:(?:out )?at (?:school|work|college"
         r"|the shops?|church|the gym|the pub"
         r"|nursery|a friend['’]?s|(?:my|his|her|their|our) \w+['’]?s)|away from (?:home|the house|the flat)|out of the house)",
         # "better at school and work, worse in the evenings at home" (NHS CO poisoning: symptoms ease away from home)
         r"(?:better|fine|ok|okay|clears?|eases?|improves?|improving) (?:when )?(?:out )?(?:(?:during|in|through) the day(?:time)? )?"
         r"at (?:school|work|college|nursery)"
         r"(?: and (?:school|work|college|nursery))?",),
    ),
    # a fuel burned in a closed space (a tent, a car, a shut room): NHS / UKHSA carbon monoxide, the
    # commonest way campers and rough sleepers are poisoned; a pulse oximeter reads carboxyhaemoglobin as
    # oxygen, so a normal reading excludes nothing (the rule still needs symptoms)
    Concept(
        "co_enclosed",
        (r"(?:barbecue|bbq|charcoal|stove|heater|generator|brazier|burner)s?(?: [\w'’-]+){0,4}? (?:in|inside|into)"
         r" (?:a |the |their |his |her |my |our )?(?:(?:closed|zipped|zipped-up|zipped up|shut|sealed|small|tiny) )?"
         r"(?:tent|car|van|caravan|garage|cabin|camper ?van|campervan|shed|bedroom|closed room)\b(?! park)",
         r"(?:in|inside) (?:a |the |their |his |her |my |our )?(?:(?:closed|zipped|zipped-up|zipped up|shut|sealed|small|tiny) )?"
         r"(?:tent|car|van|caravan|garage|cabin|camper ?van|campervan|shed)(?: [\w'’-]+){0,6}? (?:burn\w*|lit|lighting"
         r"|running|ran|kept|left)(?: [\w'’-]+){0,3}? (?:barbecue|bbq|charcoal|stove|heater|generator|brazier|burner)s?\b",
         # an open fire of coals has no flue: in any room of a home it is the source (WHO indoor air 2014: the
         # charcoal brazier of Chilean, Spanish and Portuguese winters), where a heater in the living room is not
         r"(?:barbecue|bbq|charcoal|brazier|hibachi|coals)s?(?: [\w'’-]+){0,4}? (?:in|inside|into) (?:a |the |their |his |her |my"
         r" |our )?(?:(?:closed|shut|sealed|small|tiny) )?(?:room|bedroom|living room|lounge|kitchen|flat|apartment|hut"
         r"|shack|bedsit|house|workshop|warehouse|basement|cellar|store ?room)\b",
         # a fire of coals or a generator where the air cannot get out: the door or windows shut or the hood or
         # extractor fan broken, at home or at work (a restaurant's kitchen, a garage, a workshop; UKHSA CO)
         rf"{_FUEL}s?(?: [\w'’-]+){{0,4}}? (?:with|and) (?:the |all the |every )?(?:\w+ )?(?:doors?|windows?)"
         r"(?: (?:were|was|are|is|all|kept))? (?:shut|closed)\b",
         # ... a heater or stove run all night that way (NICE CKS carbon monoxide: a gas or paraffin heater in a shut
         # cabin, caravan or room overnight): "ran a gas heater overnight with the windows shut"
         # (not an electric one: no flame, no fumes)
         r"(?:heater|stove|burner|generator)(?<!electric heater)(?<!fan heater)(?<!oil-filled heater)(?<!oil filled heater)"
         r"(?<!panel heater)(?<!infrared heater)(?<!electric stove)(?<!induction stove)s?(?: [\w'’-]+){0,4}? (?:with|and) (?:the |all the |every )?(?:\w+ )?(?:doors?"
         r"|windows?|vents?)(?: (?:were|was|are|is|all|kept))? (?:shut|closed|sealed|blocked)\b",
         rf"{_FAN_BROKEN}(?: [\w'’-]+){{0,10}}? {_FUEL}",
         rf"{_FUEL}s?(?: [\w'’-]+){{0,10}}? {_FAN_BROKEN}",
         # ... and in Spanish and Portuguese: "prendimos el brasero en la pieza", "o braseiro no quarto"
         r"(?:brasero|braseiro|bracero|carb[oó]n|carv[aã]o|brasas)(?: [\w'’-]+){0,4}? (?:en|dentro de|no|na|dentro d[oa])"
         r" (?:el |la |mi |su |nuestr[oa] |o |a |um |uma )?(?:pieza|cuarto|habitaci[oó]n|dormitorio|living|comedor|cocina"
         r"|casa|auto|coche|carro|carpa|tienda|caravana|garaje|garagem|quarto|sala|barraca|cabana|barraco)\b",),
    ),
    Concept(
        "poisoned",
        (r"(?<!food )poison(?:ed|ing)|(?:spiked|drugged) (?:my|his|her) drink|roofied|drugged",),
    ),
    Concept(
        "gas_symptoms",
        (
            r"headaches?|dizz\w*|nause\w*|vomit\w*|feel(?:s|ing)? sick|confus\w*|drowsy|dopey",
            r"unresponsive|passed out|seiz\w*|(?:can['’]?t|cannot|can not|unable to) (?:breathe|stay awake)",
            # ... and as a household tells them together ("we all have pounding heads and feel like throwing up", "the
            # youngest is dozy and hard to keep awake"): NICE CKS carbon monoxide poisoning, headache, nausea and
            # vomiting, drowsiness
            r"(?:pounding|splitting|throbbing|banging|thumping|bursting) heads?\b|throw(?:ing|s)? up|threw up|puk(?:e|ed|ing)\b"
            r"|dozy|(?:hard|difficult) to keep (?:\w+ )?awake",
            # the same in Spanish and Portuguese, as a family may write them (a headache, nausea, dizziness,
            # confusion, drowsiness)
            r"dolor(?:es)? de cabeza|dor(?:es)? de cabe[cç]a|n[aá]usea\w*|mareo\w*|marea\w*|tontur\w*|confundid[oa]s?"
            r"|somnolient[oa]s?|sonolent[oa]s?|(?:muy|bien|muito) dormid[oa]s?|adormilad[oa]s?",
        ),
    ),
)

RULES: Final = (
    Rule("gas+symptoms", ("gas", "gas_symptoms")),
    Rule("co_source+shared+symptoms", ("co_source", "co_shared", "gas_symptoms")),
    Rule("co_source+away+symptoms", ("co_source", "co_away", "gas_symptoms")),
    Rule("co_shared+away+symptoms", ("co_shared", "co_away", "gas_symptoms")),
    Rule("co_enclosed+symptoms", ("co_enclosed", "gas_symptoms")),
    Rule("poisoned+symptoms", ("poisoned", "gas_symptoms")),
)
