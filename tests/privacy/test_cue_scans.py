"""Scans tried only where one of their words begins (`word_start.cue_finditer`): the matches are
the scan's own `finditer`'s, group for group, on texts that fire them, in three cases, after a
letter, a digit or a space, and with the characters IGNORECASE matches that lower-casing does not
give back (a dotted or dotless i, a long s) or lengthens (the dotted capital I)."""

from __future__ import annotations

import re

import pytest

from medgate.privacy.recognizers import RECOGNIZERS
from medgate.privacy.strict import (
    clinical_event_dates,
    cue_names,
    dates,
    edge_names,
    facility_kinds,
    family_firms,
    family_lists,
    fire_companies,
    initialled_names,
    initials_towns,
    lab_names,
    message_details,
    named_codes,
    numbers,
    residence,
    shapes,
    shift_places,
    shop_streets,
    spoken_dates,
    staff_names,
    street_shapes,
    trade_firms,
    unit_addresses,
    work_places,
)
from medgate.privacy.word_start import cue_finditer, heads
from tests.privacy.test_led_scans import EDGES, scan_texts
from tests.privacy.test_scan_gates import GATE_EDGES

# each scan: the pattern, the words its every match begins with, whether a match begins a word
CUE_SCANS: dict[str, tuple[re.Pattern[str], tuple[str, ...], bool]] = {
    "at_work": (work_places._AT_WORK, work_places._HEADS[work_places._AT_WORK], True),
    "owns": (work_places._OWNS, work_places._HEADS[work_places._OWNS], True),
    "trade_firm": (trade_firms._RX, trade_firms._HEADS, True),
    "event_date": (clinical_event_dates._EVENT_DATE, clinical_event_dates._HEADS, True),
    "kids": (family_lists._KIDS, family_lists._HEADS[family_lists._KIDS], True),
    "pair": (family_lists._PAIR, family_lists._HEADS[family_lists._PAIR], True),
    "baby": (cue_names._BABY, cue_names._HEADS[cue_names._BABY], True),
    "appt": (cue_names._APPT, cue_names._HEADS[cue_names._APPT], True),
    "thanks": (edge_names._THANKS, edge_names._HEADS[edge_names._THANKS], True),
    "contact": (edge_names._CONTACT, edge_names._HEADS[edge_names._CONTACT], True),
    "discussed": (staff_names._DISCUSSED, staff_names._HEADS[staff_names._DISCUSSED], True),
    "in_role": (staff_names._IN_ROLE, staff_names._HEADS[staff_names._IN_ROLE], True),
    "named": (named_codes._NAMED, named_codes._NAMED_HEADS, True),
    "shift_place": (shift_places._RX, shift_places._HEADS, True),
    "shop": (shop_streets._SHOP, shop_streets._HEADS[shop_streets._SHOP], True),
    "near": (shop_streets._NEAR, shop_streets._HEADS[shop_streets._NEAR], True),
    "reside": (residence._RESIDE_CUE, residence._RESIDE_HEADS, True),
    "locality": (residence._LOCALITY_CUE, residence._LOCALITY_HEADS, True),
    "care_kind": (facility_kinds._KIND, facility_kinds._HEADS[facility_kinds._KIND], True),
    "transfer": (facility_kinds._TRANSFER, facility_kinds._HEADS[facility_kinds._TRANSFER], True),
    "labelled_ref": (shapes._LABELLED_REF, shapes._REF_HEADS, True),
    "full_month": (spoken_dates._FULL_MONTH, spoken_dates._MONTH_HEADS, True),
    "kin_firm": (family_firms._KIN_RX, family_firms._KIN_HEADS, False),
    "fire_unit": (fire_companies._UNIT, fire_companies._UNIT_WORDS, True),
    "month_date": (dates._MONTH_DATE, dates._MONTH_HEADS, True),
    "lab_name": (lab_names._RX, lab_names._HEADS, True),
    "plate": (message_details._PLATE, message_details._PLATE_HEADS, True),
    "last_digits": (shapes._LAST_DIGITS, ("last",), True),
    "titled_initial": (initialled_names._TITLED_INITIAL, initialled_names._TITLE_HEADS, True),
    "extension": (numbers._EXTENSION, numbers._EXTENSION_HEADS, True),
    "short_phone": (numbers._SHORT_PHONE, numbers._SHORT_PHONE_HEADS, True),
    # (these two read the lower-cased text)
    "first_link": (street_shapes._FIRST_LINK, street_shapes._HEADS[street_shapes._FIRST_LINK], True),
    "route": (street_shapes._ROUTE, street_shapes._HEADS[street_shapes._ROUTE], True),
}
CUE_SCANS |= {  # the engine's scans led by their heads, anywhere in a word
    f"engine_{p.name}": (re.compile(p.regex), p.heads, False) for rec in RECOGNIZERS for p in rec.scans if p.heads
}
_LOWER = frozenset({"first_link", "route"})
CUE_EDGES = [
    "pts parents Ana and Bo; kids (Lia 4, Tom 9); named her Ava. appt with Priya on Monday; thanks\nDev\ntxt Jas 0412 555 111",
    "d/w JT re plan; per KL (; RN (Kofi, then Ama); id: AB123456; Ref is 4471-22-19; on 12th ave; off rt 9; rd 12, plot 4",
    "nights at Kmart; works at Bell Foundry; welder for Joe Bloggs Steel; the pharmacy on Queen St; the Boots on Elm",
    "lives in Leeds, resides at 4 Elm; brgy San Isidro, Purok 3; to ltach; from NH; x rehab; SNF; claim no. AB-12345",
    "tx'd to Kessler; TRANSFERRED FROM Lakeview; trach changed 2/3 at Hartwell; booking ref: 7P2LQX; May 3rd; MARCH",
    "Pruitt & Sons Funeral Home; Van Dyke Bros. Ltd; Grandsons; xSONS; Okafor and Daughters; nephews' van; Sisters&Co",
    "ex lap 3/14; peg'd 5/6; dx'd 1/1; trached 2/12; shop on Main near the park; on Gray by the bank; thank you\nMo",
    "Works as a cook at Dino's; WORKED AS CLERK FOR Acme Ltd; job at the Ritz; shift at Costa; nanny for The Bakers",
    "FIREFIGHTER AT ENGINE 37; crew of Ladder 9; station 3; xmedic 12; Rescue #2; truck no. 4; 5squad 1; Medication 5",
    "xworks at Tesco; 5retired from Ford; _driver for Uber; works\tat Lidl; retired (at Shell); security at  Mall",
    "Kind regards,\nAroha Ngata\nBest\nDr Tui Roe\nxThanks,\n Ben Ode\nNgā mihi\nMere\nSINCERELY\nANN LEE\nCheers \nThe Team",
    "-- Mel K, RN\n- jess t. (EN)\n– tomas b. rpn\nx-ray - Al B. md\n—Bo Ng pt; 12-3 Ann C ot; --- Cy D rn; a—Di E. np",
    "call ext. 212 or bleep 617; BEEPER #4-1223, P# 2274, x 4471; extension: 305; next 212; xpager 4471; page me on 5512",
]  # fmt: skip


