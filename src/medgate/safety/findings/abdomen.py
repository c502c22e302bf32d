"""The acute abdomen: peritonism, the course of appendicitis, severe pain of sudden onset.

Sources: Alvarado A., "A practical score for the early diagnosis of acute appendicitis", Ann
Emerg Med 1986;15(5):557-564 (pain migrating to the right iliac fossa, anorexia, nausea or
vomiting, fever); Ashdown HF et al., "Pain over speed bumps in diagnosis of acute
appendicitis", BMJ 2012;345:e8012 (pain on jolting as a sign of peritonism); Manchester Triage
System, "abdominal pain in adults": severe pain (very urgent); pain radiating to the back with
sudden onset (aortic aneurysm, pancreatitis). Long-standing or cyclical pain is not acute.
"""

from __future__ import annotations

from typing import Final

from medgate.safety.findings.base import Discriminator, Group
from medgate.safety.rules.base import Concept

_ABDO = r"(?:tummy|belly|abdomen|stomach)"

CONCEPTS: Final = (
    Concept(
        "peritonism",
        (
            r"(?:worse|hurts?|painful|agony|pain|screams?|cries|winces?)(?: \w+){0,2} (?:when|on|with|if|as)"
            r" (?:i |he |she |they )?(?:walk\w*|mov\w*|cough\w*|jump\w*|sneez\w*|laugh\w*|go over bumps"
            r"|the car (?:goes|went) over bumps|going over bumps|jolt\w*|bump\w*)",
            r"(?:hurts?|painful|agony) to (?:walk|move|cough|jump|stand up straight)|(?:can['’]?t|cannot) (?:walk|stand)"
            r" (?:up )?straight|(?:curled|doubled) up (?:in a ball|on the (?:bed|floor|sofa))",
            rf"(?:won['’]?t|will not|doesn['’]?t|does not|didn['’]?t) let (?:anyone|anybody|me|us|the doctor|her"
            rf"|him) (?:\w+ )?touch (?:his|her|their|my) {_ABDO}|(?:rigid|board[- ]like|hard) {_ABDO}"
            rf"|guarding|{_ABDO}(?: \w+){{0,3}} guarded|guarded {_ABDO}|rebound|peritoni\w*|lying (?:very )?still",
        ),
    ),
    Concept(
        "migration_rif",
        (
            r"(?:started|began|start\w*)(?: \w+){0,3} (?:around|near|at|in) (?:the |my |his |her )?(?:belly"
            r" ?button|umbilicus|navel|middle|centre|center)(?: \w+){0,10} (?:moved|moving|shifted|spread|gone|now)"
            r"(?: \w+){0,4} (?:right|lower right|right lower|(?-i:RIF|RLQ)|right iliac fossa)",
            r"(?:right iliac fossa|(?-i:RIF|RLQ)) (?:pain|tender\w*)|mcburney\w*",
        ),
    ),
    Concept("anorexia", (r"off (?:his |her |my )?food|not (?:eating|hungry)|no appetite|anorexi\w*|lost (?:my |his |her )?appetite",)),
    Concept("radiates_back", (r"(?:through|to|into|round) (?:to )?(?:my|his|her|the) back",)),
    Concept(
        "abdominal_distension",
        (rf"(?:swollen|distended|bloated and hard|hard and swollen) {_ABDO}|{_ABDO} (?:is |was |looks |feels |seems )?"
         r"(?:very |really |so )?(?:swollen|distended)"
         r"|(?:not|haven['’]?t|hasn['’]?t) (?:opened (?:my|his|her) bowels|pooed|passed wind)"
         # told by a carer: a belly "tight like a drum"
         rf"|{_ABDO} (?:is |was |looks |feels |has gone |went )?(?:\w+ )?(?:big and tight|tight and big|tense|drum[- ]?like"
         r"|(?:tight|hard|swollen) like a drum)",
         rf"{_ABDO}(?: \w+){{1,4}} (?:tight|hard|swollen) like a drum",),
    ),
    # an operation inside the abdomen, in clinical or lay words ("gallbladder out", "bowel op", "c-section")
    Concept("abdominal_op", (
        r"(?:gall ?bladder|appendix|spleen|womb|uterus|ovar(?:y|ies)|bowel|colon|kidney|stomach)(?: \w+)? (?:out|removed|taken out"
        r"|op\b|operation|surgery|resection)|(?:hernia|stoma) (?:op\b|operation|repair\w*|surgery|reversal)"
        r"|(?:bowel|stomach|abdominal|tummy|belly|colorectal|gastric) (?:op\b|operation|surgery|resection)|c[- ]?section|caesarean"
        r"|cesarean|cholecystectom\w*|append(?:ic)?ectom\w*|(?:hemi)?colectom\w*|laparotom\w*|laparoscop\w*|hysterectom\w*"
        r"|gastrectom\w*|splenectom\w*|nephrectom\w*|gastric (?:bypass|sleeve|band)|whipple|anterior resection"
        r"|keyhole(?! (?:knee|shoulder|hip|ankle|wrist|joint|spine|spinal|back|brain|heart|eye|sinus))",)),
    # the whole abdomen, not one spot or the wounds: sore or tender all over, swelling up, getting bigger
    # (a generalised peritonitis or an ileus)
    Concept("abdomen_generalised", (
        rf"{_ABDO}(?: [\w'’]+){{0,4}} (?:all over|everywhere)|(?:all over|(?:the )?whole(?: of)?|entire) (?:my |his |her |the )?{_ABDO}"
        rf"|{_ABDO}(?: (?:is|has|keeps|seems))?(?: (?:been|getting|got|gone|going|growing|swelling|blowing|blown|puffing|puffed))+"
        r"(?: up)?(?: (?:bigger|larger|swollen|distended|tight|hard|up)\b)?"
        # in a record: "generalised abdominal tenderness", "diffuse peritonism", "diffusely tender"
        r"|(?:generali[sz]ed|diffuse) (?:abdominal |abdo )?(?:pain|tenderness|guarding|peritonism|peritonitis)"
        r"|diffusely (?:tender|distended)",)),
    # an abdomen found soft and at most mildly tender (beside a severe pain: pain out of proportion to the signs)
    Concept("abdomen_soft", (rf"(?:{_ABDO}|abdo) (?:is |was |feels |felt )?(?:soft|soft and non-?tender)"
                             rf"|soft(?:,? (?:non-?tender|non-?distended|(?:only )?(?:mild(?:ly)?|minimal(?:ly)?|slight(?:ly)?) tender\w*))*"
                             rf" (?:{_ABDO}|abdo)\b",)),
    # a lactate of 4 mmol/L or more (NICE NG51: high risk; ESVS 2017: raised in mesenteric ischaemia)
    Concept("lactate_ge_4", (r"lactate(?: (?:of|is|was|now|level))?:? ?(?:[4-9]|1\d)(?:\.\d+)?(?! ?(?:mg|g/|%|\d))\b",)),
    # no stool for days: with faeculent vomiting, not alone (constipation is common)
    Concept("bowels_not_open", (r"(?:haven['’]?t|hasn['’]?t|not) (?:had )?(?:my |his |her |their )?bowels? (?:open\w*|moved?)"
                                r"|no (?:poo|stool|bowel movement|bowel action)s? (?:for|in|since)",)),
    # vomit that looks or smells of faeces: a low obstruction (NICE CKS / RCS: faeculent vomiting)
    Concept("faeculent_vomit", (r"fa?ecul[ae]nt|(?:vomit\w*|sick|throw\w* up|threw up)(?: [\w'’]+){0,8} (?:smell\w*|look\w*|like)"
                                r" (?:of |like )?(?:poo|faeces|feces|stool|poop|sh[i1]t|a toilet)\b",)),
)

