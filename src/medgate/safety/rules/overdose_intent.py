"""Paracetamol swallowed in distress: an intentional overdose, emergent whatever the amount or symptoms.

NICE CKS "Poisoning or overdose" and TOXBASE (paracetamol): every intentional paracetamol overdose
is referred to the emergency department at once, however well the person seems, because liver injury
shows no symptoms for a day or more and the antidote works best early. A deliberate ingestion is
often told only by its occasion: tablets taken "after a row", "after the break-up". Not a dose for a
headache or the usual one or two tablets (a normal dose, whatever upset came before it).
"""

from __future__ import annotations

from typing import Final

from medgate.safety.rules.base import Concept, Rule, gap

_PARACETAMOL: Final = (r"(?:paracetamol|acetaminophen|tylenol|panadol|calpol|co-?codamol|solpadeine|crocin|doliprane"
                       r"|dafalgan|efferalgan|panado|panamax)")
_TOOK: Final = r"(?:took|taken|swallow\w*|downed|necked|popped|ate|eaten)"
_CLOSE: Final = (r"(?:dad|father|mum|mom|mother|parents?|partner|boyfriend|girlfriend|husband|wife|ex|sister|brother"
                 r"|family|friends?|step-?(?:dad|mum|mom|father|mother))")

CONCEPTS: Final = (
    Concept("paracetamol_swallowed", (rf"{_TOOK}{gap(8)}{_PARACETAMOL}",)),
    # the occasion that tells the intent: after a quarrel, a break-up or bad news between close people
    Concept(
        "upset_occasion",
        (r"after (?:a|an|the|another|a big|a huge|a massive|a bad|a horrible) (?:row|argument|fight|falling[- ]out|bust[- ]?up"
         r"|break[- ]?up|screaming match|shouting match|blazing row)",
         rf"after (?:my|his|her|their) (?:\w+ )?{_CLOSE} (?:ended|dumped|left|broke up|finished|split|walked out|kicked)",
         r"after (?:being|getting|i was|she was|he was) (?:dumped|bullied|kicked out|thrown out|shouted at)",
         rf"(?:row|argument|fight|falling[- ]out) with (?:my|his|her|their) (?:\w+ )?{_CLOSE}\b",),
    ),
    # tablets swallowed in a number or a pack ("two strips", "about 30 tablets", "a handful of pills")
    Concept("tablets_swallowed", (rf"{_TOOK}{gap(8)}(?:tablets|pills|caps(?:ules)?|strips|blister packs?|packets|boxes"
                                  rf"|{_PARACETAMOL})\b",)),
    # a wish not to wake up told in the past of the moment they were taken ("I didn't want to wake up
    # tomorrow"): the present tense is the suicide rules' passive wish; the past alone may be only tiredness
    # (not a lie-in: "didn't want to wake up at 6 for work", "... this morning")
    Concept("no_wake_wish", (r"(?:didn['’]?t|did not|never) want(?:ed)? to wake up(?! (?:at \d|for (?:work|school|college|uni)"
                             r"|early|so early|this morning|in the morning|on time))",)),
    # an ordinary dose, or one taken for pain: no intent read from the occasion
    Concept(
        "ordinary_dose",
        (rf"{_TOOK} (?:a|one|two|1|2|a couple of|my usual|the usual|his usual|her usual|a normal|the normal|a single"
         r"|the recommended)(?: \d{3} ?mg| extra[- ]strength| regular| normal)? (?:paracetamol|acetaminophen|tylenol|panadol|co-?codamol|tablets?|pills?|doses?)\b",
         r"for (?:the|my|his|her|a|this|that) (?:\w+ )?(?:headache|migraine|pain|ache|fever|temperature|toothache|period pains?"
         r"|back|cold|flu|hangover)\b",),
    ),
)

RULES: Final = (
    Rule("deliberate paracetamol", ("paracetamol_swallowed", "upset_occasion"), none_of=("ordinary_dose",)),
    # tablets swallowed with a wish not to wake up: an intentional overdose (NICE CKS, TOXBASE)
    Rule("tablets taken to not wake up", ("tablets_swallowed", "no_wake_wish"), none_of=("ordinary_dose",)),
)
