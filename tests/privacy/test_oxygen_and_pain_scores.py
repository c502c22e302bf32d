"""What nursing notes write every shift and the strict policy took for an identifier: oxygen "via"
a cannula read as a street suffix ("2L O2 via NC"), a pain score out of ten read as a date ("pain
here, 6/10") and a clinical word before "here" read as a self-introduction ("Pain here,"); with the
dates, addresses and names beside them that must still go."""

from __future__ import annotations

import pytest

from tests.privacy.helpers import covered, masked, touched


@pytest.mark.parametrize(("text", "kept"), [
    ("pt on 2L O2 via NC, sats 95%", "2L O2 via NC"),
    ("71 YO MALE ADMITTED VIA ED WITH SOB", "71 YO MALE ADMITTED VIA ED"),
    ("given 40 meq KCl via PIV over 4 hrs", "40 meq KCl via PIV"),
    ("380 cc diarrhea via rectal tube overnight", "380 cc diarrhea via rectal tube"),
    ("Back pain here, 6/10, settled with paracetamol", "6/10"),
    ("describes pain as 5/10 with movement, refused analgesia", "5/10"),
    ("able to tolerate pain and rating 3/10 overnight", "3/10"),
    ("Pain here, worse at night", "Pain here"),
    ("Rash here, itchy since Tuesday", "Rash here"),
])
def test_oxygen_routes_pain_scores_and_sites_are_kept(text: str, kept: str) -> None:
    assert not touched(text, kept, "strict"), text


@pytest.mark.parametrize(("text", "value"), [
    ("lives at 9517 Vicki Via, Apt 32", "9517 Vicki Via"),  # a viaduct's "Via", capitalised
    ("abdo pain since 6/10, seen by GP", "6/10"),  # a date word before the number
    ("Seen in clinic 6/10 for pain review", "6/10"),  # a visit, and what it was for
    ("knee pain, seen 3/10 by GP", "3/10"),
    ("Grant here, re your mum's results", "Grant"),  # a name before "here" still introduces
    ("Good evening, Dinesh here, calling about bed 4", "Dinesh"),
])
def test_the_dates_streets_and_names_beside_them_still_go(text: str, value: str) -> None:
    assert covered(value, masked(text, "strict")), text
