"""General shapes behind blind PHI set 61 (US nursing notes, letters from seven countries, chats;
new examples written for these tests, not the set's own texts): a nickname given in quotes and used
again, a first name after a relation outside the family, an employer in capitals in brackets after
"at work", a mail bag, a shop's unit, a feast day, a town after a care home or before an Indian PIN,
a Malaysian postcode before its town and a chat's particle, a Brazilian quadra and lote, a South
African folder, a Vietnamese record number and hospital, a lower-case first name opening a sentence
before what a person does or feels, a lower-case neighbourhood after its city and an employer's
nickname before its depot; which are masked. A pain score after its
shorthand, "perm" before a pacer, a drug's clinic and a count per cubic millimetre stay. And the near
misses on each side."""

from __future__ import annotations

import pytest

from medgate.privacy import detect
from tests.privacy.helpers import leak_free, touched


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ('0200 pt calling out for "ned" - ned is her son per chart, no answer at home.', "ned"),
        ('0200 pt calling out for "ned" - ned is her son per chart, no answer at home.', "- ned"),
        ('spoke w/ niece rosalind (goes by "roz"), roz will come in am', "), roz"),
        ('pt\'s husband ("bert") phoned at 0400, updated on plan', "bert"),
        ("Pt asks that we call her landlord Clive re: the cat.", "Clive"),
        ('states "phone my sponsor Wade, he knows", 412 555 0190', "Wade"),
        ("SON GERALD WORKS LATES - CALL AT WORK (MOBILE DRYDOCK) 251-555-0100", "MOBILE DRYDOCK"),
        ("University Teaching Hospital\nP.M.B. 2217, Jos, Plateau State", "P.M.B. 2217"),
        ("Write to Private Mail Bag 40, Kumasi, for the records", "Private Mail Bag 40"),
        ("Send the form to Private Bag X9105, Polokwane", "Private Bag X9105"),
        ("Seaside Family Practice\nShop 7, 22 Strand, Townsville QLD 4810", "Shop 7, 22 Strand"),
        ("She was admitted on St. Brigid's Day with a urinary sepsis.", "St. Brigid's Day"),
        ("He fell at home on Boxing Day and lay on the floor overnight.", "Boxing Day"),
        ("Discharged to Ardmore Nursing Home, Doon, for convalescence.", "Doon"),
        ("LAKSHMI NURSING HOME\nKazipet - 506003\nPh: 0870 2500000", "Kazipet"),
        ("rumah baru: No. 5, Jalan Kenanga 2, Taman Mutiara, 14300 Nibong Tebal ya, tq", "14300"),
        ("o endereço novo é rua 9 qd 41 lt 12, perto da feira", "rua 9 qd 41 lt 12"),
        ("Pt Ms Lerato Dlamini, folder KPH 2290/23, due for bloods", "KPH 2290/23"),
        ("Bà Trần Thị Hoa, mã BN 24.11873, sốt cao từ hôm qua", "24.11873"),
        ("Gia đình xin chuyển về BV Tâm An để tiện chăm sóc", "Tâm An"),
        ("hi its only me. ted was very agitated again after tea, gave the prn", "ted"),
        ("rang at 9. gwen refused her tablets again and wants her son", "gwen"),
        ("BP was 160/95. i'm in accra now, osu, near the mall", "osu"),
        ("we are in kano too, sabon gari, since june", "sabon gari"),
        ("sore back from lifting at the sainos dc last week", "sainos"),
        ("on shift at the amzn warehouse all week", "amzn"),
    ],
)
def test_contacts_boxes_feasts_towns_and_records_are_masked(text: str, value: str) -> None:
    assert leak_free(text, value), (text, detect(text, "strict"))


@pytest.mark.parametrize(
    ("text", "keep"),
    [
        ('pt asking for "water" all night, sips given', "water"),
        ("my sponsor said to keep going to meetings", "said"),
        ("Call his boss Monday about the sick note", "Monday"),
        ("hurt it at work (Carpal Tunnel) and off since", "Carpal Tunnel"),
        ("hurt it at work (Sciatica Flare) and off since", "Sciatica Flare"),
        ("Give 1 bag of fluids over 4 hours, PMB 2 units", "bag of fluids"),
        ("went to the shop 2 days ago and felt dizzy", "shop 2 days"),
        ("seen at St. Luke's Hospital in the day unit", "day unit"),
        ("over Christmas she stopped eating", "Christmas"),
        ("infusions every 6 weeks at St. Columba's day ward", "day ward"),
        ("Admitted to Mercy Hospital, Cardiology, for a pacemaker check.", "Cardiology"),
        ("Admitted to the Hospital, Monday, with chest pain.", "Monday"),
        ("metformina 500 qd e insulina 10 UI", "500 qd"),
        ("the folder is empty, no notes from the clinic", "folder is empty"),
        ("BV Treated with metronidazole 400 mg BD for 7 days", "Treated"),
        ("Hb 10.2, WBC 8,000 - 2,000 range, 12000 Units of heparin given", "12000 Units"),
        ("max was 38.9 overnight, gave paracetamol", "max"),
        ("will call tomorrow about the bloods", "will"),
        ("the patient was very confused overnight", "patient"),
        ("ed called to say the bed is ready at 4", "ed"),
        ("i am in london now, sadly, but back soon", "sadly"),
        ("in bed now, ugh, so tired", "ugh"),
        ("picking at the local depot today", "local"),
    ],
)
def test_near_misses_stay(text: str, keep: str) -> None:
    assert not touched(text, keep, "strict"), (text, detect(text, "strict"))


@pytest.mark.parametrize(
    ("text", "keep"),
    [
        ("1400 C/O CP 7/10 RADIATING TO L ARM, NTG X1", "CP 7/10"),
        ("pt c/o HA 5/10, tylenol given", "HA 5/10"),
        ("headache 8/10 since this morning", "headache 8/10"),
        ("S/P PERM PACER 2019, INTERROGATED TODAY, PACED 70", "PERM PACER"),
        ("perm cath R IJ, HD MWF", "perm cath"),
        ("INR check at the Bayview Warfarin Clinic next week", "Warfarin"),
        ("TLC 9,400/cumm, platelets 1.4 lakh/cumm", "9,400/cumm"),
    ],
)
def test_scores_devices_clinics_and_counts_stay(text: str, keep: str) -> None:
    assert not touched(text, keep, "strict"), (text, detect(text, "strict"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("seen on 6/10 for chest pain", "6/10"),
        ("She moved here from Perm in 2019", "Perm"),
        ("INR check at the Bayview Warfarin Clinic next week", "Bayview"),
    ],
)
def test_the_near_misses_the_other_way_are_still_masked(text: str, value: str) -> None:
    assert leak_free(text, value), (text, detect(text, "strict"))
