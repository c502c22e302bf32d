"""Two same-day infections a pharmacy counter hears of: mastitis with a fever, and a diabetic foot's sore
gone red, hot or swollen.

NICE CKS "Mastitis and breast abscess" (2022): a painful, red, hot or swollen area of the breast with a fever
or flu-like feeling is mastitis, seen the same day (antibiotics if it does not settle with continued
feeding; admit only if systemically unwell, which the sepsis rules read). NICE NG19 (Diabetic foot
problems, 2015, updated 2019) 1.3.3-1.3.5: an active diabetic foot problem (an ulcer, a spreading infection)
is referred within one working day (an ulcer with fever or signs of sepsis at once: sepsis.py).
"""

from __future__ import annotations

from typing import Final

from medgate.safety.findings.base import Discriminator
from medgate.safety.rules.base import INFLAMED_BREAST, Concept

_FOOT: Final = r"(?:foot|feet|toes?|heel|sole)\b"

CONCEPTS: Final = (
    # "a hot red sore wedge on my left boob", "her breast has gone red and hard", "mastitis"
    Concept("breast_inflamed", INFLAMED_BREAST),
    # a sore, ulcer or wound on the foot ("a small sore under my big toe", "ulcer on his heel")
    Concept("foot_wound", (
        r"(?:sore|ulcer|wound|blister|cut|graze|crack)s?(?: [\w'’]+){0,2}? (?:on|under|between|at|in) (?:my|his|her|the"
        rf"|their|a|both) (?:(?:left|right|big|little|second|small|other) )?{_FOOT}",
        r"(?:foot|toe|heel) (?:ulcer|sore|wound)s?",
    )),
    # an ulcer on the foot, infected or not ("a painless ulcer under the first metatarsal head", "a neuropathic ulcer
    # on her heel"); one healed is none (NICE NG19 1.3.4: ulceration is an active diabetic foot problem)
    Concept("foot_ulcer", (
        r"ulcer(?: [\w'’-]+){0,3}? (?:on|under|over|at|beneath) (?:my|his|her|the|their|a|both) (?:[\w-]+ ){0,3}"
        r"(?:foot|feet|toes?|heel|sole|forefoot|metatarsal heads?|big toe joint)\b|(?:foot|toe|heel|plantar|neuropathic) ulcer",
    )),
    Concept("foot_ulcer_healed", (
        r"(?:healed|old|previous|past|history of(?: an?)?)(?: [\w'’-]+){0,2} (?:foot |toe |heel |plantar |neuropathic )?ulcers?"
        # (a denial in the gap is no healing: "the ulcer has not healed", "hasn't closed")
        r"|ulcers?(?: (?!(?:not|never|yet)\b)(?![\w'’-]*n['’]t\b)[\w'’-]+){0,5}? (?:has |had |have |is |was )?(?:now |fully "
        r"|completely )?(?:healed|closed)\b",
    )),
    # the foot or toe red, hot or swelling ("the whole toe and top of the foot getting red, hot and swell up")
    Concept("foot_inflamed", (
        rf"{_FOOT}(?: [\w'’]+){{0,3}}? (?:is |are |getting |gone |going |turned |turning |looks? |has gone |have gone |got )"
        r"(?:now |still |all |very |really |so |more ){0,2}(?:red|hot|swollen|swell\w*|inflamed|angry|puffy)\b",
    )),
)

DISCRIMINATORS: Final = (
    Discriminator("a red, painful breast with a fever", "urgent", ("breast_inflamed", "fever"),
                  source="NICE CKS mastitis and breast abscess (2022): same-day assessment, antibiotics if not settling"),
    Discriminator("a diabetic foot's sore gone red, hot or swollen", "urgent", ("foot_wound", "foot_inflamed"),
                  any_of=("diabetic", "hyperglycaemia"),
                  source="NICE NG19 1.3.4: an active diabetic foot problem, foot protection service within 1 working day"),
    Discriminator("a diabetic foot ulcer", "urgent", ("foot_ulcer",), any_of=("diabetic", "hyperglycaemia"),
                  none_of=("foot_ulcer_healed",),
                  source="NICE NG19 1.3.4: diabetic foot ulceration is an active foot problem, multidisciplinary"
                         " foot care service within 1 working day"),
)
