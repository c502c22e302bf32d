"""Problems that need a clinician within 24 hours but not an emergency department.

Each discriminator names its source; all set the level `urgent` (softer advice: see a GP, an
urgent treatment centre or 111 today). Sources: RCOG
Green-top 43 (intrahepatic cholestasis of pregnancy, 2022); RCOG Green-top 69 (nausea, vomiting
and hyperemesis gravidarum, 2016); BTS/SIGN 158 (moderate asthma exacerbation: worse symptoms,
PEF 50-75 % of best); NICE CKS epilepsy (a missed supply of antiseizure medicine needs an urgent
prescription); NICE NG91 (acute otitis media) and NG84 (sore throat: FeverPAIN/Centor);
NICE CKS renal colic; NICE NG196 (atrial fibrillation: an irregular pulse needs an ECG); NICE
NG12 (jaundice: urgent assessment); BNF methotrexate (sore throat or mouth ulcers: urgent blood
count); NICE NG141 (cellulitis spreading past a marked edge); NICE NG106 (chronic heart failure: a weight gain of more than
2 kg in 3 days, or more swelling, needs the heart failure team's review); NICE CKS foreign body in
the nose (removed the same day, in primary care or by ENT; a button battery or magnets at once).
Bites are bites.py's; frostbite and trench foot cold_injury.py's; shingles near the eye is shingles.py's;
a fragility fracture of the spine and pemphigoid's blisters are older_adult.py's; mastitis and a diabetic foot breast_and_foot.py's; HIV and
rabies post-exposure care exposure_care.py's; pelvic inflammatory disease pelvic_infection.py's.
"""

from __future__ import annotations

from typing import Final

from medgate.safety.findings.achilles import CONCEPTS as ACHILLES_CONCEPTS
from medgate.safety.findings.achilles import DISCRIMINATORS as ACHILLES_DISCRIMINATORS
from medgate.safety.findings.base import Discriminator, Group
from medgate.safety.findings.bites import CONCEPTS as BITE_CONCEPTS
from medgate.safety.findings.bites import DISCRIMINATORS as BITE_DISCRIMINATORS
from medgate.safety.findings.breast_and_foot import CONCEPTS as BREAST_AND_FOOT_CONCEPTS
from medgate.safety.findings.breast_and_foot import DISCRIMINATORS as BREAST_AND_FOOT_DISCRIMINATORS
from medgate.safety.findings.cold_injury import CONCEPTS as COLD_CONCEPTS
from medgate.safety.findings.cold_injury import DISCRIMINATORS as COLD_DISCRIMINATORS
from medgate.safety.findings.exposure_care import CONCEPTS as EXPOSURE_CARE_CONCEPTS
from medgate.safety.findings.exposure_care import DISCRIMINATORS as EXPOSURE_CARE_DISCRIMINATORS
from medgate.safety.findings.joints import SKIN_LESION
from medgate.safety.findings.older_adult import CONCEPTS as OLDER_ADULT_CONCEPTS
from medgate.safety.findings.older_adult import DISCRIMINATORS as OLDER_ADULT_DISCRIMINATORS
from medgate.safety.findings.pelvic_infection import CONCEPTS as PELVIC_CONCEPTS
from medgate.safety.findings.pelvic_infection import DISCRIMINATORS as PELVIC_DISCRIMINATORS
from medgate.safety.rules.base import Concept
from medgate.safety.rules.stroke import FOREHEAD_WEAK

