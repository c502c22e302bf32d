"""Guillain-Barré syndrome: weakness climbing from the feet, with breathing or swallowing now failing.

Sources: NHS "Guillain-Barré syndrome" (2022): tingling or weakness starting in the feet and hands and
spreading up the body, often after an infection (a stomach bug most of all), needs urgent help; call 999
for difficulty breathing or swallowing or a weakness spreading fast. Leonhard SE et al., "Diagnosis and
management of Guillain-Barré syndrome in ten steps" (Nat Rev Neurol 2019;15:671): admit, and treat a weak
cough, breathlessness or trouble swallowing (bulbar or respiratory involvement) as impending respiratory
failure. Numbness that spreads alone, without weak legs, is left to the other findings.
"""

from __future__ import annotations

from typing import Final

from medgate.safety.findings.base import Discriminator, Group
from medgate.safety.rules.base import Concept

_SENSE = r"(?:tingl\w*|numb\w*|pins and needles|weak\w*|heav(?:y|iness)|dead feeling)"
_ABOVE = r"(?:ankles|knees|shins|calves|thighs|hips|waist|legs|hands|arms|elbows|wrists|fingers)"

CONCEPTS: Final = (
    # a sensation or weakness climbing from the feet: "tingling in feet 4 days, now up to knees", "the
    # weakness has crept up to his thighs", "an ascending weakness"
    Concept(
        "ascending_spread",
        (rf"{_SENSE}(?:,? [\w'’]+){{0,8}}?,? (?:(?:now |has |have |is |are |it['’]?s )?(?:spread\w*|mov\w*|creep\w*|crept|climb\w*"
         rf"|travell?\w*|go\w*|gone|went|crawl\w*|ris\w*) )?(?:up|up to|up into|up past|up as far as) (?:the |my |his |her |their"
         rf" |both )?{_ABOVE}\b"
         r"|ascending (?:weakness|numbness|paralysis|tingling)",),
    ),
    # legs too weak to climb stairs or rise from a chair, the toilet or the floor
    Concept(
        "rising_fails",
        (r"(?:can['’]?t|cannot|can not|couldn['’]?t|could not|unable to|struggl\w* to|not able to)(?: even)? (?:get up|stand up|rise"
         r"|climb|walk up|manage (?:the )?stairs|get out of (?:the |a |his |her |my )?(?:chair|bed))"
         r"(?:(?: [\w'’]+){0,4} (?:stairs|steps|chair|toilet|floor|bed|sofa|couch|seat))?"
         r"|legs?(?: \w+){0,3} (?:giving way|gave way|buckl\w*|like jelly|won['’]?t (?:hold|carry))",),
    ),
    # a weak cough, breathlessness or trouble swallowing: the bulbar and respiratory muscles going
    Concept(
        "gbs_bulbar",
        (r"weak cough|cough(?:ing)? (?:is |feels |has gone |sounds |now )?(?:weak|feeble|pathetic)|(?:can['’]?t|cannot|unable to)"
         r" (?:cough|clear (?:my|his|her) throat)|short(?:ness)? of breath|breathless\w*|(?:hard|difficult|struggl\w*) to"
         r" (?:breathe|swallow)|(?:trouble|difficulty|problems?) (?:breathing|swallowing)|chok\w* on (?:drinks|food|water"
         r"|fluids|liquids|(?:his|her|my) (?:saliva|spit))|(?:can['’]?t|cannot|unable to) swallow",),
    ),
)

DISCRIMINATORS: Final = (
    Discriminator(
        "an ascending weakness with breathing or swallowing trouble", "emergent", ("ascending_spread", "rising_fails",
                                                                                   "gbs_bulbar"),
        source="NHS Guillain-Barré syndrome (2022) / Leonhard 2019: weakness spreading up the body with a weak cough,"
               " breathlessness or trouble swallowing, 999",
    ),
    Discriminator(
        "an ascending weakness", "urgent", ("ascending_spread", "rising_fails"),
        source="NHS Guillain-Barré syndrome (2022): tingling or weakness spreading up from the feet, urgent assessment",
    ),
)

GROUP: Final = Group("guillain_barre", CONCEPTS, DISCRIMINATORS)
