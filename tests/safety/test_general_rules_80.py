"""General rules for what blind triage set 80 showed (first scores in test_triage_blind80_report.py), each
written here in other words than the set uses: a high potassium after a missed dialysis session told by a
patient who names the unit's timetable, not dialysis ("my mon/wed/fri slot", "on HD"); carbon monoxide from a
heater or barbecue in a closed space, a household ill together told in lay words ("splitting heads", "threw
up", "dozy"); a bite or sting, the biter unseen, then drooping eyelids, double vision or trouble swallowing; a
gaping cut whose tetanus date is not remembered (a record's gap, not confusion); and the levels of a fever with
no malaria test to hand, a glucose meter's reading beside an age ("I'm 27"), a fistula's weaker buzz, a booking
blood pressure told beside today's in pregnancy and frostbite blisters after a snowmobile ride. Each with the
near misses that must keep their level."""

from __future__ import annotations

import pytest

from tests.safety.floors import assert_calm as _calm
from tests.safety.floors import assert_emergent as _emergent
from tests.safety.floors import level as _level


# -- hyperkalaemia after a missed session (UK Kidney Association 2020: K+ >= 6.0 with no dialysis to lower it, or
# weakness, a slow or irregular beat after a missed session, is an emergency)
@pytest.mark.parametrize("text", [
    "Evening, it's Mrs Okafor, I'm on the mon/wed/fri slot at the unit. Missed Wednesday because of the snow and now"
    " my arms feel weak and my heartbeat is slow and jumpy. Can I wait till Friday?",
    "on HD three times a week, skipped friday (funeral), potassium was 6.1 on the last bloods, feel ok, just tired",
    "My husband is on the tue-thu-sat chair at the renal centre. He missed Thursday, his legs are like jelly and he"
    " can hardly climb the stairs.",
])
def test_a_missed_session_told_by_the_units_timetable_with_potassium_signs_is_emergent(text: str) -> None:
    _emergent(text)


@pytest.mark.parametrize("text", [
    # no session missed, a mild potassium
    "HD mon/wed/fri, never missed one. Potassium before Monday's session was 5.1, I feel normal. Is that high?",
    # a gym timetable with a skipped day and heavy legs
    "I do leg day on my mon/wed/fri gym slot. Skipped friday, and after Monday's squats my legs feel heavy like"
    " rubber. Normal?",
])
def test_no_missed_session_or_a_gym_timetable_is_not_emergent(text: str) -> None:
    _calm(text)


# -- carbon monoxide from a fuel burned in a closed space (NICE CKS carbon monoxide poisoning: several people or
# pets ill at once, symptoms with a fuel-burning appliance: emergency)
@pytest.mark.parametrize("text", [
    "Power cut so we had the generator going in the garage with the door closed. Now both of us have splitting heads"
    " and my partner threw up twice.",
    "Cold night in the cabin, ran the paraffin heater all night with the windows shut. The whole family woke with"
    " thumping heads and the baby is dozy and hard to keep awake.",
    "We brought the barbecue into the tent to keep warm. This morning all of us feel like puking and we have"
    " pounding heads.",
])
def test_a_fuel_burned_in_a_closed_space_with_a_household_ill_together_is_emergent(text: str) -> None:
    _emergent(text)


@pytest.mark.parametrize("text", [
    # a household's stomach bug, no fuel burned anywhere
    "The kids and I all threw up last night after the takeaway; nobody has a headache and we're keeping fluids down.",
    # a barbecue outdoors, one person with a hangover
    "Had a barbecue in the garden yesterday and a few beers, woke up with a pounding head. Everyone else is fine.",
])
def test_a_household_bug_or_an_outdoor_barbecue_is_not_emergent(text: str) -> None:
    _calm(text)


# -- a bite or sting followed by neurotoxic signs (Australian Resuscitation Council guideline 9.4.1, 2021; WHO
# snakebite guidance 2016: ptosis, diplopia, dysphagia after a bite are envenomation: pressure immobilisation,
# call an ambulance)
@pytest.mark.parametrize("text", [
    "Something bit my calf while I was clearing the shed an hour ago, didn't see what it was. Now my eyelids are"
    " drooping and I've got trouble swallowing.",
    "got stung on the hand moving rocks by the creek, never saw what did it. half an hour later im seeing kind of"
    " double and my speech is slurring",
    "My son (12) was bitten on the foot in the long grass at the farm, we could not see what it was. He says his"
    " eyelids feel droopy and he has double vision.",
])
def test_a_bite_with_drooping_lids_double_vision_or_trouble_swallowing_is_emergent(text: str) -> None:
    _emergent(text)


