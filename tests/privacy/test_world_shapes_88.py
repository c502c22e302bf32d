"""General shapes behind blind PHI set 88's leaks (new examples written for these tests, not the
set's own texts): a Malaysian or Singaporean "madam"/"mdm" before a full name in lower case ("madam
lim mei fong"), a kin word and the Hokkien "ah" before a given name ("my uncle ah keong"); a UK
postcode voice-typed with its inward code split ("LS6 2 UT"); a specimen's code after "labelled"; a
member id read out letter by letter ("a b c four four ..."); a bare ordinal day before a part of
the day ("on 12th evening"); an employer before its department in brackets after a work phone
("WORK # (MEMORIAL HERMANN LAB)"); a double-barrelled surname after a quoted nickname; a chain's
care-home site after a dash ("Atria Senior Living - Oak Hollow"); a business and its town in
brackets after "at" ("AT BOWLING ALLEY (BOWLERO - PLANO)"); a pharmacy chain and its street address
after a comma ("Walgreens #4410, 88 Harbor Blvd"); a practice named before its specialties and "&"
("Bayou City Pediatric Cardiology & Wellness"); a Malaysian public hospital by its town or patron in
lower case ("hospital ampang"); a clinic's street bare after "on" ("the clinic on pulaski"). And
a doctor's full name after "Dra."
before her council's registration ("- CRM-PE 12.345"). And the near misses on each side."""

from __future__ import annotations

import pytest

from medgate.privacy import detect
from tests.privacy.helpers import leak_free, touched


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("sorry to bother, this is for madam lim mei fong (IC 520101-08-1234)", "lim mei fong"),
        ("mdm wong lai kuen cannot come on friday", "wong lai kuen"),
        ("pls call her uncle ah keong if no answer", "ah keong"),
        ("the postcode for the taxi is LS6 2 UT thanks", "LS6 2 UT"),
        ("post code is EH10 5 HF, buzz flat 2", "EH10 5 HF"),
        ("blood tubes labelled QMC-24-1187 sent to lab", "QMC-24-1187"),
        ("embryos labeled as IVF-2291-07 moved to tank B", "IVF-2291-07"),
        ("my member id is a b c four four one two nine zero three", "a b c four four one two nine zero three"),
        ("Exam on 14th. Can I come on 12th evening? pain is less", "12th"),
        ("back from trip, can come by 3rd evening only", "3rd"),
        ("MOTHER'S WORK # (BAYLOR SCOTT WHITE LAB) 214-555-0100.", "BAYLOR SCOTT WHITE"),
        ('3 YO M "LITTLE MO" OKAFOR-BRANDT, MRN 5512009', "OKAFOR-BRANDT"),
        ('Ayo "Peanut" Osei-Larbi, 4 yo, here with dad', "Osei-Larbi"),
        ("admitted from Atria Senior Living - Oak Hollow. Full code.", "Oak Hollow"),
        ("FELL AT BOWLING ALLEY (BOWLERO - PLANO). DAD AT BEDSIDE", "BOWLERO"),
        ("hurt at the climbing gym (Rockreation - Provo) on a fall", "Rockreation"),
        ("Rx sent to Walgreens #4410, 88 Harbor Blvd, Ventura.", "88 Harbor Blvd"),
        ("rx to CVS Pharmacy #2210, 4100 Stevens Creek, San Jose", "4100 Stevens Creek"),
        ("e-prescribed to Rite Aid, 12 Orchard Way, Media PA", "Rite Aid"),
        ("Bayou City Pediatric Cardiology & Wellness\n123 Main St", "Bayou City"),
        ("FAX COVER\nLake Country Orthopedics & Spine\nTo: Dr. Ames", "Lake Country"),
        ("my mum in hospital sultanah aminah ward 5 since sunday", "sultanah aminah"),
        ("she is in hospital ampang now", "ampang"),
        ("i go to the free clinic on pulaski every month", "pulaski"),
        ("CALLED FROM WORK (SPRINGFIELD HOSP LAB) 413-555-0100", "SPRINGFIELD"),
        ("Recife, 2 de maio de 2025.\nDra. Helena Borges dos Anjos Tavares - CRM-PE 12.345", "Helena Borges dos Anjos Tavares"),
        ("Dr. Otávio Quintela Brum, CRM-RS 40.112", "Otávio Quintela Brum"),
    ],
)
def test_set_88_shapes_are_masked(text: str, value: str) -> None:
    assert leak_free(text, value), (text, value, detect(text, "strict"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("madam said she will come tomorrow", "said"),
        ("ok madam is fine now, no more pain", "fine"),
        ("my brother ah is coming later to fetch", "coming"),
        ("tumour staged T2 3 NO on the scan, see postcode form", "T2 3 NO"),
        ("syringes labelled NBM and left on the tray", "NBM"),
        ("levels marked L4-5 on the film", "L4-5"),
        ("started on 2nd line treatment, 5th floor bed 3", "2nd"),
        ("he is on 3rd day of fever, 2nd dose given", "3rd"),
        ("on 3rd night of admission he spiked", "3rd"),
        ("1st am dose given at 0800", "1st"),
        ("DAD WORK # (CLINICAL RESEARCH LAB) AWARE", "CLINICAL RESEARCH"),
        ('pt says "no" NON-COMPLIANT with meds', "NON-COMPLIANT"),
        ("from Sunrise Senior Living - Memory Care. DNR.", "Memory Care"),
        ("seen at clinic (MRI - Left Knee) this morning", "MRI"),
        ("try CVS, 2 refills left on the metformin", "CVS"),
        ("General Pediatric Surgery & Urology will review", "General"),
        ("Referred to Pediatric Orthopedics & Sports Medicine", "Referred"),
        ("Gynecology - Reproductive Endocrinology & Infertility", "Reproductive"),
        ("went to hospital canteen for lunch", "canteen"),
        ("in hospital since monday, bed 4", "since"),
        ("off Friday for a hospital appt (knee)", "appt"),
        ("which hospital dem finally carry am go?", "dem"),
        ("clinic on monday pls, pharmacy on call tonight", "monday"),
        ("CALLED FROM WORK (SPRINGFIELD HOSP LAB) 413-555-0100", "HOSP"),
    ],
)
def test_set_88_near_misses_stay(text: str, value: str) -> None:
    assert not touched(text, value), (text, value, detect(text, "strict"))
