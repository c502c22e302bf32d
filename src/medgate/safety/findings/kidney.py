"""Missed dialysis with symptoms of a high potassium or fluid overload.

Source: UK Kidney Association clinical practice guideline "Treatment of acute hyperkalaemia in
adults" (2020) and kidney units' patient advice: after missed dialysis, muscle weakness,
palpitations or an irregular heartbeat, or breathlessness need the emergency department.
"""

from __future__ import annotations

from typing import Final

from medgate.safety.findings.base import Discriminator, Group
from medgate.safety.rules.base import Concept

# a weekday as a dialysis timetable shortens it ("tue/thu/sat", "mon-wed-fri")
_DAY: Final = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?s?"

CONCEPTS: Final = (
    Concept(
        "missed_dialysis",
        (r"(?:missed|skipped|couldn['’]?t (?:get to|go to|make)|didn['’]?t (?:go to|have|get)|no) (?:my |his |her |the )?"
         r"(?:last )?(?:[\w'’]+ ){0,3}?(?:dialysis|haemodialysis|hemodialysis|sessions?)(?! (?:missed|skipped))",  # not "no sessions missed"  # "missed friday and monday sessions"
         # a day missed, dialysis named elsewhere in the message (the discriminator needs on_dialysis)
         r"(?:missed|skipped) (?:\w+ ){0,2}?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|yesterday)(?:['’]s)?\b",
         # days told short ("skipped Wed and Fri"): dialysis is named elsewhere (on_dialysis)
         r"(?:missed|skipped) (?:(?:last|this|both|my) )?(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\b",
         # a session not attended, told by its day ("could not go on Friday", "didn't make it in on
         # Tuesday", "wasn't able to get there Saturday"): dialysis is named elsewhere (on_dialysis)
         r"(?:could ?n['’]?t|could not|did ?n['’]?t|did not|was ?n['’]?t able to|was not able to|unable to)"
         r" (?:go|get there|get in|attend|make it)(?: in| there)? (?:on |last |this )?"
         r"(?:mon|tues|wednes|thurs|fri|satur|sun)day\b",
         # the session missed told as not coming in ("could not come today", "couldn't come in this morning"):
         # dialysis is named elsewhere (on_dialysis)
         r"(?:could ?n['’]?t|could not|was ?n['’]?t able to|was not able to|unable to) (?:come|get)(?: in)?"
         r" (?:today|yesterday|this morning|this afternoon)\b",),
    ),
    # "sessions" alone could be the gym's: the message must say dialysis somewhere
    Concept("on_dialysis", (r"(?:haemo|hemo|peritoneal )?dialys[ie]s|kidney machine|renal unit|fistula",
                            # told as the unit's regulars tell it: a chair on a three-day week ("the tue/thu/sat
                            # chair", "my mon-wed-fri slot"), a chair "at the unit", or the letters ("HD mon/wed/fri",
                            # "on HD"): UK Kidney Association, hyperkalaemia after a missed session
                            rf"(?:{_DAY}[/-]){{2}}{_DAY} (?:chair|slot|shift|unit)s?\b|(?:{_DAY}[/-]){{2}}{_DAY}(?: [\w'’]+){{0,2}}? chairs?\b"
                            r"|(?:chair|slot|station) (?:at|in) the (?:dialysis |renal |kidney )?(?:unit|centre|center)\b"
                            rf"|(?-i:HD)\b(?= (?:patient|pt|unit|sessions?|days?|chair|{_DAY}\b))|\bon (?-i:HD)\b",)),
    # UK Kidney Association (2020): K+ >= 6.5 mmol/L, or ECG changes, is a medical emergency
    Concept("potassium_very_high", (r"(?:potassium|(?-i:K)\+?)(?: level)?(?: (?:is|was|of|at|now))?:? ?(?:6\.[5-9]|[7-9](?:\.\d)?)\b"
                                    r"|peaked t[- ]?waves?|tented t[- ]?waves?",)),
    # K+ 6.0-6.4 is moderate hyperkalaemia (UKKA 2020); after missed dialysis it is still rising
    Concept("potassium_high", (r"(?:potassium|(?-i:K)\+?)(?: level)?(?: (?:they )?(?:told me )?(?:is|was|of|at|now))*:? ?6\.[0-4]\b",)),
    # K+ 5.5-5.9 (UKKA 2020: mild; review its cause and the drugs that raise it, recheck), not one since come down
    # ("potassium was 5.7 last month, now 4.9")
    Concept("potassium_raised", (r"(?:potassium|(?-i:K)\+?)(?: level)?(?: (?:is|was|of|at|now|came back(?: at)?))?:? ?5\.[5-9]\b"
                                 r"(?![^.;\n]{0,40}?\b(?:now|down to|came down|dropped|back to|since)\b[^.;\n]{0,15}?\b[2-5]\.\d)",)),
    # a potassium that has run at that level for months is the person's own (UKKA 2020: a stable mild
    # hyperkalaemia in advanced CKD is managed in clinic): "results over the past year have ranged from 5.3 to 5.6"
    Concept("potassium_baseline", (r"(?:ranged|ranging|running|runs|run|stable|usually|normally|always|baseline)(?: \w+){0,3}?"
                                   r" (?:from |between |around |at |about |of )?(?:[3-5]\.\d|6\.[0-4])\b",)),
    # a kidney transplant's function or drug level off its usual (KDIGO 2009 transplant recipient
    # care: a creatinine rise from baseline is rejection or calcineurin toxicity until shown otherwise)
    # (or its anti-rejection drug: a transplant told "last year" is history to ConText, the drug is now;
    # a calcineurin inhibitor is itself nephrotoxic)
    Concept("kidney_transplant", (r"(?:kidney|renal) transplant\w*|transplant(?:ed)? kidney|(?:new|donor) kidney|graft"
                                  r"|tacrolimus|ciclosporin|cyclosporine|sirolimus|everolimus",)),
    Concept("creatinine_rise", (r"creatinine(?: \w+){0,4} (?:up|rising|risen|rose|gone up|going up|higher|increased|climb\w*)\b"
                                r"|creatinine(?: (?:of|is|was|now|at))? \d+(?:\.\d+)?(?: ?(?:µmol/l|umol/l|micromol/l|mg/dl))?"
                                r",? \(?(?:baseline|up from|usually|normally|from (?:a )?baseline)",)),
    Concept("drug_level_high", (r"(?:tacrolimus|tac|ciclosporin|cyclosporine|sirolimus|everolimus) (?:trough )?levels?(?: \w+){0,3}"
                                r" (?:high|too high|above|over|raised|toxic)|(?:tacrolimus|tac|ciclosporin|cyclosporine|sirolimus"
                                r"|everolimus) (?:trough )?levels? (?:of |is |was |at )?\d+(?:\.\d+)?,? \(?(?:target|range|aim)",)),
    # a dialysis fistula whose buzz (thrill) or whoosh (bruit) has gone has clotted: UK Kidney Association /
    # VASBI vascular access guidance, same-day referral to save it (thrombectomy within hours)
    Concept("fistula_silent", (r"(?:buzz\w*|thrill|bruit|whoosh\w*|purr\w*|vibration|pulse)(?: [\w'’-]+){0,6} (?:has |had |is )?"
                               r"(?:gone|stopped|disappeared|vanished)\b|(?:can['’]?t|cannot|could ?n['’]?t|no longer|unable to)"
                               r" (?:feel|hear) (?:the |a |any |my |her |his |its )?(?:buzz\w*|thrill|bruit|whoosh\w*|purr\w*)"
                               r"|(?:no|lost (?:the|its|my|her|his)) (?:buzz\w*|thrill|bruit|whoosh\w*)"
                               # the fistula as the subject: "is not buzzing", "isn't humming any more"
                               r"|(?:is|was|has)? ?(?:not|n['’]t|no longer|stopped) (?:buzz\w*|vibrat\w*|purr\w*|whoosh\w*|humm\w*)"
                               r"|(?:can['’]?t|cannot|could ?n['’]?t) feel (?:the |any |its )?vibration",)),
    # ... or whose buzz is weaker, fainter or changed though still there: a narrowing about to clot (VASBI / UK Kidney
    # Association vascular access: a change in the thrill or bruit, same-day assessment by the access team)
    Concept("fistula_weaker", (r"(?:buzz\w*|thrill|bruit|whoosh\w*|purr\w*|vibration|hum)(?: [\w'’-]+){0,6}"
                               r" (?:weaker|fainter|quieter|softer|less strong|not as strong|(?:a lot |much )?less|different|changed)\b"
                               r"|(?:weaker|fainter|quieter|softer|reduced|diminished) (?:buzz\w*|thrill|bruit|whoosh\w*|purr\w*|vibration)",)),
    # peritoneal dialysis fluid drained cloudy is peritonitis until shown otherwise (ISPD peritonitis
    # recommendations 2022: start antibiotics as soon as the effluent is cloudy, after a sample)
    Concept("pd_fluid_cloudy", (r"(?:bags?|fluid|effluent|dialysate|drain\w*)(?: [\w'’]+){0,3} (?:is |was |are |were |looks? |looked"
                                r" |came out |come out |has been |have been )?(?:a bit |very |really )?(?:cloudy|murky|milky|turbid)\b"
                                r"|(?:cloudy|murky|milky|turbid) (?:pd |dialysis |drained )?(?:bags?|fluid|effluent|dialysate|drain\w*)",)),
    Concept(
        "potassium_symptoms",
        # (the feeling may be quoted: legs "'heavy and rubbery'"; weakness all over is the same sign)
        (r"(?:legs?|arms?|muscles?)(?: \w+){0,3} ['‘\"“]?(?:heavy|weak|like rubber|like jelly|rubbery)"
         r"|generally weak|weak all over|heart (?:is )?(?:beating|going)"
         # (a slow or bumpy beat after a missed session is the bradycardia of a high potassium, UKKA 2020)
         r" (?:anyhow|funny|all over the place)|(?:heart ?beat|heart|pulse)(?:,? \w+){0,3},? (?:skipping|irregular|racing|slow|bumpy|jumpy|uneven)"
         r"|(?:heart|pulse)(?: \w+){0,4} (?:skipp|flutter|flipp|missing beats)\w*|palpitat\w*|(?:short of|out of|can['’]?t catch (?:my|his|her)) breath|breathless\w*",),
    ),
)

