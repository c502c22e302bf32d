"""The lexicon knows words from names from places, from its package sources."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from medgate import cache
from medgate.privacy.lexicon import lexicon
from medgate.privacy.strict.words import edits1, near_spellings


@pytest.mark.parametrize(
    ("word", "english", "clinical", "name", "place"),
    [
        ("remains", True, False, False, False),
        ("propofol", False, True, False, False),
        ("kozicki", False, False, True, False),
        ("baltimore", False, False, True, True),
        ("grace", False, False, True, False),  # a first name far more than a word on the web
        ("grant", True, False, True, True),
        ("qzxv", False, False, False, False),
    ],
)
def test_word_classes(word: str, english: bool, clinical: bool, name: bool, place: bool) -> None:
    e = lexicon()(word)
    assert (e.english, e.clinical, e.name, e.place) == (english, clinical, name, place), e


def test_places_as_phrases_and_case_and_accents_ignored() -> None:
    lex = lexicon()
    assert lex.has_phrase("New Haven") and not lex.has_phrase("new hospital")
    assert lex("KOZICKI") == lex("kozicki") and lex("García").name


@pytest.mark.parametrize("word", ["agitatd", "GARCÍA", "kozickii", "Ninewells", "qzxvw", "pneumonai", "sthe"])
def test_a_peek_is_the_entry_looked_up_and_not_remembered(word: str) -> None:
    lex = lexicon()
    lex._cache.pop(word, None)
    assert lex.peek(word) == lex(word)  # (the look-up remembers it; the peek reads the trie again)
    lex._cache.pop(word, None)
    lex.peek(word)
    assert word not in lex._cache


@pytest.mark.parametrize(
    "word", ["aggitated", "pneumonai", "sthe", "okonkwoh", "ramgoolam", "o'brienn", "garcía", "xqzvbwk", "ninewellz"]
)
def test_near_spellings_hold_every_entry_one_edit_away(word: str) -> None:
    """Cut where no entry begins as the edited spelling would: the entries among them are the
    entries among all spellings one edit away."""
    lex = lexicon()
    near = near_spellings(word, lex)
    assert near <= edits1(word)
    assert {c for c in edits1(word) if lex.peek(c).flags} == {c for c in near if lex.peek(c).flags}


def test_known_prefix_is_the_longest_start_an_entry_begins_with() -> None:
    lex = lexicon()
    for word in ("ramgoolam", "pneumonia", "xqzvbwk", "o'brienn", ""):
        n = lex.known_prefix(word)
        assert n == len(word) or not any(k.startswith(word[: n + 1]) for k in lex._trie.iterkeys(word[:n]))
        assert n == 0 or next(lex._trie.iterkeys(word[:n]), None) is not None
    assert lex.known_prefix("pneumonia") == len("pneumonia")


def test_artefacts_are_built_once_and_atomically(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MEDGATE_CACHE", str(tmp_path))
    calls: list[Path] = []

    def build(p: Path) -> None:
        calls.append(p)
        p.write_text("x")

    first = cache.artefact("thing", "k1", build)
    again = cache.artefact("thing", "k1", build)
    assert first == again and first.read_text() == "x" and len(calls) == 1
    assert [p.name for p in tmp_path.iterdir()] == ["thing-k1"]  # no temporary file left behind
    with pytest.raises(RuntimeError):
        cache.artefact("broken", "k2", lambda p: (_ for _ in ()).throw(RuntimeError("boom")))
    assert not any(n.startswith(".broken") or n.startswith("broken") for n in os.listdir(tmp_path))
