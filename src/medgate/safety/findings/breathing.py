"""Breathing difficulty: severe features, a failing reliever, breathlessness worsening over days.

Sources: BTS/SIGN 158 British guideline on the management of asthma (2019): acute severe asthma
(cannot complete sentences in one breath, RR >= 25, HR >= 110) and life-threatening features
(SpO2 < 92 %, cyanosis, exhaustion, altered consciousness) need hospital care; NHS asthma-attack
advice: if there is no improvement after 10 puffs of the reliever, call 999; Manchester Triage
System, "shortness of breath": unable to talk in sentences (very urgent), acute onset; NICE
NG106 (chronic heart failure, 2018): breathlessness lying flat and at rest are signs of
decompensation; NICE NG143 red: chest indrawing, grunting; NICE CKS "Croup" (2023): stridor at
rest needs emergency admission; NICE CKS "Sore throat - acute": suspected epiglottitis (drooling,
difficulty swallowing, stridor, sitting forward) needs immediate admission. Breathlessness that
has been the same for years is a stable state, not an emergency; a change in it is not.
"""

from __future__ import annotations

from typing import Final

from medgate.safety.findings.base import Discriminator, Group
from medgate.safety.rules.base import NOT_A_LESION, ONLY_WHEN_UPSET, WHEN_UPSET, Concept, gap

_CANT = r"(?:can['’]?t|cannot|can not|unable to|could ?n['’]?t|struggl\w* to)"
_WHO = r"(?:my|his|her|their|our|the)"

CONCEPTS: tuple[Concept, ...] = (
    # breathless on exertion that settles with a rest of a minute or so: at altitude the expected response
    # while acclimatising, not HAPE (Wilderness Medical Society 2019: HAPE is breathlessness at rest)
    Concept("exertion_settles", (r"(?:recover\w*|settles?|settled|settling|goes|went|passes|passed|eases?|eased)"
                                 r"(?: off| away)? (?:within|after|in) (?:a|one|\d+|a few|a couple of|about a) (?:minute|min)\w*"
                                 r"|(?:recover\w*|settles?|settled|eases?|eased) (?:with|on|after) (?:a )?(?:rest\w*|a sit down|stopping)",)),
    Concept(
        "dyspnoea_severe",
        (
            rf"{_CANT} (?:finish|complete|get out|say) (?:a |full |whole |his |her |my )?(?:sentences?|words)"
            r"|(?:only|just) (?:(?:say|get|manage|speak|talk)(?:s|ing)? )?(?:one|two|three|a few|2|3)"
            r"(?: or (?:two|three|2|3))? words"
            r"(?: at a time)?",
            r"(?:breathless|short of breath|out of breath|struggling to breathe) (?:even )?(?:at rest"
            r"|sitting (?:still|down)|lying down|doing nothing)|(?:at rest|sitting still) (?:and )?"
            r"(?:breathless|short of breath)",
            rf"(?:sleep\w*|slept|sit\w*|propped) (?:\w+ ){{0,2}}(?:up|upright) (?:\w+ ){{0,4}}(?:pillows|(?:arm)?chair|or (?:i|he|she))"
            # orthopnoea told as cause: "can't breathe when he lies down" (NICE NG106: orthopnoea)
            rf"|{_CANT} (?:breathe|get (?:his|her|my) breath) (?:when|if|once) (?:i|he|she|they) (?:lie|lies|lay)s? (?:down|flat)"
            rf"|{_CANT} lie (?:flat|down)|orthopn\w*|(?:wak\w*|woke) (?:up )?(?:at night )?(?:gasping|fighting for breath"
            r"|breathless|short of breath)|(?:feel|feels|feeling) like (?:i['’]?m|he['’]?s|she['’]?s) drowning",
            rf"(?:face|fingers)(?: \w+){{0,3}} (?:blue|grey|gray|dusky|purple){NOT_A_LESION}|cyanos\w*|turning blue"
            rf"|(?:lips|tongue)(?: \w+){{0,3}} (?:grey|gray|dusky){NOT_A_LESION}",
            r"(?:exhausted|tiring|too tired) (?:from|with|of) (?:breathing|trying to breathe)|silent chest"
            r"|gasping for (?:breath|air)|fighting for (?:breath|air)",
        ),
    ),
    Concept(
        "reliever_failing",
        (
            r"(?:inhaler|salbutamol|ventolin|reliever|puffer|nebuli[sz]er|blue one)(?: \w+){0,6} (?:isn['’]?t|is not"
            r"|not|doesn['’]?t|does not|didn['’]?t|did not|hasn['’]?t|has not|no longer|stopped) (?:helping|working"
            r"|doing anything|touching it|making (?:any )?difference|help\w*|work\w*)",
            # "been through my whole inhaler and nothing is working"
            r"(?:inhaler|salbutamol|ventolin|reliever|puffer|nebuli[sz]er|blue one)(?: \w+){0,4} (?:and|but) nothing"
            r"(?: is| has| seems to be)?(?: been)? (?:working|helping|touching it)",
            # a reliever needed every few minutes (NHS: more than every 4 hours is already urgent)
            r"(?:inhaler|salbutamol|ventolin|reliever|puffer|blue one)(?: \w+){0,3} every (?:few|couple of|\d{1,2})"
            r" ?(?:min\w*|m)\b",
            rf"(?:10|ten|\d\d) puffs{gap(7)}(?:no|not|didn['’]?t|doesn['’]?t|hasn['’]?t|isn['’]?t|still)",
        ),
    ),
)

