"""Record of blind triage set 49 (src/medgate/safety/data/triage_blind49_*.yaml, issue 17).

Written at the start of the thirteenth session, with set 48, by a colleague who never saw the screen,
to the blind brief (tests/safety/BLIND_BRIEF.md) with a flavour: sexual, reproductive and
genito-urinary health, and what people are embarrassed to say — testicular and ovarian torsion told as
a sore tummy, priapism after a friend's pill, a forgotten tampon with fever, Fournier's gangrene in a
diabetic told as "swelling at his private parts", a miscarriage bleeding heavily, a bleed on warfarin
called "spotting", strangulation disclosed as a sore throat, postpartum pre-eclampsia, an ectopic
phoned in as a sick-note request; look-alikes that share the words (a 40-minute morning erection, a
known cyst, a newborn's pseudomenses, beetroot urine). **Held back** until every change of the session
was in (the rounds on sets 48 and 50, the paracetamol count per day), then scored once, as written, on
2026-12-03 at 2151afc. Recorded, not tuned (rules + findings):

    triage_blind49_chat.yaml (30 messages; 8 of the 10 emergencies quiet)
      emergent -> emergent     3/10 = 0.30   (quiet 3/8; at least urgent 5/10)
      urgent -> emergent       0/5           (at least urgent 1/5)
      look-alike -> emergent   1/15 = 0.07
    triage_blind49_clinical.yaml (45 vignettes; 14 of 15 quiet)
      emergent -> emergent     11/15 = 0.73
      non-emergent, self-care  0/30 emergent (false alarms 0.00)

The session's starting screen (39b8143) reads both files item for item the same: the rounds on 48 and
50 carried nothing to this writer. Missed: a 13-year-old's sore tummy and vomiting who "went scarlet"
when asked about down below; an erection since 11 pm after a friend's blue pill; a tampon forgotten
since Thursday with 39.6 and vomiting; a diabetic husband's red swollen private parts with a sugar of
24 (read urgent); a miscarriage at 9 weeks soaking pads for two hours (read urgent); an 86-year-old on
warfarin with "a bit of spotting" for days; hands round the neck until she passed out; a headache and
flashing lights six days after a birth; a sickle-cell patient's painful erection since midnight; a
strangulation mentioned at a sexual-health visit; a flat, tearful woman after a miscarriage who "just
wanted to sleep" (paracetamol taken). Alarm: a 16-year-old's 40-minute painless morning erection.

The learned layer (medgate.safety.learned), trained on sets 1-48 and 50 and PHI sets 1-55 and 57
before this was read, alone read **10/10** and 13/15 and called 1 of the 45 other cases emergent (a
teenager's period pain with nausea); rules + findings + learned: 10/10 and 14/15 with 1/15 and 1/30
alarms. Its one miss with the rules: the sickle-cell priapism.

After general fixes (not unseen), rules + findings: chat 6/10 (quiet 6/8) with 0/15 look-alike alarms,
clinical 15/15 with 0/30; no other set's level changed, item for item. The fixes, each tested in other
words in test_general_rules_49.py: a birth's kind told before it ("after an uncomplicated vaginal
birth") now counts as the days after a birth, and "a normal birth" no longer makes a nearby blood pressure
a usual value (NICE NG133); packs counted in the plural, quoted or not, are an amount (TOXBASE); an
erection from the night before still there at a morning clock time, or a painful one in sickle cell
disease, is a priapism, and one that lasted minutes or went down on its own is not (BAUS / EAU);
strangulation with a blackout, incontinence, a changed voice, painful swallowing or petechiae is
emergent (FFLM 2023); a tampon or cup with a fever and vomiting, diarrhoea, a sunburn-like rash or
faintness is toxic shock (NICE CKS). Left: the boy's torsion told as a sore tummy, the diabetic's
genital swelling (Fournier's), the miscarriage soaking pads (read urgent), and the warfarin "spotting".
Round 23 (test_general_rules_23.py): the four left are read (a boy's tummy pain with vomiting who won't be looked at,
Fournier's in lay words, pads changed every 20 minutes, pads soaked with shock signs): chat 10/10 (floor raised).
"""

from __future__ import annotations

import pytest

from medgate.safety.evaluate import TRIAGE_DATA
from tests.safety.floors import assert_level_floor


@pytest.mark.parametrize(("name", "recall_floor", "alarm_ceiling", "calm_groups"), [
    ("triage_blind49_clinical.yaml", 15 / 15, 0 / 30, ("non-emergent", "self-care")),
    ("triage_blind49_chat.yaml", 10 / 10, 0 / 15, ("look-alike",)),
])
def test_blind49_floors(name: str, recall_floor: float, alarm_ceiling: float,
                        calm_groups: tuple[str, ...]) -> None:
    assert_level_floor(TRIAGE_DATA / name, recall_floor, alarm_ceiling, calm_groups)
