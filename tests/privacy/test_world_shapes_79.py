"""General shapes behind blind PHI set 79's must-keep losses (new examples written for these tests,
not the set's own texts): a listed hyphenated eponym spelt out in brackets after its initials
("SJS (Stevens-Johnson)" is a syndrome, not a place's initials); a brain-injury scale by its name ("Rancho level V", "Rancho Los Amigos level
VII") after a hospital's initials and a full stop; a drug's short capitals with a strength after a
kin word and a full stop in an all-capitals note ("PER SISTER. NAC 2 G IV"). Masked: a dotted day
and month without a year in a Polish or Polish-English chat ("visited 8:40 on 03.02", "był w
szpitalu 14.09 w nocy"), where a decimal takes a comma; kept: an English reading ("Hb 10.12"), an
amount before its unit in a Polish text ("glucose 12.05 mmol"). Masked: an age over 89 after a name
and a comma that closes the sentence ("Mr Desmond Okafor, 93. R PACI"); kept: a weight after a name
("Mr Lee, 92.5 kg"). Near misses: a place's
initials spelt out still masked ("via kw (kessler-whitmore) ed"), the town "Rancho Cordova" still a
place, a first name after a kin word in capitals still masked."""

from __future__ import annotations

import pytest

from tests.privacy.helpers import leak_free, touched


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Hx: WPW (Wolff-Parkinson-White), ablated 2019 in Leeds", "Wolff-Parkinson-White"),
        ("Hx: WPW (Wolff-Parkinson-White), ablated 2019 in Leeds", "WPW"),
        ("?SJS (Stevens-Johnson) after lamotrigine", "Stevens-Johnson"),
        ("Seen in MRH. Rancho level V today, calmer.", "Rancho level V"),
        ("Transferred from QEH. Rancho Los Amigos level VII.", "Rancho Los Amigos"),
        ("Moved from RVI. Rancho scale 4, PTA ongoing.", "Rancho scale"),
        ("SPOKE TO MOTHER. TXA 2 G IV GIVEN AT 0140.", "TXA"),
        ("PER SISTER. KCL 40 MEQ PO GIVEN.", "KCL"),
        ("SEEN BY FATHER. NAC 2 G IV STARTED.", "NAC"),
        ("Hb 10.12 today, plan to repeat next week", "10.12"),
        ("Weighed with Mr Lee, 92.5 kg today", "92.5"),
        ("pani Ewa: glucose 12.05 mmol today, jest ok, dziękuję", "12.05"),
    ],
)
def test_kept(text: str, kept: str) -> None:
    assert not touched(text, kept), (text, kept)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("via kw (kessler-whitmore) ed", "kessler-whitmore"),
        ("son lives in Rancho Cordova, visits sundays", "Rancho Cordova"),
        ("PER MOTHER. ALEX 2 YRS OLD SIBLING AT HOME", "ALEX"),
        ("DAUGHTER JANE AWARE OF PLAN", "JANE"),
        ("dzień dobry, pani Halina ok today, visited 8:40 on 03.02, bp 150/90", "03.02"),
        ("cześć, tata był w szpitalu 14.09 w nocy, still sore", "14.09"),
        ("0700. Mr Desmond Okafor, 93. R PACI, on thickened fluids.", "93"),
        ("Handover: Mrs Philippa Grange, 101. Settled overnight.", "101"),
        ("wizyta u lekarza jutro, last dose given 21.10 by district nurse, dziękuję", "21.10"),
    ],
)
def test_masked(text: str, value: str) -> None:
    assert leak_free(text, value), (text, value)
