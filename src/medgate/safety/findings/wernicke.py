"""Wernicke's encephalopathy: a heavy drinker newly unsteady, muddled or with abnormal eye movements.

Sources: NICE CG100 (alcohol-use disorders: physical complications, 2010, 1.1.3): offer thiamine to a
harmful or dependent drinker with suspected Wernicke's encephalopathy, an emergency (treated at once,
parenterally, in hospital). Caine et al. (J Neurol Neurosurg Psychiatry 1997;62:51): in alcohol
misuse, two of dietary deficiency, eye signs (nystagmus, ophthalmoplegia), cerebellar signs
(ataxia) and an altered mental state or memory impairment diagnose it. A drinker who is drunk now
(intoxication explains the gait and muddle) is left to the other findings.
"""

from __future__ import annotations

from typing import Final

from medgate.safety.findings.base import Discriminator, Group
from medgate.safety.rules.base import Concept

CONCEPTS: Final = (
    # harmful or dependent drinking: "100 units a week", "a bottle of vodka a day", "alcohol dependent"
    Concept("heavy_drinking", (r"(?:[5-9]\d|[1-9]\d\d) units (?:of alcohol )?(?:a|per|each) week|(?:[1-9]\d) units (?:a|per|each) day"
                               r"|heavy drinker|drinks (?:very )?heavily|alcoholic\b|alcohol (?:dependen\w*|misuse|use disorder|abuse)"
                               r"|dependent drinker|(?:a|one|two|three|half a|a whole) bottles? of (?:vodka|whisky|whiskey|gin|rum"
                               r"|spirits|wine) (?:a|per|every|each) day",)),
    # cerebellar signs told in words: a broad gait, walking into things
    Concept("drinker_ataxia", (r"broad[- ]based gait|wide[- ]based gait|unsteady|stagger\w*|ataxi\w*|wobbl(?:y|ing) on (?:his|her|their) feet"
                               r"|walking into (?:door ?frames|doors|walls|things|furniture)|(?:can['’]?t|cannot|unable to) walk straight",)),
    # an altered mental state or new memory loss
    Concept("drinker_muddle", (r"muddled|confus(?:ed|ion)|disorient\w*|(?:unable|not able) to (?:say|remember|recall|tell)"
                               r"|(?:can['’]?t|cannot|doesn['’]?t|does not) remember (?:what|where|who|anything|things)|vague and"
                               r"|not (?:with it|making sense)|memory (?:is )?(?:poor|gone|shot)",)),
    Concept("eye_signs", (r"nystagmus|ophthalmopleg\w*|eyes? (?:flicking|jerking|darting|won['’]?t move)|double vision",)),
    # drunk now: intoxication explains the signs
    Concept("drunk_now", (r"(?:is|was|he['’]s|she['’]s|i['’]m|seems|looks|got) (?:very |really |so )?(?:drunk|intoxicated|hammered"
                          r"|wasted|smashed|paralytic)|smell(?:s|ing)? (?:strongly )?of (?:alcohol|drink|booze)",)),
)

DISCRIMINATORS: Final = (
    Discriminator(
        "a heavy drinker with signs of Wernicke's encephalopathy", "emergent", ("heavy_drinking",),
        any_of=("drinker_ataxia", "drinker_muddle", "eye_signs"), at_least=2, none_of=("drunk_now",),
        source="NICE CG100 1.1.3 / Caine 1997: suspected Wernicke's encephalopathy, thiamine in hospital now",
    ),
)

GROUP: Final = Group("wernicke_encephalopathy", CONCEPTS, DISCRIMINATORS)
