"""`medgate task`: input errors are one line and exit 2 before any gateway starts; the text
rendering shows the result, model, cost, the draft notice and any escalation."""

from __future__ import annotations

import argparse
import io

import pytest

from medgate.commands import task as command
from medgate.tasks import arun
from tests.tasks.cases import INPUTS, OUTPUTS
from tests.tasks.fakes import FakeChatClient, completion


def _args(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    command.add_arguments(parser)
    return parser.parse_args(list(argv))


@pytest.mark.parametrize(
    ("argv", "stdin", "message"),
    [
        (("nope", "-"), "chest pain", "no task 'nope'"),
        (("soap-note", "-"), "", "too short"),
        (("soap-note", "-"), "The weather is lovely today, isn't it?", "does not look clinical"),
        (("soap-note", "/nonexistent/file.txt"), "", "No such file"),
        (("quiz", "-", "--format", "fhir"), "chest pain 2 days", "no FHIR export"),
        (("quiz", "-", "--option", "count"), "chest pain 2 days", "not KEY=VALUE"),
        (("quiz", "-", "--option", "count=9"), "chest pain 2 days", "options.count"),
        (("pico", "-", "--option", "colour=red"), "chest pain 2 days", "options.colour"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(monkeypatch, capsys, argv, stdin, message) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    assert command.run(_args(*argv)) == 2
    err = capsys.readouterr().err
    assert err.startswith("medgate: error: ") and message in err
    assert err.count("\n") == 1


def test_option_pairs() -> None:
    assert command.option_pairs(["a=1", " language = Spanish ", "subject=Patient/1"]) == {
        "a": "1",
        "language": "Spanish",
        "subject": "Patient/1",
    }


async def test_text_rendering_has_notice_model_cost_and_escalation() -> None:
    esc = {
        "categories": ["cardiac"],
        "evidence": ["chest pain"],
        "advice": "Call 911 now.",
        "resources": [{"name": "Emergency services", "contact": "911"}],
    }
    client = FakeChatClient([completion(OUTPUTS["quiz"], cost=0.0125, escalation=esc)])
    out = (await arun(client, "quiz", INPUTS["quiz"])).to_dict()
    text = command.render_text(out)
    assert text.splitlines()[0].startswith("!! EMERGENCY (cardiac): Call 911 now.")
    assert "Emergency services: 911" in text
    assert "AI-assisted draft — must be reviewed by a clinician" in text
    assert "  A. IV normal saline" in text and "Answer: A" in text
    assert "Model: test-model via fake:test-model · cost $0.012500" in text
    assert out["id"] in text


async def test_an_urgent_escalation_is_labelled_urgent() -> None:
    esc = {"level": "urgent", "layers": ["findings"], "categories": ["septic_arthritis"],
           "evidence": ["hot swollen knee"], "advice": "See a clinician today.",
           "resources": [{"name": "NHS 111 or your GP surgery", "contact": "111"}], "fired": []}
    client = FakeChatClient([completion(OUTPUTS["quiz"], escalation=esc)])
    text = command.render_text((await arun(client, "quiz", INPUTS["quiz"])).to_dict())
    assert text.splitlines()[0].startswith("!! URGENT (septic_arthritis): See a clinician today.")
    assert "EMERGENCY" not in text


async def test_text_rendering_of_a_note() -> None:
    client = FakeChatClient([completion(OUTPUTS["soap-note"], escalation=None)])
    out = (await arun(client, "soap-note", INPUTS["soap-note"])).to_dict()
    text = command.render_text(out)
    assert "EMERGENCY" not in text
    assert "Subjective: Chest pain for 2 days" in text
    assert "- metformin (dose: 500 mg, frequency: twice daily)" in text
