"""Mania with psychosis or danger: nights without sleep with a belief of being invulnerable or
standing at a height.

Source: NICE CG185 (bipolar disorder, 2014, updated 2023) 1.3: suspected mania with psychotic
symptoms or risk to self is referred for an urgent (same-day, crisis) specialist assessment; with
a risk to life (a person on a roof or ledge who believes they cannot be harmed) NHS 111 / 999
mental health crisis advice applies. The sleep loss and manic signs are pregnancy.py's concepts,
read here without a birth; a student up late for exams has no belief or danger and stays calm.
"""

from __future__ import annotations

from typing import Final

from medgate.safety.findings.base import Discriminator, Group
from medgate.safety.rules.base import Concept

_FEW: Final = r"(?:\d+|one|two|three|four|five|six|seven|eight|a few|several)"

CONCEPTS: Final = (
    # sleep told as a total over several nights: "slept maybe five hours in the last three nights"
    Concept("little_sleep", (rf"slept (?:perhaps |maybe |about |around |only |just |barely |a total of )?{_FEW} hours?"
                             rf" (?:over|in|across|for) (?:the )?(?:last |past )?{_FEW} (?:nights|days)",)),
    # a belief of being beyond harm (grandiose delusion)
    Concept("invulnerable_belief", (r"(?:can(?:no|['’]?)t|can no longer|could(?:n['’]?t| not| no longer)|will never) be"
                                    r" (?:harmed|hurt|killed|injured)|invincible|invulnerable|immortal|(?:believes?|thinks?|says?)"
                                    r" (?:that )?(?:he|she|they|i) can fly",)),
    # at a height with nothing between: a roof's edge, a parapet, a ledge, a bridge's railing
    Concept("height_danger", (r"(?:on|onto|along|over|at the edge of) (?:the |a )?(?:parapet|ledge|edge of (?:the|a) (?:roof|cliff|bridge)"
                              r"|(?:\w+ )?roof(?:top)?\b|railings? of (?:the|a) bridge)",)),
)

DISCRIMINATORS: Final = tuple(
    Discriminator("nights without sleep with a belief of invulnerability or danger at a height", "emergent", (sleep,),
                  any_of=("invulnerable_belief", "height_danger", "psychotic_features"),
                  source="NICE CG185 bipolar disorder 1.3: suspected mania with psychosis or risk to self, crisis assessment")
    for sleep in ("sleepless_nights", "little_sleep")
)

GROUP: Final = Group("mental_health_crisis", CONCEPTS, DISCRIMINATORS)
