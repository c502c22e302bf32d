"""Record of blind triage set 18 (src/medgate/safety/data/triage_blind18_*.yaml, issue 17).

Written by a colleague given the brief in tests/safety/BLIND_BRIEF.md (format inline, no project
file read) at the same time as set 17, asked only to differ from the other writer in cases, ages,
countries and styles; kept outside the repository while sets 15-17 were fixed, then scored once,
as written, on 2026-12-02 with the screen as of commit 7fdbd03 (set 17's general fixes merged)
(`.venv/bin/python benchmarks/triage_eval.py --errors`). This is the honest figure of the session's
second round:

    triage_blind18_chat.yaml (30 messages; 9 of the 10 emergencies told without alarm words)
                              rules alone          rules + findings
      emergent -> emergent     4/10 = 0.40          9/10 = 0.90   (quiet: 3/9 and 8/9)
      urgent -> emergent       0/5                  0/5   (at least urgent: 4/5)
      look-alike -> emergent   2/15                 4/15 = 0.27
    triage_blind18_clinical.yaml (45 vignettes)
      emergent -> emergent     6/15 = 0.40         14/15 = 0.93   (quiet: 5/13 and 12/13)
      non-emergent -> emerg.   1/15                 1/15
      self-care -> emergent    0/15                 0/15   (false alarms 1/30 = 0.03)

Misses: a stroke in Indian English ("his mouth is going to one side", "words are coming all mixed
up like khichdi", the right hand "not able to hold the glass properly"); clinically a disc battery
seen in a 3-year-old's mouth from the kitchen scales that "cannot now be found anywhere". False
alarms: 37.4 C under the arm in a well 6-week-old ("Is that a fever? Everyone keeps saying a fever
in little babies is serious"); "i literally want to die" about a voice note sent to the family
group; a school form asking whether a child "ever had a seizure or fit" (one febrile seizure at 18
months); a faint at a blood test with "unconscious for a few seconds", recovered; clinically
incomplete Kawasaki disease (5 days of fever, red cracked lips, conjunctivitis: urgent).

After general fixes (not unseen): on this branch (triage-18), rules written as a clinician states
them and tested in other words (tests/safety/test_general_rules_18.py: 14 cases that fail on the
start commit c8725dc, 19 near misses that pass on both), never the set's sentences. Scored again
with `benchmarks/triage_eval.py --errors`:

    triage_blind18_chat.yaml              rules alone          rules + findings
      emergent -> emergent     5/10 = 0.50         10/10 = 1.00   (quiet: 4/9 and 9/9)
      urgent -> emergent       0/5                  0/5   (at least urgent: 4/5)
      look-alike -> emergent   0/15                 0/15
    triage_blind18_clinical.yaml
      emergent -> emergent     7/15 = 0.47         15/15 = 1.00   (quiet: 6/13 and 13/13)
      non-emergent -> emerg.   0/15                 0/15
      self-care -> emergent    0/15                 0/15   (false alarms 0/30)

What was fixed. Misses: BE-FAST told plainly, widened (NICE NG128; ASA): the mouth "going" or
"went" to one side, words "coming all mixed up" with or without "out", a hand named first that is
"not able to" hold or grip; a disc battery seen in a child's mouth, or one that "cannot be found"
(NPIS TOXBASE: managed as swallowed). Alarms: a fever only asked about ("is that a fever?") or
said of babies in general is no reported fever, so the measured number decides (NICE NG143: >= 38
C, read by the findings layer; a parent's "she has a fever" still counts); "want to die" with a
laugh or crying emoji at once and then a change of subject to an unrelated question ("anyway
...") is hyperbole, while the plain wish, or one with a word of despair before the change of
subject, still fires; a form's question ("has your child ever had ...") is hypothetical and a
single event at an age long past with "nothing since" is history (ConText); "unconscious for a few
seconds" is a transient loss of consciousness, a faint (ESC 2018), not a reduced level, so an
uncomplicated reflex faint at a blood test stays calm (NICE CG109) while one on exertion, after
palpitations ("heart started racing", newly read) or after a head injury still fires. Labels
below emergent: jaw claudication told with the ache first ("aching in the jaw when chewing") is
read, so giant cell arteritis without visual symptoms is urgent (BSR 2020; NICE CKS: same day),
with them emergent; a young child's heart rate is read against the child's age (NICE NG51 table
1: high risk >= 160 under 1 year, >= 150 at 1-2 years, >= 140 at 3-4; NICE NG143), so HR 140-149
with fever under 3 years no longer fires the rules' adult SIRS pair, a months-old age is a child's
age for the moderate rates, and the findings' high-risk HR is read by age under 5: the incomplete
Kawasaki disease (5 days of fever, HR 140, RR 30 at 18 months) is urgent through its 5-day fever
(NICE NG143), its label. On the other sets one decision moved, in the rules layer and so in both:
vignettes_blind.yaml's hyperbole "that exam made me want to die lol, anyway ..." (emergent
suicidal_ideation, allowed there, to nothing, its label). No set lost
an emergent or gained a false alarm. Still off the label on set 18, left alone: sudden
sensorineural hearing loss (urgent, read routine), scarlet fever and an infected dog bite (all
urgent, read routine); no general same-day rule was added for them in this round.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from medgate.safety.evaluate import TRIAGE_DATA
from tests.safety.floors import assert_level_floor

HERE = Path(__file__).parent


@pytest.mark.parametrize(("name", "recall_floor", "alarm_ceiling", "calm_groups"), [
    # floors raised to what the general fixes reached (the first-sight figures were 14/15, 1/30; 9/10, 4/15)
    ("triage_blind18_clinical.yaml", 15 / 15, 0 / 30, ("non-emergent", "self-care")),
    ("triage_blind18_chat.yaml", 10 / 10, 0 / 15, ("look-alike",)),
])
def test_blind18_floors(name: str, recall_floor: float, alarm_ceiling: float, calm_groups: tuple[str, ...]) -> None:
    assert_level_floor(TRIAGE_DATA / name, recall_floor, alarm_ceiling, calm_groups)