_SKIN_LESION = SKIN_LESION
CONCEPTS: Final = (
    Concept("migraine_aura", (r"migraines? with (?:an )?aura|(?<!without )(?<!no )aura\b|zig-?zag (?:lines|lights)"
                              r"|(?:flashing|shimmering) lights before (?:a |the |my |her |his )?(?:migraine|headache)",)),
    # the combined pill newly started (the time told inside the finding, so "2 months ago" makes no history):
    # FSRH CHC guideline 2019 / UKMEC 2016: migraine with aura new or worse after starting CHC, stop it now
    Concept("combined_hormonal", (r"(?:started|starting|began|begun|new(?:ly)? (?:on|started on))(?: on| taking)? (?:the |a |my |her )?"
                                  r"(?:combined (?:oral contraceptive )?pill|combined contracepti\w*|(?-i:COCP?|CHC)\b|microgynon"
                                  r"|rigevidon|yasmin|cilest|marvelon|(?:contraceptive|evra) patch|nuvaring|vaginal ring)"
                                  r"(?: (?:\d+|a|two|three|few|couple of) (?:weeks?|months?) ago)?",)),
    # (the heart-failure team told by its letters too: "HF nurse", "the HF clinic")
    Concept("heart_failure_known", (r"heart[- ]failure|(?-i:CHF|CCF|HFrEF|HFpEF)\b|weak heart|heart (?:is|isn['’]?t) pumping"
                                    r"|(?-i:HF) (?:nurses?|team|clinic|service|specialist)",)),
    Concept("fluid_gain", (r"(?:gained|put on|gone up|up by|weight (?:is )?up)(?: \w+){0,2} (?:\d+(?:\.\d)?|two|three|four|five)"
                           r" ?(?:kg|kilos?|lbs?|pounds)|more (?:ankle|leg|feet|foot) swelling"
                           r"|(?:ankles|legs|feet) (?:are |have )?(?:more|getting more|much more) swollen"
                           # ... or puffier, socks marking deeper (NICE NG106 / ESC HF: more swelling, call the HF team)
                           r"|(?:ankles|legs|feet) (?:(?:are|look|looking|getting|got|have) ){0,2}(?:puffier|fatter|more puffy)",)),
    *BITE_CONCEPTS,
    Concept("itchy_palms_soles", (r"itch\w*(?: \w+){0,6} (?:palms|soles|hands and feet|feet and hands)"
                                  r"|(?:palms|soles|hands and feet)(?: \w+){0,4} itch\w*|(?-i:ICP)\b|cholestasis",)),
    # ketones in the urine (a dipstick's "2+", "++"): RCOG Green-top 69 counts ketonuria with vomiting
    # in pregnancy toward hyperemesis gravidarum
    Concept("ketonuria", (r"ketonuria|(?:urine |dip\w* )?ketones?(?: \w+){0,2}:? ?(?:[1-4] ?\+|\+{2,4})(?!\w)"
                          r"|(?:[2-4] ?\+|\+{2,4}) (?:of )?ketones?",)),
    Concept("cant_keep_down", (r"(?:can['’]?t|cannot|can not|unable to|not able to) keep (?:anything|fluids|water|food"
                               r"|drinks?|tablets|it) down|(?:comes?|came|coming) (?:straight|right) back up",)),
    Concept("asthma", (r"asthma\w*",)),
    Concept("asthma_worse", (r"(?:blue inhaler|reliever|ventolin|salbutamol|inhaler)(?: \w+){0,4} (?:\d|three|four|five"
                             r"|six) (?:or \d )?times a day"
                             # a reliever needed every 4 hours or more often (BTS/SIGN 158: a moderate exacerbation)
                             r"|(?:blue inhaler|reliever|ventolin|salbutamol|inhaler|puffer)(?: \w+){0,4} (?:every|helps for|lasts|works for)"
                             r" (?:about |only |around )?(?:[1-4]|one|two|three|four)(?: ?(?:-|to|or) ?[1-4])? (?:hours?|hrs?|h)\b"
                             # ... told as a record does: "salbutamol 4-hourly", "PEF 62% of best"
                             r"|(?:blue inhaler|reliever|ventolin|salbutamol|inhaler|puffer)(?: \w+){0,2} (?:[1-4]|two|three|four)[- ]?hourly"
                             r"|(?:peak flow|(?-i:PEFR?))(?: \w+){0,6} (?:[5-7]\d ?%|(?:[1-3]\d\d|4[0-4]\d)"
                             r" when my best)|waking (?:up )?(?:at night )?(?:coughing|wheezing|breathless)",)),
    Concept("antiseizure_missing", (r"(?:run|ran|running) out of (?:my |his |her )?(?:\w+ )?(?:epilepsy|seizure|"
                                    r"anti-?(?:epileptic|seizure)|levetiracetam|keppra|lamotrigine|sodium valproate"
                                    r"|carbamazepine)",)),
    Concept("ear_pain", (r"ear ?ache|ear (?:pain|infection)|pain in (?:\w+ )?ear|pulling at (?:his|her|their) ear"
                         r"|tugging (?:at )?(?:his|her|their) ear|(?:tympanic membrane|eardrum) (?:\w+ )?(?:bulging|red)",)),
    Concept("ear_discharge", (r"(?:gunk|pus|discharge|fluid|goo)(?: \w+){0,3} (?:coming )?(?:out of|from) (?:the |his "
                              r"|her |my )?ear|discharging ear|otorrh\w*",)),
    Concept("tonsil_pus", (r"white (?:spots|patches)|pus on (?:\w+ )?tonsils|tonsillar exudate|exudat\w*",)),
    # a fever that comes down with a painkiller ("settles with ibuprofen", "temp came down with Calpol"), and a
    # child still playing: NICE NG91 / NG143 read a child so as not systemically unwell
    Concept("fever_settles", (r"(?<!not )(?<!n['’]t )(?<!never )settles? (?:down )?(?:well )?(?:with|on|after) (?:\w+ )?(?:ibuprofen|paracetamol"
                              r"|calpol|nurofen|painkillers?|medicine)|(?:it|temp\w*|fever) (?:comes|came|goes|went) (?:back )?down"
                              r" (?:with|on|after) (?:\w+ )?(?:ibuprofen|paracetamol|calpol|nurofen|medicine)",)),
    Concept("child_playing", (r"(?<!not )(?<!n['’]t )(?<!stopped )(?:eating|drinking)(?:,| and)(?: drinking| eating)?(?:,| and)? playing\b"
                              r"|(?<!not )(?<!n['’]t )(?<!stopped )playing (?:normally|happily|as usual|well|fine)",)),
    # a blood-pressure or fluid tablet's dose raised (an ACE inhibitor, a sartan, a diuretic): "ramipril increased from
    # 2.5 to 5 mg", "they doubled my furosemide" (NICE NG106 / BNF: check BP and symptoms after each up-titration)
    Concept("bp_drug_raised", (
        r"(?:(?:rami|lisino|enala|perindo|capto|quina|fosino|trando)pril|(?:losar|candesar|valsar|irbesar|olmesar|telmisar)tan"
        r"|furosemide|frusemide|bumetanide|torasemide|indapamide|bendroflumethiazide|spironolactone|eplerenone)"
        r"(?: (?:dose|was|has been|had been|got|been|just))* (?:increased|raised|doubled|upped|went up|gone up|up-?titrated)\b"
        r"|(?:increased|raised|doubled|upped) (?:my |her |his |their |the )?(?:dose of (?:my |her |his |their |the )?)?"
        r"(?:(?:rami|lisino|enala|perindo|capto|quina|fosino|trando)pril|(?:losar|candesar|valsar|irbesar|olmesar|telmisar)tan"
        r"|furosemide|frusemide|bumetanide|torasemide|indapamide|bendroflumethiazide|spironolactone|eplerenone)\b",)),
    Concept("atrial_fibrillation", (r"atrial fibrillation|(?-i:AF)\b|a-?fib",)),
    Concept("irregular_pulse", (r"(?:pulse|heart ?beat|heart)(?: \w+){0,4} (?:irregular\w*|all over the place|skipping)"
                                r"|irregularly irregular|new (?:af|atrial fibrillation)|irregular (?:pulse|heart ?beat|heart rhythm)",)),
    # an irregular pulse found by a check, not felt as an illness: at a pharmacy or blood pressure check, by a
    # home monitor or a watch ("found to have an irregular pulse at a pharmacy check", "my watch says afib")
    Concept("pulse_found_at_check",
            (r"irregular (?:pulse|heart ?beat|heart rhythm|rhythm)(?: [\w'’]+){0,4} (?:at|during|on|by|from|in) (?:an? |the |my"
             r" |her |his |their )?(?:[\w'’-]+ ){0,3}(?:check\w*|check-?up|screening|review|reading|machine|monitor|watch"
             r"|pharmacy|chemist)\b"
             r"|(?:pharmacy|pharmacist|chemist|check-?up|(?:health|blood pressure|bp|routine|annual|medical) check|screening"
             r"|smart ?watch|apple watch|fitbit|(?:bp|blood pressure) (?:machine|monitor|cuff)|watch)(?: [\w'’]+){0,6}"
             r" (?:an? )?(?:irregular (?:pulse|heart ?beat|heart rhythm|rhythm)|(?:pulse|heart ?beat|rhythm) (?:is|was|felt|seemed|being)"
             r" (?:a bit |a little |slightly )?irregular|(?:possible |suspected )?(?:a-?fib\b"
             r"|atrial fibrillation))",)),
    # the ECG NG196 asks for already done and showing AF ("ECG shows atrial fibrillation")
    Concept("af_on_ecg", (r"(?:(?-i:ECG|EKG)|electrocardiogram)(?: \w+){0,3} (?:shows?|showed|showing|confirms?|confirmed|confirming"
                          r"|demonstrates?|in|consistent with) (?:\w+ )?(?:atrial fibrillation|(?-i:AF)\b)",)),
    # tiredness told as new or more than usual: a symptom of AF (NICE CKS atrial fibrillation: fatigue,
    # reduced exercise tolerance), which makes an irregular rhythm or AF symptomatic (below); "tired" alone
    # (a long day, a poor night) is not told as a change
    Concept("more_tired", (r"(?:more|unusually|extra|a lot more|much more|a bit more|a little more) (?:tired|fatigued|weary|exhausted|worn out)\b"
                           r"|tireder|(?:new|increasing|worsening|more|unusual) (?:fatigue|tiredness|exhaustion)"
                           r"|(?:tired|fatigued|exhausted|worn out)(?: \w+)? than (?:usual|normal|before)",)),
    # (yellow crust or discharge on the lids is conjunctivitis, NICE CKS, not a yellow eye)
    Concept("stone_passed", (r"(?:passed|peed out|weed out|came out with|urinated out) (?:a|the|some|two|2) (?:\w+ ){0,2}(?:stones?"
                             r"|gravel|calcul\w*)|stones? (?:has |have |was |were )?(?:passed|come out|came out)",)),
    Concept("pain_gone", (r"pain[- ]free|(?:pain|ache|colic)(?: has| is| was)? (?:now |completely |totally )?(?:gone|settled"
                          r"|resolved|stopped|disappeared)|no (?:more |further )?pain (?:now|since)",)),
    Concept("jaundice", (r"jaundic\w*|(?:skin|eyes|whites of (?:my|his|her) eyes)(?: \w+){0,3} (?:yellow|gone yellow)"
                         r"(?! (?:crust\w*|discharge|pus|gunk|goo|gloop|sticky|mucus|stuff|sleep|crud)\b)"
                         r"|yellow (?:skin|eyes)",)),
    # an object pushed up a nostril ("shoved a pea up his nose", "a bead stuck in her nostril"); a
    # spray or drops are given, not pushed
    # (or into it: "pushed a small plastic bead into his right nostril")
    Concept("nose_fb", (r"(?:pushed|stuck|shoved|poked|jammed)(?: [\w'’]+){0,5} (?:up|into) (?:my |his |her |their |the )?"
                        r"(?:left |right )?(?:nose|nostril)s?\b"
                        r"|(?:beads?|peas?|beans?|buttons?|crayons?|stones?|pebbles?|toys?|lego|rubbers?|erasers?|pieces? of \w+)"
                        r"(?: \w+){0,2} (?:up|into|stuck in|lodged in) (?:my |his |her |their |the )?(?:left |right )?(?:nose|nostril)s?\b",)),
    Concept("immunosuppressant", (r"methotrexate|azathioprine|mycophenolate|carbimazole|clozapine|chemo\w*|tacrolimus",)),
    Concept("sore_throat_or_ulcers", (r"sore throat|mouth ulcers?|ulcers? in (?:my|his|her) mouth",)),
    Concept("marked_spreading", (r"(?:(?:has|have|had|it's|its) )?(?:gone|spread\w*|grown|moved) (?:past|beyond|outside|over) (?:the |my )?(?:pen )?"
                                 r"(?:line|mark|outline)|spreading (?:area|redness)",
                                 # "spread about 2cm past the line", "gone past it a bit", "the red is past the line"
                                 r"(?:past|beyond|outside) (?:the |my |that )?(?:pen |biro |marker |drawn )?(?:line|mark|outline)\b"
                                 r"|(?:gone|spread\w*|grown|moved)(?: [\w'’]+){0,3} (?:past|beyond|outside) it\b"
                                 # the line told by who drew it: "gone past where I drew round it"
                                 r"|(?:past|beyond|outside) where (?:i|we|he|she|they|you|(?:the|my|his|her) \w+) (?:had )?(?:drew|drawn|marked)\b",
                                 # "the red bit is bigger than this morning"
                                 r"(?:red|redness|red (?:bit|area|patch|part)|swelling)(?: \w+){0,3} (?:is |has |looks )?(?:got )?"
                                 r"(?:bigger|grown|larger|spread\w*)(?: \w+){0,2} (?:than|since) (?:this morning|yesterday|last night"
                                 r"|earlier|before)",)),
    # NICE NG98 (hearing loss in adults, 2018) 1.1.1: hearing loss in one ear that came on over 3
    # days or less in the past month needs an ENT (or emergency) review within 24 hours
    Concept(
        "one_ear_hearing_loss",
        (r"(?:hearing|ear)(?: \w+){0,3} (?:went|gone|has gone|suddenly|feels?|feeling|is|turned)(?: all)? ['‘]?"
         r"(?:(?:blocked|full|dull|numb),? (?:and )?)?(?:dull|muffled|deaf)\b"
         r"|(?:muffled|dull|reduced|lost|loss of|no) hearing (?:in|on|from) (?:my |his |her |the |one |that )?(?:left |right )?"
         r"(?:ear|side)|(?:hearing|ear)(?: \w+){0,2} (?:muffled|dull) (?:in|on) (?:my |his |her |the |one |that )?(?:left |right )?"
         r"(?:ear|side)|deaf in (?:one|my|his|her|the) (?:left |right )?ear|sudden (?:sensorineural )?hearing loss"
         # (with ringing between: "muffled hearing and ringing in her right ear"; a sensorineural loss named)
         r"|(?:muffled|dull|reduced) hearing and (?:ringing|buzzing|tinnitus|fullness) (?:in|on) (?:my |his |her |the |one |that )?"
         r"(?:left |right )?ear|sensorineural (?:hearing )?loss"
         r"|(?-i:SSNHL)|weber(?:['’]s)?(?: test)? (?:lateralis|localis)\w* (?:to|away from|towards?)(?: the)? (?:left|right|(?-i:[LR]))\b"
         # a record's side letter and a full ear: "R ear 'full' and muffled hearing", "left ear blocked with dull hearing"
         r"|(?:left|right|(?-i:[LR])) ear ['‘]?(?:full|blocked|dull)['’]?,? (?:and|with) (?:muffled|dull|reduced|decreased|poor) hearing"
         r"|(?:muffled|dull|reduced|decreased) hearing (?:in|on) (?:the )?(?:left|right|(?-i:[LR]))\b(?! side of)"
         # one ear told muffled or deaf, or a sound not heard on one side ("left ear 'muffled', can't hear the phone
         # on that side"; NICE NG98: sudden hearing loss)
         r"|(?:left|right|one|(?:my|his|her) (?:left|right)) ear (?:is |feels |went |has gone |gone )?(?:totally |completely |all |really"
         r" |very |suddenly )?['‘]?(?:muffled|deaf)\b"
         # Weber's test done by humming: the hum heard in the other ear is a sensorineural loss ("when I hum the
         # sound goes to my right ear"; NICE NG98 / ENT UK self-Weber)
         r"|hum(?:s|med|ming)?\b(?: [\w'’]+){0,6}? (?:goes|went|moves|is louder|sounds louder|is heard) (?:\w+ )?(?:to|in|into|on)"
         r" (?:my |his |her |the )?(?:left|right|other|good|better) (?:ear|side)\b"
         r"|(?:can['’]?t|cannot|can not|unable to|not able to|could ?n['’]?t|could not) hear (?:[\w'’]+ ){0,4}(?:on|in|with|out of)"
         r" (?:that|one|the (?:left|right)|(?:my|his|her) (?:left|right)) (?:side|ear)\b",
         # the ear blocked and the sounds muffled, told apart ("ear feeling blocked and sounds muffled", "sounds
         # are muffled on that side"), and a tuning fork on the forehead heard louder on one side (Weber's test)
         r"ear(?: \w+){0,3} (?:feels?|feeling|is|went|gone|has gone) ['‘]?(?:blocked|full|dull|numb)['’]?,? (?:and|with)"
         r" (?:sounds?|everything|things|voices|noises?|speech) (?:are |is |seems? |sounds? )?(?:all )?(?:muffled|distant|far away)"
         r"|(?:sounds?|everything|voices|noises?|speech) (?:are |is |seems? |sounds? )?(?:all )?(?:muffled|distant|far away)"
         r" (?:in|on|through|from) (?:my |his |her |the |one |that )?(?:left |right )?(?:ear|side)\b"
         r"|tuning fork(?: [\w'’]+){0,8} (?:is |was )?(?:heard|sounds?|sounding|seems?) (?:\w+ )?(?:louder|loudest)"
         r" (?:in|on|towards?) (?:the |his |her |my )?(?:left|right|good|other|better)\b",),
    ),
    # found on waking: an onset over hours at most ("woke yesterday with her ear blocked")
    Concept("woke_with", (r"woke (?:up )?(?:(?:yesterday|today|this morning|on \w+|(?:one|two|three|a couple of|\d) days? ago)"
                          r" )?with",)),
    # NICE CKS "Bell's palsy": a facial palsy that takes in the forehead (a lower motor neurone one),
    # prednisolone within 72 hours of onset, so seen the same day
    # ESC 2015 pericardial diseases guideline: pleuritic chest pain eased by sitting forward, or
    # widespread ST elevation with PR depression, is acute pericarditis: same-day assessment (an ECG,
    # an echo for an effusion). (A coronary feature fires the cardiac rules on its own.)
    Concept("pericarditis", (r"(?:eas\w*|better|relieved|settl\w*)(?: \w+){0,2} (?:by |when |on |with )?(?:i |he |she |you )?(?:sit\w*|lean\w*)"
                             r"(?: up)? forward|(?:widespread|diffuse|saddle[- ]shaped|concave)(?: \w+){0,2} st[- ]elevation"
                             r"|(?-i:PR)[- ](?:segment )?depression|pericardial (?:friction )?rub",)),  # (signs, not the word)
    # NICE CG90 (depression) / NG225 (self-harm): passive thoughts of death ("wouldn't mind not waking
    # up") without a plan need an assessment of risk soon, the same day; a plan or intent is the
    # suicide rules' emergency
    Concept("passive_death_wish", (
        r"(?:wouldn['’]?t|would ?n['’]?t|would not|won['’]?t) (?:mind|matter|care)(?: [\w'’]+){0,3} (?:not|never|didn['’]?t|did not"
        r"|didnt) (?:wak\w*|wok\w*)(?: up)?|(?:wish\w*|hop\w*) (?:that )?(?:i|he|she|they) (?:would ?n['’]?t|would not"
        r"|won['’]?t|didn['’]?t|did not|don['’]?t|doesn['’]?t|never|could just not) wake up"
        r"|(?:go to sleep|fall asleep) and (?:not|never) wake up|(?:wish\w*|hop\w*) (?:that )?(?:i|he|she|they) (?:was|were) dead",)),
    # (the stroke rules' own reading of it, so the two layers agree)
    Concept("lmn_facial_palsy", FOREHEAD_WEAK),
    # NICE CKS "Anticoagulation - oral" / BNF warfarin: INR 5-8 without bleeding, withhold doses and
    # recheck; over 8, oral vitamin K: the anticoagulation service or a clinician the same day
    Concept("inr_high", (r"(?-i:INR)(?: (?:is|was|of|came back|reading|result|today|at|now|this morning))*:? ?(?:[5-9](?:\.\d+)?|1\d(?:\.\d+)?)"
                         r"(?!\.?\d)",
                         # a home meter's reading told after it: "INR on my CoaguChek this morning says 7.4"
                         r"(?-i:INR)(?: [\w'’,]+){1,8}(?: (?:says|said|reads|read|showed|shows|showing|gave|came back(?: at| as)?)"
                         # ... or the value given later in the sentence: "did my INR this morning and rang, it's 6.9"
                         r"|,? (?:and )?(?:it['’]?s|it is|it was|it came back(?: at| as)?))"
                         r"(?: me)?:? (?:[5-9](?:\.\d+)?|1\d(?:\.\d+)?)(?!\.?\d)(?! ?(?:mg|milligrams?|days?|hours?|weeks?|times)\b)",
                         # a home INR meter named instead of the INR: "CoaguChek reads 6.9", "my coagucheck said 8.1"
                         r"(?:coagu-?che(?:c)?k|inratio|microinr|xprecia)(?: [\w'’,]+){0,4}? (?:says|said|reads|read|showed|shows"
                         r"|showing|gave|came back(?: at| as)?|is|was|at|of)(?: me)?:? (?:[5-9](?:\.\d+)?|1\d(?:\.\d+)?)(?!\.?\d)"
                         r"(?! ?(?:mg|milligrams?|days?|hours?|weeks?|times|am|pm)\b)",)),
    # a cut whose edges gape apart needs closing (sutures, glue or strips) within hours, at an urgent
    # treatment centre, not 999 (NHS "Cuts and grazes"; NICE CKS lacerations)
    Concept("gaping_wound", (r"(?:cut|cuts|gash\w*|lacerat\w*|wound|slic\w*|split)\b[^.!?\n]{0,80}?\b"
                             # a denial inside the match is past ConText's reach: "not gaping", "isn't gaping"
                             r"(?<!not )(?<!n['’]t )(?<!no longer )(?:gap(?:es|ing|ed|e)(?! hole)"
                             r"|(?:edges|sides) (?:won['’]?t|don['’]?t|do not|will not|wont) (?:meet|close|stay together|come together)"
                             r"|(?:falls|fall|pulls?|splits?|springs?) (?:wide )?open)\b",
                             # the adjective first: "a 2 cm gaping laceration", "a deep gaping cut"
                             r"gaping (?:\w+ )?(?:cut|wound|lacerat\w*|gash|split)",)),
    # a skin tear or flap (ISTAP 2018: realign the flap and dress it; NICE CKS lacerations: closure)
    Concept("skin_flap", (r"skin (?:flap|tear)s?|flap of skin|(?:pretibial|shin) (?:flap|laceration|skin tear)",)),
    # the bleeding stopped by pressure, and the tear closed or dressed (ISTAP 2018: a tear realigned and dressed
    # whose bleeding has stopped is reviewed at the next dressing change, not the same day, even on a blood thinner)
    Concept("bleeding_controlled", (r"(?<!n['’]t )(?<!not )(?<!never )(?:stopped|settled|controlled|stemmed)(?: bleeding)?"
                                    r" (?:with|after|within|in|under) (?:(?:about|around|only|firm|direct|some|gentle) )?"
                                    r"(?:pressure|pinching|\d{1,2}|a few|a couple of|five|ten|fifteen|twenty)\b"
                                    r"|(?:bleeding|bleed)(?: has| had| is| was)? (?:now )?(?:stopped|controlled|settled)\b"
                                    r"|no longer bleeding|(?:has|had) stopped bleeding",)),
    Concept("bleeding_again", (r"(?:start\w*|bleed\w*) (?:up )?again|restart\w*|(?:keeps?|kept) (?:on )?bleeding"
                               r"|(?:soak\w*|ooz\w*|com\w* through) (?:through )?(?:the |his |her )?dressing",)),
    Concept("tear_dressed", (r"steri-?strips?|butterfly (?:strips?|stitches)|dress(?:ed|ing)|taped|glued|realigned"
                             r"|(?:flap|skin) (?:\w+ )?(?:laid|put|eased|rolled) back",)),
    # a barbed hook in the skin: removed (retrograde, string-yank or advance-and-cut) under local
    # anaesthetic the same day, with tetanus cover (NICE CKS lacerations / minor injuries; a hook in or
    # near the eye is an eye emergency); "got the hook out" is not embedded
    Concept("hook_embedded", (r"(?:fish(?:ing)? ?|treble |barbed |lure |trout |salmon )?hooks?(?: [\w'’]+){0,2} (?:is |are |got |still |has gone |went )?"
                              r"(?:(?:buried|embedded|stuck|lodged|caught|hooked|deep|right|gone|in deep|through)(?: \w+){0,2} )?"
                              r"(?:in|into|under|through) (?:the |my |his |her |their |your )?(?:[\w'’]+ ){0,2}(?:finger|thumb|hand"
                              r"|palm|arm|leg|ear|lip|cheek|face|scalp|skin|foot|back|neck|meat|flesh|knuckle|eyebrow|nose)\w*",)),
    *COLD_CONCEPTS,
    # (a rash on the skin over a joint is no red joint: joints.SKIN_LESION)
    Concept("hot_joint", (rf"(?:big toe|toe|knee|ankle|wrist)(?: (?!{_SKIN_LESION})\w+){{0,3}} (?:swollen|swelled|red|hot)(?! {_SKIN_LESION})"
                          rf"|(?:swollen|red|hot)(?: (?!{_SKIN_LESION})\w+){{0,3}} (?:big toe|toe joint|knee|ankle|wrist)|gout"
                          # (the joint told by its place on the toe: "a red, swollen base of his right big toe")
                          r"|(?:swollen|red|hot),? (?:base|joint|ball) of (?:my|his|her|their|the) (?:left |right )?big toe",)),
)

