"""General shapes behind blind PHI set 66 (chats, ward notes and letters from ten countries; new
examples written for these tests, not the set's own texts): a licence plate after "vehicle"; a
Pacific seven-digit phone after a number word ("number", "my no", "mob"); the writer's name after
"this is" in an opening greeting, an English word or not ("Bula Sr X, this is Mere from ..."); a
name after a ward role written as a label ("SISTER INCHARGE: NAME"); a lower-case patient's
three-part name with age and sex after "pt:"; a street before its town ("on Union Street
Aberdeen"); an Indian door number and a Scottish tenement flat with their street; a facility's
name in a capitals heading before whom it serves ("SRI X CHILDREN'S CLINIC"), a hospital before
its ward after a dash or "at" ("psych liaison - ninewells, ward 8"), a hospital by its initials
after its doctor ("Dr. X, NNI."); a suburb after "NEAR" in a note in capitals.
And employers and shops where only they stand ("Employer/Scheme: X", "To: Human Resources, X",
"works as Grab driver", "at X on Portage Ave"), a lower-case health centre or temple with its whole
name ("the namaka health centre", "the sri siva subramaniya temple"), a firm after "my employer,"
or a boss ("my boss at pick n pay kempton park wants"), a hospital by its initials before its
town ("DMC LUDHIANA"), the road a hospital stands on right after it ("bhatia hosp grant road").
(These last four the tagger found in set 66 once it had seen the set; the rules now find them
without it.)
Kept: a run of a rhythm counted in beats ("9 beat run of vt"), a clinic's kind by its abbreviation
("tb clinic"), a drug's brand between its route and its frequency ("neb duolin q6h"), an eponymous
sign written bare with its accent ("Lasègue positive"). And the near misses on each side."""

from __future__ import annotations

import pytest

from medgate.privacy import detect
from medgate.privacy.lexicon import lexicon
from medgate.privacy.strict.ward_hospitals import ward_hospital_spans
from tests.privacy.helpers import leak_free, touched


