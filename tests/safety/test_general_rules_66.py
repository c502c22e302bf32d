"""General rules for the items of blind triage set 66 (first score in test_triage_blind66_report.py), each
written here in other words than the set uses: blue lips after cold water or weather that are told pink again
once warm (the blue of cold, not central cyanosis: BTS/SIGN 158 is about cyanosis now; NHS "Cold water
shock"), and the shivering of that cold, which is not a rigor (NICE NG51); "no broken skin" heading a list of
what is not there, whose "no" negates the whole list ("no broken skin, spreading redness or swelling"); and
an irregular rhythm or AF with tiredness told as new or more than usual, a symptom that makes it a same-day
review (NICE NG196 / CKS atrial fibrillation). Each with the near misses that must keep their level: lips
still or again blue, blue lips with breathing trouble or drowsiness, blue lips gone pink without any cold,
redness told spreading, and an irregular pulse in someone well or with tiredness not told as a change."""

from __future__ import annotations

import pytest

from tests.safety.floors import level


@pytest.mark.parametrize("text", [
    # blue lips after a cold swim or the snow, pink again once warm, the shivering stopped
    "my son (10) went in the sea at camp and the sea was really cold, he came out with purple lips and teeth"
    " chattering. after a hot shower and a blanket his lips are rosy again and he's eating pizza, is he ok?",
    "Our 8yo was sledging out in the snow all morning, came in with blue lips and shivers. Now by the fire, lips"
    " are pink again, chatting away and had soup.",
    # "no broken skin" heading the list of what is not there
    "My husband, 84, has rough itchy patches on both forearms since the winter started. No broken skin, weeping,"
    " spreading redness or fever, and he's his normal self.",
])
def test_calm_shapes_are_not_urgent(text: str) -> None:
    assert level(text) == "routine", text


@pytest.mark.parametrize("text", [
    # an irregular rhythm or AF with tiredness told as new or more than usual
    "My fitbit keeps saying irregular heart rhythm since Monday. I'm 71 and I've been a lot more tired than usual,"
    " no chest pain, no breathlessness, no dizzy spells. Pulse feels irregular at about 90.",
    "A 77-year-old man at his annual check is found to have an irregularly irregular pulse of 86 and has been more"
    " tired than usual over the last week; no chest pain or breathlessness. ECG shows AF, not known before.",
    # redness told spreading after "no broken skin" is still spreading
    "dog nipped my ankle yesterday, no broken skin at first but now the redness has spread past the pen line I drew",
])
def test_urgent_shapes_read_urgent(text: str) -> None:
    assert level(text) == "urgent", text


@pytest.mark.parametrize("text", [
    # lips still blue, blue again, or blue with breathing trouble or drowsiness after the cold
    "my daughter was in the freezing water at the beach, her lips went blue and now they are still blue and she's"
    " sleepy",
    "took my 12 yo to the lake, the lake was icy, lips went blue, now in the car with the heater his lips are pink"
    " again but he's breathing fast and struggling to talk",
    "after the cold swim her lips were blue, they went pink again but now they're blue again and she's drowsy",
    "he did a cold water dip with his dad, lips purple after, his lips went pink again in the car, now they're going blue"
    " again at home",
    # blue lips gone pink again with no cold told: still cyanosis to be seen now
    "my 6 year old's lips were a bit blue this morning and now they're pink again, she had a cough all night",
])
def test_emergent_near_misses_stay_emergent(text: str) -> None:
    assert level(text) == "emergent", text


@pytest.mark.parametrize("text", [
    # an irregular pulse in someone well, or tiredness not told as a change, stays routine
    "A 77-year-old man at his annual check is found to have an irregularly irregular pulse of 86, feels well,"
    " no tiredness, chest pain or breathlessness. ECG shows AF, not known before.",
    "My apple watch flagged an irregular rhythm last week. I'm 66, feel completely fine, no palpitations, no"
    " breathlessness. Pulse irregular at 80.",
    "I've had permanent AF for years, my watch says irregular rhythm, I'm tired after a long day at work,"
    " otherwise fine.",
    # a bite that did not break the skin, told as "no broken skin"
    "our cat bit my finger this morning, no broken skin, just a bit red where the teeth pressed",
])
def test_routine_near_misses_stay_routine(text: str) -> None:
    assert level(text) == "routine", text
