"""Injuries and exposures of work, sport and diving whose harm is hidden at first.

Sources: TOXBASE, hydrofluoric acid: any skin contact needs emergency assessment whatever the skin looks
like (pain out of proportion to the burn; systemic hypocalcaemia); BOAST 10 (2016), diagnosis and
management of compartment syndrome of the limbs: pain out of proportion, pain on passive stretch, a tense
limb after a crush need surgical assessment now; UK Diving Medical Committee / DAN: joint pain, tingling,
numbness, weakness, difficulty passing urine, breathlessness or confusion within a day of a dive is
decompression illness (recompression, 999); NICE NG41 (major trauma, 2016) and the national major trauma
triage tools: a fall from more than 2-3 metres (a storey, a roof, scaffolding) with pain or signs of shock.
"""

from __future__ import annotations

from typing import Final

from medgate.safety.findings.base import Discriminator, Group
from medgate.safety.rules.base import Concept

_LIMB = r"(?:arm|forearm|hand|wrist|leg|lower leg|calf|shin|thigh|foot|limb)"
_PAIN_BEYOND = (
    r"(?:pain|hurt\w*)(?: [\w'’]+){0,4} (?:out of proportion|(?:way |much |far )?worse than (?:it|the injury) looks)"
    r"|(?:pain|hurts?|agony)(?: [\w'’]+){0,3} (?:despite|even (?:with|after)) (?:\w+ ){0,2}(?:morphine|painkillers?|analgesia"
    r"|codeine|tramadol|co-codamol|ibuprofen|doses?)"
    # worse now than when it was done, or the painkillers not touching it (BOAST 10: pain out of proportion,
    # rising analgesia): "way worse than when it actually happened", "the oxy isn't touching it"
    r"|(?:way |much |far |a lot )?worse (?:now )?than (?:when (?:it|he|she|i) (?:\w+ ){0,2}(?:happened|broke|did it|fell)"
    r"|the (?:break|fracture|injury|accident)(?: itself)?)"
    r"|(?:painkillers?|pain ?meds?|pain relief|analgesi\w*|oxy\w*|morphine|codeine|tramadol|co-codamol|ibuprofen|paracetamol"
    r"|medicine|tablets|pills)(?: \w+){0,2} (?:is ?n['’]?t|are ?n['’]?t|not|does ?n['’]?t|do ?n['’]?t|did ?n['’]?t|aren['’]?t)"
    r" (?:even )?(?:touch(?:ing)?|touched|making a dent in|doing anything (?:for|to)) (?:it|the pain)"
)
# pain on moving the toes or fingers for the patient ("cries out on passive toe plantarflexion")
_STRETCH_PAIN = (
    r"passive(?: \w+){0,3} (?:stretch\w*|extension|\w*flexion|movement)"
    r"|(?:screams?|scream\w*|cries out|cried out|agony|excruciating|yells?|yelled) (?:\w+ ){0,2}(?:when|if|on) (?:\w+ ){0,3}"
    r"(?:moves?|moved|moving|bends?|bent|bending|stretch\w*|touch\w*|extend\w*|straighten\w*|flex\w*|lift\w*)"
    r" (?:\w+ ){0,2}(?:toes|fingers|foot|ankle|wrist)"
    # the toes or fingers named first, then moved for the patient: "his toes tingle and he yells when I wiggle them"
    r"|(?:toes|fingers)\b[^.!?\n]{0,60}?\b(?:screams?|screamed|cries out|cried out|yells?|yelled|winces?|winced|howls?)"
    r" (?:\w+ ){0,2}(?:when|if) (?:\w+ ){0,3}(?:moves?|moved|moving|wiggl\w*|wriggl\w*|bends?|bent|bending|stretch\w*"
    r"|straighten\w*|flex\w*) (?:them|it)\b"
)
# (adjective before or after: "a tense, shiny shin", "front of the leg tense and shiny")
_TENSE_LIMB = (
    r"(?:tense|tight|shiny|rock hard|hard as a rock)(?:,? (?:and )?(?:tense|tight|shiny|swollen))?"
    rf" (?:\w+ )?{_LIMB}|{_LIMB}(?: \w+){{0,2}} (?:is |feels |looks |has gone )?(?:really |very )?(?:tense|tight and shiny|shiny"
    r"|rock hard)"
)

