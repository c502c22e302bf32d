"""Pelvic inflammatory disease told by its signs: a same-day start of antibiotics.

BASHH UK national guideline for the management of pelvic inflammatory disease (2019) and NICE CKS
Pelvic inflammatory disease (2022): suspect PID in a sexually active woman with recent lower abdominal
or pelvic pain and tenderness on moving the cervix or in the adnexa, or with deep dyspareunia and an
abnormal discharge or bleeding after sex or between periods; start empirical antibiotics without waiting
for swabs, because delay raises the risk of infertility and ectopic pregnancy (admit only when severely
unwell or when an ectopic pregnancy or surgical emergency cannot be excluded, which other groups read).
"""

from __future__ import annotations

from typing import Final

from medgate.safety.findings.base import Discriminator
from medgate.safety.rules.base import Concept

_SOURCE: Final = "BASHH PID guideline 2019 / NICE CKS PID: empirical antibiotics the same day"

CONCEPTS: Final = (
    # the examination's sign ("cervical motion tenderness", "cervical excitation", "bilateral adnexal tenderness")
    Concept("cervical_motion_tenderness", (r"cervical (?:motion|excitation)(?: tenderness)?|adnexal tenderness|tender adnexa\w*",)),
    # pain deep inside during sex ("deep pain during intercourse", "deep dyspareunia", "sex hurts deep inside")
    # (or a lower belly pain told worse during sex: "lower belly pain both sides, worse during sex")
    Concept("deep_dyspareunia", (r"dyspareunia|deep (?:pain|ache|hurt\w*) (?:during|with|on|in) (?:sex|intercourse)"
                                 r"|(?:pain|ache|cramp)\w*(?: [\w'’]+){0,4},? (?:(?:which|that) is |and )?worse (?:during|with|after|when"
                                 r" having) (?:sex|intercourse)"
                                 r"|(?:sex|intercourse) (?:\w+ )?(?:hurts|is painful) deep (?:inside|down)",)),
    Concept("pelvic_pain", (r"pelvic (?:pain|ache)|(?:pain|ache)\w* (?:low )?in (?:my|her|the) pelvis",)),
    # an infected cervix's signs: a purulent discharge, bleeding after sex or between periods
    Concept("cervicitis_signs", (r"(?:muco-?purulent|purulent|pus-?like|offensive|foul[- ]smelling) (?:vaginal |cervical )?discharge"
                                 r"|(?:post-?coital|intermenstrual) (?:bleed\w*|spotting)|(?:bleed\w*|spotting) (?:after|during)"
                                 r" (?:sex|intercourse)|(?:bleed\w*|spotting) between (?:my |her )?periods"
                                 # a discharge told by its colour or smell (NICE CKS PID: an abnormal vaginal discharge)
                                 r"|(?:yellow\w*|green\w*|smelly|bad[- ]smelling|foul|offensive) (?:vaginal )?discharge"
                                 r"|discharge (?:with|that has|and) (?:a )?(?:bad|foul|strong|horrible|awful) (?:smell|odou?r)",)),
)

DISCRIMINATORS: Final = (
    # lower abdominal pain with an abnormal discharge and a fever (NICE CKS PID: fever above 38 °C, a sign of
    # PID; the same-day antibiotics it needs, or an admission when very unwell, read by other groups)
    Discriminator("pelvic pain with an abnormal discharge and fever", "urgent", ("cervicitis_signs", "fever"),
                  any_of=("abdominal_pain", "pelvic_pain", "deep_dyspareunia"), none_of=("chronic_only",), source=_SOURCE),
    Discriminator("pelvic pain with cervical motion tenderness", "urgent", ("cervical_motion_tenderness",),
                  any_of=("abdominal_pain", "pelvic_pain", "deep_dyspareunia"), none_of=("chronic_only",), source=_SOURCE),
    Discriminator("pelvic pain with deep dyspareunia and a discharge or bleeding", "urgent",
                  ("deep_dyspareunia", "cervicitis_signs"), any_of=("abdominal_pain", "pelvic_pain"),
                  none_of=("chronic_only",), source=_SOURCE),
)
