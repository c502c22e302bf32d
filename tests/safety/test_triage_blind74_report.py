"""Record of blind triage set 74 (src/medgate/safety/data/triage_blind74_*.yaml, issue 17).

Written in the twenty-third session by a colleague who never saw the screen, to the blind brief
(tests/safety/BLIND_BRIEF.md) with a flavour: a sexual-health and contraception line, a sports-medicine and
orthopaedic clinic's message service, and an eye and ENT after-hours line, from Wales, Kenya, India,
Argentina, the US, Japan, Jamaica and Canada. Scored at once on 2026-12-05 at bef99ae (the twenty-second
session's main). Recorded, not tuned (rules + findings):

    triage_blind74_chat.yaml (30 messages; 9 of the 10 emergencies quiet)
      emergent -> emergent     6/10 = 0.60    (quiet 5/9)
      urgent -> emergent       0/5
      look-alike -> emergent   0/15
    triage_blind74_clinical.yaml (45 vignettes; 13 of the 15 emergencies quiet)
      emergent -> emergent     13/15 = 0.87   (quiet 11/13)
      non-emergent, self-care  1/30 emergent

Missed in the chats: a teenager's compartment syndrome in a new cast (pain far worse than the break,
painkillers not touching it, pins and needles in the toes, screams when they are moved); acute angle-
closure glaucoma told as a migraine (a red painful eye, rainbow rings round lights, blurred sight, a same-
side headache, vomiting, the eye "hard like stone"); a testicular torsion in Jamaican patois (sudden pain in
one side of the "private area" out of sleep, vomiting, one side higher); a bleed a week after a
tonsillectomy (spitting pinky-red with dark clots every few minutes, pale, wants to lie down). Missed in
the vignettes: a knee dislocation reduced on the touchline with a cool foot and a barely palpable pulse
(popliteal artery injury); orbital cellulitis in a child (lids swollen shut, the eye pushed forward, painful
eye movements, double vision, colours washed out). Alarm: reproducible costochondral chest pain in a rower
with normal vital signs (self-care). Other levels read routine that the writer labels urgent: emergency
contraception at 58 hours, sudden one-sided hearing loss, an Achilles rupture, pelvic inflammatory disease
with fever, genital herpes with fever, anterior uveitis, new diabetes without ketones; routine read urgent:
a five-year-old floater, a calf cramp on the pill that has gone.

The learned layer (medgate.safety.learned), trained on sets 1-73 before this was read, alone read 8/10 and
14/15 emergencies with 0/15 and 0/30 alarms.

After a round on this set (the twenty-third session, tests/safety/test_general_rules_74.py, each shape in
other words with its near misses): a limb in a new cast or splint with pain worse than the injury or
painkillers "not touching it", and pain when the toes are moved for the patient or pins and needles, is
compartment syndrome (BOAST 10); angle closure told "vision is blur", with colour rings round a tube light or
an eye "hard like stone"; a boy's pain "in him private area" as torsion's pain; a tonsillectomy bleed told by
its colour and clots ("pinky-red", "little dark clots"); a dislocated knee (not the kneecap) with a cool foot,
a weak foot pulse or numbness (popliteal artery injury, new knee_dislocation.py); the bare "upper and lower
lids" as eyelids, "sees two of everything" and colours "washed out" for orbital cellulitis; and exercise told
as carried on as usual ("exercising normally otherwise") is no exertional chest pain. Levels: emergency
contraception asked for as the clock runs late (over a day, or "is it too late?"; within hours at a pharmacy
it stays self-care, as set 49 labels it), a one-sided deafness told "totally muffled" or by a hum heard in the
other ear, a suspected Achilles rupture (new achilles.py), PID with a discoloured or smelly discharge and a
fever, a red eye "worse in bright light" with the vision "slightly misty", and a floater unchanged "for about
5 years" read routine. Now chat 10/10 with 0/15 alarms, clinical 15/15 with 0/30. Left: genital herpes with
a fever and new diabetes without ketones still read routine (no same-day rule for a first genital herpes
episode or for new hyperglycaemia without ketones yet: both need a threshold chosen with care), and a calf
cramp on the pill that has gone still reads urgent (the "severe acute pain" rule on "terrible cramp": a
cramp that has passed needs its own denial, not a word list). Every other level set unchanged but for four
items moved from wrong to right (sets 6, 39, 41: emergency contraception; set 41: an epididymo-orchitis).
"""

from __future__ import annotations

import pytest

from medgate.safety.evaluate import TRIAGE_DATA
from tests.safety.floors import assert_level_floor


@pytest.mark.parametrize(("name", "recall_floor", "alarm_ceiling", "calm_groups"), [
    ("triage_blind74_clinical.yaml", 15 / 15, 0 / 30, ("non-emergent", "self-care")),
    ("triage_blind74_chat.yaml", 10 / 10, 0 / 15, ("look-alike",)),
])
def test_blind74_floors(name: str, recall_floor: float, alarm_ceiling: float,
                        calm_groups: tuple[str, ...]) -> None:
    assert_level_floor(TRIAGE_DATA / name, recall_floor, alarm_ceiling, calm_groups)
