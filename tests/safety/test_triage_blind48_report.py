"""Record of blind triage set 48 (src/medgate/safety/data/triage_blind48_*.yaml, issue 17).

Written in the thirteenth session by a colleague who never saw the screen, to the blind brief
(tests/safety/BLIND_BRIEF.md) with a flavour: mental health, crisis and drugs — intent told sideways
or flatly, overdoses admitted halfway, psychosis and mania, eating disorders with physical danger,
alcohol and benzodiazepine withdrawal, serotonin syndrome, neuroleptic malignant syndrome, lithium
toxicity, catatonia, festival drugs; look-alikes that share the drug or the words (a passed panic
attack, low mood with no plan, a stable lithium tremor, a hangover, a therapist's letter). Scored once,
as written, on 2026-12-03 at 39b8143, before anything was changed for it. Recorded, not tuned
(rules + findings):

    triage_blind48_chat.yaml (30 messages; 9 of the 10 emergencies quiet)
      emergent -> emergent     8/10 = 0.80   (quiet 7/9)
      urgent -> emergent       0/5           (at least urgent 1/5)
      look-alike -> emergent   4/15 = 0.27
    triage_blind48_clinical.yaml (45 vignettes; 14 of 15 quiet)
      emergent -> emergent     12/15 = 0.80
      non-emergent, self-care  2/30 emergent (false alarms 0.07)

Missed: a teenager's 16 paracetamol "last night after a row", sick this morning, "fine now"; an
anorexic 15-year-old who went grey and dropped when she stood; a schoolgirl's "strip or two" of
paracetamol 14 hours ago; a heavy drinker "off" for two days, unsteady and muddled (Wernicke's); a
widowed farmer who "won't be needing the tablets after the weekend". Alarms: low mood after a
redundancy told with "not going to hurt myself"; flat and teary days after festival pills; a stable
lithium tremor with an in-range level; a pounding heart and tight chest after energy drinks that
passed; a 15-year-old's four ibuprofen 200 mg (urgent); an 84-year-old's two days of muddle with a
urine infection (urgent).

The learned layer (medgate.safety.learned), trained on sets 1-47 and PHI sets 1-54 before this was
read, alone read 22/25 emergencies and called none of the 45 other cases emergent (one urgent case
emergent: a teenager's new suicidal thoughts ten days into fluoxetine); rules + findings + learned:
10/10 and 15/15 with 4/15 and 2/30 alarms.

After general fixes (not unseen): the round that followed the first score (tests in
test_general_rules_48.py, each in other words than this set, with near misses both ways) read chat 10/10
and clinical 15/15 with 0/15 and 0/30 alarms, no urgent case of the chat set called emergent, and no
level of any other set changed (rules + findings). Fixed as general rules: paracetamol swallowed after a
row, a fight or a break-up (NICE CKS poisoning, TOXBASE: any intentional paracetamol overdose is
emergent, symptoms come late), and "is it bad if I took ..." read as an act done, not a hypothetical;
an eating disorder with a pulse of 40 or less, a faint or a collapse on standing (RCPsych MEED 2022); a
heavy drinker with two of ataxia, a muddle and eye signs (NICE CG100, Caine 1997: Wernicke's); "won't
be needing my tablets after the weekend" as a veiled end beside affairs put in order (AFSP warning
signs, NICE NG225), and "without much expression" no longer negates what follows. Calmed: "I'm not going
to hurt myself" (a refusal, not a wish); "suicide Tuesday" (the slang for a comedown); a fine lithium
tremor known for years (BNF, NICE CG185: a coarse, new or worse tremor, or one with vomiting, still
fires); stairs climbed "no problem" after a passed episode (NICE CG95); ibuprofen under 100 mg/kg with a
weight told (TOXBASE: urgent, not emergent); confusion "more than usual" over days with steady
observations (NICE CG103: same-day delirium assessment).
"""

from __future__ import annotations

import pytest

from medgate.safety.evaluate import TRIAGE_DATA
from tests.safety.floors import assert_level_floor


@pytest.mark.parametrize(("name", "recall_floor", "alarm_ceiling", "calm_groups"), [
    ("triage_blind48_clinical.yaml", 15 / 15, 0 / 30, ("non-emergent", "self-care")),
    ("triage_blind48_chat.yaml", 10 / 10, 0 / 15, ("look-alike",)),
])
def test_blind48_floors(name: str, recall_floor: float, alarm_ceiling: float,
                        calm_groups: tuple[str, ...]) -> None:
    assert_level_floor(TRIAGE_DATA / name, recall_floor, alarm_ceiling, calm_groups)
