"""Record of blind triage set 65 (src/medgate/safety/data/triage_blind65_*.yaml, issue 17).

Written at the start of the twentieth session by a colleague who never saw the screen, to the blind brief
(tests/safety/BLIND_BRIEF.md) with a flavour: a poisons information line, an after-hours eye, ear-nose-throat
and dental line, and a remote Indigenous and island health service, from Australia, Canada, Fiji, Kenya, the
US, Scotland, India and Chile. Scored at once, as written, on 2026-12-05 at 993a3cd.
Recorded, not tuned (rules + findings):

    triage_blind65_chat.yaml (30 messages; 9 of the 10 emergencies quiet)
      emergent -> emergent     8/10 = 0.80    (quiet 7/9)
      urgent -> emergent       0/5
      look-alike -> emergent   1/15 = 0.07
    triage_blind65_clinical.yaml (45 vignettes; 13 of the 15 emergencies quiet)
      emergent -> emergent     13/15 = 0.87
      non-emergent, self-care  1/30 emergent (false alarms 0.03)

Missed: a cotton farmer sprayed without a mask, sweating, drooling, with loose stools, "pupils looking very
small" and arm muscles twitching, whose family asks about ORS (organophosphate poisoning told by its signs,
no agent named); a Chilean family who lit a brazier in the bedroom overnight, all with headaches and nausea
and a grandmother drowsy and confused, written in Spanish (carbon monoxide); a mouthful of weedkiller
concentrate spat out, vomiting, burning mouth and white patches on the tongue (paraquat: read routine); a
sting off a beach near Cairns followed within the hour by waves of back and abdominal cramps, drenching sweats,
HR 124 and BP 196/112 (Irukandji syndrome: read urgent). Alarm: three 160 mg chewable paracetamol tablets in
a 40 lb child (about 27 mg/kg, under the 75 mg/kg that needs assessment). Other levels: a dental abscess
with a swollen cheek, a bead in a child's nostril, a coral cut with spreading redness and 37.9 °C, and
new flashes and floaters in a myope (urgent; read routine); settled renal colic after a stone (urgent; read
routine); lithium with two days of diarrhoea and vomiting and a fine tremor (urgent; read emergent); a
confirmed intrauterine pregnancy with light spotting, a child's otitis media and a bluebottle sting
(routine; read urgent).

The learned layer (medgate.safety.learned), trained on sets 1-64 before this was read, alone read 9/10 and
15/15 emergencies with 0/15 and 0/30 alarms; with rules and findings, 9/10 and 15/15.

After the round on this set (tri65: the emergencies and the alarm; rules + findings, tests in
test_general_rules_65.py): a crop sprayed with the pesticide unnamed counts with two or more cholinergic signs
(pupils "looking" small, "loose motions" as diarrhoea); coals or a brazier burned in a room of the home reads as
a carbon monoxide source in English, Spanish and Portuguese, with the symptoms in those words; paraquat
swallowed, or an unnamed weedkiller concentrate swallowed with vomiting or a burning mouth, is emergent; a sea
sting with back, belly or chest pain and two body-wide signs is Irukandji syndrome; a child's weight in pounds
and a count eaten after the bottle's strength are read, so the chewables under 75 mg/kg are calm. Chat 10/10
(quiet 9/9) with 0/15 alarms; clinical 15/15 with 1/30 (the lithium with diarrhoea and a fine tremor, an
urgent item read emergent, left to the level round). No other set's decision moved.

After the round on this set's urgent and routine levels (tests/safety/test_general_rules_65b.py): a tooth with
the cheek told swollen by a contraction ("cheek's swollen"), an object pushed into a nostril (a button battery
there emergent), skin red and hot whose red moves up past a landmark, a swarm of new dots or flashes and
floaters told in Spanish, and a person introduced "with a previous" condition before a colon (the history ends
at the colon: settled renal colic after a stone reads urgent, as NICE NG118 1.1.1's imaging within 24 hours
asks) read urgent; a fine tremor told beside vomiting or diarrhoea on lithium reads urgent, not emergent (NICE
CKS lithium: a same-day level; coarse tremor, unsteadiness or confusion stay emergent), and a bluebottle's
severe pain told at the site reads routine (ANZCOR 9.4.5). Clinical false alarms 1/30 -> 0/30; 8 level errors
fewer across the level sets (set 47's coral-like "red creeping up past" too), none made. Left, for the
writers' disagreement: light spotting in a scan-confirmed intrauterine pregnancy (routine here and in set 64,
as NICE NG126's threatened miscarriage advice has it, but urgent in sets 12, 35, 38 and 49: the same shape
either way) and a well child's otitis media with fever (routine here, NICE NG91; urgent in sets 2, 3 and 4,
routine in 8, 19, 41, 44 and 58): either change breaks sets whose writers chose the other level (the first
mends 2 and breaks 4, the second mends 7 and breaks 5), so the lead should settle the labels first.
"""

from __future__ import annotations

import pytest

from medgate.safety.evaluate import TRIAGE_DATA
from tests.safety.floors import assert_level_floor


@pytest.mark.parametrize(("name", "recall_floor", "alarm_ceiling", "calm_groups"), [
    ("triage_blind65_clinical.yaml", 15 / 15, 0 / 30, ("non-emergent", "self-care")),
    ("triage_blind65_chat.yaml", 10 / 10, 0 / 15, ("look-alike",)),
])
def test_blind65_floors(name: str, recall_floor: float, alarm_ceiling: float,
                        calm_groups: tuple[str, ...]) -> None:
    assert_level_floor(TRIAGE_DATA / name, recall_floor, alarm_ceiling, calm_groups)
