"""General shapes behind blind PHI set 87's first-sight leaks (new examples written for these
tests, not the set's own texts): a taxi's cab number and the taxi firm a driver drives for ("cab
#4471", "drives for Checker Taxi"); a worn device's serial after its word and "number"/"serial"
("transmitter SN 8G4K2M"); an e-prescription's code ("e-recepta kod", "E-Rezept Code", "receita
código"); a pharmacy chain told by its branch ("the Rexall on Dundas", "cvs on 3rd"); an agency's
brand fused with a number after "from" ("from Care4U"); a first name after a verb of telling before
"my <role>" ("ask sione my keyworker"); a name before a phone emoji; an officer's initial before his
surname and badge number ("Sgt. R. OKAFOR #4410"). And the near misses on each side: counts,
doses, days, words of the sentence, and the keeps "dilt 30 po" and "BSL 9.2"."""

from __future__ import annotations

import pytest

from medgate.privacy import PhiType, detect
from tests.privacy.helpers import leak_free, touched


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a taxi's number, and the taxi firm after a driving cue
        ("He says he drives for Checker Taxi, taxi no. 318, nights mostly.", "318"),
        ("Pt drove for Bluebird Cabs (cab #5120) until March.", "5120"),
        ("collateral: drives for Checker Taxi, taxi no. 318", "Checker Taxi"),
        ("Pt drove for Bluebird Cabs (cab #5120) until March.", "Bluebird Cabs"),
        ("owns medallion 7K41, drives days", "7K41"),
        # a worn device's serial after its word and the serial's word
        ("my Dexcom transmitter SN 8G4K2M stopped talking to the phone", "8G4K2M"),
        ("the pump serial: PT-88213407 alarmed twice overnight", "PT-88213407"),
        ("Omnipod pod number is 4XQ19C22 and it failed at 2am", "4XQ19C22"),
        ("new CPAP machine serial no. 2214KZ0093 delivered today", "2214KZ0093"),
        # an e-prescription's code
        ("Tomek, odbierz e-recepta kod 7305 w aptece", "7305"),
        ("Bitte E-Rezept Code 5518 2207 in der Apotheke zeigen", "5518 2207"),
        ("a receita código 9034 chegou por SMS", "9034"),
        ("e-prescription code is 662019, pharmacy has it", "662019"),
        # a pharmacy chain told by its branch
        ("The Rexall on Dundas has my puffers ready.", "Rexall"),
        ("she gets them at cvs on 3rd and oak", "cvs"),
        ("Collect from Boots in Fforestfach after 2.", "Boots"),
        ("script sent to the Dis-Chem at Gateway", "Dis-Chem"),
        ("Rite Aid on Elm St called about the refill", "Rite Aid"),
        # an agency's brand fused with a number after "from"
        ("the carer from Care4U came at 8, mum had her tablets", "Care4U"),
        ("Nurse from HomeHelp24 dressed the leg ulcer.", "HomeHelp24"),
        # a first name told after a verb of telling, before "my <role>"
        ("can u ask sione my keyworker to ring me after 3", "sione"),
        ("pls tell mereana our cpn im in hospital", "mereana"),
        # a name before a phone emoji (a chat's contact line)
        ("Nurse visits Tuesdays.\nKwabena 📞 024 412 7781", "Kwabena"),
        ("any problems ring me\n— Zofia Nowak 📱 +48 512 330 918", "Zofia Nowak"),
        # an officer's initials before his surname and badge number
        ("HOLD PLACED BY SGT. R. OKAFOR #4410 AT 0215", "4410"),
        ("Brought in by Det. M. A. Osei badge 118 after the fall.", "118"),
    ],
)
def test_set87_shapes_are_masked(text: str, value: str) -> None:
    assert leak_free(text, value), (text, value, [(e.type, e.text) for e in detect(text, "strict")])


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        ("Pt drove for Bluebird Cabs (cab #5120) until March.", "5120", PhiType.VEHICLE),
        ("my Dexcom transmitter SN 8G4K2M stopped", "8G4K2M", PhiType.DEVICE),
        ("Tomek, odbierz e-recepta kod 7305 w aptece", "7305", PhiType.OTHER_ID),
    ],
)
def test_the_numbers_have_their_kind(text: str, value: str, kind: PhiType) -> None:
    assert any(e.text == value and e.type is kind for e in detect(text, "strict"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # counts, doses, lines that are no one's number
        ("sensor number 2 fell off in the shower", "2"),
        ("pump no 3 running at 5 ml/hr", "3"),
        ("came home by taxi, no problems on the way", "taxi"),
        ("monitor number 14 days, then review", "14"),
        ("recepta na 30 dni, 1 tabletka dziennie", "30"),
        # a chain's words without a branch, and the words that look like chains
        ("he had his boots on the ward all night", "boots"),
        ("knee clicks in the morning, no swelling", "clicks"),
        ("Walgreens at night is closed", "night"),
        ("CVS on Monday said no stock", "Monday"),
        # a number fused with a clinical or hospital word
        ("back from Covid19 isolation, swab negative", "Covid19"),
        ("results from Lab2 are pending", "Lab2"),
        # no name after the verb of telling
        ("can u tell my cpn im not well", "cpn"),
        ("tell him my nurse said to stop", "him"),
        ("ask about my cpn appointment", "about"),
        # a label before the phone emoji
        ("Out of hours:\nWard 📞 0161 496 0000", "Ward"),
        ("Mum 📱 07700 900123", "Mum"),
        # a dose after a drug's short name, a blood sugar level
        ("afib, rate controlled on dilt 60 po q8h", "dilt"),
        ("on amio 200 po daily since the cardioversion", "amio"),
        ("Nan's BSL 11.2 this morning before breakfast", "BSL 11.2"),
        ("BGL 6.8 after lunch, no insulin", "BGL 6.8"),
        ("DILT GTT 10 MG/HR, HR 90S", "DILT"),
        # a taxi firm's kind, no name
        ("works as a driver for a Black Cab firm", "Black Cab"),
    ],
)
def test_near_misses_stay(text: str, value: str) -> None:
    assert not touched(text, value), (text, value, [(e.type, e.text) for e in detect(text, "strict")])
