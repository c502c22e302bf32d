"""Diabetic emergencies: diabetic ketoacidosis and severe hypoglycaemia.

Sources: Joint British Diabetes Societies for Inpatient Care (JBDS-IP), "The management of
diabetic ketoacidosis in adults" (2023): blood ketones >= 3.0 mmol/L with glucose > 11.0 mmol/L
or known diabetes (vomiting, abdominal pain and deep, fast breathing are its signs); American
Diabetes Association, Standards of Care 2024, section 6: level 2 hypoglycaemia is glucose below
3.0 mmol/L (54 mg/dL), level 3 is any low with altered mental or physical state needing help;
sick-day guidance (JBDS, Diabetes UK): glucose persistently 15 mmol/L or more needs ketone
testing and same-day advice.
"""

from __future__ import annotations

from typing import Final

from medgate.safety.findings.base import Discriminator, Group
from medgate.safety.rules.base import Concept

_ON_INSULIN: Final = (r"insulin(?! resist\w*| sensitiv\w*|oma)|lantus|levemir|tresiba|toujeo|abasaglar|semglee|humulin"
                      r"|insulatard|novorapid|humalog|fiasp|apidra|lyumjev|novomix|humalog mix")

CONCEPTS: Final = (
    # (Polish "cukrzyca typ 1", Portuguese and Spanish "diabetes tipo 1", "insulina")
    Concept("diabetic", (r"diabet\w*|cukrzyc\w*|(?:type|typ|tipo) (?:1|one|2|two)\b|(?-i:T1DM?|T2DM?|IDDM)\b|insulin\w*"
                         r"|metformin\w*|gliclazide|\w+gliflozin"
                         # diabetes called "sugar" for years ("I have sugar 20 years", "she's had the sugar since 2010")
                         r"|sugar diabetes|(?:(?<=has )|(?<=have )|(?<=had )|(?<=with )|(?<=got ))(?:the sugar\b"
                         r"|sugar (?:for |since )?(?:\d{1,2}|many|several|a few|five|ten|fifteen|twenty|thirty) (?:years|yrs)\b)",)),
    # an SGLT2 inhibitor by its generic or brand name (MHRA Drug Safety Update, 2016 and 2020)
    Concept("sglt2_inhibitor", (r"\w+gliflozin|jardiance|forxiga|invokana|steglatro|synjardy|xigduo|vokanamet|glyxambi|qtern"
                                r"|(?-i:SGLT-?2)(?: inhibitor)?s?\b",)),
    Concept("dka_named", (r"(?-i:DKA)\b|ketoacidosis",)),
    Concept(
        "kussmaul",
        (r"breath\w*(?: \w+){0,2} (?:deep\w*|fast|quick\w*|rapid\w*|heav\w*|hard)(?: and (?:fast|deep\w*|quick\w*))?"
         r"|deep (?:sighing )?breath\w*|fruity breath|pear drops|ketones? (?:are |is )?(?:high|raised|positive)"
         r"|breath(?: \w+){0,2} (?:smells?|smelling)(?: \w+){0,2} (?:nail (?:polish|varnish)|acetone|pear drops|fruit\w*)",),
    ),
    Concept("hypo_named", (r"(?:having|had|in|a) (?:bad |severe |another )?hypo\b|hypoglyc\w*",)),
    Concept("sugar_high", (r"(?:sugars?|glucose|bms?|readings?)(?: \w+){0,3} (?:high|very high|through the roof|off the scale|over 20|(?-i:HI))\b"
                           r"|(?:meter|monitor|sensor)(?: \w+){0,3} (?:says|reads|shows|showing|reading) (?-i:HI)\b"
                           # "meter said 486 mg/dl": a reading above 250 mg/dL (13.9 mmol/L) in a meter's words
                           r"|(?:meter|monitor|sensor)(?: \w+){0,3} (?:says|said|reads|read|shows|showed|showing|reading)"
                           r" (?:2[5-9]\d|[3-9]\d\d) ?mg",)),
    # JBDS-IP: a urine ketone strip at its top colours (++/+++, "large", dark purple)
    Concept("ketone_strip_high", (r"ketones?(?: \w+){0,3} (?:is |are |was |shows? |showing )?(?:dark purple|deep purple"
                                  r"|purple|large|high|\+\+\+?|[34] ?\+)",)),
    # an infection that is treated (antibiotics), not a cold or flu that runs its course
    Concept("treated_infection", (r"(?:urinary|urine|water|bladder|kidney|chest|skin|wound|foot|toe) infection|(?-i:UTI)s?\b"
                                  r"|pneumonia|cellulitis|abscess",)),
    # the osmotic symptoms of a high glucose: thirst, passing much urine, weight loss (NICE NG28 / CKS
    # type 2 diabetes: symptomatic hyperglycaemia is reviewed the same day, even without ketones)
    Concept("osmotic_symptoms", (r"thirst\w*|polydips\w*|polyuri\w*|(?:drinking|peeing|weeing|passing (?:more |much |lots of )?urine)"
                                 r" (?:loads|lots|all the time|constantly|much more|more|a lot)|passing (?:much |a lot )?more urine"
                                 r"|up (?:all night|several times a night) (?:peeing|weeing|to pee|to wee)|(?:dry|parched) mouth",)),
    # a hypo treated and over: glucose back up, recovered (NICE NG17: a mild hypo is self-treated; severe
    # is one that needs another person's help)
    Concept("hypo_recovered", (r"recovered|(?:came|come|went|gone|is|was|it['’]?s) back up|back (?:up )?to (?:normal|[4-9](?:\.\d)?\b)"
                               r"|(?:now|up to|rose to|came up to|went up to)(?: (?:a|at))? (?:[4-9]|1[0-2])(?:\.\d)?\b(?! ?(?:mg|°|degrees|bpm|%|days?|hours?"
                               r"|hrs?|weeks?|months?|years?|yrs?|min\w*|times|am|pm|kg|cm|mm|o['’]?clock)\b)"
                               r"|(?:feel|feels|feeling|felt) (?:(?:totally|completely|absolutely|quite|back to) )?(?:fine|ok|okay|normal"
                               r"|better|myself) (?:again|now|after)"
                               # a later glucose told to its decimal after the treatment ("15 mins later 5.9", "an hour
                               # later I'm 7.4", "15 min later it's 6.2"): the hypo treated and over (NICE NG17 / Diabetes UK)
                               r"|later,? (?:(?:it|i|she|he|sugar|bg|bm|glucose)(?:['’]s|['’]m| is| was| am| were)? )?(?:(?:at|up to|was|is) )?"
                               r"(?:[4-9]|1[0-2])[.,]\d\b(?! ?(?:mg|°|degrees|%|kg|cm|mm)\b)",)),
    Concept("hypo_needed_help", (r"glucagon|(?:needed|need|had to have|had to get|with) (?:\w+ ){0,2}(?:help|assistance)"
                                 r"|(?:wife|husband|partner|mum|mom|dad|friend|someone|paramedics?|ambulance|carer)(?: \w+){0,4}"
                                 r" (?:had to|gave|give|injected|fed|treated|called)",)),
    # on insulin (not "insulin resistance"), by its word or a brand
    Concept("on_insulin", (_ON_INSULIN,)),
    # treated with what can drive the glucose low: insulin (type 1 diabetes is always on it) or a
    # sulfonylurea (NICE NG28 1.7, CKS hypoglycaemia: the drugs that cause hypos)
    Concept("hypo_prone", (_ON_INSULIN + r"|(?:type|typ|tipo) (?:1|one|I)[ -]diabet\w*|(?-i:T1DM?)\b"
                           r"|gliclazide|glimepiride|glipizide|glibenclamide|glyburide|tolbutamide|sulf?ph?onylureas?",)),
    # an illness on top (the sick-day rules' trigger): a cold or flu, a bug, an infection, feeling unwell
    Concept("intercurrent_illness", (r"(?:a|heavy|bad|head|chest|stinking|streaming|nasty|awful|horrible) cold\b"
                                     r"(?! (?:hands?|feet|sweats?|skin|weather|water|spell|snap|room|house|compress))"
                                     r"|flu\b|flu-like|covid|virus|viral illness|(?:tummy|stomach|sickness|winter vomiting)"
                                     r" bug|gastro(?:enteritis)?\b|(?:chest|urine|urinary|water|ear|throat|skin) infection"
                                     r"|unwell|poorly|under the weather",)),
    Concept("cant_swallow", (r"(?:can['’]?t|cannot|unable to|won['’]?t) (?:swallow|eat|drink|take (?:the )?(?:sugar|juice|glucose))",)),
)

