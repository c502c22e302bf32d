"""Scans rewritten to start from a class of first characters (the regex engine skips to them) find
what they found as first written, group for group: each is checked here against its earlier form
(the forms: `led_scan_forms.py`)."""

from __future__ import annotations

import re

import pytest

from medgate.privacy.recognizers import zip as zip_codes
from medgate.privacy.strict import acronyms, europe_dates, id_tails, named_codes
from medgate.privacy.word_start import may_hold, word_led, word_start
from tests.privacy.blind_notes import CHAT, NOTES, NOTES_4
from tests.privacy.corpus import generate
from tests.privacy.led_scan_forms import BEFORE, ID_TAILS_BEFORE

EDGES = [
    "Blk 31 Jurong West St 91 #07-210; BLK. 7A Bedok Ave 3 #12-345B; xBlk 4 St #05-112; Block 5 Ang Mo #1-1",
    "Lot 12, Phase 2; LOT 9A, Maple Road extension; P.O. Box 44, RR 2; PO Box 9 R.R. #4; Box 9,RR 3",
    "H/No. 12, Mill Road; h.no: 77A; House No 5-6; #8-3-228/B, ; a#8-3-228/B, ; ##2-1-11, ; #4-12-330,",
    "room 12, Block F; RM 3A, blk 12; calle 40 bloque 12 #3; Carrera 7 #45-12; AVENIDA 3 casa 4; 41, rang Sainte-Anne",
    "12B, chemin de la Côte; x41, rue du Port; 7, montée Lavoie; im at 2231 ext 9; call 4471 ext 2",
    "SSN ***-**-4471; XXX-XX-0193; x***-**-4471; #XX.XX 1234; *** ** 4471; ###-##-8888; ID ending 3390",
    "card ends in 8812; Account ENDS WITH 123456; a/c ending 4455; acct ends 12; 1234567890V123456 x1234567890V123456",
    "Reg No: QEH 24-118203; hospital # : RVH 123/4567; Record number AB 12-123; folder no. KK 99/12345; İd ending 12345",
    "the 3rd day of March, 2026; Dated this 21st day of June; 22 févr. and 9 janv; x9 janv; 1.9 janv; 3 Syawal 1446H",
    "12 Rabiul Awal 1447 AH; [04.11, 08:15]; 31.12. 23:59; 00.12, 09:00; fredag 4. april; 19. mars; x4. april",
    "4 et 5 avril, 8 und 9 Mai, 30 y 31 de mayo, 1999 2020 x2020 19999 1920 2019/2020; joi, 3 aprilie; 12 de mayo",
    "Kastanienallee 12, Vleutensevaart 212-bis, Sint Jansstraat 4, Sankt Olofsgatan 9; aKastanienallee 12; ×Straße 3",
    "a×Straße 3; Wandsbeker Chaussee 212; Postbus 123, Postfach 12 34, Apdo. 5, Boîte postale 9; xBox 9; Box 12 34",
    "Tel 030/ 1234 5678, 0221/98 76-54, x030/1234567, .089/1234567, 0 6 1 2 3 4 5 6 7 8, +  4 9 1 2 3 4 5 6 7 8",
    "RSSMRA85T10A562S, aRSSMRA85T10A562S, 85.07.30-033.28, x85.07.30-033.28, .85.07.30-033.28",
    "expires 03-2027, since 10-2015, x10-2015, /10-2015, 13-2015, 00-2015; 1450 E 3300 S; x1450 E 3300 S",
    "12/345 smith st; x12/345 long rd; 3/17 bay view pde; Jr. Huallaga 221; Psje. Las Flores 112; Avenida de la Paz 3",
    "John Smith Jr. Lima 1; Moo 4, 123/4 Moo 5, 99 M. 2; B1234CDE C1425DKA; LP #12, Main Road; xLP 3 Old Trace",
    "masuk HSA, kat HKL, rujuk ke RSCM, di IGD, xdi ABC, dari RSUD; (cardiology, CWM) (ICU,QEH) Lautoka Hospital (LTKH)",
    "Centre (ABC), Center (XY), xClinic (AB), Infirmary  (RIE), Clinic(AB), akat HKL, KAT HKL, dari  AB-1",
    "seen re No. 12345, Ref No: AB12345, NO 4456, n° 77812, Nº 88123, 3 No 12345, (No 12345), ref\tno 4417",
    "d/w KT re plan; DW: JO, spoke w/ ML; Discussed  with RB; ok per PG; per TK; xper AB; OK PER LM ( ; ſpoke with ab",
    "ngõ 17/3 Trần Phú; Hẻm 42 Lê Lợi; kiet 9 Bach Dang; NGACH 5/12 Hoa Binh; them 12 Main; xhem 4 Nam; KIET 3 A",
    "Avda. de Mayo 1420; Rúa do Vilar 12; Οδός Ερμού 14; V.le Monza 101; xVia Roma 3; .Calle 5 12; al. Jana Pawła 4",
    "3rd floor, Trade Centre Building; GROUND FLOOR Sunrise Tower; last bm 3/14, S/P orif 7-7, admit 12/31/2024",
    "LAST  BM 11/2; ex lap 4-19; xadm 3/3; Reintubated on 2/14 2 mg; PEGd 5/6; dx'd 1/1/; tha 9-9 hrs; İmn 3/4",
    "RN (Kofi, then Ama), sitter(Bo), PharmD (Yusuf); xrn (Ab), CNA  (Lee, Tam); interpreter (Noor) re; md (X)",
    "on rte 9, off hwy 101b, along state route 2, near 3rd ave., past cr. 44; upon fm 1960; by county road 7",
    "works nights at Tesco; on lates at morrisons; xworks at Bupa; retired welder from Raytheon; ſhift sun the 9th at Kmart",
    "owns a nail salon (Lotus Nails); RUNS AN old cafe (Bean Bag); seen at Little Sprouts Pediatrics in; sees The Oak Dental",
    "the Rexall on Dundas and Main, chemist on 12th, THE Boots on High St, ſhop on Queen; xthe Coop on Elm",
    "tx'd from stonegate, came over from kessler, TRACH CHANGED 2/3 AT LAKEVIEW; back to hartwell; xback to nowhere",
    "grandkids (Omar 7, Lina 4), parents Maribel and Sun, ſons (Ab 4); pt wiremu tane, NHI 1234; mother: auma grace, 31y",
    "thanks Dev\ntext Jas 0421 555 111, named her Ava. appt with Priya on Monday; dr k. olufemi-strand, Sr J. Mbeki-Farrow",
    'goes by "Tre", prefers to be called "Sunny", a.k.a. "Bunmi"; Lakeside Pharmacy, 88 Broadway, Leeds; x.dr a. bee',
    "found him on Kensington near the shops; 3307 Juniper apt 2B; 918 w belmont unit 4; x12 Oak flat 3; 1.22 Elm suite 9",
    "she is 94, aged 101, x95, 9.97; 3rd to 5th, 12-14, x3-4, 1.2 to 3; #12, 3rd Cross, Sector 4; No. 44, 2nd Main Road",
    "xNo 5, sector 2; #4/12, phase 3; 0412 555 123; a.b. rn; j.k. smith rn\n- jane d rn\n—ken rn\nx- al rn",
    "Ward: Lotus Block; xWard: Elgar Wing; in ward Elgar; to WARD Rose; HCA Priya here; RN Tamsin, ok; jane.doe88",
    "sra. ana lima, 88 a; Dona Maria Silva (; Srta Ana, 3; xSra Bea, 4; seu joão, 70 anos; elm ridge nh, BRIARCLIFF SNF",
    "Wendell's cell is; gus's mobile; x'ab's phone; leicester le1 7rh, toronto m6s 3y3, x2 5mg, le17rh",
    "Kel. Menteng, Kec Tebet, kelurahan Cikini, xkab Bogor; Pt: Somebody Test @ Ana Lee; name: xy @ Bo Li Wu",
    "lives off spanish town road; xoff old mill lane; off  the rd; Isle of Skye, Isles of Scilly, xBay of Plenty",
    "ER at the QEH; A&E ng KNH; xED of ABC; OPD sa PGH; cv SW1A 1AA, xAB1 2CD, B2 3EF; plate no. is AB12CDE",
    "labs drawn at Quest; Done at Labcorp-West; xsent at Synlab; rego: XYZ123; last 4 of his ssn is 4471",
    "nato a Monte San Savino, née à Saint-Jean, Nacido en Villanueva de la Serena, xnata a Roma, urodzony w Nowym Targu",
    "PIN 4471, pin code: 1234, Pin: 9981, xpin 1234, PIN is 88123; Ravi a/l Muthu, SITI A/P RAMAN, Ali s/o Ahmed, /Bo s/o Li",
    'checked by: J. Smith, signed BY A.B. Jones-Lee, xby J. Smith; ("Sunny"), (Chidi), "Bunny", “Tre”, ( Ana ), x"Bo"',
    "the fourth of july nineteen forty one, march the third, August the ninth, nineteen forty-eight, xmay the first",
    "Fourteen May twenty nineteen, twenty second april, twenty-first may, the second may be, ſeptember the first",
    "april seven nineteen sixty two, THIRTY-FIRST OF DECEMBER, thirtieth march, twenty\tfirst june, one june two thousand and three",
    "at the royal, From the Mater, pt@ the civic, x @ the civic, İn the willows, ıNTO THE LIMES, outta the gen, in the royal family",
    "SOR 12.03, ED 3.11., urgencias 01.02, Notaufnahme 21.05., A&E 7.10, xED 1.1, ER 31.12 at, emergency 9.09.2024",
    "41-3307512 M 19, 07-998812B03, x12-1234567B12, -12-123456 A 12, 1-1234567 B 12; QZ7 22 4410 918 236, RT 3 41 1",
    "KK3 10 2200 3301, -AB1 22 333 4444, MMH 4471208, xKMH 1234567, -RH 123456, CH\t99887766, LRH 12345678.5",
    "D.No 8-2-61, Tilak Road; d. no: 14/3, MG Rd; Door no 7-1 Anna Salai Street; DOOR NO 9, Gandhi; xDoor No 5, Elm",
    "flat 3/2, 41 byres road; FLAT 1/0, 7 Gardner Street; aflat 1/1, 3 High; Flat 0/1 22 Dumbarton, Glasgow",
    "Dr. P. Menon, KEM; DR Suresh Iyer, JIPMER. dr anil, RGH; xDr Bose, NIMS; Dr Ana Costa Reis Lima, HSM)",
    "pt saanvi rao 81 y/o; patient: tevita fifita 58yo; name: ioana pop 66 f; xpt: bo li 50 f; -name ab cd 40 years old",
    "10415-87 Ave NW, 1204 - 3rd St, x1204-3 St, .12345-1 Road, 9876 – 12A Rd E, 123-4 Dr. /5512-9 Way, 4410-12th Blvd",
    "tail N417AC, reg N92TX, REGISTRATION NO. N1234, xtail N12, Reg: N1, rego N5AB; key safe 2207, KEYSAFE CODE: 9134#",
    "door code 4471#, front door is 1834B, digicode A1294, code portail 12345, portkod 3391, xdoor 123, kod do bramy 4471",
    "Dørkode 5512, türcode 7781, lock box 0011; appt 4 15 at 0930, F/U 11 3 AT 10:30, 04 31 at 9, 00 3 @ 1, 112 3 at, 13 1 at",
    "date range 3/14-3/16, 12/30 - 1/2, x1/2-3/4, 01/09–01/12, 10/8-10/9 and 7/23-7/24 then 13/1-14/2, 0/1-0/2",
]  # fmt: skip


