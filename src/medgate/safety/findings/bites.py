"""Bites that broke the skin, animal or human, and the clenched-fist injury (a fist that met teeth): antibiotics
and review the same day (NICE NG184, human and animal bites, 2020; BSSH on fight bites). A bite that did not
break the skin needs none. Part of the same-day group (same_day.py)."""

from __future__ import annotations

from typing import Final

from medgate.safety.findings.base import Discriminator
from medgate.safety.rules.base import Concept

_WHOSE = r"(?:my|his|her|their|the|a|our|your)"
# a dog by its lay or breed name
_DOG = (r"(?:dog|puppy|pup|staffy|staffie|terrier|collie|spaniel|labrador|alsatian|german shepherd|rottweiler|husky"
        r"|pit ?bull|jack russell|lurcher|greyhound|poodle|bulldog|doberman|kelpie|heeler|cattle dog|boxer|beagle"
        r"|dachshund|chihuahua|retriever|mastiff|akita)")

CONCEPTS: Final = (
    Concept("animal_bite", (r"(?:dog|cat|animal|human|horse|fox|bat|monkey|rat)['’]?s? ?(?:bite|bit|bitten)"
                            r"|bit(?:ten)? by (?:a |the |our |my |his |her )?(?:\w+ )?(?:dog|cat|animal|bat|monkey|fox|rat)"
                            # "nipped by my neighbour's dog": a nip is a bite; the owner may be named
                            r"|(?:nipped|bit(?:ten)?) by (?:a |the |our |my |his |her |their )?(?:[\w'’]+ )?(?:dog|cat|puppy"
                            r"|kitten|horse|fox|ferret|rat|hamster)"
                            # the place bitten told first, the dog by its lay or breed name: "bitten on the back of my
                            # hand by my mate's staffy" (NICE NG184: a bite that broke the skin, antibiotics the same day)
                            # (up to eight words: "bitten on the back of the left hand by a neighbour's dog")
                            rf"|(?:nipped|bit(?:ten)?)(?: [\w'’]+){{1,8}} by (?:a |the |our |my |his |her |their )?(?:[\w'’]+ )?"
                            rf"(?:{_DOG}|cat|kitten)\b"
                            # the bite told as the dog "got" or "caught" someone ("the neighbour's kelpie got me on the
                            # back of my hand"), with a bite's mark below
                            rf"|{_DOG}['’]?s? (?:got|caught|nipped|grabbed|went for|latched onto|sank (?:its|his|her) teeth into)"
                            r" (?:(?:me|him|her|them) (?:right )?(?:on|in|by)|my|his|her|their|our|the)\b"
                            # the animal told with where it was before the verb: "a dog at the park bit my son"
                            # ("the dog was a bit off" bites no one), or with none: "the neighbour's kelpie bit my hand"
                            rf"|(?:{_DOG}|cat|kitten|horse|fox|monkey|rat)(?: [\w'’]+){{0,6}}? (?<!\ba )bit\b(?! of)",)),
    Concept("bite_feature", (r"broke the skin|broken skin|puncture\w*|swollen|swelling|red\w*|throbbing|(?:on|in) "
                             rf"{_WHOSE} (?:hand|knuckle|finger|face)|pus",)),
    # a fist that met teeth: a clenched-fist injury, a human bite whatever it is called ("hit a guy in the mouth")
    Concept("fist_on_teeth", (r"fight bite|clenched[- ]fist (?:injury|wound)|(?:punch\w*|hit|hitting|struck|smacked|thumped|decked)"
                              r" (?:a |the |some |this |that |another )?(?:guy|man|bloke|someone|somebody|person|lad|fella|him|her|them"
                              r"|\w+)(?: \w+){0,2} (?:in|on) (?:the |his |her |their )?(?:mouth|teeth|jaw|face)"
                              r"|(?:knuckles?|fist) (?:\w+ ){0,2}(?:on|against|into|off) (?:his|her|their|someone['’]s|somebody['’]s|a)"
                              r" (?:\w+['’]s )?teeth",)),
    Concept("knuckle_wound", (r"(?:cut|laceration|lac|wound|graze|split|gash|puncture|bite|nick|tear)\w*(?: [\w'’]+){0,4} (?:over|on"
                              r"|across|to) (?:(?:the|my|his|her|their|r|l|rt|lt|right|left|\d(?:st|nd|rd|th)|first|second|third"
                              r"|fourth|index|middle|ring|little) ){0,3}knuckles?\b|knuckles? (?:is |was )?(?:cut|split|gashed|grazed)"
                              r"|(?:cut|split|gashed|grazed|tore|ripped) (?:open )?(?:my|his|her|their|the) (?:\w+ )?knuckles?\b",)),
    # NICE NG184 (2020): a bite that has not broken the skin needs no antibiotics
    Concept("skin_unbroken", (r"skin (?:is |was )?(?:isn['’]?t|is not|wasn['’]?t|was not|not|hasn['’]?t been|never) broken"
                              r"|(?:didn['’]?t|did not|doesn['’]?t|hasn['’]?t|has not|never) (?:break|broke|broken|pierce\w*|puncture\w*)"
                              r" (?:the |my |his |her )?skin|skin (?:is |was )?intact",)),
    # ... and "no broken skin" told as the head of a list of what is not there: its "no" negates the list
    # ("no broken skin, spreading redness or swelling"), so it is a denial (common.DENIAL_CONCEPTS)
    Concept("no_broken_skin", (r"no broken skin",)),
)

DISCRIMINATORS: Final = (
    # a wound over a knuckle from a fist that met teeth is a human bite that may reach the joint (NICE NG184:
    # antibiotics for a human bite that broke the skin; BSSH: a fight bite is explored, seen the same day)
    Discriminator("a clenched-fist injury", "urgent", ("fist_on_teeth", "knuckle_wound"),
                  source="NICE NG184 (2020) / BSSH: a clenched-fist (fight bite) wound over a knuckle, same-day"
                         " assessment and antibiotics"),
    Discriminator("animal or human bite", "urgent", ("animal_bite", "bite_feature"), none_of=("skin_unbroken", "no_broken_skin"),
                  source="NICE NG184 (2020): antibiotics and review for bites that break the skin"),
)
