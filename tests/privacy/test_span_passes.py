"""The strict filter's span-pass registry: each pass is bound to what it reads by name, once."""

from __future__ import annotations

import pytest

from medgate.privacy.lexicon import lexicon
from medgate.privacy.strict.chat_streets import chat_street_spans
from medgate.privacy.strict.passes import SPAN_PASSES, run_span_passes
from medgate.privacy.strict.span_page import Page
from medgate.privacy.strict.span_page import reader as _reader
from medgate.privacy.types import Entity, PhiType


def test_each_pass_is_registered_once() -> None:
    names = [p.__name__ for p in SPAN_PASSES]
    assert len(names) == len(set(names))


def test_a_pass_asking_for_what_no_page_has_fails_at_binding() -> None:
    def needs_weather(text: str, weather: str) -> list[Entity]:
        return []

    with pytest.raises(TypeError, match="weather"):
        _reader(needs_weather)


def test_a_pass_gets_its_arguments_by_name() -> None:
    def reads_case_then_text(upper: float, text: str) -> list[Entity]:
        return [Entity(PhiType.NAME, 0, 3, text[:3])]

    page = Page("Ann rang", lexicon(), 0.25, [], frozenset())
    assert _reader(reads_case_then_text)(page) == (0.25, "Ann rang")
    single = _reader(lambda text: [])
    assert single(page) == ("Ann rang",)


def test_lower_case_streets_only_in_lower_case_text() -> None:
    lex = lexicon()
    lower = run_span_passes(Page("meet me at kowhai road tmrw", lex, 0.0, [], frozenset()))
    assert any("kowhai" in e.text for e in lower)
    assert chat_street_spans("meet me at kowhai road tmrw", lex, 0.2) == []
