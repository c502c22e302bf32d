"""One table per category: phrasings that must fire it, and near misses that must not."""

from __future__ import annotations

import pytest

from medgate.safety import CATEGORY_NAMES, screen

FIRES: dict[str, tuple[str, ...]] = {
    "cardiac_chest_pain": (
        "ECG shows 2 mm ST elevation in leads V2 to V4, he feels sick",
        "a heavy pressure across my shoulder blades, sweaty and feeling sick",
        "he calls it indigestion but it came on climbing the stairs and goes into his left arm",
        "crushing chest pain",
        "chest pressure and short of breath",
        "chest tightness with nausea",
        "CP radiating to the left arm",
        "pain in my chest, I'm all clammy",
        "I think I'm having a heart attack",
    ),
    "stroke": (
        "his mouth has gone to one side and his words won't come out right",
        "she can't hold the spoon in her left hand and her speech is not clear",
        "her face is drooping",
        "slurred speech",
        "he can't lift his right arm",
        "suddenly can't see out of one eye",
        "worst headache of my life",
        "R hemiparesis",
        "she cannot lift her left arm",  # "cannot" as well as "can't"
        "he can’t move his right leg",  # curly apostrophe (phone keyboards)
        "mum is speaking strangely all of a sudden",
        "keeps dropping his cup from his right hand",
        "all of a sudden my leg went weak",
        "left arm numb",  # one numb arm, no chest pain: still a stroke sign
        "I went blind in my right eye an hour ago",  # monocular loss, no "sudden"
        "a curtain came down over my left eye",
        "my left arm feels like it is someone else's",  # sensory neglect
        "the room is spinning and I can't stand up",  # posterior: vertigo + ataxia
        "seeing double and can't walk in a straight line",  # ataxia + diplopia
        "suddenly seeing double",
    ),
    "anaphylaxis": (
        "my tongue is swelling",
        "hives and wheezing",
        "stung by a wasp and can't breathe",
        "lips swollen after eating peanuts",
        "she's in anaphylaxis",
        "after the cashews his tongue feels thick",
        "itching all over and can't breathe",
    ),
    "severe_bleeding": (
        "my dialysis fistula is bleeding and won't stop with pressure",
        "had my tonsils out last week and I'm spitting out bright red blood",
        "blood is squirting out in time with my heartbeat",
        "the cut won't stop bleeding",
        "vomiting blood",
        "coughing up blood",
        "black tarry stools and dizzy",
        "blood spurting from his leg",
        "got shot in the arm and there is so much blood",
        "blood in my stool and I feel faint",
    ),
    "sepsis": (
        "fever and confused",
        "T 39.1, HR 122",
        "temp 35.0 and hypotensive",
        "febrile with mottled skin",
        "my 3-week-old has a fever",
        "on chemo and spiking a fever",
        "UTI and now very confused",
        "fever, neck stiffness and photophobia",
        "febrile with red streaks up the arm",
        "?sepsis",
    ),
    "suicidal_ideation": (
        "I've given away my guitar and said my goodbyes, I won't be a burden much longer",
        "sorted my will and wrote a letter to my kids. there is no point going on",
        "I want to kill myself",
        "I want to end it all",
        "no reason to live",
        "better off without me",
        "Pt endorses SI",
        "I've been stockpiling my pills",
        "i wanted to die so i cut",
        "i bought rope to end it",
        "kms",
        "thinking of unaliving myself",
        "got a pistol and I might point it at myself",  # means + intent, no "kill"
        "I keep thinking about using them on myself",
        "the voices tell me to hurt myself",
        "I'm not okay, I want to die",  # "not okay" does not negate what follows
        "If I'm honest I want to die",  # nor does "if I'm honest" make it hypothetical
    ),
    "homicidal_ideation": (
        "states intent to stab coworker tomorrow",
        "tonight I'm going to put a pillow over his face",
        "I keep planning how to kill my stepdad",
        "I could kill him, I know where he lives",
        "I'm going to kill my neighbor",
        "thoughts of hurting my husband",
        "Pt reports HI toward his boss",
        "homicidal ideation",
        "I'm gonna take a rifle into work on Monday",  # a threat without "kill"
        "he has a knife and says he'll make them all pay",
        "she says the voices command her to kill her neighbour",  # command hallucinations
    ),
    "overdose": (
        "I've had about 24 paracetamol tablets since yesterday for my tooth",
        "my 3 year old was chewing on grandad's amlodipine, a few are missing",
        "my toddler was playing with the car key and the button battery is missing",
        "I think my 3 year old bit into a laundry pod",
        "we all have headaches since the gas fire went on and feel better when we go out",
        "the whole household is dizzy and even the cat is dopey, the old heater is on",
        "I took too many pills",
        "she swallowed 40 tablets",
        "my son drank bleach",
        "took heroin and now he's unresponsive",
        "carbon monoxide alarm and we all have headaches",
        "my daughter ate a few of her nan's heart tablets",
        "the baby drank something from under the sink",
        "she mixed wine with her sleeping pills and now she won't respond",
        "took a double dose of his digoxin, HR 38",  # a repeat dose, then bradycardia
        "grandad had his metoprolol again by mistake and his pulse is slow",
        "took ecstasy at a festival, now agitated and burning up",  # toxidrome
        "swallowed something a stranger gave him and is jerking and confused",
    ),
}

