"""General shapes behind blind PHI set 85's nursing notes, letters and voice-typed chats (new
examples written for these tests, not the set's own texts): a health system or centre named bare
after "at"/"@" following a doctor or a dated test ("PCP Dr. Lam at Kaiser Permanente", "echo moved to
3/9 @ Sentara Norfolk", "Dr. Reyes @ MUSC"), names joined by "&"; an agency after its label ("HH:
Bright Star Care", "DME: Apria") and a fax's sender or addressee ("From: Hill Country Family Clinic");
an employer after "boss at"; an employer and its site in brackets ("(FedEx, Katy hub)"); a charity's
shelter or mission by its name ("the Union Gospel Mission"); a numbered street with its side and no
street word ("on W 3rd"); a serial read out with its letters first ("k r 3 3 0 9 4 1 7"), a zip
code read out after "street in Town"; a health plan's number after its acronym alone ("IOMA 4 551209
7 02"). Kept: a lab value with a decimal comma ("Hb 9,4 kata dokter"), a dialysis machine by its
maker ("the Fresenius cycler"). And the near misses on each side."""

from __future__ import annotations

import pytest

from medgate.privacy import detect
from tests.privacy.helpers import leak_free, touched


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("PCP Dr. Lam at Kaiser Permanente, aware of admit.", "Kaiser Permanente"),
        ("Cardiologist Dr. Oyelowo at Ochsner & Touro, fax sent.", "Ochsner & Touro"),
        ("onc Dr. Reyes @ MUSC. next cycle 2/3.", "MUSC"),
        ("echo 3/2 moved to 3/9 @ Sentara Norfolk per Dr. Kim.", "Sentara Norfolk"),
        ("lap chole 2019 at Piedmont Atlanta, no issues.", "Piedmont Atlanta"),
        ("HH: Bright Star Care, first visit Mon.", "Bright Star Care"),
        ("DME: Apria to deliver O2 concentrator", "Apria"),
        ("Hospice: Kindred Hearts, RN to call", "Kindred Hearts"),
        ("Fax cover\nFrom: Hill Country Family Clinic, Pediatrics\nPages: 3", "Hill Country Family Clinic"),
        ("To: Lakeway Cardiology\nRe: referral", "Lakeway Cardiology"),
        ("wife asked us to call her boss at Trader Joe's re leave", "Trader Joe"),
        ("hopes to return to driving (FedEx, Katy hub) next month", "FedEx"),
        ("sleeps at the Union Gospel Mission most nights", "Union Gospel"),
        ("stays at the Catholic Charities shelter when cold", "Catholic Charities"),
        ("sleeps in the doorway on W 3rd near the library", "W 3rd"),
        ("the pump serial is k r 3 3 0 9 4 1 7 on the back", "k r 3 3 0 9 4 1 7"),
        ("we are at 40 Birch Road in Laredo 7 8 0 4 1 thanks", "7 8 0 4 1"),
        ("mi DNI 30.111.222 e IOMA 4 551209 7 02 gracias", "4 551209 7 02"),
    ],
)
def test_sites_agencies_and_read_out_numbers_are_masked(text: str, value: str) -> None:
    assert leak_free(text, value), (text, detect(text, "strict"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("pain meds at MD discretion", "MD discretion"),
        ("per Dr. Lee at MD discretion", "MD discretion"),
        ("started 12/4 @ NS 75/hr", "NS 75/hr"),
        ("seen by Dr. Ito at OSH, CT there", "OSH"),
        ("trazodone 3/1 at HS prn", "HS"),
        ("Dr. Park at Bedside for the family meeting", "Bedside"),
        ("INCREASED ON 10/20 @ MN PT WAS 950CC NEG", "MN PT WAS"),
        ("From: ICU\nTo: 5 West", "ICU"),
        ("HH: no, family to assist", "no"),
        ("HH: PT/OT twice weekly", "PT/OT"),
        ("HH: Home Health PT to start Mon", "Home Health"),
        ("HH: Skilled Nursing 3x/wk", "Skilled Nursing"),
        ("went to the Emergency shelter last winter", "Emergency"),
        ("Homeless shelter bed confirmed", "Homeless"),
        ("on 8th floor for telemetry", "8th floor"),
        ("minggu lalu Hb 9,4 kata dokter", "Hb 9,4"),
        ("ESR 12 30 45 then 2 10 (MDRD)", "12 30 45"),
        ("Fax\nFrom: Family Medicine\nTo: Nursing Home", "Family Medicine"),
        ("first INR 3/4 at Brookfield Warfarin Clinic", "Warfarin Clinic"),
        ("mum does PD overnight on the Fresenius cycler", "Fresenius cycler"),
        ("NxStage machine alarm x2 overnight", "NxStage machine"),
    ],
)
def test_near_misses_stay(text: str, value: str) -> None:
    assert not touched(text, value), (text, detect(text, "strict"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("neighbour Jo Fresenius 82 called", "Fresenius"),
        ("Mrs Baxter pump teaching done", "Baxter"),
    ],
)
def test_makers_as_people_are_still_masked(text: str, value: str) -> None:
    assert leak_free(text, value), (text, detect(text, "strict"))


def test_a_fax_line_naming_people_stays_theirs() -> None:
    """A fax's "To:" line with no organisation's word is the name filter's (names, not a place)."""
    text = "To: Dana & Eli Marsh <marsh@example.org>"
    assert leak_free(text, "Eli Marsh")
    assert not any(e.type.value == "LOCATION" for e in detect(text, "strict"))
