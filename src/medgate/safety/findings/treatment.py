"""Complications of treatment seen the same day: a surgical wound infected, chemotherapy diarrhoea.

Sources: NICE NG125 (Surgical site infections, 2019) and NICE CKS: a wound red and discharging pus
in the days after an operation is assessed (and usually treated) the same day; UKONS 24-hour
triage tool (2023): on systemic anti-cancer therapy, diarrhoea of 4-6 stools a day over baseline
(CTCAE grade 2) is amber, seen the same day (grade 3, 7 or more, is red); on oral chemotherapy
(capecitabine and its kin) any diarrhoea above baseline is amber and the tablets stop until reviewed.
"""

from __future__ import annotations

from typing import Final

from medgate.safety.findings.base import Discriminator, Group
from medgate.safety.rules.base import Concept

CONCEPTS: Final = (
    # the wound of an operation, by its own name
    Concept("op_site", (r"port[- ]?sites?|incisions?|stitch(?:es)?|sutures?|staples|(?:op|operation|surgical|surgery)"
                        r" (?:wounds?|scars?|sites?|cuts?)|(?:wounds?|scars?|cuts?) from (?:my|his|her|the) (?:op|operation"
                        r"|surgery|c[- ]section|caesarean)"
                        # a perineal repair after birth is a sutured wound too (NICE NG194 1.4)
                        r"|episiotomy|perine\w* (?:wounds?|tears?|repairs?|stitches)|(?:2nd|second|3rd|third)[- ]degree tears?",)),
    # an operation told ("keyhole", "-ectomy"), with a wound named elsewhere ("the cuts near his belly button")
    Concept("post_op", (r"operation|surgery|op\b|keyhole|laparoscop\w*|\w+ectomy|post[- ]?op\w*|c[- ]section|caesarean",)),
    Concept("wound_discharge", (r"pus\b|ooz\w*|discharg\w*|weep\w*|leak\w*|(?:yellow|green|cloudy|smelly|thick) (?:stuff|water"
                                r"|fluid|liquid|gunk|goo|gloop)",)),
    # discharge that smells or is pus: infection of a wound or a perineal tear (NICE NG194 1.4.5: perineal
    # wound infection, offensive discharge with pain)
    Concept("infected_discharge", (r"(?:offensive|smelly|foul(?:[- ]smelling)?|stinky|bad[- ]smelling|purulent|pussy)"
                                   r" (?:\w+ )?(?:discharge|ooze|fluid|smell|odou?r)|pus\b|(?:discharge|ooze|stitches|wound)"
                                   r"(?: \w+){0,2} (?:smells?|stinks?|smelling)\b"
                                   # a colour of pus, or a smell told beside the discharge: "greenish ooze", "discharge and odour"
                                   r"|(?:yellow|green)(?:ish|y|-ish)? (?:\w+ )?(?:discharge|ooze|fluid|pus)"
                                   r"|(?:discharge|ooze|oozing) (?:and|with) (?:an? )?(?:bad |nasty |strong |foul )?(?:odou?r|smell)",)),
    # the wound's edges parted (dehiscence): NICE NG194 1.4.5 / NG125, reviewed the same day
    Concept("wound_edges_apart", (r"edges (?:\w+ ){0,2}(?:apart|parted|separat\w*|gaping|open(?:ed|ing)?|com\w* apart)"
                                  r"|(?:wound|stitches|incision|scar|repair|tear) (?:has |have |is |are )?(?:\w+ )?(?:opened up"
                                  r"|come apart|coming apart|broken down|split open|burst|gaping)|dehisc\w*|wound breakdown",)),
    # a central venous line and the skin where it leaves the body (UKONS 24-hour triage tool 2023: redness,
    # swelling or pain at a line site on anticancer treatment is amber, assessed the same day)
    Concept("central_line", (r"(?-i:PICC|CVC)\b|picc line|hickman|port-?a-?cath|portacath|central (?:venous )?line"
                             r"|tunnell?ed line",)),
    Concept("line_site", (r"(?:exit|insertion|entry) site|(?:around|round|at) (?:the )?(?:line|where the line)",)),
    Concept("wound_red", (r"red\b|redness|reddened|inflamed|angry(?:[- ]looking)?\b",)),
    Concept("chemotherapy", (r"chemo\w*|capecitabine|xeloda|fluorouracil|5-?(?-i:FU)\b|irinotecan|oxaliplatin|docetaxel"
                             r"|paclitaxel|immunotherapy|pembrolizumab|nivolumab|ipilimumab|sact\b",)),
    # chemotherapy taken by mouth at home, a fluoropyrimidine above all (capecitabine; tegafur; trifluridine with
    # tipiracil): its diarrhoea can turn severe within a day, so UKONS triages any above baseline as amber and the
    # tablets are stopped until reviewed (UKONS 24-hour triage tool 2023; BNF capecitabine)
    Concept("oral_anticancer", (r"capecitabine|xeloda|tegafur|lonsurf|trifluridine|(?:oral|tablet) chemo\w*"
                                r"|chemo(?:therapy)? (?:tablets|pills|capsules)",)),
    # 4 or more loose stools a day (CTCAE grade 2 and over: 4-6 over baseline)
    Concept("diarrhoea_4_a_day", (r"(?:diarrho?ea|loose (?:stools?|poos?|bowel motions?)|runny (?:poos?|stools?)|watery (?:stools?|poos?))"
                                  r"(?: [\w'’]+){0,4} (?:[4-9]|1\d|four|five|six|seven|eight|nine|ten)(?: (?:to|or|-) ?(?:\d+|\w+))?"
                                  r" times (?:a|per|each) day|(?:[4-9]|1\d|four|five|six|seven|eight) (?:or more )?(?:loose|watery|runny)"
                                  r" (?:stools?|poos?|motions?)(?: (?:a|per|each) day)?"
                                  # a record's count: "loose stools x5 today", "diarrhoea x 6 since the morning"
                                  r"|(?:diarrho?ea|(?:loose|watery|runny) (?:stools?|poos?|bowel motions?|motions?)) ?x ?(?:[4-9]|1\d)\b",)),
)

