"""One table per findings group: messages that must reach a level through it, and near misses."""

from __future__ import annotations

import pytest

from medgate.safety import screen
from medgate.safety.findings import GROUPS, FindingsLayer, Group
from medgate.safety.findings.base import Discriminator
from medgate.safety.rules.base import Concept

# (text, category, level): the findings layer alone must give this category at this level
FIRES: list[tuple[str, str, str]] = [
    # abnormal vital signs (NEWS2, NHS oximetry, RCUK, ACC/AHA)
    ("RR 26, SpO2 93%, HR 120, temp 39.2", "abnormal_vital_signs", "emergent"),  # NEWS2 9
    ("my pulse oximeter says 87%", "abnormal_vital_signs", "emergent"),
    ("dad's BP is 78/40 and he is very sleepy", "abnormal_vital_signs", "emergent"),
    ("heart rate 150 and I feel faint", "abnormal_vital_signs", "emergent"),
    ("BP 224/132 with a pounding headache", "abnormal_vital_signs", "emergent"),
    ("oxygen 94% at rest", "abnormal_vital_signs", "urgent"),
    ("home blood pressure 185/118 this morning, no symptoms", "abnormal_vital_signs", "urgent"),
    ("pulse 135 on my watch, feel fine", "abnormal_vital_signs", "urgent"),  # single red
    # sepsis through findings
    ("temp 38.9, HR 112, RR 23, cough", "suspected_sepsis", "emergent"),  # NEWS2 6 + infection
    ("urine infection and now RR 26", "suspected_sepsis", "emergent"),
    ("fever 38.6 and pulse 115", "suspected_sepsis", "urgent"),
    ("burning when I pee and a fever of 38.2", "suspected_sepsis", "urgent"),
    # consciousness
    ("grandma has become muddled since lunchtime", "altered_consciousness", "emergent"),
    ("he keeps nodding off mid sentence", "altered_consciousness", "emergent"),
    ("my dementia mum is much more confused since this morning", "altered_consciousness", "emergent"),
    # children (NICE NG143, CG84)
    ("my 6 week old has a temperature of 38.1", "paediatric_red_flags", "emergent"),
    ("newborn feels hot to touch", "paediatric_red_flags", "emergent"),
    ("my 10 month old is grunting with every breath", "paediatric_red_flags", "emergent"),
    ("my 2 year old vomited blood", "paediatric_red_flags", "emergent"),
    ("my 8 year old has a fever of 39.5 and terrible tummy pain", "paediatric_red_flags", "emergent"),
    ("my 4 month old has a temp of 39.2 but is feeding", "paediatric_red_flags", "urgent"),
    ("my 3 year old is off her food and not drinking, temp 38.5", "paediatric_red_flags", "urgent"),
    # set 7's misses: a usual value in brackets belongs to its own number; a cuff; missed
    # dialysis; a chemical in the eye; bile in the vomit; a pesticide; guarding; advanced HIV
    ("on methotrexate, shaking, temp 39.1, bp machine says 86/50 (normally 125/80), heart 118",
     "abnormal_vital_signs", "emergent"),
    ("had my baby 6 days ago, seeing sparkly zigzags, midwife cuff said 162/108", "pregnancy_emergency", "emergent"),
    ("he is on haemodialysis, missed friday and monday sessions, legs heavy and weak", "kidney_emergency", "emergent"),
    # an implanted defibrillator shocking again (BHRS; ESC 2022): set 45's miss, in other words
    ("the ICD in his chest has fired three times since breakfast", "cardiac_device", "emergent"),
    # complications of treatment (NICE NG125 surgical site infection; UKONS triage, grade 2 diarrhoea)
    ("four days after my hernia operation the incision is red and oozing pus", "treatment_complication", "urgent"),
    ("splashed oven cleaner in my eye 10 min ago, stings like crazy", "eye_emergency", "emergent"),
    ("my baby is 6 weeks, the sick is bright green like grass", "paediatric_red_flags", "emergent"),
    ("unwell after spraying insecticide on his crops, salivating, pupils are pinpoint", "medicine_toxicity", "emergent"),
    ("colonoscopy yesterday, now abdominal pain and his abdomen is tender and guarded", "acute_abdomen", "emergent"),
    ("HIV, CD4 count 45, headache for 10 days and now double vision", "severe_pain", "emergent"),
    ("heart failure, gained 2 kg in 4 days with more ankle swelling", "same_day_assessment", "urgent"),
    # the earlier sets' remaining misses, as published rules
    ("34 weeks pregnant, belly has gone hard as a board, havent felt her kick since", "pregnancy_emergency", "emergent"),
    ("38 weeks and I haven't felt him move at all since yesterday evening", "pregnancy_emergency", "emergent"),
    ("prostate cancer gone to his bones, middle back much worse, legs have got weak", "surgical_emergency", "emergent"),
    ("a week of toothache, now swollen and going down my neck, tongue feels pushed up", "suspected_sepsis", "emergent"),
    ("my 2 year old, found the bottle open, maybe he ate 2 or 3 tablets", "medicine_toxicity", "emergent"),
    ("felt like something ripped inside me, pain went through to between my shoulder blades", "severe_pain", "emergent"),
    ("Serum potassium 7.2 mmol/L; ECG shows peaked T waves", "kidney_emergency", "emergent"),
    # medicine interactions and patches (MHRA 2014/2019); mania with risk (NICE CG185)
    ("on a fentanyl patch, very sleepy and her pupils are pinpoint", "medicine_interaction", "emergent"),
    ("takes candesartan, on trimethoprim since Friday, pulse 36", "medicine_interaction", "emergent"),
    ("hasn't slept for five nights and believes he is immortal", "mental_health_crisis", "emergent"),
    ("floaters this morning, then a grey shadow spreading from the periphery toward the centre of vision",
     "eye_emergency", "emergent"),
    # set 8's misses: the presentations of set 7 in other words, and clinical ones no rule covered
    ("my 7 week old vomited 3 times and the last two were bright green like grass", "paediatric_red_flags", "emergent"),
    ("felt a sting on my ankle, saw a brownish snake go under the pile", "injury", "emergent"),
    ("on haemodialysis, missed friday and today, legs heavy and weak like jelly", "kidney_emergency", "emergent"),
    ("cleaning the oven and the spray foam splashed right into my eye", "eye_emergency", "emergent"),
    ("had my baby 6 days ago, a headache panadol isnt touching and little sparkly zigzags", "pregnancy_emergency",
     "emergent"),
    ("scrotal skin swollen and dusky, crackling felt under the skin, temperature 38.9", "suspected_sepsis", "emergent"),
    ("started lamotrigine, eroded lips, gritty red eyes, areas of blistering and skin peeling", "medicine_toxicity",
     "emergent"),
    ("90 minutes ago the vision in his left eye was suddenly almost gone", "eye_emergency", "emergent"),
    ("returned from Bali 6 days ago, now bleeding gums, platelet count 32", "returned_traveller_fever", "emergent"),
    ("sickle cell, pale and listless, abdomen is fuller on the left, Hb 4.3 g/dL", "paediatric_red_flags", "emergent"),
    ("copd, target 88-92%, sats now 84%", "abnormal_vital_signs", "emergent"),
    # set 9's misses
    ("my friend just collapsed and hes not breathing and i cant feel a pulse", "altered_consciousness", "emergent"),
    ("husband having a seizure, its been going 7 minutes now, hes gone a bit blue", "altered_consciousness",
     "emergent"),
    ("knee replacement 11 days ago, my calf on that side is fatter and tender, puffed out walking",
     "venous_thromboembolism", "emergent"),
    ("had a splenectomy after a car crash 6 years ago, now temperature 39.5", "suspected_sepsis", "emergent"),
    ("felt something strike his right eye; a penetrating eye injury", "eye_emergency", "emergent"),
    # set 10's misses
    ("type 1, skipped my insulin, breathing fast and deep, meter said 486 mg/dl, ketone strip is dark purple",
     "diabetic_emergency", "emergent"),
    ("knee replaced 10 days ago, puffed out walking, sharp pain on the right side of my chest when I breathe in",
     "venous_thromboembolism", "emergent"),
    ("found on the bedroom floor this morning, where she had been since the previous evening", "injury", "emergent"),
    ("her right leg is shortened and externally rotated and she cannot bear weight", "injury", "emergent"),
    # clots (NICE NG158)
    ("my left calf is swollen and tender since my knee operation", "venous_thromboembolism", "emergent"),
    ("one leg is much bigger than the other and I'm short of breath", "venous_thromboembolism", "emergent"),
    ("right calf swollen compared to the left", "venous_thromboembolism", "urgent"),
    # travel
    ("back from Ghana last week with fevers and chills", "returned_traveller_fever", "emergent"),
    # airway infection (Ludwig's angina)
    ("the swelling under his jaw is on both sides now and his tongue is pushed up", "airway_infection", "emergent"),
    # breathing
    ("I can only say a few words at a time", "breathing_difficulty", "emergent"),
    ("his blue inhaler isn't helping at all", "breathing_difficulty", "emergent"),
    ("breathless and it has got worse every day, and now a fever", "breathing_difficulty", "emergent"),
    ("getting more short of breath than usual over the past week", "breathing_difficulty", "urgent"),
    # abdomen, surgical, eye, pregnancy, head injury, diabetes, pain
    ("tummy pain that is worse when the car goes over bumps", "acute_abdomen", "emergent"),
    ("sudden agonising pain in my belly going through to my back", "acute_abdomen", "emergent"),
    ("sudden severe pain in his testicle", "surgical_emergency", "emergent"),
    ("my foot went cold and white an hour ago and it hurts", "surgical_emergency", "emergent"),
    ("bad back and now I can't pee and my bum feels numb", "surgical_emergency", "emergent"),
    ("red painful eye and I see haloes around lights", "eye_emergency", "emergent"),
    ("sore red eye, light hurts it, I wear contact lenses", "eye_emergency", "urgent"),
    ("late period, pain low in my tummy and shoulder tip pain", "pregnancy_emergency", "emergent"),
    ("36 weeks pregnant with a terrible headache and flashing lights", "pregnancy_emergency", "emergent"),
    ("28 weeks pregnant and the baby is moving less than usual", "pregnancy_emergency", "urgent"),
    ("fell and hit his head, he takes apixaban", "head_injury", "emergent"),
    ("type 1 diabetic, sugar 27 and vomiting", "diabetic_emergency", "emergent"),
    ("my sugar is 2.4 and I feel confused", "diabetic_emergency", "emergent"),
    ("blood sugar 2.8 after my run", "diabetic_emergency", "urgent"),
    ("severe toothache since yesterday", "severe_pain", "urgent"),
    # added after the blind sets' first score (general rules for presentations it showed missing)
    ("my little girl has stridor even at rest", "breathing_difficulty", "emergent"),
    ("he can't swallow his spit, he's dribbling and has a high temperature", "breathing_difficulty", "emergent"),
    ("core temp 34.2 after a night outside", "abnormal_vital_signs", "emergent"),
    ("her flat was freezing and she's cold to touch and mumbling", "abnormal_vital_signs", "emergent"),
    ("a ripping pain went straight through to my back out of nowhere", "severe_pain", "emergent"),
    ("cough and headaches worse when I bend over, every day this week", "severe_pain", "urgent"),
    ("graze on my shin and the pain is way worse than it looks, feverish", "suspected_sepsis", "emergent"),
    ("kidney stone pain into the groin and now I've got a fever", "suspected_sepsis", "emergent"),
    ("she has a headache, the light hurts her eyes and her neck is stiff", "suspected_sepsis", "emergent"),
    ("dark purple blotches on his legs and he's vomiting", "suspected_sepsis", "emergent"),
    ("shingles on my back since Tuesday", "shingles", "urgent"),
    ("a boil under my arm that keeps growing", "suspected_sepsis", "urgent"),
    ("29 weeks pregnant and I'm bleeding", "pregnancy_emergency", "emergent"),
    ("gave birth 3 days ago and I'm soaking a pad every half hour", "pregnancy_emergency", "emergent"),
    ("8 weeks pregnant with some spotting", "pregnancy_emergency", "urgent"),
    ("my 2 year old has had a fever for a week, cracked red lips and peeling fingers", "paediatric_red_flags", "emergent"),
    ("my 5 year old is limping and has a temperature of 38.9", "paediatric_red_flags", "emergent"),
    ("he hasn't been able to pass urine since this morning", "surgical_emergency", "emergent"),
    ("my jaw aches when I chew and my vision has gone blurry", "eye_emergency", "emergent"),
    ("hot swollen knee and rigors", "septic_arthritis", "emergent"),
    ("my ankle is red, hot and swollen since this morning, no injury", "septic_arthritis", "urgent"),
    # added after blind set 3's first score
    ("spilt a pan of boiling water all down her legs, the skin is blistering", "injury", "emergent"),
    ("my 2 year old grabbed my hot tea, it went on his hand and it is blistering", "injury", "emergent"),
    ("burnt my arm on the oven door, one blister", "injury", "urgent"),
    ("chip pan caught fire and he breathed in a lot of smoke, burnt his hands", "injury", "emergent"),
    ("got a shock off the plug and my heart is racing now", "injury", "emergent"),
    ("we fished him out of the lake and he keeps coughing and seems really drowsy", "injury", "emergent"),
    ("fell off his bike and hit the side of his head on the kerb, now keeps repeating himself", "head_injury",
     "emergent"),
    ("my 9 year old is on his inhaler every few minutes and it isn't touching it, skin sucking in under his ribs",
     "breathing_difficulty", "emergent"),
    ("headache came on within a minute while lifting weights, then I was sick and my neck is stiff",
     "severe_pain", "emergent"),
    ("had my baby 10 days ago, now a bad headache and blurred vision, midwife said my BP was 150/100",
     "pregnancy_emergency", "emergent"),
    ("31 weeks, a horrible headache paracetamol didn't touch and my hands and face have puffed up",
     "pregnancy_emergency", "emergent"),
    ("long-standing back pain and now I can't feel the loo roll when I wipe", "surgical_emergency", "emergent"),
    ("abscess on a back tooth, now I can't open my mouth properly and I'm drooling", "suspected_sepsis",
     "emergent"),
    ("gran is pale and clammy and her BP cuff says 84/52", "abnormal_vital_signs", "emergent"),
    # added after blind set 4's first score
    ("she started risperidone last week, now she's rigid all over, burning up and barely responding",
     "medicine_toxicity", "emergent"),
    ("on fluoxetine and the dentist gave me tramadol, now I'm twitching, agitated and drenched in sweat",
     "medicine_toxicity", "emergent"),
    ("dad takes lithium and has been vomiting since last night and is a bit confused", "medicine_toxicity",
     "emergent"),
    ("mum's breast cancer has spread to her spine, back pain worse this week and now her legs keep giving way",
     "surgical_emergency", "emergent"),
    ("sudden pain low on my right side and I keep vomiting, I was told I have a cyst on my ovary",
     "surgical_emergency", "emergent"),
    ("sudden pain in his back and a pulsating lump in his tummy, he nearly fainted", "surgical_emergency",
     "emergent"),
    ("shower of black spots in my left eye and now a curtain coming across my vision", "eye_emergency",
     "emergent"),
    ("I've had a few new floaters since yesterday, vision otherwise fine", "eye_emergency", "urgent"),
    ("35+4, tummy has gone rock hard and really painful, and I haven't felt him move since", "pregnancy_emergency",
     "emergent"),
    ("my 8 month old has had diarrhoea for 2 days, only one wet nappy today and he's not waking properly for feeds",
     "paediatric_red_flags", "emergent"),
    ("I'm on dialysis and missed Monday's session, my legs feel weak and my heart keeps skipping",
     "kidney_emergency", "emergent"),
    ("he was working outside in 40 degrees, now confused and his skin is hot and dry", "injury", "emergent"),
    ("my husband was bitten by a snake on the trail, two small marks on his leg", "injury", "emergent"),
    ("dad just collapsed in the garden and he's gasping, not breathing normally", "injury", "emergent"),
    ("got bitten on the foot while hiking, I think it was a rattler, just two marks", "injury", "emergent"),
    ("3 day old baby vomiting dark green twice", "paediatric_red_flags", "emergent"),
    ("grandad says his tummy feels like something is throbbing in it and his back hurts", "surgical_emergency",
     "emergent"),
    ("39 weeks, waters just broke and I can feel something pulsating at the entrance of my vagina",
     "pregnancy_emergency", "emergent"),
    ("I have AF and this sudden, severe pain around my belly button started an hour ago", "acute_abdomen",
     "emergent"),
    ("I have Addison's and I've been sick three times, can't keep my hydrocortisone down", "endocrine_urological_emergency",
     "emergent"),
    ("an erection that won't go down for 5 hours after my new tablets", "endocrine_urological_emergency", "emergent"),
    ("my son has sickle cell and a temperature of 38.7 tonight", "suspected_sepsis", "emergent"),
    ("she had the baby 2 weeks ago and says the radio is sending her messages", "pregnancy_emergency", "emergent"),
    ("headache like being hit with a bat, came on instantly, and I chucked up", "severe_pain", "emergent"),
    # same-day (urgent) problems
    ("our dog bit my son's hand this morning, two puncture marks and it's swelling", "same_day_assessment", "urgent"),
    ("30 weeks pregnant and the soles of my feet itch like mad at night", "same_day_assessment", "urgent"),
    ("9 weeks pregnant and I can't keep anything down since yesterday", "same_day_assessment", "urgent"),
    ("asthma is playing up with this cold, using my blue inhaler 5 times a day", "same_day_assessment", "urgent"),
    ("I've run out of my epilepsy tablets and the chemist is closed", "same_day_assessment", "urgent"),
    ("she has earache and a temperature of 38.4 since yesterday", "same_day_assessment", "urgent"),
    ("my pulse on my watch feels irregular, all over the place, since this morning", "same_day_assessment", "urgent"),
    ("on methotrexate and I've got mouth ulcers and a sore throat", "same_day_assessment", "urgent"),
    ("the redness on my leg has gone past the pen line I drew last night", "same_day_assessment", "urgent"),
    # a faint with a high-risk feature of the event (ESC 2018)
    ("my heart was pounding and then I passed out on the bus", "syncope", "emergent"),
    # an eating disorder with red risk (RCPsych MEED 2022); Wernicke's in a heavy drinker (NICE CG100)
    ("he is being treated for anorexia and his pulse was 34 at the clinic", "eating_disorder_risk", "emergent"),
    ("drinks 90 units a week, now staggering about and has nystagmus", "wernicke_encephalopathy", "emergent"),
]

