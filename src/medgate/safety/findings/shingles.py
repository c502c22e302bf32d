"""Shingles (herpes zoster): antivirals within 72 hours of the rash, and the same day when it is
near the eye.

Sources: NICE CKS "Shingles" (2023): antivirals within 72 hours of the rash's onset; shingles in
the ophthalmic division of the trigeminal nerve (the forehead, the upper lid and the brow, the tip,
side or bridge of the nose: Hutchinson's sign) threatens the eye and needs assessment the same day.
A rash or spots there count only with shingles, its burning prodrome or blisters told (spots on the
forehead are mostly acne); shingles on the trunk is the plain same-week case.
"""

from __future__ import annotations

from typing import Final

from medgate.safety.findings.base import Discriminator, Group
from medgate.safety.rules.base import Concept

_WHOSE: Final = r"(?:my|his|her|the|their|your|one)"
_SIDE: Final = r"(?:(?:left|right|one|other) )?"
# the ophthalmic division: the forehead and brow, the lids, the nose's tip, side or bridge, round the eye
_NEAR_EYE: Final = (
    rf"(?:forehead|(?:eye ?)?brows?|eye ?lids?|upper lid|(?:very )?(?:tip|end|side|bridge) of {_WHOSE} nose"
    rf"|(?:near|around|round|by|above|over|into|next to|towards?|up to|close to) {_WHOSE} {_SIDE}eye)\b"
)
_BLISTER: Final = r"(?:blister\w*|vesicles?|vesicular)"

CONCEPTS: Final = (
    # (or told as a dermatome: a band of blisters on one side that stops at the midline, NICE CKS shingles)
    Concept("shingles", (r"shingles|herpes zoster|zoster|(?:band|strip|stripe|belt) of (?:[\w,]+ ){0,5}(?:blister\w*|vesicles)"
                         # blisters told in a band on one side of the trunk
                         r"|(?:rash|blisters|vesicles)(?: (?:in|as|like) an?)? (?:band|stripe|strip|belt)\b"
                         # ... or where a pain was before: "blisters on a red base in the same band", "along that strip"
                         r"|(?:rash|blisters|vesicles)(?: [\w,]+){0,6} (?:in|along|over|within|across) (?:the same|that|this|one)"
                         r" (?:band|stripe|strip|belt|dermatome|area of pain|painful area)\b"
                         r"|(?:blister\w*|vesicles)(?: [\w,]+){0,6} (?:on|round|around|across|down) (?:one|(?:the|my|his|her) (?:left|right))"
                         r" side(?! of (?:(?:my|his|her|the) )?(?:face|lips?|mouth|nose|hands?|feet|foot|fingers?|toes?)\b)"
                         r"|(?:left|right|one) side of (?:my|his|her|the) (?:chest|back|ribs|trunk|torso|waist|tummy|belly|abdomen)"
                         r"(?: [\w,]+){0,8} (?:blister\w*|vesicles)"
                         r"|(?:rash|blisters|spots|vesicles)(?: [\w,]+){0,8} (?:stop\w*|ends?|ending) (?:exactly |right )?at the midline"
                         r"|(?:rash|blisters|spots|vesicles)(?: [\w,]+){0,8} (?:doesn['’]?t|does not|not|never) cross(?:ing|es)? the midline",)),
    # spots or a rash on the forehead, the nose's tip or round the eye: shingles there only when shingles
    # or its burning prodrome is told (spots on the forehead are mostly acne); blisters there are
    Concept("rash_near_eye", (rf"(?:rash|spots)(?: [\w'’]+){{0,6}} (?:on |across |over |at )?{_NEAR_EYE}"
                              # the rash told by where it has spread: "now it has spread round her eye"
                              rf"|(?:spread|gone|moved|reached|crept|come up|travell?ed)(?: \w+){{0,2}} {_NEAR_EYE}",)),
    Concept("shingles_face", (rf"{_BLISTER}(?: [\w,'’]+){{0,6}} {_NEAR_EYE}|ophthalmic (?:dermatome|zoster|shingles)"
                              r"|hutchinson|zoster ophthalmicus|(?:herpes )?zoster (?:of|in|near|around) (?:the|my|his|her) eye"
                              # shingles named there: "shingles round his right eye", "shingles on my forehead"
                              rf"|shingles(?: [\w,'’]+){{0,6}} {_NEAR_EYE}"
                              # the place first: "her forehead and eyelid are covered in blisters"
                              rf"|{_NEAR_EYE}(?: [\w,'’]+){{0,5}} (?:{_BLISTER}|shingles)"
                              # blisters up from the eyebrow or on the lid (the ophthalmic division: NICE CKS shingles)
                              r"|blisters?(?: [\w,]+){0,6} (?:eye ?brow|brow|eye ?lid|hairline)s?\b",)),
    # a spot on the tip or side of the nose (Hutchinson's sign), counted with shingles or a facial rash
    Concept("nose_tip_lesion", (r"(?:spots?|blisters?|sores?|scabs?|lesions?|rash|bumps?)(?: \w+){0,2} (?:on|at) (?:the )?(?:very )?"
                                r"(?:tip|end|side) of (?:my|his|her|the) nose",)),
    # a burning or tingling pain on one side of the forehead or scalp before or with the rash (NICE CKS shingles prodrome)
    Concept("forehead_burning", (r"(?:burning|tingling|stabbing|shooting) (?:pain |feeling |sensation )?(?:\w+ ){0,2}(?:on|over|across|in)"
                                 r" (?:my|his|her|the) (?:left |right )?(?:forehead|temple|scalp)",)),
    # a cold sore is herpes simplex on the lip or round the nostril, not shingles (NICE CKS herpes simplex)
    Concept("cold_sore", (r"cold ?sores?|herpes simplex|(?-i:HSV)|impetigo",)),
)

_EYE: Final = "NICE CKS shingles: the ophthalmic division, Hutchinson's sign, same-day assessment"

DISCRIMINATORS: Final = (
    Discriminator("shingles", "urgent", ("shingles",), source="NICE CKS shingles: antivirals within 72 hours"),
    Discriminator("shingles near the eye", "urgent", ("shingles_face",), none_of=("cold_sore",), source=_EYE),
    Discriminator("shingles near the eye", "urgent", ("nose_tip_lesion",),
                  any_of=("shingles", "forehead_burning", "shingles_face"), none_of=("cold_sore",), source=_EYE),
    Discriminator("shingles near the eye", "urgent", ("rash_near_eye",), any_of=("shingles", "forehead_burning"),
                  none_of=("cold_sore",), source=_EYE),
)

GROUP: Final = Group("shingles", CONCEPTS, DISCRIMINATORS)
