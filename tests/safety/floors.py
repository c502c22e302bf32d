"""What the blind triage sets' tests assert: the floor every record test pins (emergent recall and
false alarms), and one text's level for the general-rule tests."""

from __future__ import annotations

from pathlib import Path

from medgate.safety.evaluate import level_of, load_level_vignettes, score_levels


def assert_level_floor(path: Path, recall_floor: float, alarm_ceiling: float, calm_groups: tuple[str, ...]) -> None:
    """Rules + findings on the set at `path`: emergent recall at least `recall_floor`, and at most
    `alarm_ceiling` of the `calm_groups` called emergent."""
    report = score_levels(load_level_vignettes(path), level_of())
    assert report.rate("emergent") >= recall_floor, report.errors
    assert report.false_alarm_rate(calm_groups) <= alarm_ceiling, report.errors


level = level_of()  # text -> the level rules + findings give it


def assert_emergent(text: str) -> None:
    """Rules + findings call `text` emergent."""
    assert level(text) == "emergent", text


def assert_calm(text: str) -> None:
    """Rules + findings do not call `text` emergent."""
    assert level(text) != "emergent", text
