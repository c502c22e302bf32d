"""Shapes found missing by blind PHI set 19 (new examples written for these tests, not the set's
own texts), and the near misses that must stay as they are."""

from __future__ import annotations

import pytest

from medgate.privacy.detect import Policy
from tests.privacy.helpers import covered as _covered
from tests.privacy.helpers import masked


def _masked(text: str, policy: Policy = "strict") -> set[str]:
    return masked(text, policy)


# -- a code told at the end of its clause, after the word that names it
@pytest.mark.parametrize(("text", "value"), [
    ("the policy number on the renewal letter is HLX 40018832, can you check it", "HLX 40018832"),
    ("Your reference for this call is QPR-55102K.", "QPR-55102K"),
    ("her clinic card number na UCH/OPD/7712/22 abeg", "UCH/OPD/7712/22"),
    ("my asthma clinic number is KAB/12/5531 if you need it", "KAB/12/5531"),
    ("Police case no. MR 771/06/2025 was opened.", "MR 771/06/2025"),
])
def test_a_code_named_before_it(text: str, value: str) -> None:
    assert _covered(value, _masked(text)), _masked(text)


@pytest.mark.parametrize(("text", "kept"), [
    ("my sugar number this morning is 11.4 again", "11.4"),  # a measurement
    ("his blood pressure number was 150/95 at the chemist", "150/95"),  # a blood pressure
    ("the dose number on the box is 2000 mg a day", "2000"),  # a dose
    ("ID: Tmax 100.9, cultures pending.", "100.9"),  # a system's line in a note
    ("room number is 214, second floor", "214"),  # too short to identify anyone
])
def test_numbers_that_are_not_codes_stay(text: str, kept: str) -> None:
    assert not _covered(kept, _masked(text)), _masked(text)


# -- the last digits of a card shown masked, or told after "ending"
@pytest.mark.parametrize(("text", "value"), [
    ("Refund to VISA xxxx xxxx xxxx 8812 within 5 days.", "8812"),
    ("charged twice on card 5123 **** **** 3390 last night", "3390"),
    ("paid with my debit ending in 7741", "7741"),
    ("the amex ending 1008 was declined", "1008"),
    ("Card on file: ************4427", "4427"),
])
def test_masked_card_digits(text: str, value: str) -> None:
    assert _covered(value, _masked(text, "standard")), _masked(text, "standard")


def test_a_starred_separator_before_a_time_is_no_card() -> None:
    text = "SR 70s.\n**** 0430 HR dropped to 48, atropine given."
    assert not _covered("0430", _masked(text, "standard"))


# -- a health card number with its two check letters
def test_health_card_with_version_letters() -> None:
    assert _covered("6620 118 405 QX", _masked("OHIP # 6620 118 405 QX, please bring it", "standard"))


# -- the day that closes a date range
@pytest.mark.parametrize(("text", "value"), [
    ("she was an inpatient Mar 3-9 with pneumonia", "Mar 3-9"),
    ("away 7/12–19, back on the ward after", "7/12–19"),
])
def test_date_ranges(text: str, value: str) -> None:
    assert _covered(value, _masked(text)), _masked(text)


@pytest.mark.parametrize(("text", "kept"), [
    ("on 3/4 gave 2-3 puffs", "2-3"),  # a dose range after a date is not a day
    ("seen 14/2 - 20 mins wait", "20 mins"),
])
def test_ranges_that_are_not_days_stay(text: str, kept: str) -> None:
    assert not _covered(kept, _masked(text)), _masked(text)


# -- signatures after the sign-offs people write
@pytest.mark.parametrize(("text", "value"), [
    ("Please find my form attached.\n\nBest wishes,\nOlamide\nFrontline Services", "Olamide"),
    ("Kindly consider my request.\n\nThanking you,\nDeepika", "Deepika"),
    ("Kia ora koutou, the appeal is attached.\n\nNgā mihi,\nTamati", "Tamati"),
    ("Thanks for the update.\nCheers,\nBronwyn", "Bronwyn"),
])
def test_sign_offs(text: str, value: str) -> None:
    assert _covered(value, _masked(text, "standard")), _masked(text, "standard")


@pytest.mark.parametrize(("text", "kept"), [
    ("Your booking is confirmed.\n\nBest wishes,\nThe Reservations Team", "Reservations"),
    ("Call us any time.\n\nRegards,\nPatient Services", "Patient"),
    ("See you then.\nCheers,\nPhysio Department", "Physio"),
])
def test_a_team_signing_off_is_no_name(text: str, kept: str) -> None:
    assert not _covered(kept, _masked(text, "standard")), _masked(text, "standard")