CONCEPTS: Final = (
    Concept("hydrofluoric", (r"hydrofluoric|(?-i:HF) acid|hydrogen fluoride",)),
    Concept("skin_contact", (r"splash\w*|spill\w*|spilt|on (?:my|his|her|their) (?:skin|fingers?|hands?|arms?|face|legs?)"
                             r"|(?:got|get|touched|contact) (?:\w+ ){0,3}(?:on|with)",)),
    Concept(
        "limb_crushed",
        (rf"(?:trapped|crushed|caught|pinned|stuck|jammed|squashed)(?: [\w'’]+){{0,4}} (?:his |her |my |their |the )?"
         rf"(?:right |left )?{_LIMB}s?\b|(?:his |her |my |their |the )?(?:right |left )?{_LIMB}s? (?:was |were |got |had been )?"
         r"(?:trapped|crushed|caught|pinned|jammed|squashed)",),
    ),
    # BOAST 10: pain out of proportion to the injury, pain on passive stretch, escalating analgesia, a tense limb
    Concept("compartment_sign", (f"{_PAIN_BEYOND}|{_STRETCH_PAIN}|{_TENSE_LIMB}",)),
    # ... the same signs apart, for a limb struck rather than crushed (below)
    Concept("pain_beyond", (_PAIN_BEYOND,)),
    Concept("stretch_pain", (_STRETCH_PAIN,)),
    Concept("limb_tense", (_TENSE_LIMB,)),
    Concept("limb_numb", (r"numb\w*|reduced sensation|(?:loss of|lost|altered|decreased) (?:\w+ )?sensation|pins and needles"
                          r"|tingl\w*|(?:can['’]?t|cannot) feel (?:my |his |her )?(?:toes|foot|fingers|hand)",)),
    # a limb newly in a cast or splint (BOAST 10: a cast or tight dressing over a fracture is a cause of
    # compartment syndrome; split it and refer when pain is out of proportion)
    Concept("limb_in_cast", (r"(?:plaster |fibreglass |fiberglass |full |back ?slab )?(?:cast|back ?slab)\b|(?:in|into) a splint"
                             r"|splinted|put (?:\w+ )?in (?:a )?plaster",)),
    # a blow to a limb in sport or a fight, or its fracture: a tibial fracture and a kick or studs to the
    # shin are the commonest causes of a compartment syndrome without a crush (BOAST 10)
    Concept(
        "limb_struck",
        (rf"(?:studs?|boot|kick\w*|tackle\w*|stamp\w*|hit|struck|whack\w*|blow|knee\w*|bat|stick|cleats?)(?: [\w'’]+){{0,4}}"
         rf" (?:to |on |in |into |across )(?:the )?(?:front of |back of |side of )?(?:his |her |my |their |the )?(?:right |left |r |l )?"
         rf"{_LIMB}s?\b|(?:broken|broke|fractured?|snapped) (?:his |her |my |their |the )?(?:right |left )?(?:{_LIMB}|tibia|fibula"
         r"|shin ?bone|forearm)|(?:tibial?|fibula|forearm) (?:\w+ )?fracture",),
    ),
    Concept("dived", (r"div(?:e|es|ed|ing)\b|scuba|surfac\w*|ascent|decompression|(?:\d+|thirty|forty) ?m(?:etres?)? dive",)),
    Concept(
        "dci_sign",
        (r"tingl\w*|numb\w*|pins and needles|weak\w*|heav(?:y|iness) (?:in )?(?:my |his |her |both )?legs"
         r"|(?:can['’]?t|cannot|unable to|not (?:been )?able to|hasn['’]?t been able to|has not been able to) (?:pass urine|wee|pee)"
         r"|(?:joints?|shoulders?|elbows?|knees?)(?: \w+){0,2} (?:ache|aching|pain|hurts?)|(?:aching|ache|pain) in (?:\w+ )?"
         r"(?:both )?(?:joints?|shoulders?|elbows?|knees?)|marbl\w* (?:skin|rash)|confus\w*|breathless\w*|short of breath",),
    ),
    Concept(
        "fall_from_height",
        (r"f[ae]ll\w*(?: [\w'’]+){0,5} (?:from|off|through) (?:\w+ ){0,2}(?:scaffold\w*|roof|a balcony|the balcony|a loft"
         r"|the loft|a window|first floor|an upstairs)",
         r"f[ae]ll\w*(?: [\w'’]+){0,6} (?:about |around |nearly |over |roughly )?(?:[3-9]|[1-2]\d|three|four|five|six)"
         r" ?(?:m|metres?|meters?)\b|f[ae]ll\w*(?: [\w'’]+){0,6} (?:about |around |over )?(?:1\d|[2-6]\d|ten|twelve|fifteen|twenty)"
         r" ?(?:ft|feet|foot)\b|(?:[3-9]|[1-2]\d) ?(?:m|metres?|meters?) (?:fall|drop)",),
    ),
    Concept("trauma_sign", (r"pale|sweat\w*|clamm\w*|(?:nearly|almost) (?:fell|collapsed|passed out|fainted)|dizz\w*"
                            r"|light[- ]?headed|faint\w*|drows\w*|just wants to sleep|(?:ribs?|belly|tummy|abdomen|back|neck"
                            r"|chest|side)(?: \w+){0,2} (?:hurts?|pain\w*|sore)|(?:pain|hurts?)(?: \w+){0,2} (?:ribs?|belly"
                            r"|tummy|abdomen|back|neck|chest|side)",)),
)

