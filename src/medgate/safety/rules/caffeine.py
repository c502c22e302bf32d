"""An "overdose" of caffeine from drinks: no poisoning in a well adult.

TOXBASE (caffeine): toxicity is unlikely below about 10 mg/kg, far over the caffeine of a few coffees or
energy drinks (80-160 mg a can); jitteriness, a tremor and a pulse under 100 settle at home. NHS / FSA
caffeine advice: up to 400 mg a day is safe for an adult. Caffeine tablets or powder (a spoon of powder is
several grams), chest pain, a fast or irregular heartbeat, a fit, confusion, vomiting, a child, intent or
another drug still fire (overdose.RULES keeps them).
"""

from __future__ import annotations

from typing import Final

from medgate.safety.rules.base import Concept

# a caffeine product sold in concentrated form: tablets, powder, pre-workout, energy shots
_PRODUCT: Final = (r"(?:caffeine|caffeinated) (?:pills?|tablets?|tabs|powder|capsules|supplements?|gum|pouches|shots?)"
                   r"|caffeine anhydrous|pro[- ]?plus|no[- ]?doz|vivarin|pre[- ]?workout|energy shots?")

CAFFEINE_CONCEPTS: Final = (
    # the overdose told as one of caffeine or caffeinated drinks ("ODed on red bull", "overdosed on caffeine"),
    # not of a concentrated product ("overdosed on caffeine pills": `caffeine_product`)
    Concept("caffeine_drinks", (
        r"(?:overdos\w*|(?-i:OD)(?:['’]?d|['’]?ed)?) on (?:(?:too much|so much|all the|the|my|some) )?"
        r"(?:caffeine|energy drinks?|red ?bulls?|monsters?(?: energy)?|rockstars?|relentless|celsius)"
        r"(?! ?(?:pills?|tablets?|tabs|powder|capsules|supplements?|gum|pouches|shots?)\b)",)),
    Concept("caffeine_product", (_PRODUCT,)),
    # the heart in caffeine toxicity: chest pain, palpitations, an irregular or fast beat (a rate of 100 or
    # more; a watch's 92 is within normal), told anywhere in the message
    Concept("caffeine_danger", (
        r"chest (?:pain|pains|tight\w*|pressure|hurts?)|tight(?:ness)? (?:in )?(?:my |the )?chest|palpitat\w*"
        r"|heart (?:is |keeps |was )?(?:racing|pounding|skipping|fluttering|jumping|all over the place)"
        r"|irregular (?:heart ?beat|pulse|heart|rhythm)|(?:heart ?beat|pulse|heart ?rate) (?:is |feels )?irregular"
        r"|(?:pulse|heart ?rate|(?-i:HR))(?: [a-z'’]+){0,4}:? ?(?:1\d\d|2\d\d)\b|(?:1\d\d|2\d\d) ?bpm",)),
)

# what keeps an "overdose" of caffeine from drinks an alarm: the concentrated product, the heart, and the
# overdose category's own signs of toxicity, intent, a child and any other drug
CAFFEINE_KEEPS: Final = ("caffeine_product", "caffeine_danger", "toxic_signs", "toxidrome", "unresponsive", "deliberate",
                         "child_patient", "medicine_named", "paracetamol", "other_drug_taken", "street_drug")
