"""General shapes behind the dev split's commonest false hits (issue 11, character precision; new
examples written for these tests, not the split's own texts): a dotted pair of capitals that spells
a clinical abbreviation ("G.U.", "C.O.", "U.O.", "P.T.") is no one's initials; a fraction after a
whole number ("D5 1/2 NS", "2 1/2 tabs"), a fraction or range before what it counts ("1/4 NS",
"1/2 amp", "3-5 breaths", "10-20cc") and a ventilator's pair of pressures after its mode ("PS 12/5",
"IMV 600x12 5/5") are amounts, not dates. And the near misses on each side: initials beside a name
("R.T. Vance", "C.O. Mensah", "Okafor N.A."), initials that spell no term ("J.K."), dates with their
cue ("seen 1/3 by renal", "adm 2/4 from home", "extubated on 5/5"). Name-cue words written lower or
upper case ("AS PER MD") and "PT" going on as the patient ("PER REPORT, PT LIVES") are no names;
a clinical word of the project's list in capitals ("GERD") is no unknown word; "D/C'd" is no word;
the warming blanket by its maker ("bair hugger"), PERRL by its sound ("pupils pearl", "pearl 2mm")
and "Pt" after "to" ("support to Pt & family") are kept. Names stay names: "Per K. Novak", "Dr.
Lindqvist", "Mr Bair", "wife Pearl", "Pearl was calling me", "DR. GERD HALVORSEN", "pt to VAMC"."""

from __future__ import annotations

import pytest

