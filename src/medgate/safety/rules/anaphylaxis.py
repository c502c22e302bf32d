"""Anaphylaxis: airway swelling, or skin signs / exposure with breathing trouble or shock (CDC)."""

from __future__ import annotations

from typing import Final

from medgate.safety.rules.base import ONLY_WHEN_UPSET, POSSESSIVE, Category, Concept, Rule, gap

_SWELL: Final = r"(?:swell\w*|swollen|puff\w*|closing(?: up)?|tight\w*|closed)"

# a reflex (vasovagal) faint: at the sight of a needle or blood, or at a jab, and come round within
# seconds (NICE CG109: a typical vasovagal T-LoC with full recovery needs no emergency care); the findings'
# reflex faint (syncope.py) reads the same two
FAINT_TRIGGER: Final = (
    r"(?:saw|seeing|sight of|see|sees) (?:the |a |his |her |some )?(?:needle|blood|syringe|jab)"
    r"|(?:blood test|injection|jab|booster(?! seat)|vaccin\w*|immuni[sz]ation|blood (?:draw|sample))"
    # a vaccine told as a shot: "right after her HPV shot" (not a gunshot's "shot wound")
    r"|(?:after|during|at|for|with) (?:her|his|my|their|the|a|an|our) (?:[\w-]+ ){0,2}shots?\b(?! (?:wound|gun|rang|fired))"
    # the blood taken told as an act: "when the nurse took her blood"
    r"|(?:took|taking|take|takes|drew|drawing|draw|draws)(?: \w+){0,2} (?:his|her|my|their|some) blood\b"
)
QUICK_RECOVERY: Final = (
    r"(?:came|come|comes|coming) (?:round|around|to)(?: again)? (?:within|in|after) (?:(?:a (?:few|couple of)"
    r"|\d{1,2}|few|ten|two|three|five|several) ?)?(?:sec\w*|moments?)|(?:came|come|comes|coming)"
    r" (?:round|around|to) (?:fully |completely )?(?:straight away|immediately|right away|at once|almost immediately)"
    # ... or told by the time it took, up to a minute: "fully alert within 20 seconds", "came round in under half
    # a minute", "back to normal within a minute"
    r"|(?:came (?:round|around|to)|come (?:round|around|to)|(?:fully )?(?:alert|awake|conscious|responsive"
    r"|orientated|oriented)|back to (?:normal|herself|himself|themselves))(?: again)? (?:with)?in"
    r" (?:under |less than |about |around )?(?:(?:\d{1,2}|a few|a couple of|few|ten|twenty|thirty|fifteen)"
    r" ?sec\w*|half a minute|a minute|one minute|1 min\w*|moments)"
)

