"""Gates before whole-text scans (a cheap test that every match of the scan passes, so the scan
runs only where it can find something): no match where the gate fails, on texts that fire the scan;
and the blood-gas finder that replaced a scan finds what the scan found."""

from __future__ import annotations

import re

import pytest

from medgate.privacy.strict import (
    arabic_places,
    asian_addresses,
    bedside_devices,
    care_names,
    chat_places,
    clinical_event_dates,
    company_names,
    credential_signatures,
    dashed_house_numbers,
    dates,
    dotted_day_months,
    employer_slots,
    europe_streets,
    facility_streets,
    facility_towns,
    family_lists,
    label_names,
    latin_ids,
    latin_streets,
    local_addresses,
    local_dates,
    local_phones,
    named_codes,
    numbers,
    paged_numbers,
    postposed_places,
    score_labels,
    shapes,
    short_facilities,
    spaced_dates,
    trade_employers,
    unit_addresses,
    visit_dates,
    ward_hospitals,
    work_places,
)
from medgate.privacy.word_start import may_hold
from tests.privacy.test_led_scans import EDGES, scan_texts

# each gate: a cheap test that every match of its scan passes, with the scan it stands before
GATES = {
    "chain": (postposed_places._CHAIN, lambda t: may_hold(t, t.lower(), postposed_places._CHAIN_NAMES)),
    "one_word_hospital": (short_facilities._ONE_WORD_HOSPITAL, lambda t: any(v in t for v in short_facilities._VISIT_AT)),
    "type_after": (europe_streets._TYPE_AFTER, lambda t: any(v in t for v in europe_streets._TYPES_AFTER)),
    "floor": (asian_addresses._FLOOR, lambda t: may_hold(t, t.lower(), ("floor",))),
    "building": (asian_addresses._BUILDING, lambda t: any(k in t for k in asian_addresses._SPACED_KINDS)),
    "jalan": (asian_addresses._JALAN, lambda t: "Jl" in t or "Jalan" in t),
    "event_date": (clinical_event_dates._EVENT_DATE, lambda t: clinical_event_dates._PAIR.search(t) is not None),
    "device": (bedside_devices._DEVICE, lambda t: may_hold(t, t.lower(), bedside_devices._MAKERS)),
    "bare_device": (bedside_devices._BARE, lambda t: may_hold(t, t.lower(), bedside_devices._MAKERS)),
    "irish_street": (local_addresses._IRISH_STREET, lambda t: any(h in t for h in local_addresses._SPACED_HEADS)),
    "mac": (shapes._MAC, lambda t: shapes._HEX_RUN.search(t) is not None),
    "registration": (shapes._REGISTRATION, lambda t: any(r in t for r in shapes._REGULATORS)),
    "compound": (europe_streets._COMPOUND, lambda t: any(s in t for s in europe_streets._SPACED_SUFFIXES)),
    "practice": (work_places._PRACTICE, lambda t: any(s in t for s in work_places._SPECIALTIES)),
    "ed_day": (local_dates._ED_DAY, lambda t: local_dates._SPACED_DAY_MONTH.search(t) is not None),
    "trade_firm": (trade_employers._TRADE_FIRM, lambda t: may_hold(t, t.lower(), trade_employers._CUES)),
    "page_verb": (  # (the verb anywhere: the pass reads it before each number)
        re.compile(paged_numbers._PAGE_VERB_BEFORE.pattern.removesuffix(r"\Z")),
        lambda t: may_hold(t, t.lower(), paged_numbers._CUES),
    ),
    "ward_then_place": (ward_hospitals._WARD_THEN_PLACE, lambda t: "ward" in t.lower()),
    "place_then_ward": (ward_hospitals._PLACE_THEN_WARD, lambda t: "ward" in t.lower()),
    "saint_signed": (
        credential_signatures._SAINT_SIGNED,
        lambda t: credential_signatures._SAINT_AFTER_DOT.search(t) is not None,
    ),
    "own_phone": (family_lists._OWN_PHONE, lambda t: family_lists._PHONE_AFTER_S.search(t) is not None),
    "visit_day": (visit_dates._VISIT_DAY, lambda t: visit_dates._DOTTED_MONTH.search(t) is not None),
    "closing_day_month": (
        dotted_day_months._CLOSING,
        lambda t: dotted_day_months._DOTTED_AT_LINE_END.search(t) is not None,
    ),
    "signed_line": (
        credential_signatures._SIGNED_LINE,
        lambda t: credential_signatures._CREDENTIAL_AT_END.search(t) is not None,
    ),
    "saint_signed_at_end": (
        credential_signatures._SAINT_SIGNED,
        lambda t: credential_signatures._CREDENTIAL_AT_END.search(t) is not None,
    ),
    "sort_code": (shapes._SORT_CODE, lambda t: shapes._SORT_CODE_TAIL.search(t) is not None),
    "curp": (shapes._CURP, lambda t: shapes._CURP_TAIL.search(t) is not None),
    "cued_dotted_id": (shapes._CUED_DOTTED_ID, lambda t: shapes._THOUSANDS_DOTS.search(t) is not None),
    "school": (company_names._SCHOOL, lambda t: any(k in t for k in company_names._SCHOOL_KINDS)),
    "surname_given": (label_names._SURNAME_GIVEN, lambda t: label_names._CAPS_COMMA_CAP.search(t) is not None),
    "facility_street": (facility_streets._RX, lambda t: any(k in t for k in facility_streets._SPACED_TYPES)),
    "spaced_date": (spaced_dates._RX, lambda t: spaced_dates._PAIR_AT.search(t) is not None),
    "day_month": (dates._DAY_MONTH, lambda t: dates._MONTH_DATE.search(t) is not None),
    "local_phone": (numbers._LOCAL_PHONE, lambda t: numbers._LOCAL_PHONE_TAIL.search(t) is not None),
    "four_four_phone": (numbers._FOUR_FOUR_PHONE, lambda t: numbers._FOUR_FOUR_TAIL.search(t) is not None),
    "roman_month": (dates._ROMAN_MONTH_DATE, lambda t: dates._ROMAN_AFTER_DOT.search(t) is not None),
    "case_number": (latin_ids._CASE_NUMBER, lambda t: "-" in t and latin_ids._CASE_TAIL.search(t) is not None),
}
GATES |= {  # each employer slot's scan, before which its own test stands
    f"employer_slot_{k}": (rx, lambda t, ready=ready: ready(t, t.lower()))
    for k, (ready, rx) in enumerate(employer_slots._SLOTS)
}
GATE_EDGES = [
    "at Fortis Noida, FORTIS se, kims mein, Sunway Medical e, to Apollo; seen at Mercy on 3 May; visit at Kyle last week",
    "Hauptstr. 5, Kastanien Allee 12, Lange Markt 3, Ringvägen 4; bm 3-14, readm 10/2, EGD on 1/9, dx'd 12-30 day",
    "R IJ QUINTON 12, trach: Bivona 7, size 8 portex, fem mahurkar; 14 Cnoc an Óir, 3b, Ráth Mór Dubh; GMC 7043321",
    "Flat 12B, Wing C, Shanti Kunj, Sector 4; B-12, Green Park Residency; Jl. Melati II no 4; Jln Raya Blok 9 No. 12",
    "mac 00:1a:2B:3c:4d:5e, 00-1A-2B-3C-4D-5E, aa:bb-cc:dd-ee:ff; AHPRA MED0001234, NMC: 12A3456E, RPh 88123",
    "semi driver w/ werner; Lineman for Entergy, LETTER CARRIER WITH canadapost, fireman for years, a woman for hire",
    "pinged the med reg on 5512; Bleeping ortho FY2 on 3-3021; paging 4410; beeped him on 1000 units; sleeping on 2200",
    "Ward 12C Ormskirk\nseen from Alder Hey, ward 3 - Whiston WARD 5 Sefton, sent AT craigavon ward 4b; toward 9 Hills",
    "Handover given. T. ST. LAURENT, RN\nB. Saint Cyr RPN\nnoted: A.Ste Brigitte LPN\nx. St. Croix RN\nD. Sta Rosa MD",
    "Lena's cell 0412 9; dad's mobile; Tomasz’s #4471; kofi's tel 55; xbo's phone; Priya's number, Lee's\tlandline",
    "home visit 14.10, Note: 2.09, SEEN - 29.11; review 1.13; call 9.05.2024; contact 31.12/; phoned 7.01",
    "Night shift 19:30-07:30, 21.11\nDay shift - 4.1 \nlates, 11.12\nearlies – 30.10\nobs 36.5, 12.5\nBP, 1.13",
    "attends Hillcrest High School; at St Aidan's Academy, at Kings Grammar; attending Oak Vale Primary; at the high school",
    "MWANGI, GRACE   Rx 12\n\"OKONKWO, CHIDI\"\nName: O'NEILL, AOIFE DOB 1/2/90\nPMH: DM2, HTN, AMI 2019\nTRAN, BAO",
    "sent to lakshmi hosp station road, city hospital, mill lane\tkem hospital lbs marg; clinic\tmall rd; 3rd word; center",
    "To: Human Resources, Rand Water\nATTN: HR Dept, Kenya Power;\nfor: the human  resources office, Acme\nto HR , Tata Steel. HR 88,",
    "Employer: Ghana Ports Authority (corporate); my boss at shoprite wants; works as Bolt driver; my company, Eskom, attn",
    "Rosalind at Metro Pharmacy on Portage Ave; from Kwik Save on Mill Road, at Home on Main St, at Boots on\tHigh Street",
    "Pt's employer UPS (driver); his employer Kroger, in; my employer is Acme Foods. at the Salvation Army on Luckie St",
    "sort code 30-96-26 44550912, 11-22-33 12345678x, -40-11-62 87654321; CURP BADD110313HCMLNS09, XAXX010101MNEXXXA8",
    "cc 1.234.567.890, C.I. V-12.345.678, DNI: 30.123.456, RUT 6.482.119-K, nit 900.123.456-7, ci 12.345, cc. E 1.234.567",
    "NEXT APPT CLINIC 4 15 AT 0930; f/u 11 3 at 10:30; visit 2 10 @ 9:00; review 12 31 at 1245; BP 4 15 at rest",
    "P. Naidoo RPN\nJ. Adeyemi-Cole, RN \n  K. Mensah HCA\nsigned A. Banda MD\nB. Cereus RN\nT.Oduya FY1\nR. Vos RN, ward 4",
    "Exp. 2019-PEN-00412-22, 1998-AB-123-45x, 2020-ABCDE-123-45; 10415-87 Ave, 12-3; 5 0 3 5 5 5 0 1 6 2; 0412 555 123",
    "seen 23.iv, review 3.xi.24, op 1.XII.2023 and 4.vi; x.iv; 12.ix. 9.Iv; 31.v, 7.x.1990; 2.5 mg; v.2.1",
]  # fmt: skip


