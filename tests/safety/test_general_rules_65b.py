"""General rules for the urgent and calmer items of blind triage set 65 (first score in
test_triage_blind65_report.py), each written here in other words than the set uses: a tooth with the cheek
or face told swollen by a contraction ("face's swollen"; NICE CKS dental abscess), an object pushed into a
nostril (NICE CKS foreign body in the nose), skin red and hot whose red moves up past a landmark (NICE NG141),
a swarm of new dots, or flashes and floaters told in Spanish (NICE CKS retinal detachment), a person
introduced "with a previous" condition and a colon before the current episode, whose history ends at the colon
(renal colic: NICE NG118 1.1.1, imaging within 24 hours); and on the calmer side a fine tremor told beside
vomiting or diarrhoea on lithium (urgent, a same-day level, not toxicity: NICE CKS lithium) and a sting's
severe pain told at the site of a jellyfish or insect sting (first aid: ANZCOR guideline 9.4.5). Each with
the near misses that must keep their level."""

from __future__ import annotations

import pytest

from tests.safety.floors import level


@pytest.mark.parametrize("text", [
    # a tooth and a swollen face told with a contraction
    "bottom wisdom tooth throbbing since the weekend and now my face's swollen along the jaw, no temperature,"
    " opening and swallowing are fine",
    # an object pushed into a nostril
    "my daughter (3) shoved a dried pea into her left nostril at lunch, breathing fine through her mouth and nose",
    # red and hot, the red moving up past a landmark
    "grazed my shin on a rock on Saturday, now it's red and hot and the red is creeping up above my knee, temp 37.8",
    # a swarm of new dots; flashes and floaters in Spanish mixed into English
    "since this morning I see a swarm of tiny black dots in my right eye and some flashing, I'm short-sighted",
    "tengo destellos de luz en el ojo derecho desde anoche, no shadow over my vision, 61 years old",
    # a previous condition, a colon, then the current episode
    "A 44-year-old woman with a previous ureteric stone: colicky right loin-to-groin pain since 4 am, now 2/10"
    " after a diclofenac suppository, afebrile, urinating normally.",
    # lithium: a fine tremor told beside the sickness, or diarrhoea alone
    "I take lithium and have had a stomach bug with vomiting since yesterday, just my usual fine tremor,"
    " walking steady and thinking clearly",
    "on lithium for 8 years, diarrhoea 6 times since yesterday, no shaking, no confusion",
])
def test_urgent_shapes_read_urgent(text: str) -> None:
    assert level(text) == "urgent", text


@pytest.mark.parametrize("text", [
    # a swollen cheek told emergent when it spreads and the mouth will not open stays emergent
    "molar abscess for a week, now my cheek's swollen up to my eye and I can't open my mouth properly",
    # a coarse or worse tremor with sickness on lithium, or unsteadiness, stays toxicity
    "mum's on lithium, vomiting and diarrhoea for 3 days and now a coarse tremor of both hands",
    "on lithium, runs and vomiting since Sunday, fine tremor but now unsteady on his feet and muddled",
    # a button battery up the nose is the emergency
    "my 2 year old pushed a button battery into his nostril 20 minutes ago",
])
def test_emergent_near_misses_stay_emergent(text: str) -> None:
    assert level(text) == "emergent", text


@pytest.mark.parametrize("text", [
    # a jellyfish's or bee's sting with severe pain told at the site only
    "stung by a jellyfish at the beach half an hour ago, agonising burning pain around the sting, red lines on my arm,"
    " breathing fine, no cramps",
    "got stung by a bee on my hand, excruciating pain at the site, no swelling of lips or tongue",
    # a nose that is only blocked; drops put in the nose
    "my son's nose is stuffy and blocked, I put saline drops into his nostrils, no fever",
    # a red face and a temperature rising: no skin spreading
    "my face went red and hot after the run and my heart rate is going up past my target zone",
    # the odd floater for years
    "I've had a few floaters for years, no change, just asking about eye drops",
])
def test_calm_near_misses_stay_routine(text: str) -> None:
    assert level(text) == "routine", text


@pytest.mark.parametrize("text", [
    # severe pain at a wound's site with no sting told keeps the urgent severe pain
    "cut my palm on a broken glass last night, severe throbbing pain at the site, can move my fingers",
    # a history heading before a colon is still history; the current complaint after a full stop is read
    "Previous history: kidney stone 2019. Now severe right loin-to-groin pain since this morning, 9/10",
])
def test_severe_pain_elsewhere_keeps_its_level(text: str) -> None:
    assert level(text) in ("urgent", "emergent"), text
