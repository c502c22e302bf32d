"""French "son" is "his/her", not the English kinship word: in a French sentence the clinical
abbreviation after it ("son AVC", "son IRM", "son ECG") is kept; a name after a French kinship word
("son fils Théo") and after English "son" ("my son Jules") is still masked, as is an upper-case
note's "SON" before a name."""

from __future__ import annotations

import pytest

from medgate.privacy import detect


def _masked(text: str) -> list[str]:
    return [text[e.start : e.end] for e in detect(text, policy="strict")]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Maman a fait son AVC la semaine dernière, elle est à la maison.", "AVC"),
        ("Son IRM est prévue pour jeudi avec le neurologue.", "IRM"),
        ("Il attend son ECG depuis ce matin dans la salle.", "ECG"),
    ],
)
def test_abbreviation_after_french_son_is_kept(text: str, kept: str) -> None:
    assert all(kept not in m for m in _masked(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Elle est venue avec son fils Théo pour la visite.", "Théo"),
        ("my son Jules is asking when he can visit", "Jules"),
        ("SON TOMAS AT BEDSIDE, LA IL TOLD OF PLAN", "TOMAS"),
    ],
)
def test_names_after_kin_still_masked(text: str, name: str) -> None:
    assert any(name in m for m in _masked(text))