def scan_texts() -> list[str]:
    notes = [n.text for n in (*NOTES, *NOTES_4, *CHAT)] + [c.text for c in generate(30, 5)]
    # each edge line alone and after a letter, a digit, a dot, a slash and a newline, in three cases
    edges = [p + e for e in EDGES for p in ("", "x", "5", ".", "/", "\n")]
    return notes + edges + [e.upper() for e in edges] + [e.lower() for e in edges]


def _found(rx: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], dict[str, tuple[int, int]]]]:
    return [(m.span(), {g: m.span(g) for g in rx.groupindex}) for m in rx.finditer(text)]


@pytest.mark.parametrize("name", sorted(BEFORE))
def test_led_scan_finds_what_it_found_before(name: str) -> None:
    now, before = BEFORE[name]
    old = re.compile(before)
    for text in scan_texts():
        assert _found(now, text) == _found(old, text), text[:80]


def test_id_tails_find_what_they_found_before() -> None:
    """The one scan, or its variant without the word-led alternatives where their cue is missing."""
    for text in scan_texts():
        now = [(e.type, e.start, e.end) for e in id_tails.id_tail_spans(text)]
        old = [
            (id_tails._KINDS[g := m.lastgroup or "ssn"], m.start(g), m.end(g)) for m in ID_TAILS_BEFORE.finditer(text)
        ]
        assert now == old, text[:80]


