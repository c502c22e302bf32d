"""A ruptured Achilles tendon: seen the same day, before the tendon ends draw apart.

NICE CKS "Achilles tendinopathy" (rupture: 2020) and BOAST "Management of acute Achilles tendon rupture"
(2021): a sudden pain at the back of the heel or calf, often as if kicked or struck there, with a pop or a
snap heard or felt, and an inability to stand on tiptoe on that side: suspect a rupture and refer the same
day (immobilised in equinus, assessed within 24 hours). A tendon that has ached for weeks with running and
still takes a tiptoe is tendinopathy and is not read here.
"""

from __future__ import annotations

from typing import Final

from medgate.safety.findings.base import Discriminator
from medgate.safety.rules.base import Concept

_BACK_OF_HEEL: Final = r"back of (?:\w+ )?(?:heel|ankle|calf|lower leg)"
_SOURCE: Final = "NICE CKS Achilles tendon rupture; BOAST acute Achilles rupture (2021): same-day referral"

CONCEPTS: Final = (
    # the tendon named torn, or the blow felt at the back of the heel with no one there ("felt like somebody
    # kicked me in the back of the heel", "as if hit in the back of the calf with a stone")
    Concept("achilles_snap", (r"achilles(?: tendon)?(?: [\w'’]+){0,2} (?:rupture\w*|torn|tore|tear|snapped|went|gone|popped|ping\w*)"
                              r"|(?:ruptured|torn|tore|snapped) (?:my |his |her |their |the )?achilles"
                              rf"|(?:kick\w*|hit|struck|shot|whack\w*|smack\w*)(?: [\w'’]+){{0,5}} (?:in |on |at |into )?(?:the |my |his |her"
                              rf" |di |mi )?{_BACK_OF_HEEL}",)),
    # a pop or snap heard or felt
    Concept("pop_felt", (r"(?:heard|felt|there was|with) (?:a |an )?(?:loud )?(?:pop|snap|crack|bang|ping)\b",)),
    # no tiptoe on that side (the single-leg heel raise; "cyaan go up pon tip toe": Jamaican patois)
    Concept("no_tiptoe", (r"(?:can['’]?t|cannot|can not|cyaan|caan|unable to|could ?n['’]?t|not able to)(?: [\w'’]+){0,3}"
                          r" (?:on|onto|pon|up on) (?:my |his |her |their |the )?(?:tip ?-?toes?|toes)\b"
                          r"|(?:can['’]?t|cannot|unable to|could ?n['’]?t) (?:do|manage) (?:a )?(?:single[- ]leg )?(?:heel|calf) raise",)),
)

DISCRIMINATORS: Final = (
    Discriminator("a suspected Achilles rupture", "urgent", ("achilles_snap",),
                  any_of=("pop_felt", "no_tiptoe"), none_of=("chronic_only",),
                  source=_SOURCE),
    Discriminator("a pop at the back of the heel and no tiptoe", "urgent", ("pop_felt", "no_tiptoe"),
                  none_of=("chronic_only",),
                  source=_SOURCE),
)
