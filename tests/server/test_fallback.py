"""Fault test for routing: two deployments per alias, the first failing in one way each (429 with
Retry-After, 500, 503, a hang, a reset, a stream cut before its first byte, garbage). Every
request is answered by the healthy deployment or ends in a clear error, none outlives its
deadline, the failed deployment is cooled down after one failure, and each request is audited
exactly once with its attempts."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from tests import http_util
from tests.conftest import RunningServer
from tests.fakes.faulty import FaultyUpstream

from medgate.config import parse_config

FAULTS = {"429-retry-after": "rate_limit_exceeded", "500": "upstream_error", "503": "upstream_unavailable",
          "hang": "upstream_timeout", "reset": "upstream_unavailable", "cut-before-first": None, "garbage": None}
DEADLINE_S = 3.0


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[RunningServer, FaultyUpstream]]:
    tmp: Path = tmp_path_factory.mktemp("fallback")
    with FaultyUpstream() as up:
        def dep(model: str) -> dict[str, Any]:
            return {"base_url": up.base_url, "model": model, "timeout_s": 1.0, "price": {"input": 1, "output": 2}}

        models = [{"alias": f"fb-{fault}", "deployments": [dep(fault), dep("ok")], "cooldown_s": 30}
                  for fault in FAULTS]
        models += [
            {"alias": "both-fail", "deployments": [dep("500"), dep("503")], "max_attempts": 3},
            {"alias": "both-hang", "deployments": [dep("hang"), dep("hang")], "deadline_s": DEADLINE_S,
             "max_attempts": 5},
            {"alias": "cut-mid", "deployments": [dep("cut"), dep("ok")]},
            {"alias": "primary", "deployments": [dep("503")], "fallback_alias": "backup", "max_attempts": 2},
            {"alias": "backup", "deployments": [dep("ok")]},
            {"alias": "cheap-first", "routing": "lowest-price", "deployments": [
                {**dep("ok"), "price": {"input": 5, "output": 5}},
                {"base_url": up.base_url.replace("127.0.0.1", "localhost"), "model": "ok",
                 "price": {"input": 0.1, "output": 0.1}}]},
        ]
        config = parse_config({"models": models, "audit": {"url": f"sqlite:///{tmp / 'a.sqlite'}"}}, source="t")
        with RunningServer(config) as running:
            yield running, up


def post(server: RunningServer, model: str, stream: bool, **extra: Any) -> tuple[http_util.Response, float]:
    started = time.monotonic()
    resp = http_util.post(f"{server.base_url}/chat/completions", timeout=30, json_body={
        "model": model, "stream": stream, "messages": [{"role": "user", "content": "hello"}], **extra})
    return resp, time.monotonic() - started


def meta_of(resp: http_util.Response, stream: bool) -> dict[str, Any]:
    if not stream:
        return resp.json()["medgate"]  # type: ignore[no-any-return]
    events = resp.events()
    assert events[-1] == "[DONE]"
    chunks = [json.loads(e) for e in events[:-1]]
    assert not any("error" in c for c in chunks), chunks[-1]
    return chunks[0]["medgate"]  # type: ignore[no-any-return]


def audit_rows(server: RunningServer, rid: str) -> list[dict[str, Any]]:
    return server.app.audit.query("chat", id=rid)  # type: ignore[no-any-return]


@pytest.mark.parametrize("stream", [False, True], ids=["full", "stream"])
@pytest.mark.parametrize("fault", sorted(FAULTS))
def test_the_healthy_deployment_answers(server: tuple[RunningServer, FaultyUpstream], fault: str,
                                        stream: bool) -> None:
    srv, up = server
    alias = f"fb-{fault}"
    srv.app.gateway.router.health.clear()  # each case starts with every deployment healthy
    resp, took = post(srv, alias, stream)
    assert resp.status == 200, resp.body[:300]
    meta = meta_of(resp, stream)
    ok_name, bad_name = f"127.0.0.1:{up.port}:ok", f"127.0.0.1:{up.port}:{fault}"
    assert meta["deployment"] == ok_name and meta["attempts"] == 2
    (failed,) = meta["route"]["failed"]
    assert failed["deployment"] == bad_name
    if FAULTS[fault]:
        assert failed["error"] == FAULTS[fault]
    if fault == "429-retry-after":
        assert failed["retry_after"] == 1
    assert took < DEADLINE_S + 2
    (record,) = audit_rows(srv, resp.headers["x-request-id"])
    assert record["status"] == "ok" and record["attempts"] == 2 and record["deployment"] == ok_name
    # Cooled down after that one failure: the next request goes straight to the healthy one.
    again, _ = post(srv, alias, stream)
    meta = meta_of(again, stream)
    assert meta["deployment"] == ok_name and meta["attempts"] == 1 and meta["route"]["failed"] == []


def test_all_deployments_failing_is_one_clear_error(server: tuple[RunningServer, FaultyUpstream]) -> None:
    srv, _ = server
    resp, _ = post(srv, "both-fail", False)
    assert resp.status in (500, 503)
    err = resp.json()["error"]
    assert err["type"] == "upstream_error" and err["message"]
    (record,) = audit_rows(srv, resp.headers["x-request-id"])
    assert record["status"] == "error" and record["attempts"] == 3
    assert [f["status"] for f in record["failed_attempts"]][:2] in ([500, 503], [503, 500])


@pytest.mark.parametrize("stream", [False, True], ids=["full", "stream"])
def test_hanging_upstreams_end_by_the_deadline(server: tuple[RunningServer, FaultyUpstream], stream: bool) -> None:
    srv, _ = server
    resp, took = post(srv, "both-hang", stream)
    assert resp.status == 504 and resp.json()["error"]["code"] == "upstream_timeout"
    assert took < DEADLINE_S + 1.5, f"took {took:.1f}s past a {DEADLINE_S}s deadline"
    (record,) = audit_rows(srv, resp.headers["x-request-id"])
    assert record["status"] == "error" and 2 <= record["attempts"] <= 5


def test_a_stream_cut_after_its_first_byte_ends_with_an_error_event(
        server: tuple[RunningServer, FaultyUpstream]) -> None:
    srv, _ = server
    resp, _ = post(srv, "cut-mid", True)
    events = resp.events()
    assert events[-1] == "[DONE]"
    assert "error" in json.loads(events[-2])  # after the first byte there is no going back
    (record,) = audit_rows(srv, resp.headers["x-request-id"])
    assert record["status"] == "error" and record["attempts"] == 1


def test_fallback_alias_serves_after_the_primary_fails(server: tuple[RunningServer, FaultyUpstream]) -> None:
    srv, _ = server
    resp, _ = post(srv, "primary", False)
    meta = resp.json()["medgate"]
    assert resp.status == 200 and meta["alias"] == "backup" and meta["route"]["requested"] == "primary"


def test_routing_strategies_and_provider_preferences(server: tuple[RunningServer, FaultyUpstream]) -> None:
    srv, up = server
    resp, _ = post(srv, "cheap-first", False)
    assert resp.json()["medgate"]["deployment"] == f"localhost:{up.port}:ok"  # lowest-price first
    resp, _ = post(srv, "cheap-first", False, provider={"order": [f"127.0.0.1:{up.port}"]})
    assert resp.json()["medgate"]["deployment"] == f"127.0.0.1:{up.port}:ok"  # order wins
    resp, _ = post(srv, "cheap-first", False, provider={"max_price": {"completion": 1}})
    assert resp.json()["medgate"]["deployment"] == f"localhost:{up.port}:ok"
    resp, _ = post(srv, "cheap-first", False, provider={"max_price": {"completion": 0.01}})
    assert resp.status == 400 and resp.json()["error"]["param"] == "provider"
    resp, _ = post(srv, "cheap-first", False, provider={"colour": "red"})
    assert resp.status == 400
    # allow_fallbacks: false — the first choice only, so a failure is the answer.
    resp, _ = post(srv, "both-fail", False, provider={"allow_fallbacks": False})
    assert resp.status in (500, 503)
    (record,) = audit_rows(srv, resp.headers["x-request-id"])
    assert {f["deployment"] for f in record["failed_attempts"]} == {record["deployment"]}


def test_concurrent_faults_never_hang_and_are_audited_once(server: tuple[RunningServer, FaultyUpstream]) -> None:
    srv, _ = server
    jobs = [(f"fb-{f}", s) for f in FAULTS for s in (False, True)] + [("both-fail", False), ("both-hang", True)]
    with ThreadPoolExecutor(8) as pool:
        results = list(pool.map(lambda job: post(srv, *job), jobs))
    for (model, _), (resp, took) in zip(jobs, results, strict=True):
        assert took < DEADLINE_S + 3, model
        rows = audit_rows(srv, resp.headers["x-request-id"])
        assert len(rows) == 1, model
        assert (rows[0]["status"] == "ok") == succeeded(resp), model


def succeeded(resp: http_util.Response) -> bool:
    if resp.status != 200:
        return False
    if "text/event-stream" not in resp.headers.get("content-type", ""):
        return True
    events = resp.events()
    return events[-1] == "[DONE]" and "error" not in json.loads(events[-2])
