"""General rules for what blind triage sets 11 and 12 showed (first scores in
test_triage_blind11_report.py and test_triage_blind12_report.py), each written here in other words
than the sets use: the emergencies that must alarm, the look-alikes that must stay calm, and a
negated or changed form of each new rule's sign that must not fire."""

from __future__ import annotations

import pytest

from medgate.safety import screen
from medgate.safety.evaluate import level_of

_level = level_of()


@pytest.mark.parametrize("text", [
    # the pain of a chest-wall strain, but with a coronary feature the rule still fires
    "my chest hurts when I press on it after the gym, and I am sweating and short of breath",
    # a fit in pregnancy reported as the patient's own
    "32 weeks pregnant and my wife just had a seizure on the sofa",
    "I think I overdosed?",
    "did i overdose? took 30 paracetamol last night",  # the amount decides
    # a newborn with blood in the stool (not from the vagina)
    "my 5 day old has blood in her poo",
    # facial droop that spares the forehead, or with a limb sign, is a stroke sign
    "his face is drooping on the left but he can still raise both eyebrows",
    "face drooping and cannot wrinkle his forehead, and his right arm has gone weak",
    # a child's fast rate over the NICE NG143 limits, and an adult's over SIRS
    "3-year-old with T 39.8 and HR 165",
    "temp 39.1, HR 118, RR 26",
    # lithium with neurological signs
    "on lithium, had diarrhoea for two days and now he is unsteady and walking like he's drunk",
    "she takes lithium and has been sick all day, now confused",
    # green vomit counted without a verb
    "my 3 week old has been sick four times today, the last few bright green",
    # cyanosis of the lips
    "my 2 year old's lips look grey and she is breathing fast",
    # expressive dysphasia in plain words (BE-FAST)
    "my mum keeps calling the kettle a telephone when she means the kettle, started an hour ago",
    "since this morning his words keep coming out all muddled",
    "she is using the wrong words for everything since she woke up",
    # an anginal equivalent with sweating and nausea (AHA/ACC 2021)
    "achy pressure in my jaw and arms for half an hour, feel queasy and sweaty",
    # pre-eclampsia with epigastric / right upper quadrant pain (NICE NG133)
    "34 weeks pregnant, heartburn under my ribs that gaviscon won't shift, BP 148/96 at the midwife",
    "at 36 weeks, epigastric pain since last night, urine dip protein 3+",
    # a toddler and a one-pill-can-kill medicine, even when well (TOXBASE)
    "my 3 year old chewed one of grandad's gliclazide, seems fine",
    "found my 20 month old with nana's pill box open, two of her amitriptyline are missing",
    # a ruptured aneurysm told as renal colic (NICE NG156)
    "68-year-old with sudden flank pain going down to the groin, BP 88/50, looks grey",
    # carbon monoxide: household cluster, improvement away from home
    "the boys and I all have headaches and feel sick, gas fire in the lounge, we're fine when at school or work",
    # methotrexate marrow toxicity (MHRA): a daily dose or trimethoprim with it, then ulcers or fever
    "mum has been taking her methotrexate every day by mistake, now ulcers in her mouth",
    "on methotrexate and the GP gave co-trimoxazole, now a temp of 38.4 and a sore throat",
    # fever with neutrophils under 0.5 (NICE NG151)
    "temperature 38.2 this evening, neutrophils 0.2 on Monday's bloods",
    # melaena with a comma, and a postural drop
    "passing black, tarry, smelly poo since last night and feel faint when I stand",
    # new confusion told as questions repeated, on immunosuppression
    "kidney transplant, headache and temp 37.8, today he keeps asking me the same question",
    "since lunch she has asked the same thing over and over and is slower than usual to answer",
    # psychosis with a weapon kept against the persecutors
    "my brother thinks the neighbours are spying on him and he's started sleeping with a knife",
    # a quiet suicide plan: tablets stockpiled, and two warning signs
    "found a box of her painkillers she's been stockpiling under the bed",
    "he's given his tools away and says he won't be a burden on us for much longer",
])
def test_emergencies_stay_emergent(text: str) -> None:
    assert _level(text) == "emergent", text


