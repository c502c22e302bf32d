"""The console's routes over HTTP on a real server: its files with a strict CSP and nothing else
served, the read-only routes it reads (catalog, recommend, tasks, whoami, audit) with the same
JSON as the CLI, and the admin-only audit view with the chain's verification state."""

from __future__ import annotations

import argparse
import asyncio
import json
from collections.abc import Iterator, MutableMapping
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from tests import http_util
from tests.conftest import RunningServer, fake_config
from tests.fakes.upstream import FakeUpstream

from medgate.auth import create_key
from medgate.commands import models as models_cmd
from medgate.commands import recommend as recommend_cmd
from medgate.server.console import TYPES, static_dir
from medgate.store import open_store
from medgate.store.tables import AUDIT_LOG
from medgate.tasks import TASKS


@pytest.fixture(scope="module")
def keyed(upstream: FakeUpstream, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[RunningServer, dict[str, str]]]:
    config = fake_config(upstream, tmp_path_factory.mktemp("console-routes"))
    engine = open_store(config.audit_url)
    keys = {role: create_key(engine, f"k-{role}", role)[0] for role in ("admin", "clinician", "researcher")}
    engine.dispose()
    with RunningServer(config) as server:
        yield server, keys


def _get(server: RunningServer, path: str, key: str | None = None) -> http_util.Response:
    headers = {"Authorization": f"Bearer {key}"} if key else {}
    return http_util.get(f"http://127.0.0.1:{server.port}{path}", headers=headers)


def _post(server: RunningServer, path: str, body: object, key: str) -> http_util.Response:
    return http_util.post(f"http://127.0.0.1:{server.port}{path}", json_body=body,
                          headers={"Authorization": f"Bearer {key}"})


def test_console_files_need_no_key_and_carry_a_strict_csp(keyed: tuple[RunningServer, dict[str, str]]) -> None:
    server, _ = keyed
    page = _get(server, "/ui")
    assert page.status == 200 and page.headers["content-type"].startswith("text/html")
    csp = page.headers["content-security-policy"]
    assert "default-src 'self'" in csp and "frame-ancestors 'none'" in csp and "unsafe" not in csp
    assert page.headers["x-content-type-options"] == "nosniff"
    html = page.body.decode()
    assert "<script>" not in html and "style=" not in html  # no inline code for the CSP to allow
    assert "http://" not in html and "https://" not in html  # nothing from another origin
    for name in sorted(p.name for p in static_dir().iterdir()):
        resp = _get(server, f"/ui/{name}")
        assert resp.status == 200, name
        assert resp.headers["content-type"].encode() == TYPES[Path(name).suffix]
        assert b"https://" not in resp.body and b"localStorage.set" not in resp.body, name


@pytest.mark.parametrize("path", ["/ui/missing.js", "/ui/..%2fconsole.py", "/ui/.env", "/ui/app.py",
                                  "/ui/a/b.js", "/ui/INDEX.HTML"])
def test_only_console_files_are_served(keyed: tuple[RunningServer, dict[str, str]], path: str) -> None:
    server, _ = keyed
    resp = _get(server, path)
    assert resp.status == 404 and resp.json()["error"]["code"] == "not_found"


def test_console_file_successes_are_not_audited(keyed: tuple[RunningServer, dict[str, str]]) -> None:
    server, _ = keyed
    before = len(server.app.audit.query("request", route="/ui/{asset}"))
    _get(server, "/ui/main.js")
    _get(server, "/ui/nothing.js")  # a miss is a request worth a record
    records = server.app.audit.query("request", route="/ui/{asset}")
    assert len(records) == before + 1 and records[-1]["http_status"] == 404


def test_an_error_is_on_record_before_its_answer_goes_out(keyed: tuple[RunningServer, dict[str, str]]) -> None:
    """A client that has its 404 can already find the record: the record is queued before the
    answer, not after it (CI once read the log between the two)."""
    server, _ = keyed
    on_record_at_answer: list[int] = []

    async def receive() -> MutableMapping[str, Any]:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: MutableMapping[str, Any]) -> None:
        if message["type"] == "http.response.start":
            on_record_at_answer.append(len(server.app.audit.query("request", route="/ui/{asset}")))

    before = len(server.app.audit.query("request", route="/ui/{asset}"))
    scope = {"type": "http", "method": "GET", "path": "/ui/absent.js", "raw_path": b"/ui/absent.js",
             "query_string": b"", "headers": [], "client": ("127.0.0.1", 1), "server": ("127.0.0.1", 80),
             "scheme": "http", "http_version": "1.1", "root_path": ""}
    asyncio.run(server.asgi(scope, receive, send))
    assert on_record_at_answer == [before + 1]


def test_catalog_route_and_cli_share_one_shape(keyed: tuple[RunningServer, dict[str, str]],
                                               capsys: pytest.CaptureFixture[str]) -> None:
    server, keys = keyed
    resp = _get(server, "/v1/catalog", keys["researcher"])
    assert resp.status == 200
    body = resp.json()
    assert models_cmd.run(argparse.Namespace(format="json", catalog=None)) == 0
    assert body["data"] == json.loads(capsys.readouterr().out)
    assert models_cmd.run(argparse.Namespace(format="table", catalog=None)) == 0
    printed = capsys.readouterr().out
    assert body["table"]["columns"][1] == "model" and len(body["table"]["rows"]) == len(body["data"])
    for row in body["table"]["rows"]:
        assert row[1] in printed and row[-1] in printed
    assert "imaging" in body["use_cases"]


