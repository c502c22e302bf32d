"""A faint (transient loss of consciousness) with a high-risk feature of the event.

Source: ESC 2018 Guidelines for the diagnosis and management of syncope (Brignole M et al., Eur
Heart J 2018;39:1883), table 5: major high-risk features of the event are syncope during exertion
or when lying down, sudden palpitations immediately followed by syncope, and new chest discomfort
or breathlessness; these need emergency assessment. A faint with the prodrome of a reflex syncope
after a typical trigger (pain, fear, a blood test or jab) and a prompt recovery is low risk: no
rule fires for it here.
"""

from __future__ import annotations

from typing import Final

from medgate.safety.findings.base import Discriminator, Group
from medgate.safety.rules.base import Concept

CONCEPTS: Final = (
    # lost consciousness, not a near-faint ("felt faint", "a faint positive" are not here)
    Concept(
        "syncope",
        (r"faint(?:ed|s)\b|fainting (?:episode|spell|fit)s?|(?:had|have) (?:a |another )?faint\b|pass(?:ed|es) out"
         r"|blacked out|collapsed(?! lung)|syncop\w*|lost consciousness|keeled over",
         # a loss of consciousness of seconds is a transient one (ESC 2018: T-LOC), not a reduced level
         r"unconscious for (?:a (?:few |couple (?:of )?)?|\d+ |few |several |two |three )?(?:seconds?|secs?|moments?)\b",),
    ),
    Concept(
        "syncope_setting_high_risk",
        (
            # during exertion (after it is the commoner, benign post-exercise faint)
            r"mid[- ]?(?:run|race|match|game|workout)\b"
            r"|(?:while|during|when|in the middle of|halfway through)(?: (?:i was|he was|she was|they were|we were))?"
            r" (?:running|jogging|sprinting|exercis\w*|training|swimming|cycling|(?:playing|doing) (?:\w+ )?(?:sports?|football"
            r"|rugby|netball|hockey|basketball|tennis|squash|a match|a game)|(?:a|the|my|his|her) (?:run|race|match|game"
            r"|workout|gym session)|football|rugby|netball|hockey|basketball|(?:a |the )?(?:pe|gym) (?:class|lesson))\b",
            # lying down or asleep
            r"(?:while|when) (?:(?:i was|he was|she was|they were) )?(?:lying (?:down|in bed|flat|on the sofa)|asleep|in bed)",
        ),
    ),
)

DISCRIMINATORS: Final = (
    Discriminator(
        "faint with a high-risk feature", "emergent", ("syncope",),
        any_of=("palpitations", "syncope_setting_high_risk", "chest_pain", "dyspnoea"), none_of=("chronic_only",),
        source="ESC 2018 syncope guidelines: syncope on exertion or lying down, after sudden palpitations, or with"
               " new chest pain or breathlessness, emergency assessment",
    ),
)

GROUP: Final = Group("syncope", CONCEPTS, DISCRIMINATORS)
