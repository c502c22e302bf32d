"""Severe pain (Manchester Triage System discriminator), beyond the sites other groups name.

Source: Manchester Triage Group, Emergency Triage (3rd ed., 2014): "severe pain" (7-10 on a
0-10 scale, or unbearable) is a very-urgent discriminator on almost every presentation chart;
"moderate pain" is urgent. A chat message is not an emergency department queue: severe acute
pain alone is advised as urgent here, and severe pain of sudden onset in the trunk or head as
emergent (the sites where it signals a vascular or surgical catastrophe). Long-standing or
recurring pain is left to routine care.

A toothache, however strong, is the dentist's (NICE CKS Dental abscess / dental pain, 2023: see a
dentist; same-day hospital care only for spreading infection, fever, trismus or trouble swallowing, which
fire in sepsis.py): severe pain told of a tooth stays urgent until those signs are told absent, and then is
the dentist's, unless a fever is told.

Also: the Aortic Dissection Detection Risk Score (Rogers AM et al., Circulation 2011;123:2213):
high-risk pain features are abrupt onset, severe intensity and a ripping or tearing quality;
NICE CG150 (Headaches in over 12s, 2012, updated 2021) 1.1.1: headache triggered by cough,
straining or sneezing, or changing with posture, needs further assessment.
"""

from __future__ import annotations

from typing import Final

from medgate.safety.findings.base import Discriminator, Group
from medgate.safety.rules.base import Concept

CONCEPTS: Final = (
    Concept("double_vision", (r"double vision|seeing (?:double|two of everything)|diplopi\w*|everything (?:looks )?doubled",)),
    Concept(
        "tearing_pain",
        (
            r"(?:tearing|ripping|torn|rip\w*)(?: \w+){0,2} (?:pain|sensation|feeling|in (?:my|his|her) (?:chest|back))",
            r"pain(?: \w+){0,3} (?:like|as if|as though) (?:something|i['’]?m|it['’]?s|i am) (?:is )?(?:tearing|ripping"
            r"|being torn|being ripped)",
            r"(?:something|it) (?:had )?(?:ripped|tore|torn|rip\w*|tear\w*) (?:inside|in (?:my|his|her) (?:chest|back))",
        ),
    ),
    # pain told of a tooth ("this molar is killing me", "wisdom tooth throbbing", "pain in my back tooth")
    Concept(
        "toothache",
        (r"tooth ?aches?|(?:tooth|teeth|molar|wisdom tooth)(?: [\w'’]+){0,3} (?:is |are |has been |been |keeps? )?(?:killing"
         r"|throbbing|hurting|aching|agony|painful|sore)|(?:pain|ache|throbbing)(?: \w+){0,2} in (?:my|his|her|a|the|one)"
         r" (?:back |front |bottom |top |lower |upper |wisdom )?(?:tooth|teeth|molar)",),
    ),
    # the signs of a spreading dental infection told absent ("no swelling", "face not swollen", "can open my
    # mouth fine", "swallowing ok"): NICE CKS's red flags asked and denied (common.DENIAL_CONCEPTS: read
    # whatever denial precedes, and the "no" left to deny the fever after it)
    Concept(
        "dental_spread_denied",
        (r"(?:no|without) (?:\w+ )?(?:swelling|temperature|temp|fever)|(?:face|cheek|jaw|gum|neck)s?(?: \w+){0,2} (?:is |are )?(?:not"
         r"|isn['’]?t|aren['’]?t) (?:swollen|puffy)|(?:can|able to) (?:still )?open (?:my|his|her|the) mouth"
         r"|swallow(?:ing)? (?:is )?(?:fine|ok|okay|normal)|(?:and|can) swallow (?:fine|ok|okay|normally)",),
    ),
    # a pain analgesia has brought down to mild, told now ("pain is now 3/10 after a diclofenac suppository",
    # "settled a lot since the morphine"): MTS grades the pain as it is, 0-3/10 mild
    Concept(
        "pain_eased_now",
        (r"now (?:only |just |down to |about |around )?[0-3] ?(?:/ ?10|out of 10)"
         r"|(?:eased|settled|come down|gone down|dropped|down|better)(?: \w+){0,2} to (?:a )?[0-3] ?(?:/ ?10|out of 10)"
         r"|(?:eased|settled|much better|a lot better|easing|easier)(?: \w+){0,3} (?:after|with|since) (?:the |a |an |his |her"
         r" |my )?(?:[\w-]+ )?(?:painkillers?|analgesi\w*|suppositor\w*|injection|diclofenac|voltarol|morphine|nsaids?"
         r"|ibuprofen|ketorolac|jab|entonox)\b",),
    ),
    # a sting's pain told as local ("burning pain at the site", "pain around the sting", "sore where she was
    # stung"), and the stingers that leave only that (a bluebottle, a jellyfish): ANZCOR guideline 9.4.5
    # (jellyfish stings) treats the local pain with hot water; systemic signs fire elsewhere
    Concept("sting_site_pain", (r"(?:pain|burning|stinging|sore|hurts?)(?: \w+){0,3} (?:at|around|on|over|round|confined to) the"
                                r" (?:sting |bite )?(?:site|sting|welts?|marks?)\b|(?:pain|burning|sore|hurts?)(?: \w+){0,2} where"
                                r" (?:i|he|she|they) (?:was|were|got) stung",)),
    # ("marine_sting", a jellyfish or a sting in the sea, is marine_sting.py's)
    Concept(
        "headache_pressure_sign",
        (
            r"(?:worse|worsens|hurts more|gets worse)(?: \w+){0,3} (?:when|if|on|as) (?:i |he |she )?(?:cough\w*"
            r"|sneez\w*|strain\w*|bend\w*|ly(?:ing)? down|lie down)",
            r"worse (?:first thing )?in the mornings?|wakes? (?:me|him|her) (?:up )?(?:from sleep|at night)",
        ),
    ),
)