DISCRIMINATORS: Final = (
    Discriminator("fluid gain in heart failure", "urgent", ("heart_failure_known", "fluid_gain"),
                  source="NICE NG106: weight up more than 2 kg in 3 days or more swelling, contact the HF team"),
    *BITE_DISCRIMINATORS,
    *(Discriminator("skin tear on a blood thinner", "urgent", ("skin_flap", "anticoagulant", *also), none_of=unless,
                    source="ISTAP 2018 skin tears / NICE CKS lacerations: on an anticoagulant or antiplatelet, flap"
                           " realigned, closed and dressed the same day (bleeding may restart)")
      for also, unless in (((), ("bleeding_controlled",)), (("bleeding_controlled",), ("tear_dressed",)),
                           (("bleeding_again",), ()))),
    Discriminator("itching of palms and soles in pregnancy", "urgent", ("itchy_palms_soles",),
                  source="RCOG Green-top 43 (2022): bile acids for suspected cholestasis"),
    Discriminator("unable to keep fluids down in pregnancy", "urgent", ("cant_keep_down",),
                  any_of=("early_pregnancy", "pregnancy_ge_20w"),
                  source="RCOG Green-top 69: hyperemesis gravidarum, same-day assessment"),
    Discriminator("vomiting in pregnancy with ketonuria", "urgent", ("vomiting", "ketonuria"),
                  any_of=("early_pregnancy", "pregnancy_ge_20w"),
                  source="RCOG Green-top 69: nausea and vomiting of pregnancy with ketonuria, assess (PUQE, fluids)"),
    Discriminator("worsening asthma", "urgent", ("asthma", "asthma_worse"),
                  source="BTS/SIGN 158: moderate exacerbation, same-day review"),
    Discriminator("out of antiseizure medicine", "urgent", ("antiseizure_missing",),
                  source="NICE CKS epilepsy: urgent supply, do not stop suddenly"),
    Discriminator("earache with fever or discharge", "urgent", ("ear_pain",), any_of=("fever", "ear_discharge"),
                  none_of=("fever_settles",),
                  source="NICE NG91: acute otitis media, review if systemically unwell or discharging"),
    # NICE NG91 1.1: an earache whose fever settles with a painkiller in a child eating and playing is self-care
    # (not systemically unwell); told without the child's play, or with a discharge, still the same day
    Discriminator("earache with fever or discharge", "urgent", ("ear_pain", "fever_settles"), any_of=("fever", "ear_discharge"),
                  none_of=("child_playing",),
                  source="NICE NG91: acute otitis media, review if systemically unwell or discharging"),
    Discriminator("earache with a discharge", "urgent", ("ear_pain", "ear_discharge", "fever_settles", "child_playing"),
                  source="NICE NG91: acute otitis media, review if discharging"),
    Discriminator("sore throat with fever and pus", "urgent", ("sore_throat", "tonsil_pus"), any_of=("fever",),
                  source="NICE NG84: FeverPAIN / Centor, consider antibiotics"),
    Discriminator("foreign body in the nose", "urgent", ("nose_fb",), none_of=("chronic_only",),
                  source="NICE CKS foreign body in the nose: same-day removal"),
    Discriminator("passive thoughts of death", "urgent", ("passive_death_wish",),
                  source="NICE CG90 / NG225: thoughts of death or suicide, assess risk the same day"),
    Discriminator("pericarditis", "urgent", ("pericarditis",),
                  source="ESC 2015 pericardial diseases guideline: acute pericarditis, same-day assessment"),
    Discriminator("kidney stone pain", "urgent", ("renal_colic",), none_of=("chronic_only", "stone_passed"),
                  source="NICE CKS renal colic: same-day assessment"),
    # a stone passed and the pain gone, without fever (fever fires in sepsis.py): follow-up, not the
    # same day (NICE NG118 / CKS renal colic)
    Discriminator("kidney stone pain", "urgent", ("renal_colic", "stone_passed"), none_of=("chronic_only", "pain_gone"),
                  source="NICE CKS renal colic: same-day assessment"),
    Discriminator("new irregular pulse", "urgent", ("irregular_pulse",),
                  none_of=("chronic_only", "af_on_ecg", "pulse_found_at_check"),
                  source="NICE NG196: an irregular pulse needs an ECG"),
    # NICE NG196 1.1 / CKS atrial fibrillation: an irregular pulse found at a check in someone well is
    # confirmed by a routine ECG with the GP; breathlessness, chest pain, dizziness or a faint, a rate over
    # 110, or an onset within hours (CKS: AF begun within 48 hours is referred the same day) make it urgent
    Discriminator("irregular pulse found at a check, with symptoms or a fast rate", "urgent",
                  ("irregular_pulse", "pulse_found_at_check"),
                  any_of=("dyspnoea", "faint_dizzy", "syncope", "chest_pain", "hr_gt_110", "recent_hours", "onset_sudden",
                          "more_tired"),
                  none_of=("chronic_only", "af_on_ecg"),
                  source="NICE NG196: an ECG the same day when an irregular pulse comes with symptoms or a fast rate"),
    # ... and palpitations begun within the last two weeks are a symptom of an AF that is new (NICE CKS
    # atrial fibrillation: onset and symptoms decide the same-day review); occasional flutters for weeks are not
    Discriminator("irregular pulse found at a check, with new palpitations", "urgent",
                  ("irregular_pulse", "pulse_found_at_check", "palpitations", "acute"),
                  none_of=("chronic_only", "af_on_ecg"),
                  source="NICE NG196 / CKS atrial fibrillation: symptomatic AF of recent onset, same-day ECG and review"),
    # NICE NG196 / CKS atrial fibrillation: AF found on an ECG without symptoms and at a rate of 110 or
    # less is managed in primary care (stroke and bleeding risk, rate control), not the same day;
    # with symptoms or a fast rate it is seen the same day (fast with adverse features is emergent)
    Discriminator("new AF with symptoms or a fast rate", "urgent", ("af_on_ecg",),
                  any_of=("palpitations", "dyspnoea", "faint_dizzy", "chest_pain", "hr_gt_110", "more_tired"),
                  none_of=("chronic_only",),
                  source="NICE NG196: rate control, same-day review when symptomatic or fast"),
    # NICE CKS atrial fibrillation: known AF with a resting rate over 110 is uncontrolled, a same-day rate review
    # (with chest pain, breathlessness, a faint or shock it is emergent, by the rules and vital signs)
    Discriminator("known AF running fast", "urgent", ("atrial_fibrillation", "hr_gt_110"),
                  source="NICE CKS atrial fibrillation: a resting rate over 110, same-day rate-control review"),
    # NICE NG106 / BNF ACE inhibitors: symptomatic hypotension after a dose rise (light-headed on standing, a systolic
    # of 100 or under) is a same-day review of the dose
    Discriminator("light-headed with a low pressure after a dose rise", "urgent", ("bp_drug_raised", "faint_dizzy"),
                  any_of=("sbp_le_90", "sbp_91_100"),
                  source="NICE NG106 / BNF: symptomatic hypotension after up-titration, same-day dose review"),
    Discriminator("jaundice", "urgent", ("jaundice",), none_of=("chronic_only",),
                  source="NICE NG12 / CKS jaundice: urgent assessment"),
    Discriminator("sore throat or mouth ulcers on an immunosuppressant", "urgent",
                  ("immunosuppressant", "sore_throat_or_ulcers"),
                  source="BNF methotrexate / azathioprine: urgent full blood count"),
    Discriminator("redness spreading past its mark", "urgent", ("marked_spreading",),
                  source="NICE NG141 cellulitis: review when spreading"),
    # UKMEC 2016 / FSRH: migraine with aura is category 4 for combined hormonal contraception (stroke risk): stop
    # it and see a clinician the same day about another method
    Discriminator("migraine with aura on a newly started combined pill", "urgent", ("migraine_aura", "combined_hormonal"),
                  source="UKMEC 2016 (FSRH): migraine with aura, combined hormonal contraception category 4, stop"),
    Discriminator("sudden hearing loss in one ear", "urgent", ("one_ear_hearing_loss",),
                  any_of=("onset_sudden", "recent_hours", "woke_with", "found_on_waking"),
                  none_of=("ear_pain", "ear_discharge", "chronic_only"),
                  source="NICE NG98 (2018): sudden hearing loss, ENT review within 24 hours"),
    Discriminator("facial palsy with the forehead involved", "urgent", ("lmn_facial_palsy",), none_of=("chronic_only",),
                  source="NICE CKS Bell's palsy: prednisolone within 72 hours of onset"),
    Discriminator("INR 5 or more", "urgent", ("inr_high",),
                  source="NICE CKS oral anticoagulation / BNF warfarin: INR >= 5, withhold and recheck the same day"),
    Discriminator("gaping cut", "urgent", ("gaping_wound",),
                  source="NHS cuts and grazes / NICE CKS lacerations: a gaping wound needs closure within hours"),
    Discriminator("embedded fish hook", "urgent", ("hook_embedded",), none_of=("chronic_only",),
                  source="NICE CKS lacerations / minor injuries: a barbed hook in the skin, same-day removal and tetanus"),
    *COLD_DISCRIMINATORS,
    # (an ankle just injured swells as a sprain: the Ottawa rules decide its X-ray, injuries.py)
    Discriminator("hot swollen joint", "urgent", ("hot_joint",), none_of=("chronic_only", "ankle_injury"),
                  source="NICE CKS gout / septic arthritis: same-day assessment"),
)

GROUP: Final = Group("same_day_assessment",
                     CONCEPTS + OLDER_ADULT_CONCEPTS + BREAST_AND_FOOT_CONCEPTS + EXPOSURE_CARE_CONCEPTS
                     + PELVIC_CONCEPTS + ACHILLES_CONCEPTS,
                     DISCRIMINATORS + OLDER_ADULT_DISCRIMINATORS + BREAST_AND_FOOT_DISCRIMINATORS
                     + EXPOSURE_CARE_DISCRIMINATORS + PELVIC_DISCRIMINATORS + ACHILLES_DISCRIMINATORS)
