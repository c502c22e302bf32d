"""General shapes behind the places that blind PHI sets 84, 50, 46, 45 and 16 leaked (new examples
written for these tests, not the sets' own texts): a Japanese block address and a Korean road-name
address ("4-2-9 Honmachi, Chuo-ku", "33-7 Banpo-daero"); a street typed type-first in lower case
or by its dotted short form ("pasaje Las Dalias 1021", "br. españa 2210"); a hospital told by its
name before its emergency department in a lower-case message ("referred by whipps a&e") or by its
initials after a verb of sending a patient "into the" ("rushed into the RVI"); a hospital named
after the Vietnamese verb of being admitted ("nhập viện Chợ Rẫy"); and a town's school by its level
where no "school" was said ("her coach at otahuhu college"); a nursery or crèche by its capitalised
name, its first word a common adjective or its kind in lower case ("Old Mill Crèche", "goes to
Sunny Hollow nursery"); a Pakistani house, street and sector ("House 14, Street 9, F-7/2"); and a
letterhead's place in capitals after its hospital or department ("ED TRIAGE - QUEENS COUNTY",
"CHU IBN ROCHD - CASABLANCA"); a mosque or school named with the joined Arabic article ("Al-Noor
mosque"); a Romanian street by its dotted short form with no number ("on str. Florilor"); and a
hospital's initials after a comma ending a ward's heading ("Wad 5A Ortopedik, HSA"). And the near misses on each side: a
score, breath sounds, an emergency department's own areas, a unit's or a vessel's initials."""

from __future__ import annotations

import pytest

from tests.privacy.helpers import leak_free, touched


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Dispensed at 4-2-9 Honmachi, Chuo-ku, Kobe 650-0001", "4-2-9 Honmachi"),
        ("clinic: 1-5 Minamisenba, Naka-ku, Nagoya", "1-5 Minamisenba"),
        ("we live at 33-7 Banpo-daero, Seocho-gu", "33-7 Banpo-daero"),
        ("dorm is 12 Hoegi-ro, near the station", "12 Hoegi-ro"),
        ("vivimos en Temuco, pasaje Las Dalias 1021 cerca del colegio", "pasaje Las Dalias 1021"),
        ("la casa queda en pje. Los Maitenes 88, Talca", "pje. Los Maitenes 88"),
        ("mi hermana vive en bulevar españa 2210 apto 5", "bulevar españa 2210"),
        ("nos mudamos a br. rivera 3301 apto 4, pocitos", "br. rivera 3301"),
        ("patient referred by whipps a&e 3/2 after an od of 20 tabs", "whipps"),
        ("seen at lewisham a&e last night, discharged", "lewisham"),
        ("baby was 31 weeks and sent into the QEH straight away", "QEH"),
        ("he was rushed into the RVI at 3am with chest pain", "RVI"),
        ("bố tôi nhập viện Chợ Rẫy hôm qua, bác sĩ nói", "Chợ Rẫy"),
        ("con trai chuyển viện Việt Đức sáng nay", "Việt Đức"),
        ("please ring her coach at otahuhu college and say", "otahuhu college"),
        ("i drop him at papakura high every morning", "papakura high"),
        ("She is a cook at Old Mill Crèche in Tralee since May", "Old Mill"),
        ("dem dey go Sunny Hollow nursery every morning", "Sunny Hollow"),
        ("pata: House 14, Street 9, F-7/2, near the market", "House 14, Street 9, F-7/2"),
        ("ED TRIAGE - QUEENS COUNTY\nPT: JOHN DOE  MRN 1", "QUEENS COUNTY"),
        ("ST. ANNE HOSPITAL, GOZO CITY - Renal Clinic\nName: x", "GOZO CITY"),
        ("CHU IBN ROCHD - CASABLANCA\nService de Neurologie", "IBN ROCHD"),
        ("CLINIQUE DU LAC - BLIDA\nCompte rendu", "BLIDA"),
        ("Attends Al-Noor mosque Fridays with his brother", "Al-Noor"),
        ("her son is at An-Nahda Academy in year 4", "An-Nahda"),
        ("I work at the shop on str. Florilor. You can call me", "str. Florilor"),
        ("we live on Bd. Eroilor near the park", "Bd. Eroilor"),
        ("ward round - Wad 5A Ortopedik, HSA Specialist: Dr Lim", "HSA"),
        ("Ward 12 Ortho, RVI - night handover", "RVI"),
    ],
)
def test_block_addresses_street_types_and_named_hospitals_are_masked(text: str, value: str) -> None:
    assert leak_free(text, value), value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("rated 2-1-0 Overall, then improved", "Overall"),
        ("decreased br. sounds 2 days ago at the bases", "sounds"),
        ("from paeds A&E with fever 39.2", "paeds"),
        ("seen by majors a&e and sent home", "majors"),
        ("presented to resus ED GCS 8", "resus"),
        ("sent into the ICU overnight for pressors", "ICU"),
        ("wire passed into the LAD easily, stent deployed", "LAD"),
        ("BP was at very high levels all night", "very high"),
        ("pain at its high this morning", "high"),
        ("bà nhập viện tối qua, không sốt", "tối qua"),
        ("after Cardiac Surgery nursery visit was cancelled", "Cardiac Surgery"),
        ("she goes to day nursery on Mondays", "day nursery"),
        ("GENERAL HOSPITAL - DISCHARGE SUMMARY\nPatient seen", "DISCHARGE SUMMARY"),
        ("ED TRIAGE - NIGHT SHIFT\nPT: seen", "NIGHT SHIFT"),
        ("CITY HOSPITAL - CARDIOLOGY\nEcho done", "CARDIOLOGY"),
        ("Al-Anon meeting weekly, sober 60 days", "Al-Anon"),
        ("growth of Str. pneumoniae in sputum", "Str. pneumoniae"),
        ("Str. Pneumoniae sensitive to pen", "Pneumoniae"),
        ("Ward 3, ICU outreach review", "ICU"),
        ("Ward 4 Renal, HDU bed 2", "HDU"),
        ("it's Maria (ward 6, CDU). Is the bed free?", "CDU"),
    ],
)
def test_scores_breath_sounds_departments_and_vessels_stay(text: str, value: str) -> None:
    assert not touched(text, value), value
