"""Anaphylaxis: airway swelling, or skin signs / exposure with breathing trouble or shock (CDC)."""

from __future__ import annotations

from typing import Final

from medgate.safety.rules.base import G2, ONLY_WHEN_UPSET, POSSESSIVE, Category, Concept, Rule, gap

_SWELL: Final = r"(?:swell\w*|swollen|puff\w*|closing(?: up)?|tight\w*|closed)"

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
            rf"(?:lips?|face|mouth|eyes?|eyelids?){G2}(?:swell\w*|swollen|puff\w*)",
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
            r"hives|urticari\w*|welts|broke out|breaking out|flushed|flushing",
            r"itch\w* (?:all over|everywhere)|(?:rash|itching) (?:all over|everywhere)",
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
    # a reflex (vasovagal) faint: at the sight of a needle or blood, or at a jab, and come round within
    # seconds (NICE CG109: a typical vasovagal T-LoC with full recovery needs no emergency care)
    Concept("faint_trigger", (r"(?:saw|seeing|sight of|see|sees) (?:the |a |his |her |some )?(?:needle|blood|syringe|jab)"
                              r"|(?:blood test|injection|jab|vaccin\w*|immuni[sz]ation|blood (?:draw|sample))",)),
    Concept("quick_recovery", (r"(?:came|come|comes|coming) (?:round|around|to)(?: again)? (?:within|in|after) (?:(?:a (?:few|couple of)"
                               r"|\d{1,2}|few|ten|two|three|five|several) ?)?(?:sec\w*|moments?)|(?:came|come|comes|coming)"
                               r" (?:round|around|to) (?:straight away|immediately|right away|at once|almost immediately)",)),
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
    Rule("exposure+shock", ("exposure", "shock"), none_of=("quick_recovery",)),
    Rule("exposure+shock", ("exposure", "shock", "quick_recovery"), none_of=("faint_trigger",)),
)

CATEGORY: Final = Category("anaphylaxis", CONCEPTS, RULES)
