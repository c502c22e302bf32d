"""Time-critical surgical emergencies: testicular torsion, acute limb ischaemia, cauda equina.

Sources: NICE CKS "Scrotal pain and swelling" (2021): suspected testicular torsion needs
immediate referral (the testis can be saved within about 6 hours); European Society for
Vascular Surgery 2020 guideline on acute limb ischaemia (Björck M et al., Eur J Vasc Endovasc
Surg 2020;59:173-218): a suddenly cold, pale, painful or numb limb is limb-threatening; NICE CKS
"Sciatica" and the GIRFT National suspected cauda equina syndrome pathway (2023): back pain with
saddle numbness, new bladder or bowel dysfunction or bilateral leg symptoms needs immediate
referral; NICE CKS "Urinary retention - acute": refer immediately for catheterisation.
"""

from __future__ import annotations

from typing import Final

from medgate.safety.findings.base import Discriminator, Group
from medgate.safety.findings.cord_compression import CONCEPTS as CORD_CONCEPTS
from medgate.safety.findings.cord_compression import DISCRIMINATORS as CORD_DISCRIMINATORS
from medgate.safety.rules.base import Concept, gap

_LIMB = r"(?:leg|foot|feet|toes?|arm|hand|fingers?)"
# the testis in clinical and lay words (not "the ball of my foot")
_TESTIS = r"(?:testic\w*|testes|testis|scrot\w*|balls?(?! of (?:my|his|her|the|your) )|(?:ball|nut)?sack)"

_TESTIS_ES = r"(?:huevos?|huevitos?|test[ií]culos?|cojones|pelotas|bolas)\b"