# never an emergency through the findings layer (urgent may be right for some)
NOT_EMERGENT: list[str] = [
    "what temperature counts as a fever in a baby under 3 months?",
    "if my 4 week old ever gets a fever, what should I do?",
    "my 4 month old has a temp of 38.2 the day after her jabs, feeding well",
    "I have COPD and my sats are always around 89%, that's my normal",
    "my resting heart rate is 48, I'm a runner",
    "my heart rate goes up to 170 when I run and comes down to 80 within a few minutes",
    "my mum had a DVT after her operation last year, should I wear flight socks?",
    "going to Thailand next month, which malaria tablets do I need?",
    "had malaria in Nigeria when I was a kid",
    "my father has had dementia for years and is confused most days, same as always",
    "I've had period pains for years, 9/10 on the first day",
    "both ankles swell in the evening, have done for years",
    "sore calf after a run yesterday, both legs ache the same",
    "NEWS2 thresholds: what does a respiratory rate of 25 score?",
    "I'm confused about my dose of metformin",
    "denies fever, temp 37.2, HR 78, RR 16, SpO2 98%",
    "my sats dropped to 91% once while my finger was cold, then 98% after warming it",
    "she had a temp of 38 two weeks ago and has been fine since",
    "I change a pad every 4 hours on my heaviest day",
    "my 6 week old had a fever two weeks ago, all tests were clear and she's been well since",
    "I get a migraine with blurred vision and a headache in my temples every month, same as always",
    "I've had the same stiff knee for years",
    "history of stroke, no new symptoms today",
    "burnt my finger on the oven tray, it's red and stings",
    "it burns when I pee and I need to go all the time",
    "sunburn on my shoulders from the beach, a bit pink",
    "got a little static shock off the car door",
    "swimming lessons start next week, how do I stop her being scared of going under the water?",
    "hay fever is awful, which tablet won't make me drowsy?",
    "had a baby 3 weeks ago, BP was 128/80 at the check, just tired",
    "my headache came on slowly over the day after staring at screens",
    "I take sertraline and my hands have a slight tremor in the mornings, is that normal?",
    "started quetiapine, feeling a bit stiff and sleepy in the mornings",
    "lithium level was 0.6 last week, when is my next blood test?",
    "had breast cancer 10 years ago, now a bit of back ache after gardening",
    "I've had the same few floaters for years",
    "my bump feels hard for a few seconds then relaxes, 30 weeks, baby kicking lots",
    "what's the dose of amoxicillin for an ear infection in a 4 year old?",
    "my dog bit his chew toy in half lol",
    "started amoxicillin, now a blotchy red rash on my arms, lips fine, breathing fine",
    "10 weeks pregnant, vomiting a lot, the midwife said urine ketones 3+",
    "my 12 year old's asthma is worse with a cold, wheeze increasing, breathing rate 24, talking in full sentences",
    "exam q: 70F, confusion, RR 30, BP 85/50, temp 39.5 - most likely diagnosis?",
    "it's 35 degrees today, which sun cream is best for a toddler?",
    "I collapsed on the sofa after work, so tired, is that normal in the first trimester?",
    "dialysis went fine today, a bit washed out after as usual",
    "I have Addison's, feeling fine, do I need a flu jab?",
    "my son has sickle cell, when is his next penicillin prescription due?",
    # set 7's look-alikes and their near misses
    "was weeding in 30°C heat and got dizzy, sat in the shade, feel normal again",  # the weather's 30°C
    "its going to be 35°C all week, how much extra can i drink on dialysis?",
    "I missed the gym sessions this week and my legs feel weak lol",  # no dialysis
    "An 8-month-old is drooling, chewing on everything and sleeping poorly, 37.6 °C",  # not sleeping pills
    "heart failure, she is not breathless at rest, sleeps on her usual two pillows",
    "my CD4 is 650 and I feel great, can I stop my meds?",
    "is it safe to use insect repellent on my toddler? she drools a lot",
    "how do I keep shampoo out of my baby's eyes",
    "I took 2 tablets of paracetamol and gave my 3 year old her calpol",
    "potassium was 4.6 last week, normal; the tv remote battery is flat",
    "30 weeks, baby moving a bit less this afternoon but kicked after I ate",
    "oximeter says 90% but i have copd and my nurse says my target is 88 to 92, i feel my normal self",
    "my kid threw up his dinner and his snot is green",
    "my son has sickle cell, his spleen was removed years ago, when is his penicillin due?",
    "I had chickenpox blisters as a kid; my lips are a bit dry and cracked in this cold weather",
    "we saw a snake at the zoo today; the mosquito bites on my legs itch",
    "my husband snores and stops breathing in his sleep, is that apnoea?",
    "the baby is breathing fine, not breathing fast",
    "pre op questionnaire. chest pain: no. short of breath climbing stairs: no. ever fainted: no.",
    "not suicidal or anything like that, just been feeling a bit flat since the clocks went back",
    # set 10's false alarms
    "A 7-month-old boy has been drooling, chewing his fists; a lower front tooth is visible under the gum.",
    "cramps in both calves after football on a 31 °C day, sweating, fully alert",
    "on apixaban, a bruise on his forearm after knocking it on a door frame. He did not fall or hit his head.",
    "A 4-month-old girl with a runny nose and cough, alert and smiling, respiratory rate 48.",
    "COPD, more breathless than usual on stairs, SpO2 93% in air (his usual is 92%)",
    "my glucose meter said 112 mg/dl this morning, ketone strip negative",
    "she slipped on the floor yesterday but got straight up, no pain",
]


