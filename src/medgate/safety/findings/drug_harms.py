"""Harms of medicines taken as prescribed: opioid toxicity from patches, constipation on a strong
opioid, and a high potassium from drugs that each raise it.

Sources: MHRA Drug Safety Update (October 2014; updated 2020), "Transdermal fentanyl patches:
life-threatening and fatal opioid toxicity": an extra or old patch left on, or heat, gives an
overdose; drowsiness, slow or shallow breathing and small pupils are its signs and need emergency
care (the opioid toxidrome; Resuscitation Council UK). MHRA Drug Safety Update (February 2019),
"Trimethoprim: reminder of the risk of hyperkalaemia in patients at risk", with ACE inhibitors,
angiotensin receptor blockers and potassium-sparing diuretics; UK Kidney Association (2020),
treatment of acute hyperkalaemia: a slow pulse or profound weakness is its danger sign. NICE CKS
"Palliative care - constipation" and the palliative care formularies: on a regular strong opioid,
no bowel action for three days or more is reviewed (laxatives, a rectal examination for impaction)
the same day.
"""

from __future__ import annotations

from typing import Final

from medgate.safety.findings.base import Discriminator, Group
from medgate.safety.rules.base import Concept

# three days or more, told as a record does too ("5/7")
_DAYS_3: Final = (r"(?:(?:[3-9]|1\d|three|four|five|six|seven|eight|nine|ten) ?(?:days?|/7|d)\b"
                  r"|(?:a|one|over a) week\b)")

CONCEPTS: Final = (
    Concept("opioid_patch", (r"(?:fentanyl|buprenorphine|butrans|transtec|matrifen|durogesic|morphine|opioid|pain(?:killer)?)"
                             r" patch\w*|(?:fentanyl|butrans|transtec|matrifen|durogesic)\b",)),
    # the opioid toxidrome's breathing and pupils, as a carer tells them
    Concept("opioid_breathing", (r"(?:breath\w*|respirations?)(?: \w+){0,3} (?:really |very |so |awfully |too )?(?:slow\w*|shallow)"
                                 r"|(?:slow|shallow)(?:,? (?:and )?(?:slow|shallow))? (?:\w+ )?breath\w*",)),
    Concept("opioid_pupils", (r"(?:pinpoint|tiny|pin-?prick)(?: \w+)? pupils|pupils(?: \w+){0,2} (?:look |are |were )?(?:really |very )?"
                              r"(?:tiny|pinpoint|pin-?pricks?|like pin ?(?:heads|points|pricks))",)),
    # a strong opioid taken regularly, by name or brand (not codeine or tramadol: their constipation waits for
    # the GP), and no bowel action for three days or more ("bowels not opened 4 days", "BNO x5/7", "hasn't
    # had a poo for a week")
    Concept("strong_opioid", (r"morphine|(?-i:MST)\b|oramorph|zomorph|oxycodone|oxycontin|oxynorm|longtec|shortec|fentanyl"
                              r"|buprenorphine|butrans|transtec|hydromorphone|palladone|methadone|tapentadol|palexia"
                              r"|diamorphine|strong opioids?",)),
    Concept("bowels_stopped_3_days", (
        rf"(?:bowels?(?: have| has)?(?: not| n['’]?t)(?: been)? (?:open\w*|moved?)|(?-i:BNO)|(?:no|not had an?|(?:has|have)n['’]?t"
        rf" (?:had|done|been for) an?) (?:poo|stool|bowel (?:movement|action|motion)|number two)s?|(?:has|have)n['’]?t"
        rf" (?:opened (?:my|his|her|their) bowels|pooed)|constipated)(?: (?:for|in|since|x))?(?: the (?:last|past))? ?{_DAYS_3}",)),
    Concept("trimethoprim", (r"trimethoprim|co-?trimoxazole|septrin",)),
    # an ACE inhibitor, an angiotensin receptor blocker or a potassium-sparing diuretic
    Concept("potassium_raising_drug", (r"\w+(?:opril|sartan)\b|spironolactone|eplerenone|amiloride|triamterene"
                                       r"|aldactone|entresto|sacubitril",)),
    Concept("profound_weakness", (r"(?:profoundly|extremely|very|really|so|terribly) weak|can(?:['’]?t|not) (?:get|stand) up"
                                  r"|(?:too|so) weak to (?:stand|walk|get up)",)),
)

DISCRIMINATORS: Final = (
    Discriminator("opioid toxicity signs on a patch", "emergent", ("opioid_patch",),
                  any_of=("opioid_breathing", "opioid_pupils", "drowsy", "reduced_consciousness"), at_least=2,
                  source="MHRA Drug Safety Update 2014/2020: transdermal fentanyl, life-threatening opioid toxicity"),
    Discriminator("no bowel action for 3 days or more on a strong opioid", "urgent",
                  ("strong_opioid", "bowels_stopped_3_days"), none_of=("chronic_only",),
                  source="NICE CKS palliative care - constipation: on a strong opioid, review laxatives and check for"
                         " impaction the same day"),
    Discriminator("slow pulse or profound weakness on trimethoprim with a potassium-raising drug", "emergent",
                  ("trimethoprim", "potassium_raising_drug"), any_of=("hr_lt_50", "profound_weakness"),
                  source="MHRA Drug Safety Update 2019 trimethoprim hyperkalaemia; UK Kidney Association 2020"),
)

GROUP: Final = Group("medicine_interaction", CONCEPTS, DISCRIMINATORS)
