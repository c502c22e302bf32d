"""General rules for the urgent items that held-back blind triage set 64 read routine after its first round
(test_triage_blind64_report.py), each written here in other words than the set uses: a kidney infection told
as UTI symptoms with a fever or one side of the back aching (NICE NG111), a kidney transplant on tacrolimus
with diarrhoea four or more times a day (BNF tacrolimus: levels change), skin gone red and hot and spreading
(NICE NG141), a dialysis fistula that has stopped buzzing (UKKA / VASBI), a quinsy told by one swollen side,
a mouth that opens only a little or a voice as if something hot were in it (NICE NG84), cloudy peritoneal
dialysis fluid (ISPD 2022) and a facial palsy that takes the forehead, its signs listed with commas (NICE CKS
Bell's palsy); and the near misses on each side that must keep their level (routine, never emergent)."""

from __future__ import annotations

import pytest

from tests.safety.floors import level


@pytest.mark.parametrize("text", [
    # a kidney infection: UTI symptoms in lower case with a fever, or the left side of the back sore
    "32m, uti symptoms since tuesday, stinging and going all the time, temp 38.7 tonight. should i see someone today?",
    "uti symptoms for 3 days and now the left side of my back is sore, no temperature taken, feel rough",
    # a transplant drug with diarrhoea 4+ a day
    "New kidney two years ago, I take tacrolimus, and I've had runny stools five times a day since Monday",
    # red and hot, spreading
    "The graze on my forearm has turned red and hot and it's spreading towards my elbow since this morning",
    # a fistula gone quiet
    "My mum's fistula isn't buzzing this evening, she has dialysis on Thursday, what should we do?",
    "on haemodialysis, I can't feel the vibration in my arm since I woke up",
    # quinsy signs
    "Sore throat for 5 days, only the left side is swollen now and I can only open my mouth a little, temp 38.4",
    "sore throat a week, my voice sounds like I have a hot potato in my mouth and it's worse on one side",
    # cloudy PD fluid
    "Dad does peritoneal dialysis at night and this morning the fluid came out cloudy, he has a bit of a tummy ache",
    # LMN facial palsy told as a list
    "Woke today with the right side of her face weak: she cannot shut the right eye, raise the right eyebrow or"
    " blow out her cheek. Speech and limbs normal.",
])
def test_urgent_shapes_read_urgent(text: str) -> None:
    assert level(text) == "urgent", text


@pytest.mark.parametrize("text", [
    # a UTI without fever or flank pain
    "uti symptoms since yesterday, burning when I pee, no fever, no back pain. can I get something from the pharmacy?",
    # the side of the back sore after lifting, no urinary symptoms
    "the right side of my back is sore after moving furniture on saturday, no fever",
    # a transplant with one loose stool; diarrhoea without a transplant
    "I'm on tacrolimus after my kidney transplant, had one loose stool this morning, otherwise fine",
    # a scratch that healed; red but not spreading
    "the scratch on my calf went red and hot last week but it has healed now",
    # a dialysis fistula still buzzing well
    "Checked my fistula this morning, buzzing as usual, just want to confirm my dialysis time",
    # a cold: a sore throat both sides, mouth opens fine
    "sore throat and runny nose for 2 days, temp 37.6, eating and drinking fine",
    # clear PD fluid
    "I'm on peritoneal dialysis, the drained fluid is clear this morning, just a question about my supplies",
    # cloudy urine, no dialysis
    "my wee has been a bit cloudy today, no pain or burning, drinking plenty",
])
def test_near_misses_stay_routine(text: str) -> None:
    assert level(text) == "routine", text
