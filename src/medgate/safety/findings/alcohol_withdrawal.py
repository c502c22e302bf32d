"""Alcohol withdrawal with a seizure or delirium: a daily heavy drinker who has stopped, then fits or sees things.

Sources: NICE CG100 (alcohol-use disorders: physical complications, 2010, 1.1.1-1.1.2): admit a person in
acute alcohol withdrawal who has had, or is at risk of, withdrawal seizures or delirium tremens; delirium
tremens (confusion, hallucinations, tremor, sweating, a fast heart, within days of stopping) is a medical
emergency. A shake and a sweat alone after stopping is mild withdrawal, left to the other findings.
"""

from __future__ import annotations

from typing import Final

from medgate.safety.findings.base import Discriminator, Group
from medgate.safety.findings.wernicke import CONCEPTS as _WERNICKE
from medgate.safety.rules.base import Concept

_DRINKS: Final = r"(?:vodka|whisky|whiskey|gin|rum|spirits|wine|beer|lager|cider|alcohol|booze|drink)"

CONCEPTS: Final = (
    # daily drinking told plainly, in any order ("drinking every day vodka maybe 1 bottle", "drinks a litre of
    # cider a day"), or the heavy drinking Wernicke's findings already read
    Concept("daily_drinker", (
        rf"drink\w*(?: \w+){{0,4}} (?:every ?day|daily|each day|all day)|(?:every ?day|daily) {_DRINKS}"
        rf"|{_DRINKS} (?:every|each) day",
        *next(c for c in _WERNICKE if c.name == "heavy_drinking").patterns,
    )),
    # the drinking stopped days ago (withdrawal begins 6-24 h after the last drink)
    Concept("stopped_drinking", (
        r"(?:stopped|quit|gave up|cut out|ran out of|no more) (?:drinking|the drink|the booze|alcohol|\w+ (?:vodka|booze|drink))"
        r"|(?:he|she|they|i|and|but) (?:stopped|quit)\b(?: \w+){0,2} (?:\d|one|two|three|four|five|a few|several) days? ago"
        r"|(?:last|no) drink (?:for|since|was)",
    )),
    Concept("withdrawal_seizure", (r"seiz\w*|fit\b|fitting|convuls\w*",)),
    # hallucinations and a new muddle: delirium tremens
    Concept("withdrawal_delirium", (
        r"hallucinat\w*|(?:seeing|sees|see|saw|say|says|said) (?:\w+ ){0,3}(?:insects|bugs|spiders|snakes|rats|things)"
        r"|(?:insects|bugs|spiders|snakes|rats) (?:on|in|crawling|all over)"
        r"|(?:do|does)(?:n['’]?t| not) know (?:where|who|he|she|they)|confus\w*|disorient\w*",
    )),
)

DISCRIMINATORS: Final = (
    Discriminator(
        "alcohol withdrawal with a seizure or delirium tremens", "emergent", ("daily_drinker", "stopped_drinking"),
        any_of=("withdrawal_seizure", "withdrawal_delirium"),
        source="NICE CG100 1.1.1-1.1.2: withdrawal seizures or delirium tremens, admit now",
    ),
)

GROUP: Final = Group("alcohol_withdrawal", CONCEPTS, DISCRIMINATORS)