@pytest.mark.parametrize("text", [
    # chest-wall pain reproduced by pressing or moving, told in other words
    "my chest hurts when I push on my ribs since I lifted weights, walking up hills is fine",
    "pain in the right side of my chest, worse if I twist or reach up, after moving house, jogging is ok",
    # a general claim someone else made, not about the patient
    "my mum says kids can have seizures from teething, my 1 year old is fine just grumpy",
    "a friend told me people can get overdoses from vitamins, I take one a day",
    # a question about one's own dose
    "have i overdosed? had 2 ibuprofen at 9 and 2 more at 3pm",
    # a newborn girl's vaginal bleeding (withdrawal of maternal oestrogen)
    "my 1 week old daughter has some blood in her nappy, it's from her vagina, she's feeding well",
    # Bell's palsy: the forehead is involved
    "woke up with half my face drooping, can't raise my eyebrow on that side, arms and legs fine",
    # a well febrile child whose rates are normal for the age
    "my 3 year old has a temp of 38.6 and HR 125, RR 30, playing happily",
    # hand, foot and mouth: grey blisters, not grey skin
    "my 2 year old has a fever and some grey spots on his tongue and hands, drinking fine",
    # lithium with a stomach bug but no sign of toxicity
    "i'm on lithium and have been sick twice with a tummy bug, keeping fluids down, no shaking",
    # the rules' negative forms
    "she says yes when she means no, typical teenager",
    "jaw aches from grinding my teeth at night, no sweating or sickness",
    "30 weeks pregnant with heartburn after meals, BP 112/70, urine clear",
    "my 3 year old takes clonidine for sleep, is it ok with melatonin?",
    "my 2 year old was near the pill box but none of the verapamil tablets are missing",
    "68-year-old with loin to groin pain like his last stone, BP 138/82, HR 80",
    "headaches every day since the new boiler, better when I'm at home",
    "on weekly methotrexate and folic acid daily, bit of a cold, temp 37.6",
    "on methotrexate weekly, mouth ulcers again this week, no fever",
    "temp 38.2, cough, neutrophils 2.3 on the bloods, 30 and otherwise well",
    "black stools since starting iron tablets, feel fine otherwise",
    "my 5 year old keeps asking the same questions about dinosaurs",
    "bought a new kitchen knife set, which brand lasts?",
    "I've been saving up for a holiday and taking my tablets as prescribed",
    "gave my old clothes away to the charity shop this weekend",
])
def test_look_alikes_stay_calm(text: str) -> None:
    assert _level(text) != "emergent", text


def test_vomiting_on_lithium_is_still_same_day() -> None:
    assert _level("i'm on lithium and have been sick twice with a tummy bug") == "urgent"


def _fired(text: str) -> set[str]:
    esc = screen([text])
    return {f.name for f in esc.fired} if esc else set()


@pytest.mark.parametrize(("text", "name"), [
    # same-day rules (urgent) for what sets 11 and 12 and earlier sets showed
    ("14 weeks pregnant and it burns when I wee, no fever", "urinary infection in pregnancy"),
    ("anticoag nurse says dad's INR is 7.1, he has no bleeding", "INR 5 or more"),
    ("drew round the red area on my arm last night, today it has spread well past the line", "redness spreading past its mark"),
    ("the redness round the bite is bigger than yesterday", "redness spreading past its mark"),
    ("my left ear suddenly went muffled this afternoon, ringing, no pain", "sudden hearing loss in one ear"),
    ("woke up with no hearing in my right ear, no earache", "sudden hearing loss in one ear"),
    ("woke with my face drooping and I can't raise my eyebrow on that side", "facial palsy with the forehead involved"),
    ("my 5 year old has renal colic, loin-to-groin pain since lunch", "kidney stone pain"),
])
def test_same_day_rules_fire(text: str, name: str) -> None:
    assert name in _fired(text), text


@pytest.mark.parametrize(("text", "name"), [
    ("not pregnant, burning when I pee since yesterday", "urinary infection in pregnancy"),
    ("INR 2.5 this morning, all stable", "INR 5 or more"),
    ("INR was 1.5 at the clinic", "INR 5 or more"),
    ("the redness round the bite is no bigger than yesterday", "redness spreading past its mark"),
    ("two weeks of muffled hearing in my left ear, feels blocked like after swimming", "sudden hearing loss in one ear"),
    ("muffled hearing in my right ear since yesterday with bad earache", "sudden hearing loss in one ear"),
    ("my face droops a bit on the left but I can raise both eyebrows fine", "facial palsy with the forehead involved"),
])
def test_same_day_rules_stay_quiet(text: str, name: str) -> None:
    assert name not in _fired(text), text