DISCRIMINATORS: Final = (
    Discriminator("a dialysis fistula without its buzz", "urgent", ("on_dialysis", "fistula_silent"),
                  source="UK Kidney Association / VASBI: a thrombosed fistula, same-day vascular access referral"),
    Discriminator("a dialysis fistula's buzz weaker", "urgent", ("on_dialysis", "fistula_weaker"),
                  source="UK Kidney Association / VASBI: a change in a fistula's thrill, same-day vascular access review"),
    Discriminator("cloudy peritoneal dialysis fluid", "urgent", ("on_dialysis", "pd_fluid_cloudy"),
                  source="ISPD peritonitis recommendations 2022: cloudy effluent, same-day sample and antibiotics"),
    # diarrhoea raises tacrolimus levels and dries the kidney: a same-day level and advice (BNF tacrolimus;
    # renal transplant units' sick-day advice)
    Discriminator("a kidney transplant with diarrhoea 4 or more a day", "urgent", ("kidney_transplant", "diarrhoea_4_a_day"),
                  source="BNF tacrolimus / KDIGO 2009 transplant care: diarrhoea alters levels, same-day review"),
    Discriminator("a very high potassium or its ECG signs", "emergent", ("potassium_very_high",),
                  source="UK Kidney Association (2020): treatment of acute hyperkalaemia, K+ >= 6.5 or ECG changes"),
    Discriminator("missed dialysis with weakness, palpitations or breathlessness", "emergent",
                  ("missed_dialysis", "potassium_symptoms", "on_dialysis"),
                  source="UK Kidney Association (2020): suspected hyperkalaemia after missed dialysis"),
    Discriminator("missed dialysis with a potassium of 6.0 or more", "emergent",
                  ("missed_dialysis", "potassium_high", "on_dialysis"),
                  source="UK Kidney Association (2020): K+ >= 6.0 with no dialysis to lower it"),
    # a raised potassium with no dialysis missed: a same-day review of its cause and of the ACE inhibitor,
    # ARB, spironolactone or other drug raising it, and a recheck (UKKA 2020: 5.5-5.9 mild, 6.0-6.4 moderate)
    Discriminator("a potassium of 5.5-6.4", "urgent", (), any_of=("potassium_raised", "potassium_high"),
                  none_of=("potassium_baseline",),
                  source="UK Kidney Association (2020): hyperkalaemia 5.5-6.4 mmol/L, same-day review and recheck"),
    Discriminator("a kidney transplant's creatinine or drug level up", "urgent", ("kidney_transplant",),
                  any_of=("creatinine_rise", "drug_level_high"),
                  source="KDIGO 2009 transplant recipient care: a creatinine rise or a high calcineurin level, same-day review"),
)

GROUP: Final = Group("kidney_emergency", CONCEPTS, DISCRIMINATORS)
