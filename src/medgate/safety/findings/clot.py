"""Venous thromboembolism: signs of a deep vein thrombosis or a pulmonary embolism.

Sources: NICE NG158 (Venous thromboembolic diseases, 2020, updated 2023): suspected DVT needs a
proximal leg vein ultrasound within 4 hours (or interim anticoagulation and a scan within 24
hours); suspected PE needs immediate assessment. The two-level Wells scores behind them count
calf swelling over 3 cm against the other leg, localised tenderness, recent surgery or
immobilisation, active cancer, previous DVT/PE, and for PE tachycardia and haemoptysis. A leg
swollen for years, both legs swollen, or a leg hurt in an injury is not this picture.
"""

from __future__ import annotations

from typing import Final

from medgate.safety.findings.base import Discriminator, Group
from medgate.safety.rules.base import Concept

_LEG = r"(?:leg|calf|calves|thigh|ankle|shin|knee)"
_SWOLLEN = r"(?:swollen|swelling|swelled|puffy|puffed up|swole|bigger|larger|fatter|enlarged|thicker|tight and shiny)"
_NG158 = "NICE NG158 (2020): suspected DVT/PE"

CONCEPTS: Final = (
    Concept(
        "unilateral_leg_swelling",
        (
            rf"(?:one|left|right|l|r)(?: \w+)? {_LEG}(?: \w+){{0,5}} {_SWOLLEN}",
            rf"{_SWOLLEN}(?: \w+){{0,3}} (?:left|right|one|l|r) {_LEG}",
            # a sign and then the swelling, "left calf has been tight and a bit swollen" (Wells: calf swelling
            # and tenderness; not redness or warmth, which a cellulitis shares)
            rf"(?:one|left|right|l|r) {_LEG}(?: has been| had been| is| was| feels| looks| got| went| has gone)?"
            rf"(?: \w+)? (?:tight|hard|firm|sore|painful|tender|achy|aching)(?: and|,) (?:\w+ ){{0,2}}{_SWOLLEN}",
            rf"{_LEG}(?: \w+){{0,8}} (?:bigger|larger|fatter|more swollen|thicker) (?:than|compared (?:to|with))"
            r" (?:the )?(?:other|right|left)",
            rf"{_LEG}(?: \w+){{0,8}} (?:swollen|swelling)(?: \w+){{0,6}} (?:on )?one side"
            r"|(?:swollen|swelling)(?: \w+){0,4} compared (?:to|with) (?:the )?(?:other|right|left)",
            r"\d+ ?cm (?:more|bigger|larger|wider) than (?:the )?(?:other|left|right)",
            r"(?:bigger|larger|fatter|more swollen|thicker|puffier) than (?:the |my |his |her )?other"
            r" (?:leg|calf|one|side|ankle|thigh)",
            # "my calf on that side is fatter and tender" (the side of an operation or injury)
            rf"{_LEG} on (?:that|the same|the operated|the op|one) side(?: \w+){{0,2}} (?:is |was |looks |feels |got )?"
            r"(?:\w+ )?(?:fatter|bigger|swollen|puffy|puffier|puffed up|thicker)",
        ),
    ),
    # a pulmonary embolism's symptoms told as absent ("no breathlessness", "not short of breath"):
    # with a swollen leg alone NICE NG158 asks for a scan within 4 hours or interim anticoagulation
    # and a scan within 24 hours, a same-day (urgent) pathway, not an ambulance
    Concept("pe_symptoms_denied", (r"(?:no|not|nor|without|denies|den(?:y|ied) any) (?:any )?(?:breathless\w*"
                                   r"|short(?:ness)? of breath|(?:trouble|difficulty|problems?) breathing|(?-i:SOB)\b)"
                                   # ... or told normal: "breathing is totally normal", "breathing fine"
                                   r"|breathing (?:is |was |feels |seems )?(?:totally |completely |perfectly |absolutely )?"
                                   r"(?:normal(?:ly)?|fine|ok|okay)\b",)),
    Concept("bilateral_legs", (r"both (?:legs|calves|ankles|feet|shins)|(?:legs|calves|ankles) (?:are )?(?:both|equally)",)),
    Concept(
        "leg_pain",
        (
            rf"{_LEG}(?: \w+){{0,8}} (?:pain\w*|sore|tender\w*|hurts?|hurting|aching|ache|red|hot|warm|cramp\w*)",
            rf"(?:painful|sore|tender|red|hot|warm|aching) (?:\w+ ){{0,2}}{_LEG}",
        ),
    ),
    Concept(
        "vte_risk",
        (
            r"(?:operation|surgery|op\b|post[- ]?op\w*)|(?:hip|knee) (?:replace\w*|surgery|op\b)"
            r"|(?:hip|knee) (?:was )?replaced|caesarean|c-section",
            r"(?:long|long[- ]haul|\d+[- ]hour|overnight) (?:flight|drive|car journey|coach (?:trip|journey)"
            r"|bus ride)|flight (?:back )?from|flew back",
            r"(?:the |contraceptive |combined )pill\b|on the pill|(?-i:HRT)\b|oestrogen|estrogen"
            r"|pregnan\w*|postpartum|(?:just |recently )?had (?:a|my|the) baby",
            r"cancer|chemo\w*|(?:previous|past|history of|had an?|another) (?:dvt|clot|blood clot|pe\b"
            r"|pulmonary embol\w*)|immobil\w*|bed ?(?:bound|rest)|(?:plaster )?cast\b",
        ),
    ),
    Concept(
        "leg_injury",
        (r"twist\w*|sprain\w*|strain\w*|injur\w*|kicked|knock\w*|tackle\w*|fell|fall\b|(?:after|from) (?:a |the |my )?(?:run|race|hike|match|game|gym|workout|training)",),
    ),
    # Wells (PE) counts haemoptysis: a streak or fleck of blood or pink in what is coughed up
    Concept("coughed_blood", (r"cough\w*(?: up)?(?: \w+){0,3} (?:streaks?|flecks?|spots?|bits?|traces?) of"
                              r" (?:pink|red|blood)|(?:pink|blood)[- ](?:streaked|stained|tinged) (?:sputum|phlegm|spit)"
                              r"|ha?emoptysis|cough\w*(?: up)? (?:some |a little )?blood"
                              r"|(?:streaks?|flecks?|spots?) of (?:pink|red|blood)(?: \w+){0,3} (?:when|as|while) (?:i|he|she) cough\w*",)),
    Concept(
        "pleuritic_pain",
        (
            r"pleuritic|(?:sharp|stabbing|knife[- ]like) (?:\w+ ){0,2}pain(?: \w+){0,9} (?:breath\w*|inhal\w*)"
            r"|(?:hurts|pain\w*|sharp|stabs?) (?:\w+ ){0,3}(?:when|as|if) (?:i |he |she )?(?:breathe|take a"
            r" (?:deep )?breath|breathe in|inhale)",
            # the pain's place told between ("pain in his side under the ribs when he breathes in"), or breathing
            # in that hurts ("hurts to breathe in", "it hurts to take a deep breath")
            r"(?:hurts|pain\w*|sharp|stabs?) (?:in|on|at|under|below|round|around) (?:[\w'’]+ ){1,6}?(?:when|as|if)"
            r" (?:i |he |she |they |you )?(?:breathes? in|breathing in|takes? a (?:deep |big )?breath|inhales?|breathes? deeply)",
            r"(?:hurts|painful|sore|agony) to (?:breathe in|take a (?:deep |big )?breath|breathe deeply)",
        ),
    ),
)