def _findings(text: str) -> dict[str, str]:
    esc = screen([text], layers=("findings",))
    if esc is None:
        return {}
    return {f.category: f.level for f in esc.fired}


@pytest.mark.parametrize(("text", "category", "level"), FIRES)
def test_fires(text: str, category: str, level: str) -> None:
    assert _findings(text).get(category) == level, _findings(text)


@pytest.mark.parametrize("text", NOT_EMERGENT)
def test_not_emergent(text: str) -> None:
    esc = screen([text], layers=("findings",))
    assert esc is None or esc.level != "emergent", esc.fired if esc else None


def test_every_group_is_exercised_by_the_table() -> None:
    reported = {g.category for g in GROUPS if g.discriminators}
    assert reported <= {category for _, category, _ in FIRES}


def test_fired_findings_carry_evidence_and_a_source() -> None:
    esc = screen(["RR 26, SpO2 93%, HR 120, temp 39.2"], layers=("findings",))
    assert esc is not None and esc.layers == ("findings",)
    (news2,) = [f for f in esc.fired if f.name == "news2>=7"]
    assert news2.evidence == ("NEWS2 9 from 4 of 7 parameters (RR 26/min: 3, SpO2 93%: 2, "
                              "HR 120/min: 2, T 39.2 °C: 2)",)
    assert "NEWS2" in news2.source and news2.layer == "findings"
    assert all(f.source for f in esc.fired)


