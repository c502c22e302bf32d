"""General shapes behind blind PHI set 71's US ICU and NICU nursing notes (new examples written for
these tests, not the set's own texts). Kept: two drugs ordered together with a slash, even where
the second is also a first name ("docusate/senna", "SENNA/DOCUSATE"); a scale named after two
people joined by an ampersand ("Hoehn & Yahr 3", "LUND & BROWDER chart"); a Roman numeral after a
word the name recogniser drops ("To: Stage III unit", and its later mentions: "zone III"). Masked:
a baby's name in quotes in lower case, after "infant", "twin", "baby boy" or "baby girl" ("newborn
\"maya\"", "twin a (baby girl \"kiki\" ..."); a nickname in quotes after "calls him/her" ("mom calls
her \"Peanut\""); a fire or rescue company by its number after a firefighter's or a crew's word
("paramedic with Rescue 4", "FIREMAN AT LADDER 12"); a lower-case firm "x & co" where someone
works ("works at doherty & co"). And the near misses on each side."""

from __future__ import annotations

import pytest

from medgate.privacy import detect
from tests.privacy.helpers import leak_free, touched


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("GI: +BS, last BM 3/4, docusate/senna given hs.", "docusate/senna"),
        ("NO BM X2 DAYS, SENNA/DOCUSATE GIVEN, WILL RECHECK.", "SENNA/DOCUSATE"),
        ("pain controlled with tylenol/motrin alternating q3h", "tylenol/motrin"),
        ("Neuro: grade 2 SAH on admit, Hunt & Hess 2, Fisher 3, nimodipine started.", "Hunt & Hess 2"),
        ("PT NOTE: HOEHN & YAHR 3, USES WALKER.", "HOEHN & YAHR 3"),
        ("burn area per Lund & Browder chart 18% TBSA", "Lund & Browder"),
        ("Disposition: To: Stage III step-down unit, bed 4", "III"),
        ("To: Level III nursery at the referring hospital. Eye exam: zone III, stage 1.", "zone III"),
    ],
)
def test_slashed_drugs_ampersand_scales_and_numerals_stay(text: str, value: str) -> None:
    assert not touched(text, value, "strict"), (text, detect(text, "strict"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Seen by Dr. Malloy/Senna at 10:00", "Senna"),  # two doctors: no drug beside her
        ("mom/Senna at bedside, updated on plan", "Senna"),
        ("To: Dr. Kwabena Mensah", "Kwabena Mensah"),  # a name after "To:" is still one
    ],
)
def test_names_beside_a_slash_or_after_to_are_still_masked(text: str, value: str) -> None:
    assert leak_free(text, value), (text, detect(text, "strict"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ('nicu progress note\nnewborn "maya" (baby girl castellanos), 31 wks', "maya"),
        ('infant "teddy" on cpap, tol feeds', "teddy"),
        ('twin a (baby girl "kiki" abernathy) resp: ra', "kiki"),
        ('twin b "rocco" to step-down tonight', "rocco"),
        ('baby boy "dez" feeding well, 40ml q3h', "dez"),
        ('mom at bedside, says she calls her "Peanut" at home', "Peanut"),
        ('wife visiting; pt calls her "Bunny".', "Bunny"),
        ("HUSBAND IS A FIREMAN AT LADDER 12, AWARE OF PLAN.", "LADDER 12"),
        ("son is a paramedic with Rescue 4 and came in with the crew", "Rescue 4"),
        ("brought in by the crew of Engine 52 after a fall", "Engine 52"),
        ("dtr called from work at doherty & co, will come after 5", "doherty & co"),
        ("husband works for mcbride & co as a roofer", "mcbride & co"),
    ],
)
def test_quoted_babies_nicknames_fire_companies_and_firms_are_masked(text: str, value: str) -> None:
    assert leak_free(text, value), (text, detect(text, "strict"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ('infant "fussy" per mom after feeds', "fussy"),  # a word, no name
        ('baby boy "fine" per dad', "fine"),
        ('pt calls her "sweetheart", pleasant and oriented', "sweetheart"),
        ("report called to nurses station 3 at 1900", "station 3"),
        ("ENGINE 2 FIRE ALARM TEST ON UNIT, NO ACTION", "ENGINE 2"),
        ("ladder 2 rungs on bed rails padded", "ladder 2"),
        ("daughter here with mom & co, all updated", "mom & co"),  # a family, no firm
    ],
)
def test_words_in_quotes_stations_and_family_groups_stay(text: str, value: str) -> None:
    assert not touched(text, value, "strict"), (text, detect(text, "strict"))