DISCRIMINATORS: Final = (
    # Pain, redness or warmth in one swollen leg, unless a spreading red patch of skin tells cellulitis:
    # an alternative diagnosis at least as likely scores -2 on the two-level DVT Wells score (NICE NG158
    # 1.1.2), and NICE NG141 treats it the same day; with a clot risk told it is still scanned now.
    Discriminator(
        "one swollen painful leg", "emergent", ("unilateral_leg_swelling", "leg_pain"),
        none_of=("bilateral_legs", "leg_injury", "chronic_only", "cellulitis_signs", "pe_symptoms_denied"), source=f"{_NG158}: scan within 4 hours",
    ),
    Discriminator(
        "one swollen painful leg", "emergent", ("unilateral_leg_swelling", "vte_risk"),
        none_of=("bilateral_legs", "leg_injury", "chronic_only", "pe_symptoms_denied"), source=f"{_NG158}: scan within 4 hours",
    ),
    # ... unless a vital sign tells what the words deny (Wells PE: heart rate over 100; hypoxia)
    Discriminator(
        "swollen leg with a fast pulse or low oxygen", "emergent", ("unilateral_leg_swelling",),
        any_of=("hr_gt_100", "hr_high_risk", "spo2_le_92", "spo2_93_94", "rr_ge_25"),
        none_of=("bilateral_legs", "chronic_only", "leg_injury", "cellulitis_signs"), source=f"{_NG158}: DVT with tachycardia or hypoxia, possible PE",
    ),
    Discriminator(
        "breathless with a swollen leg", "emergent", ("dyspnoea", "unilateral_leg_swelling"),
        none_of=("chronic_only",), source=f"{_NG158}: signs of DVT with breathlessness",
    ),
    Discriminator(
        "pleuritic pain and breathlessness with a clot risk", "emergent", ("pleuritic_pain", "dyspnoea"),
        any_of=("vte_risk", "onset_sudden"), none_of=("chronic_only",), source=f"{_NG158}: PE",
    ),
    Discriminator(
        "breathless and coughing blood with a clot risk", "emergent", ("dyspnoea", "vte_risk", "coughed_blood"),
        none_of=("chronic_only",), source=f"{_NG158}: PE (Wells: haemoptysis, surgery or immobilisation)",
    ),
    Discriminator(
        "sudden breathlessness with a clot risk", "emergent", ("dyspnoea", "vte_risk", "onset_sudden"),
        none_of=("chronic_only",), source=f"{_NG158}: PE",
    ),
    Discriminator(
        "one swollen leg", "urgent", ("unilateral_leg_swelling",),
        none_of=("bilateral_legs", "chronic_only"), source=f"{_NG158}: assess for DVT",
    ),
)

GROUP: Final = Group("venous_thromboembolism", CONCEPTS, DISCRIMINATORS)
