"""An eating disorder with a sign of physical danger: a faint or collapse, or a very slow pulse.

Source: Royal College of Psychiatrists, "Medical emergencies in eating disorders (MEED): guidance on
recognition and management" (CR233, 2022): in anorexia nervosa a heart rate under 40 a minute, and
syncope or a collapse (above all on standing: a postural drop), are red (high-risk) features that
call for emergency medical assessment and admission; they come from a starved heart muscle and may
precede an arrhythmia. An eating disorder told with no such sign is for its own services, not here.
"""

from __future__ import annotations

from typing import Final

from medgate.safety.findings.base import Discriminator, Group
from medgate.safety.rules.base import Concept

_SOURCE: Final = "RCPsych MEED 2022 (CR233): red risk in an eating disorder, emergency medical assessment"

CONCEPTS: Final = (
    # the disorder itself, not a poor appetite ("fever and anorexia" in a clinical note is no diagnosis)
    Concept("eating_disorder", (r"anorexia nervosa|anorexic|bulimi\w*|eating disorders?|arfid|(?-i:ED) (?:team|service|unit|clinic)"
                                r"|(?:has|had|have|with|diagnosed with|treated for|treatment for|recovering from|relapse of|history of)"
                                r" (?:severe |restrictive |atypical )?anorexia\b",)),
    # a collapse or greying on standing (a postural drop): "dropped to the floor when she stood up",
    # "went white and crumpled as he got up", "goes grey every time she stands"
    Concept("collapse_on_standing", (r"(?:dropped|fell|went down|collapsed|crumpled|keeled over|slumped|hit the floor|passed out"
                                     r"|blacked out|fainted|(?:went|goes|turned|turns) (?:grey|gray|white|pale|dizzy|faint))"
                                     r"(?: [\w'’]+){0,5} (?:when|as|after|on|every time|whenever) (?:she|he|they|i|you)"
                                     r" (?:stood|stands?|standing|got up|gets up|getting up|sat up)",
                                     r"dropped (?:to|on) the floor|(?:dizzy|faint|grey|gray) on standing|postural (?:drop|hypotension)",)),
)

DISCRIMINATORS: Final = (
    Discriminator("an eating disorder with a slow pulse", "emergent", ("eating_disorder", "hr_le_40"), source=_SOURCE),
    Discriminator("an eating disorder with a faint or collapse", "emergent", ("eating_disorder",),
                  any_of=("collapse_on_standing", "syncope"), none_of=("chronic_only",), source=_SOURCE),
)

GROUP: Final = Group("eating_disorder_risk", CONCEPTS, DISCRIMINATORS)
