"""Record of blind triage set 13 (src/medgate/safety/data/triage_blind13_*.yaml, issue 17).

Written by a colleague given the brief in tests/safety/BLIND_BRIEF.md (format inline, no project
file read), aiming at quiet emergencies that play themselves down (a stroke told as "let him nap?",
an ectopic told as "normal early pregnancy stuff?", a heart attack as "gas only" with a pulse of 48)
and look-alikes that share words with emergencies; scored once, as written, on 2026-12-02 with the
screen as of commit 5b49d6f (`.venv/bin/python benchmarks/triage_eval.py --errors`):

    triage_blind13_chat.yaml (30 messages; 9 of the 10 emergencies told without alarm words)
                              rules alone          rules + findings
      emergent -> emergent     4/10 = 0.40          9/10 = 0.90   (quiet: 4/9 and 8/9)
      urgent -> emergent       0/5                  0/5   (at least urgent: 4/5)
      look-alike -> emergent   2/15                 3/15 = 0.20
    triage_blind13_clinical.yaml (45 vignettes)
      emergent -> emergent     7/15 = 0.47         14/15 = 0.93   (quiet: 5/13 and 12/13)
      non-emergent -> emerg.   1/15                 1/15
      self-care -> emergent    1/15                 2/15   (false alarms 3/30 = 0.10)

The first blind set on which rules and findings alone met the clinical bar on first sight (sets 11
and 12 a session earlier: 0.67 and 0.60). Misses: a quiet suicide note (a pet rehomed, letters
written, tablets saved, "tonight feels like the right time"); a thunderclap headache told as being
struck on the back of the head while lifting, with vomiting, photophobia and a stiff neck. False
alarms: a lopsided smile after a dental block, a known epileptic's usual one-minute seizure with a
care plan, a faint at venepuncture; clinically Bell's palsy with the forehead involved, a teething
baby, and numbness after sleeping on an arm.

After general fixes (not unseen): on this branch (triage-13), rules written as a clinician states
them and tested in other words (tests/safety/test_general_rules_13.py), never the set's sentences.
Scored again with `benchmarks/triage_eval.py --errors`:

    triage_blind13_chat.yaml              rules alone          rules + findings
      emergent -> emergent     5/10 = 0.50         10/10 = 1.00   (quiet: 5/9 and 9/9)
      urgent -> emergent       0/5                  0/5   (at least urgent: 5/5)
      look-alike -> emergent   0/15                 0/15
    triage_blind13_clinical.yaml
      emergent -> emergent     7/15 = 0.47         15/15 = 1.00   (quiet: 5/13 and 13/13)
      non-emergent -> emerg.   0/15                 0/15
      self-care -> emergent    0/15                 0/15   (false alarms 0/30)

What was fixed. Misses: the suicide note's warning signs (AFSP / 988) were each one kind the rules
did not read: medicines kept back named by drug ("saving up my sertraline"; only "pills", "meds",
"tablets" were read), letters written to everyone at once, and a time chosen for an act left
unnamed ("tonight feels like the right time"); the pet rehomed and the will sorted are one kind
(final arrangements), so two of them never made a pair. A thunderclap told as a simile ("as if
someone had struck her on the back of the head", "like something burst in my head") is both the
headache and its sudden onset (NICE CG150), so with vomiting or a stiff neck it is emergent, and
"finds the light uncomfortable" is photophobia. Reduced urine output in a child under 5 (fewer,
drier or less frequent nappies or wees than usual) is NICE NG143 amber. Alarms: a droop or
one-sided facial weakness on the day of a dental injection is the anaesthetic (Jenyon et al., BMJ
Case Rep 2020); one side of the face told in a limb sign's words is spared like a droop when the
forehead is involved (Bell's palsy), and slurring put down to the lips or the anaesthetic is
articulation; a numb hand after sleeping or leaning on the arm is pressure on a nerve; a child's
seizure in known epilepsy that has ended with the child back to themselves follows the care plan
(NICE NG217; 999 for a first, prolonged or repeated seizure, or no recovery); needles are drug
paraphernalia only where found with the person, not the needle of a blood test ("I always go funny
with needles"), and a faint with a high-risk feature (palpitations first, on exertion or lying
down, chest pain, breathlessness: ESC 2018) is now emergent; drooling with teeth or gums under 3
is teething (NICE CKS), trismus or a swelling into the neck still fire. On the way: a bare "not"
before a sign in a list negates it ("afebrile and not jaundiced": biliary colic routine, was
urgent), and cellulitis is read from warmth and redness among a patch's adjectives in any order
(the shin from a graze, urgent). Still off the label (urgent expected, routine given): three weeks
of exertional angina, a limping child after a cold (transient synovitis), passive death wishes with
no plan ("wouldn't mind not waking up", which the rules would call emergent if they read it);
routine expected, urgent given: asymptomatic atrial fibrillation found at a flu jab (the rule's
source, NICE NG196, asks for an ECG, which was done).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from medgate.safety.evaluate import TRIAGE_DATA
from tests.safety.floors import assert_level_floor

HERE = Path(__file__).parent


@pytest.mark.parametrize(("name", "recall_floor", "alarm_ceiling", "calm_groups"), [
    ("triage_blind13_clinical.yaml", 1.0, 0.0, ("non-emergent", "self-care")),
    ("triage_blind13_chat.yaml", 1.0, 0.0, ("look-alike",)),
])
def test_blind13_floors(name: str, recall_floor: float, alarm_ceiling: float, calm_groups: tuple[str, ...]) -> None:
    assert_level_floor(TRIAGE_DATA / name, recall_floor, alarm_ceiling, calm_groups)