def _texts() -> list[str]:
    edges = [p + e for e in CUE_EDGES + GATE_EDGES + EDGES for p in ("", "x", "5", " ")]
    folded = [e.replace(c, f) for e in edges[:: 4] for c, f in (("i", "\u0131"), ("I", "\u0130"), ("s", "\u017f"))]
    return scan_texts() + edges + [e.upper() for e in edges] + [e.lower() for e in edges] + folded


def _found(ms: object, rx: re.Pattern[str]) -> list[tuple[tuple[int, int], dict[str, tuple[int, int]]]]:
    return [(m.span(), {g: m.span(g) for g in rx.groupindex}) for m in ms]  # type: ignore[attr-defined]


@pytest.mark.parametrize("name", sorted(CUE_SCANS))
def test_a_cue_scan_finds_what_its_finditer_finds(name: str) -> None:
    rx, starts, edge = CUE_SCANS[name]
    fired = 0
    for text in _texts():
        if name in _LOWER:
            text = text.lower()
        want = _found(rx.finditer(text), rx)
        fired += bool(want)
        assert _found(cue_finditer(rx, text, text.lower(), starts, edge=edge), rx) == want, text[:80]
    assert fired  # (the texts exercise the scan)


def test_heads_are_the_literal_each_alternative_begins_with() -> None:
    assert heads(["works?", "d/w", r"discussed[ \t]+w(?:ith|/)", "Skype", "kiệt", r"on[ ](?:a|b)", "ab{2}", "work"]) == (
        "work", "d/w", "discussed", "skype", "ki", "on", "a",
    )  # fmt: skip
    with pytest.raises(ValueError):
        heads([r"\d+"])


def test_initials_and_towns_are_found_where_finditer_finds_them() -> None:
    """From the lines' starts, the dashes and the prepositions: `finditer`'s matches, group for group."""
    extra = [
        "NURSES NOTES - DMC LUDHIANA, CCU\nreferred to CMC Vellore\nAIIMS Delhi\nxto CMC Vellore; sent\t-\tKEM Mumbai",
        "İN DMC Ludhiana; ın CMC Vellore; FROM SGPGI Lucknow; Of PGI Chandigarh;at KEM Mumbai; _in AB Pune; 5to JJ Agra",
        "into AB Pune; at\tBJ Pune\n\nGMC Nagpur\r\nNIMS Hyderabad -  MGM Indore -CMC Vellore x- SMS Jaipur",
    ]
    texts = _texts() + extra + [e.lower() for e in extra] + [e.upper() for e in extra]
    rx = initials_towns._RX
    fired = 0
    for text in texts:
        want = _found(rx.finditer(text), rx)
        fired += bool(want)
        assert _found(initials_towns._found(text), rx) == want, text[:80]
    assert fired


def test_unit_addresses_are_found_where_finditer_finds_them() -> None:
    """From the heads of the lot, block, box, house, door, room and street words, or everywhere
    where the French road's comma and word stand: `finditer`'s matches, group for group."""
    rx = unit_addresses._UNIT_ADDRESS
    fired = 0
    for text in _texts():
        want = _found(rx.finditer(text), rx)
        fired += bool(want)
        assert _found(unit_addresses.unit_matches(text), rx) == want, text[:80]
    assert fired
