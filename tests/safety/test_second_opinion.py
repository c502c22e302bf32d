"""Reading a judge's triage reply: one JSON object, or no opinion at all."""

from __future__ import annotations

import pytest

from medgate.safety import screen
from medgate.safety.escalation import escalate
from medgate.safety.second_opinion import (
    MAX_INPUT_CHARS,
    MAX_REASONS,
    Opinion,
    parse_opinion,
    to_fired,
    triage_request,
)


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ('{"level": "emergent", "reasons": ["SpO2 85%"]}', Opinion("emergent", ("SpO2 85%",))),
        ('```json\n{"level": "Urgent", "reasons": "see GP today"}\n```', Opinion("urgent", ("see GP today",))),
        ('Thinking... {"note": 1} then {"level": "routine", "reasons": []}', Opinion("routine", ())),
        ('{"level": "emergent", "reasons": ["a", "b", "c", "d"]}', Opinion("emergent", ("a", "b", "c"))),
        ('{"level": "emergent", "reasons": [1, null, "  two   words "]}', Opinion("emergent", ("two words",))),
    ],
)
def test_parse(content: str, expected: Opinion) -> None:
    assert parse_opinion(content) == expected


@pytest.mark.parametrize(
    "content",
    [None, "", "emergent!", '{"level": "critical"}', '{"reasons": ["x"]}', "[1, 2]", '{"level": 3}',
     '{"level": "emergent"'],
)
def test_no_opinion(content: str | None) -> None:
    assert parse_opinion(content) is None


def test_reasons_are_bounded() -> None:
    long = "x" * 500
    opinion = parse_opinion('{"level": "urgent", "reasons": ["' + long + '"]}')
    assert opinion is not None and len(opinion.reasons[0]) == 200
    assert MAX_REASONS == 3


def test_request_keeps_the_latest_text_and_asks_for_json() -> None:
    body = triage_request(["a" * MAX_INPUT_CHARS, "chest pain now"])
    user = body["messages"][-1]["content"]
    assert user.endswith("chest pain now\n>>>") and len(user) < MAX_INPUT_CHARS + 40
    assert '"level"' in body["messages"][0]["content"] and body["temperature"] == 0
    assert "model" not in body


def test_an_opinion_only_raises_the_level() -> None:
    urgent = screen(["home blood pressure 185/118 this morning, no symptoms"])
    assert urgent is not None and urgent.level == "urgent"
    assert to_fired(Opinion("routine", ("fine",)), "judge") is None
    raised = escalate(urgent, [to_fired(Opinion("emergent", ("BP very high",)), "judge")], "US")  # type: ignore[list-item]
    assert raised is not None and raised.level == "emergent" and raised.layers == ("model",)
    assert raised.evidence == ("BP very high",)
    assert [f.layer for f in raised.fired] == ["model", "findings"]  # every layer stays on record
    kept = escalate(urgent, [], "US")
    assert kept is urgent
    fresh = escalate(None, [to_fired(Opinion("urgent", ()), "judge")], "UK")  # type: ignore[list-item]
    assert fresh is not None and fresh.evidence == ("judge judged this urgent",) and "111" in fresh.advice
