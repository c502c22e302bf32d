"""General shapes behind blind PHI set 57 (chats in the English of the US, UK, Ireland, Canada,
Australia and New Zealand; new examples written for these tests, not the set's own texts): the
speakers of a chat thread in any case, a hospital or care home by its local shorthand, which are
masked; a dose-administration pack's brand, which stays; and the near misses on each side."""

from __future__ import annotations

import pytest

from medgate.privacy import detect
from tests.privacy.helpers import leak_free, touched

_TIMED = (
    "[09:12] trish: hospital rang, grandad slept ok\n"
    "[09:14] our gav: did they say when hes home\n"
    "[09:15] trish: maybe thurs if the bloods are ok\n"
    "[09:20] our gav: right ill sort the stairlift\n"
    "[09:21] trish: gav can u ring the chemist too\n"
)
_LOWER = (
    "pip: saw dad at lunch, he ate most of his soup\n"
    "nat: good. did the physio come\n"
    "pip: yes, walking with the frame now\n"
    "nat: ill bring his slippers sat\n"
)
_QUOTED = (
    "> aunty deb: is grandpa still on the ward or home\n"
    "home since tues, the nurse comes mornings\n"
    "> uncle lou: who is doing his meds\n"
    "> aunty deb: i can do wed\n"
)
_DATED = (
    "Care log - Mrs K\n"
    "Mon 3/9 - Rosa: breakfast eaten, meds given 8am.\n"
    "Mon 3/9 - Zev: quiet evening, watched the game.\n"
    "Tue 3/10 - Rosa: nurse visit, dressing changed.\n"
)
_FLAT = "mom: surgery is at 6am fri, dr said knee scope ted: ok ill drive her mom: thanks ted ted: np"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (_TIMED, "gav"),
        (_TIMED, "trish"),
        (_LOWER, "pip"),
        (_LOWER, "nat"),
        (_QUOTED, "deb"),
        (_QUOTED, "lou"),
        (_DATED, "Rosa"),
        (_DATED, "Zev"),
        (_FLAT, "ted"),
    ],
)
def test_the_speakers_of_a_chat_thread_are_masked(text: str, value: str) -> None:
    assert leak_free(text, value), (text, detect(text, "strict"))


@pytest.mark.parametrize(
    ("text", "keep"),
    [
        (_QUOTED, "aunty"),
        ("mom: surgery moved to fri\ndad: ok\nmom: pls bring his glasses\n", "mom"),
        ("bp: 128/76\nhr: 72\nplan: recheck in 2/52\nnote: pt well\n", "plan"),
        ("bp: 128/76\nhr: 72\nplan: recheck in 2/52\nnote: pt well\n", "note"),
        ("Update: all fine\nRe: your question\nPS: bring the card\nQ: which ward?\n", "Update"),
        ("CV: NSR 70s\nRESP: LS clear\nCV: no ectopy\nGU: voiding\n", "RESP"),
        ("Sender: the clinic\nReceiver: the lab\nSender: the clinic again\n", "Receiver"),
        ("bec: will do\njo: ok\nbec: will ring at 5\n", "will"),
    ],
)
def test_headings_kin_and_words_in_a_thread_stay(text: str, keep: str) -> None:
    assert not touched(text, keep, "strict"), (text, detect(text, "strict"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("theyve taken her to the royal for a scan", "royal"),
        ("results came back from the mater this morning", "mater"),
        ("is he still at the civic or home now", "civic"),
        ("they want to move him to the general tonight", "general"),
        ("she was in the infirmary for a week", "infirmary"),
        ("nan is settling in at the willows, lovely staff", "willows"),
        ("booked in at the women's for the scan", "women's"),
    ],
)
def test_hospitals_by_their_local_shorthand_are_masked(text: str, value: str) -> None:
    assert leak_free(text, value), (text, detect(text, "strict"))


@pytest.mark.parametrize(
    ("text", "keep"),
    [
        ("she's asleep at the moment, will call later", "moment"),
        ("in general he is eating better", "general"),
        ("news about the royal family at the palace", "royal"),
        ("he is registered at the general practice in town", "general"),
        ("recovering well from the general anaesthetic", "general"),
    ],
)
def test_near_misses_of_hospital_shorthand_stay(text: str, keep: str) -> None:
    assert not touched(text, keep, "strict"), (text, detect(text, "strict"))


@pytest.mark.parametrize(
    "text",
    [
        "the chemist does her Webster pack every Friday",
        "new meds added to the webster pack from next week",
        "Webster-pack packed by the pharmacy, 7 days",
    ],
)
def test_a_webster_pack_stays(text: str) -> None:
    assert not touched(text, "ebster", "strict"), (text, detect(text, "strict"))


