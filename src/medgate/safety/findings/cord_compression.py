"""Metastatic spinal cord compression: cancer in the bones, spinal pain, and a sign of the cord.

NICE NG234 (spinal metastases and metastatic spinal cord compression, 2023): in someone with cancer
(above all prostate, breast, lung, kidney or myeloma), pain suggestive of spinal metastases (thoracic,
band-like or radiating round the chest, worse lying flat or on coughing, sneezing or straining, at
night) with neurological symptoms or signs (limb weakness or heaviness, difficulty walking, a sensory
level, bladder or bowel dysfunction; brisk reflexes or upgoing plantars on examination) is an
emergency: contact the MSCC coordinator and image at once; that pain without them needs an MRI within
a week. `surgical` reads the plainer telling (back pain with legs weak or giving way). A cancer said to
have spread to the bones "last year" is still there: the date is read as part of the phrase.
"""

from __future__ import annotations

from typing import Final

from medgate.safety.findings.base import Discriminator
from medgate.safety.rules.base import Concept

_WHO: Final = r"(?:his|her|my|the|their)"
_BELOW: Final = r"(?:nipples?(?: line)?|umbilicus|belly ?button|navel|waist|chest|ribs|breasts?|bra line)"

CONCEPTS: Final = (
    Concept(
        "cancer_in_bone",
        (rf"(?:spread|gone|spreading|moved)(?: \w+)? (?:in)?to (?:{_WHO} )?(?:bones?|spine|vertebra\w*|skeleton)"
         r"(?: (?:last|this) (?:year|month|spring|summer|autumn|winter)| in (?:19|20)\d\d"
         r"| (?:a|one|two|three|four|five|\d+) (?:years?|months?) ago)?"
         r"|bony metasta\w*|bone secondaries|(?:bone|spinal) mets\b",),
    ),
    # the cord's signs in words and on examination (NG234: limb weakness, here told as heavy legs or
    # repeated stumbling; difficulty walking; a sensory level; bladder dysfunction, here a new hesitancy;
    # and the examiner's upper motor neurone signs, brisk reflexes or upgoing plantars)
    Concept(
        "cord_sign",
        (rf"legs?(?: [\w'’]+){{0,3}} ['‘\"“]?(?:heavy|like lead|not (?:his|her|my|their) own|don['’]?t belong)"
         # (stumbling told as a pattern, not the one stumble a back was hurt in)
         r"|(?:keeps?|kept|been|started|keeps on) stumbl\w*|stumbled (?:twice|several times|a few times|more than once|again)"
         rf"|stumbling (?:a lot|more|about)|(?:unsteady|wobbly) on (?:{_WHO} )?(?:feet|legs)|(?:difficulty|trouble|struggling) walking",
         rf"(?:reduced|altered|lost|loss of|no|decreased|diminished|numb) (?:\w+ )?(?:sensation|feeling)(?: \w+){{0,2}}"
         rf" below (?:{_WHO} )?{_BELOW}|numb (?:from|below) (?:{_WHO} )?{_BELOW}|sensory level",
         r"brisk (?:\w+ )?reflexes|reflexes (?:are |were )?(?:brisk|exaggerated|increased)|(?:upgoing|extensor) plantars?"
         r"|plantars? (?:are |were )?(?:upgoing|extensor)",
         rf"(?:trouble|difficulty|struggl\w*) (?:getting|to get) {_WHO} (?:water|urine|pee|wee|stream) (?:started|going)",),
    ),
    Concept(
        "spinal_pain_sign",
        (rf"band-?like|(?:wraps?|wrapping|radiat\w*|spread\w*|goes|going|comes) (?:\w+ )?(?:round|around) (?:to )?(?:{_WHO} )?"
         r"(?:front|chest|ribs|belly|tummy)|worse (?:when |on |with |if )?(?:(?:he|she|i|they) )?(?:ly\w* (?:flat|down)"
         r"|lies? (?:flat|down)|cough\w*|sneez\w*|strain\w*)",),
    ),
)

_SOURCE: Final = "NICE NG234 (2023): suspected metastatic spinal cord compression, immediate MSCC referral"

DISCRIMINATORS: Final = (
    *(Discriminator("spinal pain with a cord sign in cancer that has spread", "emergent", (cancer, "cord_sign"),
                    any_of=("back_pain", "spinal_pain_sign"), source=_SOURCE) for cancer in ("cancer_spread", "cancer_in_bone")),
    *(Discriminator("back pain in cancer that has spread", "urgent", (cancer, "back_pain", "spinal_pain_sign"),
                    source="NICE NG234 (2023): pain suggestive of spinal metastases, MRI within a week")
      for cancer in ("cancer_spread", "cancer_in_bone")),
    Discriminator("back pain with leg weakness in cancer spread to the bones", "emergent", ("cancer_in_bone", "back_pain",
                  "legs_failing"), source=_SOURCE),
)
