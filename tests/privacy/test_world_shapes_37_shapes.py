"""Address, number, date and age shapes found missing by blind PHI set 37 (recorded before any
change; new examples written for these tests, not the set's own texts), and the near misses that
must stay."""

from __future__ import annotations

import pytest

from medgate.privacy import PhiType, detect
from tests.privacy.helpers import covered, masked, touched


@pytest.mark.parametrize(("text", "value"), [
    # Vietnamese: a house number, the lane (ngõ, ngách, hẻm, kiệt) and its number, the street;
    # then the ward, district and city after commas
    ("nhà tôi ở 23 kiệt 5 nguyễn chí thanh, hải châu, đà nẵng. cảm ơn", "23 kiệt 5 nguyễn chí thanh"),
    ("nhà tôi ở 23 kiệt 5 nguyễn chí thanh, hải châu, đà nẵng. cảm ơn", "đà nẵng"),
    ("we rent at 108 hẻm 31 lê văn sỹ, phường 13, quận 3 now", "108 hẻm 31 lê văn sỹ"),
    ("địa chỉ số 9 đường trần phú, phường 4 nhé", "đường trần phú"),
    # Indonesian: jl./jalan, no., the neighbourhood units rt/rw, the village (kel./desa) and district (kec.)
    ("alamat jl. anggrek no. 5 rt 01/rw 09, kec. tegalrejo, yogyakarta. makasih", "jl. anggrek no. 5"),
    ("alamat jl. anggrek no. 5 rt 01/rw 09, kec. tegalrejo, yogyakarta. makasih", "rt 01/rw 09"),
    ("rumah di jalan mawar no 21 rt 7 rw 2 desa sukasari", "rt 7 rw 2"),
    # Romanian: "Str." and "nr.", the town and its postcode after the sector
    ("Domiciliu: Str. Florilor nr. 9, Brașov 500123, tel. mobil", "Str. Florilor nr. 9"),
    # French Canada: a number, then rue, chemin, boul. in lower case
    ("habite au 1185 chemin du lac, apt 2, magog qc j1x 2v4 depuis mai", "1185 chemin du lac"),
    ("son fils reste au 315 boul. laurier, levis", "315 boul. laurier"),
    ("moved to 48 rue principale, granby last year", "48 rue principale"),
    ("the pharmacy is the one on Rue Sainte-Catherine in Montreal", "Rue Sainte-Catherine"),
    ("I live on Chemin de la Côte-des-Neiges now", "Chemin de la Côte-des-Neiges"),
    # Ireland: a number, then "the" and an estate's word, the town, and a lower-case Eircode
    ("we're in 7 the orchard, tuam, co galway h54 w2p6 now", "7 the orchard"),
    ("we're in 7 the orchard, tuam, co galway h54 w2p6 now", "h54 w2p6"),
    ("eircode is a92 r4k7 if the ambulance needs it", "a92 r4k7"),
    # Brazil: the town between the district and "cep"
    ("entregar na rua tiradentes 450 apto 12, bela vista, são carlos, cep 13560-000", "são carlos"),
    ("entregar na rua tiradentes 450 apto 12, vila nova, rio claro, cep 13500-000", "rio claro"),
    # a house told by its number and block letter (Pakistan, India)
    ("hum dha phase 5 mein hain, house 12-b. shukriya", "house 12-b"),
    # Hong Kong: the floor after the street
    ("Flat C, 18 Temple Street, 21/F", "21/F"),
    # ages over 89 in an "Age/Sex" field and in other languages' years words
    ("Name: Shri Ramesh Iyer   Age/Sex: 95/M   IP No: 3301", "95"),
    ("AGE/SEX: 97/F  WARD: 4", "97"),
    ("pak budi santoso, 96 tahun, batuk sejak kemarin", "96"),
    ("el hagga fatma mostafa, 93 sana, sokar 300", "93"),
    ("dada ji 95 saal ke hain, bp high", "95"),
    ("la nonna, 92 anni, caduta in casa", "92"),
    # dates said in words: an ordinal before the month with no "of", a cardinal day after it
    ("appointment is on twenty third june at the clinic", "twenty third june"),
    ("she was seen fifth october by the gp", "fifth october"),
    ("date of birth april seven nineteen sixty two thanks", "april seven nineteen sixty two"),
    # a weekday, "the" and an ordinal day: one date
    ("she missed it since sun the 14th", "sun the 14th"),
    # numbers: Australia's Centrelink CRN, a phone after "txt"/"text me on", a Thai plate
    ("Her Centrelink CRN 318 224 906B is current", "318 224 906B"),
    ("if the bus is late text me on 8824 613 pls", "8824 613"),
    ("whatsapp me on 6612 448 ok", "6612 448"),
    ("motorbike taxi (plate 3ฒห 2218) hit me", "3ฒห 2218"),
])  # fmt: skip
def test_a_shape_from_set_37(text: str, value: str) -> None:
    assert covered(value, masked(text, "strict")), detect(text, "strict")


def test_neighbourhood_units_are_an_address_not_a_date() -> None:
    text = "kami di jalan kenari no. 3 rt 04/rw 11, depok"
    kinds = {e.type for e in detect(text, "strict") if e.start <= text.index("04/rw") < e.end}
    assert kinds == {PhiType.ADDRESS}, detect(text, "strict")


@pytest.mark.parametrize(("text", "keep"), [
    ("GCS 14 (E4V4M6), pupils equal", "GCS 14 (E4V4M6)"),
    ("vent AC 18/450/+5/40% overnight", "AC 18/450/+5/40%"),
    ("power 5/5 in all limbs", "5/5"),
    ("Age/Sex: 45/F   Ward: 3", "45/F"),
    ("bp 120/80 and hr 94, sats 96", "sats 96"),
    ("hr 92 / rr 18 at 14:30", "14:30"),
    ("asante sana daktari, metformin 500mg", "metformin 500mg"),
    ("the second may be worse than the first", "second may"),
    ("text 2 of 3 sent at 0930", "text 2 of 3"),
    ("txt me the 500 mg dose plan", "500 mg"),
    ("she is in bed 12, ward 4", "bed 12"),
    ("rt 2 L of fluid given", "rt 2 L"),
    ("rt knee pain, rw 3 weeks ago", "rt knee"),
    ("had the op in 2019, the rest since", "2019"),
    ("4 the nurse to check, 2 the doctor", "4 the nurse"),
    ("gave 1000 units at 3 the next morning", "1000 units"),
    ("chemin de fer, not an address", "chemin de fer"),
    ("Rue the day you skip it", "Rue the day"),
    ("Str. 2+ growth on culture", "Str. 2+"),
    ("plate count 140 today", "plate count 140"),
])  # fmt: skip
def test_a_near_miss_from_set_37(text: str, keep: str) -> None:
    assert not touched(text, keep), detect(text, "strict")
