"""Cold injuries that need a clinician the same day: frostbite not recovered on rewarming (skin still white,
grey, waxy or numb, or blisters: Wilderness Medical Society frostbite guideline, 2019) and non-freezing cold
injury of the feet (trench or immersion foot: UK Defence / NICE CKS). Frostnip that rewarms pink is self-care;
black tissue or a pulseless foot stays with the emergencies. Part of the same-day group (same_day.py)."""

from __future__ import annotations

from typing import Final

from medgate.safety.findings.base import Discriminator
from medgate.safety.rules.base import Concept

_WMS: Final = "Wilderness Medical Society frostbite guideline 2019: frostbite after rewarming, urgent assessment"

CONCEPTS: Final = (
    # Wilderness Medical Society frostbite guideline (2019): skin that stays white, grey or waxy, numb or
    # hard after rewarming, or blisters after it, is frostbite past frostnip: urgent assessment (blister
    # care, tetanus, imaging and thrombolysis within 24 hours for deep injury); frostnip that rewarms
    # pink with normal feeling is self-care
    Concept("frostbite_named", (r"frost ?bit\w*|frost-?nip\w*|frozen (?:fingers?|fingertips?|toes?|feet|hands?|ears?|nose|cheeks?)"
                                r"|(?:fingers?|fingertips?|toes?|feet|hands?|ears?|nose)(?: \w+){0,3} (?:froze|(?:were|was|got) frozen)\b",)),
    Concept("frost_setting", (r"(?:in|out in|through|from) the (?:snow|frost|ice|blizzard|freezing cold)|(?:sub-?zero|freezing)"
                              r" (?:temperatures?|conditions|weather|wind|water|night)|minus \d+|-\d+ ?°? ?c\b|ski(?:ing|ed|er|ers)?\b"
                              r"|snowboard\w*|mountaineer\w*|ice[- ]climb\w*|wind ?chill|snow ?shovel\w*|shovel\w* (?:the )?snow|thaw\w*"
                              # hours on a snowmobile or a dog sled, at an ice-fishing hole, in wet or frozen gloves
                              r"|snow ?mobil\w*|ski-?doo\w*|snow ?machines?|dog ?sled\w*|ice[- ]fishing|(?:wet|soaked|damp|frozen)"
                              r" (?:gloves|mitts|mittens)",)),
    Concept("cold_still_white", (
        r"(?:still|stays?|stayed|remain|remains|remained|has stayed|have stayed)(?: (?:very|really|quite|all|a bit|kind of|sort of|and|a|an))*"
        r" (?:white|grey|gray|greyish|waxy|pale|numb|hard|wooden|solid|blu(?:e|ish)|mottled|dusky|purple|black|dead)\b"
        r"|(?:feeling|sensation|colou?r)(?: \w+){0,4} (?:hasn['’]?t|has not|have not|haven['’]?t|didn['’]?t|did not|won['’]?t|never|not)"
        r" (?:\w+ )?(?:c[oa]me back|returned)|still (?:can['’]?t|cannot|can not) feel\b|no feeling (?:in|at) (?:the )?(?:tips|ends)",)),
    Concept("cold_blisters", (r"blister\w*|bullae",)),
    # non-freezing cold injury (trench or immersion foot): feet kept wet and cold for days, then cold, numb, swollen,
    # pale or mottled (UK Defence / NICE CKS: refer the same day; frostbite's black tissue or a pulseless foot
    # stays with the emergencies)
    Concept("trench_foot", (r"trench foot|immersion foot|non-?freezing cold injur\w*"
                            r"|wet (?:shoes|boots|trainers|socks|sneakers|footwear)(?: [\w'’]+){0,3} (?:for|over) (?:days|\d+ days"
                            r"|a (?:few|couple of) days|(?:two|three|four|five|several) days|a week)"
                            r"|(?:days|a week) (?:in|of) (?:wet|soaked|sodden|damp) (?:shoes|boots|trainers|socks|sneakers|footwear)",)),
    Concept("cold_foot_sign", (r"(?:feet|foot|toes)(?: [\w'’,]+){0,6} (?:cold|numb|swollen|pale|waxy|mottl\w*|blotchy|painful)"
                               r"|(?:cold|numb|swollen|pale|waxy|mottled|blotchy|painful),? (?:[\w'’]+,? ){0,3}(?:feet|foot|toes)",)),
)

DISCRIMINATORS: Final = (
    Discriminator("frostbite not recovered on rewarming", "urgent", ("cold_still_white",),
                  any_of=("frostbite_named", "frost_setting", "rewarmed"), source=_WMS),
    Discriminator("frostbite not recovered on rewarming", "urgent", ("frostbite_named", "cold_blisters"), source=_WMS),
    Discriminator("non-freezing cold injury of the feet", "urgent", ("trench_foot", "cold_foot_sign"),
                  source="UK Defence / NICE CKS non-freezing cold injury: same-day assessment"),
    Discriminator("frostbite not recovered on rewarming", "urgent", ("frost_setting", "cold_blisters", "rewarmed"),
                  source=_WMS),
)
