"""Recall and precision of the red-flag screen over the labelled vignette sets."""

from __future__ import annotations

from pathlib import Path

import pytest

from medgate.safety import CATEGORY_NAMES
from medgate.safety.evaluate import load_vignettes, score

HERE = Path(__file__).parent
SETS = ("vignettes.yaml", "vignettes_heldout.yaml", "vignettes_blind.yaml", "vignettes_blind2.yaml")


@pytest.mark.parametrize("name", SETS)
def test_recall_and_precision(name: str) -> None:
    report = score(load_vignettes(HERE / name))
    o = report.overall
    print(
        f"{name}: recall={o.recall:.3f} precision={o.precision:.3f} tp={o.tp} fp={o.fp} fn={o.fn}"
    )
    assert o.recall >= 0.98, "\n".join(report.errors)
    assert o.precision >= 0.9, "\n".join(report.errors)


def test_dev_set_is_large_varied_and_labelled_with_known_categories() -> None:
    vignettes = load_vignettes(HERE / "vignettes.yaml")
    assert len(vignettes) >= 150
    for v in vignettes:
        assert v.expect <= set(CATEGORY_NAMES), v.text
        assert v.also_ok <= set(CATEGORY_NAMES), v.text
    for cat in CATEGORY_NAMES:  # every category has at least ten emergencies
        assert sum(cat in v.expect for v in vignettes) >= 10, cat
    negatives = [v for v in vignettes if not v.expect]
    assert len(negatives) >= 60
    assert {v.style for v in vignettes} >= {"lay", "clinical", "edu"}