@pytest.mark.parametrize(
    ("text", "keep"),
    [
        ("tele: 12 beat run of nsvt at 0340, asymptomatic", "12 beat run"),
        ("had a 4 beats run of VT on the monitor", "4 beats run"),
        ("a 20 second run of svt, self-terminated", "20 second run"),
        ("she attends the hiv clinic every month", "hiv clinic"),
        ("missed my arv clinic last week coz of transport", "arv clinic"),
        ("booked into the COPD Clinic for spirometry", "COPD"),
        ("went to the ANC clinic for her 28 week check", "ANC"),
        ("nebs levolin 6 hourly and budecort bd", "levolin"),
        ("tab dolo sos for fever, syp grilinctus tds", "dolo"),
        ("NEB DUOLIN Q4H, INJ PAN OD", "DUOLIN"),
        ("L5/S1 prolapse, Lasègue positive at 40 degrees", "Lasègue"),
        ("neck: Lhermitte positive on flexion", "Lhermitte"),
        ("SLR 30 deg, Lasegue positive on the left", "Lasegue"),
    ],
)
def test_rhythm_runs_clinic_kinds_route_drugs_and_signs_stay(text: str, keep: str) -> None:
    assert not touched(text, keep, "strict"), (text, detect(text, "strict"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("she lives at 14 Fox Run, Dover", "14 Fox Run"),
        ("referred from Soweto TB Clinic with a cough", "Soweto"),
        ("the matron of Khayelitsha HIV clinic rang", "Khayelitsha"),
        ("Mrs Lasègue rang about her husband", "Lasègue"),
        ("inj given by kamala stat", "kamala"),
    ],
)
def test_streets_places_and_people_by_those_words_are_still_masked(text: str, value: str) -> None:
    assert leak_free(text, value), (text, detect(text, "strict"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("MVA, PATIENT DRIVER. VEHICLE ND 412-077 (PER POLICE).", "ND 412-077"),
        ("drives for Bolt, vehicle SJK 2284 B, off work 2/52", "SJK 2284 B"),
        ("the other vehicle GP 44 XY ZN was towed away", "GP 44 XY ZN"),
        ("her son works at the sugar mill, number 9314 772.", "9314 772"),
        ("pls call me back, my no 7731 904. vinaka", "7731 904"),
        ("mob 678 2210 after 5pm", "678 2210"),
        ("his number is 921 4476", "921 4476"),
    ],
)
def test_plates_after_vehicle_and_seven_digit_phones_after_number_words_are_masked(text: str, value: str) -> None:
    assert leak_free(text, value), (text, detect(text, "strict"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("VEHICLE ROLLOVER AT 80 KPH, GCS 3", "ROLLOVER"),
        ("vehicle vs pedestrian, GCS 14 on scene", "vs pedestrian"),
        ("number 3 tabs taken, 1000 mg each", "3 tabs"),
        ("no 1234 567 in stock at the pharmacy", "1234 567"),
    ],
)
def test_near_misses_stay(text: str, value: str) -> None:
    assert not touched(text, value, "strict"), (text, detect(text, "strict"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Bula Sr Mereani, this is Hope from Labasa Hospital. Pt transferred", "Hope"),
        ("Hello Dr Osei, it's Will at the front desk, your 3pm is here", "Will"),
        ("Kia ora Nurse Pania, this is Faith Tane from ward 5.", "Faith Tane"),
        ("Good morning sister, this is Grace, the ward clerk", "Grace"),
        ("Talofa Dr Leota, this is Rose here about my dad", "Rose"),
    ],
)
def test_the_writer_after_this_is_in_an_opening_greeting_is_masked(text: str, value: str) -> None:
    assert leak_free(text, value), (text, detect(text, "strict"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("SHEATH REMOVED, NO OOZE.\nSISTER INCHARGE: KULDEEP\n", "KULDEEP"),
        ("Nurse in-charge: Thandeka Mokoena", "Thandeka Mokoena"),
        ("NURSE IN CHARGE: GURPREET", "GURPREET"),
        ("Staff nurse: Nomvula, RN", "Nomvula"),
        ("pt: suresh dattatray pawar 68/m, bed 9", "suresh dattatray pawar"),
        ("pt: lakshmi devi nair 70 f, ward 3", "lakshmi devi nair"),
        ("Hi, Fiona from Lloyds on George Street Perth. Your patient", "George Street"),
        ("the chemist on Castle Road Bangor has the script", "Castle Road"),
        ("D.No. 7-12-4, Nehru Road, Guntur - 522002", "D.No. 7-12-4, Nehru Road"),
        ("door no 3-45/1, main bazaar road, vijayawada", "3-45/1, main bazaar road"),
        ("lives with her son, flat 3/2, 41 westmuir, glasgow", "flat 3/2, 41 westmuir"),
        ("Address: Flat 0/1, 12 Gallowgate, Glasgow", "12 Gallowgate"),
    ],
)
def test_names_after_role_labels_and_patient_headers_and_home_numbers_are_masked(text: str, value: str) -> None:
    assert leak_free(text, value), (text, detect(text, "strict"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Hi Dr Kerr, this is Pharmacy from Boots about a script", "Pharmacy"),
        ("Hello, this is Reception at the surgery", "Reception"),
        ("hi this is about my mum's tablets", "about"),
        ("STAFF NURSE: ON LEAVE TODAY", "ON LEAVE"),
        ("SISTER INCHARGE: INFORMED", "INFORMED"),
        ("STAFF NURSE: BP 120/80 CHECKED", "BP 120/80"),
        ("pt seen today 72 m walk test done", "seen today"),
        ("patient: known copd 72/m", "known copd"),
        ("the key for door no. 12 was left open", "was left open"),
    ],
)
def test_near_misses_of_these_frames_stay(text: str, value: str) -> None:
    assert not touched(text, value, "strict"), (text, detect(text, "strict"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("SRI BALAJI WOMEN'S CLINIC\nDr. R. Anitha, MBBS, DGO\nThis is to certify that she was seen.", "SRI BALAJI"),
        ("She was referred to Kalinga Children's Hospital for review.", "Kalinga"),
        ("ortho review - raigmore, ward 2a - seen 3/5", "raigmore"),
        ("seen at Wansbeck ward 12 today", "Wansbeck"),
        ("Next appt Dr. Lee Wen Jie, KTPH.", "KTPH"),
        ("f/u with Dr Rahman, SKH, in 6/52", "SKH"),
        ("PEDESTRIAN VS TAXI NEAR GUGULETHU MALL, GCS 13", "GUGULETHU MALL"),
        ("FOUND UNRESPONSIVE NEAR UMLAZI STATION BY SAPS", "UMLAZI"),
    ],
)
def test_facilities_in_headings_before_wards_and_after_their_doctor_are_masked(text: str, value: str) -> None:
    assert leak_free(text, value), (text, detect(text, "strict"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("the children's clinic said she is fine", "children's clinic"),
        ("handover - medicine, ward 4", "medicine"),
        ("review - north, ward 4 bed 2", "north"),
        ("Dr Okoro, MBBS, FWACS", "MBBS"),
        ("review by Dr. Lim, ICU.", "ICU"),
        ("d/w Dr Smith, GP.", "GP"),
        ("Dr. A. Rao, MBBS, DCH, DNB", "DCH"),
        ("Dr Aoife Byrne, MICGP.", "MICGP"),
        ("cc Dr Jones, PCP.", "PCP"),
        ("NEAR SYNCOPE AT HOME, BP 90/60", "SYNCOPE"),
        ("SATS NEAR NORMAL ON 2L", "NORMAL"),
        ("NEAR TOTAL OCCLUSION OF THE LAD", "TOTAL OCCLUSION"),
    ],
)
def test_near_misses_of_facilities_stay(text: str, value: str) -> None:
    assert not touched(text, value, "strict"), (text, detect(text, "strict"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Employer/Scheme: Lagos Water Corporation (staff plan)", "Lagos Water Corporation"),
        ("Employer: Dangote Cement", "Dangote Cement"),
        ("To: Human Resources, Transnet Freight Rail\n\nRE: sick note", "Transnet Freight Rail"),
        ("Attn: HR Manager, Shoprite Holdings", "Shoprite Holdings"),
        ("works as a Bolt driver, off road till review", "Bolt"),
        ("He works as Gojek rider in Jakarta", "Gojek"),
        ("Hi, Priya at Rexall Pharma Plus on Kingsway Ave, re your patient", "Rexall Pharma Plus"),
        ("can she go to the nadi health centre tmrw", "nadi"),
        ("we live behind the sri muneeswaran temple near the market", "sri muneeswaran"),
    ],
)
def test_employers_and_shops_in_their_slots_and_lower_case_facilities_are_masked(text: str, value: str) -> None:
    assert leak_free(text, value), (text, detect(text, "strict"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Employer: None", "None"),
        ("sent it to HR, Thanks", "Thanks"),
        ("works as a Taxi driver", "Taxi"),
        ("works as a delivery driver at night", "delivery"),
        ("seen at Home on Main St", "Home"),
        ("she goes to the local health centre", "local"),
        ("the community health centre called", "community"),
        ("rumah pagar hijau depan masjid", "pagar hijau"),
    ],
)
def test_near_misses_of_employer_slots_stay(text: str, value: str) -> None:
    assert not touched(text, value, "strict"), (text, detect(text, "strict"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("pls send the form to my employer, Sasol Mining, attn: HR", "Sasol Mining"),
        ("my boss at shoprite checkers wants a note", "shoprite checkers"),
        ("her manager at spar said she can rest", "spar"),
        ("NURSING NOTES - CMC VELLORE, MICU", "CMC"),
        ("referred to PGI Chandigarh for EUS", "PGI"),
        ("plan shift to lilavati hosp bandra road tmrw", "bandra road"),
        ("admitted at civil hospital, jail road on 3/4", "jail road"),
    ],
)
def test_firms_after_a_boss_hospital_initials_before_towns_and_hospital_roads_are_masked(
    text: str, value: str
) -> None:
    assert leak_free(text, value), (text, detect(text, "strict"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("my boss at work is kind about it", "work"),
        ("my boss at the warehouse said ok", "the warehouse"),
        ("shifted to ICU Delhi side", "ICU"),
        ("the clinic down the road is shut", "down the road"),
        ("the hospital across the street", "across the street"),
    ],
)
def test_near_misses_of_bosses_initials_and_roads_stay(text: str, value: str) -> None:
    assert not touched(text, value, "strict"), (text, detect(text, "strict"))


def test_a_ward_inside_another_word_is_no_ward() -> None:
    """'toward 9 Hills' holds 'ward 9 Hills': the ward-then-hospital scan wants 'ward' as a word."""
    assert ward_hospital_spans("we walked toward 9 Hills\n", lexicon()) == []
    assert [e.text for e in ward_hospital_spans("seen on ward 9 Hillcrest\n", lexicon())] == ["Hillcrest"]