DISCRIMINATORS: Final = (
    Discriminator("hydrofluoric acid on the skin", "emergent", ("hydrofluoric", "skin_contact"),
                  source="TOXBASE hydrofluoric acid: any skin exposure, emergency assessment (calcium gluconate)"),
    Discriminator("a crushed or trapped limb with compartment signs", "emergent", ("limb_crushed", "compartment_sign"),
                  source="BOAST 10 (2016): compartment syndrome, pain out of proportion or on passive stretch"),
    # a tense limb after a blow with pain on stretch, beyond the injury or numbness: emergent even with the
    # pulses felt (BOAST 10: pulses are present until late)
    Discriminator("a struck limb with compartment signs", "emergent", ("limb_struck", "limb_tense"),
                  any_of=("pain_beyond", "stretch_pain", "limb_numb"), none_of=("chronic_only",),
                  source="BOAST 10 (2016): compartment syndrome, a tense limb with pain out of proportion, on passive"
                         " stretch or with altered sensation, surgical assessment now"),
    # a fracture in a new cast or splint with pain beyond the injury and pain on moving the toes or fingers for
    # them, or pins and needles: compartment syndrome under the cast (BOAST 10: pain out of proportion and on
    # passive stretch; split the cast and refer now), even with the limb hidden and the pulses felt
    Discriminator("a limb in a cast with compartment signs", "emergent", ("limb_in_cast", "pain_beyond"),
                  any_of=("stretch_pain", "limb_numb"), none_of=("chronic_only",),
                  source="BOAST 10 (2016): compartment syndrome under a cast, pain out of proportion with pain on"
                         " passive stretch or altered sensation, split the cast and surgical assessment now"),
    Discriminator("neurological or joint signs after a dive", "emergent", ("dived", "dci_sign"),
                  none_of=("chronic_only",),
                  source="UK Diving Medical Committee / DAN: decompression illness, 999 and recompression"),
    Discriminator("a fall from height with pain or signs of shock", "emergent", ("fall_from_height",),
                  any_of=("trauma_sign", "hr_gt_100", "sbp_le_90"), none_of=("chronic_only",),
                  source="NICE NG41 major trauma; major trauma triage tool: fall over 2-3 m"),
)

GROUP: Final = Group("injury", CONCEPTS, DISCRIMINATORS)
