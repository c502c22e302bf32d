"""A dislocated knee (the tibiofemoral joint, not the kneecap) with a sign that its artery is hurt.

BOAST "Management of knee dislocations" / BOA and the Eastern Association for the Surgery of Trauma (EAST)
practice guideline on popliteal artery injury: a knee dislocation, even one reduced on the field, injures the
popliteal artery in up to a third; a cool or pale foot, a weak or absent foot pulse or numbness of the foot is a
vascular injury until shown otherwise (an emergency, revascularisation within hours). A kneecap (patella) that
popped out and back with a normal foot is no such injury and is not read here.
"""

from __future__ import annotations

from typing import Final

from medgate.safety.findings.base import Discriminator
from medgate.safety.rules.base import Concept

_KNEE: Final = r"knee(?!\s?caps?\b)(?! joint replacement)"  # (not the kneecap, a patellar dislocation)
_POSS: Final = r"(?:his |her |my |their |the )?(?:left |right )?"
_FOOT_PULSE: Final = r"(?:dorsalis pedis|posterior tibial|pedal|foot|distal|popliteal)(?: pulses?)?"

CONCEPTS: Final = (
    Concept(
        "knee_dislocation",
        (rf"dislocat\w* {_POSS}{_KNEE}|{_KNEE} dislocation"
         # the knee told gone out of joint ("knee 'went sideways' in a ruck", "his knee popped right out")
         rf"|{_KNEE}(?: (?:joint|had|has|just|completely))? ['‘\"“]?(?:dislocat\w*|went sideways|gone sideways|went the wrong way"
         r"|popped (?:right )?out|came out of (?:joint|place)|out of (?:joint|place))",),
    ),
    # the foot below it told cool, pale or without its pulse (EAST: hard and soft signs of arterial injury)
    Concept(
        "foot_ischaemia_sign",
        (r"(?:foot|feet|toes)(?: \w+){0,3} (?:cool\w*|cold\w*|pale\w*|white|blue|mottled|dusky)"
         r"|(?:cool|cold|pale|white|mottled|dusky) (?:left |right )?(?:foot|feet|toes)\b"
         rf"|{_FOOT_PULSE} (?:is |was |are )?(?:weak\w*|absent|faint|diminished|reduced|thready|impalpable|not palpable"
         r"|not felt|barely (?:palpable|felt)|only just (?:palpable|felt)|hard to (?:feel|find))"
         rf"|(?:weak|absent|faint|diminished|reduced|thready|impalpable|no) {_FOOT_PULSE}(?: pulses?)?\b"
         r"|(?:can['’]?t|cannot|could ?n['’]?t) (?:feel|find) (?:a |the |his |her )?(?:pulse in (?:the|his|her) foot|foot pulse)",),
    ),
)

DISCRIMINATORS: Final = (
    Discriminator("a dislocated knee with a cool foot, a weak pulse or numbness", "emergent", ("knee_dislocation",),
                  any_of=("foot_ischaemia_sign", "limb_numb"), none_of=("chronic_only",),
                  source="BOAST knee dislocation; EAST popliteal artery injury: a vascular injury until shown otherwise,"
                         " emergency vascular assessment"),
)
