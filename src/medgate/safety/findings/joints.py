"""A hot, swollen joint: septic arthritis until proven otherwise.

Sources: NICE CKS "Septic arthritis" (2023) and the BSR/BOA/RCGP guideline on the management of the
hot swollen joint in adults (Coakley G et al., Rheumatology 2006;45:1039): an acutely hot, swollen
joint needs same-day assessment (aspiration); with fever or rigors, emergency admission.
"""

from __future__ import annotations

from typing import Final

from medgate.safety.findings.base import Discriminator, Group
from medgate.safety.rules.base import Concept

_JOINT = r"(?:knee|ankle|hip|elbow|wrist|shoulder|joint|big[- ]toe(?: joint)?|toe|finger joint|knuckle)"
_HOT = r"(?:swollen|hot|warm|red|inflamed)"
# a rash on the skin over a joint is no red joint ("an itchy red rash on her wrist under the strap":
# a contact dermatitis, NICE CKS)
SKIN_LESION = r"(?:rash\w*|spots?|patch\w*|marks?|blotch\w*|hives|welts?|bumps?|itch\w*|eczema|dermatitis)\b"

CONCEPTS: Final = (
    Concept(
        "hot_swollen_joint",
        (
            rf"{_JOINT}(?: (?!{SKIN_LESION})\w+){{0,3}} (?:is |are |feels |has (?:gone|become) )?{_HOT}(?! {SKIN_LESION})"
            rf"(?:,? (?:and )?(?:{_HOT}|painful))?",
            # (an adverb on the last: "hot, red, swollen and extremely tender right big-toe joint", a first gout attack
            # or a septic joint: NICE CKS gout, same day)
            rf"{_HOT}(?:,? (?:and )?(?:(?:very|extremely|really|exquisitely|so) )?(?:{_HOT}|painful|tender))+ (?:\w+ )?{_JOINT}",
            rf"(?:painful|tender),? {_HOT} (?:\w+ )?{_JOINT}",
        ),
    ),
)

DISCRIMINATORS: Final = (
    Discriminator("hot swollen joint with fever", "emergent", ("hot_swollen_joint",), any_of=("fever", "rigors"),
                  none_of=("chronic_only",), source="BSR/BOA hot swollen joint guideline 2006: admit with fever"),
    # (an ankle just injured swells as a sprain: the Ottawa rules decide its X-ray, injuries.py)
    Discriminator("hot swollen joint", "urgent", ("hot_swollen_joint",), none_of=("chronic_only", "ankle_injury"),
                  source="NICE CKS septic arthritis: same-day assessment"),
)

GROUP: Final = Group("septic_arthritis", CONCEPTS, DISCRIMINATORS)