DISCRIMINATORS: Final = (
    Discriminator("sudden severe abdominal pain with atrial fibrillation", "emergent", ("abdominal_pain",
                  "atrial_fibrillation"), any_of=("onset_sudden", "severe_pain"), none_of=("chronic_only",),
                  source="ESVS 2017 mesenteric ischaemia: pain out of proportion with an embolic source"),
    # pain out of proportion: a severe abdominal pain with an abdomen soft and barely tender, in AF, in an older
    # person or with a raised lactate, is acute mesenteric ischaemia until shown otherwise (ESVS 2017; NICE CKS)
    Discriminator("severe abdominal pain out of proportion to a soft abdomen", "emergent",
                  ("abdominal_pain", "severe_pain", "abdomen_soft"),
                  any_of=("atrial_fibrillation", "older_50", "lactate_ge_4", "anticoagulant"), none_of=("chronic_only",),
                  source="ESVS 2017 acute mesenteric ischaemia: pain out of proportion to the findings"),
    Discriminator("abdominal pain with a lactate of 4 or more", "emergent", ("abdominal_pain", "lactate_ge_4"),
                  none_of=("chronic_only",),
                  source="NICE NG51: lactate >= 4 mmol/L is high risk; ESVS 2017: raised lactate in mesenteric ischaemia"),
    Discriminator("peritonism", "emergent", ("abdominal_pain", "peritonism"), none_of=("chronic_only",),
                  source="signs of peritonism (Ashdown et al., BMJ 2012): same-day surgical assessment"),
    Discriminator("appendicitis course", "emergent", ("migration_rif",), any_of=("fever", "vomiting", "anorexia"),
                  source="Alvarado score features (Ann Emerg Med 1986)"),
    Discriminator(
        "severe abdominal pain of sudden onset", "emergent", ("abdominal_pain", "severe_pain"),
        any_of=("onset_sudden", "radiates_back", "fever", "faint_dizzy"), none_of=("chronic_only", "colic_settled"),
        source="MTS abdominal pain: severe pain; sudden pain to the back",
    ),
    Discriminator("vomiting with a distended abdomen", "emergent", ("vomiting", "abdominal_distension"),
                  source="bowel obstruction: vomiting, distension, no flatus"),
    Discriminator("faeculent vomiting", "emergent", ("faeculent_vomit",), any_of=("abdominal_distension", "abdominal_pain", "bowels_not_open"),
                  source="bowel obstruction: faeculent vomiting (RCS / NICE CKS), emergency surgical admission"),
    # green (bilious) vomit with a swollen belly or no stool: obstruction at any age, told by a carer
    # as "dark green stuff" and a belly "hard like a drum" (RCS / NICE CKS: emergency admission)
    Discriminator("bilious vomiting with distension or no stool", "emergent", ("bilious_vomit",),
                  any_of=("abdominal_distension", "bowels_not_open"),
                  source="bowel obstruction: bilious vomiting, distension, absolute constipation (RCS / NICE CKS)"),
    # days after an abdominal operation, a belly sore all over or swelling with fever, rigors or a fast pulse
    # is a leak or peritonitis until shown otherwise: a surgical emergency (NICE NG51: surgery in the last
    # six weeks is itself a sepsis risk criterion; RCS / NICE CKS: generalised peritonism, admit)
    Discriminator("generalised abdominal pain or swelling with fever after abdominal surgery", "emergent",
                  ("abdominal_op", "abdomen_generalised"),
                  any_of=("fever", "rigors", "hr_gt_100", "hr_high_risk", "vomiting", "shock_signs"),
                  none_of=("chronic_only",),
                  source="NICE NG51 (surgery in the last 6 weeks); RCS: post-operative peritonitis or anastomotic leak"),
    Discriminator("severe abdominal pain", "urgent", ("abdominal_pain", "severe_pain"), none_of=("chronic_only", "pain_gone"),
                  source="MTS abdominal pain: severe pain"),
)

GROUP: Final = Group("acute_abdomen", CONCEPTS, DISCRIMINATORS)
