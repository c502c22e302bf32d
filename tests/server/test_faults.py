"""Fault test: a fake upstream on 127.0.0.1 that sends garbage, resets connections, cuts streams
and returns malformed JSON. Every request must end in a response or an OpenAI-shaped error (in a
stream: an error event, then [DONE]), and the audit must hold exactly one row per request with
the status the client saw."""

from __future__ import annotations

import json
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from tests import http_util
from tests.conftest import RunningServer
from tests.fakes.faulty import BEHAVIOURS, FaultyUpstream

from medgate.config import parse_config

SUCCEEDS = {"ok", "no-choices"}  # every other behaviour must end as an error, never as "ok"


@pytest.fixture(scope="module")
def faulty_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningServer]:
    tmp: Path = tmp_path_factory.mktemp("faults")
    with FaultyUpstream() as up:
        models = [{"alias": m, "deployments": [{"base_url": up.base_url, "model": m, "timeout_s": 5}]}
                  for m in BEHAVIOURS]
        config = parse_config({"models": models, "audit": {"url": f"sqlite:///{tmp / 'audit.sqlite'}"}},
                              source="test")
        with RunningServer(config) as server:
            yield server


def call(server: RunningServer, model: str, stream: bool) -> tuple[http_util.Response, str, str | None]:
    """POST one request; return the response, the status the audit must show, and its error code."""
    resp = http_util.post(f"{server.base_url}/chat/completions", timeout=20, json_body={
        "model": model, "stream": stream, "messages": [{"role": "user", "content": "hello"}]})
    rid = resp.headers["x-request-id"]
    if resp.status != 200:
        err = resp.json()["error"]
        assert set(err) == {"message", "type", "param", "code"} and err["message"]
        assert 500 <= resp.status <= 504 and err["type"] == "upstream_error", (model, err)
        return resp, "error", err["code"]
    if not stream:
        body = resp.json()
        assert body["id"] == rid == body["medgate"]["request_id"]
        return resp, "ok", None
    events = resp.events()
    assert events[-1] == "[DONE]", f"{model}: stream cut without [DONE]: {events[-3:]}"
    chunks = [json.loads(e) for e in events[:-1]]
    assert all(c["id"] == rid for c in chunks if "error" not in c)  # one id, first chunk to last
    if "error" in chunks[-1]:
        err = chunks[-1]["error"]
        assert err["type"] == "upstream_error" and err["code"] and err["message"]
        assert not any("error" in c for c in chunks[:-1])
        return resp, "error", err["code"]
    assert chunks[-1]["medgate"]["request_id"] == rid
    return resp, "ok", None


@pytest.mark.parametrize("stream", [False, True], ids=["full", "stream"])
@pytest.mark.parametrize("model", sorted(BEHAVIOURS))
def test_every_fault_ends_cleanly_and_is_audited_once(faulty_server: RunningServer, model: str,
                                                      stream: bool) -> None:
    resp, status, code = call(faulty_server, model, stream)
    assert status == ("ok" if model in SUCCEEDS else "error"), f"{model} must not fail open"
    rows = faulty_server.app.audit.query("chat", id=resp.headers["x-request-id"])
    assert len(rows) == 1
    assert (rows[0]["status"], rows[0]["error"], rows[0]["alias"]) == (status, code, model)


@pytest.mark.parametrize("model", ["malformed-json", "bad-choice", "bad-message", "bad-content", "bad-usage"])
def test_malformed_answers_are_upstream_protocol_errors(faulty_server: RunningServer, model: str) -> None:
    for stream in (False, True):
        resp, _, code = call(faulty_server, model, stream)
        assert code == "upstream_protocol_error", (model, stream)
        assert resp.status in (200, 502)


def test_faults_under_concurrency_keep_one_row_each(faulty_server: RunningServer) -> None:
    jobs = [(m, s) for m in sorted(BEHAVIOURS) for s in (False, True)] * 3
    with ThreadPoolExecutor(8) as pool:
        results = list(pool.map(lambda job: call(faulty_server, *job), jobs))
    ids = [r.headers["x-request-id"] for r, _, _ in results]
    assert len(set(ids)) == len(ids)
    by_id: dict[str, Any] = {r["id"]: r for r in faulty_server.app.audit.query("chat") if r["id"] in set(ids)}
    assert len(by_id) == len(ids)
    for (_, status, code), rid in zip(results, ids, strict=True):
        assert (by_id[rid]["status"], by_id[rid]["error"]) == (status, code)
    assert faulty_server.app.audit.health()["dropped"] == 0
