"""Pregnancy: ectopic pregnancy, pre-eclampsia, severe hypertension, reduced fetal movements.

Sources: NICE NG126 (Ectopic pregnancy and miscarriage, 2019, updated 2023): pain with a
positive test or missed period, shoulder-tip pain, dizziness or fainting, or bleeding needs
immediate assessment; NICE NG133 (Hypertension in pregnancy, 2019, updated 2023): advise
pregnant women to seek advice immediately for severe headache, problems with vision (blurring,
flashing), severe pain just below the ribs, vomiting or sudden swelling of face, hands or feet,
and admit at BP >= 160/110; RCOG Green-top guideline 57 (reduced fetal movements, 2011): contact
the maternity unit straight away.
"""

from __future__ import annotations

from typing import Final

from medgate.safety.findings.base import Discriminator, Group
from medgate.safety.rules.base import Concept

CONCEPTS: Final = (
    Concept("pregnant", (r"pregnan(?:t|cy)|expecting (?:a baby|twins)|(?:my )?midwife|antenatal|trimester",)),
    Concept(
        "pregnancy_possible",
        (
            r"(?:missed|late|no) (?:my |a |her )?period|period (?:is|was) (?:late|overdue)|positive (?:pregnancy )?test"
            r"|(?-i:LMP)\b|last (?:menstrual )?period (?:was )?(?:\d+|two|three|four|five|six|seven|eight) weeks ago",
        ),
    ),
    Concept("late_pregnancy", (r"third trimester|(?:[5-9]|five|six|seven|eight|nine) months pregnant|due (?:date )?(?:in|next)",)),
    Concept("shoulder_tip_pain", (r"shoulder[- ]tip|tip of (?:my|her|the) shoulder",)),
    Concept("vaginal_bleeding", (r"(?:vaginal )?bleed\w*|spotting|blood (?:when i wipe|in (?:my|her) (?:pants|knickers))",)),
    Concept(
        "preeclampsia_symptom",
        (
            r"(?:severe|terrible|awful|bad|pounding|splitting|worst) headache|headache(?: \w+){0,6} (?:won['’]?t go"
            r"|not (?:going|touched|helped)|hasn['’]?t (?:touched|helped))",
            r"flashing lights|(?:seeing )?(?:spots|stars|sparkles|zigzags?)|blurr\w* vision|vision (?:is )?(?:blurr\w*"
            r"|funny|going)|(?:pain|ache) (?:just )?(?:below|under) (?:my|the|her) ribs|epigastric pain",
            r"sudden(?:ly)? swell\w*|(?:face|hands|feet) (?:have |has )?(?:suddenly )?(?:swollen|puffed)",
        ),
    ),
    Concept(
        "reduced_fetal_movements",
        (r"(?:baby|babies)(?: \w+){0,3} (?:moving|kicking|movements?)(?: \w+){0,2} (?:less|fewer|not as much|stopped)"
         r"|(?:reduced|fewer|less|no) (?:fetal |foetal |baby )?(?:movements|kicks)",),
    ),
    Concept("bp_high_word", (r"(?:bp|blood pressure)(?: \w+){0,3} (?:was |is |been )?(?:high|raised|up)|pre-?eclampsia",)),
)

DISCRIMINATORS: Final = (
    Discriminator("ectopic pregnancy signs", "emergent", ("early_pregnancy", "abdominal_pain"),
                  any_of=("shoulder_tip_pain", "faint_dizzy", "vaginal_bleeding"),
                  source="NICE NG126: pain in early pregnancy with shoulder-tip pain, fainting or bleeding"),
    Discriminator("pre-eclampsia symptoms", "emergent", ("pregnancy_ge_20w", "preeclampsia_symptom"),
                  source="NICE NG133: symptoms of pre-eclampsia, seek advice immediately"),
    Discriminator("severe hypertension in pregnancy", "emergent", ("pregnancy_ge_20w", "bp_ge_160_110"),
                  source="NICE NG133: BP >= 160/110, admit"),
    Discriminator("reduced fetal movements", "urgent", ("reduced_fetal_movements",), none_of=("resolved",),
                  source="RCOG Green-top 57: contact the maternity unit straight away"),
    Discriminator("raised BP in pregnancy", "urgent", ("pregnancy_ge_20w", "bp_ge_140_90"),
                  source="NICE NG133: BP >= 140/90 after 20 weeks"),
)

GROUP: Final = Group("pregnancy_emergency", CONCEPTS, DISCRIMINATORS)
