"""API keys on a real server, through the official `openai` client: once a key exists every route
but /health needs one; roles limit routes, keys limit models and PHI; per-minute limits and
budgets answer OpenAI-shaped 429 / 402; revoked keys stop working; refusals are audited; usage
and metrics report what was served."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openai
import pytest
from tests import http_util
from tests.conftest import RunningServer
from tests.fakes.upstream import FakeUpstream

from medgate.auth import create_key, revoke_key
from medgate.cli import main
from medgate.config import parse_config
from medgate.store import open_store

Keys = dict[str, str]


@pytest.fixture(scope="module")
def keyed(upstream: FakeUpstream, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[RunningServer, Keys, str]]:
    tmp: Path = tmp_path_factory.mktemp("keys")
    url = f"sqlite:///{tmp / 'db.sqlite'}"
    dep = {"base_url": upstream.base_url, "model": "echo", "price": {"input": 0, "output": 1.0}}
    config = parse_config({"models": [{"alias": "plain", "deployments": [dep]},
                                      {"alias": "other", "deployments": [dep]}],
                           "audit": {"url": url}, "server": {"keys_refresh_s": 0.2}}, source="test")
    engine = open_store(url)
    keys = {
        "admin": create_key(engine, "ops", "admin")[0],
        "clinician": create_key(engine, "ward", "clinician", models=["plain"])[0],
        "researcher": create_key(engine, "study", "researcher", rpm=3, phi="block")[0],
        "budget": create_key(engine, "tight", "clinician", budget_usd=0.0045)[0],  # two requests' worth
        "doomed": create_key(engine, "leaver", "clinician")[0],
    }
    engine.dispose()
    with RunningServer(config) as server:
        yield server, keys, url


def client(server: RunningServer, key: str | None) -> openai.OpenAI:
    return openai.OpenAI(base_url=server.base_url, api_key=key or "none", max_retries=0)


def ask(server: RunningServer, key: str | None, model: str = "plain", **extra: Any) -> Any:
    return client(server, key).chat.completions.create(
        model=model, max_tokens=2000, messages=[{"role": "user", "content": "hello"}], **extra)


def test_every_route_but_health_needs_a_key(keyed: tuple[RunningServer, Keys, str]) -> None:
    server, keys, _ = keyed
    base = f"http://127.0.0.1:{server.port}"
    assert http_util.get(f"{base}/health").status == 200
    for path in ("/v1/models", "/openapi.json", "/v1/usage", "/metrics"):
        resp = http_util.get(f"{base}{path}")
        assert resp.status == 401 and resp.json()["error"]["code"] == "invalid_api_key", path
    with pytest.raises(openai.AuthenticationError) as err:
        ask(server, None)
    assert err.value.code == "invalid_api_key"
    with pytest.raises(openai.AuthenticationError):
        ask(server, "mg-not-a-key")
    assert ask(server, keys["admin"]).choices[0].message.content == "You said: hello"
    # The refusals are in the audit, with no key id (there was none).
    server.app.audit.flush()
    refused = [r for r in server.app.audit.query("request") if r["http_status"] == 401]
    assert {r["route"] for r in refused} >= {"/v1/models", "/v1/chat/completions", "/metrics"}


def test_roles_limit_routes_and_keys_limit_models(keyed: tuple[RunningServer, Keys, str]) -> None:
    server, keys, _ = keyed
    assert ask(server, keys["clinician"]).medgate["alias"] == "plain"  # type: ignore[attr-defined]
    with pytest.raises(openai.PermissionDeniedError) as err:
        ask(server, keys["clinician"], model="other")
    assert err.value.code == "model_not_allowed"
    base = f"http://127.0.0.1:{server.port}"
    resp = http_util.get(f"{base}/metrics", headers={"Authorization": f"Bearer {keys['clinician']}"})
    assert resp.status == 403 and resp.json()["error"]["code"] == "insufficient_permissions"
    resp = http_util.post(f"{base}/v1/tasks/soap-note", json_body={"input": "chest pain for 2 days"},
                          headers={"Authorization": f"Bearer {keys['researcher']}"})
    assert resp.status == 403  # researchers do not run clinical tasks
    resp = http_util.post(f"{base}/v1/tasks/image-report", json_body={"files": ["data:image/png;base64,AAAA"]},
                          headers={"Authorization": f"Bearer {keys['researcher']}"})
    assert resp.status == 403 and resp.json()["error"]["code"] == "insufficient_permissions"


def test_rate_limit_and_per_key_phi(keyed: tuple[RunningServer, Keys, str]) -> None:
    server, keys, _ = keyed
    # A block-only key: PHI is refused even on a local deployment, and asking for less is refused.
    with pytest.raises(openai.PermissionDeniedError) as err:
        client(server, keys["researcher"]).chat.completions.create(
            model="plain", messages=[{"role": "user", "content": "Patient John Smith, MRN 4482913, DOB 03/04/1961"}])
    assert err.value.code == "phi_not_allowed"
    with pytest.raises(openai.PermissionDeniedError):
        ask(server, keys["researcher"], extra_body={"phi": "allow"})
    with pytest.raises(openai.RateLimitError) as limited:  # 3 per minute, 2 used above
        for _ in range(3):
            ask(server, keys["researcher"])
    assert limited.value.code == "rate_limit_exceeded"
    assert 1 <= int(limited.value.response.headers["retry-after"]) <= 60


def test_budget_runs_out_with_402(keyed: tuple[RunningServer, Keys, str]) -> None:
    server, keys, url = keyed
    ask(server, keys["budget"])
    ask(server, keys["budget"])  # each costs 2000 tokens x $1/M = $0.002
    with pytest.raises(openai.APIStatusError) as err:
        ask(server, keys["budget"])
    assert err.value.status_code == 402 and err.value.code == "insufficient_quota"
    server.app.audit.flush()
    engine = open_store(url)
    with engine.connect() as conn:
        spent = conn.exec_driver_sql("SELECT spent_usd FROM api_keys WHERE name = 'tight'").scalar()
    engine.dispose()
    assert spent == pytest.approx(0.004)


def test_revoked_key_stops_working(keyed: tuple[RunningServer, Keys, str]) -> None:
    server, keys, url = keyed
    assert ask(server, keys["doomed"]).choices
    engine = open_store(url)
    key_id = next(k for k in server.app.guard.table.by_hash.values() if k.name == "leaver").id
    assert revoke_key(engine, key_id)
    engine.dispose()
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        try:
            ask(server, keys["doomed"])
        except openai.AuthenticationError:
            return
        time.sleep(0.1)
    pytest.fail("a revoked key still works after 5 s")


def test_usage_and_metrics(keyed: tuple[RunningServer, Keys, str], capsys: pytest.CaptureFixture[str]) -> None:
    server, keys, url = keyed
    ask(server, keys["clinician"])
    server.app.audit.flush()
    base = f"http://127.0.0.1:{server.port}"
    admin = {"Authorization": f"Bearer {keys['admin']}"}
    everyone = http_util.get(f"{base}/v1/usage?group_by=key,alias", headers=admin).json()
    assert everyone["object"] == "usage" and len({r["key"] for r in everyone["data"]}) >= 2
    mine = http_util.get(f"{base}/v1/usage?group_by=key",
                         headers={"Authorization": f"Bearer {keys['clinician']}"}).json()["data"]
    assert len(mine) == 1 and mine[0]["requests"] >= 2 and mine[0]["completion_tokens"] >= 4000
    assert http_util.get(f"{base}/v1/usage?group_by=colour", headers=admin).status == 400
    text = http_util.get(f"{base}/metrics", headers=admin).body.decode()
    assert 'medgate_requests_total{alias="plain"' in text and "medgate_request_latency_seconds_bucket" in text
    assert "medgate_tokens_total" in text and "medgate_cost_usd_total" in text
    assert main(["usage", "--db", url, "--by", "alias", "--format", "json"]) == 0
    assert '"alias": "plain"' in capsys.readouterr().out


def test_keys_cli_and_loopback_rule(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = f"sqlite:///{tmp_path / 'k.sqlite'}"
    config = tmp_path / "c.yaml"
    config.write_text(f"audit:\n  url: {url}\n")
    # No keys: the server refuses to listen beyond loopback.
    assert main(["serve", "--config", str(config), "--host", "0.0.0.0", "--port", "0"]) == 2
    assert "create an API key first" in capsys.readouterr().err
    assert main(["keys", "--db", url, "create", "--name", "a", "--role", "researcher", "--budget-usd", "5",
                 "--models", "plain,other", "--phi", "block"]) == 0
    out = capsys.readouterr()
    secret = out.out.strip()
    assert secret.startswith("mg-") and len(secret) > 40
    assert main(["keys", "--db", url, "list", "--format", "json"]) == 0
    listed = capsys.readouterr().out
    assert secret not in listed and '"role": "researcher"' in listed and "key_hash" not in listed
    key_id = listed.split('"id": "')[1].split('"')[0]
    assert main(["keys", "--db", url, "revoke", key_id]) == 0
    assert main(["keys", "--db", url, "revoke", key_id]) == 1
    with pytest.raises(SystemExit) as bad:
        main(["keys", "--db", url, "create", "--name", "b", "--role", "nurse"])
    assert bad.value.code == 2


def _batch_line(custom_id: str, model: str) -> bytes:
    return json.dumps({"custom_id": custom_id, "method": "POST", "url": "/v1/chat/completions",
                       "body": {"model": model, "messages": [{"role": "user", "content": "hello"}]}}).encode()


def test_a_batch_runs_as_the_key_that_made_it(keyed: tuple[RunningServer, Keys, str]) -> None:
    server, keys, url = keyed
    engine = open_store(url)
    fresh = create_key(engine, "study-2", "researcher")[0]  # the module's researcher key is rate-limited
    engine.dispose()
    time.sleep(0.5)  # keys_refresh_s is 0.2
    ward, study, admin = client(server, keys["clinician"]), client(server, fresh), client(server, keys["admin"])
    upload = ward.files.create(file=("in.jsonl", _batch_line("a", "plain") + b"\n" + _batch_line("b", "other")),
                               purpose="batch")
    with pytest.raises(openai.NotFoundError):  # another key's file is not there for it
        study.files.retrieve(upload.id)
    batch = ward.batches.create(input_file_id=upload.id, endpoint="/v1/chat/completions", completion_window="24h")
    deadline = time.monotonic() + 60
    while (batch := ward.batches.retrieve(batch.id)).status not in ("completed", "failed"):
        assert time.monotonic() < deadline, batch.status
        time.sleep(0.2)
    assert batch.status == "completed" and batch.request_counts.completed == 1  # type: ignore[union-attr]
    # the ward key may use "plain" only: its line for "other" failed as a live request would
    errors = [json.loads(x) for x in ward.files.content(batch.error_file_id).content.splitlines()]  # type: ignore[arg-type]
    assert [(e["custom_id"], e["response"]["body"]["error"]["code"]) for e in errors] == [("b", "model_not_allowed")]
    # the lines were audited under the key, and only it (and an admin) see the batch
    server.app.audit.flush()
    rows = [r for r in server.app.audit.query("chat") if r.get("batch") == batch.id]
    assert {r["key_id"] for r in rows} == {batch.medgate["key_id"]} and len(rows) == 2  # type: ignore[attr-defined]
    with pytest.raises(openai.NotFoundError):
        study.batches.retrieve(batch.id)
    assert batch.id not in [b.id for b in study.batches.list()]
    assert batch.id in [b.id for b in admin.batches.list()]
    # a researcher may batch chat lines, not clinical tasks
    mine = study.files.create(file=("t.jsonl", b'{"custom_id": "t", "body": {"input": "cough"}}'), purpose="batch")
    with pytest.raises(openai.PermissionDeniedError) as err:
        study.batches.create(input_file_id=mine.id, endpoint="/v1/tasks/soap-note", completion_window="24h")
    assert err.value.code == "insufficient_permissions"
