"""A tremor on lithium: toxicity when it is new, coarse or worse, not the fine tremor it always brings.

BNF (lithium) and NICE CG185 / NICE CKS lithium: a fine hand tremor is a common, lasting side effect
at therapeutic levels; toxicity shows as a coarse tremor, a tremor that worsens, with vomiting or
diarrhoea, unsteadiness or confusion, usually with a level above 1.5 mmol/L. So a tremor known for
months or years, told fine or unchanged, with no other sign, is no emergency; a coarse or worsening
one, or any tremor not told as the long-known fine one, still is (medicine_toxicity). A fine tremor told
beside vomiting or diarrhoea, with no coarse or worse tremor, unsteadiness or confusion, is the urgent
same-day level check NICE CKS lithium asks for when sickness may dehydrate (toxicity.py).
"""

from __future__ import annotations

from typing import Final

from medgate.safety.findings.base import Discriminator
from medgate.safety.rules.base import Concept

CONCEPTS: Final = (
    # the known side effect: "a fine tremor", "always had a tremor", "tremor since I started it"
    Concept("known_fine_tremor", (r"fine (?:hand )?tremor|(?:always|long|usual) (?:had |have |has )?(?:a |the |my |this )?"
                                  r"(?:fine |slight |mild )?(?:tremor|shak\w+)|tremor(?: \w+){0,4} since (?:i|he|she|they)"
                                  r" (?:started|began)",)),
    # ... and what still tells toxicity beside it: coarse, new or worse, or shaking all over
    Concept("tremor_changed", (r"coarse (?:hand )?tremor|new tremor|(?:tremor|shaking|trembling)(?: \w+){0,3} (?:has |is )?"
                               r"(?:got|getting|gotten|become|becoming|much|far|a lot|lots|way) (?:worse|bigger|stronger)"
                               r"|worse (?:tremor|shaking)|shaking (?:all over|badly|uncontrollably)",)),
)

DISCRIMINATORS: Final = (
    Discriminator(
        "tremor on lithium", "emergent", ("lithium", "coarse_tremor"), none_of=("known_fine_tremor",),
        source="BNF / NICE CKS lithium: a coarse or new tremor is toxicity, urgent assessment",
    ),
    Discriminator(
        "a changed tremor on lithium", "emergent", ("lithium", "tremor_changed"),
        source="BNF / NICE CG185 lithium: a coarse or worsening tremor is toxicity, urgent assessment",
    ),
    # a tremor not told as the fine one, with vomiting or diarrhoea: toxicity through dehydration (NICE CKS).
    # The fine tremor told with the sickness and nothing else (no unsteadiness or confusion, which
    # toxicity.py reads) is the sickness's risk, a same-day level: toxicity.py's "vomiting on lithium"
    Discriminator(
        "a tremor with sickness on lithium", "emergent", ("lithium", "coarse_tremor"),
        any_of=("vomiting", "diarrhoea_word"), none_of=("known_fine_tremor",),
        source="NICE CKS lithium: tremor with vomiting or diarrhoea, signs of toxicity",
    ),
)