def test_a_webster_as_a_person_is_still_masked() -> None:
    text = "Seen with her son Mr Webster who manages her pack"
    assert leak_free(text, "Webster"), detect(text, "strict")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Could the nurse ring me about the dressing? Thank you!  Noor", "Noor"),
        ("Lina: all sorted for fri\nOmid: brilliant thanks Tav\n", "Tav"),
        ("ok got the scripts thanks dev", "dev"),
        ("Hi Dr Marsh, Priya here (FY1 on the stroke unit). Quick q re warfarin", "Priya"),
        ("Evening - Sol here, the night reg. Bed 4 is spiking", "Sol"),
        ("lost cat near the park, text Jas 0421 555 778 if seen", "Jas"),
        ("any news pls call Kez on 07700 900 412", "Kez"),
    ],
)
def test_first_names_at_a_messages_edge_are_masked(text: str, value: str) -> None:
    assert leak_free(text, value), (text, detect(text, "strict"))


@pytest.mark.parametrize(
    ("text", "keep"),
    [
        ("ok that's sorted, thanks again", "again"),
        ("great news thank you bye", "bye"),
        ("Pain here (points to the lower back)", "Pain"),
        ("Sign here, then hand it to reception", "Sign"),
        ("feeling low tonight, will call Lifeline 13 11 14", "Lifeline"),
        ("thanks mum x", "mum"),
    ],
)
def test_words_at_a_messages_edge_that_are_no_names_stay(text: str, keep: str) -> None:
    assert not touched(text, keep, "strict"), (text, detect(text, "strict"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("please send it to the Rexall on Dundas and Keele instead", "Dundas and Keele"),
        ("got my bp checked at the safeway pharmacy on 21st, it was fine", "21st"),
        ("the chemist on Ocallaghan closes at 6", "Ocallaghan"),
        ("someone saw her walking on Ravenswood near the library", "Ravenswood"),
        ("meds are coming to 3307 Juniper apt 2B from now on", "3307 Juniper apt 2B"),
        ("aide visit at 918 w belmont unit 4 this morning", "918 w belmont unit 4"),
    ],
)
def test_streets_beside_a_shop_or_with_a_unit_are_masked(text: str, value: str) -> None:
    assert leak_free(text, value), (text, detect(text, "strict"))


@pytest.mark.parametrize(
    ("text", "keep"),
    [
        ("picked it up at the pharmacy on Monday", "Monday"),
        ("the clinic on Friday was quick", "Friday"),
        ("she was started on Eliquis by cardiology", "Eliquis"),
        ("give 2 tabs unit dose pack", "tabs"),
    ],
)
def test_days_drugs_and_doses_after_on_or_before_a_unit_stay(text: str, keep: str) -> None:
    assert not touched(text, keep, "strict"), (text, detect(text, "strict"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("cant come sat, im on lates at morrisons all week", "morrisons"),
        ("hes coaching at riverton boys on thursdays", "riverton boys"),
        ("Works at the Port of Napier (crane driver).", "Port of Napier"),
        ("Swims at the YMCA most mornings, no chest pain.", "YMCA"),
        ("Social: works at the Bank of Montreal, non-smoker.", "Bank of Montreal"),
    ],
)
def test_workplaces_and_schools_after_a_work_cue_are_masked(text: str, value: str) -> None:
    assert leak_free(text, value), (text, detect(text, "strict"))


@pytest.mark.parametrize(
    ("text", "keep"),
    [
        ("im at work til 6 then ill pop over", "work"),
        ("she works at home most days", "home"),
        ("training at the weekend if his knee is ok", "weekend"),
        ("he works at the depot in town", "depot"),
        ("NIGHTS AT REHAB FACILITY PENDING", "REHAB"),
    ],
)
def test_work_cues_before_no_ones_place_stay(text: str, keep: str) -> None:
    assert not touched(text, keep, "strict"), (text, detect(text, "strict"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("baby boy 7lb 2oz!! named him river. mum doing ok", "river"),
        ("we called her Harmony after my nan", "Harmony"),
        ("my appt with Leah on Tues needs moving", "Leah"),
        ("is the session with Ollie at 3 still on?", "Ollie"),
    ],
)
def test_a_babys_name_and_a_clinicians_first_name_after_their_cue_are_masked(text: str, value: str) -> None:
    assert leak_free(text, value), (text, detect(text, "strict"))


@pytest.mark.parametrize(
    ("text", "keep"),
    [
        ("she named her as next of kin on the form", "next"),
        ("the ward called him back at 5", "back"),
        ("appt with physio on Mon at 10", "physio"),
    ],
)
def test_words_after_naming_or_an_appointment_that_are_no_names_stay(text: str, keep: str) -> None:
    assert not touched(text, keep, "strict"), (text, detect(text, "strict"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("ring the front desk on 01 555 0123 ext 47 to rebook", "47"),
        ("call (03) 9555 0142, extn 7 after 9", "7"),
        ("the office is 0161 496 0321 extension 2210", "2210"),
    ],
)
def test_a_short_extension_after_a_phone_number_is_masked(text: str, value: str) -> None:
    assert leak_free(text, value), (text, detect(text, "strict"))


@pytest.mark.parametrize(
    ("text", "keep"),
    [
        ("started 2024-01-05 x 2 days then stop", "2 days"),
        ("BP 120/80 x 3 readings, all normal", "3 readings"),
    ],
)
def test_counts_after_a_number_stay(text: str, keep: str) -> None:
    assert not touched(text, keep, "strict"), (text, detect(text, "strict"))
