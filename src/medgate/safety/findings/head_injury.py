"""Head injury with a feature that needs an emergency department.

Source: NICE NG232 (Head injury: assessment and early management, 2023), 1.1 (referral from the
community): any loss of consciousness, amnesia, persistent headache, any vomiting since the
injury, any seizure, a GCS below 15, irritability or altered behaviour, and current
anticoagulant treatment are reasons to go to an emergency department.
"""

from __future__ import annotations

from typing import Final

from medgate.safety.findings.base import Discriminator, Group
from medgate.safety.rules.base import G5, Concept

CONCEPTS: Final = (
    Concept(
        "head_injury",
        (
            # "banged the back of her head on the bath"
            rf"(?:hit|hits|bang\w*|bump\w*|knock\w*|struck|smack\w*|whack\w*|injur\w*|cut){G5}(?:head|skull|forehead)"
            r"|head (?:injury|trauma|knock|bump|wound)|concuss\w*",
            # a sport's collision of heads ("head clash", "clashed heads", "a head-to-head")
            r"head[- ]?(?:clash\w*|collision)|clash\w* (?:of )?heads|head[- ]to[- ]head|bump\w* heads"
            # ... or a blow by what struck it: "a knee to the head", "stick to the side of the head"
            r"|(?:knee|elbow|stick|bat|ball|boot|fist|punch|kick|blow|puck|shoulder)(?: \w+){0,2} (?:to|in|on|into) (?:the |his |her"
            r" |my |their )?(?:side of (?:the |his |her |my )?|back of (?:the |his |her |my )?)?head\b",
            r"(?:fell|fall|fallen|slipped|tripped)(?: \w+){0,6} (?:on|onto|against) (?:his|her|my|the|their) head",
            # the knock told by its mark ("found on the floor, small graze on her forehead", "a lump on his head")
            r"(?:graze|gash|bump|lump|bruise|egg|cut|wound|swelling|laceration)(?: \w+){0,2} (?:on|to|over) (?:his|her|my|the|their)"
            r" (?:forehead|head|temple|scalp|eyebrow)\b",
        ),
    ),
    # a baby or toddler fallen or dropped from furniture, a changing table or the stairs: at that age the
    # head is taken to have hit the floor (NICE NG232 1.1 and 1.4: a child under 1 or under 3 is
    # assessed by the same referral features; a tense fontanelle calls for CT within an hour)
    Concept(
        "small_child_fall",
        (
            r"(?:rolled|fell|fallen|falls|tumbled|toppled|slipped)(?: \w+){0,2} (?:off|from|out of) (?:the |a |his |her |our |my |their )?"
            r"(?:\w+ )?(?:sofa|couch|settee|bed|changing (?:table|mat|unit)|table|chair|high ?chair|worktop|counter|bouncer"
            r"|bunk ?bed|cot|crib|pram|buggy|trolley)",
            r"(?:fell|fallen|tumbled|rolled) down (?:the |a )?(?:\w+ )?(?:stairs|steps)"
            r"|dropped (?:him|her|the baby|my baby|our baby)\b",
        ),
    ),
    Concept(
        "anticoagulant",
        (r"warfarin|apixaban|rivaroxaban|edoxaban|dabigatran|eliquis|xarelto|pradaxa|lixiana|coumadin"
         r"|blood[- ]thinn\w*|anticoagula\w*|clopidogrel",),
    ),
    # a concussion's own signs after the knock, short of NICE NG232's referral features: dazed, stunned,
    # "seeing stars", foggy, or taken off the field for it (UK Concussion Guidelines for Non-Elite
    # (Grassroots) Sport, 2023: "if in doubt, sit them out"; assessed by a healthcare professional within 24 h)
    Concept(
        "concussion_sign",
        (r"\bdazed|stunned|(?:saw|seeing|see) stars|foggy|in a fog|groggy|(?:removed|taken|came|come|went) off"
         r" (?:from )?(?:play|the (?:pitch|field|ice|court|park)|the game)|removed from (?:play|the (?:pitch|field|game|match|ice))"
         r"|(?:not|doesn['’]?t|didn['’]?t) (?:feel\w* )?(?:quite )?right (?:since|after)",),
    ),
    Concept(
        "loss_of_consciousness",
        (r"knocked (?:out|unconscious)|unconscious for|(?:lost|loss of) consciousness|blacked out|passed out|out cold|(?-i:LOC)\b",),
    ),
    Concept(
        "amnesia",
        (
            r"(?:can['’]?t|cannot|doesn['’]?t|does not|don['’]?t) remember (?:what happened|the fall|hitting"
            r"|falling|anything)|amnesi\w*",
            # the repeated question of post-traumatic amnesia
            r"(?:keeps?|kept|keep on|is|was) (?:asking|repeating) (?:the same (?:question|thing)s?|herself|himself"
            r"|themselves|what happened)",
        ),
    ),
)

DISCRIMINATORS: Final = (
    Discriminator(
        "head injury with a referral feature", "emergent", ("head_injury",),
        any_of=("anticoagulant", "vomiting", "loss_of_consciousness", "syncope", "amnesia", "seizure", "drowsy",
                "reduced_consciousness", "new_confusion", "gcs_lt_15"),
        source="NICE NG232 (2023) 1.1: refer to an emergency department",
    ),
    Discriminator(
        "a head injury with concussion signs", "urgent", ("head_injury", "concussion_sign"), none_of=("chronic_only",),
        source="UK Concussion Guidelines for Non-Elite (Grassroots) Sport (2023): suspected concussion, assessed by a"
               " healthcare professional or NHS 111 within 24 hours; NICE NG232 1.1 features escalate",
    ),
    Discriminator(
        "a small child's fall with a referral feature", "emergent", ("small_child_fall", "child_under_3"),
        any_of=("vomiting", "loss_of_consciousness", "seizure", "drowsy", "reduced_consciousness", "child_unrousable",
                "bulging_fontanelle", "gcs_lt_15"),
        source="NICE NG232 (2023) 1.1 / 1.4: a head injury in a young child with vomiting, drowsiness or a tense fontanelle",
    ),
)

GROUP: Final = Group("head_injury", CONCEPTS, DISCRIMINATORS)
