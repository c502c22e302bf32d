"""Record of blind triage set 64 (src/medgate/safety/data/triage_blind64_*.yaml, issue 17).

Written at the start of the nineteenth session by a colleague who never saw the screen, to the blind brief
(tests/safety/BLIND_BRIEF.md) with a flavour: a university student health service, a homeless-outreach
nurse's phone and a dialysis and transplant unit's advice line, from the US, the UK, Nigeria, Pakistan, New
Zealand, Brazil, the Philippines and Scotland. Held back — kept out of the repository and unread — until
every triage change of the session was in (the round on set 63), then scored once, as written, on
2026-12-05 at b7ab804. Recorded, not tuned (rules + findings):

    triage_blind64_chat.yaml (30 messages; 8 of the 10 emergencies quiet)
      emergent -> emergent     7/10 = 0.70    (quiet 6/8)
      urgent -> emergent       0/5            (at least urgent 0/5)
      look-alike -> emergent   0/15 = 0.00
    triage_blind64_clinical.yaml (45 vignettes; 13 of the 15 emergencies quiet)
      emergent -> emergent     13/15 = 0.87
      non-emergent, self-care  1/30 emergent (false alarms 0.03)

Missed: a flatmate "having a seizure on the kitchen floor ... shaking for about 7 minutes now and its not
stopping, hes epileptic but usually it stops after a minute" (read routine: status epilepticus, NICE NG217,
an emergency at 5 minutes); a dialysis patient who missed a session with potassium 6.4 two days before, legs
"heavy like wood" and a slow skipping heartbeat (read urgent: hyperkalaemia with symptoms); a student whose
period is 2-3 weeks late with one-sided lower pain, shoulder-tip pain, a faint in the shower and spotting
(read routine: ruptured ectopic pregnancy); a student "getting things in order", her laptop given away,
letters to her parents finished and tablets collected from several pharmacies, noticeably calm (read
routine: AFSP warning signs); a couple in a zipped tent with a barbecue burned overnight, headache, nausea,
vomiting, confusion, the dog lethargic, oximetry 98% (read routine: carbon monoxide poisoning; a pulse
oximeter reads carboxyhaemoglobin as oxygen). Alarm: a student with six weeks of low mood who "sometimes
thinks it would be easier not to wake up" with no plan, no act and a protective factor (urgent, read
emergent). Other levels: pyelonephritis in a 21-year-old (fever 101.3 °F, flank ache), a transplant
patient on tacrolimus with diarrhoea, cellulitis spreading, a fistula with no thrill, a quinsy (trismus,
"hot potato" voice), cloudy peritoneal dialysis fluid (peritonitis), Bell's palsy (all urgent, read
routine); a cold called "literally dying" (routine, read urgent); spotting at 9 weeks after a scan showing
a heartbeat (routine, read urgent). The screen of the session's start (acf9934) read the set the same, item
for item.

The learned layer (medgate.safety.learned), trained on sets 1-63 before this was read, alone read 9/10 and
15/15 emergencies with 0/15 and 0/30 alarms; with the rules and findings, 9/10 and 15/15 with 1/30.

After the round on this set (tests/safety/test_general_rules_64.py), rules + findings read chat 10/10 with
0/15 alarms and clinical 15/15 with 0/30. The seizure's shaking is now read where it is told ("shaking for
about 7 minutes", "its not stopping") with a seizure named elsewhere, known epilepsy or not (NICE NG217
7.1); a session missed told as "could not come today" counts as missed dialysis, and a heartbeat "beating
somehow, skipping" as a potassium symptom (UKKA 2020); "periods are late" is a possible pregnancy (NICE
NG126); "finished letters to" one's own is a farewell, "getting things in order" (with no purpose after it)
putting affairs in order, tablets gathered "from several pharmacies" means acquired (AFSP); a barbecue, stove
or burner burned in a tent, car, van or shut room with symptoms is carbon monoxide (UKHSA; a pulse oximeter
reads carboxyhaemoglobin as oxygen), and a pet told as "their dog" ill with them a household ill together;
"could never do that to his mum", "has done nothing to harm himself" and "supportive housemates" are
protective factors, so the passive wish with no plan reads urgent (NICE NG225). Left: the other-level
misses (pyelonephritis, a transplant patient's diarrhoea on tacrolimus, spreading cellulitis, a silent
fistula, quinsy, cloudy peritoneal dialysis fluid, Bell's palsy read routine; a cold called "literally
dying" and spotting after a scan with a heartbeat read urgent), for want of time in a short round. A second
short round (tests/safety/test_general_rules_64b.py) made the seven urgent items read urgent by their shapes:
UTI symptoms with a fever or one side of the back aching, a transplant on tacrolimus with diarrhoea four or more
a day, skin gone red and hot and spreading, a fistula "not buzzing", a quinsy's one swollen side, small mouth
opening and hot-potato voice, cloudy peritoneal dialysis fluid and a facial palsy with its forehead listed after
a comma; the two routine items read urgent are left.
"""

from __future__ import annotations

import pytest

from medgate.safety.evaluate import TRIAGE_DATA
from tests.safety.floors import assert_level_floor


@pytest.mark.parametrize(("name", "recall_floor", "alarm_ceiling", "calm_groups"), [
    ("triage_blind64_clinical.yaml", 15 / 15, 0 / 30, ("non-emergent", "self-care")),
    ("triage_blind64_chat.yaml", 10 / 10, 0 / 15, ("look-alike",)),
])
def test_blind64_floors(name: str, recall_floor: float, alarm_ceiling: float,
                        calm_groups: tuple[str, ...]) -> None:
    assert_level_floor(TRIAGE_DATA / name, recall_floor, alarm_ceiling, calm_groups)
