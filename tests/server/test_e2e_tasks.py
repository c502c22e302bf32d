"""Clinical tasks over HTTP, through the whole gateway, against a scripted fake upstream."""

from __future__ import annotations

import json

import pytest
from tests import http_util
from tests.conftest import RunningServer
from tests.fakes.upstream import FakeUpstream

ABSTRACT = (
    "Background: We randomised 412 adults with community-acquired pneumonia to 5 days versus 10 days "
    "of amoxicillin. Methods: multicentre randomised controlled trial. Results: clinical cure at day 30 "
    "was 88% with 5 days and 87% with 10 days (difference 1%, 95% CI -5 to 7)."
)
GOOD = {
    "population": "412 adults with community-acquired pneumonia",
    "intervention": "5 days of amoxicillin",
    "comparison": "10 days of amoxicillin",
    "outcomes": ["clinical cure at day 30"],
    "study_design": "multicentre randomised controlled trial",
    "sample_size": 412,
    "key_result": "88% with 5 days and 87% with 10 days",
}


def _task(server: RunningServer, name: str, body: dict[str, object]) -> http_util.Response:
    return http_util.post(f"{server.base_url}/tasks/{name}", json_body=body)


def test_reasoning_wrapped_then_repaired_json(fake_server: RunningServer, upstream: FakeUpstream) -> None:
    upstream.scripted[:] = [
        ("<think>The population is adults.</think>\n```json\n{\"population\": \"adults\", ", "stop"),
        ("<think>Fixing it.</think>" + json.dumps(GOOD), "stop"),
    ]
    resp = _task(fake_server, "pico", {"input": ABSTRACT, "model": "scripted-r1"})
    assert resp.status == 200, resp.body
    out = resp.json()
    assert out["result"]["sample_size"] == 412 and out["review_required"] is True
    assert "<think>" not in json.dumps(out["result"])
    assert "Fixing it." in out["reasoning_content"]
    meta = out["medgate"]
    assert meta["alias"] == "scripted-r1" and meta["cost_usd"] == pytest.approx(2 * (1000 * 0.5 + 2000 * 2.18) / 1e6)
    assert not upstream.scripted  # exactly two calls: the answer and one repair


def test_truncated_twice_is_a_clear_error(fake_server: RunningServer, upstream: FakeUpstream) -> None:
    upstream.scripted[:] = [('{"population": "adu', "length"), ('{"population": "adults", "interv', "length")]
    resp = _task(fake_server, "pico", {"input": ABSTRACT, "model": "scripted-r1"})
    assert resp.status == 422
    assert resp.json()["error"]["code"] == "task_failed"
    upstream.scripted.clear()


def test_signoff_is_audited(fake_server: RunningServer, upstream: FakeUpstream) -> None:
    upstream.scripted[:] = [(json.dumps(GOOD), "stop")]
    artefact = _task(fake_server, "pico", {"input": ABSTRACT, "model": "scripted-r1"}).json()["id"]
    ok = http_util.post(f"{fake_server.base_url}/tasks/artefacts/{artefact}/signoff",
                        json_body={"clinician": "Dr Reviewer"})
    assert ok.status == 200 and ok.json()["clinician"] == "Dr Reviewer"
    assert fake_server.app.audit.query("signoff", artefact_id=artefact)
    missing = http_util.post(f"{fake_server.base_url}/tasks/artefacts/nope/signoff",
                             json_body={"clinician": "Dr Reviewer"})
    assert missing.status == 404


@pytest.mark.parametrize(("name", "body", "status"), [
    ("no-such-task", {"input": ABSTRACT}, 404),
    ("pico", {"input": 5}, 400),
    ("pico", {"input": ABSTRACT, "format": "pdf"}, 400),
    ("pico", {"input": ABSTRACT, "colour": "red"}, 400),
    ("pico", {"input": "hello there"}, 422),
])
def test_bad_task_requests(fake_server: RunningServer, name: str, body: dict[str, object], status: int) -> None:
    resp = _task(fake_server, name, body)
    assert resp.status == status, resp.body
    assert resp.json()["error"]["message"]