_STRIDOR = (
    rf"stridor\w*{ONLY_WHEN_UPSET}|(?:high[- ]pitched|harsh|squeaky|whistling|crowing|rasping|noisy) (?:\w+ ){{0,2}}(?:noise|sound"
    r"|breathing)(?: \w+){0,6} (?:breath\w* in|inhal\w*|in-breath)|(?:noise|sound) (?:when|as) (?:he|she|they|i)"
    r" breathes? in|(?:high[- ]pitched|harsh|squeaky|whistling|crowing|rasping|noisy) (?:breath|breathing) in\b"
)

CONCEPTS += (
    # croup's cough and voice: barking or seal-like, a hoarse voice or cry (NICE CKS croup)
    Concept("croup_cough", (r"bark\w*(?:,? [\w-]+){0,2} cough|(?:seal|sea[- ]lion)(?:[- ]?like)?(?: \w+)? cough"
                            r"|cough\w*(?: \w+){0,2} like a (?:seal|sea[- ]lion|dog)|croup(?!\w)",)),
    Concept("hoarse", (r"hoarse\w*|(?:croaky|husky|raspy) (?:voice|cry)|(?:voice|cry)(?: [\w'’]+){0,3} (?:hoarse|croaky|husky|raspy)",)),
    Concept("stridor", (_STRIDOR,)),
    Concept("stridor_on_upset", (rf"stridor{WHEN_UPSET}",)),
    Concept(
        "stridor_at_rest",
        (
            r"(?:noisy|harsh|squeaky|whistling) (?:breathing|noise|sound)(?: \w+){0,4} (?:even )?(?:at rest|when (?:he|she"
            r"|they)['’]?(?:s|re|is|are)? (?:calm|resting|quiet|still|asleep|sitting))",
            r"stridor (?:at rest|even at rest|when (?:calm|resting|settled))",
        ),
    ),
    Concept(
        "drooling",
        (
            r"drool\w*|dribbl\w*|(?:can['’]?t|cannot|won['’]?t|unable to|not able to|refus\w* to) swallow (?:\w+ ){0,2}"
            r"(?:saliva|spit|anything|his spit|her spit)",
        ),
    ),
    # blue or purple lips or tongue: central cyanosis (BTS/SIGN 158, NICE NG143 red), its own concept
    # so that a mouth stained by a blue drink, sweet or food dye can be told apart (below)
    # (a shade told before the colour counts: "lips a funny greyish blue", "grey-blue lips")
    Concept("blue_mouth", (rf"(?:lips|tongue)(?: \w+){{0,3}} (?:(?:grey|gray|green)(?:ish)?[ -]?)?(?:blue|purple){NOT_A_LESION}"
                           # ... told from the colour: "goes blue around the lips", "purple round her mouth"
                           r"|(?:blue|purple|dusky) (?:a?round|about) (?:the |his |her |their |my )?(?:lips|mouth)",)),
    Concept(
        "blue_dye",
        (r"(?:blue|purple)(?: \w+){0,2} (?:slush\w*|ice (?:pop|lolly)|lolly|lollies|lollipops?|sweets?|candy|drinks?"
         r"|juice|icing|frosting|popsicles?|ice ?cream|cordial|jelly|gum|raspberry|gatorade|powerade|food colou?r\w*)"
         r"|food (?:colou?r\w*|dye)|blueberr\w*|blackcurrant|ribena|slush(?:ie|y|ies|ee)s?",),
    ),
    # the sputum of acute pulmonary oedema (NICE CG187 acute heart failure)
    Concept("pink_frothy_sputum", (r"(?:pink\w*|blood[- ]?(?:stained|tinged)),? (?:and )?froth\w*|froth\w*,? (?:and )?(?:pink\w*|blood[- ]?(?:stained|tinged))"
                                   r"|froth\w* (?:\w+ ){0,2}(?:spit|sputum|phlegm|mucus)\b(?: \w+){0,2} (?:pink\w*|blood\w*)",)),
    # a breath-holding spell: a toddler who cries, holds the breath and goes blue, set off by upset, and
    # recovers fully (NHS "Breath-holding in babies and children"; NICE CKS: benign, not an emergency
    # when the episode follows crying and recovery is complete)
    # (NICE CKS breath-holding spells: set off by crying, anger or upset; a child "grows out of it", and the
    # consciousness concepts do not read that as "out of it")
    # (told in the past as often as the present: "screamed, then held her breath")
    Concept("breath_holding", (r"breath[- ]holding (?:spells?|attacks?|episodes?)|(?:cries|crying|cried|scream\w*|tantrum\w*"
                               r"|bawl\w*|upset|angry|cross|vex\w*)"
                               r"(?: \w+){0,3},? (?:and )?(?:then )?(?:hold(?:s|ing)?|held) (?:his|her|their) breath"
                               r"|(?:is|it['’]?s|was|calls? it|called it|diagnosed (?:with|as)) (?:a |just )?breath[- ]holding\b",)),
    # blue lips after cold water or weather that are told pink again: the blue of cold (peripheral
    # cyanosis from vasoconstriction) gone with rewarming, not the central cyanosis of BTS/SIGN 158 (NHS
    # "Cold water shock": warm up, seek help if symptoms persist). A cold word, then the colour told back;
    # lips still or now blue, or blue again, after it keep the cyanosis
    Concept("cold_blue_passed", (
        r"(?:(?:water|sea|pool|lake|river|loch|creek|dam|weather|wind)(?: \w+){0,2} (?:was|is|felt|were)"
        r"(?: (?:so|really|very|absolutely|bloody|proper|properly|quite))? (?:freezing|ice[- ]cold|icy|cold|chilly|frigid)\b"
        r"|(?:freezing|ice[- ]cold|icy|frigid|cold|chilly) (?:water|sea|pool|lake|river|loch|swim|dip|plunge)"
        r"|(?:in|out in) the (?:snow|cold|frost)\b|cold[- ]water (?:swim\w*|dip)|wild swim\w*)"
        r"(?=[^\n]{0,400}?\b(?:lips|colou?r|face|mouth)(?: (?:are|is|have|has|were|was|went|gone|looks?|looking|back|now|all))*"
        r" (?:pink|rosy|red|normal)(?: colou?r)?(?: (?:and \w+ )?again|now)\b)"
        r"(?![^\n]*\b(?:(?:still|now|again|keeps?|going) (?:[\w'’]+ ){0,2}(?:blue|purple|dusky)|(?:blue|purple|dusky) again)\b)",)),
    Concept("sitting_forward", (r"(?:sitting|leaning|sits|leans|sat) (?:\w+ ){0,2}forward|tripod\w*",)),
)

