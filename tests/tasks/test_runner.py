"""The runner's contract, run as one table over every task: what comes back is schema-valid or
a clear error, reasoning stays beside the result, truncation and bad JSON get one retry each."""

from __future__ import annotations

import json
from typing import Any

import orjson
import pytest

from medgate.errors import InvalidRequest, NotFound, TaskError
from medgate.tasks import TASKS, arun
from medgate.tasks.runner import LABEL
from tests.tasks.cases import INPUTS, OUTPUTS
from tests.tasks.fakes import FakeChatClient, completion

NAMES = [n for n, t in TASKS.items() if not t.takes_files]  # files: test_image_report.py


def _json(name: str) -> str:
    return orjson.dumps(OUTPUTS[name]).decode()


def _expected(name: str) -> dict[str, Any]:
    return TASKS[name].output.model_validate(OUTPUTS[name]).model_dump(mode="json")


def _core(result: dict[str, Any], name: str) -> dict[str, Any]:
    """The validated fields only (post-processing may add keys such as readability)."""
    return {k: result[k] for k in _expected(name)}


# (case, scripted responses, expected reasoning_content)
WRAPPINGS = [
    ("plain", lambda n: [completion(_json(n))], None),
    ("fenced", lambda n: [completion(f"```json\n{_json(n)}\n```")], None),
    ("fenced-no-lang", lambda n: [completion(f"```\n{_json(n)}\n```")], None),
    (
        "think-tags",
        lambda n: [completion(f"<think>weigh the case</think>\n{_json(n)}")],
        "weigh the case",
    ),
    (
        "bare-close-tag",
        lambda n: [completion(f"weigh the case</think>{_json(n)}")],
        "weigh the case",
    ),
    (
        "reasoning-content",
        lambda n: [completion(_json(n), reasoning="split by the gateway")],
        "split by the gateway",
    ),
    (
        "prose-around",
        lambda n: [completion(f"Here is the JSON:\n{_json(n)}\nHope it helps.")],
        None,
    ),
]


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize(("case", "script", "reasoning"), WRAPPINGS, ids=[w[0] for w in WRAPPINGS])
async def test_valid_output_in_every_wrapping(name, case, script, reasoning) -> None:
    client = FakeChatClient(script(name))
    out = (await arun(client, name, INPUTS[name])).to_dict()
    assert _core(out["result"], name) == _expected(name)
    assert out.get("reasoning_content") == reasoning
    assert "think" not in json.dumps(out["result"])
    assert out["review_required"] is True and out["status"] == "preliminary"
    assert out["label"] == LABEL
    assert out["task"] == name and len(out["id"]) == 36
    assert len(client.bodies) == 1


@pytest.mark.parametrize("name", NAMES)
async def test_request_asks_for_the_schema_with_the_picked_model(name) -> None:
    client = FakeChatClient([completion(_json(name))])
    out = (await arun(client, name, INPUTS[name])).to_dict()
    body = client.bodies[0]
    assert client.use_cases == [TASKS[name].use_case]
    assert body["model"] == "picked"
    fmt = body["response_format"]
    assert fmt["type"] == "json_schema" and fmt["json_schema"]["strict"] is True
    schema = fmt["json_schema"]["schema"]
    assert schema["additionalProperties"] is False
    assert set(schema["required"]) == set(TASKS[name].output.model_fields)
    assert body["max_tokens"] == TASKS[name].max_tokens
    assert [m["role"] for m in body["messages"]] == ["system", "user"]
    assert INPUTS[name] in body["messages"][1]["content"]
    meta = out["medgate"]
    assert meta["alias"] == "test-model" and meta["deployment"] == "fake:test-model"
    assert meta["task"] == name and meta["calls"] == 1 and meta["review_required"] is True


@pytest.mark.parametrize("name", NAMES)
async def test_explicit_model_skips_the_pick(name) -> None:
    client = FakeChatClient([completion(_json(name))])
    await arun(client, name, INPUTS[name], model="deepseek-r1")
    assert client.bodies[0]["model"] == "deepseek-r1" and client.use_cases == []


@pytest.mark.parametrize("name", NAMES)
async def test_malformed_then_repaired_on_the_second_call(name) -> None:
    bad = _json(name)[:-15]  # cut mid-object: not JSON
    client = FakeChatClient([completion(bad, cost=0.002), completion(_json(name), cost=0.003)])
    out = (await arun(client, name, INPUTS[name])).to_dict()
    assert _core(out["result"], name) == _expected(name)
    repair = client.bodies[1]["messages"]
    assert repair[-2] == {"role": "assistant", "content": bad}
    assert "could not be used" in repair[-1]["content"]
    assert out["medgate"]["cost_usd"] == pytest.approx(0.005)
    assert out["medgate"]["calls"] == 2


@pytest.mark.parametrize("name", NAMES)
async def test_repair_quotes_the_validation_errors(name) -> None:
    invalid = dict(OUTPUTS[name])
    first_field = next(iter(invalid))
    invalid[first_field] = None  # schema-shaped JSON that fails validation
    client = FakeChatClient([completion(invalid), completion(_json(name))])
    await arun(client, name, INPUTS[name])
    assert first_field in client.bodies[1]["messages"][-1]["content"]