# -- a lower-case house number on a numbered street
def test_lower_case_address_on_a_numbered_street() -> None:
    assert _covered("3310 e 7th st", _masked("she fell at her place on 3310 e 7th st and hurt her hip"))


# -- a caller giving a name that is also a common word, and where they are
@pytest.mark.parametrize(("text", "value"), [
    ("hi this is will from the care home, mum had a fall", "will"),
    ("this is hope here from the renal unit", "hope"),
])
def test_introduced_with_where_from(text: str, value: str) -> None:
    assert value in _masked(text), _masked(text)


@pytest.mark.parametrize(("text", "kept"), [
    ("is this will from the solicitor still valid", "will"),  # a document, not a caller
    ("this is all from the same batch of tablets", "all"),  # not a first name
])
def test_common_words_after_this_is_stay(text: str, kept: str) -> None:
    assert kept not in _masked(text), _masked(text)


# -- towns and suburbs of a few hundred people (GeoNames cities500), named in lower case
@pytest.mark.parametrize(("text", "value"), [
    ("we're at murrurundi, the nearest hospital is an hour away", "murrurundi"),
    ("nanay is staying in ballyjamesduff this week", "ballyjamesduff"),
])
def test_small_towns_in_lower_case(text: str, value: str) -> None:
    assert _covered(value, _masked(text)), _masked(text)


@pytest.mark.parametrize(("text", "kept"), [
    ("ma fille a de la fievre depuis hier", "fille"),  # a common word of another language
    ("ze komen morgen terug voor controle", "komen"),
    ("started amio drip overnight, rate 1 mg/min", "amio"),  # short clinical shorthand
])
def test_words_that_are_also_villages_stay(text: str, kept: str) -> None:
    assert not _covered(kept, _masked(text)), _masked(text)


# -- chat openings and family words (what set 18's chats still leaked, in other words)
@pytest.mark.parametrize(("text", "value"), [
    ("hey mark, handing over bay 2, all stable", "mark"),  # a greeting, a first name, a comma
    ("hiya bill its jen from number 12", "bill"),  # ... or the writer's own introduction
    ("morning all. mark here, covering nights", "mark"),  # a first name "here" after a sentence
    ("its nuala here, faith's mam in bed 3", "faith's"),  # someone's relative, lower case
])
def test_chat_openings_and_relatives(text: str, value: str) -> None:
    assert _covered(value, _masked(text)), _masked(text)


@pytest.mark.parametrize(("text", "kept"), [
    ("hey miss, is the clinic open today", "miss"),  # a form of address
    ("hi all, update on bed 4", "all"),
    ("pain here, under the ribs on the right", "pain"),
])
def test_chat_openings_that_name_no_one(text: str, kept: str) -> None:
    assert not _covered(kept, _masked(text)), _masked(text)


# -- codes read out digit by digit, serials, digital addresses, plates after the vehicle
@pytest.mark.parametrize(("text", "value", "policy"), [
    ("my clinic number is 5 5 0 2 9 1 8 and the tabs are done", "5 5 0 2 9 1 8", "strict"),
    ("the serial on the back is 7QX22B019LM if you need it", "7QX22B019LM", "strict"),
    ("we are near the junction, house GE-231-5567", "GE-231-5567", "strict"),
    ("my brother will come in his car ABC 7731 at noon", "ABC 7731", "standard"),
])
def test_codes_in_chat(text: str, value: str, policy: str) -> None:
    assert _covered(value, _masked(text, policy)), _masked(text, policy)


@pytest.mark.parametrize(("text", "kept"), [
    ("she was in the car 2 hours and felt sick", "2 hours"),
    ("the number is 1 2 3 on the pain scale", "1 2 3"),
])
def test_numbers_in_chat_that_are_no_codes(text: str, kept: str) -> None:
    assert not _covered(kept, _masked(text, "standard")), _masked(text, "standard")


# -- a known place of several words written as a name, wherever it stands
@pytest.mark.parametrize(("text", "value"), [
    ("Next of kin: brother, Spanish Town, Jamaica.", "Spanish Town"),  # no cue before it
    ("Transferred from OSH (St. Agnes, Fond du Lac) overnight.", "Fond du Lac"),
])
def test_titled_place_phrases(text: str, value: str) -> None:
    assert _covered(value, _masked(text)), _masked(text)


@pytest.mark.parametrize(("text", "kept"), [
    ("West Nile virus IgM sent, awaiting result.", "West Nile"),  # a virus named after a place
    ("Ross River fever serology negative.", "Ross River"),
    ("the new haven of the ward is the day room", "new haven"),  # words, lower case
])
def test_places_in_names_of_diseases_stay(text: str, kept: str) -> None:
    assert not _covered(kept, _masked(text)), _masked(text)


