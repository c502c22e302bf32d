"""Abnormal vital signs: NEWS2 bands and single readings with published action thresholds.

Sources: RCP NEWS2 (2017) for the aggregate and single-parameter bands (see `scores`); NHS
England pulse-oximetry advice for patients at home (COVID Oximetry @home, 2020-21: SpO2 92 % or
less, go to A&E or call 999; 93-94 %, call 111 or a GP); Resuscitation Council UK Adult
Tachycardia and Bradycardia algorithms (2021): a fast or slow rate with adverse features (shock,
syncope, myocardial ischaemia, heart failure) needs emergency treatment; ACC/AHA 2017
hypertension guideline (Whelton PK et al., Hypertension 2018;71:e13) and NICE NG136 (2019,
updated 2023) 1.5: BP >= 180/120 with symptoms of acute target-organ damage is an emergency,
without them a same-day assessment; Manchester Triage Group, Emergency Triage (3rd ed.), "very
hot" (41 °C or more); GCS 8 or less: coma; Resuscitation Council UK / ERC Guidelines 2021 (special
circumstances): accidental hypothermia is a core temperature below 35 °C.
"""

from __future__ import annotations

from typing import Final

from medgate.safety.findings.base import Discriminator, Group
from medgate.safety.rules.base import Concept

_NEWS2 = "RCP NEWS2 (2017)"
_NHS_OXIMETRY = "NHS England pulse oximetry at home (2020-21): SpO2 <= 92% -> 999 / A&E"
_RCUK = "Resuscitation Council UK adult tachycardia/bradycardia algorithms (2021): adverse features"
_HTN = "ACC/AHA 2017; NICE NG136 1.5: BP >= 180/120 with target-organ symptoms"

CONCEPTS: Final = (
    # at or above about 2,500 m (8,000 ft) a saturation of 85-90 % is the altitude's own level
    # (Wilderness Medical Society AMS/HAPE/HACE guideline 2019; Lake Louise 2018)
    Concept("high_altitude", (r"(?:at|to|reached|reach|arrived at|camp at|sleeping at|slept at|above|over) (?:[2-5],?\d{3}|[2-5]\.\d ?k)"
                              r" ?(?:m\b|metres|meters|masl)|(?:at|to|reached|above|over) (?:[89],?\d{3}|1[0-8],?\d{3}) ?(?:ft|feet)\b"
                              r"|high altitude|altitude sickness|mountain sickness|(?-i:AMS)\b"
                              # a place's height told after its name: "in La Paz (3,600 m)", "a tea house at Lobuche 4900m"
                              r"|\((?:about |~)?[2-5],?\d{3} ?(?:m|metres|meters|masl)\)"
                              r"|(?<!walked )(?<!ran )(?<!swam )(?<!run )(?<!swim )(?<!the )\b[2-5],?\d{3} ?(?:m|masl)\b"
                              r"(?! (?:run|race|swim|walk|away|long|deep|below|down))"
                              # "the altitude" told as the cause ("is it the altitude?"), and the destinations
                              # travellers most often reach by air or road above 2,500 m, named without a height
                              # (WMS 2019: rapid ascent to them is the classic setting of altitude illness)
                              r"|(?:the|this|at|with) altitude\b"
                              r"|(?:in|into|to|at|reached|visiting|(?:arrived|landed) (?:in|at)) (?:cusco|cuzco|la paz|el alto|puno|lake titicaca"
                              r"|potos[ií]|uyuni|lhasa|leh|ladakh|namche(?: bazaa?r)?|everest base camp|(?:the )?sacred valley)\b",)),
    # BTS oxygen guideline / NEWS2 SpO2 scale 2: someone with COPD whose own target is 88-92 %
    Concept("copd_target", (r"target(?: sats| saturations?| oxygen| spo2| range)?(?: is| of| range)?:? ?8[4-9](?: ?%)?"
                            r"|8[4-9] ?%? ?(?:-|to|–) ?9[0-2] ?%|scale 2"
                            # someone whose own usual is low: "SpO2 93% (his usual is 92%)"
                            r"|(?:usual|normal|baseline)(?: sats| spo2| oxygen| saturations?)?(?: is| of| was)? (?:8[4-9]|9[0-2]) ?%"
                            # "normally sit around 92-93": a usual of 93 or less is chronic lung disease's own level
                            r"|(?:usually|normally|normal|usual|baseline)(?: sats| spo2| oxygen| saturations?)?(?: (?:is|of|was|sits?|runs?"
                            r"|at|around|about|between|is about|is around)){0,2} (?:8[4-9]|9[0-3])(?: ?(?:-|to|–|or) ?9[0-4])? ?%?(?![\d.])",)),
    Concept(
        "shock_signs",
        (
            r"mottl\w*|ashen|cold and clammy|clammy and cold|cold,? clammy|(?:hands|feet|skin)"
            r"(?: \w+){0,2} (?:ice )?cold(?: and (?:blotchy|mottled|clammy))",
            r"(?:grey|gray|blue)(?: and (?:sweaty|clammy))|(?:pale|white),? (?:and )?clammy|clammy,? (?:and )?pale"
            r"|(?:lips|face|skin) (?:\w+ ){0,2}"
            r"(?:blue|grey|gray|dusky)",
        ),
    ),
    Concept("clammy", (r"clamm(?:y|iness)|cold sweats?|(?:sweaty|sweating) and (?:pale|grey|gray)",)),
    Concept(
        "cold_exposure",
        (
            r"(?:cold|freezing|icy|ice[- ]cold|frozen) to (?:the )?touch|hypotherm\w*",
            r"(?:house|flat|room|home|bedroom) (?:was |is |so |very )*(?:freezing|ice[- ]cold|very cold|unheated)"
            r"|no heating|(?:lying|lay|been) on the (?:floor|ground) (?:all night|for hours|overnight)",
        ),
    ),
    Concept(
        "target_organ",
        (
            r"(?:severe|terrible|pounding|worst|splitting) headache|confus\w*|blurr\w* vision"
            r"|(?:vision|sight) (?:\w+ ){0,2}(?:blurr\w*|going|changed|funny)|seeing (?:spots|double)",
            r"chest (?:pain|tightness|pressure)|short(?:ness)? of breath|breathless|nose ?bleed"
            r"|(?:numb|weak)\w* (?:on )?one side|fits?|seizures?",
        ),
    ),
)