DOES_NOT_FIRE: dict[str, tuple[str, ...]] = {
    "cardiac_chest_pain": (
        "denies chest pain",
        "chest wall pain on palpation after lifting",
        "role play a patient with crushing chest pain and sweating for my OSCE practice",
        "family history of MI",
        "chest pain",  # no cardiac feature
        "heartburn after a curry, goes up into my throat",
        "what does ST elevation on an ECG mean?",
        "indigestion after dinner, better with gaviscon",
        "stable angina, chest pain on exertion, relieved by GTN in a minute",
    ),
    "stroke": (
        "no facial droop",
        "history of stroke",
        "stroke prevention with aspirin",
        "chest pressure with my left arm numb",  # anginal radiation: cardiac, not stroke
        "her face isn't drooping and her speech isn't slurred",  # contracted negation
        "a bit dizzy when I stand up",  # dizziness alone
        "I can't see out of my right eye very well since the cataract got worse",  # partial
        "I'm writing a novel where the hero has a stroke and his face droops",
    ),
    "anaphylaxis": ("history of anaphylaxis", "itchy eyes from pollen", "mild hives, no swelling"),
    "severe_bleeding": (
        "gums bleed when brushing",
        "Vomiting twice this morning. Urine dipstick showed blood and protein.",
        "it stopped bleeding",
        "denies melena",
        "small cut, a little blood",
    ),
    "sepsis": (
        "mild fever",
        "afebrile, HR 80",
        "I'm confused about my dosing",
        "had pneumonia last year",
    ),
    "suicidal_ideation": (
        "denies SI",
        "I'm dying to see that film",
        "suicide prevention week",
        "I'm not suicidal",
        "I am not suicidal, just exhausted",
        "ran 10 kms today",
        "going to end it with my boyfriend",
        "gave away my old sofa to a neighbour, the new one comes tomorrow",
        "for my nursing exam: a patient who has given away belongings and says goodbye — what is the risk?",
        "I bought a gun to protect myself",
    ),
    "homicidal_ideation": (
        "kill the process",
        "the drug will kill the bacteria",
        "denies HI",
        "my glucose meter says HI and I'm thirsty",  # a meter's reading, not homicidal ideation
        "I'm going to bring a knife to cooking class",
        "we'll make them pay for the broken fence",
        "i could kill my sister she used all the hot water",  # the everyday idiom
        "I could murder a curry",
        "we need to end the meeting by five",
    ),
    "overdose": (
        "what is the max dose of tylenol?",
        "poison ivy",
        "took my pills as prescribed",
        "in the film a man overdoses on heroin",
        "I'm writing a thriller where the nurse kills with an insulin overdose",
        "I take my blood pressure pills twice a day and feel a bit dizzy",
        "I had a coke and feel very hot",
        "I'm in recovery and I worry one of my friends will overdose, where do I get naloxone?",
        "three hours of unconscious bias training and my neck is stiff",
        "since we turned the heating on my hay fever is worse",
        "the boiler engineer is coming tomorrow, can I take paracetamol for my headache?",
    ),
}


def _categories(text: str) -> tuple[str, ...]:
    esc = screen([text])
    return esc.categories if esc else ()


@pytest.mark.parametrize(
    ("category", "text"), [(c, t) for c, texts in FIRES.items() for t in texts]
)
def test_fires(category: str, text: str) -> None:
    assert category in _categories(text)


@pytest.mark.parametrize(
    ("category", "text"), [(c, t) for c, texts in DOES_NOT_FIRE.items() for t in texts]
)
def test_does_not_fire(category: str, text: str) -> None:
    assert category not in _categories(text)


def test_every_category_has_both_tables() -> None:
    assert set(FIRES) == set(DOES_NOT_FIRE) == set(CATEGORY_NAMES)
