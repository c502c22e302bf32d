"""Record of blind triage set 69 (src/medgate/safety/data/triage_blind69_*.yaml, issue 17).

Written at the start of the twenty-first session by a colleague who never saw the screen, to the blind
brief (tests/safety/BLIND_BRIEF.md) with a flavour: a mental-health crisis and substance-use line, a
dialysis and transplant unit's patient line, and a prison and homeless-outreach health service, from
Scotland, the US, Jamaica, Australia, South Africa, India, Poland and Brazil. **Held back**: kept outside
the repository, unread, until every change of the session (the rounds on sets 68 and 70 and the lead's
relative-told-now fix) was merged, then scored once on 2026-12-05 at 98cdca7. Recorded, not tuned
(rules + findings):

    triage_blind69_chat.yaml (30 messages; 9 of the 10 emergencies quiet)
      emergent -> emergent     7/10 = 0.70    (quiet 7/9)
      urgent -> emergent       0/5
      look-alike -> emergent   0/15 = 0.00
    triage_blind69_clinical.yaml (45 vignettes; 14 of the 15 emergencies quiet)
      emergent -> emergent     15/15 = 1.00
      non-emergent, self-care  1/30 emergent

The same with the session's starting screen (69cfca3), item for item. Missed: a paracetamol overdose told
with a South African brand ("two strips of Panado and some of my mom's ones, about 30 tablets", 52 kg, "I
didn't want to wake up tomorrow", "a bit naar"); an opioid overdose told in Glasgow dialect ("took a bag",
lying in the close "snoring really loud", lips "greyish blue", only groans when shaken, a naloxone kit to
hand); alcohol withdrawal with a seizure and then sweating, tremor and seeing insects, written in Polish
English (not quiet: "seizure" is named). Alarm: trench foot in a rough sleeper (cold, waxy, mottled feet
with pulses present: urgent; read emergent). Other levels: a rising creatinine after a kidney transplant,
cloudy peritoneal dialysis fluid, an injecting-site abscess, psychosis off medication without risk (each
urgent; read routine), and the clinical file's transplant creatinine, groin abscess and a lithium level of
1.3 without signs (urgent; read routine).

The learned layer (medgate.safety.learned), trained on sets 1-68 and 70 before this was read, alone read 7/10
and 14/15 emergencies with 0/15 and 1/30 alarms; with rules and findings, 9/10 in chat.

After a very short round on this set (branch tri69, tests/safety/test_general_rules_69.py, each shape in other
words with near misses): Panado and Panamax are read as paracetamol, and tablets swallowed with a wish told in the
past not to wake up are an intentional overdose (not a lie-in after a normal dose); a shade before the blue of the
lips ("greyish blue", "grey-blue") is cyanosis, and someone roused by shaking only to a groan after a drug is
unresponsive; daily heavy drinking stopped days ago with a seizure, hallucinations or confusion is alcohol
withdrawal with seizures or delirium tremens (findings/alcohol_withdrawal.py, NICE CG100); a cold, pale, painful
foot with its pulses felt is no acute limb ischaemia, and days in wet shoes with cold, numb or mottled feet is
trench foot, urgent (a pulseless or sudden cold limb stays emergent). Chat 10/10 with 0/15 alarms, clinical 15/15
with 0/30; every other set unchanged item for item (tri_errs). Left: the urgent/routine misses above (transplant
creatinine, cloudy PD fluid, injecting-site and groin abscesses, psychosis off medication, lithium 1.3), and frostbite
told with black toes and absent pulses in words the limb rules do not read (routine; not in this set).
"""

from __future__ import annotations

import pytest

from medgate.safety.evaluate import TRIAGE_DATA
from tests.safety.floors import assert_level_floor


@pytest.mark.parametrize(("name", "recall_floor", "alarm_ceiling", "calm_groups"), [
    ("triage_blind69_clinical.yaml", 15 / 15, 0 / 30, ("non-emergent", "self-care")),
    ("triage_blind69_chat.yaml", 10 / 10, 0 / 15, ("look-alike",)),
])
def test_blind69_floors(name: str, recall_floor: float, alarm_ceiling: float,
                        calm_groups: tuple[str, ...]) -> None:
    assert_level_floor(TRIAGE_DATA / name, recall_floor, alarm_ceiling, calm_groups)
