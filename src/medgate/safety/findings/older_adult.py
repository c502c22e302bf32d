"""Two same-day problems of later life: a fragility fracture of the spine, and pemphigoid's blisters.

NICE CKS "Back pain - low (without radiculopathy)" (red flags) and NOGG 2022: a sudden, severe pain in the
spine after a minor strain in someone with osteoporosis or on long-term corticosteroids suggests a
vertebral fragility fracture, to be assessed and imaged promptly (and bone protection reviewed), not left
as simple back pain. British Association of Dermatologists guideline on bullous pemphigoid (2012, 2022):
tense blisters, often on an itchy red rash, in an older person need an urgent dermatology opinion (a
biopsy and treatment before they spread); blisters of a burn, a friction rub or a known, settled
pemphigoid are not read here.
"""

from __future__ import annotations

from typing import Final

from medgate.safety.findings.base import Discriminator
from medgate.safety.rules.base import Concept

_WHO: Final = r"(?:my|his|her|their|the)"

CONCEPTS: Final = (
    Concept("bone_thinning", (r"osteoporo\w*|osteopeni\w*|brittle bones|thin bones"
                              r"|(?:long[- ]?term|years of|regular|daily) (?:oral )?(?:steroids?|prednisolone|pred)\b",)),
    # a pain placed in the spine by its part ("pain in the middle of her back", "a sudden pain in his lower back"),
    # as `common.back_pain` reads "mid-back pain"
    Concept("spine_pain_placed", (rf"(?:pain|ache)\w*(?: \w+){{0,2}} (?:in|across|at) (?:the (?:middle|small|base|bottom|top)"
                                  rf" of )?{_WHO} (?:lower |upper |middle |mid-?)?back\b",)),
    Concept("tense_blisters", (r"tense,? (?:fluid[- ]filled |clear |large |big )*(?:blisters|bullae)|bullous pemphigoid"
                               r"|(?:new )?pemphigoid",)),
)

DISCRIMINATORS: Final = (
    *(Discriminator("sudden spinal pain with thin bones or long-term steroids", "urgent", ("bone_thinning", pain,
                    "onset_sudden"), none_of=("chronic_only",),
                    source="NICE CKS back pain (red flags) / NOGG 2022: suspected vertebral fragility fracture")
      for pain in ("back_pain", "spine_pain_placed")),
    Discriminator("tense blisters in an older person", "urgent", ("tense_blisters", "older_65"), none_of=("chronic_only",),
                  source="BAD bullous pemphigoid guideline: urgent dermatology assessment"),
)
