"""General shapes behind blind PHI set 68's chats and addresses (new examples written for these
tests, not the set's own texts): a lower-case writer between a greeting and "here" ("kia ora nurse,
X Y here"); a lower-case relative after "aunty"/"uncle" before a modal or a verb, though an English
word ("aunty X will be home"); a lower-case name that ends a sentence and opens the next as its
subject ("next door to X. X had a fall"); a signature before its extension in brackets ("Cheers,
X (ext 6512)"); four digits alone after "call me at" / "ring me on"; a neighbourhood with its block
("lives X Block 13"); a matatu or bus stage ("near Stage 56", "at the X stage"); a door number
before a Welsh or Irish street with its article, in any case ("3 Maes y X", "12 cnoc na X"); a
house number with its block letter and sub-plot ("house no. C 142/7"); an age over 89 set off by
commas before "this year" / "next month". And the near misses on each side."""

from __future__ import annotations

import pytest

from medgate.privacy import detect
from tests.privacy.helpers import leak_free, touched


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("kia ora nurse, tama ngata here. my koro is on the oxygen", "tama ngata"),
        ("hi doc - siosaia here, about mum's tablets", "siosaia"),
        ("morning sister, ama here from no 12", "ama"),
        ("talofa nurse, it's losa te whatu here again", "losa te whatu"),
        ("aunty hine will be home after 3", "hine"),
        ("uncle rob is coming sat to take him", "rob"),
        ("my auntie mere would sit with her", "mere"),
        ("hey its kaz from across the road from tui. tui had a bad night", "tui"),
        ("we live next door to marj. marj fell again this morning", "marj"),
    ],
)
def test_lower_case_writers_relatives_and_neighbours_are_masked(text: str, value: str) -> None:
    assert leak_free(text, value), (text, detect(text, "strict"))


def test_a_name_repeated_across_the_full_stop_is_masked_both_times() -> None:
    text = "i live next door to marj. marj fell again this morning"
    second = text.index("marj", text.index("marj") + 1)
    spans = detect(text, "strict")
    assert any(e.start <= second < e.end for e in spans), spans


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("hi nurse, mum here, he is worse", "mum"),
        ("hello, just me here", "just"),
        ("hi all, everyone here is fine", "everyone"),
        ("hi doc, the carer here again", "carer"),
        ("aunty always will help out", "always"),
        ("uncle reportedly is unwell", "reportedly"),
        ("aunty still is at work till 5", "still"),
        ("uncle also has diabetes", "also"),
        ("i went with mum. mum had a fall", "mum"),
        ("restarted warfarin. warfarin was held 2 days", "warfarin"),
        ("helped her back to bed. bed is wet", "bed"),
        ("she got the pram. pram is broken", "pram"),
    ],
)
def test_kin_words_adverbs_and_common_words_stay(text: str, value: str) -> None:
    assert not touched(text, value, "strict"), (text, detect(text, "strict"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Police have his details now. Thanks, Grace (x4471)", "Grace"),
        ("Will sort the referral. Cheers, Hope (ext 2207)", "Hope"),
        ("Regards, Amara (bleep 3310)", "Amara"),
        ("Bed on 2 North by tmrw, call me at 6618.", "6618"),
        ("ring me on 7781 if he is worse", "7781"),
        ("any problems call us at 4472, thanks", "4472"),
    ],
)
def test_signatures_before_an_extension_and_bare_extensions_are_masked(text: str, value: str) -> None:
    assert leak_free(text, value), (text, detect(text, "strict"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Thanks, Pharmacy (x3301)", "Pharmacy"),
        ("call me at 1430.", "1430"),
        ("call me at 2100 tonight", "2100"),
        ("call me at 9am", "9"),
        ("ring me on 2 phones if needed", "2"),
    ],
)
def test_desks_and_times_to_call_stay(text: str, value: str) -> None:
    assert not touched(text, value, "strict"), (text, detect(text, "strict"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Mrs Farida Baig, lives Gulshan-e-Iqbal Block 7. 61F, HbA1c 10.2", "Gulshan-e-Iqbal Block 7"),
        ("lives Bahria Town Block 5, Lahore", "Bahria Town Block 5"),
        ("We stay in Githurai near Stage 12. He sells at the market", "Stage 12"),
        ("the shop is opposite Stage 4B", "Stage 4B"),
        ("he is a tuk tuk driver at the Kondele stage, that is why", "Kondele"),
        ("Post to 9 Heol y Nant, Bala please", "9 Heol y Nant"),
        ("address is 7 ffordd yr orsaf, pwllheli", "7 ffordd yr orsaf"),
        ("new address 22 Bryn y Mor, Tywyn", "22 Bryn y Mor"),
        ("pt lives at 15 sráid na habhann, dingle", "15 sráid na habhann"),
        ("4 Bóthar an tSéipéil, Gaillimh", "4 Bóthar an tSéipéil"),
        ("mrs ita walsh. 8 cnoc na mara, ballinderreen, co. galway", "8 cnoc na mara"),
        ("we are near the odorkor junction, house no. B 77/3 behind the church", "B 77/3"),
        ("house number D 12/4, near the mosque", "D 12/4"),
        ("plot no. K-22 off the main road", "K-22"),
    ],
)
def test_blocks_stages_and_celtic_streets_are_masked(text: str, value: str) -> None:
    assert leak_free(text, value), (text, detect(text, "strict"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("ECG today: 2nd degree AV Block 2 noted", "Block 2"),
        ("Complete Heart Block 3 on the monitor", "Block 3"),
        ("CKD Stage 3, eGFR 41", "Stage 3"),
        ("now at Stage 4 of the pathway", "Stage 4"),
        ("at the bus stage after school", "bus"),
        ("at the final stage of the illness", "final"),
        ("take 2 pen needles daily", "pen needles"),
        ("gave 2 tan an hour ago", "tan"),
        ("house no 12 mg", "12 mg"),
        ("house no. of people 3", "people 3"),
    ],
)
def test_heart_blocks_disease_stages_and_english_after_a_number_stay(text: str, value: str) -> None:
    assert not touched(text, value, "strict"), (text, detect(text, "strict"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("sorry to bother, my father Tan Ah Seng, 93 this year, still coughing", "93"),
        ("my nan, 96 this year, still drives", "96"),
        ("Grandad, 101 next month, lives alone", "101"),
    ],
)
def test_ages_over_89_before_this_year_are_masked(text: str, value: str) -> None:
    assert leak_free(text, value), (text, detect(text, "strict"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("sats 93 this year on average", "93"),
        ("seen 93 this year in clinic", "93"),
        ("my dad, 78 this year, fit and well", "78"),
    ],
)
def test_counts_and_younger_ages_stay(text: str, value: str) -> None:
    assert not touched(text, value, "strict"), (text, detect(text, "strict"))
