"""The shape of a red-flag category: concepts (named regexes) and rules (concepts that must co-occur).

A category file declares its `CONCEPTS` and its `RULES` as data and nothing else. A rule fires
when every concept it names has at least one *asserted* mention in the screened text: present,
current, about the patient, and not hypothetical (see `medgate.safety.context`).
Patterns are case-insensitive, must not contain capturing groups, and are compiled once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final, Literal

ResourceKind = Literal["crisis", "poison"]


# A negation word cannot sit inside a gap: "face isn't drooping" is not "face ... drooping" (a
# negation inside a matched phrase is part of the finding, so ConText would not see it).
_NEGATOR: Final = (
    r"(?:not|no|never|without|cannot|(?:is|are|was|were|does|do|did|has|have|had|wo|would|ca"
    r"|could|should|ai)n['’]?t"
    # Scots: "isnae", "hasnae", "disnae", "didnae", "cannae", "willnae", "wouldnae", "couldnae"
    r"|(?:is|was|has|have|had|dis|does|did|do|din|can|will|would|could|should)nae)\b"
)


# What may separate the words of a gap: anything but a letter, a digit or a sentence's punctuation
# (".", "!", "?", ";", a line break): "vomiting. Urine dipstick shows blood" is no "vomiting ...
# blood". (An abbreviation's dot stops a gap too: a single character class keeps the screen as fast
# as "\W+" did, where an exception for "est. 40" cost 3 %.)
_SEP: Final = r"[^\w.!?;\n]+"


def gap(words: int) -> str:
    """Regex for a separator plus up to `words` intervening words (lazy), none a negation, all in
    one sentence."""
    return rf"(?:{_SEP}+(?!{_NEGATOR})\w++){{0,{words}}}?{_SEP}"


G1: Final = gap(1)
G2: Final = gap(2)
G3: Final = gap(3)
G5: Final = gap(5)

# Shared by the red-flag rules and the findings groups: hay fever is an allergy and a yellow fever
# jab a vaccine, neither a temperature (nor is the name "scarlet fever"); a blotchy rash (a drug
# rash, hives) is not mottled skin.
NOT_A_FEVER: Final = r"(?<!hay )(?<!hay-)(?<!yellow )(?<!scarlet )"
# "out of it" as a clouded mind, not a child who will "grow out of it" nor an ear or eye one "can't hear
# much out of" (a muffled ear is NICE NG98's hearing question, not drowsiness)
OUT_OF_IT: Final = (
    r"(?<!grow )(?<!grows )(?<!grew )(?<!growing )(?<!grown )(?<!hear )(?<!see )(?<!much )(?<!anything )"
    r"(?<!properly )(?<!clearly )(?<!a thing )out of it"
)
BLOTCHY_SKIN: Final = r"blotchy(?! (?:\w+ )?(?:rash|hives|spots|patches))"

# A colour of the skin or lips itself, not of spots on it: "ulcers on his tongue and small grey
# blisters" (hand, foot and mouth) is no cyanosis.
NOT_A_LESION: Final = r"(?! (?:blisters?|spots?|ulcers?|patch\w*|lumps?|bumps?|dots?|marks?|sores?)\b)"

# Caustics by product or chemical, in one word list for the eye, the skin and a swallowed poison
# (RCOphth / NICE CKS chemical eye injury; TOXBASE: alkalis such as drain and oven cleaners burn
# deepest). A product is named by what it does to a drain or an oven as often as by "cleaner".
CAUSTIC: Final = (
    r"(?:(?:oven|drain|toilet|bathroom|sink|pipe)[- ](?:cleaner|unblocker|opener|unclogger)s?|caustic(?: soda)?"
    r"|lye|sodium hydroxide|potassium hydroxide|bleach|(?:brick|patio) acid|hydrochloric acid|sulphuric acid|sulfuric acid"
    r"|battery acid|limescale remover|descaler|ammonia)"
)

# Medicines by name, class or form: the closed word class the overdose and suicide rules share. No
# drink, edibles or street drugs here ("saving up the good wine" stockpiles no means).
MEDICINE: Final = (
    r"(?:pills?|tablets?|tabs|capsules|caps|meds|medications?|medicines?|tylenol|acetaminophen"
    r"|paracetamol|calpol|panadol|ibuprofen|advil|aspirin|xanax|benzos?|oxy(?:codone|contin|s)|percocet"
    r"|fentanyl|heroin"
    r"|opioids?|morphine|insulin|iron|lithium|digoxin|sertraline|antidepressants?|sleeping (?:pills?|tablets?|tabs|meds|medicines?)"
    r"|sedatives?"
    r"|sleepers|zopiclone|zolpidem|ambien|diazepam|valium|pregabalin|gabapentin|methadone"
    r"|tramadol|codeine|co-?codamol|co-?dydramol|dihydrocodeine|beta[- ]?blockers?|diltiazem|verapamil|warfarin"
    r"|quetiapine|olanzapine|venlafaxine|mirtazapine|metformin|gliclazide|colchicine|carbamazepine|valproate"
    r"|\w+(?:olol|pril|sartan|dipine|triptyline|ipramine|azepam|oxetine|alopram))"  # beta blockers, ACE
    # inhibitors, ARBs, calcium blockers, tricyclics, benzodiazepines, SSRIs
)

# Stridor heard only when the child cries or is upset is not stridor at rest: mild croup (Westley
# score 1; NICE CKS croup: stridor at rest marks moderate or severe), same-day, not an ambulance.
WHEN_UPSET: Final = (
    # ("stridor is heard only when he cries", "stridor can be heard just while she is upset")
    r",? (?:(?:is|was|are|heard|comes|can be|audible|present) ){0,3}(?:(?:only|just) )?(?:when|while|with|on)"
    r" (?:(?:he|she|they)(?:['’]s| is| are| was| were| gets| got)? )?"
    r"(?:cry\w*|cries|upset|agitated|distressed|cough\w*|excited|worked up|screaming)"
)
ONLY_WHEN_UPSET: Final = rf"(?!{WHEN_UPSET})"

# A breast red, hot, hard or sore, or mastitis named: a nursing mother's own illness (NICE CKS mastitis and
# breast abscess). The sepsis rules read it to tell whose fever a message holds (the baby's age she gives is
# the feeding baby's, not the febrile patient's); breast_and_foot.py reads it for the same-day mastitis.
_INFLAMED: Final = r"(?:red|hot|warm|sore|painful|tender|swollen|hard|inflamed|lumpy)"
_BREAST: Final = r"(?:breast|boob|nipple)s?\b"
INFLAMED_BREAST: Final = (
    r"mastitis|breast abscess",
    # (the area's place on the breast between: "a red, wedge-shaped area in the upper outer left breast", "a
    # red hot sore wedge shaped patch on my left boob")
    rf"{_INFLAMED}(?:,? (?:and )?{_INFLAMED})*(?:,? [\w'’-]+){{0,3}}? (?:on|in|of) (?:my|her|the|one) (?:[\w-]+ ){{0,3}}?"
    rf"{_BREAST}",
    # ... or after it: "her breast has gone red and hard", "left boob has a red hot hard wedge"
    r"(?<!chicken )(?:breast|boob)s?(?: [\w'’]+){0,3}? (?:is |are |has |have |gone |went |looks? |feels? |got )"
    r"(?:gone |got |all |very |really |so |an? )?(?:red|hot|inflamed|swollen)",
)

POSSESSIVE: Final = r"(?:my|his|her|their|the|your|our|its)"
SIDE: Final = r"(?:left|right|one|l|r)"


@dataclass(frozen=True)
class Concept:
    """A named clinical finding and the phrasings that express it."""

    name: str
    patterns: tuple[str, ...]

    def __post_init__(self) -> None:
        for p in self.patterns:
            if re.compile(p).groups:
                raise ValueError(f"concept {self.name!r}: use (?:...) groups only: {p!r}")

    def regex(self) -> str:
        return "|".join(f"(?:{p})" for p in self.patterns)


@dataclass(frozen=True)
class Rule:
    """Fires when every concept in `all_of` is asserted and none in `none_of` is.

    A category reports the highest level of its rules that fire: `urgent` only where no
    emergent rule of the category fires (a same-day assessment, not an ambulance)."""

    name: str
    all_of: tuple[str, ...]
    none_of: tuple[str, ...] = ()
    level: Literal["emergent", "urgent"] = "emergent"


@dataclass(frozen=True)
class Category:
    """One red-flag category: its public name, concepts, rules and extra resources."""

    name: str
    concepts: tuple[Concept, ...]
    rules: tuple[Rule, ...]
    resources: tuple[ResourceKind, ...] = ()

    def __post_init__(self) -> None:
        known = {c.name for c in self.concepts}
        for rule in self.rules:
            missing = set(rule.all_of + rule.none_of) - known
            if missing or not rule.all_of:
                raise ValueError(f"{self.name}.{rule.name}: unknown concepts {sorted(missing)}")