DISCRIMINATORS: Final = (
    Discriminator("news2>=7", "emergent", ("news2_ge_7",), source=f"{_NEWS2}: 7+ emergency response"),
    Discriminator(
        "news2 two red parameters", "emergent", ("news2_two_red",),
        source=f"{_NEWS2} bands: two parameters at 3 (6+ from two alone, the rest unreported)",
    ),
    Discriminator("SpO2<=92%", "emergent", ("spo2_le_92",), none_of=("copd_target", "high_altitude"), source=_NHS_OXIMETRY),
    # at altitude, a saturation under 85 % or breathlessness at rest, an unsteady walk or confusion
    # are HAPE / HACE: descend now (WMS 2019)
    Discriminator("low SpO2 or HAPE/HACE signs at altitude", "emergent", ("high_altitude",),
                  any_of=("spo2_le_84", "dyspnoea_severe", "unsteady", "new_confusion", "drowsy",
                          "reduced_consciousness"),
                  source="Wilderness Medical Society 2019: HAPE / HACE, descend and treat"),
    Discriminator("SpO2 below a COPD target", "emergent", ("spo2_le_87", "copd_target"),
                  source="BTS oxygen guideline 2017: below an 88-92 % target range"),
    Discriminator(
        "hypotension with shock signs", "emergent", ("sbp_le_90",),
        any_of=("hr_high_risk", "not_alert", "shock_signs", "faint_dizzy"),
        source="NICE NG51 high-risk criteria: SBP <= 90 with HR > 130, altered mental state, mottled/ashen skin",
    ),
    Discriminator(
        "fast pulse with adverse features", "emergent", ("hr_high_risk",),
        any_of=("faint_dizzy", "chest_pain", "dyspnoea", "not_alert", "sbp_le_90"), source=_RCUK,
    ),
    Discriminator(
        "slow pulse with adverse features", "emergent", ("hr_le_40",),
        any_of=("faint_dizzy", "near_faint", "chest_pain", "dyspnoea", "not_alert", "sbp_le_90"), source=_RCUK,
    ),
    # RCUK 2021 bradycardia: a pulse under 50 with two adverse features of shock, ischaemia or heart failure
    # (clammy, breathless, near-faint, nausea, chest pain, SBP <= 90) is symptomatic, an emergency; silent
    # ischaemia without pain in the old and diabetic (NICE CG95 1.1.3)
    Discriminator(
        "slow pulse with two adverse features", "emergent", ("hr_lt_50",),
        any_of=("clammy", "shock_signs", "dyspnoea", "near_faint", "faint_dizzy", "nauseated", "chest_pain", "sbp_le_90"),
        at_least=2, none_of=("chronic_only",), source=_RCUK,
    ),
    # a pulse faster than the systolic pressure in an adult (shock index > 1) is shock, compensated or
    # not, whatever the cause: bleeding, sepsis, a coronary syndrome (ATLS 10th ed.; Allgöwer 1967)
    Discriminator("shock index over 1", "emergent", ("shock_index_gt_1",),
                  source="ATLS 10th ed.: shock index (HR / SBP) > 1, shock until proven otherwise"),
    Discriminator("hypertensive emergency", "emergent", ("bp_severe", "target_organ"), source=_HTN),
    Discriminator("GCS<=8", "emergent", ("gcs_le_8",), source="Glasgow Coma Scale 8 or less: coma"),
    Discriminator("T>=41C", "emergent", ("temp_ge_41",), source="Manchester Triage System: very hot (>= 41 C)"),
    Discriminator("T<35C", "emergent", ("temp_lt_35",), source="RCUK/ERC 2021: accidental hypothermia, core < 35 C"),
    Discriminator(
        "cold exposure with altered consciousness", "emergent", ("cold_exposure", "not_alert"),
        source="RCUK/ERC 2021: accidental hypothermia with impaired consciousness",
    ),
    Discriminator("news2 5-6", "urgent", ("news2_ge_5",), source=f"{_NEWS2}: 5-6 urgent response"),
    Discriminator(
        "news2 single red", "urgent", ("news2_single_red",),
        source=f"{_NEWS2}: one parameter at 3, urgent ward-based response",
    ),
    Discriminator(
        "SpO2 93-94%", "urgent", ("spo2_93_94",),
        source="NHS England pulse oximetry at home: 93-94% -> call 111 / GP",
    ),
    Discriminator(
        "BP>=180/120", "urgent", ("bp_severe",),
        source="NICE NG136 1.5: same-day assessment for target-organ damage",
    ),
)

GROUP: Final = Group("abnormal_vital_signs", CONCEPTS, DISCRIMINATORS)
