"""Pseudo-triggers: phrases that look like triggers and are not ("no longer", "not only", "if I'm
honest"); each blocks the triggers it overlaps."""

from __future__ import annotations

from typing import Final

from medgate.safety.triggers.base import HYPO, NEG, PSEUDO, Trigger

PSEUDO_TRIGGERS: Final[tuple[Trigger, ...]] = (
    Trigger(
        r"no longer|not only|no change|no improvement|no relief|not relieved|no better", PSEUDO
    ),
    Trigger(
        r"no one(?! (?:else )?in (?:the|my|our|his|her|their) family)|nobody(?! (?:else )?in (?:the|my|our|his|her|their)"
        r" family)|no matter|not sure|no idea|not certain|without (?:any )?warning", PSEUDO
    ),
    Trigger(r"gram[- ]negative|no response to|not responding|not making sense", PSEUDO),
    # Scots and Northern English "no" for "not" before a verb: "she's no making sense", "he's no
    # eating" (a present-tense verb, as "is not breathing" above, is the finding, not its denial)
    # (and in its perfect: "she's no been herself since yesterday", "he's no been right")
    Trigger(r"(?:she|he|they|i|you|we|it)(?:['’]s|['’]m|['’]re| is| are| was| were| am| has| have) no (?:been )?(?:making|talking|breathing"
            r"|responding|waking|moving|eating|drinking|feeding|speaking|answering|right|well|himself|herself)\b", PSEUDO),
    # a worry about what may happen, not what has: "I worry one of them will overdose"
    Trigger(r"(?:worr(?:y|ied|ies)|scared|afraid|frightened|terrified|petrified|in case)(?: that)?(?: [\w'’]+){0,4}"
            r" (?:will|might|could|may|would)", HYPO, max_words=4),
    # ... told with a contracted "will": "terrified she'll have a fit" (to the clause's end only)
    Trigger(r"(?:worr(?:y|ied|ies)|scared|afraid|frightened|terrified|petrified)(?: that)?(?: [\w'’]+){0,3}"
            r" (?:she|he|they|it|i|you|we)['’]ll", HYPO, max_words=4, clause=True),
    # nobody in the family has it: a family history, and a negative one
    Trigger(r"(?:no one|nobody) (?:else )?in (?:the|my|our|his|her|their) family", NEG, max_words=3),
    # a product's warning or leaflet names a risk, not an event: "the game has a warning about
    # seizures", "the leaflet warns of liver damage"
    Trigger(r"(?:warnings?|warns|labels?|leaflets?|disclaimers?) (?:about|of|for|against|on)", HYPO, max_words=4),
    # a general claim about what can happen to people, not a report about the patient: "my sister
    # said babies can have seizures", "people can get clots on long flights"
    Trigger(r"(?<!my )(?<!our )(?:babies|infants|kids|children|people|women|men|adults|anyone|some people)"
            r" (?:can|could|may|might|sometimes) (?:have|get|develop|go into|suffer)", HYPO, max_words=5),
    # a duration is the present illness: "a 6-hour history of high fever", "3 days' history of"
    Trigger(
        r"(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|several|few)[- ]?(?:minutes?|hours?"
        r"|hrs?|days?|weeks?|wks?|months?)['’]?(?:[- ]long)? (?:history|hx) of|(?:hours?|days?|weeks?|months?)['’]"
        r" (?:history|hx) of",
        PSEUDO,
    ),
    # an age is not a history: the "old" of "60-year-old" or "6 weeks old" starts no scope
    Trigger(
        r"(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[- ]?"
        r"(?:years?|yrs?|months?|mos?|weeks?|wks?|days?)[- ]old",
        PSEUDO,
    ),
    # ... and phrases of speech, so "without going into detail, I plan to end it" or "if I'm
    # honest I want to die" late in a message are not negated or made hypothetical
    Trigger(r"without (?:going into|getting into|wanting to|meaning to|a doubt|question)", PSEUDO),
    # a manner of telling, not an absence: "he mentions, without much expression, that ..." negates nothing
    Trigger(r"without (?:much |any |a trace of |visible |obvious )?(?:expression|emotion|feeling|fuss|hesitation|affect)", PSEUDO),
    # a question about an act already done, not a hypothetical: "is it bad if i took 20 of them last night"
    Trigger(r"(?:is|was|would) (?:it|that|this) (?:\w+ )?(?:bad|ok|okay|alright|all right|dangerous|serious|safe|normal|harmful"
            r"|a problem|an issue|a worry) if(?= (?:i|he|she|they|we|my \w+|our \w+)(?: just| already| accidentally)?"
            r" (?:took|swallowed|ate|drank|downed|necked|popped|overdosed|(?:have|has|['’]ve) (?:taken|swallowed|had))\b)", PSEUDO),
    Trigger(
        r"if i['’]?m (?:being )?(?:honest|truthful)|if (?:i|you) (?:must|have to) know|"
        r"if that makes sense|if anything|as if|even if|if i['’]?m being real",
        PSEUDO,
    ),
)