@pytest.mark.parametrize("name", NAMES)
async def test_malformed_twice_is_a_task_error(name) -> None:
    client = FakeChatClient([completion("{not json"), completion('{"still": "wrong"}')])
    with pytest.raises(TaskError, match="did not validate after one repair"):
        await arun(client, name, INPUTS[name])
    assert len(client.bodies) == 2


@pytest.mark.parametrize("name", NAMES)
async def test_length_then_success_with_double_max_tokens(name) -> None:
    client = FakeChatClient(
        [
            completion(_json(name)[:40], finish="length"),
            completion(_json(name)),
        ]
    )
    out = (await arun(client, name, INPUTS[name])).to_dict()
    assert _core(out["result"], name) == _expected(name)
    first, second = (b["max_tokens"] for b in client.bodies)
    assert second == 2 * first == 2 * TASKS[name].max_tokens
    assert client.bodies[1]["messages"] == client.bodies[0]["messages"]


@pytest.mark.parametrize("name", NAMES)
async def test_length_twice_is_a_task_error_not_half_a_result(name) -> None:
    # Even a complete-looking object is not trusted when the engine says it was cut off.
    client = FakeChatClient([completion(_json(name), finish="length")] * 2)
    with pytest.raises(TaskError, match="cut off"):
        await arun(client, name, INPUTS[name])


@pytest.mark.parametrize("name", NAMES)
async def test_escalation_from_the_gateway_is_carried(name) -> None:
    esc = {
        "categories": ["cardiac"],
        "evidence": ["chest pain"],
        "advice": "Call 911.",
        "resources": [{"name": "Emergency services", "contact": "911"}],
    }
    client = FakeChatClient(
        [completion("nope", escalation=esc), completion(_json(name), escalation=None)]
    )
    out = (await arun(client, name, INPUTS[name])).to_dict()
    assert out["medgate"]["escalation"] == esc


async def test_unknown_task_lists_the_tasks() -> None:
    with pytest.raises(NotFound) as err:
        await arun(FakeChatClient([]), "haiku", "chest pain 2 days")
    assert all(name in err.value.message for name in NAMES)


@pytest.mark.parametrize(
    ("kwargs", "param"),
    [
        ({"format": "xml"}, "format"),
        ({"options": {"colour": "blue"}}, "options.colour"),
        ({"options": {"subject": "123"}}, "options.subject"),
        ({"options": "subject=Patient/1"}, "options"),
    ],
)
async def test_bad_arguments_are_invalid_requests(kwargs, param) -> None:
    client = FakeChatClient([])
    with pytest.raises(InvalidRequest) as err:
        await arun(client, "soap-note", INPUTS["soap-note"], **kwargs)
    assert err.value.param == param
    assert client.bodies == []


async def test_non_string_input_is_an_invalid_request() -> None:
    with pytest.raises(InvalidRequest) as err:
        await arun(FakeChatClient([]), "pico", 42)  # type: ignore[arg-type]
    assert err.value.param == "input"


async def test_other_finish_reasons_are_errors() -> None:
    client = FakeChatClient([completion(_json("pico"), finish="content_filter")])
    with pytest.raises(TaskError, match="content_filter"):
        await arun(client, "pico", INPUTS["pico"])


async def test_cost_is_none_when_no_call_reports_one() -> None:
    client = FakeChatClient([completion(_json("pico"), cost=None)])
    out = (await arun(client, "pico", INPUTS["pico"])).to_dict()
    assert out["medgate"]["cost_usd"] is None


async def test_pico_reports_which_fields_are_verbatim_quotes() -> None:
    paraphrased = {**OUTPUTS["pico"], "population": "hypertensive adults"}
    client = FakeChatClient([completion(paraphrased)])
    out = (await arun(client, "pico", INPUTS["pico"])).to_dict()
    verbatim = out["result"]["verbatim"]
    assert verbatim["population"] is False
    assert verbatim["intervention"] is True and verbatim["key_result"] is True
    assert verbatim["outcomes"] is True


async def test_quiz_count_option_reaches_the_prompt() -> None:
    client = FakeChatClient([completion(_json("quiz"))])
    await arun(client, "quiz", INPUTS["quiz"], options={"count": "3"})
    assert "Write 3 question(s)." in client.bodies[0]["messages"][1]["content"]


def test_engine_schema_bounds_short_strings_only() -> None:
    from medgate.tasks.parsing import ENGINE_MAX_LENGTH, engine_schema

    props = engine_schema(TASKS["soap-note"].output)["properties"]
    assert "maxLength" not in props["subjective"]  # narrative: bounded by max_tokens only
    item = props["problem_list"]["items"]["properties"]["problem"]
    assert item["maxLength"] == ENGINE_MAX_LENGTH


async def test_seed_option_is_sent() -> None:
    client = FakeChatClient([completion(_json("pico"))])
    await arun(client, "pico", INPUTS["pico"], options={"seed": 7})
    assert client.bodies[0]["seed"] == 7