@pytest.mark.parametrize("name", sorted(GATES))
def test_a_gated_scan_has_no_match_where_its_gate_fails(name: str) -> None:
    rx, gate = GATES[name]
    edges = [p + e for e in GATE_EDGES + EDGES for p in ("", "x", "5", " ")]
    texts = scan_texts() + edges + [e.upper() for e in edges] + [e.lower() for e in edges]
    fired = 0
    for text in texts:
        if rx.search(text) is not None:
            fired += 1
            assert gate(text), text[:80]
    assert fired  # (the texts exercise the scan)


def test_gases_found_from_their_o2_are_what_the_scan_finds() -> None:
    """A blood gas is found from its "O2" and read back at most four characters, where the scan
    found it: the same starts, in the same order."""
    extra = [
        "PaCO2 77, SvO2 60, EtCO2 35, tcpO2 9, CO2 4, O2 2L, O22, xO2, éO2, abcdeO2, abcO2, aCO2O2, o2o2, ²O2",
        "_O2, 9O2, O2.5, ǅO2, PaO2/FiO2, SpO2:98%, sao2 97, ETCO2, PACO2, paco2, co2o2, ABCDEFO2, abcdO2",
    ]
    for text in scan_texts() + extra + [e.lower() for e in extra]:
        assert score_labels.gas_starts(text) == [m.start() for m in score_labels._GAS_AT.finditer(text)], text[:80]