@pytest.mark.parametrize("text", [
    # mosquito bites and tired eyes
    "Got bitten on the legs by mosquitoes camping, lots of itchy lumps. My eyelids are drooping because I barely"
    " slept in the tent.",
    # a bite with only a local reaction
    "Got nipped on the ankle by something in the garden this morning, a small itchy red bump. I feel completely fine.",
])
def test_insect_bites_or_a_local_reaction_alone_are_not_emergent(text: str) -> None:
    _calm(text)


# -- a gaping cut, bleeding stopped, the tetanus date not remembered (NICE CKS lacerations: same-day closure and a
# tetanus booster; not confusion: NEWS2 new confusion is disorientation, not a forgotten date)
def test_a_gaping_cut_with_a_forgotten_tetanus_date_is_urgent_not_emergent() -> None:
    assert _level("Sliced the side of my thumb open on a broken glass, about 2 cm and it gapes. Bleeding stopped with"
                  " pressure, I can bend it fine and the feeling is normal. I can't remember my last tetanus shot."
                  " Do I need stitches today?") == "urgent"


@pytest.mark.parametrize("text", [
    # bleeding that will not stop
    "Cut my forearm on a sheet of glass, it's spurting blood and won't stop even pressing hard with a towel.",
    # a forgotten name is confusion
    "Grandad is 88 and since lunch he doesn't remember my name and keeps asking where he is.",
])
def test_spurting_bleeding_or_a_forgotten_name_stays_emergent(text: str) -> None:
    _emergent(text)


# -- a fever where malaria is transmitted, no test to hand (WHO guidelines for malaria 2023; WHO IMCI: test every
# suspected case the same day)
def test_a_fever_with_no_malaria_test_to_hand_is_urgent() -> None:
    assert _level("My daughter is 3, fever since Tuesday, 38.7 this morning. She is drinking and playing a bit. The"
                  " dispensary in our village couldn't do a malaria test today. What do we do?") == "urgent"


def test_a_malaria_test_without_a_fever_is_routine() -> None:
    assert _level("We live near Lake Victoria. My son is well, no fever, eating fine. Should he have a malaria test"
                  " before school starts? The clinic had no malaria test kits last week.") == "routine"


# -- a glucose meter's reading beside an age (ADA: 140 mg/dL two hours after a meal is normal)
def test_an_age_after_a_glucose_meter_is_not_a_glucose() -> None:
    assert _level("Tried my dad's glucose meter after dinner to see, I'm 27, no diabetes, feel great: it said 128"
                  " mg/dL. Is that ok?") == "routine"


def test_a_glucose_of_25_on_the_meter_is_still_read() -> None:
    assert _level("type 1 diabetic, my sugar im getting 25 on the meter and very thirsty, no ketone strips") != "routine"


# -- a dialysis fistula's buzz weaker though present (UK Kidney Association / VASBI: a change in the thrill, same day)
def test_a_weaker_fistula_buzz_is_urgent() -> None:
    assert _level("I'm on haemodialysis. Since lunchtime the thrill in my fistula feels fainter than normal, still"
                  " there though. No pain or swelling.") == "urgent"


def test_a_fistula_buzz_as_usual_is_routine() -> None:
    assert _level("I'm on haemodialysis and the buzz in my fistula feels strong as usual. Can I carry shopping with"
                  " that arm?") == "routine"


# -- a raised BP after 20 weeks, the booking reading told beside it (NICE NG133: >= 140/90 after 20 weeks, same-day
# assessment)
def test_a_raised_bp_in_pregnancy_beside_its_booking_reading_is_urgent() -> None:
    assert _level("A 27-year-old at 34 weeks, first pregnancy: BP 146/94 today at the midwife clinic (booking BP"
                  " 112/70). No headache, no visual symptoms, no swelling; urine clear of protein.") == "urgent"


def test_a_raised_bp_told_after_normotensive_at_booking_is_urgent() -> None:
    assert _level("39-year-old at 36 weeks, normotensive at booking, BP 150/95 at today's community midwife visit,"
                  " repeat 148/94. Feels well, no protein in the urine.") == "urgent"


def test_a_normal_bp_in_pregnancy_with_a_booking_reading_is_routine() -> None:
    assert _level("A 33-year-old at 30 weeks: BP 118/76 today, at booking 110/70. Feels well, baby moving"
                  " normally.") == "routine"


# -- frostbite blisters after rewarming (Wilderness Medical Society frostbite guideline 2019: urgent assessment)
def test_frostbite_blisters_after_a_snowmobile_ride_are_urgent() -> None:
    assert _level("Went ice fishing on the skidoo for five hours in soaked mittens. Once warmed up, two fingers"
                  " came up in clear blisters and they throb.") == "urgent"


def test_cold_fingers_that_rewarm_pink_are_routine() -> None:
    assert _level("Out on the snowmobile this morning in wet gloves, my fingers got very cold and stiff; after warming"
                  " them in warm water they are pink and feel normal, no blisters.") == "routine"
