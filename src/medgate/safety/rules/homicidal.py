"""Homicidal ideation: intent or thoughts of killing or harming a person (988 Lifeline, 911)."""

from __future__ import annotations

from typing import Final

from medgate.safety.rules.base import G2, G3, Category, Concept, Rule

_INTENT: Final = (
    r"(?:going to|gonna|want(?:s|ed)? to|will|i['’]?ll|he['’]?ll|she['’]?ll|they['’]?ll|plan(?:ning)? to"
    r"|think(?:ing)? (?:about|of)|thoughts? (?:about|of)|could|ready to|about to"
    r"|fantasi[sz]\w* about|urges? to|intend\w* to|imagin\w*|picturing|swear i will)"
)
_HARM: Final = (
    r"(?:kill|murder|shoot|stab|hurt|harm|strangl|smother|poison|chok|beat|attack|slash|burn)\w*"
)
_PERSON: Final = (
    r"(?:(?:my|his|her|their|your|the|that) (?:\w+ )?(?:step-?)?(?:boss|wife|husband|partner|ex|ex-\w+"
    r"|girlfriend|boyfriend|mother|mom|mum|father|dad|son|daughter|baby|child|kids?|children"
    r"|family|neighbou?rs?|roommate|coworkers?|co-workers?|brother|sister|teacher|friends?"
    r"|landlord|parents?|manager|siblings?|people|guy|man|woman|cop|doctor|nurse)"
    r"|him|her|them|everyone|everybody|people|someone|somebody|all of them)"
)

CONCEPTS: Final = (
    Concept("intent_to_harm", (rf"{_INTENT}{G2}{_HARM} {_PERSON}",)),
    Concept(
        "named",
        (
            r"homicid\w*|(?-i:HI)\b(?!/)|(?:mass|school) shooting",
            r"shoot up (?:my|the|a|his|her) (?:school|workplace|work|office|church|mall|class)",
            r"burn (?:their|his|her) (?:house|home|place) down",
            rf"(?:put|slip|mix)\w*{G3}(?:in|into) (?:my |his |her |their )?\w+['’]?s? (?:food|drink|coffee)",
        ),
    ),
)

RULES: Final = (
    Rule("intent_to_harm", ("intent_to_harm",)),
    Rule("named", ("named",)),
)

CATEGORY: Final = Category("homicidal_ideation", CONCEPTS, RULES, resources=("crisis",))
