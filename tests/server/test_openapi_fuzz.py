"""`GET /openapi.json` documents every route, and a bounded property-based fuzz run against it
(schemathesis: schema-valid and schema-violating requests to a real server on 127.0.0.1 with fake
upstreams) finds no server error: every 5xx is an upstream's, every error is OpenAI-shaped, every
stream ends with [DONE]. The server has API keys (so every route but /health needs one): the fuzz
run sends an admin key, which reaches every route.

MEDGATE_FUZZ_EXAMPLES=500 runs longer, with a random seed instead of the fixed one.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis import GenerationMode
from tests import http_util
from tests.conftest import RunningServer, fake_config
from tests.fakes.upstream import FakeUpstream

from medgate.auth import create_key
from medgate.server.app import ROUTES
from medgate.store import open_store
from medgate.tasks.registry import TASKS

EXAMPLES = int(os.environ.get("MEDGATE_FUZZ_EXAMPLES", "25"))
UPSTREAM_TYPES = {"upstream_error", "rate_limit_error"}
# Aliases on the fake upstreams worth reaching (the slow one would only add waiting).
ALIASES = ["plain", "raw-think", "harmony", "glm-boxes", "remote-echo", "remote-echo-r1", "tools", "ollama",
           "vllm-new", "err-500", "err-429", "not-json", "broken-stream", "respond-emergency", "remote-baa"]


@pytest.fixture(scope="module")
def keyed_server(upstream: FakeUpstream, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[RunningServer, str]]:
    config = fake_config(upstream, tmp_path_factory.mktemp("fuzz"), server={"max_body_bytes": 200_000})
    engine = open_store(config.audit_url)
    secret, _ = create_key(engine, "fuzz", "admin")
    engine.dispose()
    with RunningServer(config) as server:
        yield server, secret


def test_document_covers_every_route(keyed_server: tuple[RunningServer, str]) -> None:
    server, secret = keyed_server
    url = f"http://127.0.0.1:{server.port}/openapi.json"
    assert http_util.get(url).status == 401  # the document needs a key too, once keys exist
    resp = http_util.get(url, headers={"Authorization": f"Bearer {secret}"})
    doc = resp.json()
    assert resp.status == 200 and doc["openapi"].startswith("3.1")
    documented = {(m.upper(), p) for p, ops in doc["paths"].items() for m in ops}
    assert documented == {(r.method, "/" + "/".join(r.pattern)) for r in ROUTES}
    chat = doc["paths"]["/v1/chat/completions"]["post"]
    request = doc["components"]["schemas"][chat["requestBody"]["content"]["application/json"]["schema"]["$ref"]
                                           .rsplit("/", 1)[1]]
    assert {"model", "messages"} <= set(request["required"]) and "n" in request["properties"]
    assert "text/event-stream" in chat["responses"]["200"]["content"]
    assert "X-Medgate-Escalation" in chat["responses"]["200"]["headers"]


def _check(case: Any, resp: Any) -> None:
    where = f"{case.method} {case.formatted_path} {str(case.body)[:300]}"
    if resp.status_code >= 400:
        err = resp.json()["error"]
        assert {"message", "type", "param", "code"} <= set(err), where
        assert resp.status_code < 500 or err["type"] in UPSTREAM_TYPES, f"server error {resp.status_code} {err}: {where}"
    elif "text/event-stream" in str(resp.headers.get("content-type")):
        events = [line[6:] for line in resp.text.split("\n") if line.startswith("data: ")]
        assert events and events[-1] == "[DONE]", where
        for event in events[:-1]:
            data = json.loads(event)
            if "error" in data:
                assert data["error"]["type"] in UPSTREAM_TYPES, f"server error in stream {data}: {where}"


def _aim(case: Any, alias: str | None, task: str | None) -> Any:
    """Point some generated requests at real aliases and tasks, so they get past the 404s."""
    if alias and isinstance(case.body, dict) and "model" in case.body:
        case.body["model"] = alias
    if task and case.path_parameters and "name" in case.path_parameters:
        case.path_parameters["name"] = task
    return case


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE], ids=["valid", "invalid"])
def test_fuzz_finds_no_server_errors(keyed_server: tuple[RunningServer, str], mode: GenerationMode) -> None:
    server, secret = keyed_server
    base = f"http://127.0.0.1:{server.port}"
    auth = {"Authorization": f"Bearer {secret}"}
    schema = schemathesis.openapi.from_url(f"{base}/openapi.json", headers=auth)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= len(ROUTES) - 1  # schemathesis skips the document's own route
    for operation in operations:
        raw = operation.definition.raw
        if mode is GenerationMode.NEGATIVE and not (raw.get("requestBody") or raw.get("parameters")):
            continue  # nothing a request to it could get wrong
        strategy = st.builds(_aim, operation.as_strategy(generation_mode=mode),
                             st.sampled_from([None, *ALIASES]), st.sampled_from([None, *sorted(TASKS)]))

        @settings(max_examples=EXAMPLES, deadline=None, database=None, derandomize="MEDGATE_FUZZ_EXAMPLES" not in os.environ,
                  suppress_health_check=list(HealthCheck))
        @given(case=strategy)
        def fuzz(case: Any) -> None:
            _check(case, case.call(base_url=base, timeout=20, headers=auth))

        fuzz()