from medgate.privacy import detect
from tests.privacy.helpers import leak_free, touched


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("G.U.: foley to gravity, draining dark urine", "G.U."),
        ("Swan numbers: C.O. 4.8, C.I. 2.4, SVR 1100", "C.O."),
        ("Swan numbers: C.O. 4.8, C.I. 2.4, SVR 1100", "C.I."),
        ("U.O. 25-40cc/hr overnight, lasix given", "U.O."),
        ("worked with P.T. this afternoon, up to chair", "P.T."),
        ("H.O. made aware of low BP at 0300", "H.O."),
        ("SATS 95% ON 4L N.C. AT THIS TIME", "N.C."),
        ("to the O.R. tomorrow for redo sternotomy", "O.R."),
        ("wants the T.V. on for the game", "T.V."),
        ("G.I.- ABD SOFT, HYPOACTIVE BS", "G.I."),
    ],
)
def test_dotted_clinical_abbreviations_are_kept(text: str, value: str) -> None:
    assert not touched(text, value, "strict"), (text, detect(text, "strict"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Pt seen by R.T. Vance at 1000", "R.T."),
        ("spoke with C.O. Mensah re transfer", "C.O."),
        ("G.U. Halvorsen, RN", "G.U."),
        ("entry signed Okafor N.A.", "N.A"),
        ("note by J.K. at bedside", "J.K."),
        ("CHECKED BY M.C. AT 0400", "M.C."),
    ],
)
def test_initials_beside_a_name_or_spelling_no_term_are_masked(text: str, value: str) -> None:
    assert leak_free(text, value), (text, detect(text, "strict"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("hung D5 1/2 NS at 125cc/hr", "1/2"),
        ("GIVEN 2 1/2 AMPS BICARB OVER THE SHIFT", "1/2"),
        ("infused over 2-1/2 hours, no reaction", "1/2"),
        ("switched fluids to 1/4NS with 20 kcl", "1/4"),
        ("now on 1/2 ns at 80cc/hr", "1/2"),
        ("BS 52, given 1/2 amp D50", "1/2"),
        ("rales 1/3 way up on the right", "1/3"),
        ("overbreathing the vent by 3-5 breaths", "3-5"),
        ("TF residuals of 10-20cc only", "10-20"),
        ("HR up by 6-12 bpm with turns", "6-12"),
        ("remains on PS 12/5, 40%, sats 97%", "12/5"),
        ("changed to PSV of 15/5 and tolerating", "15/5"),
        ("VENT: IMV 600x12 5/5, 40% SATS 99%", "5/5"),
        ("SIMV/PS 550 X 12, 40% 8/5. NO CHANGES", "8/5"),
        ("flowby 7/3 overnight, spont vols 350s", "7/3"),
    ],
)
def test_fractions_ranges_and_vent_pressures_are_kept(text: str, value: str) -> None:
    assert not touched(text, value, "strict"), (text, detect(text, "strict"))
    assert not touched(text, value, "standard"), (text, detect(text, "standard"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("seen 1/3 by renal, plan HD", "1/3"),
        ("adm 2/4 from home with SOB", "2/4"),
        ("extubated on 5/5 and did well", "5/5"),
        ("MICU NSG NOTE 3/4 0700-1900", "3/4"),
        ("on 1/2 pt started heparin gtt", "1/2"),
        ("worse since 3-14, at night", "3-14"),
        ("placed on CPAP. Adm 3/14 from OSH", "3/14"),
    ],
)
def test_dates_with_their_cue_stay_masked(text: str, value: str) -> None:
    assert leak_free(text, value), (text, detect(text, "strict"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("DRESSING CHANGED AS PER MD ORDER", "PER"),
        ("SOCIAL: PER REPORT, PT LIVES ALONE IN AN APARTMENT", "PER"),
        ("HOME MEDS RESUMED AS PER PT'S SON, PT ANXIOUS", "PER"),
        ("heparin held per NP Ostrowski until am", "per"),
        ("FS 58 WHILE PT NPO, D50 GIVEN", "WHILE"),
        ("AS PER PT'S DAUGHTER, PT LIKES THE LIGHTS OFF", "PT'S"),
    ],
)
def test_name_cue_words_and_the_patient_are_no_names(text: str, value: str) -> None:
    assert not touched(text, value, "standard"), (text, detect(text, "standard"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Per K. Novak, MD reviewed the films", "Per K. Novak"),
        ("seen by Dr. Per Lindqvist this am", "Per Lindqvist"),
        ("heparin held per NP Ostrowski until am", "Ostrowski"),
        ("DR. ADEYEMI PAGED @ 0210 FOR HR 150S", "ADEYEMI"),
        ("EVAL DONE BY GRETA SOLBERG PT\n", "GRETA SOLBERG"),
        ("Tomasz Wrona, PT\n", "Tomasz Wrona"),
    ],
)
def test_names_beside_those_cues_stay_masked(text: str, value: str) -> None:
    assert leak_free(text, value), (text, detect(text, "strict"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("SEDATED 9-11 PM, THEN WOKE", "9-11"),
    ],
)
def test_a_range_of_hours_is_no_date(text: str, value: str) -> None:
    assert not touched(text, value, "standard"), (text, detect(text, "standard"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("PMH: HTN, COPD, GERD, OSA", "GERD"),
        ("PMHX: ASTHMA,GERD,HLD", "GERD"),
        ("Zosyn D/C'd this am, vanco cont'd", "C'd"),
        ("foley d/c'd at 0600, due to void by 1400", "c'd"),
        ("temp 35.4, bair hugger on, rechecking in 1 hr", "bair"),
        ("Bair Hugger removed once T 36.9", "Bair"),
        ("neuro: pupils pearl, mae, follows commands", "pearl"),
        ("pearl 4mm brisk, sedated on propofol", "pearl"),
        ("mae,pearl,oriented x3", "pearl"),
        ("RASS -2. PEARL. GAG INTACT", "PEARL"),
        ("offer emotional support to Pt & family", "Pt"),
    ],
)
def test_caps_terms_abbreviations_devices_and_pupils_are_kept(text: str, value: str) -> None:
    assert not touched(text, value, "strict"), (text, detect(text, "strict"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("DR. GERD HALVORSEN CALLED BACK", "GERD HALVORSEN"),
        ("Mr Bair called re visiting hours", "Bair"),
        ("husband Pearl at bedside overnight", "Pearl"),
        ('states "sorry, Pearl was calling me" when found', "Pearl"),
        ("PEARL'S # 555-0144 FOR UPDATES", "PEARL"),
        ("Visitors: Pearl.", "Pearl"),
        ("pt to VAMC in am by ambulance", "VAMC"),
    ],
)
def test_names_and_places_beside_those_words_stay_masked(text: str, value: str) -> None:
    assert leak_free(text, value), (text, detect(text, "strict"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("PT TO CATH LAB AT 1130 FOR RHC", "CATH LAB"),
        ("CXR DONE TO CHECK PICC TIP. SKIN INTACT", "PICC"),
        ("CONTINUE TRACH COLLAR 35% AS TOLERATED", "TRACH"),
        ("PT CHANGED FROM SIMV TO PSV THIS AM", "SIMV"),
    ],
)
def test_units_and_bedside_shorthand_in_capitals_are_no_towns(text: str, value: str) -> None:
    assert not touched(text, value, "standard"), (text, detect(text, "standard"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("DR. NEO PAGED RE: K 2.9", "NEO"),
        ("seen by Dr. Aline Fournier this am", "Aline Fournier"),
    ],
)
def test_shorthand_after_a_title_stays_a_name(text: str, value: str) -> None:
    assert leak_free(text, value), (text, detect(text, "standard"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("DAUGHTER IN, SPOKE WITH HO LINDGREN REGARDING PT'S PROGNOSIS", "LINDGREN"),
        ("DTR IN, SPOKE WITH RN INGRID SOLBERG WHILE PT SLEPT", "INGRID SOLBERG"),
    ],
)
def test_a_name_before_the_patient_going_on_stays_masked(text: str, value: str) -> None:
    assert leak_free(text, value, "standard"), (text, detect(text, "standard"))


def test_an_unlisted_name_before_the_patient_going_on_is_left_to_the_strict_filter() -> None:
    text = "UPDATED BY RN TORVALD ASKELAND WHILE PT ASLEEP"
    assert leak_free(text, "TORVALD ASKELAND", "strict"), detect(text, "strict")