# -- labels and values the identifier recognisers missed
@pytest.mark.parametrize(("text", "value", "policy"), [
    ("UNIT NO: 884-21-07   ADMITTED: 03/02/2088", "884-21-07", "standard"),  # no date: 884 is no day
    ("Folder no: KZ 517 3302   Ward: 7", "KZ 517 3302", "standard"),  # letters before 3-digit groups
    ("Carteirinha: 0 871 554433221 00 2\nEndereço: Rua X", "0 871 554433221 00 2", "standard"),
    ("OSDE, socio 72 199513 4 02. Gracias", "72 199513 4 02", "standard"),
    ("paid at 6.15pm, transaction code QHT7ZL2M8K, still no token", "QHT7ZL2M8K", "strict"),
    ("her clinic card no at st agnes is STA/PAED/0913 ok", "STA/PAED/0913", "strict"),
    ("mi mamá, su medicaid es QT77120B, gracias", "QT77120B", "strict"),
])
def test_labelled_values(text: str, value: str, policy: str) -> None:
    assert _covered(value, _masked(text, policy)), _masked(text, policy)


@pytest.mark.parametrize(("text", "kept"), [
    ("BP: 142/61 HR 78", "142/61"),  # a blood pressure after a label is no identifier
    ("ID: Tmax 100 overnight, afebrile now", "100"),
    ("Temp # 98.9 at 0400", "98.9"),
])
def test_measurements_after_labels_stay(text: str, kept: str) -> None:
    assert not _covered(kept, _masked(text, "standard")), _masked(text, "standard")


# -- district parts of an address and house numbers named as one
@pytest.mark.parametrize(("text", "value"), [
    ("Address: 14 Dube Street, Section 9, Umlazi", "Section 9"),
    ("we live Kolfe, woreda 08, house no 2231, Addis", "woreda 08"),
    ("ghar ka pata H# 47, St 3, Islamabad", "H# 47"),
])
def test_address_district_parts(text: str, value: str) -> None:
    assert _covered(value, _masked(text)), _masked(text)


@pytest.mark.parametrize(("text", "kept"), [
    ("phase 2 of the trial starts monday", "phase 2"),  # no address around it
    ("the house is 3 floors and she manages the stairs", "3 floors"),
])
def test_district_words_alone_stay(text: str, kept: str) -> None:
    assert not _covered(kept, _masked(text)), _masked(text)


# -- a first name that is also a word, right after a kinship word in lower case; Pidgin "Na X,"
@pytest.mark.parametrize(("text", "value"), [
    ("Pls ring my aunt joy 0803 555 1200 if no answer. Thanks, Ade", "joy"),  # mixed-case text
    ("Hi Nurse, her grandad rusty is allowed to visit too. From Kerry", "rusty"),
    ("Good evening sir. Na Precious, Mama Bisi first daughter.", "Precious"),
])
def test_names_after_kin_and_pidgin_introductions(text: str, value: str) -> None:
    assert value in _masked(text), _masked(text)


@pytest.mark.parametrize(("text", "kept"), [
    ("my son will call you tomorrow", "will"),  # a modal verb, too common to be read as a name
    ("my wife may come in later", "may"),
    ("Na so e be, the pain dey come and go", "so"),
])
def test_words_after_kin_stay(text: str, kept: str) -> None:
    assert kept not in _masked(text), _masked(text)


# -- a practice's name in a letterhead written in capitals
def test_capitals_letterhead_practice() -> None:
    text = "Record date: 2091-04-02\nBRACKENRIDGE DERMATOLOGY ASSOCIATES\nReason for visit: rash, seen by Dr Lee."
    assert _covered("BRACKENRIDGE", _masked(text)), _masked(text)


def test_capitals_service_with_a_word_stays() -> None:
    text = "Referred to ADULT CARDIOLOGY for review. Seen by Dr Ahmed today."
    assert not _covered("ADULT", _masked(text)), _masked(text)


# -- what held-back set 20 still leaked, in other words
@pytest.mark.parametrize(("text", "value", "policy"), [
    ("Agent Rhea: Good afternoon! How can I help?\nCustomer: my line is down", "Rhea", "strict"),
    ("hiya sandra its jo, connors dad. his sugars are high", "connors", "strict"),
    ("baby transferred from the Royal on 3.7 for review; eye screen due 14.7.", "3.7", "strict"),
    ("baby transferred from the Royal on 3.7 for review; eye screen due 14.7.", "14.7", "strict"),
])
def test_set20_shapes(text: str, value: str, policy: str) -> None:
    assert _covered(value, _masked(text, policy)), _masked(text, policy)