def test_led_date_value_finds_what_it_found_before() -> None:
    """The day.month after a leading word: the same matches, each read the same way (v or e)."""
    old = re.compile(
        rf"(?<![\w.,/:])(?:(?P<v>{europe_dates._DAY}\.{europe_dates._MON}\.(?![\w]|[.,]\d))|(?P<e>[0-3]\d\.[01]\d\.?(?![\w%]|[.,]\d)))"
    )
    extra = ["am 7.5. den 14.06. od 21.09 le 03.02 on 31.12 x1.2. 1.2.3 40.10. 09.13. 7.5.2024 12.10%"]
    for text in scan_texts() + extra:
        now = [(m.span(), m.lastgroup) for m in europe_dates._LED_VALUE.finditer(text)]
        assert now == [(m.span(), m.lastgroup) for m in old.finditer(text)], text[:80]


def test_acronym_numbers_find_what_they_found_before() -> None:
    """The capitals' scan alone where no bank word can stand, both where one can."""
    old = re.compile(
        r"(?<![\w])(?:[A-Z]{2,6}[ \t]+(?:no\.?|num(?:ber)?|#)|BSB|(?i:sort[ \t]+code|routing(?:[ \t]+(?:no\.?|number|#))?"
        r"|ag[eê]ncia))[ \t]*:?[ \t]*(?P<v>\d{2,9}(?:[ \-]\d{2,6}){0,3})(?![\w\-/]|[.,]\d)"
    )
    extra = [
        "NHIF no 4418 2290, NHS no 943 476 5919, BSB 063-112, sort code 20-45-77, SORT CODE: 30-94-57",
        "routing 021000021, Routing number 011000015, agência 1234, AGENCIA 0456, ſort code 11-22-33, xBSB 063-112",
        "BSBX no 12345, ABC # 998877, A no 1234567, routİng 021000021, agencias 1234",
    ]
    for text in scan_texts() + extra:
        now = named_codes._ACRONYM_NO[any(w in text.lower() for w in named_codes._BANK_WORD_PARTS)]
        assert _found(now, text) == _found(old, text), text[:80]


