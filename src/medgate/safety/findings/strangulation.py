"""Non-fatal strangulation: pressure on the neck, by hands, an arm or a ligature, with a sign of injury.

Faculty of Forensic & Legal Medicine (2023) guidance on non-fatal strangulation and the Institute on
Strangulation Prevention: loss of consciousness, incontinence, a changed or hoarse voice, difficulty or
pain on swallowing, difficulty breathing or petechiae after strangulation mark a risk of airway injury,
carotid dissection and delayed stroke: emergency assessment, however well the person seems now. A bruise
on the neck from sport, or a hand on the neck told without any of these, is not read here.
"""

from __future__ import annotations

from typing import Final

from medgate.safety.findings.base import Discriminator
from medgate.safety.rules.base import Concept

_WHO: Final = r"(?:my|his|her|their|your|the) "

CONCEPTS: Final = (
    # the act, told by another's hands or arm on the neck, or by its name
    Concept(
        "neck_compressed",
        (r"strangl\w*|throttl\w*|chok(?:ed|ing) (?:me|her|him|them) (?:out|until|till|unconscious)",
         rf"(?:hands?|arm|fingers|belt|cord|rope|scarf)(?: [\w'’]+){{0,2}} (?:round|around|tight on) {_WHO}?(?:neck|throat)",
         rf"(?:held|holding|grabbed|grabbing|squeezed|squeezing|pinned|pinning|gripped|gripping) (?:me|her|him|them)"
         rf"(?: [\w'’]+){{0,3}} by {_WHO}(?:neck|throat)",
         rf"(?:squeezed|squeezing|pressed|pressing|gripped|gripping) {_WHO}(?:neck|throat)",),
    ),
    # what marks the injury beyond the act (FFLM 2023): a hoarse or changed voice, pain or difficulty
    # swallowing, incontinence, petechiae, a wet or wheezy breath
    Concept(
        "strangulation_sign",
        (r"hoarse\w*|(?:voice|speech)(?: [\w'’]+){0,2} (?:changed|different|croaky|raspy|gone|weak)|croaky|raspy",
         r"(?:pain\w*|hurts?|difficult\w*|trouble|struggl\w*) (?:on |when |to |with )?swallow\w*|swallowing (?:hurts|is painful)",
         r"petechia\w*|(?:tiny|little|pinpoint) (?:red )?(?:dots|spots)(?: [\w'’]+){0,3} (?:face|eyes|eyelids)",
         r"wet (?:myself|herself|himself|themselves)|incontinen\w*|(?:wee|pee)d (?:myself|herself|himself)",),
    ),
)

DISCRIMINATORS: Final = (
    Discriminator(
        "strangulation with a sign of injury", "emergent", ("neck_compressed",),
        any_of=("faint_dizzy", "strangulation_sign", "dyspnoea"),
        source="FFLM (2023) non-fatal strangulation: loss of consciousness, incontinence, voice change,"
               " swallowing pain or petechiae, emergency assessment",
    ),
)
