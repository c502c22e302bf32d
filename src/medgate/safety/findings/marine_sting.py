"""A sting in the sea followed by the whole-body picture of Irukandji syndrome.

Australian Resuscitation Council guideline 9.4.5 (jellyfish stings, 2021) and the Australian Poisons
Information Centres: in tropical waters a sting, often minor and barely marked, followed within
5 to 120 minutes by severe back, abdominal, chest or limb pain in waves with sweating, restlessness or
agitation, vomiting, a fast pulse and a high blood pressure is Irukandji syndrome: call an ambulance
(hypertensive crisis, heart failure). A sting with pain at the site only (a bluebottle's welts) is
treated where it happened: no whole-body sign, nothing fires here.
"""

from __future__ import annotations

from typing import Final

from medgate.safety.findings.base import Discriminator, Group
from medgate.safety.rules.base import Concept

_IN_SEA: Final = r"(?:swim\w*|snorkel\w*|div(?:e|ed|ing)|surf\w*|wading|paddling|beach|reef|in the (?:sea|ocean|water))"

CONCEPTS: Final = (
    # a marine stinger by name, or a sting told in the sea ("swimming off a beach ... felt a minor sting")
    Concept("marine_sting", (r"jelly ?fish\w*|irukandji|box jell\w*|bluebottles?|(?:portuguese )?man[- ]o[f'’]?[- ]war"
                             r"|sea (?:wasps?|nettles?|lice)|(?:marine )?stingers",
                             rf"{_IN_SEA}[^.!?\n]{{0,60}}?\b(?:sting|stung)\b|\b(?:sting|stung)\b[^.!?\n]{{0,40}}?\b{_IN_SEA}")),
)

DISCRIMINATORS: Final = (
    # the pain of the syndrome (back, belly, chest) with two or more of its body-wide signs
    *(Discriminator("a sea sting with the whole-body signs of Irukandji syndrome", "emergent", ("marine_sting", pain),
                    any_of=("sweating", "agitation", "vomiting", "nauseated", "hr_gt_100", "bp_ge_160_110"), at_least=2,
                    source="ARC guideline 9.4.5 (jellyfish stings): Irukandji syndrome, call an ambulance")
      for pain in ("back_pain", "abdominal_pain", "chest_pain")),
)

GROUP: Final = Group("envenomation", CONCEPTS, DISCRIMINATORS, resources=("poison",))