def test_europe_street_gates_are_their_lists_any() -> None:
    """The street suffix and street type gates, each one search of its list's alternation, hold
    where one of the list's entries is in the text, and only there."""
    edges = [p + e for e in GATE_EDGES + EDGES for p in ("", "x", " ")]
    for text in scan_texts() + edges + ["Wandsbeker Chaussee 12", "Kastanienallee 9", "Weg", "Weg 3", "x straße y"]:
        for rx, entries in (
            (europe_streets._ANY_SPACED_SUFFIX, europe_streets._SPACED_SUFFIXES),
            (europe_streets._ANY_TYPE_AFTER, europe_streets._TYPES_AFTER),
        ):
            assert (rx.search(text) is not None) == any(e in text for e in entries), text[:80]


def test_a_pin_after_a_dash_is_found_from_either_dash() -> None:
    """The PIN gate, a hyphen's scan and an en dash's, holds where the one scan of both dashes finds one."""
    both = re.compile(r"[-–][ \t]*[1-9]\d{2}[ ]?\d{3}(?![\w/\-])")
    edges = [p + e for e in GATE_EDGES + EDGES for p in ("", "x", " ")]
    extra = ["Dharavi – 400017", "Pune -411 001", "Agra–282001x", "x-123456", "Hyderabad —500 001", "- 012345", "–912 345/"]
    for text in scan_texts() + edges + extra:
        assert facility_towns.pin_after_dash(text) == (both.search(text) is not None), text[:80]
    assert any(facility_towns.pin_after_dash(t) for t in extra)