def test_postcodes_find_what_the_three_shapes_find() -> None:
    z = zip_codes
    old = re.compile(rf"(?=[A-Z])(?:{z.UK_POSTCODE}|{z.CA_POSTCODE}|{z.EIRCODE})(?![\w\-])")
    extra = ["HR8 2LP, SA19 6HN, H2X 3K4, H91 X2C4, D6W FX24, D24 K7X3, T2N0 M1, A1 1AA, EC1A 1BB, B33 8TH-", "xhr8 2LP K1A 0B1"]
    for text in scan_texts() + extra:
        assert _found(z._POSTCODE, text) == _found(old, text), text[:80]


def test_word_led_is_word_start_for_plain_words() -> None:
    for words in (["zalo", "viber", "ig", "insta"], ["kiet", "kiệt", "hem"], ["per", "pager", "Skype"]):
        assert word_led(words) == word_start(words)


def test_may_hold_reads_what_ignorecase_matches() -> None:
    """Where IGNORECASE matches a letter that lower-casing does not give back (a dotted or dotless
    i, a long s), the test says the word may be there."""
    for text, word in (("KIMS", "kims"), ("kİms", "kims"), ("Kıms", "kims"), ("ſunway", "sunway"), ("\u212aims", "kims")):
        assert may_hold(text, text.lower(), [word])
    assert not may_hold("Kim's way", "kim's way", ["kims", "sunway"])
    assert not may_hold("Ünal at home", "ünal at home", ["kims"])


def test_spelt_out_places_are_found_from_their_brackets() -> None:
    """The initials before a bracket, found from the bracket and read back: `finditer`'s matches,
    group for group, with letters of other scripts, long words and brackets side by side."""
    extra = [
        "seen at Royal Victoria Hospital (RVH); RVH (Royal Victoria Hospital), KNH  (Kenyatta National Hospital)",
        "ABCDEF (Alpha Beta), éRVH (Royal Victoria H), x/AB (Al Bo), AB(Al Bo)(Cy Di), AB ((Al Bo), (AB (Al Bo))",
        "QEH\t(Queen Elizabeth Hospital) and UHW (University Hospital of Wales); ab (al-bo); A (Al Bo); ABCDE (A B C D E F)",
    ]
    rx = acronyms._SPELT_OUT
    fired = 0
    for text in scan_texts() + extra + [e.upper() for e in extra]:
        want = [(m.span(), m.groupdict()) for m in rx.finditer(text)]
        fired += bool(want)
        assert [(m.span(), m.groupdict()) for m in acronyms.spelt_out_matches(text)] == want, text[:80]
    assert fired

