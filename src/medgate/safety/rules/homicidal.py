"""Homicidal ideation: intent or thoughts of killing or harming a person (988 Lifeline, 911)."""

from __future__ import annotations

from typing import Final

from medgate.safety.rules.base import G1, G2, G3, Category, Concept, Rule, gap

_INTENT: Final = (
    r"(?:going to|gonna|want(?:s|ed)? to|will|i['’]?ll|he['’]?ll|she['’]?ll|they['’]?ll|plan(?:ning)? to"
    r"|think(?:ing)? (?:about|of)|thoughts? (?:about|of)|ready to|about to|intent(?:ion)? to"
    r"|(?:plan(?:ning)?|work(?:ed|ing)? out) how to"
    r"|fantasi[sz]\w* about|urges? to|intend\w* to|imagin\w*|picturing|swear i will)"
)
_HARM: Final = (
    r"(?:(?:kill|murder|shoot|stab|hurt|harm|strangl|smother|poison|chok|beat|attack|slash|burn)\w*|end)"
)
_PERSON: Final = (
    r"(?:(?:(?:my|his|her|their|your|the|that|a) (?:\w+ )?)?(?:step-?)?(?:boss|wife|husband|partner|ex|ex-\w+"
    r"|colleague|co-?worker"
    r"|girlfriend|boyfriend|mother|mom|mum|father|dad|son|daughter|baby|child|kids?|children"
    r"|family|neighbou?rs?|roommate|coworkers?|co-workers?|brother|sister|teacher|friends?"
    r"|landlord|parents?|manager|siblings?|people|guy|man|woman|cop|doctor|nurse)"
    r"|him|her|them|everyone|everybody|people|someone|somebody|all of them)"
)

_FIREARM: Final = (
    r"(?:guns?|rifles?|pistols?|handguns?|shotguns?|ar-?15|ammo|ammunition|bombs?|explosives?"
    r"|weapons?)"
)
_WEAPON: Final = rf"(?:{_FIREARM}|knife|knives|machete|axe)"
_PLACE: Final = r"(?:school|class|college|campus|work|office|church|mosque|synagogue|mall|party)"

CONCEPTS: Final = (
    Concept("intent_to_harm", (rf"{_INTENT}{G2}{_HARM} {_PERSON}",)),
    # "I could kill my brother, he ate my leftovers" is the everyday idiom: only with a weapon,
    # revenge or a known target does "could" count
    Concept("could_harm", (rf"could{G2}{_HARM} {_PERSON}",)),
    Concept(
        "target_known",
        (r"know (?:exactly )?where (?:he|she|they|him|her) (?:lives?|works?|will be|drinks)"
         r"|(?:been )?(?:watching|following|waiting for) (?:him|her|them)",),
    ),
    # a threat without the word "kill": a weapon taken where people are
    Concept(
        "weapon_to_place",
        (
            rf"{_INTENT}{G2}(?:bring|take|carry|sneak)\w*{G3}{_FIREARM}{G2}(?:to|into|in|at) "
            rf"(?:the |my |our |his |her |their )?{_PLACE}",
        ),
    ),
    Concept("weapon", (_WEAPON,)),
    # Psychosis with persecutory beliefs and a weapon got or kept against the persecutors is a risk
    # to others for emergency mental health assessment (NICE CG178 / QS80: risk of harm to others;
    # Royal College of Psychiatrists: a weapon acquired "for protection" in a persecutory psychosis)
    Concept(
        "armed",
        (rf"(?:bought|buy|buying|got|getting|carr(?:y|ies|ying)|keep(?:s|ing)?|kept|hid(?:den|ing)?|sleep(?:s|ing)? with)"
         rf" (?:a |an |the |his |her |my |their )?(?:\w+ )?{_WEAPON}",),
    ),
    Concept(
        "persecutory",
        (r"(?:putting|put|stealing|stole|reading|controlling|inserting|beaming|broadcasting) (?:\w+ )?(?:thoughts|mind|brain)"
         r"|(?:out to get|plotting against|conspiring against|spying on|poisoning) (?:me|him|her|them|us)"
         r"|(?:spying on|monitoring) (?:me|him|her|us)|(?:neighbou?rs|the government|the police|they|people)(?: \w+){0,3}"
         r" (?:are |is )?(?:watching|following|after|controlling) (?:me|him|her|us)"
         r"|hearing voices|delusion\w*|psychos[ie]s|psychotic|persecut\w*",),
    ),
    # a method aimed at another person, told as a plan
    Concept(
        "method_on_other",
        (rf"{_INTENT}{G2}(?:put|hold|press)\w* (?:a |the )?(?:pillow|cushion|bag) over (?:his|her|their) (?:face|head)",),
    ),
    Concept(
        "revenge",
        (
            r"make (?:them|him|her|you|everyone|everybody|people|those \w+) (?:all )?pay",
            r"(?:get|take) (?:my |his |her )?revenge|get (?:back at|even with)",
            r"(?:teach|show) (?:them|him|her|everyone) (?:all )?a lesson|they['’]?ll all be sorry",
        ),
    ),
    # command hallucinations: voices telling the patient to hurt someone
    Concept(
        "command_hallucination",
        (
            rf"(?:voices?|god|the devil|demons?|spirits?){gap(4)}(?:tell|command|order|instruct"
            rf"|say)\w*{gap(3)}{_HARM}{G1}{_PERSON}",
        ),
    ),
    Concept(
        "named",
        (
            # "HI" is homicidal ideation in a psychiatric note, but a glucose meter's reading after
            # "sugar", "glucose", "meter", "BM" or "reads/says"
            r"homicid\w*|(?<!sugar )(?<!sugars )(?<!glucose )(?<!meter )(?<!BM )(?<!says )(?<!reads )"
            r"(?<!reading )(?<!read )(?<!shows )(?<!showing )(?-i:HI)\b(?!/)|(?:mass|school) shooting",
            r"shoot up (?:my|the|a|his|her) (?:school|workplace|work|office|church|mall|class)",
            r"burn (?:their|his|her) (?:house|home|place) down",
            rf"(?:put|slip|mix)\w*{G3}(?:in|into) (?:my |his |her |their )?\w+['’]?s? (?:food|drink|coffee)",
        ),
    ),
)

RULES: Final = (
    Rule("intent_to_harm", ("intent_to_harm",)),
    Rule("named", ("named",)),
    Rule("weapon_to_place", ("weapon_to_place",)),
    Rule("weapon+revenge", ("weapon", "revenge")),
    Rule("could_harm+weapon", ("could_harm", "weapon")),
    Rule("armed+persecutory", ("armed", "persecutory")),
    Rule("could_harm+revenge", ("could_harm", "revenge")),
    Rule("could_harm+target_known", ("could_harm", "target_known")),
    Rule("command_hallucination", ("command_hallucination",)),
    Rule("method_on_other", ("method_on_other",)),
)

CATEGORY: Final = Category("homicidal_ideation", CONCEPTS, RULES, resources=("crisis",))