def test_negated_and_hypothetical_findings_do_not_count() -> None:
    assert _findings("my 6 week old has no fever, temp 37.4") == {}
    assert _findings("no vomiting or drowsiness after he bumped his head") == {}
    assert "venous_thromboembolism" not in _findings("no leg swelling, no calf pain")


def test_unknown_facts_and_twice_defined_concepts_are_rejected() -> None:
    bad = Group("x", (), (Discriminator("d", "urgent", ("no_such_fact",)),))
    with pytest.raises(ValueError, match="no_such_fact"):
        FindingsLayer((*GROUPS, bad))
    twice = Group("y", (Concept("fever_word", ("fever",)),), ())
    with pytest.raises(ValueError, match="fever_word"):
        FindingsLayer((*GROUPS, twice))
    with pytest.raises(ValueError, match="routine"):
        Discriminator("r", "routine", ("fever",))


def test_time_words_in_findings_do_not_swallow_context_triggers() -> None:
    # "today" belongs to a findings concept (recent hours) and also ends the history's scope
    esc = screen(["history of stroke, today slurred speech"])
    assert esc is not None and "stroke" in esc.categories
    assert screen(["my mum was confused last month with a UTI, she's back to herself now"]) is None


def test_gating_derived_facts_on_their_inputs_changes_nothing() -> None:
    from pathlib import Path

    from medgate.safety.evaluate import TRIAGE_DATA, load_level_vignettes, load_vignettes
    from medgate.safety.screen import FINDINGS, default_screener

    here = Path(__file__).parent
    texts = [v.text for p in sorted(here.glob("vignettes*.yaml")) for v in load_vignettes(p)]
    texts += [v.text for p in sorted(TRIAGE_DATA.glob("triage_*.yaml")) for v in load_level_vignettes(p)]
    texts += [text for text, _, _ in FIRES] + NOT_EMERGENT
    screener = default_screener()
    gated, every = FindingsLayer(GROUPS), FindingsLayer(GROUPS, gated=False)
    for text in texts:
        mentions, readings = screener.scan(text)
        concepts: dict[str, tuple[str, ...]] = {}
        for m in mentions:
            if m.category == FINDINGS and m.asserted:
                concepts[m.concept] = (*concepts.get(m.concept, ()), m.text)
        assert gated.fire(concepts, readings) == every.fire(concepts, readings), text


def test_every_derived_fact_declares_its_inputs() -> None:
    from medgate.safety.findings.facts import DERIVED_NAMES
    from medgate.safety.findings.gates import NEEDS

    assert set(NEEDS) == set(DERIVED_NAMES)


def test_no_concept_matches_the_empty_string() -> None:
    """A stray "|" at a pattern's edge (an alternative left empty) makes a concept match everywhere."""
    import re

    from medgate.safety.rules import CATEGORIES

    concepts = [c for g in GROUPS for c in g.concepts] + [c for cat in CATEGORIES for c in cat.concepts]
    empty = [c.name for c in concepts if any(re.compile(p, re.I).fullmatch("") for p in c.patterns)]
    assert empty == []
