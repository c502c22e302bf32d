"""Record of blind triage set 72 (src/medgate/safety/data/triage_blind72_*.yaml, issue 17).

Written in the twenty-second session by a colleague who never saw the screen, to the blind brief
(tests/safety/BLIND_BRIEF.md) with a flavour: a children's after-hours line, a care-home and older-adult
community service and a travel-medicine and tropical-disease clinic, from England, Ghana, Bangladesh,
Mexico, Australia, Malaysia, Germany and the US. **Held back** outside the repository, unread, until every
change of the session was merged; scored once on 2026-12-05 at 9f9e4e3 (rules + findings):

    triage_blind72_chat.yaml (30 messages; 9 of the 10 emergencies quiet)
      emergent -> emergent     8/10 = 0.80    (quiet 7/9)
      urgent -> emergent       0/5
      look-alike -> emergent   2/15 = 0.13
    triage_blind72_clinical.yaml (45 vignettes; 13 of the 15 emergencies quiet)
      emergent -> emergent     15/15 = 1.00
      non-emergent, self-care  1/30 emergent

The same with the session's starting screen (1dc09e4), item for item. Missed: dengue with warning signs
in a girl at home in Malaysia (NS1 positive, the fever gone on day 5, then right-sided belly pain, vomiting
four times, bleeding gums, cold sweaty hands; told in Manglish: the dengue discriminator asked for travel);
a heart attack told as "indigestión" with a heavy weight going up to the jaw and left arm, sweating, grey,
Sal de Uvas not helping (Spanish mixed into English). Alarms: a two-week-old's periodic breathing (pauses
of five seconds, pink throughout) and a three-week-old's startle (Moro) reflex called "un ataque" by his
grandmother. Other levels: a newborn's blue hands and feet with pink lips, tongue and chest read urgent
(acrocyanosis: routine); an 84-year-old who slid from a chair without a head strike, walking as usual, read
emergent; mild croup read routine (urgent, the writer's: a same-day steroid); spotting with a pregnancy seen in
the womb read urgent (labelled both ways by writers).

The learned layer (medgate.safety.learned), trained on sets 1-71 and 73 before this was read, alone read
10/10 and 15/15 emergencies with 2/15 and 0/30 alarms; with rules and findings, 10/10 in chat with 3/15.

After a very short round on this set (tri72; the set is no longer unseen, so these figures are no longer a
blind measure), rules + findings read chat 10/10 with 0/15 alarms and clinical 15/15 with 1/30 (unchanged).
Changed: dengue named at home with no travel ("dengue", "denggi", NS1 positive) with a WHO 2009 warning sign
(mucosal bleeding, low platelets, cold hands or feet, vomiting three times or more, belly pain including Malay
"sakit perut", drowsiness) is emergent (the "indigestión" heart attack was already fixed on main); a colour or
tone change denied with "does not" ("doesn't go floppy") reads as denied, so the two-week-old's periodic
breathing is calm; a startle set off by a loud noise and settled by holding no longer fires "fit in a child".
Left: the newborn's acrocyanosis read urgent, the slide from a chair read emergent, mild croup read routine and
spotting with a pregnancy in the womb read urgent. (The "acrocyanosis" item's urgent came from "the black stool is
turning greenish" read as melaena; the lead then read a newborn's meconium, black and turning green or yellow,
as no bleed (NHS, a baby's first poos): that item now reads routine, no other level-set item moved.)
Round 23 (test_general_rules_23.py): a leg "not shortened or rotated" is no hip-fracture sign, so the slide from a
low chair reads routine: clinical 0/30 alarms (ceiling lowered).
"""

from __future__ import annotations

import pytest

from medgate.safety.evaluate import TRIAGE_DATA
from tests.safety.floors import assert_level_floor


@pytest.mark.parametrize(("name", "recall_floor", "alarm_ceiling", "calm_groups"), [
    ("triage_blind72_clinical.yaml", 15 / 15, 0 / 30, ("non-emergent", "self-care")),
    ("triage_blind72_chat.yaml", 10 / 10, 0 / 15, ("look-alike",)),
])
def test_blind72_floors(name: str, recall_floor: float, alarm_ceiling: float,
                        calm_groups: tuple[str, ...]) -> None:
    assert_level_floor(TRIAGE_DATA / name, recall_floor, alarm_ceiling, calm_groups)
