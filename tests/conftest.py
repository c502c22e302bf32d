"""Shared fixtures: fake upstreams and a real medgate server (uvicorn) on 127.0.0.1."""

from __future__ import annotations

import asyncio
import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import uvicorn
import yaml
from hypothesis import settings

from medgate.config import Config, parse_config
from medgate.server.app import MedgateASGI
from tests.fakes.upstream import FakeUpstream

# Property tests draw the same examples on every run, so a red CI is a change's fault and not the
# draw's; `HYPOTHESIS_PROFILE=explore pytest ...` searches fresh examples (and pins what it finds
# as @example).
settings.register_profile("default", derandomize=True)
settings.register_profile("explore", derandomize=False, max_examples=1000)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


_START_TIMEOUT_S = 60.0


class RunningServer:
    """medgate's ASGI app on a real uvicorn server in a background thread."""

    def __init__(self, config: Config) -> None:
        self.asgi = MedgateASGI(config)
        self.server = uvicorn.Server(uvicorn.Config(
            self.asgi, host="127.0.0.1", port=0, loop="asyncio", http="httptools",
            lifespan="on", access_log=False, log_level="warning"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> RunningServer:
        self.thread.start()
        # (startup warms the PHI detector and its tagger: seconds on a busy 2-core machine, so a
        # deadline by the clock, generous, rather than a count of short waits)
        deadline = time.monotonic() + _START_TIMEOUT_S
        while not self.server.started:
            if not self.thread.is_alive():
                raise RuntimeError("medgate server failed to start")
            if time.monotonic() > deadline:
                raise RuntimeError(f"medgate server did not start in {_START_TIMEOUT_S:.0f} s")
            threading.Event().wait(0.01)
        sock = self.server.servers[0].sockets[0]
        self.port = sock.getsockname()[1]
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(15)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    @property
    def app(self) -> Any:
        return self.asgi.app


@pytest.fixture(scope="session", autouse=True)
def _audit_outside_the_checkout(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Commands run by the tests without an audit.url of their own (medgate deid, ask with the
    defaults) write their records to a temporary database, not to ./.medgate in the checkout."""
    import os

    if "MEDGATE_AUDIT_URL" in os.environ:
        yield
        return
    os.environ["MEDGATE_AUDIT_URL"] = f"sqlite:///{tmp_path_factory.mktemp('default-audit') / 'audit.sqlite'}"
    yield
    del os.environ["MEDGATE_AUDIT_URL"]


@pytest.fixture(scope="session")
def upstream() -> Iterator[FakeUpstream]:
    with FakeUpstream() as up:
        yield up


def fake_config(upstream: FakeUpstream, tmp: Path, **extra: Any) -> Config:
    """Aliases named after fake behaviours; 'remote-*' aliases are marked trust: remote."""
    models = []
    for family, models_ in {
        "deepseek-r1": ["siliconflow-r1", "vllm-old", "vllm-new", "ollama", "raw-think", "raw-think-noopen"],
        "gpt-oss": ["harmony"],
        "glm-4.5v": ["glm-boxes"],
        "generic": ["plain", "tools", "echo", "scripted", "err-429", "err-503", "err-500", "err-400", "slow",
                    "not-json", "broken-stream"],
    }.items():
        for m in models_:
            dep: dict[str, Any] = {"base_url": upstream.base_url, "model": m,
                                   "price": {"input": 0.5, "output": 2.18}}
            if m == "slow":
                dep["timeout_s"] = 0.5
            if m == "ollama":
                dep["engine"] = "ollama"
            models.append({"alias": m, "family": family, "deployments": [dep]})
    models.append({"alias": "scripted-r1", "family": "deepseek-r1", "deployments": [
        {"base_url": upstream.base_url, "model": "scripted", "price": {"input": 0.5, "output": 2.18}}]})
    for m in ("echo", "plain", "siliconflow-r1", "raw-think"):
        models.append({"alias": f"remote-{m}", "family": "generic" if m in ("echo", "plain") else "deepseek-r1",
                       "deployments": [{"base_url": upstream.base_url, "model": m, "trust": "remote"}]})
    models.append({"alias": "remote-echo-r1", "family": "deepseek-r1", "deployments": [
        {"base_url": upstream.base_url, "model": "echo-r1", "trust": "remote"}]})
    models.append({"alias": "remote-baa", "family": "generic", "deployments": [
        {"base_url": upstream.base_url, "model": "echo", "trust": "remote", "allow_phi": True}]})
    for fam, family in (("r1", "deepseek-r1"), ("glm", "glm-4.5v"), ("harmony", "gpt-oss")):
        for form in ("raw", "parsed"):
            for kind in ("toolfmt", "toolecho"):
                m = f"{kind}-{fam}-{form}"
                models.append({"alias": m, "family": family, "deployments": [{"base_url": upstream.base_url, "model": m}]})
            models.append({"alias": f"remote-toolecho-{fam}-{form}", "family": family, "deployments": [
                {"base_url": upstream.base_url, "model": f"toolecho-{fam}-{form}", "trust": "remote"}]})
    models.append({"alias": "harmony-prompt", "family": "gpt-oss", "deployments": [
        {"base_url": upstream.base_url, "model": "gpt-oss-raw", "engine": "completions"}]})
    models.append({"alias": "remote-harmony-prompt", "family": "gpt-oss", "deployments": [
        {"base_url": upstream.base_url, "model": "gpt-oss-raw", "engine": "completions", "trust": "remote"}]})
    models.append({"alias": "ollama-tools", "family": "generic", "deployments": [
        {"base_url": upstream.base_url, "model": "echo", "engine": "ollama"}]})
    # Ollama first, a vLLM-style server second: a tool_choice Ollama cannot honour goes to the second.
    models.append({"alias": "ollama-then-vllm-tools", "family": "deepseek-r1", "deployments": [
        {"base_url": upstream.base_url, "model": "echo", "engine": "ollama"},
        {"base_url": upstream.base_url, "model": "toolfmt-r1-parsed"}]})
    # 5 s, then an answer. By "localhost": deployments are keyed by host and model, and the
    # "slow" alias's (with its 0.5 s timeout) is 127.0.0.1's.
    models.append({"alias": "slow-ok", "family": "generic", "deployments": [
        {"base_url": upstream.base_url.replace("127.0.0.1", "localhost"), "model": "slow",
         "price": {"input": 0.5, "output": 2.18}}]})
    models.append({"alias": "respond-emergency", "family": "generic", "on_emergency": "respond",
                   "deployments": [{"base_url": upstream.base_url, "model": "echo"}]})
    data = {"models": models, "audit": {"url": f"sqlite:///{tmp / 'audit.sqlite'}"}, **extra}
    return parse_config(yaml.safe_load(yaml.safe_dump(data)), source="test")


@pytest.fixture(scope="session")
def fake_server(upstream: FakeUpstream, tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningServer]:
    tmp = tmp_path_factory.mktemp("medgate")
    config = fake_config(upstream, tmp, server={"max_body_bytes": 200_000},
                         batch={"store": str(tmp / "batch")})
    with RunningServer(config) as server:
        yield server


def run(coro: Any) -> Any:
    return asyncio.run(coro)


PG_ENV = "MEDGATE_TEST_PG_URL"


def fresh_pg_database(base_url: str) -> str:
    """A new, empty database on the test PostgreSQL server; returns its URL."""
    import uuid

    import sqlalchemy as sa

    from medgate.store.engine import normalise_url

    name = f"mg_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(normalise_url(base_url), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f"CREATE DATABASE {name}")
    admin.dispose()
    return base_url.rsplit("/", 1)[0] + "/" + name


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Each test that takes it runs on SQLite and on the real PostgreSQL that .ci/run starts."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'medgate.sqlite'}"
    import os

    base = os.environ.get(PG_ENV)
    if not base:
        pytest.skip(f"{PG_ENV} is not set: no PostgreSQL server to test against "
                    "(.ci/run starts one with .ci/postgres.sh)")
    return fresh_pg_database(base)
