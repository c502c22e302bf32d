"""A weedkiller concentrate swallowed: paraquat until shown otherwise.

TOXBASE (paraquat) and WHO: any paraquat ingestion, however small and even if spat out, is an emergency
(a mouthful of the 20 % concentrate can kill; early charcoal or earth and a plasma level decide). The
concentrate is rarely named: a farm's "weedkiller concentrate" decanted into a drink bottle is the
classic story (Fiji, India, Sri Lanka), then vomiting and a burning mouth and throat, later ulcers and
white patches. So paraquat named as swallowed is emergent alone; an unnamed concentrate swallowed is
emergent with vomiting or a burning or ulcerated mouth or throat. A garden weedkiller ready to use
(dilute glyphosate) licked or splashed is neither: no ingestion word reaches a concentrate.
"""

from __future__ import annotations

from typing import Final

from medgate.safety.findings.base import Discriminator
from medgate.safety.rules.base import Concept

_PARAQUAT: Final = r"(?:paraquat|gramoxone)"
# a weedkiller as it comes from the drum, before mixing
_CONCENTRATE: Final = (
    r"(?:(?:weed ?killer|herbicide)s?(?: \w+)?? concentrate|concentrated (?:\w+ )?(?:weed ?killer|herbicide)s?"
    r"|(?:undiluted|neat) (?:weed ?killer|herbicide)s?)"
)
# taken into the mouth: swallowed, drunk, a mouthful or sip (spat out too: TOXBASE treats it as swallowed)
_SWALLOW: Final = r"(?:swallow\w*|drank|drunk|drinking|mouthful|sip|swig|gulp|ingest\w*|spat)"

CONCEPTS: Final = (
    # (one span across the sentence: "took a mouthful from a bottle his uncle had filled with weedkiller
    # concentrate" is about the patient, whoever filled the bottle)
    Concept("paraquat_swallowed", (rf"{_SWALLOW}[^.!?\n]{{0,80}}?\b{_PARAQUAT}", rf"{_PARAQUAT}[^.!?\n]{{0,60}}?\b{_SWALLOW}")),
    Concept("concentrate_swallowed", (rf"{_SWALLOW}[^.!?\n]{{0,80}}?\b{_CONCENTRATE}",
                                      rf"{_CONCENTRATE}[^.!?\n]{{0,60}}?\b{_SWALLOW}")),
    # the caustic mouth of paraquat: burning, sore or ulcerated mouth or throat, white patches
    Concept("caustic_mouth", (r"burn\w*(?: \w+){0,3} (?:mouth|throat|tongue)|(?:mouth|throat|tongue)(?: \w+){0,3} (?:burn\w*"
                              r"|ulcer\w*)|(?:white|whitish) patch\w*|(?:mouth|tongue) ulcers",)),
)

DISCRIMINATORS: Final = (
    Discriminator("paraquat swallowed", "emergent", ("paraquat_swallowed",),
                  source="TOXBASE paraquat: any ingestion, emergency department now"),
    Discriminator("a weedkiller concentrate swallowed with vomiting or a burning mouth", "emergent",
                  ("concentrate_swallowed",), any_of=("vomiting", "caustic_mouth"),
                  source="TOXBASE paraquat / WHO: a herbicide concentrate swallowed, emergency department now"),
)