# searches rewritten to start from a literal the regex engine skips to, each beside its earlier form:
# used only as a test of whether the text holds one, they answer as the earlier form answers
REWRITTEN_SEARCHES = {
    "glued_dash": (dashed_house_numbers._GLUED_DASH, r"\d{3}-\d"),
    "seven_digits_spaced": (named_codes._SEVEN_DIGITS_SPACED, r"\d[ ]\d[ ]\d[ ]\d[ ]\d[ ]\d[ ]\d"),
    "digits_spaced": (named_codes._DIGITS_SPACED, r"\d[ ]\d{1,2}[ ]\d"),
    "local_phone_shape": (local_phones._SHAPE, r"\d{3,4} \d{2,4}"),  # (its plain form, widened for "991 47 32")
}


@pytest.mark.parametrize("name", sorted(REWRITTEN_SEARCHES))
def test_a_rewritten_search_answers_as_its_earlier_form(name: str) -> None:
    rx, before = REWRITTEN_SEARCHES[name]
    old = re.compile(before)
    edges = [p + e for e in GATE_EDGES + EDGES for p in ("", "x", "5", " ")]
    extra = ["123-4", "12-34", "1234-", "a123-4b", "1 2 3 4 5 6 7", "1 2 3 4 5 6", " 1 2 3 4 5 6 7 ", "123 456", "12 3456", "1234 56"]
    found = 0
    for text in scan_texts() + edges + extra:
        assert (rx.search(text) is not None) == (old.search(text) is not None), text[:80]
        found += rx.search(text) is not None
    assert found


def test_a_spelled_word_is_cued_from_either_literal() -> None:
    """The spelled-word cue, a scan from a space and one from a dash, holds where the one scan led by
    both held."""
    both = re.compile(r"[\- ](?:(?<=[ ])[A-Za-z][ ][A-Za-z]|(?<=-)[A-Za-z]-[A-Za-z])(?![\w\-])")
    edges = [p + e for e in GATE_EDGES + EDGES for p in ("", "x", " ")]
    extra = ["that's H-O-A", "d e s i r", "x-y-z", "-a-b", " a b", "a b", "-a-bc", " a bc", "Q-R-", " Z Y-"]
    for text in scan_texts() + edges + extra:
        assert named_codes.spelled_cue(text) == (both.search(text) is not None), text[:80]
    assert any(named_codes.spelled_cue(t) for t in extra)


# gates of many words written as one search of their alternation (`word_start.any_of`), each with its words
ANY_OF = {
    "irish_heads": (local_addresses._ANY_SPACED_HEAD, local_addresses._SPACED_HEADS),
    "street_type_words": (local_addresses._ANY_STREET_TYPE_WORD, local_addresses._STREET_TYPE_WORDS),
    "regulators": (shapes._ANY_REGULATOR, shapes._REGULATORS),
    "area_cues": (latin_streets._ANY_AREA_CUE, latin_streets._AREA_CUES),
    "lower_type_cues": (latin_streets._ANY_LOWER_TYPE_CUE, latin_streets._LOWER_TYPE_CUES),
    "building_kinds": (asian_addresses._ANY_SPACED_KIND, asian_addresses._SPACED_KINDS),
    "estate_words": (chat_places._ANY_ESTATE_WORD, chat_places._ESTATE_GATE),
    "care_roles": (care_names._ANY_GATE, care_names._GATES),
    "arabic_streets": (arabic_places._ANY_STREET_WORD, arabic_places._STREET_WORDS),
    "unit_cues": (unit_addresses._ANY_CUE, unit_addresses._CUES),
}


@pytest.mark.parametrize("name", sorted(ANY_OF))
def test_a_gate_of_many_words_is_any_of_them(name: str) -> None:
    """One search of the words' alternation holds where one of the words is in the text, and only
    there, as written and lower-cased."""
    rx, words = ANY_OF[name]
    edges = [p + e for e in GATE_EDGES + EDGES for p in ("", "x", " ")]
    texts = scan_texts() + edges + [f"x{w}y" for w in words] + [w[1:] for w in words if len(w) > 1]
    held = 0
    for text in texts + [t.lower() for t in texts]:
        assert (rx.search(text) is not None) == any(w in text for w in words), text[:80]
        held += rx.search(text) is not None
    assert held


def test_a_spaced_slash_date_needs_a_space_beside_a_slash() -> None:
    """Where no space or tab stands beside a slash, the spaced slash-date scan finds only dates
    without spaces, which date_spans passes over: skipping the scan there loses nothing."""
    edges = [p + e for e in GATE_EDGES + EDGES for p in ("", "x", " ")]
    extra = ["19 / 08 / 1996", "3 /11/ 52", "3/11/52", "04\t/27/1990", "12/ 3/ 2020", "x 1/2/2003 y"]
    spaced = 0
    for text in scan_texts() + edges + extra:
        found = [m for m in dates._SPACED_SLASH_DATE.finditer(text) if " " in m["s"] or "\t" in m["s"]]
        spaced += bool(found)
        assert not found or dates.spaced_slash(text), text[:80]
    assert spaced

