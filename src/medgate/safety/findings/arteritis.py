"""Giant cell arteritis with a loss of vision: the eye at risk, seen the same day.

British Society for Rheumatology guideline on giant cell arteritis (Mackie SL et al., Rheumatology
2020;59:e1-e23): suspect GCA over 50 with a new headache, scalp tenderness or jaw claudication;
any visual symptom with it, a transient loss of vision (amaurosis fugax) included, is an emergency
for same-day ophthalmology, since the other eye may follow. `eye` reads blurred or double vision with
jaw claudication or a temporal headache; here a loss of vision that came back, and scalp tenderness
told as it is felt ("sore when she combs her hair"). Scalp tenderness alone over 50 is a fast-track
referral (BSR 2020), not an emergency.
"""

from __future__ import annotations

from typing import Final

from medgate.safety.findings.base import Discriminator
from medgate.safety.rules.base import Concept

_WHO: Final = r"(?:his|her|my|their|the)"

CONCEPTS: Final = (
    # tenderness of the scalp where the temporal artery runs, told by the comb or the brush
    Concept(
        "scalp_tenderness",
        (rf"(?:sore\w*|tender\w*|pain\w*|hurts?|hurting|ache\w*)(?: [\w'’]+){{0,2}} (?:when|while|as|if) (?:he |she |i |they )?"
         rf"(?:comb\w*|brush\w*) {_WHO} hair|(?:comb\w*|brush\w*) {_WHO} hair (?:hurts|is (?:sore|painful|agony))"
         rf"|scalp (?:tenderness|pain)|(?:sore|tender) (?:to touch )?(?:on|over) {_WHO} (?:scalp|temples?)",),
    ),
    # a loss of one eye's sight that passed: "went grey like a curtain for five minutes then came back"
    Concept(
        "vision_loss_passed",
        (r"amaurosis fugax|(?:transient|temporary|brief|fleeting) (?:loss of (?:vision|sight)|(?:visual|vision|sight) loss"
         r"|blindness|monocular blindness)"
         r"|(?:vision|sight)(?: [\w'’]+){0,5} (?:went|gone|turned|go|goes) ['‘\"“]?(?:black|dark|gr[ae]y|blank|dim)\b"
         r"[^.!?\n]{0,60}?\b(?:came back|come back|returned|cleared|went back to normal)",),
    ),
)

_VISION_LOST: Final = ("vision_loss", "vision_loss_passed", "visual_curtain")
_SOURCE: Final = "BSR GCA guideline 2020: visual loss, even transient, same-day ophthalmology"

DISCRIMINATORS: Final = (
    Discriminator("jaw claudication with a loss of vision", "emergent", ("jaw_claudication",),
                  any_of=_VISION_LOST, source=_SOURCE),
    *(Discriminator(f"{sign.replace('_', ' ')} over 50 with a loss of vision", "emergent", (sign, "older_50"),
                    any_of=_VISION_LOST + extra, none_of=("chronic_only",), source=_SOURCE)
      for sign, extra in (("temporal_headache", ()), ("scalp_tenderness", ("blurred_vision", "visual_disturbance")))),
    Discriminator("scalp tenderness with a headache over 50", "urgent", ("scalp_tenderness", "headache", "older_50"),
                  none_of=("chronic_only",), source="BSR GCA guideline 2020: suspected GCA, fast-track assessment"),
)
