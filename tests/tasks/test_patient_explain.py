"""patient-explain: measured FK grade and SMOG, one rewrite above target, language handling."""

from __future__ import annotations

import pytest

from medgate.errors import InvalidRequest
from medgate.tasks import arun
from medgate.tasks.patient_explain import DISCLAIMER
from medgate.tasks.readability import measure
from tests.tasks.cases import INPUTS, OUTPUTS
from tests.tasks.fakes import FakeChatClient, completion

HARD = {
    "explanation": "Echocardiographic evaluation demonstrates significantly diminished left "
    "ventricular systolic contractility, characteristic of cardiomyopathy necessitating "
    "pharmacological intervention with angiotensin-converting enzyme inhibition. Subsequent "
    "titration will be individualised according to haemodynamic tolerability and biochemical "
    "monitoring of renal function and electrolytes.",
    "key_points": ["Angiotensin-converting enzyme inhibition is initiated immediately."],
}
EASY = OUTPUTS["patient-explain"]


def test_the_fixtures_straddle_the_target() -> None:
    hard, easy = measure(HARD["explanation"]), measure(EASY["explanation"])
    assert hard["fk_grade"] > 12 and easy["fk_grade"] < 6
    assert hard["formula"] == "flesch-kincaid-grade" and hard["smog"] > easy["smog"]


async def test_rewrites_once_when_above_target() -> None:
    client = FakeChatClient([completion(HARD, cost=0.01), completion(EASY, cost=0.02)])
    out = (await arun(client, "patient-explain", INPUTS["patient-explain"])).to_dict()
    result, read = out["result"], out["result"]["readability"]
    assert result["explanation"] == EASY["explanation"]
    assert read["rewritten"] is True and read["within_target"] is True
    assert read["first_draft"]["fk_grade"] > 8 >= read["fk_grade"]
    assert read["target_grade"] == [6.0, 8.0]
    rewrite = client.bodies[1]["messages"]
    assert rewrite[-2]["role"] == "assistant" and "Echocardiographic" in rewrite[-2]["content"]
    assert f"grade {read['first_draft']['fk_grade']:g}" in rewrite[-1]["content"]
    assert out["medgate"]["cost_usd"] == pytest.approx(0.03) and out["medgate"]["calls"] == 2


async def test_still_too_hard_after_one_rewrite_is_reported_not_retried() -> None:
    client = FakeChatClient([completion(HARD), completion(HARD)])
    out = (await arun(client, "patient-explain", INPUTS["patient-explain"])).to_dict()
    read = out["result"]["readability"]
    assert read["rewritten"] is True and read["within_target"] is False
    assert len(client.bodies) == 2


async def test_no_rewrite_within_target_and_disclaimer_attached() -> None:
    client = FakeChatClient([completion(EASY)])
    out = (await arun(client, "patient-explain", INPUTS["patient-explain"])).to_dict()
    read = out["result"]["readability"]
    assert read["rewritten"] is False and "first_draft" not in read
    assert read["sentences"] == 6 and read["smog_reliable"] is True
    assert out["result"]["disclaimer"] == DISCLAIMER
    assert len(client.bodies) == 1


@pytest.mark.parametrize(
    ("option", "expected"),
    [(5, [1.0, 5.0]), ("4-6", [4.0, 6.0]), ([3, 4], [3.0, 4.0]), ("7", [1.0, 7.0])],
)
async def test_target_grade_option(option: object, expected: list[float]) -> None:
    # EASY measures below 6 but above 1: a maximum under its grade forces the rewrite.
    client = FakeChatClient([completion(EASY), completion(EASY)])
    out = (
        await arun(
            client, "patient-explain", INPUTS["patient-explain"], options={"target_grade": option}
        )
    ).to_dict()
    read = out["result"]["readability"]
    assert read["target_grade"] == expected
    assert read["rewritten"] is (
        measure(EASY["explanation"] + "\n" + "\n".join(EASY["key_points"]))["fk_grade"]
        > expected[1]
    )
    assert (
        f"grade of {expected[0]:g} to {expected[1]:g}" in client.bodies[0]["messages"][1]["content"]
    )


@pytest.mark.parametrize("option", [0, 30, "8-6", "easy"])
async def test_bad_target_grade_is_invalid(option: object) -> None:
    with pytest.raises(InvalidRequest) as err:
        await arun(
            FakeChatClient([]),
            "patient-explain",
            INPUTS["patient-explain"],
            options={"target_grade": option},
        )
    assert err.value.param is not None and err.value.param.startswith("options.target_grade")


async def test_other_language_gets_no_english_grade_and_no_rewrite() -> None:
    spanish = {
        "explanation": "Su corazón bombea menos sangre de lo normal. Tome la pastilla "
        "nueva cada día. Esta pastilla ayuda a su corazón.",
        "key_points": [],
    }
    client = FakeChatClient([completion(spanish)])
    out = (
        await arun(
            client, "patient-explain", INPUTS["patient-explain"], options={"language": "Spanish"}
        )
    ).to_dict()
    read = out["result"]["readability"]
    assert read["fk_grade"] is None and read["smog"] is None and read["language"] == "es"
    assert "fernandez_huerta" in read["other"] and read["within_target"] is None
    assert "Write in Spanish." in client.bodies[0]["messages"][1]["content"]
    assert len(client.bodies) == 1


async def test_numbers_not_in_the_source_are_flagged() -> None:
    invented = {
        "explanation": "Your heart pumps at 35 percent. Take 10 mg each day.",
        "key_points": [],
    }
    client = FakeChatClient([completion(invented)])
    out = (await arun(client, "patient-explain", INPUTS["patient-explain"])).to_dict()
    assert out["result"]["unsupported_numbers"] == ["10"]
