"""General shapes behind blind PHI set 69's nursing notes (new examples written for these tests,
not the set's own texts): a pager or bleep read out in digit words ("bleep two one oh six"); a
police officer's badge number and a police case's number ("Sgt. Okafor badge 2291", "SAPS CAS
412/09/2024"); both names of a pair of sons or daughters when the first is also a word ("sons Will
and Dean"); a first name as a sentence's subject before a verb of travel ("Rob driving down from
Leeds"); a misspelt kin word before a lower-case name ("grandaughter kaylin is poa"); a Gaelic
surname with its particle apart after a title or an initial ("sr mc ginley", "A. Ní Dhonnchadha");
a care home or a transitional care unit by its name ("to Elm Hollow TCU", "from mornington gardens
aged care"); the business its owner runs, in brackets ("runs his own café (Café Lumen)"); a South
African township's stand ("STAYS AT 1187 ZONE 7, MEADOWLANDS"); a mail bag's town and postal code
("Private Bag X2210, Tlhabane 0309"); a nickname owning a kin word ("(bazza's daughter)"). Kept: the abbreviated mental test's score ("AMTS 7/10"). And
the near misses on each side."""

from __future__ import annotations

import pytest

from medgate.privacy import detect
from tests.privacy.helpers import leak_free, touched


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("dr. lind paged at pager two one oh six, came to bedside", "two one oh six"),
        ("bleep three three nought one for the reg", "three three nought one"),
        ("hospitalist on ext. four four seven two", "four four seven two"),
        ("call beeper number five five two nine if HR < 40", "five five two nine"),
        ("Mesa PD, Officer Lindqvist #4471, on 72hr hold", "4471"),
        ("Sgt. Okafor badge 2291 attended at 0300", "2291"),
        ("DEPUTY RUIZ, BADGE NO. 447 AT BEDSIDE", "447"),
        ("POLICE CAS 412/09/2024 - SAPS MEMBER VISITED", "412/09/2024"),
        ("police case no. 24-118832 given to pt", "24-118832"),
        ("garda report # 2025-00412 to follow", "2025-00412"),
        ("pt's wife Dana Holt, sons Will and Dean Holt, SW present", "Will"),
        ("daughters May and June Ellis at bedside", "May"),
        ("Will flying in from Tulsa, arrives tomorrow", "Will"),
        ("Pt stable. Rob driving down from Leeds tonight.", "Rob"),
        ("Pat arriving tomorrow am to discuss", "Pat"),
        ("grandaughter kaylin is poa, called x2", "kaylin"),
        ("daugther brynn called re visiting", "brynn"),
        ("sr mc ginley aware re pt pulling o2 off", "mc ginley"),
        ("dr o donnell informed, no new orders", "o donnell"),
        ("A. Ní Dhonnchadha CNM2", "A. Ní Dhonnchadha"),
        ("D. Mac Suibhne, CNM1", "D. Mac Suibhne"),
    ],
)
def test_pagers_police_numbers_kin_and_particles_are_masked(text: str, value: str) -> None:
    assert leak_free(text, value), (text, detect(text, "strict"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("bleep x two, no answer", "two"),
        ("pager one of the team if worse", "one"),
        ("Officer at bed #12 for IV", "12"),
        ("case 3 of 5 today", "3 of 5"),
        ("sons will and daughters visit weekends", "will"),
        ("Son flying in from Perth", "Son"),
        ("Family coming in at 1400.", "Family"),
        ("Patient arriving from ED at 0300", "Patient"),
        ("Physio coming back at 2", "Physio"),
        ("Still driving at 90, no falls", "Still"),
        ("grandaughter is poa", "poa"),
        ("nurse o the ward informed", "the ward"),
        ("B. O Neg blood crossmatched", "O Neg"),
        ("sr o2 sats 94% RA", "o2"),
    ],
)
def test_counts_kin_words_and_near_misses_stay(text: str, value: str) -> None:
    assert not touched(text, value, "strict"), (text, detect(text, "strict"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("plan d/c to Elm Hollow TCU in 1-2 days", "Elm Hollow"),
        ("mrs jo keane, 90, from mornington gardens aged care in ocean grove", "mornington gardens"),
        ("to Ashgrove Nursing Home tomorrow", "Ashgrove"),
        ("came in from ashby court care home. hosp no. 4471", "ashby court"),
        ("Runs his own café (Café Lumen), advised no work for 2 weeks", "Café Lumen"),
        ("owns a bakery (Crumb Street Bakehouse)", "Crumb Street"),
        ("PT STAYS AT 1187 ZONE 7, MEADOWLANDS WITH MOTHER", "1187 ZONE 7"),
        ("PT STAYS AT 1187 ZONE 7, MEADOWLANDS WITH MOTHER", "MEADOWLANDS"),
        ("lives at 887 Extension 12, Tembisa", "887 Extension 12"),
        ("lives at 41 ext 3, soshanguve with gran", "soshanguve"),
        ("Private Bag X2210, Tlhabane 0309    Tel 014 555 1234", "0309"),
        ("Locked Bag 3, Parramatta 2124", "2124"),
        ("hi it's karen (bazza's daughter). dad had a fall", "bazza"),
        ("hi its jo, col's wife. he is worse today", "col"),
        ("this is Nev's daughter, re his meds", "Nev"),
    ],
)
def test_homes_businesses_and_township_stands_are_masked(text: str, value: str) -> None:
    assert leak_free(text, value), (text, detect(text, "strict"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("d/c to TCU tomorrow if stable", "TCU"),
        ("to residential aged care when bed available", "residential"),
        ("from a nursing home, baseline mobility", "nursing home"),
        ("to her care home with carers", "care home"),
        ("came in from ashby court care home. hosp no. 4471", "came in from"),
        ("runs a café (part time)", "part time"),
        ("restaurant (BBQ) food, no diarrhoea", "BBQ"),
        ("pain in zone 2, radiating", "zone 2"),
        ("GCS 15 ZONE 2, DIZZY", "ZONE 2"),
        ("called 2 ext 4, no answer", "ext 4"),
        ("delirium resolving. AMTS 7/10 today", "7/10"),
        ("amts 8/10 on arrival", "8/10"),
        ("PMB 40, Given 1000 units IV", "1000"),
        ("pt's daughter called at 1400", "pt"),
        ("the doctor's wife rang the ward", "doctor"),
        ("mum's sister is here today", "mum"),
        ("the man's son visited", "man"),
        ("the landlord's son found him", "landlord"),
    ],
)
def test_kinds_of_home_clinical_zones_and_scores_stay(text: str, value: str) -> None:
    assert not touched(text, value, "strict"), (text, detect(text, "strict"))


