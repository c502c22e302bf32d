"""An implanted defibrillator that shocks again and again.

Source: British Heart Rhythm Society / Arrhythmia Alliance patient guidance on ICD shocks, and the
ESC 2022 ventricular arrhythmia guidelines (Zeppenfeld K et al., Eur Heart J 2022;43:3997): one
shock with the person well afterwards is a call to the device clinic; two or more shocks within 24
hours (an electrical storm), or a shock with chest pain, breathlessness or a faint, need emergency
care now.
"""

from __future__ import annotations

from typing import Final

from medgate.safety.findings.base import Discriminator, Group
from medgate.safety.rules.base import Concept

_FIRED = (r"(?:gone off|went off|going off|goes off|fired|firing|shocked (?:me|him|her|them)|discharged|zapped (?:me|him|her)"
          r"|kicked (?:me|him|her))")
_TIMES = r"(?:twice|two times|three times|four times|five times|several times|a few times|more than once|[2-9] times)"

CONCEPTS: Final = (
    Concept("icd", (r"(?:implant\w* )?(?:cardioverter[- ])?defibrillator|(?-i:ICD)|(?:s-?icd)",)),
    # the device going off more than once: "it's fired three times since lunch", "shocked me twice", "two shocks"
    Concept("icd_shocks_repeated", (rf"{_FIRED}(?: [\w'’]+){{0,2}} {_TIMES}\b|(?:two|three|four|five|several|[2-9])"
                                    r" (?:separate )?(?:shocks|zaps|jolts)\b",)),
)

DISCRIMINATORS: Final = (
    Discriminator("an implanted defibrillator shocking two or more times", "emergent", ("icd", "icd_shocks_repeated"),
                  none_of=("chronic_only",),
                  source="BHRS / Arrhythmia Alliance ICD patient guidance; ESC 2022 ventricular arrhythmias: two or more"
                         " shocks in 24 hours, emergency care"),
)

GROUP: Final = Group("cardiac_device", CONCEPTS, DISCRIMINATORS)
