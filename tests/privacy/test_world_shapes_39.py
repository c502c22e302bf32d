"""Names in shapes blind PHI set 39 found missing (note-weighted, many countries, some notes all in
lower case; new examples written for these tests, not the set's own texts), the words it lost, and
the near misses that must stay."""

from __future__ import annotations

import pytest

from medgate.privacy import detect
from tests.privacy.helpers import covered, masked, touched


@pytest.mark.parametrize(("text", "value"), [
    # a clinician by a bare capital initial after a title
    ("Sats 93% on 4L. discussed with Dr K (anaesthetist), plan NIV.", "K"),
    ("FBC sent. Dr M + SHO reviewed at 1400.", "M"),
    ("Prof B reviewed on the round, for MRI spine.", "B"),
    ("[09:05] Dr T here. happy for CT at 11", "T"),
    # a colleague's first name after a ward grade
    ("Bay 4 stable overnight. Handed over by SN Deepika.", "Deepika"),
    ("HDU reg Suresh reviewed at 0300, for CTPA.", "Suresh"),
    # a group chat's sender after a header with the time alone
    ("[07:12] Bongani: bloods back, k 5.9\n[07:14] Lerato: repeating now", "Bongani"),
    # lower-case notes: a patient in brackets surname first with a particle, age and sex
    ("s: pt (delos santos, marites, 81/m) c/o cough x3 days", "delos santos"),
    ("s: pt (delos santos, marites, 81/m) c/o cough x3 days", "marites"),
    # a signature at the note's end before a credential or a grade
    ("lungs clear. for d/c tmrw.\n- kl reyes, md (pgy1)", "kl reyes"),
    ("dressing changed, no exudate. - wiremu ngata, RN (district team), ph 07 555 0192", "wiremu"),
    ("baby feeding well at breast.\n- nabirye, student nurse", "nabirye"),
    ("wound clean, gp informed. - carys, DN\n", "carys"),
    ("sats 95% ra.\n- aroha ngata, RN (community team), ph 07 555 0192 ext 41\n", "aroha"),
    # a capitals note signed by a ward grade and the name
    ("PT STABLE ON NIV. DR. OKONKWO / SR PATIENCE EZE", "PATIENCE"),
    ("FAMILY VISITED THIS PM. S/N LOSANA RATU\n", "LOSANA"),
    # another language's abbreviated title before a lower-case name (Vietnamese bác sĩ, dược sĩ)
    ("hẹn tái khám.\nbs. tran van long", "tran van long"),
    ("ds. nguyen van long", "nguyen van long"),
    # a patient or a mother named before an identifier or an age, a nursing sister
    ("pt hemi tane, NHI ABC1234, 84 y/o, lives alone", "hemi tane"),
    ("mother: auma grace, 31y, g2p1, term", "auma"),
    ("pph 300ml. told sr. nabirye and the mo. plan oxytocin", "nabirye"),
])  # fmt: skip
def test_a_name_from_set_39(text: str, value: str) -> None:
    assert covered(value, masked(text, "strict")), detect(text, "strict")


@pytest.mark.parametrize(("text", "keep"), [
    # words the set lost: eponyms, a stage, a drug and its dose in capitals, a device's model
    ("hot swollen midfoot, early Charcot foot, X-ray pending.", "Charcot"),
    ("rectal adenocarcinoma (Dukes A), surveillance CT", "Dukes A"),
    ("Hx colon ca, Dukes B, resected 2019.", "Dukes B"),
    ("recurrent Stokes-Adams attacks, PPM 2018.", "Stokes-Adams"),
    ("CEFAZOLIN 2 G IV GIVEN AT 0400. SETTLED.", "CEFAZOLIN 2 G IV"),
    # a device's maker and model
    ("Device: Abbott Assurity MRI DR pacemaker, implanted 2021.", "Abbott Assurity MRI DR"),
    ("Has a Biotronik Edora 8 DR-T since 2020.", "Biotronik Edora 8 DR-T"),
])  # fmt: skip
def test_a_word_the_set_lost(text: str, keep: str) -> None:
    assert not touched(text, keep), detect(text, "strict")


@pytest.mark.parametrize(("text", "keep"), [
    ("Dr K reviewed. sats 96% on O2 2L, Dr O2 sats ok", "O2 2L"),
    ("Charcot joint of the right midfoot, offloading boot.", "Charcot"),
    ("HR 96 RR 18. AMOXICILLIN 500 MG PO GIVEN 0600.", "AMOXICILLIN 500 MG PO"),
    ("GCS 14 (E4V4M6), pupils equal and reactive", "GCS 14 (E4V4M6)"),
    ("vent AC 18/450/+5/40%, ABG pending", "AC 18/450/+5/40%"),
    ("power 5/5 in all limbs", "5/5"),
    ("HR 82, SR on monitor, CN II-XII intact", "SR on monitor"),
    ("HR 82, SR on monitor, CN II-XII intact", "CN II-XII intact"),
    ("reg insulin 6 units sc given", "reg insulin"),
    ("bp 130/85, hr 88, sats 97% on ra", "bp 130/85"),
    ("moved to bed 12 at 0400", "bed 12"),
    ("diabetic since 2019, on metformin 500 mg bd", "metformin 500 mg bd"),
    ("[10:30] Plan: repeat bloods\n[10:45] Update: k 4.1", "Plan"),
    ("[10:30] Plan: repeat bloods\n[10:45] Update: k 4.1", "Update"),
    ("- bloods sent, RN to chase results tomorrow at 0900 with the team on the ward", "bloods sent"),
    ("on bactrim ds. pt tolerating", "pt tolerating"),
    ("pt alert, 80y, lives alone", "alert"),
    ("pt alert orientated, 80y, lives alone", "alert orientated"),
    ("(left, lower, 5/m) mass", "left"),
    ("PT SETTLED. IN SR 80\n", "SR 80"),
    ("BP STABLE. RN AWARE\n", "RN AWARE"),
])  # fmt: skip
def test_a_near_miss_from_set_39(text: str, keep: str) -> None:
    assert not touched(text, keep), detect(text, "strict")


def test_a_maker_that_is_a_name_stays_one_without_a_model() -> None:
    assert covered("Abbott", masked("Dr Abbott reviewed today, happy with the wound.", "strict"))
    assert covered("Abbott Lee", masked("Seen with her partner Abbott Lee today.", "strict"))
