"""Record of blind triage set 57 (src/medgate/safety/data/triage_blind57_*.yaml, issue 17).

Written at the start of the sixteenth session by a colleague who never saw the screen, to the blind brief
(tests/safety/BLIND_BRIEF.md) with a flavour: a telephone advice line for the body systems people forget —
eyes, ears, nose and throat, teeth and jaw, skin and wounds, bladder, kidneys and genitals, bites, stings
and poisonings, and the nervous system — all ages, from the US, UK, Ireland, India, Kenya, Australia and
Canada; the clinical file told as a call handler's record. Scored once, as written, on 2026-12-04 at
60c8569 (the triage code of the session's start, bd7a8aa). Recorded, not tuned (rules +
findings):

    triage_blind57_chat.yaml (30 messages; 9 of the 10 emergencies quiet)
      emergent -> emergent     9/10 = 0.90    (quiet 8/9)
      urgent -> emergent       1/5            (at least urgent 4/5)
      look-alike -> emergent   1/15 = 0.07
    triage_blind57_clinical.yaml (45 vignettes; 14 of the 15 emergencies quiet)
      emergent -> emergent     12/15 = 0.80
      non-emergent, self-care  0/30 emergent (false alarms 0.00)

Missed: a snake bite called a "dry bite" with a headache and nausea starting (Australian brown snake); in
the clinical file an alkali (oven cleaner) splashed in an eye and rinsed for under a minute, exertional jaw
"toothache" in a diabetic smoker now at rest for 35 minutes with sweating and nausea (an acute coronary
syndrome), and weakness climbing from the feet after a diarrhoeal illness with a weak cough (Guillain-Barré).
Alarm: a small kitchen knife cut with "blood everywhere" that stopped with ten minutes' pressure. Other
levels: a dental abscess with facial swelling and 37.9 read emergent (writer urgent); a dog bite over the
knuckles going red (urgent) read routine; in the clinical file an epididymo-orchitis, a double weekly
methotrexate dose and a pilonidal abscess (urgent) read routine.

The learned layer (medgate.safety.learned), trained on sets 1-56 before this was read, alone read 10/10 and
14/15 emergencies and called none of the 45 other cases emergent; rules + findings + learned 10/10 and 15/15.

After the round (test_general_rules_57.py, each fix in other words than the set's, with near misses that
keep their level): a chemical into a side's eye told without a possessive ("into R eye"); a snake named by
its kind alone after a bite ("it was a brown", nothing after the name) and a bite hoped "dry" unless a
spider is named (ARC guideline 9.4.1); an exertional pain in the jaw, throat, arm or teeth, or a
"toothache" or "indigestion", now come on at rest and lasting over 15 minutes with sweating or nausea (NICE
CG95), a record's "ache L lower jaw" read as an anginal equivalent; a new findings group for Guillain-Barré
(tingling or weakness climbing from the feet, legs failing to rise or climb, a weak cough, breathlessness or
trouble swallowing: emergent; without the last, urgent). The alarm: "blood everywhere", "bled profusely"
and "lost a lot of blood" are how much was seen, calmed when the bleeding is told stopped after pressure,
unless a stab, a shot or a blade driven in, a blood thinner, a restart or a faint is told; the slip of a
kitchen knife is no penetrating wound, nor a tetanus shot a gunshot. Levels: a denial inside the dental
swelling's gap ("isn't near my eye or down my neck") no longer reads a spread into the neck; a dog named by
breed that "got me on" a hand with a bite's mark, unless the skin is told unbroken; "burning passing
urine" and a testis swollen after its course; a weekly methotrexate taken again, twice or by mistake; a
painful or growing lump in the natal cleft — each urgent. Set 56's urgent cases that read routine: a head
injury with a concussion's signs (dazed, stunned, seeing stars, taken off the field; a head clash or a knee
to the head; the daze timed and the removal told after a list of denials end the denial), a scaphoid sign
told by its adjective first or by thumb telescoping, and a wound over a knuckle from a fist that met teeth,
each urgent. Rules + findings now read chat 10/10 with 0/15 alarms (urgent at least urgent 5/5, none
emergent) and clinical 15/15 with 0/30, every urgent of its non-emergent group urgent (not unseen). Every
other set reads as before but for set 46's fight bite and set 56's concussion, scaphoid and fight bite,
now urgent as written. Left: set 56's preseptal cellulitis without fever (an eyelid swollen after an insect
bite is commoner, and no small rule told the two apart), its relative energy deficiency, its Ottawa ankle
and its over-read urgents.
"""

from __future__ import annotations

import pytest

from medgate.safety.evaluate import TRIAGE_DATA
from tests.safety.floors import assert_level_floor


@pytest.mark.parametrize(("name", "recall_floor", "alarm_ceiling", "calm_groups"), [
    ("triage_blind57_clinical.yaml", 15 / 15, 0 / 30, ("non-emergent", "self-care")),
    ("triage_blind57_chat.yaml", 10 / 10, 0 / 15, ("look-alike",)),
])
def test_blind57_floors(name: str, recall_floor: float, alarm_ceiling: float,
                        calm_groups: tuple[str, ...]) -> None:
    assert_level_floor(TRIAGE_DATA / name, recall_floor, alarm_ceiling, calm_groups)
