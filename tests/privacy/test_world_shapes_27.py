"""Shapes found missing by blind PHI set 27 (weighted to chats; new examples written for these
tests, not the set's own texts), and the near misses that must stay as they are."""

from __future__ import annotations

import pytest

from medgate.privacy import detect
from medgate.privacy.detect import Policy
from tests.privacy.helpers import covered as _covered
from tests.privacy.helpers import masked


def _masked(text: str, policy: Policy = "strict") -> set[str]:
    return masked(text, policy)


# -- the writer's name closing a chat: after a thanks, a phone number or a dash
@pytest.mark.parametrize(("text", "name"), [
    ("pls can someone ring me back on 0811 220 3344 thank you bimpe", "bimpe"),
    ("call me on 0722 118 450 thank you wanjiru\n", "wanjiru"),  # a message ends with its line break
    ("ok will bring her at 9. ty sipho", "sipho"),
    ("my number is 0412 889 201 - Siew Lan", "Siew Lan"),
])
def test_a_closing_name(text: str, name: str) -> None:
    assert _covered(name, _masked(text)), _masked(text)


@pytest.mark.parametrize("text", [
    "thank you so much", "thanks doctor 🙏", "ok see you at 7 - bye", "thank you kindly", "bp 140/90 - improving",
    "follow hct \n q 6 hr fs. \n\n",
])
def test_a_closing_without_a_name(text: str) -> None:
    assert not any(e.type.name == "NAME" for e in detect(text, "strict")), detect(text, "strict")


# -- a rare web word where a place stands in a lower-case chat; a first name introduced
@pytest.mark.parametrize(("text", "value"), [
    ("im off to my cousins in kilkee for the weekend", "kilkee"),
    ("Hello, this is Hope from the pharmacy about the repeat", "Hope"),
    ("hi it's Grant, mum's son, about her tablets", "Grant"),
])
def test_places_and_names(text: str, value: str) -> None:
    assert _covered(value, _masked(text)), _masked(text)


@pytest.mark.parametrize(("text", "kept"), [
    ("he is back in postop recovery now", "postop"),
    ("this is Important, please read", "Important"),
])
def test_jargon_and_words_stay(text: str, kept: str) -> None:
    assert not _covered(kept, _masked(text)), _masked(text)


# -- a date typed with spaces around its slashes; a user name after "User:"; Zuspan's regimen
def test_a_spaced_date() -> None:
    assert _covered("4 / 11 / 1987", _masked("Date of birth: 4 / 11 / 1987"))


def test_a_user_after_its_label() -> None:
    assert _covered("mkowalski", _masked("Ticket 4410 - User: mkowalski (Marta K.), Pharmacy"))


def test_a_ratio_with_spaces_is_no_date() -> None:
    assert not any(e.type.name == "DATE" for e in detect("mix 1 / 2 / 3 parts", "strict"))


def test_zuspan_regimen_stays() -> None:
    assert not _covered("Zuspan", _masked("MgSO4 started as per Zuspan regimen, 4 g loading"))
