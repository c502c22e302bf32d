"""A spreading infection of the floor of the mouth: Ludwig's angina, an airway emergency.

Sources: NICE CKS "Dental abscess" (2022): a dental infection with swelling of the floor of the mouth or
neck, difficulty swallowing or breathing, needs emergency admission; Resuscitation Council UK /
ENT UK: Ludwig's angina (a swelling under both sides of the jaw that lifts the tongue, with drooling)
can close the airway within hours. One side of the jaw swollen over a bad tooth is a dental abscess
for the dentist the same day; both sides with the tongue pushed up or saliva that cannot be swallowed is
not.
"""

from __future__ import annotations

from typing import Final

from medgate.safety.findings.base import Discriminator, Group
from medgate.safety.rules.base import Concept

_UNDER_JAW = r"(?:under|below|beneath|underneath) (?:the |my |his |her |their )?(?:jaw|chin|jawline)"

CONCEPTS: Final = (
    Concept(
        "jaw_swollen_both_sides",
        (rf"{_UNDER_JAW}(?: [\w'’]+){{0,4}} (?:on )?both sides|both sides (?:of|under) (?:the |my |his |her )?(?:jaw|chin|neck)"
         rf"(?: [\w'’]+){{0,4}} (?:swollen|swelling|hard|puffed)|(?:swollen|swelling|hard)(?: [\w'’]+){{0,4}} {_UNDER_JAW}"
         r" on both sides|floor of (?:the |my |his |her )?mouth(?: \w+){0,3} (?:swollen|swelling|raised|hard)"
         r"|ludwig['’]?s angina|submandibular (?:swelling|space)s?(?: \w+){0,2} (?:on )?both sides|bilateral submandibular",),
    ),
    Concept(
        "tongue_lifted",
        (r"tongue(?: [\w'’]+){0,3} (?:pushed|raised|lifted|forced|pushing|lifting) up|(?:raised|elevated|lifted) tongue"
         r"|tongue (?:is |feels |looks )?(?:raised|elevated)",),
    ),
)

DISCRIMINATORS: Final = (
    Discriminator("swelling under both sides of the jaw with a lifted tongue or drooling", "emergent",
                  ("jaw_swollen_both_sides",), any_of=("tongue_lifted", "drooling", "dyspnoea", "stridor"),
                  source="NICE CKS dental abscess (2022); ENT UK: Ludwig's angina, airway threat, emergency admission"),
)

GROUP: Final = Group("airway_infection", CONCEPTS, DISCRIMINATORS)