DISCRIMINATORS: Final = (
    Discriminator(
        "sudden tearing pain", "emergent", ("tearing_pain",),
        any_of=("onset_sudden", "chest_pain", "back_pain", "faint_dizzy", "shock_signs"),
        source="ADD-RS (Circulation 2011): abrupt, severe, tearing pain",
    ),
    # (renal colic brought down to mild by an NSAID is the same day's: facts.colic_settled)
    Discriminator(
        "sudden severe pain in the trunk or head", "emergent", ("severe_pain", "onset_sudden"),
        any_of=("abdominal_pain", "chest_pain", "back_pain", "headache", "testicular_pain"),
        none_of=("chronic_only", "colic_settled"), source="MTS: severe pain; sudden onset",
    ),
    Discriminator(
        "sudden headache with a red flag", "emergent", ("headache", "onset_sudden"),
        any_of=("vomiting", "stiff_neck", "reduced_consciousness", "new_confusion", "faint_dizzy"),
        none_of=("chronic_only",),
        source="NICE CG150 1.1.1: sudden-onset headache reaching maximum intensity within 5 minutes (thunderclap),"
               " with neck stiffness or vomiting",
    ),
    Discriminator("severe acute pain", "urgent", ("severe_pain",),
                  none_of=("chronic_only", "resolved", "pain_gone", "toothache", "sting_site_pain"), source="MTS: severe pain"),
    # (a severe pain at a site with no sting told, a wound's or a bite's, keeps its level; a sting's local pain
    # is first aid's: ANZCOR 9.4.5, hot water for a bluebottle)
    Discriminator("severe acute pain", "urgent", ("severe_pain", "sting_site_pain"),
                  none_of=("chronic_only", "resolved", "pain_gone", "toothache", "insect_sting", "marine_sting"),
                  source="MTS: severe pain"),
    # (a toothache told beside a severe pain elsewhere leaves that pain its level)
    Discriminator("severe acute pain", "urgent", ("severe_pain", "toothache"),
                  any_of=("chest_pain", "abdominal_pain", "back_pain", "headache", "testicular_pain"),
                  none_of=("chronic_only", "resolved", "pain_gone"), source="MTS: severe pain"),
    Discriminator("severe toothache", "urgent", ("toothache", "severe_pain"),
                  none_of=("chronic_only", "resolved", "pain_gone", "dental_spread_denied"), source="MTS: severe pain"),
    Discriminator("severe toothache with a fever", "urgent", ("toothache", "severe_pain", "fever"),
                  none_of=("chronic_only", "resolved", "pain_gone"),
                  source="NICE CKS Dental abscess: systemic signs of a dental infection, same-day assessment"),
    Discriminator("headache with new double vision", "emergent", ("headache", "double_vision"),
                  none_of=("chronic_only", "resolved"),
                  source="NICE CKS Headache: a new neurological deficit with headache, same-day emergency assessment"),
    Discriminator("headache with raised-pressure features", "urgent", ("headache", "headache_pressure_sign"),
                  none_of=("chronic_only",), source="NICE CG150 1.1.1: headache red flags"),
)

GROUP: Final = Group("severe_pain", CONCEPTS, DISCRIMINATORS)