# breathlessness told as no worse than the person's own (COPD, heart failure): what is "more than
# usual" is then something else (sputum, a cold), not the breathing (NICE NG115: an exacerbation is a
# sustained worsening of symptoms from the stable state)
_AT_BASELINE: Final = Concept("breathing_at_baseline", (
    r"(?:breathless\w*|breathing|short(?:ness)? of breath)(?: \w+){0,3} (?:at|is at|no worse than|same as|(?:is |was )?as)"
    r" (?:his|her|my|their|the)? ?(?:usual|normal|baseline|stable)(?: baseline| level| state)?\b",))
CONCEPTS += (_AT_BASELINE,)
# A recurring attack of panic, over and back to normal, its heart and blood tests already normal (NICE CKS
# "Panic disorder", 2023: recurrent unexpected attacks with normal investigation; NICE CG113): not the
# acute onset MTS means. Still breathless now, or nothing told normal, it stays an acute onset.
_NOT_NOW = r"(?![^\n]*\b(?:still|now)(?: \w+){0,2} (?:breathless|can['’]?t breathe|short of breath|struggling)\b)"
CONCEPTS += (
    Concept(
        "recurrent_panic_settled",
        (r"(?:(?:2nd|3rd|4th|5th|second|third|fourth|fifth|another|same as (?:the )?(?:last|other)s?) (?:time|one|episode|attack)"
         r"|(?:keeps|kept) happening|panic attacks?)"
         r"(?=[^\n]{0,400}?\b(?:ecgs?|ekgs?|bloods|blood tests|tests|heart tests)\b[^\n.!?]{0,60}?\b(?:normal|clear|fine)\b)"
         r"(?=[^\n]{0,400}?\b(?:back to normal|settled|passed|went (?:away|off)|wore off|calmed down)\b)" + _NOT_NOW,),
    ),
)

