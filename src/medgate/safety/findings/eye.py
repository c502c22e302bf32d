"""Eye emergencies: acute angle-closure glaucoma and the painful red eye.

Sources: NICE CKS "Glaucoma" and "Red eye" (2022): acute angle-closure glaucoma (a painful red
eye with blurred vision, haloes around lights, headache, nausea and vomiting) needs same-day
emergency ophthalmology; a contact-lens wearer with a painful red eye, or photophobia with a red
eye, needs same-day assessment (microbial keratitis, uveitis).
"""

from __future__ import annotations

from typing import Final

from medgate.safety.findings.base import Discriminator, Group
from medgate.safety.rules.base import Concept

CONCEPTS: Final = (
    Concept(
        "red_painful_eye",
        (
            r"(?:red|painful|sore|aching|bloodshot|inflamed)(?: and (?:red|painful|sore|swollen))? (?:left |right )?eyes?\b",
            r"eyes?\b(?: \w+){0,3} (?:is |are |has been |feels? )?(?:really |very |so )?(?:red|painful|sore|aching)",
        ),
    ),
    Concept("haloes", (r"halo\w*|rainbow (?:circles|rings)|(?:circles|rings) (?:round|around) (?:the )?lights",)),
    Concept("blurred_vision", (r"blurr\w*|everything (?:is |looks )?(?:blurry|misty|foggy|cloudy)|misty vision|cloudy vision",)),
    Concept("photophobia", (r"photophobi\w*|(?:bright )?light(?:s)? (?:hurts?|is painful)|sensitive to (?:the )?light",)),
    Concept("contact_lens", (r"contact lens\w*|contacts in",)),
)

DISCRIMINATORS: Final = (
    Discriminator("red eye with haloes", "emergent", ("red_painful_eye", "haloes"),
                  source="NICE CKS glaucoma: acute angle closure"),
    Discriminator("red eye, blurred vision and vomiting", "emergent", ("red_painful_eye", "blurred_vision"),
                  any_of=("vomiting", "headache"), none_of=("chronic_only",),
                  source="NICE CKS glaucoma: acute angle closure"),
    Discriminator("painful red eye", "urgent", ("red_painful_eye",),
                  any_of=("photophobia", "contact_lens", "blurred_vision"), none_of=("chronic_only",),
                  source="NICE CKS red eye: same-day assessment"),
)

GROUP: Final = Group("eye_emergency", CONCEPTS, DISCRIMINATORS)
