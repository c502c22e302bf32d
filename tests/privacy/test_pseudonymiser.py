"""Pseudonymiser: consistency, one date shift, 90+, restore, streaming restore, fail closed."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from medgate.errors import PrivacyError
from medgate.privacy import PhiType, Pseudonymiser, deidentify, detect
from medgate.privacy.detect import ENGINE

NOTE = (
    "Patient: Hope Graves   MRN: 00482913\n"
    "Ms. Graves is a 93-year-old woman with Graves disease, admitted 03/14/2024 and discharged "
    "03/20/2024. Follow-up 2024-04-01. Daughter April Foley called from (617) 555-0142. "
    "Hope agrees. Seen by Dr. Kevin Massey.\n"
)


def test_same_original_same_surrogate_across_calls() -> None:
    p = Pseudonymiser(seed=1)
    a = p.pseudonymise("Pt: Hope Graves, MRN: 00482913")
    b = p.pseudonymise("Ms. Graves again; MRN: 00482913")
    last_a = a.split("Pt: ")[1].split(",")[0].split()[-1]
    assert f"Ms. {last_a}" in b
    mrn_a = a.rsplit("MRN: ", 1)[1]
    assert b.endswith(f"MRN: {mrn_a}")
    assert "Graves" not in a + b and "00482913" not in a + b


def test_no_original_survives_and_eponyms_do() -> None:
    out = Pseudonymiser(seed=2).pseudonymise(NOTE)
    for original in (
        "Hope",
        "00482913",
        "93-year",
        "03/14/2024",
        "April Foley",
        "555-0142",
        "Massey",
    ):
        assert original not in out
    assert "Graves disease" in out
    assert "90+" in out


def test_dates_shift_by_one_offset_keeping_format_and_intervals() -> None:
    p = Pseudonymiser(seed=3)
    out = p.pseudonymise(NOTE)
    dates = re.findall(r"\d{2}/\d{2}/\d{4}", out)
    assert len(dates) == 2
    d1, d2 = (dt.datetime.strptime(d, "%m/%d/%Y").date() for d in dates)
    assert (d2 - d1).days == 6
    assert (d1 - dt.date(2024, 3, 14)).days == p.date_offset_days != 0
    iso = re.search(r"Follow-up (\d{4}-\d{2}-\d{2})", out)
    assert iso is not None
    assert (dt.date.fromisoformat(iso.group(1)) - d1).days == (
        dt.date(2024, 4, 1) - dt.date(2024, 3, 14)
    ).days


def test_restore_round_trip_and_counts() -> None:
    p = Pseudonymiser(seed=4)
    out = p.pseudonymise(NOTE)
    assert p.restore(out) == NOTE
    counts = p.counts()
    assert counts["NAME"] >= 5 and counts["DATE"] == 3 and counts["AGE"] == 1
    assert all(isinstance(v, int) for v in counts.values())
    assert "Hope" not in repr(counts)


def test_surrogates_distinct_and_never_an_original() -> None:
    p = Pseudonymiser(seed=5)
    text = "Pt: John Smith. cc: Dr. Mary Jones. Wife Ann Smith. MRN: 1234567 Acct #: 1234568"
    ents = detect(text)
    out = p.pseudonymise(text)
    originals = {e.text for e in ents}
    surrogates = [p.surrogate(e.type, e.text) for e in ents]
    assert not originals & set(surrogates)
    assert len(set(surrogates)) == len({(e.type, e.text) for e in ents})
    assert p.restore(out) == text


def test_stream_restore_at_every_split_point() -> None:
    p = Pseudonymiser(seed=6)
    p.pseudonymise(NOTE)
    fake = p.pseudonymise(NOTE)  # the model echoes surrogates
    reply = f"Summary: {fake} Thanks."
    expected = p.restore(reply)
    assert expected == f"Summary: {NOTE} Thanks."
    for i in range(len(reply) + 1):
        r = p.stream_restorer()
        got = r.feed(reply[:i]) + r.feed(reply[i:]) + r.flush()
        assert got == expected, i
    r = p.stream_restorer()
    assert "".join(r.feed(c) for c in reply) + r.flush() == expected


def test_several_ages_over_89_share_90_plus() -> None:
    p = Pseudonymiser(seed=7)
    out = p.pseudonymise("a 92 yo and a 95 yo")
    assert out == "a 90+ yo and a 90+ yo"


def test_modes() -> None:
    text = "Pt: John Smith seen 3/14/2024"
    assert deidentify(text, "mask").text == "Pt: [NAME] seen [DATE]"
    res = deidentify(text, "redact")
    assert res.text == "Pt: [REDACTED] seen [REDACTED]"
    assert [(r.start, r.end) for r in res.entities] == [(4, 14), (20, 29)]
    s1, s2 = deidentify(text, seed=9), deidentify(text, seed=9)
    assert s1 == s2 and "John" not in s1.text


def test_fail_closed(monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(text: str) -> list[object]:
        raise RuntimeError("regex engine exploded")

    monkeypatch.setattr(ENGINE, "detect", boom)
    with pytest.raises(PrivacyError):
        detect("Pt: John Smith")
    with pytest.raises(PrivacyError):
        Pseudonymiser().pseudonymise("Pt: John Smith")
    with pytest.raises(PrivacyError):
        deidentify("Pt: John Smith", "mask")


def test_a_date_without_a_year_never_keeps_its_own_value() -> None:
    """One shift per request: a shift of whole years (365 or 730 days) would send "8/23" as
    "8/23" (a test of tool calls met it once in a few hundred requests)."""
    for seed in range(3000):
        p = Pseudonymiser(seed=seed)
        for date in ("8/23", "2/28", "12/31"):
            assert p.surrogate(PhiType.DATE, date) != date, (seed, p.date_offset_days)


def test_a_shifted_date_never_lands_on_a_value_the_text_already_holds() -> None:
    """One shift for every date of a request: "9/10" shifted onto "5/5" (a score elsewhere in the
    same message) would be restored there too, and the reader would see "9/10 strength"."""
    text = "pain 7/10 today, down from 9/10. physio said 5/5 strength in both legs"
    for seed in range(3000):
        p = Pseudonymiser(seed=seed, policy="strict")
        assert p.restore(p.pseudonymise(text)) == text, (seed, p.pseudonymise(text))


def test_a_name_surrogate_is_never_a_word_the_model_might_write_itself() -> None:
    """Surrogate names are restored in any case, so "Thị" given the surrogate "Said" turned the
    model's own "You said:" into "You thị:" (a fresh-clone CI run). Over many requests, an answer
    made of the 3,000 commonest English words (the dictionary's, not names like "ryan") and the
    masked text restores to exactly itself."""
    from wordfreq import top_n_list

    from medgate.privacy.lexicon import lexicon

    english = [w for w in top_n_list("en", 5000) if w.isalpha() and lexicon()(w).english]
    words = " ".join(english[:3000])
    text = "bà nội con là Trần Thị Hoa, carer Avery Nguyen said she fell; ring Said Haddad"
    for seed in range(400):
        p = Pseudonymiser(seed=seed, policy="strict")
        masked = p.pseudonymise(text)
        assert "Thị" not in masked and "Haddad" not in masked, masked
        answer = f"{words} {words.title()} {words.upper()}"
        assert p.restore(f"{answer}\n{masked}") == f"{answer}\n{text}", (seed, masked)
