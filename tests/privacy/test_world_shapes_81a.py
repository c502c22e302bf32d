"""General shapes behind blind PHI set 81's nursing notes and letters (new examples written for these
tests, not the set's own texts): a chain's residence named by "of" and its place before its kind
("from Brightview of Fairhaven SNF"); a police, fire or ambulance service named by its town ("BIB
TUCSON PD", "by mesa fire medics"); a job "with" its firm ("a broker with Harbourline Capital"); a
lower-case first name that is a word in a comma list of kin ("daughter may and her husband tomas"); the agency a worker comes from ("outreach worker dee from
catholic charities", "CRISIS WORKER RONNIE FROM LA FRONTERA AZ"); a nickname in single quotes after
a kinship word or "gives name as" ("husband 'Tank'", "GAVE NAME AS 'PEANUT'"); the "x" of an
extension after a nurse's credential ("- Kayla LPN, x3-4471"); a town before a clinical word and a
unit's noun ("Penrith Renal Unit"). Kept: a drug named with its acid and a strength, mid-sentence
("..., Fusidic acid 250 mg"), and a short capitals measure's label before a weight ("HC 34 cm",
"BW 2,980 g"). And the near misses on each side."""

from __future__ import annotations

import pytest

from medgate.privacy import detect
from tests.privacy.helpers import leak_free, touched


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("pt 88 yo M adm from Brightview of Fairhaven SNF w/ cough", "Brightview of Fairhaven"),
        ("Lives at Belmont of Oakridge ALF, dtr is poa", "Belmont of Oakridge"),
        ("71F BIB TUCSON PD AFTER FOUND IN ROADWAY", "TUCSON"),
        ("cpr in field by mesa fire medics, rosc x1", "mesa"),
        ("Glendale police at bedside for statement", "Glendale"),
        ("call outreach worker dee from catholic charities re housing", "catholic charities"),
        ("CRISIS WORKER RONNIE FROM LA FRONTERA AZ AT BEDSIDE 1400.", "LA FRONTERA AZ"),
        ("her case manager Ola from Haven Pathways came by", "Haven Pathways"),
        ("Pt's husband 'Tank' visited this pm.", "Tank"),
        ("PT GAVE NAME AS 'PEANUT', LATER ID'D BY ED", "PEANUT"),
        ("mom's boyfriend 'Smokey' not allowed to visit", "Smokey"),
        ("Family updated. - Kayla LPN, x3-4471", "x3-4471"),
        ("Regards, Dee Harlow CNC, Penrith Renal Unit, NSW", "Penrith"),
        ("the patient, a broker with Harbourline Capital, presented with", "Harbourline Capital"),
        ("present: husband ray, daughter may and her husband tomas", "may"),
        ("at bedside: sister hope, son mark, niece dana", "mark"),
    ],
)
def test_residences_services_agencies_nicknames_and_extensions_are_masked(text: str, value: str) -> None:
    assert leak_free(text, value), (text, detect(text, "strict"))


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a drug with its acid and a strength, and a measure's label (set 81's slip lost both)
        ("Meds: paracetamol 1 g qid, Fusidic acid 250 mg tds", "Fusidic acid 250 mg"),
        ("live baby girl, BW 2,980 g, APGAR 9,9", "BW 2,980 g"),
        ("Newborn: baby boy, HC 34 cm, length 50 cm", "HC 34 cm"),
        # a dialysis or a disease's PD, the town's services without a town
        ("pt on home PD, hx of PD with peritonitis", "home PD"),
        ("local police called; county sheriff aware; BIB EMS", "local police"),
        ("house fire last year, no injuries", "house fire"),
        # a worker from a service, not an agency
        ("social worker from the ED, case manager from home health", "home health"),
        ("case manager from hospice called re goals", "hospice"),
        ("social worker from county came; therapist from work called", "county"),
        ('pt asking for "water", dtr says "fine"', "water"),
        # a quoted word that is no nickname, a possessive's apostrophe
        ("pt said 'fine' when asked, pt's mood 'okay'", "fine"),
        # an eponym before its noun, with no town's service after it
        ("Bell palsy resolving, Charcot foot stable", "Bell palsy"),
        # a kin word before a verb that is also a first name
        ("pt alert, son will need a ride home, wife will call", "son will need"),
        ("spoke w/ husband, daughter may come tmrw", "daughter may come"),
        ("the banker was rude to staff", "banker"),
        # a residence's kind with no name before it
        ("dc plan: return to group home vs SNF", "group home"),
    ],
)
def test_drugs_measures_and_services_without_a_name_stay(text: str, kept: str) -> None:
    assert not touched(text, kept), (text, detect(text, "strict"))


def test_a_name_before_a_weight_after_baby_boy_is_still_masked() -> None:
    text = "live baby boy, KOBE 3 kg"
    assert leak_free(text, "KOBE"), detect(text, "strict")


def test_a_bare_extension_keeps_its_x_unmasked_without_a_credential() -> None:
    text = "page cards fellow x4-2210 if HR < 40"
    assert leak_free(text, "4-2210") and not touched(text, "page cards fellow")


@pytest.mark.parametrize(("text", "kept"), [
    ("case manager from la clinica on monday", "la clinica"),
    ("Milk Bank donor screening done, no concerns", "Milk Bank"),
    ("crossmatch sample sent to the Blood Bank at 0300", "Blood Bank"),
])
def test_an_article_before_a_lower_case_word_and_a_hospital_bank_are_kept(text: str, kept: str) -> None:
    """After the set-82 retrain the tagger no longer carried these: an agency opened by a Romance article
    needs a capitalised word after it ("FROM LA FRONTERA AZ" masked above), and a bank of blood, milk or
    tissue is a hospital service."""
    start = text.index(kept)
    assert not any(e.start < start + len(kept) and start < e.end for e in detect(text, "strict"))


def test_an_agency_opened_by_a_romance_article_is_masked_with_its_state() -> None:
    text = "PEER ADVOCATE FROM LOS ALAMITOS AZ CALLED 1300."
    spans = detect(text, "strict")
    start = text.index("LOS ALAMITOS AZ")
    assert all(any(e.start <= i < e.end for e in spans) for i in range(start, start + 15) if text[i].isalnum())