CONCEPTS: Final = (
    Concept(
        "testicular_pain",
        (rf"(?:{_TESTIS}|nuts)(?: \w+){{0,4}} (?:pain\w*|agony|hurt\w*|swollen|sore|tender"
         # a lay word for the pain: "my left ball has been killing me", "one nut is throbbing"
         r"|killing|throbbing|aching|aches?|ached)"
         r"|(?:left|right|one) nut(?: \w+){0,3} (?:pain\w*|agony|hurt\w*|swollen|sore|tender|killing|throbbing|aching)"
         rf"|(?:pain|agony|dolor|ache|aching)(?: \w+){{0,4}} {_TESTIS}"
         # one "nut" is only a testis when the pain is in it, not a nut eaten ("pain in my right nut")
         r"|(?:pain|agony|ache)(?: \w+){0,2} (?:in|to) (?:my|his|the|your) (?:left |right )?nut\b"
         r"|(?:painful|sore|swollen|tender)(?: (?:and )?(?:painful|sore|swollen|tender|red))? (?:left |right )?"
         r"(?:testic\w*|testis|scrot\w*|ball)",
         # Spanish, in a mixed chat: his "huevos" or "testículo" (a possessive first, so not eggs on a plate)
         rf"(?:pain|agony|dolor|hurts?|duele)(?: \w+){{0,4}} (?:his|my|her son['’]s|su|sus|mi|mis|el|los) {_TESTIS_ES}"
         rf"|(?:his|my|su|sus|mi|mis|el|los) {_TESTIS_ES}(?: \w+){{0,4}} (?:pain\w*|hurts?|hurting|duele\w*|sore|swollen"
         r"|hinchad\w*|agony|killing|throbbing|aching)",),
    ),
    # the pain told without naming the part, in a boy or man: "hurts down there", "pain in his privates"
    # (NICE CKS scrotal pain: a boy may not say where; torsion until shown otherwise)
    # (the place may be quoted, as a parent repeats the boy's words: "a pain 'down there'")
    # (a dialect's possessive or a "private area": "pain down in him private area", Jamaican patois)
    Concept("pain_down_there", (r"(?:pain\w*|hurts?|hurting|agony|killing (?:me|him)|sore|aching|throbbing)(?: \w+){0,2}"
                                r" ['‘\"“]?(?:down there|in (?:his|my|him|mi|the) (?:privates|private (?:parts|area|region)|crotch))"
                                r"|(?:down there|privates|private (?:parts|area|region))(?: \w+){0,3} (?:hurts?|hurting|pain\w*|is killing"
                                r"|(?:is |are |feels? )?(?:sore|swollen|throbbing|agony))",)),
    Concept("male_word", (r"(?:son|boy|lad|grandson|nephew|stepson|schoolboy|husband|boyfriend)s?\b|wee (?:man|fella)|laddie",)),
    # woken from sleep by the pain: torsion often starts in sleep (NICE CKS scrotal pain)
    Concept("woke_by_pain", (r"(?:woke|woken|waking|wakes) (?:me|him)\b|(?:woke|woken)(?: up)?(?: at [\w:.]+| in the night)?"
                             r" (?:with|from|in|by) (?:the |a )?(?:pain|agony)",)),
    # a known blow to the groin: trauma, not torsion, when the pain follows it (NICE CKS scrotal pain)
    Concept("groin_knock", (r"(?:hit|kicked|kneed|knocked|struck|whacked|smacked|caught)(?: \w+){0,3}"
                            r" (?:in|on|to) (?:the|my|his) (?:balls|nuts|groin|testicles?|privates|crotch|nether regions)",)),
    # NICE CKS "Scrotal pain and swelling": a high-riding testis with a horizontal lie, or an absent
    # cremasteric reflex, is torsion until surgery shows otherwise
    Concept(
        "torsion_sign",
        (r"(?:testis|testicle|teste)(?: [\w-]+){0,3} (?:high[- ]riding|riding high|lying high|horizontal\w*|retracted)"
         r"|high[- ]riding (?:\w+ )?(?:testis|testicle)|horizontal lie|bell[- ]clapper",
         # ... told by a parent: the testicle "sits higher", "has pulled up", "is sitting up"
         r"(?:testis|testicle|teste|ball)(?: [\w-]+){0,3} (?:(?:sits|sitting|lies|lying|hangs|hanging|looks|is|riding)"
         r" (?:up )?higher|(?:pulled|drawn|sitting|gone) up(?! (?:in|on|at|to|for|from|his|her|the|my|a)\b))",
         r"(?:absent|no|lost|loss of) cremasteric(?: reflex)?|cremasteric (?:reflex )?(?:is |was )?(?:absent|not present"
         r"|lost|negative)",),
    ),
    # "... now one looks higher than the other": with a testicle named in the message and pain,
    # vomiting or a sudden start, it is the high-riding testis of torsion (NICE CKS)
    Concept("higher_than_other", (r"(?:higher|further) (?:up )?than the other(?: one| side)?",)),
    # the part told in lay words, as a parent or a boy tells it ("a football to the privates", "down there")
    Concept("genitals_lay", (r"privates|private (?:parts|area|region)|down (?:there|below)|crotch|nuts|balls|goolies|family jewels",)),
    # a boy who will not be looked at, or is too embarrassed to say where (NICE CKS scrotal pain: a boy may not
    # say where the pain is; examine the testes in every boy with abdominal pain)
    Concept("hides_groin", (r"won['’]?t let (?:me|us|anyone|his \w+|her) (?:look|see|check)|(?:embarrass\w*|mortified|shy)\b",)),
    Concept("tender_word", (r"tender\w*|(?:hurts?|agony|pain\w*) (?:to|when \w+) touch\w*|won['’]?t let (?:\w+ ){0,2}touch",)),
    Concept("testis_named", (r"testic\w*|testis|testes|scrot\w*",)),
    # a testis or the scrotum told swollen (NICE CKS scrotal pain and swelling: epididymo-orchitis swells)
    # (the course may stand between, not a denial: "testicle ache built up over 3 days, now swollen")
    Concept("testis_swollen", (rf"(?:{_TESTIS}|nuts|epididym\w*)(?:,? (?!(?:not|no|nor|never|isn['’]?t|without)\b)[\w'’]+){{0,7}}?,?"
                               r" (?:swollen|swelling|enlarged|bigger|puffy)"
                               r"|(?:swollen|swelling|enlarged)(?: [\w'’]+){0,6} (?:testic\w*|testis|testes|scrot\w*|balls?|epididym\w*)",)),
    Concept(
        "cold_pale_limb",
        (
            rf"{_LIMB}{gap(4)}(?:cold|ice[- ]cold|white|pale|blue|mottled)(?: and (?:white|pale|blue|numb|painful))?",
            rf"(?:cold|white|pale|blue),? (?:and )?(?:white|pale|cold|numb|painful) (?:(?:left|right) )?{_LIMB}",
        ),
    ),
    Concept(
        "limb_ischaemia_sign",
        # (a pulse not felt; "no pulsatile mass" is an abdomen examined for an aneurysm, not a pulseless limb)
        (r"(?:no|absent|can['’]?t (?:feel|find) (?:a|the))(?: \w+){0,3} puls(?!at)\w*|pulseless|paraesthesi\w*|(?:can['’]?t|cannot) (?:feel|move) (?:it|my|his|her)|numb\w*|(?:really |very )?(?:hurts|painful|pain)",),
    ),
    # the limb's own pulses felt: an occluded artery leaves the limb pulseless (ESVS 2020), so a cold, pale, painful
    # foot with its pulses present is cold injury, infection or vasospasm (NICE CKS non-freezing cold injury: urgent)
    Concept("distal_pulses_present", (r"(?:pedal|foot|feet|distal|ankle|dorsalis pedis|posterior tibial|radial|wrist) pulses?"
                                      r" (?:are |is |were |was )?(?:present|normal|palpable|(?:easily )?felt|strong)\b(?!,? but)"
                                      r"|(?:palpable|normal|strong) (?:pedal|foot|distal|ankle|radial|wrist) pulses?",)),
    Concept("raynaud", (r"raynaud\w*|in the cold|when (?:it['’]?s|i['’]?m) cold|chilblains?",)),
    # white, numb fingers in frost that came back on warming: frostnip or superficial frostbite, urgent not an
    # ischaemic limb (WMS frostbite guideline 2019: rewarmed superficial injury, same-day assessment)
    Concept("rewarmed", (r"re-?warm\w*|warmed (?:back )?up|(?:colour|color|feeling|sensation) (?:came|has come) back"
                         r"|pinked up|(?:came|come) back (?:in|on|when|after) (?:the |a )?(?:warm\w*|car|truck|van|tent|hut)",)),
    Concept(
        "saddle_numbness",
        (
            r"numb\w*(?: \w+){0,3} (?:around|between|in|of) (?:my |his |her |the )?(?:bum|buttocks?|anus|back passage"
            r"|genitals?|groin|privates|inner thighs|saddle|perineum|legs)",
            r"(?:bum|buttocks?|anus|back passage|genitals?|groin|privates|inner thighs|perineum|saddle area"
            r"|between (?:my|his|her) legs)(?: \w+){0,3} (?:feels? |are |is |gone )?numb\w*|saddle an\w*",
            # "can't feel the toilet paper when I wipe" (GIRFT cauda equina patient card)
            r"(?:can['’]?t|cannot|couldn['’]?t|can not|not able to) (?:really |quite |properly )?feel (?:the |my )?(?:toilet (?:paper|roll|tissue)"
            r"|tissue|loo roll)|numb (?:when|as) (?:i|he|she) wipes?",
            # on examination: "reduced perianal sensation", "perineal sensation diminished"
            r"(?:reduced|altered|diminished|decreased|absent|loss of|lost) (?:\w+ )?(?:perianal|perineal|saddle) sensation"
            r"|(?:perianal|perineal|saddle) (?:sensation|anaesthesia|anesthesia)(?: is| was)? (?:reduced|altered|diminished"
            r"|decreased|absent|lost)",
            # ... the examined modality named before the region: "reduced pinprick over the perineum"
            r"(?:reduced|altered|diminished|decreased|absent|loss of|lost) (?:\w+ ){0,2}(?:over|in|around|of) the"
            r" (?:perineum|perian(?:al|us)(?: area| region)?|perineal (?:area|region)|saddle (?:area|region))",
            # the patient's words for an altered wipe: the toilet paper "feels odd" or "different"
            # (GIRFT 2023 patient card: "numbness or altered feeling when wiping")
            r"(?:toilet (?:paper|roll|tissue)|loo (?:roll|paper))(?: [\w'’]+){0,3} ['‘\"]?(?:feels?|felt|feeling) (?:odd|different|strange|funny|weird)",
            r"(?:odd|different|strange|funny|weird|numb)['’\"]? (?:when|as) (?:i|he|she|they) wipes?\b",
        ),
    ),
    Concept(
        "bladder_bowel_change",
        (
            r"(?:can['’]?t|cannot|unable to|haven['’]?t been able to|hasn['’]?t been able to|not able to|hasn['’]?t"
            r"|has not|haven['’]?t|not) (?:pee|wee|urinat\w*|pass(?:ed)? (?:urine|water)|empty (?:my|his|her) bladder)",
            r"(?:lost|losing|no) (?:control|feeling) (?:of|over) (?:my |his |her )?(?:bladder|bowels?)"
            r"|(?:new|sudden) incontinen\w*|wet (?:my|him|her)self|urinary retention",
            # hesitancy, a new difficulty starting the stream (GIRFT 2023: difficulty initiating micturition)
            r"(?:strain\w*|push\w*|struggl\w*|difficulty|trouble) (?:to |with |when |in )?(?:start\w*|get\w* going|initiat\w*)"
            r" (?:to )?(?:pass\w* urine|pee\w*|wee\w*|urinat\w*|micturition|the stream|(?:a|the|my|his|her) (?:wee|pee|stream))"
            r"(?!(?: \w+){0,3} (?:for|over) (?:years|months|ages|a long time))|(?:urinary|new) hesitancy",
            # ... or told as straining or pushing to pass urine at all (not a long-standing prostate's)
            r"(?:strain\w*|push\w*) (?:to|when|in order to) (?:pass\w* urine|pee|wee|urinat\w*|empty (?:my|his|her|the) bladder)"
            r"(?!(?: \w+){0,3} (?:for|over) (?:years|months|ages|a long time))",
        ),
    ),
    Concept(
        "urinary_retention",
        (
            r"(?:can['’]?t|cannot|unable to|haven['’]?t been able to|hasn['’]?t been able to|not able to|hasn['’]?t"
            r"|has not|haven['’]?t|have not) (?:pee\w*|wee\w*|urinat\w*|pass(?:ed)? (?:urine|water)|empty (?:my|his"
            r"|her) bladder)(?: \w+){0,2} (?:for|since|in|all)",
            r"urinary retention|retention of urine|(?:bladder|lower (?:tummy|belly|abdomen))(?: \w+){0,3} (?:swollen"
            r"|distended|bulging)|(?:swelling|mass) above the pubi\w*",
        ),
    ),
    # NICE NG234 (metastatic spinal cord compression, 2023): back pain in someone with cancer that has
    # spread, with leg weakness or numbness or difficulty walking, needs an MRI within 24 hours and
    # immediate action when neurological symptoms are present
    Concept(
        "cancer_spread",
        (r"(?:gone|spread|spreading) to (?:his|her|my|the) (?:bones?|spine|back)|(?:bone|spinal) metasta\w*|metasta\w*"
         r"|secondaries|myeloma|(?:prostate|breast|lung|kidney) cancer",),
    ),
    Concept(
        "legs_failing",
        (r"(?:legs?|knees?)(?: \w+){0,3} ['‘\"“]?(?:weak\w*|wobbly|giving way|gave way|numb|like jelly|feel like they belong)"
         r"|(?:can['’]?t|cannot|couldn['’]?t|could not) (?:get up|stand|walk)(?: \w+){0,3}",),
    ),
    # NICE CKS / RCOG: ovarian torsion, sudden one-sided lower abdominal pain with vomiting, more so with
    # a known ovarian cyst or mass
    # (a cyst found on a scan weeks or months ago is still there: the date is the scan's, not the cyst's, so the
    # phrase takes the date in and its "last month" dates nothing: "a 5 cm cyst on her ovary, seen on a scan
    # three weeks ago"; one removed or drained since is gone)
    Concept("ovarian_mass", (r"(?:ovar\w* (?:cyst|mass|lump)|cyst on (?:my|her|the) (?:left |right )?ovary)"
                             r"(?: (?!removed|drained|taken|operated|burst|gone)[\w-]+){1,6} (?:last (?:month|year)"
                             r"|(?:\d+|a few|some|two|three|four|six) (?:weeks?|months?) ago)",
                             r"ovar\w* (?:cyst|mass|lump)|cyst on (?:my|her|the) (?:left |right )?ovary",)),
    # a pulsating mass felt in the belly: an abdominal aortic aneurysm (NICE NG156: suspected rupture
    # is an emergency with back or abdominal pain, collapse or shock)
    Concept(
        "pulsatile_mass",
        (r"pulsat\w*(?: \w+)? (?:mass|lump)|(?:something|a lump|a mass) (?:\w+ ){0,2}puls\w*(?: \w+){0,2} (?:in|on)"
         r" (?:his|her|my|the) (?:belly|tummy|stomach|abdomen)|aort\w* aneurysm|(?-i:AAA)\b|swelling on (?:his|her|my|the) aorta",
         r"(?:belly|tummy|stomach|abdomen)(?: [\w'’]+){0,6} (?:thump\w*|puls\w*|throb\w*|beating)",),
    ),
    Concept("bilateral_leg_symptoms", (r"both legs(?: \w+){0,3} (?:weak|numb|tingl\w*|giving way)|(?:weak|numb)(?: \w+){0,2} in both legs",)),
)

