"""General shapes behind blind PHI set 73's addresses, places, hospitals and firms (new examples
written for these tests, not the set's own texts): a rural lot told after a residence verb ("we
live Lot 9 Bellevue Heights"); a Welsh house or street with its number, town and postcode ("7 Bryn
Awel, Llanberis, LL55 4TY"); a Philippine house number with its interior and street ("2207 Int. 5
Sto. Niño St."); a firm and its branch town after Tagalog "duty sa" ("duty sa Mercury Drug
Cubao"); a small lender by its legal words ("Nkwanta Savings and Loans", "Ubuntu Credit Union"); a
hospital's initials after "ER ng" / "ER of" ("ER ng VMMC"); an institution named with a capital
"The" ("at The Heart Institute"); a laboratory named bare after "done at" ("done at Medi-Scan"); a
messaging app's user name in brackets ("via Messenger (rhea.santos.88)"). And the near misses on
each side, plus the address widening that no longer takes "now" or "not" as a unit ("no" + "w")."""

from __future__ import annotations

import pytest

from medgate.privacy import detect
from tests.privacy.helpers import leak_free, touched


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Call me on 876 555 0192. We live Lot 9 Bellevue Heights, May Pen.", "Lot 9 Bellevue Heights"),
        ("she lives at lot 31 Paradise Gardens since March", "lot 31 Paradise Gardens"),
        ("we staying Lot 6 Kintyre now", "Lot 6 Kintyre"),
        ("New address: it's 7 Bryn Awel, Llanberis, LL55 4TY from Monday.", "7 Bryn Awel"),
        ("we moved to 12 Hafod Lâs, Bethesda, LL57 3AB last week", "12 Hafod Lâs"),
        ("Taga Pasay kami, 2207 Int. 5 Sto. Niño St. po", "2207 Int. 5 Sto. Niño St."),
        ("address 88 INT 12 Kalaw Ave, Ermita", "88 INT 12 Kalaw Ave"),
        ("si ate po ay duty sa Puregold Cubao hanggang 9pm", "Puregold Cubao"),
        ("trabaho sa Chowking Pasig si kuya", "Chowking Pasig"),
        ("His wife works at Nkwanta Savings and Loans in Kejetia.", "Nkwanta Savings and Loans"),
        ("I am a teller at Ubuntu Credit Union, off Fridays", "Ubuntu Credit Union"),
        ("she cleans for Kasama Rural Bank", "Kasama Rural Bank"),
        ("dinala namin sa ER ng VMMC kagabi", "VMMC"),
        ("was seen in the ER of SLMC on Sunday", "SLMC"),
        ("Follow up with Dr. Reyes at The Heart Institute next week.", "The Heart Institute"),
        ("transferred to The Lakeview Centre for rehab", "The Lakeview Centre"),
        ("FBC done at Medi-Scan this morning: Hb 7.9", "Medi-Scan"),
        ("labs drawn at Bio-Core on Monday", "Bio-Core"),
        ("mother reachable via Messenger (rhea.santos.88) only", "rhea.santos.88"),
        ("message sister on IG (@kuya.ben_22)", "@kuya.ben_22"),
    ],
)
def test_lots_houses_branches_lenders_and_handles_are_masked(text: str, value: str) -> None:
    assert leak_free(text, value), (text, detect(text, "strict"))


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Lot 14 Pfizer batch given in L deltoid", "Pfizer"),
        ("he drinks a lot 20 times a day", "lot 20"),
        ("take 2 Paracetamol, Ibuprofen, then rest", "2 Paracetamol"),
        ("si kuya ay naka duty sa ER kagabi", "ER"),
        ("donated to the Food Bank last week", "Food Bank"),
        ("sample sent to Blood Bank for crossmatch", "Blood Bank"),
        ("Your Credit Union statement attached", "Your"),
        ("taken to the ER of ICU? no, straight to ICU", "ICU"),
        ("at the start of the shift, pt settled", "start"),
        ("moved to The ICU at 10pm", "ICU"),
        ("ECG done at Arrival, NSR", "Arrival"),
        ("BP taken at Rest, 128/80", "Rest"),
        ("contacted via Messenger (see thread)", "see thread"),
        ("He lives alone at 22 Kestrel Close now since June.", "now"),
        ("delivery to 18 Birch unit 4 not the old flat", "not"),
    ],
)
def test_near_misses_are_kept(text: str, kept: str) -> None:
    assert not touched(text, kept), (text, detect(text, "strict"))
