"""Toxic shock syndrome: a tampon (or menstrual cup) with a fever and a sign of the toxin.

NICE CKS (toxic shock syndrome, 2022): suspect TSS in anyone with a fever and a rash, vomiting or
diarrhoea, or feeling faint, especially with a tampon in use or left in; it is a medical emergency
(admit). A tampon forgotten for a day without a fever, or a fever told without a tampon, is not read here.
"""

from __future__ import annotations

from typing import Final

from medgate.safety.findings.base import Discriminator
from medgate.safety.rules.base import Concept

CONCEPTS: Final = (
    Concept("tampon", (r"tampons?\b|menstrual cup|moon ?cup",)),
    # the toxin's rash: red all over, like sunburn (NICE CKS: diffuse macular erythroderma)
    Concept(
        "sunburn_rash",
        (r"(?:red|rash|flushed|blotchy)(?: [\w'’]+){0,2} all over|(?:rash|red\w*|skin)(?: [\w'’]+){0,5} like (?:a )?sunburn"
         r"|(?:diffuse|widespread) (?:blanching )?(?:erythema|erythroderma|rash)",),
    ),
)

DISCRIMINATORS: Final = (
    Discriminator(
        "a fever with a tampon and a sign of toxic shock", "emergent", ("tampon", "fever"),
        any_of=("vomiting", "diarrhoea_word", "sunburn_rash", "faint_dizzy", "sbp_le_90"),
        source="NICE CKS toxic shock syndrome: fever with rash, vomiting, diarrhoea or faintness, admit",
    ),
)
