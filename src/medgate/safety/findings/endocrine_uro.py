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
    # an erection that went down on its own, or lasted minutes: not a priapism (BAUS: four hours); told in
    # the past tense only, as "will it go down by itself?" is the question of one that has not
    Concept(
        "erection_subsided",
        (r"(?:went|has gone|had gone) (?:down|away|soft) (?:by itself|on its own|eventually|naturally)"
         r"|erection(?: [\w'’]+){0,6} (?:for|lasted|lasting) (?:like |about |around |only |maybe )?(?:\d{1,2}|a few|ten|twenty"
         r"|thirty|forty|fifty) ?(?:mins?|minutes)\b",),
    ),
    # an erection that began the evening or night before and is still there in the morning, told by
    # clock times: from 9 pm to midnight until 4 am or later is four hours or more (BAUS / EAU priapism)
    Concept(
        "erection_since_night",
        (r"(?:erection|hard-on|boner|(?:it|penis|willy)['’]?s? been (?:up|hard|stiff))(?: [\w'’]+){0,3}"
         r" (?:since|began|started|begun)(?: at| from)?(?: about| around| roughly| approx\w*)?"
         r" (?:midnight|(?:9|10|11|12)(?:[:.][0-5]\d)? ?(?:pm|p\.m\.))",),
    ),
    Concept("morning_clock", (r"(?:now|it['’]?s|at|by) (?:[4-9]|1[01])(?:[:.][0-5]\d)? ?(?:am|a\.m\.)\b",)),
    Concept(
        "erection_painful",
        (r"painful (?:erection|hard-on)|(?:erection|hard-on)(?: [\w'’]+){0,3} (?:is |and |that is )?(?:painful|sore|hurts|hurting)",),
    ),
)

DISCRIMINATORS: Final = (
    Discriminator("vomiting or faint on replacement steroids", "emergent", ("steroid_dependent",),
                  any_of=("vomiting", "faint_dizzy", "sbp_le_90", "shock_signs"),
                  source="Society for Endocrinology (2020): adrenal crisis, emergency hydrocortisone"),
    Discriminator("prolonged erection", "emergent", ("priapism",), none_of=("erection_subsided",),
                  source="BAUS / EAU: ischaemic priapism, four hours or more"),
    Discriminator("erection since the night before", "emergent", ("erection_since_night", "morning_clock"),
                  none_of=("erection_subsided",),
                  source="BAUS / EAU: ischaemic priapism, four hours or more"),
    # sickle cell disease is the commonest cause of ischaemic priapism (BAUS / EAU; NICE CG143)
    Discriminator("painful erection in sickle cell disease", "emergent", ("sickle_cell_disease",),
                  any_of=("erection_painful", "priapism"), none_of=("erection_subsided",),
                  source="BAUS / EAU: priapism in sickle cell disease, emergency"),
)

GROUP: Final = Group("endocrine_urological_emergency", CONCEPTS, DISCRIMINATORS)