@pytest.mark.parametrize(("text", "kept"), [
    ("she is on 12.5 now and sleeping better", "12.5"),  # a dose, not a day
    ("started on 1.5 L nasal cannula", "1.5"),
    ("the boys dad called the ward", "boys"),  # a plural noun before a kinship word
    ("Agent: hello, how can I help", "Agent"),
])
def test_set20_near_misses(text: str, kept: str) -> None:
    assert not _covered(kept, _masked(text)), _masked(text)


# -- set 21: durations and scores kept, codes named, last digits, sort codes, one-line sign-offs
@pytest.mark.parametrize(("text", "kept"), [
    ("Hx: 4/7 diarrhoea, now fever x3/7, baby 5/12 old", "4/7"),
    ("Hx: 4/7 diarrhoea, now fever x3/7, baby 5/12 old", "3/7"),
    ("Hx: 4/7 diarrhoea, now fever x3/7, baby 5/12 old", "5/12"),
    ("Cognition: MoCA 22/30, clock drawing poor", "MoCA"),
    ("Prior auth for CPT 70553 was declined.", "70553"),
])
def test_durations_scores_and_codes_stay(text: str, kept: str) -> None:
    assert not _covered(kept, _masked(text)), _masked(text)


@pytest.mark.parametrize(("text", "kept"), [
    ("seen in clinic on 5/12 for review", "5/12"),  # a date after all: no duration cue
])
def test_fractions_that_are_dates_are_masked(text: str, kept: str) -> None:
    assert _covered(kept, _masked(text)), _masked(text)


@pytest.mark.parametrize(("text", "value", "policy"), [
    ("Last 4 of SSN 8812 confirmed by phone.", "8812", "strict"),
    ("Sort code 30-94-12, account number to follow", "30-94-12", "strict"),
    ("swapped with Kayla for sat 11/2, call me if needed", "sat 11/2", "strict"),
    ("bloods sent under MRN QX5519002. Cheers, Ravi", "Ravi", "standard"),
])
def test_set21_identifiers(text: str, value: str, policy: str) -> None:
    assert _covered(value, _masked(text, policy)), _masked(text, policy)


def test_a_verb_before_a_fraction_is_no_weekday() -> None:
    assert not _covered("sat", _masked("i sat 2 hours in the waiting room"))


# -- a run of initials before a name, a name before its phone word, a capitalised street on "on"
@pytest.mark.parametrize(("text", "value"), [
    ("referral letter from Dr. R. S. Venkataraman attached", "R. S. Venkataraman"),
    ("will decide by Monday. Joan cell 617-555-0199 if any change", "Joan"),
    ("please send it to the chemist on Mill st in Ashby", "Mill st"),
])
def test_initial_runs_phone_words_streets(text: str, value: str) -> None:
    assert _covered(value, _masked(text)), _masked(text)


@pytest.mark.parametrize(("text", "kept"), [
    ("Hurthle cell neoplasm on FNA", "Hurthle"),  # an eponym before "cell"
    ("My cell 0412 555 019 if you need me", "My"),
])
def test_cells_that_are_no_phone_names_stay(text: str, kept: str) -> None:
    assert not _covered(kept, _masked(text)), _masked(text)


# -- a Bengaluru layout named by its initials
def test_layout_by_initials() -> None:
    assert _covered("JP layout", _masked("we are staying at my uncle's flat in JP layout for now", "standard"))


@pytest.mark.parametrize("text", ["the ICU layout changed last month", "The layout of the ward is confusing"])
def test_layouts_that_are_no_place(text: str) -> None:
    assert not any("layout" in m for m in _masked(text, "standard")), _masked(text, "standard")


# -- set 22 (held back), after its score: spoken codes, 'missus', a checking account's last digits
@pytest.mark.parametrize(("text", "value", "policy"), [
    ("my clinic number is K T five five one nine oh two so you can find me", "K T five five one nine oh two", "strict"),
    ("cheers, oh and the missus Shaz says hi", "Shaz", "strict"),
    ("Refund to savings ending 3308 within 3 days", "3308", "standard"),
])
def test_set22_shapes(text: str, value: str, policy: str) -> None:
    assert _covered(value, _masked(text, policy)), _masked(text, policy)


def test_a_number_said_in_words_that_is_short_stays() -> None:
    assert not _covered("one two three", _masked("the number is one two three on the scale"))
