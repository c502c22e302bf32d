"""Names in shapes blind PHI sets 42 and 43 found missing (speakers of pasted chats and exports,
ALL-CAPS record headers, lower-case names beside kinship words and ages, first names greeted,
thanked, given or titled in chats and letters; new examples written for these tests, not the sets'
own texts), and the near misses that must stay."""

from __future__ import annotations

import pytest

from medgate.privacy import detect
from tests.privacy.helpers import covered, masked, touched

_SIBLINGS = (
    "Sota: just talked to the nurse, sodium is better\n"
    "Sota: they will keep her till the weekend\n"
    "Emi: ok. i can come by train on friday\n"
    "Sota: tell her 2 wks maybe"
)
_SIBLINGS_2 = (
    "Ryo: nee-chan, dr called about okaasan\n"
    "Ryo: they stopped the diuretic\n"
    "Mai: ok\n"
    "Ryo: ward 7 east, ext 7812\n"
    "Mai: thanks"
)
_FLAGGED = (
    "Fadi \U0001F1EF\U0001F1F4: mama's echo is at 9\n"
    "Fadi \U0001F1EF\U0001F1F4: she must fast from midnight\n"
    "Hala: ok\n"
    "Fadi \U0001F1EF\U0001F1F4: bring her card"
)
_HEADINGS = (
    "Neuro: GCS 15, alert\n"
    "Resp: sats 95% on 2L\n"
    "Plan: repeat bloods in am\n"
    "Plan: review by team\n"
    "Plan: d/c when safe\n"
    "Social: lives with daughter"
)
_CAPS_HEADINGS = "NEURO: GCS 15\nCVS: HR 80\nPLAN: CONTINUE\nPLAN: REVIEW\nPLAN: REPEAT U&E\nA/P: STABLE"


@pytest.mark.parametrize(("text", "value"), [
    # a pasted chat's speaker opening three lines or more, the other speaker too, a flag after it
    (_SIBLINGS, "Sota"),
    (_SIBLINGS_2, "Mai"),
    (_FLAGGED, "Fadi"),
    # a short export's weekday and time before the sender, a word-name included
    ("mon 07:55 - hope: she had a good night\nmon 08:10 - ivy: thank u", "hope"),
    ("tue 08:15 - wren: she slept well, obs ok", "wren"),
    # an ALL-CAPS record's name field: surnames, comma, given names; an honorific before them
    ("NAME: MWALE CHIKONDI, TIWONGE    SEX: F    AGE: 29", "MWALE CHIKONDI, TIWONGE"),
    ("NAME: BANDA KONDWANI, PHIRI   AGE: 40", "BANDA KONDWANI, PHIRI"),
    ("NAME: OKONKWO CHIDI, EMEKA    SEX: M    AGE: 52", "OKONKWO CHIDI, EMEKA"),
    ("PT NAME: SMT. SUNANDA BHIKAJI JADHAV     IPD NO: 2023/11/7731", "SUNANDA BHIKAJI JADHAV"),
    # a nurse by initial and surname in capitals
    ("ESCORTED BY: NURSE T. MWALE", "T. MWALE"),
    ("HANDED OVER TO SISTER M. ZULU AT 0700", "M. ZULU"),
    ("ACCOMPANIED BY: NURSE K. TEMBO", "K. TEMBO"),
    # a lower-case child's name before its age in a list
    ("lives with 3 children (thabo 7 yrs, sipho 4 yrs) in a backyard room", "thabo"),
    ("her children (lindiwe 11 yrs and sibusiso 6 yrs) stay with gogo", "lindiwe"),
    # a name written with the ʻokina
    ("prefers info given to \u02bbOfa and Sione together", "\u02bbOfa"),
    ("lives with \u02bbUlu and Mele in Kona", "\u02bbUlu"),
    # a name given, greeted, or a relative's word-name before their number
    ("the other driver gave name Tez and drove off", "Tez"),
    ("the caller gave name Bex and hung up", "Bex"),
    ("[08:02] Joy Tan: morning Wei, pls see bed 2", "Wei"),
    ("rang his son will on 07700 900 123", "will"),
    # a child taken to or from school by a first name alone
    ("my husband will take Zeb to school today", "Zeb"),
    ("my wife will take Ike to school", "Ike"),
    ("he will pick up Nia from school at 3", "Nia"),
    ("she took Teo to kindy", "Teo"),
])  # fmt: skip
def test_a_name_from_sets_42_43(text: str, value: str) -> None:
    assert covered(value, masked(text, "strict")), detect(text, "strict")


@pytest.mark.parametrize(("text", "keep"), [
    # a note's headings opening lines, in any case, are no speakers
    (_HEADINGS, "Plan"),
    (_HEADINGS, "Neuro"),
    (_HEADINGS, "Social"),
    (_CAPS_HEADINGS, "PLAN"),
    (_CAPS_HEADINGS, "NEURO"),
    (_CAPS_HEADINGS, "A/P"),
    # "s/o" (suggestive of) between abbreviations, not a patronymic
    ("NCS s/o AIDP. Treated with IVIg.", "AIDP"),
    # a name field left unknown; clinical words after a nurse's title
    ("NAME: UNKNOWN    SEX: M    AGE: ~40", "UNKNOWN"),
    ("PLAN: NURSE IN SIDE ROOM, BARRIER PRECAUTIONS", "SIDE ROOM"),
    # a kinship word before a clinical or ordinary word, an age after a clinical word
    ("social: husband unemployed, mother diabetic, son at bedside", "unemployed"),
    ("social: husband unemployed, mother diabetic, son at bedside", "diabetic"),
    ("hx (asthma 5 yrs, eczema 2 yrs)", "asthma"),
    # greetings and thanks before a role or the team
    ("Hi Team, the rash is worse", "Team"),
    ("Morning Team, bed 4 is free", "Team"),
    ("Thanks again, Regards", "Regards"),
    # drugs and doses, eponyms and scores as ever
    ("Plan: metformin 500mg bd, Wells score 2, Murphy's sign negative", "metformin 500mg bd"),
    ("gave name band check and allergy check", "band"),
    ("please take Paracetamol to school in his bag", "Paracetamol"),
    ("I will bring Calpol to nursery", "Calpol"),
    ("rang her son on 07700 900 123, no answer", "son on"),
])  # fmt: skip
def test_a_near_miss_stays_43(text: str, keep: str) -> None:
    assert not touched(text, keep), detect(text, "strict")
