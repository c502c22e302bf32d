"""Exposures whose treatment runs against a clock: HIV post-exposure prophylaxis, emergency
contraception and rabies post-exposure care, all same-day.

BASHH/BHIVA UK guideline for the use of HIV post-exposure prophylaxis (PEPSE, 2021): PEP is started as
soon as possible after an exposure, ideally within 24 hours and not beyond 72; it is recommended after
condomless sex with a partner known to have HIV whose viral load is not known to be undetectable, and
after receptive anal sex with a partner of unknown status; not where the source is known undetectable on
treatment, or known negative. UKHSA Rabies post-exposure treatment guidelines (2024) and WHO (2018): a
bite or scratch from a mammal in a country with rabies is risk-assessed the same day however long ago it
was (category II and III exposures: vaccine at once); a bite that breaks the skin at home is NICE NG184's
(same_day.py).
"""

from __future__ import annotations

from typing import Final

from medgate.safety.findings.base import Discriminator
from medgate.safety.findings.travel import PLACE
from medgate.safety.rules.base import Concept

# mammals that carry rabies where it is endemic (WHO: dogs above all, monkeys, cats, bats, foxes)
_MAMMAL: Final = r"(?:monkeys?|macaques?|dogs?|pupp(?:y|ies)|cats?|kittens?|bats?|fox(?:es)?|jackals?|mongoos\w+|raccoons?)"
_PEP: Final = "BASHH/BHIVA PEPSE 2021: HIV post-exposure prophylaxis within 72 hours, as soon as possible"
_RABIES: Final = "UKHSA rabies post-exposure guidelines (2024); WHO 2018: a mammal's bite or scratch abroad, same day"

CONCEPTS: Final = (
    # what may pass HIV: a condom that failed, sex without one, a used needle, an assault
    Concept("hiv_exposure_act", (
        r"condoms? (?:came off|come off|broke|burst|split|slipped(?: off)?|failed|tore|ripped)"
        r"|(?:unprotected|condomless|bareback\w*) (?:\w+ )?(?:sex|intercourse)|(?:sex|intercourse) without (?:a )?condom"
        r"|needle ?stick|sharps injury|(?:pricked|jabbed|stabbed)(?: \w+){0,3} (?:by|with|on) (?:a )?(?:used |dirty )?needle"
        r"|shared (?:a )?(?:needles?|syringes?)|raped|sexual(?:ly)? assault\w*",
    )),
    # emergency contraception asked for or named (FSRH emergency contraception guideline 2017, updated 2023: as soon
    # as possible after unprotected sex or a failed method, a copper IUD or ulipristal up to 120 hours)
    Concept("emergency_contraception", (r"emergency contracepti\w*|morning[- ]after pill|\bi-?pill\b|\bplan b\b|ella ?one"
                                        r"|ulipristal|levonorgestrel|levonelle|postinor|unwanted[- ]?72|(?-i:EHC)\b",)),
    # the clock told running late: over a day since, or the worry that it is too late (FSRH 2017/2023: levonorgestrel
    # loses effect with each day and not beyond 72 hours; ulipristal or a copper IUD to 120 hours need a clinician)
    Concept("ec_clock_late", (r"too late|still (?:have |got )?(?:the )?time|still (?:works?|effective|in time|ok to take)"
                              r"|(?:2[4-9]|[3-9]\d|1[01]\d) ?(?:hours?|hrs?|h)\b|(?:2|3|4|5|two|three|four|five) days ago",)),
    # the source known to have HIV ("he told me he's HIV positive", "her partner has HIV")
    Concept("hiv_source_positive", (r"hiv[- ]?(?:positive|pos\b|\+)|(?:has|have|had|got|with|living with|diagnosed with) hiv\b",)),
    # receptive anal sex without a condom, or with one that failed: PEPSE's highest-risk act
    Concept("receptive_anal", (r"receptive anal|(?:unprotected|condomless|bareback\w*) (?:receptive )?anal",)),
    # PEPSE 2021: no PEP when the source is undetectable on treatment (U=U) or known negative
    Concept("source_not_infectious", (
        r"undetectable|(?:viral load|(?-i:VL))(?: \w+){0,3} (?:is |was )?(?:undetectable|suppressed)|(?-i:U=U)"
        r"|(?:both|partner|he|she|they)(?: \w+){0,3} tested negative|hiv[- ]negative",
    )),
    # within PEP's three days, beyond common.recent_hours' "last night" and "hours ago"
    Concept("within_three_days", (r"yesterday|the day before yesterday|(?:[1-3]|one|two|three|a couple of) days? ago",)),
    # a mammal's bite or scratch, the animal told before or after ("a monkey at the temple bit my son",
    # "scratched on the arm by a stray cat")
    Concept("mammal_bite_or_scratch", (
        rf"(?:bit|bitten|scratched|nipped|clawed)(?: [\w'’]+){{0,8}}? by (?:an? |the |some |our |my |their )?(?:[\w'’-]+ )?{_MAMMAL}\b"
        rf"|{_MAMMAL}(?: [\w'’]+){{0,6}}? (?<!\ba )(?:bit|scratched|nipped|clawed)\b(?! of)"
        rf"|{_MAMMAL}['’]?s? (?:bite|scratch)(?:es|s)?\b",
    )),
    # away in, or back from, a country with rabies: told as a trip or by the place
    # (a town may come first, before its country or island: "from Ubud, Bali", "in Hoi An, Vietnam")
    Concept("abroad", (rf"(?:on holiday|abroad|overseas|travelling|traveling|backpacking)\b|(?:in|at|from|near)"
                       rf" (?:[\w'’-]+(?: [\w'’-]+)?, )?{PLACE}\b",)),
)

DISCRIMINATORS: Final = (
    Discriminator("possible HIV exposure within 72 hours", "urgent", ("hiv_exposure_act", "hiv_source_positive"),
                  any_of=("recent_hours", "within_three_days"), none_of=("source_not_infectious", "weeks_ago"),
                  source=_PEP),
    Discriminator("receptive anal sex without a condom within 72 hours", "urgent", ("receptive_anal",),
                  any_of=("recent_hours", "within_three_days"), none_of=("source_not_infectious", "weeks_ago"),
                  source=_PEP),
    # a failed condom or sex without one, with emergency contraception asked about as the clock runs late (over a
    # day since, or "is it too late?"): the same day, before the 120 hours close; within hours, the pill bought
    # at a pharmacy is self-care (not when the act was weeks ago)
    Discriminator("emergency contraception late after a failed condom or unprotected sex", "urgent",
                  ("hiv_exposure_act", "emergency_contraception", "ec_clock_late"), none_of=("weeks_ago", "chronic_only"),
                  source="FSRH emergency contraception guideline (2017, amended 2023): as soon as possible, within"
                         " 120 hours"),
    Discriminator("a mammal's bite or scratch abroad", "urgent", ("mammal_bite_or_scratch",),
                  any_of=("abroad", "returned_from_endemic"), source=_RABIES),
)
