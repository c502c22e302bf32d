"""Record of blind triage sets 46 and 47 (src/medgate/safety/data/triage_blind4{6,7}_*.yaml, issue 17).

Written by two colleagues in the twelfth session, at the same time as sets 44 and 45, to the blind
brief (tests/safety/BLIND_BRIEF.md) with a flavour each, and HELD BACK: kept out of the repository
until every change of the session was in (sets 44-45's round, the speed work and the PHI rounds),
then scored once on 2026-12-03 at 3c2e886. Set 46's flavour: general practice and pharmacy, where
the line between emergent, urgent and routine is hardest — emergencies that arrive as a request for
an appointment or a product, urgent cases that sound minor, routine ones with worrying words. Set
47's: the environment and distance (returning travellers, divers, hikers, farmers, bites, plants and
mushrooms, carbon monoxide, altitude, heat and cold, far from care). Recorded, not tuned (rules +
findings):

    triage_blind46_chat.yaml (30 messages; 9 of the 10 emergencies quiet)
      emergent -> emergent     6/10 = 0.60   (quiet 5/9)
      urgent -> emergent       1/5           (at least urgent 3/5)
      look-alike -> emergent   0/15 = 0.00
    triage_blind46_clinical.yaml (45 vignettes; 14 of 15 quiet)
      emergent -> emergent     15/15 = 1.00
      non-emergent, self-care  0/30 emergent (false alarms 0.00)
    triage_blind47_chat.yaml (30 messages; 9 of 10 quiet)
      emergent -> emergent     8/10 = 0.80   (quiet 7/9)
      urgent -> emergent       1/5           (at least urgent 2/5)
      look-alike -> emergent   1/15 = 0.07
    triage_blind47_clinical.yaml (45 vignettes; 14 of 15 quiet)
      emergent -> emergent     14/15 = 0.93
      non-emergent, self-care  5/30 emergent (false alarms 0.17)

The same, item for item, with the screen of the session's start (0362135): sets 44-45's round
carried nothing to these writers. Missed: a boy's painful, high, swollen testicle told in Spanish
("one of his huevos"); days of paracetamol every 3-4 hours with Lemsip on top (a staggered overdose);
back pain with both legs weak and saddle numbness (cauda equina); a tooth infection swelling under
both sides of the jaw with a raised tongue (Ludwig's angina, read urgent); a trekker at 5,100 m
walking as if drunk (high-altitude cerebral oedema); foraged mushrooms with diarrhoea starting nine
hours later (amatoxin); a lime splash in the eye at a remote mine (read urgent). Alarms: shingles on
the forehead (urgent, read emergent); a returned traveller's fever, well and walking (urgent, read
emergent, twice: findings/travel.py); a ferry's seasickness; a diver's ear barotrauma; frostnip
rewarmed; a rib tender after a cow's kick; breathlessness on stairs at 3,400 m with SpO2 89% at rest;
a child's seasickness on a whale-watching boat.

The learned layer (medgate.safety.learned), trained on sets 1-45 and PHI sets 1-52 before these were
read, alone read 47/50 emergencies and called 1 of the 100 other cases emergent (the whale-watching
boy); rules + findings + learned: 10/10, 15/15, 9/10, 15/15 with 0/15, 0/30, 1/15, 6/30 alarms.

After general fixes (not unseen): the round that followed the first score (tests in
test_general_rules_46.py, each in other words than these sets, with near misses both ways) read 46 chat
10/10, 46 clinical 15/15, 47 chat 10/10 and 47 clinical 15/15 with 0/15, 0/30, 0/15 and 0/30 alarms, and
no urgent case of either chat set called emergent (rules + findings). Fixed as general rules: the testis
in Spanish; paracetamol every few hours round the clock (TOXBASE staggered overdose); saddle numbness
with both legs affected (GIRFT 2023); swelling under both sides of the jaw with a lifted tongue or
drooling (Ludwig's angina); a height told after a place's name, and an ataxic walk "as if drunk" there
(HACE); sickness hours after foraged mushrooms (TOXBASE amatoxin); "remote" before "mine" no longer read
as a remote MI (a history), which had hidden a chemical splash in the eye. Calmed: a well returned
traveller's fever is urgent unless a sign of severe malaria is told (UKHSA); one-sided tingling with a
blistering rash is shingles, not a stroke sign; a child who "went green" before vomiting; a small
haemorrhage seen on examination; fingers white in the cold that rewarmed; "non-tender" read as pain;
exertional breathlessness that settles at altitude (WMS 2019). No other set lost an emergency or gained
an alarm (set 5 chat's returned traveller, well, now urgent as its writer asked). Left: shingles on the
forehead and the rewarmed frostnip now read routine (their writers asked urgent); the whale-watching
boy's alarm is the learned layer's, not these layers'; these figures are not unseen.
"""

from __future__ import annotations

import pytest

from medgate.safety.evaluate import TRIAGE_DATA
from tests.safety.floors import assert_level_floor


@pytest.mark.parametrize(("name", "recall_floor", "alarm_ceiling", "calm_groups"), [
    ("triage_blind46_clinical.yaml", 15 / 15, 0 / 30, ("non-emergent", "self-care")),
    ("triage_blind46_chat.yaml", 10 / 10, 0 / 15, ("look-alike",)),
    ("triage_blind47_clinical.yaml", 15 / 15, 0 / 30, ("non-emergent", "self-care")),
    ("triage_blind47_chat.yaml", 10 / 10, 0 / 15, ("look-alike",)),
])
def test_blind46_47_floors(name: str, recall_floor: float, alarm_ceiling: float,
                           calm_groups: tuple[str, ...]) -> None:
    assert_level_floor(TRIAGE_DATA / name, recall_floor, alarm_ceiling, calm_groups)
