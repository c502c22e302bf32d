"""Issue 12's contract details, end to end: refusals are audited, one id for the response, its
header and its audit row, n > 1 refused, and an emergency that reaches standard clients (header
and, in annotate mode, an advice line in the content itself)."""

from __future__ import annotations

import http.client
import json
import time
from typing import Any

import openai
import pytest
from tests import http_util
from tests.conftest import RunningServer
from tests.fakes.upstream import ANSWER, R1_REASONING, FakeUpstream

EMERGENCY = "My father has crushing chest pain spreading to his left arm and he is sweating a lot."
NOTICE = "[medgate safety notice] "


@pytest.fixture(scope="module")
def client(fake_server: RunningServer) -> openai.OpenAI:
    return openai.OpenAI(base_url=fake_server.base_url, api_key="unused", max_retries=0, timeout=20)


def chat(server: RunningServer, body: Any = None, *, content: bytes | None = None,
         headers: dict[str, str] | None = None) -> http_util.Response:
    return http_util.post(f"{server.base_url}/chat/completions", json_body=body, content=content,
                          headers=headers, timeout=20)


def audit_row(server: RunningServer, rid: str) -> dict[str, Any]:
    rows = server.app.audit.query("chat", id=rid)
    assert len(rows) == 1, rows
    return rows[0]


USER = [{"role": "user", "content": "x"}]


@pytest.mark.parametrize(("body", "content", "headers", "status", "code"), [
    ({"model": "no-such-alias", "messages": USER}, None, None, 404, "model_not_found"),
    ({"model": "plain", "messages": []}, None, None, 400, "invalid_request"),
    ({"model": "plain", "messages": USER, "temperature": "hot"}, None, None, 400, "invalid_request"),
    ({"model": "plain", "messages": USER, "phi": "maybe"}, None, None, 400, "invalid_request"),
    (None, b"{not json", None, 400, "invalid_json"),
    ({"model": "remote-echo", "messages": USER, "phi": "allow"}, None, None, 403, "phi_not_allowed"),
    ({"model": "remote-echo", "messages": [{"role": "user", "content": "Patient John Smith, MRN 4829-1173"}]},
     None, {"x-medgate-phi": "block"}, 403, "phi_not_allowed"),
])
@pytest.mark.parametrize("stream", [False, True], ids=["full", "stream"])
def test_refusals_are_answered_and_audited(fake_server: RunningServer, body: Any, content: bytes | None,
                                           headers: dict[str, str] | None, status: int, code: str,
                                           stream: bool) -> None:
    if body is not None and stream:
        body = {**body, "stream": True}
    resp = chat(fake_server, body, content=content, headers=headers)
    assert resp.status == status and resp.json()["error"]["code"] == code
    row = audit_row(fake_server, resp.headers["x-request-id"])
    assert (row["status"], row["error"], row["http_status"]) == ("error", code, status)
    assert "John" not in json.dumps(row)  # refused text never lands in the audit


def test_n_greater_than_one_is_refused(fake_server: RunningServer, upstream: FakeUpstream) -> None:
    before = len(upstream.requests)
    resp = chat(fake_server, {"model": "plain", "messages": USER, "n": 2})
    assert resp.status == 400 and resp.json()["error"]["param"] == "n"
    assert "separate requests" in resp.json()["error"]["message"]
    assert len(upstream.requests) == before  # never sent, so never silently answered with one choice
    assert chat(fake_server, {"model": "plain", "messages": USER, "n": 1}).status == 200


def test_one_id_for_response_header_and_audit(client: openai.OpenAI, fake_server: RunningServer) -> None:
    raw = client.chat.completions.with_raw_response.create(model="plain", messages=USER)
    resp = raw.parse()
    rid = raw.headers["x-request-id"]
    assert resp.id == rid == resp.model_extra["medgate"]["request_id"]  # type: ignore[index]
    assert audit_row(fake_server, rid)["status"] == "ok"
    with client.chat.completions.with_streaming_response.create(model="raw-think", messages=USER,
                                                                stream=True) as sraw:
        rid = sraw.headers["x-request-id"]
        ids = {chunk.id for chunk in sraw.parse()}
    assert ids == {rid}  # the last chunk too
    assert audit_row(fake_server, rid)["status"] == "ok"


