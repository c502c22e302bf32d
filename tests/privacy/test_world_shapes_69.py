"""General shapes behind blind PHI set 69's nursing notes (new examples written for these tests,
not the set's own texts): a pager or bleep read out in digit words ("bleep two one oh six"); a
police officer's badge number and a police case's number ("Sgt. Okafor badge 2291", "SAPS CAS
412/09/2024"); both names of a pair of sons or daughters when the first is also a word ("sons Will
and Dean"); a first name as a sentence's subject before a verb of travel ("Rob driving down from
Leeds"); a misspelt kin word before a lower-case name ("grandaughter kaylin is poa"); a Gaelic
surname with its particle apart after a title or an initial ("sr mc ginley", "A. Ní Dhonnchadha").
And the near misses on each side."""

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
