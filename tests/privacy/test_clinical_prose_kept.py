"""What the strict filter kept wrong in clinical prose written by others (an audit of the medical QA
questions in ../shared/data/eval, where almost every masked character is no identifier; new examples
here): "heard" (a surname and a Georgia county, but a word the web uses a hundred times in a million:
"no murmurs heard"), a Fahrenheit temperature in brackets read as an age over 89 ("37.9°C (100°F)"),
an ordinal before a side and an anatomical series read as a day ("the 2nd left intercostal space",
"the 1st and 2nd metatarsals"), a word after "at the" read as a town ("heard best at the apex"), a
clinic's kind read as its name ("the outpatient clinic"), and a state after "is" read as a name
introduced ("the patient is intubated"), the verb "miss" read as a title ("made him miss several days"),
a genus before its species read as a name ("Neisseria meningitidis"), a lower-case "medical"
read as a facility's head ("Past medical history"), statistical methods named after people in research
abstracts ("Cox regression", "Kaplan-Meier") and "MR" before a lower-case word read as a title ("MR
angiography") and a capitalised word opening a table cell ("| Leukocyte count |"), an abbreviation the text defines
in brackets after its words ("reflux disease (GERD)", then "the GERD") read as a name;
benchmarks/prose_masking.py prints the audit. The near misses keep their masks: a surname "Heard" after a
title or a first name, an age with its sex, a day after "on the", a first name after "this is"."""

from __future__ import annotations

import pytest

from tests.privacy.helpers import leak_free, touched


@pytest.mark.parametrize(("text", "kept"), [
    ("Chest clear, no added sounds. Bowel sounds heard in all quadrants.", "heard"),
    ("RESP: coarse crackles heard at the right base, sats 94% on 2L", "heard"),
    ("A soft systolic murmur is heard best at the apex, radiating to the axilla.", "apex"),
    ("On admission her temperature was 38.3°C (101°F) and pulse 118/min.", "101"),
    ("Temp 37.8 °C (100 °F), BP 104/66.", "100"),
    ("A knife wound in the 4th left intercostal space, mid-clavicular line.", "4th"),
    ("X-ray shows fractures of the 2nd and 3rd metatarsals.", "2nd"),
    ("X-ray shows fractures of the 2nd and 3rd metatarsals.", "3rd"),
    ("Follow-up in the outpatient clinic in six weeks. Mrs Okoro agrees.", "outpatient"),
    ("The patient is intubated and sedated; Dr Silva informed.", "intubated"),
    ("The cough made her miss several shifts at work. Mr Osei is her partner.", "several"),
    ("Blood cultures grew Klebsiella pneumoniae; sputum grew Haemophilus influenzae.", "Haemophilus"),
    ("Stool PCR was positive for Campylobacter jejuni after the barbecue.", "Campylobacter"),
    ("A 52-year-old Man with AF. Past medical history includes gout.", "Past"),
    ("Hazard ratios were estimated with Cox proportional hazards models.", "Cox"),
    ("Hazard ratios came from Cox proportional hazards models; curves by Kaplan-Meier.", "Kaplan-Meier"),
    ("Medians were compared with the Mann-Whitney U test (Bonferroni corrected).", "Mann-Whitney"),
    ("Medians were compared with the Mann-Whitney U test (Bonferroni corrected).", "Bonferroni"),
    ("Contrast-enhanced MR angiography of the renal arteries was normal.", "angiography"),
    ("Labs today.\n| Test | Result |\n| --- | --- |\n| Leukocyte count | 11,200/mm3 |\n| Ferritin | 9 ng/mL |", "Leukocyte"),
    ("Labs today.\n| Test | Result |\n| --- | --- |\n| Leukocyte count | 11,200/mm3 |\n| Ferritin | 9 ng/mL |", "Ferritin"),
    ("A 60-year-old Man with AF. He has idiopathic intracranial hypertension (IIH); the IIH is stable.", "the IIH"),
    ("Screened with the Edinburgh Postnatal Depression Scale (EPDS). EPDS 14 today.", "EPDS 14"),
])
def test_clinical_prose_is_kept(text: str, kept: str) -> None:
    assert not touched(text, kept), (text, kept)


@pytest.mark.parametrize(("text", "value"), [
    ("Reviewed by Dr. Heard on the ward round.", "Heard"),
    ("Spoke with Lena Heard (niece) by phone.", "Lena Heard"),
    ("Mrs Abebe, 94 F, found on the floor at home", "94"),
    ("Clinic on the 2nd, bloods on the 3rd, then home", "2nd"),
    ("this is Ned from the pharmacy about her blister packs", "Ned"),
    ("hi miss tilda its about your mums tablets", "tilda"),
    ("Referred on from Greenbank Medical last week by her GP.", "Greenbank"),
    ("She was chatting with Oluwaseun from the day unit.", "Oluwaseun"),
    ("Reviewed in clinic by Dr Cox, who will write to the GP.", "Cox"),
    ("Daughter Ruth Pearson rang about the visit.", "Ruth Pearson"),
    ("MR OKAFOR SEEN ON WARD ROUND, PLAN DISCUSSED", "OKAFOR"),
    ("Transferred to Moi Teaching and Referral Hospital (MTRH). MTRH will call back.", "(MTRH)"),
    ("Seen with his niece Adaeze Okonjo-Bello (AOB), who signs for him.", "Adaeze Okonjo-Bello"),
])
def test_near_misses_stay_masked(text: str, value: str) -> None:
    assert leak_free(text, value), (text, value)
