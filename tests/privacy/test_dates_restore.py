"""Surrogate dates the model writes back in another format are restored (issue 11, item 4)."""

from __future__ import annotations

import datetime as dt

import pytest

from medgate.privacy import Pseudonymiser
from medgate.privacy.dates import date_key

NOTE = "Admitted 03/14/2024, echo on 03/20/2024; Dr. Anita Kozicki aware."


def _surrogate_date(p: Pseudonymiser, original: str) -> dt.date:
    out = p.pseudonymise(NOTE)
    sur = out.split()[1].rstrip(",")
    assert sur != original
    key = date_key(sur)
    assert key is not None and key[0] is not None and key[2] is not None
    return dt.date(key[0], key[1], key[2])


@pytest.mark.parametrize("fmt", ["%B %-d, %Y", "%-d %b %Y", "%Y-%m-%d", "%b %-d", "%-m/%-d/%y"])
def test_reformatted_surrogate_date_is_restored(fmt: str) -> None:
    p = Pseudonymiser(seed=11)
    sur = _surrogate_date(p, "03/14/2024")
    answer = f"The admission on {sur.strftime(fmt)} was uneventful."
    back = p.restore(answer)
    assert back == f"The admission on {dt.date(2024, 3, 14).strftime(fmt)} was uneventful."


def test_dates_the_model_made_up_are_left_alone() -> None:
    p = Pseudonymiser(seed=11)
    _surrogate_date(p, "03/14/2024")
    answer = "Repeat the echo on 2031-01-05 or January 9, 2031."
    assert p.restore(answer) == answer


def test_streamed_reformatted_date_is_restored_at_every_split_point() -> None:
    p = Pseudonymiser(seed=11)
    sur = _surrogate_date(p, "03/14/2024")
    answer = f"Seen on {sur.strftime('%B %-d, %Y')} by Dr. " + p.pseudonymise(NOTE).split("Dr. ")[1]
    want = p.restore(answer)
    assert "March 14, 2024" in want and "Anita Kozicki" in want
    for cut in range(1, len(answer)):
        r = p.stream_restorer()
        got = r.feed(answer[:cut]) + r.feed(answer[cut:]) + r.flush()
        assert got == want, cut