CONCEPTS: Final = (
    Concept(
        "airway_swelling",
        (
            rf"(?:throat|tongue|airway|larynx|windpipe){gap(4)}{_SWELL}",
            rf"tongue{gap(3)}(?:big|huge|thick\w*|enlarged|fat)",
            rf"(?:swell\w*|swollen)(?: of)?(?: {POSSESSIVE})? (?:throat|tongue|airway)",
            rf"angio-?edema|stridor{ONLY_WHEN_UPSET}|throat (?:is |feels )?(?:closing|tight)",
        ),
    ),
    Concept(
        "face_swelling",
        (
            rf"(?:lips?|face|mouth|eyes?|eyelids?){gap(4)}(?:swell\w*|swollen|puff\w*)",
            rf"(?:swell\w*|swollen|puffy)(?: {POSSESSIVE})? (?:lips?|face|mouth|eyes)",
            r"(?:hard|difficult|trouble|difficulty) (?:to )?swallow\w*|(?:can['’]?t|cannot|can not|unable to) swallow",
        ),
    ),
    Concept(
        "breathing",
        (
            r"wheez\w*|(?:trouble|difficulty|struggling|hard) (?:to )?breath\w*|short(?:ness)? of breath",
            r"(?:can['’]?t|cannot|can not|unable to) (?:breathe|breath)|(?-i:SOB)|(?:chest|throat) (?:feels )?tight",
        ),
    ),
    Concept(
        "hives",
        (
            r"hives|urticari\w*|welts|broke out|breaking out|flushed|flushing|nettle rash",
            # raised blotches or wheals on the skin (not "blotchy skin": mottling is read elsewhere)
            r"blotches|wheals?|(?:raised|red|itchy|lumpy) (?:\w+ )?(?:blotch\w*|bumps|lumps|patches)",
            r"itch\w* (?:all over|everywhere)|(?:rash|itching) (?:all over|everywhere)",
        ),
    ),
    # the voice or the airway above the larynx after a trigger: hoarse or croaky, lost, or the throat cleared
    # again and again (Resuscitation Council UK 2021 anaphylaxis: hoarse voice and stridor are airway problems)
    Concept(
        "voice_change",
        (
            r"hoarse\w*|(?:voice|cry)(?: [\w'’]+){0,3} (?:croaky|hoarse|husky|raspy|squeaky|gravelly)"
            r"|(?:croaky|husky|raspy|gravelly) (?:voice|cry)|(?:lost|losing) (?:my|his|her|their) voice",
            r"(?:keeps?|keeping|kept|constantly|keep on|won['’]?t stop) (?:\w+ )?clearing (?:my|his|her|their) throat"
            r"|throat[- ]clearing",
        ),
    ),
    # the gut after an allergen: cramping tummy pain or vomiting (RCUK 2021: persistent vomiting or
    # abdominal pain in a child after a likely allergen; WAO 2020: skin and severe gut symptoms)
    Concept(
        "gut_symptoms",
        (
            r"(?:tummy|stomach|belly|abdominal) (?:pains?|ache|cramps?|hurts?|is hurting|sore)|(?:tummy|stomach|belly)(?: \w+)? hurts"
            r"|sore (?:tummy|stomach|belly)|vomit\w*|been sick|being sick|threw up|throwing up|thrown up",
        ),
    ),
    Concept(
        "exposure",
        (
            r"sting\w*|stung|bee|wasp|hornet|peanuts?|(?:tree )?nuts?|cashews?|shellfish|shrimp",
            r"allerg\w*|epi-?pen|epinephrine|contrast|antibiotic|penicillin|ceftriaxone|vaccine",
            r"after (?:eating|taking|starting|the (?:sting|shot|injection|infusion|dose))|(?:ate|eaten) ",
        ),
    ),
    Concept(
        "shock",
        (
            r"hypotens\w*|(?:bp|blood pressure) (?:dropped|crashed|fell|tanked)",
            r"(?:bp|blood pressure)(?: is| of| was| dropped to)?:? ?(?:[4-8]\d)/\d+",
            r"pass(?:ed|ing) out|faint\w*",
        ),
    ),
    Concept("faint_trigger", (FAINT_TRIGGER,)),
    Concept("quick_recovery", (QUICK_RECOVERY,)),
    Concept("anaphylaxis_named", (r"anaphyla\w*",)),
)

RULES: Final = (
    Rule("airway_swelling", ("airway_swelling",)),
    Rule("named", ("anaphylaxis_named",)),
    Rule("hives+breathing", ("hives", "breathing")),
    Rule("exposure+breathing", ("exposure", "breathing")),
    Rule("face_swelling+breathing", ("face_swelling", "breathing")),
    Rule("face_swelling+exposure", ("face_swelling", "exposure")),
    Rule("hives+shock", ("hives", "shock")),
    # RCUK 2021: an airway problem (a hoarse voice, throat clearing) with skin or mucosal change
    Rule("voice_change+hives", ("voice_change", "hives")),
    Rule("voice_change+face_swelling", ("voice_change", "face_swelling")),
    # WAO 2020 / RCUK 2021: skin change and gut symptoms after a likely allergen
    Rule("hives+exposure+gut", ("hives", "exposure", "gut_symptoms")),
    Rule("exposure+shock", ("exposure", "shock"), none_of=("quick_recovery",)),
    Rule("exposure+shock", ("exposure", "shock", "quick_recovery"), none_of=("faint_trigger",)),
)

CATEGORY: Final = Category("anaphylaxis", CONCEPTS, RULES)