DISCRIMINATORS: Final = (
    Discriminator("DKA signs", "emergent", ("diabetic", "hyperglycaemia"),
                  any_of=("vomiting", "kussmaul", "abdominal_pain", "drowsy", "reduced_consciousness", "new_confusion",
                          "ketones_high", "ketone_strip_high"),
                  source="JBDS-IP DKA guideline (2023)"),
    # (with vomiting or deep fast breathing even when no diabetes or glucose is told: a ketoacidosis
    # of any cause, euglycaemic on an SGLT2 inhibitor too; nutritional ketosis on a diet is well)
    Discriminator("high ketones", "emergent", ("ketones_high",), any_of=("diabetic", "hyperglycaemia", "vomiting", "kussmaul"),
                  source="JBDS-IP DKA guideline (2023): ketones >= 3.0 mmol/L"),
    # Euglycaemic DKA: on an SGLT2 inhibitor ketoacidosis comes with a glucose that looks reassuring
    # (even under 14 mmol/L / 250 mg/dL), so two of its signs are enough without a high reading
    Discriminator("ketoacidosis signs on an SGLT2 inhibitor", "emergent", ("sglt2_inhibitor",),
                  any_of=("vomiting", "kussmaul", "abdominal_pain", "drowsy"), at_least=2,
                  source="MHRA Drug Safety Update (2016, 2020): SGLT2 inhibitors, risk of euglycaemic DKA"),
    # DKA before diabetes is known: a glucose over 11 with urine ketones at ++ or more is its definition
    # (JBDS-IP 2023), and in a child a high glucose with vomiting or deep fast breathing is suspected DKA
    # however the illness was first named ("a tummy bug") (NICE NG18 1.4: suspected DKA, hospital now)
    Discriminator("DKA signs, diabetes not yet known", "emergent", ("hyperglycaemia", "ketone_strip_high"),
                  any_of=("vomiting", "kussmaul", "abdominal_pain", "drowsy", "reduced_consciousness", "new_confusion"),
                  source="JBDS-IP DKA guideline (2023): glucose > 11 mmol/L with ketonuria ++ or more"),
    Discriminator("a child's high glucose with DKA signs", "emergent", ("child", "hyperglycaemia"),
                  any_of=("vomiting", "kussmaul", "drowsy", "reduced_consciousness", "new_confusion"),
                  none_of=("ketones_normal",),
                  source="NICE NG18 (2015, 2023) 1.4: suspected DKA in a child, send to hospital"),
    Discriminator("DKA named", "emergent", ("dka_named",), source="JBDS-IP DKA guideline (2023)"),
    Discriminator("severe hypoglycaemia", "emergent", ("hypoglycaemia",),
                  any_of=("new_confusion", "drowsy", "reduced_consciousness", "seizure", "cant_swallow"),
                  source="ADA Standards of Care 2024 s6: level 3 hypoglycaemia"),
    # On insulin or a sulfonylurea, drowsiness is a hypo until a glucose says otherwise (Diabetes UK / NICE CKS
    # hypoglycaemia: a drowsy person needs another's help, level 3), with no reading told; confusion and a
    # lowered consciousness already fire on their own. Not once the hypo was treated and is over.
    Discriminator("drowsy on insulin or a sulfonylurea", "emergent", ("hypo_prone", "drowsy"),
                  none_of=("hypo_recovered",),
                  source="Diabetes UK / NICE CKS hypoglycaemia: drowsy on insulin, treat as a severe hypo"),
    Discriminator("hypoglycaemia < 3.0 mmol/L", "urgent", ("hypoglycaemia",), none_of=("hypo_recovered",),
                  source="ADA Standards of Care 2024 s6: level 2 hypoglycaemia"),
    Discriminator("severe hypoglycaemia, recovered", "urgent", ("hypoglycaemia", "hypo_recovered", "hypo_needed_help"),
                  source="NICE NG17 / ADA 2024 s6: a hypo that needed another person's help is reviewed"),
    # In known diabetes the ketones this advice asks for, already tested and normal (under 0.6 mmol/L),
    # answer it: the sick-day rules go on at home (DKA's signs above still fire). Not when the
    # illness is an infection to treat, nor when the high glucose is new (no diabetes known: NICE NG17
    # / NG28, suspected diabetes is confirmed and, if type 1 is possible, referred the same day).
    Discriminator("glucose >= 15 mmol/L", "urgent", ("glucose_ge_15",), none_of=("chronic_only", "ketones_normal"),
                  source="JBDS / Diabetes UK sick-day rules: test ketones, same-day advice"),
    Discriminator("glucose >= 15 mmol/L with an infection", "urgent", ("glucose_ge_15", "ketones_normal", "treated_infection"),
                  none_of=("chronic_only",),
                  source="JBDS / Diabetes UK sick-day rules: the infection behind the high glucose treated the same day"),
    # ... but on insulin an illness on top raises the glucose against the usual doses: extra (correction) insulin
    # is advised the same day, ketones normal or not (Diabetes UK / TREND-UK sick-day rules for insulin)
    Discriminator("glucose >= 15 mmol/L while ill on insulin", "urgent", ("glucose_ge_15", "ketones_normal", "on_insulin"),
                  any_of=("intercurrent_illness", "fever"), none_of=("chronic_only",),
                  source="Diabetes UK / TREND-UK sick-day rules: on insulin, glucose >= 15 while ill, dose advice the same day"),
    Discriminator("glucose >= 15 mmol/L, diabetes not known", "urgent", ("glucose_ge_15", "ketones_normal"),
                  none_of=("chronic_only", "diabetic"),
                  source="NICE NG17 / NG28: suspected diabetes, same-day assessment"),
    Discriminator("glucose >= 15 mmol/L with thirst or polyuria", "urgent", ("glucose_ge_15", "osmotic_symptoms"),
                  source="NICE NG28 / CKS type 2 diabetes: symptomatic hyperglycaemia, same-day review (ketones normal)"),
    Discriminator("blood ketones 1.5-2.9 mmol/L", "urgent", ("ketones_1_5_to_3",), any_of=("diabetic", "hyperglycaemia"),
                  source="Diabetes UK sick-day rules: ketones 1.5-2.9 mmol/L, risk of DKA, contact the team urgently"),
)

GROUP: Final = Group("diabetic_emergency", CONCEPTS, DISCRIMINATORS)