DISCRIMINATORS: Final = (
    Discriminator("testicular torsion signs", "emergent", ("testicular_pain",),
                  any_of=("onset_sudden", "severe_pain", "vomiting", "woke_by_pain"), none_of=("chronic_only", "groin_knock"),
                  source="NICE CKS scrotal pain: suspected torsion, immediate referral"),
    Discriminator("testicular torsion signs", "emergent", ("pain_down_there", "male_word"),
                  any_of=("onset_sudden", "severe_pain", "vomiting", "woke_by_pain"), none_of=("chronic_only", "groin_knock"),
                  source="NICE CKS scrotal pain: suspected torsion, immediate referral"),
    # NICE CKS scrotal pain and swelling / BAUS: a boy may call it his stomach; sudden lower abdominal pain with
    # vomiting in an adolescent boy is torsion until the testes are examined (examine them in every boy with
    # abdominal pain)
    Discriminator("sudden abdominal pain with vomiting in an adolescent boy", "emergent",
                  ("male_word", "age_10_to_19", "abdominal_pain", "onset_sudden", "vomiting"),
                  none_of=("chronic_only", "groin_knock"),
                  source="NICE CKS scrotal pain and swelling; BAUS: suspected testicular torsion, immediate referral"),
    # ... and told only by a boy's shame: a tummy ache with vomiting in a boy who will not be looked at or will
    # not say where, or whose carer asks if it is "down below", is torsion until the testes are examined (NICE
    # CKS scrotal pain and swelling); a tummy bug with diarrhoea is not
    Discriminator("abdominal pain with vomiting in an adolescent boy who hides the groin", "emergent",
                  ("male_word", "age_10_to_19", "abdominal_pain", "vomiting"),
                  any_of=("hides_groin", "genitals_lay", "pain_down_there"),
                  none_of=("chronic_only", "groin_knock", "diarrhoea_word"),
                  source="NICE CKS scrotal pain and swelling; BAUS: suspected testicular torsion, immediate referral"),
    # pain of a testis without torsion's signs (a gradual onset over days, no vomiting, not severe), with swelling,
    # a fever or urinary symptoms: epididymo-orchitis until examined, seen the same day (NICE CKS scrotal pain and
    # swelling, 2021; BASHH 2020 epididymo-orchitis: examination, swabs and antibiotics); soreness alone after a
    # long ride is not this
    Discriminator("testicular pain or swelling", "urgent", ("testicular_pain",),
                  any_of=("testis_swollen", "fever", "uti_symptoms", "urinary_symptoms"),
                  none_of=("chronic_only", "resolved", "groin_knock"),
                  source="NICE CKS scrotal pain and swelling; BASHH 2020: suspected epididymo-orchitis, same-day assessment"),
    Discriminator("testicular pain after a blow", "urgent", ("testicular_pain", "groin_knock"),
                  any_of=("severe_pain", "vomiting", "onset_sudden"),
                  source="NICE CKS scrotal pain: testicular trauma with severe pain, same-day assessment"),
    Discriminator("testicular torsion on examination", "emergent", ("torsion_sign",),
                  any_of=("testicular_pain", "abdominal_pain", "vomiting"),
                  source="NICE CKS scrotal pain: a high-riding, horizontal testis or no cremasteric reflex"),
    Discriminator("a testis higher than the other with pain or vomiting", "emergent", ("higher_than_other", "testis_named"),
                  any_of=("testicular_pain", "vomiting", "onset_sudden"), none_of=("chronic_only",),
                  source="NICE CKS scrotal pain: a high-riding testis, immediate referral"),
    # ... told in lay words in a boy or man ("the left one feels higher up than the other" after a knock to the
    # privates): a blow does not rule torsion out, and a high-riding testis with tenderness or vomiting is
    # torsion until explored (NICE CKS scrotal pain and swelling; EAU/ESPU paediatric urology 2023: trauma
    # can precede torsion, sudden severe pain with a high-riding testis and vomiting is an emergency)
    Discriminator("a testis higher than the other after a knock, with pain or vomiting", "emergent",
                  ("higher_than_other", "genitals_lay", "male_word"),
                  any_of=("vomiting", "severe_pain", "onset_sudden", "pain_down_there", "tender_word"),
                  none_of=("chronic_only",),
                  source="NICE CKS scrotal pain; EAU/ESPU paediatric urology 2023: a high-riding testis, even after trauma"),
    Discriminator("acute limb ischaemia", "emergent", ("cold_pale_limb", "limb_ischaemia_sign"),
                  any_of=("onset_sudden", "acute"), none_of=("chronic_only", "raynaud", "rewarmed",
                                                             "distal_pulses_present"),
                  source="ESVS 2020 acute limb ischaemia guideline"),
    Discriminator("cauda equina signs", "emergent", ("back_pain",),
                  any_of=("saddle_numbness", "bladder_bowel_change", "bilateral_leg_symptoms"),
                  source="NICE CKS sciatica; GIRFT suspected cauda equina pathway (2023)"),
    Discriminator("back pain with leg weakness in spreading cancer", "emergent", ("cancer_spread", "back_pain",
                  "legs_failing"), source="NICE NG234 (2023): suspected metastatic spinal cord compression"),
    Discriminator("sudden pelvic pain with an ovarian cyst", "emergent", ("ovarian_mass", "abdominal_pain"),
                  any_of=("onset_sudden", "vomiting", "severe_pain"), none_of=("chronic_only",),
                  source="RCOG / NICE CKS: suspected ovarian torsion, emergency surgical assessment"),
    Discriminator("abdominal or back pain with a pulsating mass", "emergent", ("pulsatile_mass",),
                  any_of=("abdominal_pain", "back_pain", "faint_dizzy", "shock_signs", "onset_sudden"),
                  source="NICE NG156 (2020): suspected ruptured abdominal aortic aneurysm"),
    # NICE NG156 (2020) 1.1.1: think of a ruptured aneurysm in anyone over 60 with abdominal, back
    # or loin pain, above all with shock; a first "renal colic" over 60 with low BP, pallor or
    # sweating is an aneurysm until proven otherwise
    *(Discriminator("loin pain with shock over 60", "emergent", ("older_60", pain),
                    any_of=("shock_signs", "sbp_le_90", "sbp_91_100", "faint_dizzy"), none_of=unless,
                    source="NICE NG156 (2020): suspected ruptured abdominal aortic aneurysm")
      for pain, unless in (("renal_colic", ()), ("loin_pain", ("renal_colic",)))),
    Discriminator("saddle numbness with bladder change", "emergent", ("saddle_numbness", "bladder_bowel_change"),
                  source="GIRFT suspected cauda equina pathway (2023)"),
    # saddle numbness with both legs weak or numb is cauda equina even when the back pain is told in other
    # words ("my back's been bad"): GIRFT 2023 / NICE CKS sciatica, immediate MRI
    Discriminator("saddle numbness with both legs affected", "emergent", ("saddle_numbness", "bilateral_leg_symptoms"),
                  source="GIRFT suspected cauda equina pathway (2023); NICE CKS sciatica: suspected cauda equina"),
    Discriminator("acute urinary retention", "emergent", ("urinary_retention",), none_of=("chronic_only",),
                  source="NICE CKS acute urinary retention: immediate catheterisation"),
)

GROUP: Final = Group("surgical_emergency", CONCEPTS + CORD_CONCEPTS, DISCRIMINATORS + CORD_DISCRIMINATORS)
