"""A firearm at hand with a warning sign of suicide: the most lethal means, kept within reach.

AFSP "risk factors and warning signs" and NICE NG225 (self-harm, 2022) 1.5: ask about access to means;
a firearm in the home is the strongest means-related risk (most firearm suicides are of older men,
above all rural, widowed or newly diagnosed with a serious illness). A gun kept, with hopelessness,
talk of being a burden or of not being around, a goodbye, a sudden calm, or future care told as not
needed ("the scan? I won't be needing it") is an emergency. A gun with affairs put in order alone is not
read (a dying man's will and his shotgun licence), nor treatment declined (a palliative choice: "no point
in more chemo").
"""

from __future__ import annotations

from typing import Final

from medgate.safety.rules.base import Concept, Rule

_GUN: Final = r"(?:guns?|shotguns?|rifles?|firearms?|pistols?|handguns?|revolvers?)"

CONCEPTS: Final = (
    Concept(
        "firearm_at_hand",
        (rf"(?<!no longer )(?<!not )(?:has|have|had|kept|keeps?|keeping|owns?|owned|holds?|still has|has still got|has got)"
         rf" (?:(?:his|her|my|their|a|an|the|two|some|several|(?:his|her|my|their) (?:old|late \w+['’]s|dad['’]s))"
         rf" )?(?:[\w'’-]+ )?{_GUN}\b|{_GUN} (?:kept |locked )?(?:in|at) (?:the|his|her|my|their) (?:house|home|farm|flat|shed)"
         # ... or told after it: "the shotgun he keeps in the shed", "a rifle she has at home"
         rf"|{_GUN} (?:he|she|they|i) (?:still )?(?:keeps?|kept|has|have|owns?)(?: locked)? (?:in|at|under|on)\b",),
    ),
    # future care told as not needed, as if not to be around for it: "the scan? he won't be needing it", "'no
    # point' in the follow-up, I won't be around" (the "no" of "no point" is part of the phrase, no denial);
    # care declined as pointless alone is a palliative choice, and a named appointment not needed is admin
    Concept(
        "future_declined",
        (r"(?:won['’]?t|will not|wont|shan['’]?t) be needing (?:it|them|any of (?:it|them))\b(?!['’\"”]? (?:after|beyond|past"
         r"|from|until|till|any ?more|because|as|now|today|for|if)\b)",
         r"(?:no point|pointless)['’\"”]?[^.!?\n]{0,60}?\b(?:won['’]?t|will not|wont) be (?:needing|around|here)\b",),
    ),
)

_TALK: Final = ("hopeless", "hopeless_thought", "burden_or_end", "farewell", "sudden_calm", "passive_wish",
                "future_declined", "life_ending_thoughts")

RULES: Final = tuple(Rule(f"firearm_at_hand+{sign}", ("firearm_at_hand", sign)) for sign in _TALK)