def test_recommend_route_equals_the_cli(keyed: tuple[RunningServer, dict[str, str]],
                                        capsys: pytest.CaptureFixture[str]) -> None:
    server, keys = keyed
    resp = _post(server, "/v1/recommend", {"use_case": "medical-research", "gpu_memory_gb": 80}, keys["researcher"])
    assert resp.status == 200
    args = argparse.Namespace(use_case="medical-research", needs_vision=False, min_context=None,
                              max_output_price=None, gpu_memory_gb=80.0, licence=None, format="json", catalog=None)
    assert recommend_cmd.run(args) == 0
    cli = json.loads(capsys.readouterr().out)
    body = resp.json()
    assert body["object"] == "recommendation" and body["rankings"] == cli["rankings"]
    assert body["rankings"][0]["model"] == "gpt-oss-120b" and body["rankings"][0]["rank"] == 1
    assert all(r["rank"] is None for r in body["rankings"] if r["excluded"])


@pytest.mark.parametrize(("body", "param"), [
    ({"use_case": "radiology"}, "use_case"),
    ({}, "use_case"),
    ({"use_case": "imaging", "min_context": -1}, "min_context"),
    ({"use_case": "imaging", "max_output_price": "cheap"}, "max_output_price"),
    ({"use_case": "imaging", "colour": "blue"}, "colour"),
    (["imaging"], "body"),
])
def test_recommend_bad_body_is_a_400_naming_the_field(keyed: tuple[RunningServer, dict[str, str]],
                                                      body: object, param: str) -> None:
    server, keys = keyed
    resp = _post(server, "/v1/recommend", body, keys["researcher"])
    assert resp.status == 400 and resp.json()["error"]["param"] == param


def test_tasks_route_lists_every_task_with_its_schemas(keyed: tuple[RunningServer, dict[str, str]]) -> None:
    server, keys = keyed
    data = _get(server, "/v1/tasks", keys["researcher"]).json()["data"]
    assert [t["name"] for t in data] == list(TASKS)
    by = {t["name"]: t for t in data}
    assert by["soap-note"]["fhir"] is True and by["quiz"]["fhir"] is False
    assert "count" in by["quiz"]["options_schema"]["properties"]
    assert by["soap-note"]["output_schema"]["required"][:4] == ["subjective", "objective", "assessment", "plan"]


def test_whoami_names_the_key_and_never_its_secret(keyed: tuple[RunningServer, dict[str, str]]) -> None:
    server, keys = keyed
    assert _get(server, "/v1/whoami").status == 401
    resp = _get(server, "/v1/whoami", keys["clinician"])
    body = resp.json()
    assert body["keys_required"] is True and body["role"] == "clinician" and body["name"] == "k-clinician"
    assert keys["clinician"] not in resp.body.decode()


def test_audit_view_is_for_admins_and_shows_the_chain_state(keyed: tuple[RunningServer, dict[str, str]]) -> None:
    server, keys = keyed
    assert _get(server, "/v1/audit", keys["clinician"]).status == 403
    assert _get(server, "/v1/audit", keys["researcher"]).status == 403
    resp = _get(server, "/v1/audit?limit=3", keys["admin"])
    body = resp.json()
    assert resp.status == 200 and body["verification"]["ok"] is True
    assert len(body["data"]) == 3
    seqs = [r["seq"] for r in body["data"]]
    assert seqs == sorted(seqs, reverse=True)  # newest first
    assert _get(server, "/v1/audit?limit=0", keys["admin"]).status == 400
    assert _get(server, "/v1/audit?limit=501", keys["admin"]).status == 400
    assert _get(server, "/v1/audit?since=1", keys["admin"]).json()["error"]["param"] == "since"


def test_audit_view_names_a_tampered_record(upstream: FakeUpstream, tmp_path: Path) -> None:
    config = fake_config(upstream, tmp_path)
    with RunningServer(config) as server:
        for _ in range(3):
            _get(server, "/v1/models")
        server.app.audit.flush()
        engine = server.app.db
        with engine.begin() as conn:
            row = conn.execute(sa.select(AUDIT_LOG.c.seq, AUDIT_LOG.c.data).order_by(AUDIT_LOG.c.seq).limit(1)).one()
            conn.execute(AUDIT_LOG.update().where(AUDIT_LOG.c.seq == row.seq)
                         .values(data=row.data.replace('"status":"ok"', '"status":"OK"')))
        verdict = _get(server, "/v1/audit").json()["verification"]
    assert verdict["ok"] is False and verdict["first_bad_seq"] == row.seq
    assert "edited" in verdict["problem"] and verdict["line"].startswith("audit chain BROKEN")


def test_model_list_says_which_phi_detector_applies(keyed: tuple[RunningServer, dict[str, str]]) -> None:
    server, keys = keyed
    data = {m["id"]: m for m in _get(server, "/v1/models", keys["clinician"]).json()["data"]}
    assert data["remote-echo"]["phi_policy"] == "strict" and data["plain"]["phi_policy"] == "standard"