DISCRIMINATORS: Final = (
    Discriminator(
        "severe breathing difficulty", "emergent", ("dyspnoea_severe",), none_of=("chronic_only",),
        source="BTS/SIGN 158: acute severe / life-threatening features; MTS: unable to talk in sentences",
    ),
    # in sickle cell disease two of fever, chest or side pain on breathing in, fast or hard breathing and a low
    # saturation are an acute chest syndrome until an X-ray says otherwise (NICE CKS sickle cell disease: admit
    # for suspected acute chest syndrome; BSH 2015 acute chest syndrome guideline: SpO2 below 94 % or falling)
    Discriminator(
        "acute chest syndrome signs in sickle cell", "emergent", ("sickle_cell_disease",),
        any_of=("fever", "pleuritic_pain", "chest_pain", "dyspnoea", "spo2_le_92", "spo2_93_94", "rr_21_24", "rr_ge_25",
                "child_rr_amber"),
        at_least=2, none_of=("chronic_only",),
        source="NICE CKS sickle cell disease; BSH (2015): suspected acute chest syndrome, emergency admission",
    ),
    # blue lips or tongue are cyanosis unless a blue drink, sweet or food dye is named for them, or the
    # blue of cold water or weather is told pink again; a stained mouth with breathing difficulty, drowsiness or a grey face still fires on those
    Discriminator(
        "blue lips or tongue", "emergent", ("blue_mouth",),
        none_of=("chronic_only", "blue_dye", "breath_holding", "cold_blue_passed"),
        source="BTS/SIGN 158: cyanosis, life-threatening; NICE NG143 red: blue skin, lips or tongue",
    ),
    Discriminator(
        "blue lips with breathing difficulty or drowsiness", "emergent", ("blue_mouth",),
        any_of=("dyspnoea", "dyspnoea_severe", "chest_indrawing", "grunting", "drowsy", "child_unrousable",
                "reduced_consciousness", "new_confusion", "not_alert"),
        source="BTS/SIGN 158: cyanosis, life-threatening; NICE NG143 red: blue with breathing or rousability signs",
    ),
    Discriminator("pink frothy sputum", "emergent", ("pink_frothy_sputum",), none_of=("chronic_only",),
                  source="NICE CG187 acute heart failure: suspected acute pulmonary oedema, emergency admission"),
    Discriminator(
        "reliever not working", "emergent", ("reliever_failing",),
        source="NHS asthma attack advice: no better after 10 puffs, call 999; BTS/SIGN 158",
    ),
    Discriminator(
        "breathlessness worsening with a red feature", "emergent", ("dyspnoea", "worsening"),
        any_of=("fever", "chest_pain", "not_alert", "spo2_93_94", "hr_high_risk", "unilateral_leg_swelling"),
        none_of=("child",),  # NEWS2's thresholds are for 16 and over; children.py has the paediatric ones
        source="MTS shortness of breath; NICE NG51/NG106: worsening breathlessness with fever, pain or abnormal vitals",
    ),
    # ... a breathing rate of 21-24 alone is not a red feature in COPD with saturations at the person's own usual
    # level: a same-day exacerbation (NICE NG115: admit for severe breathlessness, SpO2 below target, confusion;
    # BTS 2017 target 88-92 %); below the usual level or unable to speak in sentences still fires elsewhere
    Discriminator(
        "breathlessness worsening with a fast breathing rate", "emergent", ("dyspnoea", "worsening", "rr_21_24"),
        none_of=("child", "copd_target"),
        source="MTS shortness of breath; NEWS2 RR 21-24; NICE NG115 (COPD at its own target saturations)",
    ),
    Discriminator(
        "sudden breathlessness", "emergent", ("dyspnoea", "onset_sudden"),
        none_of=("chronic_only", "recurrent_panic_settled", "exertion_settles"),
        source="MTS shortness of breath: acute onset",
    ),
    # ... the same at sea level even when it settles; at altitude, breathlessness on exertion that settles in a
    # minute is acclimatisation, emergent only at rest or with a saturation under 85 % (WMS 2019, vital_signs)
    Discriminator(
        "sudden breathlessness", "emergent", ("dyspnoea", "onset_sudden", "exertion_settles"),
        none_of=("chronic_only", "recurrent_panic_settled", "high_altitude"),
        source="MTS shortness of breath: acute onset",
    ),
    Discriminator(
        "chest indrawing with breathing difficulty", "emergent", ("chest_indrawing",),
        any_of=("dyspnoea", "dyspnoea_severe", "reliever_failing", "child"),
        source="BTS/SIGN 158: recession and accessory muscle use in acute severe asthma; NICE NG143 red: chest indrawing",
    ),
    Discriminator("stridor at rest", "emergent", ("stridor_at_rest",), source="NICE CKS croup: stridor at rest"),
    Discriminator("stridor only when upset", "urgent", ("stridor_on_upset",),
                  source="Westley croup score / NICE CKS croup: stridor only on agitation is mild to moderate, same-day review"),
    # croup in a child with any stridor (even only when upset), a hoarse voice or a fever: seen the same day
    # (NICE CKS croup 2023: assess severity face to face; stridor on agitation is mild to moderate croup)
    Discriminator("croup with stridor, hoarseness or fever in a child", "urgent", ("croup_cough", "child"),
                  any_of=("stridor", "stridor_on_upset", "hoarse", "fever"), none_of=("chronic_only",),
                  source="NICE CKS croup (2023): a barking cough with stridor or hoarseness, same-day assessment"),
    Discriminator(
        "stridor with indrawing or drooling", "emergent", ("stridor",),
        any_of=("chest_indrawing", "drooling", "sitting_forward", "dyspnoea_severe"),
        source="NICE CKS croup / sore throat: stridor with respiratory distress, suspected epiglottitis",
    ),
    Discriminator(
        "drooling with fever or stridor", "emergent", ("drooling",),
        any_of=("stridor", "sitting_forward", "fever"), none_of=("chronic_only",),
        source="NICE CKS sore throat: suspected epiglottitis, immediate admission",
    ),
    Discriminator(
        "breathlessness worsening over days", "urgent", ("dyspnoea", "worsening"), none_of=("breathing_at_baseline",),
        source="NICE NG106 / NG115: a change in breathlessness needs prompt review",
    ),
)

GROUP: Final = Group("breathing_difficulty", CONCEPTS, DISCRIMINATORS)