def test_cancelled_stream_is_audited_as_cancelled(fake_server: RunningServer) -> None:
    conn = http.client.HTTPConnection("127.0.0.1", fake_server.port, timeout=10)
    conn.request("POST", "/v1/chat/completions", headers={"content-type": "application/json"},
                 body=json.dumps({"model": "plain", "stream": True, "messages": USER}))
    resp = conn.getresponse()
    rid = resp.getheader("x-request-id")
    resp.read(10)
    conn.close()
    assert rid
    for _ in range(200):  # the server notices the close on its next write
        rows = fake_server.app.audit.query("chat", id=rid)
        if rows:
            break
        time.sleep(0.02)
    assert len(rows) == 1 and rows[0]["status"] in ("cancelled", "ok")


# -- emergencies reach standard clients --------------------------------------------------------

def test_escalation_header_and_advice_line_full(client: openai.OpenAI) -> None:
    raw = client.chat.completions.with_raw_response.create(
        model="raw-think", messages=[{"role": "user", "content": EMERGENCY}])
    assert raw.headers["x-medgate-escalation"].startswith("emergent; categories=")
    assert "cardiac_chest_pain" in raw.headers["x-medgate-escalation"]
    msg = raw.parse().choices[0].message
    assert msg.content is not None and msg.content.startswith(NOTICE) and "911" in msg.content
    assert msg.content.endswith(ANSWER)  # the model's answer follows, think tags split out
    assert msg.model_extra["reasoning_content"].strip() == R1_REASONING  # type: ignore[index]
    assert NOTICE not in msg.model_extra["reasoning_content"]  # type: ignore[index]


def test_escalation_advice_line_in_stream_with_reasoning_split(client: openai.OpenAI) -> None:
    with client.chat.completions.with_streaming_response.create(
            model="raw-think", stream=True, messages=[{"role": "user", "content": EMERGENCY}]) as raw:
        assert "cardiac_chest_pain" in raw.headers["x-medgate-escalation"]
        chunks = list(raw.parse())
    content = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    reasoning = "".join((c.choices[0].delta.model_extra or {}).get("reasoning_content") or ""
                        for c in chunks if c.choices)
    assert content.startswith(NOTICE) and content.endswith(ANSWER)
    assert reasoning.strip() == R1_REASONING


@pytest.mark.parametrize("stream", [False, True])
def test_advice_line_and_phi_restore_together(client: openai.OpenAI, upstream: FakeUpstream,
                                              stream: bool) -> None:
    text = f"Patient John Smith, MRN 4829-1173: {EMERGENCY}"
    if stream:
        chunks = client.chat.completions.create(model="remote-echo", stream=True,
                                                messages=[{"role": "user", "content": text}])
        content = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    else:
        content = client.chat.completions.create(
            model="remote-echo", messages=[{"role": "user", "content": text}]).choices[0].message.content or ""
    assert "John Smith" not in str(upstream.requests[-1]["messages"])
    assert content.startswith(NOTICE) and content.endswith(f"You said: {text}")


def test_no_advice_line_in_json_output_but_header_stays(fake_server: RunningServer) -> None:
    resp = chat(fake_server, {"model": "plain", "messages": [{"role": "user", "content": EMERGENCY}],
                              "response_format": {"type": "json_object"}})
    assert "cardiac_chest_pain" in resp.headers["x-medgate-escalation"]
    assert not resp.json()["choices"][0]["message"]["content"].startswith(NOTICE)
    assert resp.json()["medgate"]["escalation"]["categories"]


def test_no_escalation_no_header(fake_server: RunningServer) -> None:
    resp = chat(fake_server, {"model": "plain", "messages": USER})
    assert "x-medgate-escalation" not in resp.headers
    assert resp.json()["choices"][0]["message"]["content"] == ANSWER


def test_refused_request_still_carries_the_escalation_header(fake_server: RunningServer) -> None:
    resp = chat(fake_server, {"model": "no-such-alias", "messages": [{"role": "user", "content": EMERGENCY}]})
    assert resp.status == 404 and "cardiac_chest_pain" in resp.headers["x-medgate-escalation"]
    assert audit_row(fake_server, resp.headers["x-request-id"])["escalation"] == ["cardiac_chest_pain"]
