"""Overdose and poisoning: excess or toxic ingestion, or unresponsiveness after drugs (Poison Help)."""

from __future__ import annotations

from typing import Final

from medgate.safety.rules.base import G2, G3, G5, Category, Concept, Rule, gap

_INGEST: Final = (
    r"(?:took|taken|swallow\w*|ate|eaten|drank|drunk|ingest\w*|chugged|popped|bit into|got into"
    r"|downed|overdosed on)"
)
_DRUG: Final = (
    r"(?:pills?|tablets?|tabs|capsules|caps|meds|medications?|medicines?|tylenol|acetaminophen"
    r"|paracetamol|ibuprofen|advil|aspirin|xanax|benzos?|oxy(?:codone|contin|s)|percocet"
    r"|fentanyl|heroin"
    r"|opioids?|morphine|insulin|iron|lithium|digoxin|sertraline|antidepressants?|sleeping"
    r"|gummies|edibles|vodka|alcohol|whiskey)"
)
_TOXIN: Final = (
    r"(?:bleach|antifreeze|anti-freeze|(?:dishwasher |laundry |detergent )?pods?|detergent"
    r"|drain cleaner|oven cleaner|cleaner|rat poison|pesticide|weed ?killer|lye|methanol"
    r"|windshield (?:washer )?fluid|lighter fluid|button batter(?:y|ies)|batter(?:y|ies)"
    r"|mushrooms|poison|cleaning (?:fluid|liquid|product|spray)|chemicals?|mouthwash"
    r"|(?:stuff|liquid|something|bottle) (?:from )?under the (?:kitchen |bathroom )?sink"
    r"|nail polish remover|gasoline|kerosene|paint thinner|hand sanitizer)"
)
_MANY: Final = (
    r"(?:too many|a (?:whole|full) bottle|the (?:whole|entire) bottle|a bunch|a handful|all"
    r"|(?:about |~|around |like )?(?:[1-9]\d+|ten|twenty|thirty|forty|fifty)\b)"
)
_CHILD: Final = (
    r"(?:toddler|child|kid|baby|infant|son|daughter|grandson|granddaughter"
    r"|\d+[- ]?(?:year|yr|month|mo)s?[- ]?old|\d+ ?yo)"
)

CONCEPTS: Final = (
    Concept(
        "overdose_named", (r"overdos\w*|(?-i:OD)(?:['’]?d)?\b|too many (?:pills|tablets|meds)",)
    ),
    Concept("excess_ingestion", (rf"{_INGEST}{G2}{_MANY}{G5}{_DRUG}",)),
    Concept("toxic_ingestion", (rf"{_INGEST}{G3}{_TOXIN}",)),
    Concept(
        "child_ingestion",
        (
            rf"{_CHILD}{G3}(?:swallow\w*|ate|eaten|got into|drank|chewed){gap(7)}{_DRUG}",
            rf"{_CHILD}{G3}(?:swallow\w*|ate|eaten|got into|drank|chewed){gap(10)}{_TOXIN}",
        ),
    ),
    Concept(
        "drug_taken",
        (
            r"fentanyl|heroin|opioids?|oxy(?:codone|contin|s)|xanax|benzos?|ghb|ketamine",
            r"needles?|syringes?|empty (?:pill )?bottles?",
            rf"(?:took|taking|used|using|shot up|snorted|smoked|injected|drank){G3}{_DRUG}",
        ),
    ),
    Concept(
        "unresponsive",
        (
            r"unresponsive|unconscious|passed out|not breathing|barely breathing",
            rf"(?:(?:can['’]?t|cannot|can not|unable to)|cannot|won['’]?t) (?:wake|rouse){G2}up|lips (?:are |turning |look )?blue",
            r"pinpoint pupils|(?-i:RR):? ?[0-8]\b|turning blue",
        ),
    ),
    Concept("gas", (r"carbon monoxide|(?-i:CO) (?:alarm|detector|poisoning)|gas leak",)),
    Concept(
        "poisoned",
        (r"(?<!food )poison(?:ed|ing)|(?:spiked|drugged) (?:my|his|her) drink|roofied|drugged",),
    ),
    Concept(
        "gas_symptoms",
        (
            r"headaches?|dizz\w*|nause\w*|vomit\w*|feel(?:s|ing)? sick|confus\w*|drowsy",
            r"unresponsive|passed out|seiz\w*|(?:can['’]?t|cannot|can not|unable to) (?:breathe|stay awake)",
        ),
    ),
)

RULES: Final = (
    Rule("named", ("overdose_named",)),
    Rule("excess_ingestion", ("excess_ingestion",)),
    Rule("toxic_ingestion", ("toxic_ingestion",)),
    Rule("child_ingestion", ("child_ingestion",)),
    Rule("drug+unresponsive", ("drug_taken", "unresponsive")),
    Rule("gas+symptoms", ("gas", "gas_symptoms")),
    Rule("poisoned+symptoms", ("poisoned", "gas_symptoms")),
)

CATEGORY: Final = Category("overdose", CONCEPTS, RULES, resources=("poison",))
