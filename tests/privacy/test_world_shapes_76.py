"""General shapes behind blind PHI set 76 (new examples written for these tests, not the set's own
texts): a five-digit phone written as two digits and three, as the Cook Islands and other small
Pacific islands number their lines, right after a phone word, "call me" or a "Contact:" label, and
a second one joined to it by "or" ("Ph 41 276 or 28 903"); a date in the Ethiopian calendar, one of
its thirteen month names next to a day number ("since Yekatit 9", "27 Ginbot"). And the near misses
on each side: five digits with no phone word before them, a month name with no day, a glucose
monitor's "TIR", a span of years after a name that is also a month."""

from __future__ import annotations

import pytest

from tests.privacy.helpers import leak_free, touched


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Tel 41 276 or 28 903 after six pm", "41 276"),
        ("Tel 41 276 or 28 903 after six pm", "28 903"),
        ("mum here, ph: 62 418, my husband works nights", "62 418"),
        ("if the ferry is late please call me 39 552 thanks", "39 552"),
        ("Contact: 25 117 ext 204 (Rarotonga office)", "25 117"),
        ("mobile no. 57 830 / 50 214", "50 214"),
        ("my baby was due on Tahsas 18 but came early", "Tahsas 18"),
        ("she has had the cough since Yekatit 9 and it is worse", "Yekatit 9"),
        ("scan booked for 27 Ginbot at the clinic", "27 Ginbot"),
        ("last period started Megabit 3, 2017 I think", "Megabit 3, 2017"),
        ("he was discharged on nehase 22", "nehase 22"),
    ],
)
def test_island_phones_and_ethiopian_dates_are_masked(text: str, value: str) -> None:
    assert leak_free(text, value), (text, value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("walked 12 450 steps today", "12 450"),
        ("platelets 21 000 this morning", "21 000"),
        ("phone battery died, BP 14 120 on the second cuff", "14 120"),
        ("the meskerem holidays were busy, 3 of us went", "meskerem"),
        ("CGM: TIR 64% over 14 days", "TIR 64"),
        ("TIR 2 weeks ago was better", "TIR 2"),
        ("Sene 4 years old now, growing well", "4 years"),
        ("Hamle 20 mg tablets", "20 mg"),
        ("gave 3 sene pods and 2 tir sachets", "2 tir"),
    ],
)
def test_bare_five_digits_and_month_names_without_a_day_stay(text: str, value: str) -> None:
    assert not touched(text, value), (text, value)
