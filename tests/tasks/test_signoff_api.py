"""Sign-off is audited (who, when); the runner audits every artefact without text or PHI; the
HTTP handlers validate their bodies and map to the same errors."""

from __future__ import annotations

from datetime import datetime

import orjson
import pytest

from medgate.errors import InvalidRequest, NotFound, TaskError, UnprocessableInput
from medgate.tasks import TASKS, arun, sign_off
from medgate.tasks.api import signoff_http, task_http
from medgate.tasks.store import MemoryArtefacts
from tests.tasks.cases import INPUTS, OUTPUTS
from tests.tasks.fakes import FakeAudit, FakeChatClient, completion


async def _made(audit: FakeAudit, name: str = "soap-note", artefacts: MemoryArtefacts | None = None) -> str:
    client = FakeChatClient([completion(OUTPUTS[name], cost=0.004)])
    return (await arun(client, name, INPUTS[name], audit=audit, artefacts=artefacts)).id


@pytest.mark.parametrize("name", [n for n, t in TASKS.items() if not t.takes_files])
async def test_runner_audits_the_artefact_without_input_text(name: str) -> None:
    audit = FakeAudit()
    artefact = await _made(audit, name)
    (record,) = audit.query("task", artefact_id=artefact)
    assert record["task"] == name and record["alias"] == "test-model"
    assert record["cost_usd"] == pytest.approx(0.004) and record["calls"] == 1
    assert len(record["result_sha256"]) == 64
    flat = orjson.dumps(record).decode()
    for fragment in INPUTS[name].split(".")[:2]:
        assert fragment.strip()[:25] not in flat


async def test_sign_off_is_stored_with_the_artefact_and_audited() -> None:
    audit, artefacts = FakeAudit(), MemoryArtefacts()
    artefact = await _made(audit, artefacts=artefacts)
    assert artefacts.get(artefact)["task"] == "soap-note"  # the artefact store, not the audit, has it
    record = sign_off(audit, artefacts, artefact, "Dr Ada Lovelace", "checked against the chart", "key_x")
    (audited,) = audit.query("signoff", artefact_id=artefact)
    assert audited["clinician"] == "Dr Ada Lovelace" and audited["key_id"] == "key_x"
    assert "note" not in audited  # clinical text stays out of the audit
    assert artefacts.signoffs(artefact)[0]["note"] == "checked against the chart"
    assert record["clinician"] == "Dr Ada Lovelace" and record["task"] == "soap-note"
    assert record["note"] == "checked against the chart"
    assert datetime.fromisoformat(record["at"]).utcoffset().total_seconds() == 0


async def test_sign_off_unknown_artefact_is_404() -> None:
    audit, artefacts = FakeAudit(), MemoryArtefacts()
    await _made(audit, artefacts=artefacts)
    with pytest.raises(NotFound) as err:
        sign_off(audit, artefacts, "00000000-0000-4000-8000-000000000000", "Dr A")
    assert err.value.status == 404
    assert audit.query("signoff") == []


async def test_failed_task_is_audited_as_an_error() -> None:
    audit = FakeAudit()
    client = FakeChatClient([completion("nope"), completion("still nope")])
    with pytest.raises(TaskError, match="repair"):
        await arun(client, "pico", INPUTS["pico"], audit=audit)
    (record,) = audit.query("task_error")
    assert record["error"] == "task_failed" and record["calls"] == 2
    assert audit.query("task") == []


async def test_task_http_returns_the_result_and_audits() -> None:
    audit, artefacts = FakeAudit(), MemoryArtefacts()
    client = FakeChatClient([completion(OUTPUTS["differential"])])
    out = await task_http(
        client,
        audit,
        "differential",
        {
            "input": INPUTS["differential"],
            "model": "m1",
            "format": "fhir",
            "options": {"subject": "Patient/7"},
        },
        artefacts,
    )
    assert out["task"] == "differential" and out["review_required"] is True
    assert out["fhir"]["entry"][0]["resource"]["subject"] == {"reference": "Patient/7"}
    assert client.bodies[0]["model"] == "m1"
    signed = await signoff_http(audit, artefacts, out["id"], {"clinician": "Dr B"})
    assert signed["artefact_id"] == out["id"]


async def test_task_http_unknown_task_lists_tasks() -> None:
    with pytest.raises(NotFound) as err:
        await task_http(FakeChatClient([]), FakeAudit(), "nope", {"input": "chest pain"})
    assert "soap-note" in err.value.message and "pico" in err.value.message


@pytest.mark.parametrize(
    ("body", "param"),
    [
        ({}, "input"),
        ({"input": 5}, "input"),
        ({"input": ["chest pain"]}, "input"),
        ({"input": "chest pain 2 days", "model": 3}, "model"),
        ({"input": "chest pain 2 days", "format": "xml"}, "format"),
        ({"input": "chest pain 2 days", "format": 1}, "format"),
        ({"input": "chest pain 2 days", "options": "x=1"}, "options"),
        ({"input": "chest pain 2 days", "options": {"bogus": 1}}, "options.bogus"),
        ({"input": "chest pain 2 days", "stream": True}, "stream"),
    ],
)
async def test_task_http_bad_types(body: dict[str, object], param: str) -> None:
    client = FakeChatClient([])
    with pytest.raises(InvalidRequest) as err:
        await task_http(client, FakeAudit(), "soap-note", body)
    assert err.value.param == param and err.value.status == 400
    assert client.bodies == []


async def test_task_http_non_clinical_is_422() -> None:
    with pytest.raises(UnprocessableInput):
        await task_http(FakeChatClient([]), FakeAudit(), "soap-note", {"input": "hello there"})


@pytest.mark.parametrize(
    ("body", "param"),
    [
        ({}, "clinician"),
        ({"clinician": ""}, "clinician"),
        ({"clinician": 7}, "clinician"),
        ({"clinician": "Dr A", "note": 1}, "note"),
        ({"clinician": "Dr A", "role": "x"}, "role"),
    ],
)
async def test_signoff_http_bad_bodies(body: dict[str, object], param: str) -> None:
    audit, artefacts = FakeAudit(), MemoryArtefacts()
    artefact = await _made(audit, artefacts=artefacts)
    with pytest.raises(InvalidRequest) as err:
        await signoff_http(audit, artefacts, artefact, body)
    assert err.value.param == param
    assert audit.query("signoff") == []
