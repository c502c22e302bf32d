"""The twenty-fifth speed round's shortcuts (issue 11) leave what the word passes mark as it was:
each pass that now skips a text by a cheaper gate still fires where its cue stands in an odd form
(capitals, at the very start or end of the text, after punctuation), and still leaves the near
misses alone.

Shapes: a car's make and its model (the text skipped unless one of its tokens is a make, found by
one set lookup a token: a make at the very start, one at the very end, one in capitals, one after
a bracket; not a make inside a longer word, "afforded", nor one after a title or with no
capitalised model after it); a chat message that is one code (tried only at the text's start,
after a line break or after ": ": a code that is the whole text, one after a sender's colon at the
very end, one after a blank line; not a code with words after it, nor one after a colon with no
space); a name introduced with Krio's "dis" (asked only where "dis" stands in the lower case,
and of the whole text where a character IGNORECASE folds is in it: "DIS" in capitals, "na ... dis"
at the very start or end, after a comma, "DİS" with a dotted capital I, "diſ" with a long s; not
"discharged", "distal"); a five-digit island phone after its word (gated on a digit-led scan for
"dd ddd": the number at the very end, right after a colon, in capitals; not three digits before
the space, nor four after); a first name after a role (the words found by a letter-led scan: the
role at the very start, after a bracket, in capitals; not a role after a hyphen, nor a word that
is no name)."""

from __future__ import annotations

import pytest

from medgate.privacy.lexicon import lexicon
from medgate.privacy.strict.car_models import mark_car_models
from medgate.privacy.strict.dis_intros import dis_intro_spans
from medgate.privacy.strict.island_phones import island_phone_spans
from medgate.privacy.strict.record_cues import record_cue_spans
from medgate.privacy.strict.role_first_names import role_first_name_spans
from medgate.privacy.strict.words import TOKEN, Tok


def _toks(text: str) -> list[Tok]:
    """The text's tokens, each word with its lexicon entry (as analyse looks them up)."""
    lex = lexicon()
    return [
        Tok(m.start(), m.end(), (g := m.group()), g.lower(), lex(g.lower()) if g[0].isalpha() else None)
        for m in TOKEN.finditer(text)
    ]


def _kept(text: str) -> list[str]:
    toks = _toks(text)
    mark_car_models(toks, text)
    return [t.text for t in toks if t.eponym]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Mazda Demio parked by the clinic entrance", ["Mazda", "Demio"]),  # at the very start
        ("her son drove the family's white Hyundai Tucson", ["Hyundai", "Tucson"]),  # at the very end
        ("vehicle: SUBARU FORESTER, reg unknown", ["SUBARU", "FORESTER"]),  # in capitals
        ("dropped off by car (Perodua Myvi) at 0700", ["Perodua", "Myvi"]),  # after a bracket
    ],
)
def test_car_model_still_kept(text: str, kept: list[str]) -> None:
    assert _kept(text) == kept


@pytest.mark.parametrize(
    "text",
    [
        "she afforded Tucson a ride, the car was late",  # "ford" inside a longer word: no make
        "Dr Honda Keiko drove in for the ward round",  # a make after a title: a person
        "Volvo said the car would be ready",  # no capitalised model after the make
        "",
    ],
)
def test_car_model_near_misses(text: str) -> None:
    assert _kept(text) == []


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("QX20419975533\nsent from my phone", "QX20419975533"),  # at the very start
        ("Tamati: here it is\nTamati: KRN-3301928744", "KRN-3301928744"),  # after a colon, at the very end
        ("send the number pls\n\n  ZB7.55019283  \nthanks", "ZB7.55019283"),  # after a blank line
    ],
)
def test_lone_code_still_found(text: str, code: str) -> None:
    assert [e.text for e in record_cue_spans(text)] == [code]


@pytest.mark.parametrize(
    "text",
    [
        "QX20419975533 is the one",  # words after the code
        "Tamati:KRN3301928744",  # no space after the colon
        "ref QX20419975533",  # mid-line, after a word
    ],
)
def test_lone_code_near_misses(text: str) -> None:
    assert record_cue_spans(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("my brother DIS, Sahr!", "Sahr"),  # in capitals
        ("Na Isatu dis", "Isatu"),  # at the very start and the very end
        ("ok, na Kadiatu dis. she will come", "Kadiatu"),  # after a comma
        ("uncle DİS, Foday.", "Foday"),  # a dotted capital I
        ("my sister diſ, Aminata.", "Aminata"),  # a long s
    ],
)
def test_dis_intro_still_found(text: str, name: str) -> None:
    assert [e.text for e in dis_intro_spans(text, lexicon())] == [name]


@pytest.mark.parametrize(
    "text",
    ["my sister discharged, Aminata.", "na Isatu distal", "brother-dis, Sahr."],
)
def test_dis_intro_near_misses(text: str) -> None:
    assert dis_intro_spans(text, lexicon()) == []


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("best to ring her on Phone 71 554", "71 554"),  # at the very end
        ("PH:20 889 after six", "20 889"),  # in capitals, right after a colon
        ("30 112 is the clinic; tel. 44 907 or 52 310", "44 907"),  # joined by "or" (both found)
    ],
)
def test_island_phone_still_found(text: str, phone: str) -> None:
    assert phone in [e.text for e in island_phone_spans(text)]


@pytest.mark.parametrize("text", ["Phone 712 554", "Phone 71 5540", "weighed 71 554 g"])
def test_island_phone_near_misses(text: str) -> None:
    assert island_phone_spans(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("coach Sunny called me", "Sunny"),  # the role at the very start
        ("(driver Kofi will wait)", "Kofi"),  # after a bracket
        ("FY1 Hope reviewed the chart", "Hope"),  # a grade in capitals
    ],
)
def test_role_first_name_still_found(text: str, name: str) -> None:
    assert [e.text for e in role_first_name_spans(text, lexicon())] == [name]


@pytest.mark.parametrize("text", ["pre-coach Sunny called me", "the coach trip was long", "driver side door"])
def test_role_first_name_near_misses(text: str) -> None:
    assert role_first_name_spans(text, lexicon()) == []