# -- a brand before a morning-noon-night schedule is a medicine, its strength code between or not
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("amma is on Gluconorm G2 1-0-1 and Rosuvas 10 0-0-1", "Gluconorm"),
        ("Telvas 40 0-0-1 after food since march", "Telvas"),
        ("taking Zoryl M1 ½-0-½ before meals", "Zoryl"),
    ],
)
def test_a_brand_before_its_daily_schedule_is_kept(text: str, value: str) -> None:
    assert not touched(text, value, "strict"), (text, detect(text, "strict"))


def test_a_name_before_a_schedule_with_a_title_is_still_masked() -> None:
    text = "seen by Dr Chandrasekaran 1-0-1 advised, review in 2 weeks"
    assert leak_free(text, "Chandrasekaran"), detect(text, "strict")


# -- an ECG's "ST"/"STE" in capitals in a mixed-case note is no saint before the next sentence's word
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("ECG reviewed by reg - no STE. Trop sent at 14:10", "Trop"),
        ("ECG: sinus, no ST. Bloods sent, Trop 14", "Bloods"),
    ],
)
def test_an_ecgs_st_is_no_saint(text: str, value: str) -> None:
    assert not touched(text, value, "strict"), (text, detect(text, "strict"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("transferred from St. Aldhelm's this am", "Aldhelm"),
        ("TRANSFERRED FROM ST. OSWIN'S TODAY", "OSWIN"),
        ("Seen at ST. CUTHBERTS in the morning", "CUTHBERTS"),
    ],
)
def test_a_saints_hospital_is_still_masked(text: str, value: str) -> None:
    assert leak_free(text, value), (text, detect(text, "strict"))
