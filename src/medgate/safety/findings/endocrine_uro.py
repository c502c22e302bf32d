"""Adrenal crisis and priapism: rare, classic emergencies told in patients' words.

Sources: Society for Endocrinology adrenal crisis guidance (2020) and NHS steroid emergency card:
someone on replacement steroids (Addison's disease, hypopituitarism, long-term steroids) who is
vomiting and cannot keep tablets down, or is dizzy with a low blood pressure, needs an emergency
hydrocortisone injection and the emergency department. BAUS / EAU priapism guidance: an erection
lasting four hours or more without stimulation is a urological emergency.
"""

from __future__ import annotations

from typing import Final

from medgate.safety.findings.base import Discriminator, Group
from medgate.safety.rules.base import Concept

CONCEPTS: Final = (
    Concept(
        "steroid_dependent",
        (r"addison\W?s|adrenal insufficiency|hypopituitar\w*|hydrocortisone|steroid (?:emergency )?card"
         r"|congenital adrenal hyperplasia",),
    ),
    Concept(
        "priapism",
        (r"priapism|erection(?: [\w'’]+){0,4} (?:won['’]?t|will not|wont|doesn['’]?t|does not|that won['’]?t) go"
         r" (?:down|away)|erection (?:for|lasting) (?:over |more than |about )?(?:\d|four|five|six)",),
    ),
    Concept("hours_long", (r"(?:\d{1,2}|four|five|six|several) (?:hours|hrs)",)),
)

DISCRIMINATORS: Final = (
    Discriminator("vomiting or faint on replacement steroids", "emergent", ("steroid_dependent",),
                  any_of=("vomiting", "faint_dizzy", "sbp_le_90", "shock_signs"),
                  source="Society for Endocrinology (2020): adrenal crisis, emergency hydrocortisone"),
    Discriminator("prolonged erection", "emergent", ("priapism",),
                  source="BAUS / EAU: ischaemic priapism, four hours or more"),
)

GROUP: Final = Group("endocrine_urological_emergency", CONCEPTS, DISCRIMINATORS)