DISCRIMINATORS: Final = (
    Discriminator("surgical wound red and discharging", "urgent", ("op_site", "wound_discharge", "wound_red"),
                  source="NICE NG125 / CKS: surgical site infection, same-day assessment"),
    Discriminator("surgical wound red and discharging", "urgent", ("wound", "post_op", "wound_discharge", "wound_red"),
                  source="NICE NG125 / CKS: surgical site infection, same-day assessment"),
    Discriminator("infected discharge from a wound or stitches", "urgent", ("wound", "post_op", "infected_discharge"),
                  none_of=("chronic_only",),
                  source="NICE NG125: surgical site infection, same-day assessment"),
    Discriminator("infected discharge from a wound or stitches", "urgent", ("op_site", "infected_discharge"),
                  source="NICE NG194 1.4.5 / NG125: wound infection (perineal or surgical), same-day assessment"),
    Discriminator("wound edges apart", "urgent", ("op_site", "wound_edges_apart"),
                  source="NICE NG194 1.4.5 / NG125: a perineal or surgical wound breaking down, same-day assessment"),
    Discriminator("redness at a central line's site", "urgent", ("central_line", "line_site", "wound_red"),
                  source="UKONS 24-hour triage tool (2023): line site redness, amber, same-day assessment"),
    Discriminator("diarrhoea 4 or more a day on anticancer treatment", "urgent", ("chemotherapy", "diarrhoea_4_a_day"),
                  source="UKONS 24-hour triage tool (2023): grade 2 diarrhoea, amber"),
    Discriminator("diarrhoea on oral chemotherapy", "urgent", ("oral_anticancer", "diarrhoea_word"), none_of=("chronic_only",),
                  source="UKONS 24-hour triage tool (2023) / BNF capecitabine: any diarrhoea above baseline on oral"
                         " anticancer treatment, amber: stop the tablets and review the same day"),
)

GROUP: Final = Group("treatment_complication", CONCEPTS, DISCRIMINATORS)
