"""Record of blind triage set 62 (src/medgate/safety/data/triage_blind62_*.yaml, issue 17).

Written at the start of the eighteenth session by a colleague who never saw the screen, to the blind brief
(tests/safety/BLIND_BRIEF.md) with a flavour: an online pharmacy's chat and a care home's out-of-hours line
(older residents with dementia told by staff; people on blood thinners, insulin, steroids, chemotherapy or
immunosuppressants; patients at home after operations; new parents; students) from the US, the UK,
Ireland, Nigeria, Pakistan, the Philippines, Canada and New Zealand; the clinical file told as the published
symptom-checker studies did. Held back — kept out of the repository and unread — until every triage change
of the session was in (the round on set 61), then scored once, as written, on 2026-12-05 at 5d92667.
Recorded, not tuned (rules + findings):

    triage_blind62_chat.yaml (30 messages; 9 of the 10 emergencies quiet)
      emergent -> emergent     9/10 = 0.90    (quiet 8/9)
      urgent -> emergent       0/5            (at least urgent 4/5)
      look-alike -> emergent   0/15 = 0.00
    triage_blind62_clinical.yaml (45 vignettes; 14 of the 15 emergencies quiet)
      emergent -> emergent     13/15 = 0.87
      non-emergent, self-care  0/30 emergent (false alarms 0.00)

Missed: a care-home resident of 88 on warfarin found on the floor with "a small graze on her forehead",
since then "a lot sleepier than her usual" and sick once (read nothing: the knock told only by its mark, and
"sleepier than her usual" not read; NICE NG232); a student who has given away his guitar and laptop, paid
back debts, sent long messages thanking people, with "a bag of saved-up tablets" and a letter addressed to
his parents found (read nothing: AFSP warning signs, the letter to his own and the stored tablets not read);
a family of three with headaches, nausea and tiredness for two days, better "during the day at work and
school", a second-hand gas heater, a drowsy 6-year-old (read urgent: "all of them have had" and the
daytime's words not read; NHS carbon monoxide poisoning). Other levels: a caesarean wound red and warm with
"yellowish fluid" (urgent, read routine); a 19-year-old's "flip floppy" skipped beats after coffee
(routine, read urgent: "floppy" read as a floppy person's NEWS2 consciousness); a 70-year-old's "band of
red patches with clustered small blisters" (shingles; urgent, read routine); renal colic settled by a
leftover suppository (urgent, read routine). The screen of the session's start (31e75e3) read the set the
same, item for item.

The learned layer (medgate.safety.learned), trained on sets 1-61 before this was read, alone read 9/10 and
15/15 emergencies with 0/15 and 0/30 alarms; with the rules and findings, 10/10 and 15/15.

After the round on this set (test_general_rules_62.py, each rule in other words with its near misses): a
knock told by its mark on the head (a graze, bump, bruise or cut on the forehead, temple or scalp) is a head
injury, and with a blood thinner, vomiting or drowsiness an emergency (NICE NG232); "sleepier than her
usual" is drowsiness; a letter addressed to one's own family, messages thanking people sent round and
tablets "saved-up" or "stockpiled" are warning signs (AFSP: two kinds together are an emergency); "all of
them have had" is a household ill together and "better during the day at work" symptoms easing away from
home (NHS CO poisoning); "flip floppy" beats are no floppiness; infected discharge from an operation's
wound, the wound told in the plural too, is urgent (NICE NG125); a band of patches with blisters a few words
apart is shingles. Now chat 10/10 with 0/15 (urgent 5/5), clinical 15/15 with 0/30, not unseen; no
decision on any other level set moved. Left: renal colic settled by a leftover suppository reads routine
(a stone passed and the pain gone is follow-up in the project's reading of NICE CKS; the writer said
urgent, as set 21's writer did).
"""

from __future__ import annotations

import pytest

from medgate.safety.evaluate import TRIAGE_DATA
from tests.safety.floors import assert_level_floor


@pytest.mark.parametrize(("name", "recall_floor", "alarm_ceiling", "calm_groups"), [
    ("triage_blind62_clinical.yaml", 15 / 15, 0 / 30, ("non-emergent", "self-care")),
    ("triage_blind62_chat.yaml", 10 / 10, 0 / 15, ("look-alike",)),
])
def test_blind62_floors(name: str, recall_floor: float, alarm_ceiling: float,
                        calm_groups: tuple[str, ...]) -> None:
    assert_level_floor(TRIAGE_DATA / name, recall_floor, alarm_ceiling, calm_groups)
