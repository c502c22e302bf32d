"""General shapes behind blind PHI set 74 (new examples written for these tests, not the set's own
texts): a dwelling told by a chain of section, lot or allotment numbers (Papua New Guinea: "section
31 lot 7", "Section 88 Allotment 4") or of a building and a flat ("bldg 12 apt 8"); an age over 89
in Kreol morisien ("li ena 93 an") or after a kin word with "is" run on ("dad's 93 next week"); a
Malaysian kampung after "dari", "alamat" or a lot ("dari Kg. Sri Menanti", "lot 8 kg. tanjung aru").
Kept: an ECG's ST segment written in another language, read as a saint's place or a surname ("ecg
st chênh xuống v5-v6"). And the near misses on each side."""

from __future__ import annotations

import pytest

from medgate.privacy import detect
from tests.privacy.helpers import leak_free, touched


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("we stay at Boroko section 31 lot 7 call me on the same number", "section 31 lot 7"),
        ("Residence: Section 88 Allotment 4, Tokarara", "Section 88 Allotment 4"),
        ("Bayangol district 9th khoroo, bldg 12 apt 8, near the market", "bldg 12 apt 8"),
        ("pt lives plot 9 lot 41 behind the church", "plot 9 lot 41"),
        ("mo granmer ena 91 ans, li pa pe manze", "91"),
        ("so papa ena 94 an, li tom dan lakwizinn", "94"),
        ("dad's 93 next week and still drives", "93"),
        ("grandma’s 96 on sunday, very frail", "96"),
        ("IC 700101-12-5528, dari Kg. Sri Menanti. Datang ke KK pagi", "Sri Menanti"),
        ("alamat kami lot 8 kg. tanjung aru. jgn lupa ubat", "lot 8 kg. tanjung aru"),
        ("tinggal di kampung Bukit Tiga, anak jaga", "Bukit Tiga"),
    ],
)
def test_section_lots_flats_and_kreol_ages_are_masked(text: str, value: str) -> None:
    assert leak_free(text, value), (text, detect(text, "strict"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("vaccine lot 22 given, section 3 of form done", "lot 22"),
        ("ena 95 dimounn dan lasal", "95"),
        ("mum's sugar 97 this am", "97"),
        ("mum's 97% on air", "97"),
        ("dad's 92 mg dose", "92"),
        ("dad's 45 and fit", "45"),
        ("weight 70 kg. Lok at chart", "Lok"),
        ("paracetamol 15 mg/kg. dari pagi demam", "dari pagi"),
        ("naik 3 kg dari bulan lepas", "3 kg"),
        ("ecg st chênh xuống v5-v6, báo bs", "st chênh xuống v5-v6"),
        ("bn đau ngực, st chênh lên v2-v4", "st chênh lên v2-v4"),
        ("ekg: st chênh lên, gọi bs", "st chênh"),
    ],
)
def test_lot_numbers_readings_and_st_segments_stay(text: str, value: str) -> None:
    assert not touched(text, value, "strict"), (text, detect(text, "strict"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("chuyển bv st paul's, ecg bình thường", "st paul's"),
        ("transfer to st vincent's. v1 normal on ecg", "st vincent's"),
        ("bn nguyễn văn chênh, ecg bình thường", "chênh"),
    ],
)
def test_saints_and_names_beside_an_ecg_are_still_masked(text: str, value: str) -> None:
    assert leak_free(text, value), (text, detect(text, "strict"))
