"""The findings layer against its table (tests/safety/findings_table.py: messages that must reach a level
through each group, and near misses), and the layer's own invariants."""

from __future__ import annotations

import pytest

from medgate.safety import screen
from medgate.safety.findings import GROUPS, FindingsLayer, Group
from medgate.safety.findings.base import Discriminator
from medgate.safety.rules.base import Concept
from tests.safety.findings_table import FIRES, NOT_EMERGENT


def _findings(text: str) -> dict[str, str]:
    esc = screen([text], layers=("findings",))
    if esc is None:
        return {}
    return {f.category: f.level for f in esc.fired}


@pytest.mark.parametrize(("text", "category", "level"), FIRES)
def test_fires(text: str, category: str, level: str) -> None:
    assert _findings(text).get(category) == level, _findings(text)


@pytest.mark.parametrize("text", NOT_EMERGENT)
def test_not_emergent(text: str) -> None:
    esc = screen([text], layers=("findings",))
    assert esc is None or esc.level != "emergent", esc.fired if esc else None


def test_every_group_is_exercised_by_the_table() -> None:
    reported = {g.category for g in GROUPS if g.discriminators}
    assert reported <= {category for _, category, _ in FIRES}


def test_fired_findings_carry_evidence_and_a_source() -> None:
    esc = screen(["RR 26, SpO2 93%, HR 120, temp 39.2"], layers=("findings",))
    assert esc is not None and esc.layers == ("findings",)
    (news2,) = [f for f in esc.fired if f.name == "news2>=7"]
    assert news2.evidence == ("NEWS2 9 from 4 of 7 parameters (RR 26/min: 3, SpO2 93%: 2, "
                              "HR 120/min: 2, T 39.2 °C: 2)",)
    assert "NEWS2" in news2.source and news2.layer == "findings"
    assert all(f.source for f in esc.fired)


def test_negated_and_hypothetical_findings_do_not_count() -> None:
    assert _findings("my 6 week old has no fever, temp 37.4") == {}
    assert _findings("no vomiting or drowsiness after he bumped his head") == {}
    assert "venous_thromboembolism" not in _findings("no leg swelling, no calf pain")


def test_unknown_facts_and_twice_defined_concepts_are_rejected() -> None:
    bad = Group("x", (), (Discriminator("d", "urgent", ("no_such_fact",)),))
    with pytest.raises(ValueError, match="no_such_fact"):
        FindingsLayer((*GROUPS, bad))
    twice = Group("y", (Concept("fever_word", ("fever",)),), ())
    with pytest.raises(ValueError, match="fever_word"):
        FindingsLayer((*GROUPS, twice))
    with pytest.raises(ValueError, match="routine"):
        Discriminator("r", "routine", ("fever",))


def test_time_words_in_findings_do_not_swallow_context_triggers() -> None:
    # "today" belongs to a findings concept (recent hours) and also ends the history's scope
    esc = screen(["history of stroke, today slurred speech"])
    assert esc is not None and "stroke" in esc.categories
    assert screen(["my mum was confused last month with a UTI, she's back to herself now"]) is None


def test_gating_derived_facts_on_their_inputs_changes_nothing() -> None:
    from pathlib import Path

    from medgate.safety.evaluate import TRIAGE_DATA, load_level_vignettes, load_vignettes
    from medgate.safety.screen import FINDINGS, default_screener

    here = Path(__file__).parent
    texts = [v.text for p in sorted(here.glob("vignettes*.yaml")) for v in load_vignettes(p)]
    texts += [v.text for p in sorted(TRIAGE_DATA.glob("triage_*.yaml")) for v in load_level_vignettes(p)]
    texts += [text for text, _, _ in FIRES] + NOT_EMERGENT
    screener = default_screener()
    gated, every = FindingsLayer(GROUPS), FindingsLayer(GROUPS, gated=False)
    for text in texts:
        mentions, readings = screener.scan(text)
        concepts: dict[str, tuple[str, ...]] = {}
        for m in mentions:
            if m.category == FINDINGS and m.asserted:
                concepts[m.concept] = (*concepts.get(m.concept, ()), m.text)
        assert gated.fire(concepts, readings) == every.fire(concepts, readings), text


def test_every_derived_fact_declares_its_inputs() -> None:
    from medgate.safety.findings.facts import DERIVED_NAMES
    from medgate.safety.findings.gates import NEEDS

    assert set(NEEDS) == set(DERIVED_NAMES)


def test_no_concept_matches_the_empty_string() -> None:
    """A stray "|" at a pattern's edge (an alternative left empty) makes a concept match everywhere."""
    import re

    from medgate.safety.rules import CATEGORIES

    concepts = [c for g in GROUPS for c in g.concepts] + [c for cat in CATEGORIES for c in cat.concepts]
    empty = [c.name for c in concepts if any(re.compile(p, re.I).fullmatch("") for p in c.patterns)]
    assert empty == []
