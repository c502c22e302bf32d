"""The audit writer: reports a failing store, retries until it is back, never grows without
bound, and makes the gateway refuse (or, if configured, serve and count) while it is down."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from medgate.audit import SqlAudit
from medgate.config import parse_config
from medgate.server.app import MedgateASGI
from tests import http_util
from tests.conftest import RunningServer
from tests.fakes.upstream import FakeUpstream


def wait_for(check: Callable[[], bool], seconds: float = 5.0) -> None:
    deadline = time.monotonic() + seconds
    while not check():
        assert time.monotonic() < deadline, "condition not reached in time"
        time.sleep(0.01)


def break_store(url: str) -> None:
    """A real database fault: the table disappears under the writer."""
    engine = sa.create_engine(url)
    with engine.begin() as conn:
        conn.exec_driver_sql("ALTER TABLE audit_log RENAME TO audit_log_away")
    engine.dispose()


def mend_store(url: str) -> None:
    engine = sa.create_engine(url)
    with engine.begin() as conn:
        conn.exec_driver_sql("ALTER TABLE audit_log_away RENAME TO audit_log")
    engine.dispose()


@pytest.fixture
def store(tmp_path: Path) -> Iterator[tuple[SqlAudit, str]]:
    url = f"sqlite:///{tmp_path / 'a.sqlite'}"
    audit = SqlAudit(url, max_queue=20, retry_initial=0.01, retry_max=0.05)
    yield audit, url
    audit.close()


def test_failure_is_reported_retried_and_nothing_lost(store: tuple[SqlAudit, str],
                                                      caplog: pytest.LogCaptureFixture) -> None:
    audit, url = store
    audit.append({"kind": "chat", "n": 0})
    assert audit.flush() and audit.accepting()
    break_store(url)
    with caplog.at_level(logging.ERROR, logger="medgate.audit"):
        for n in range(1, 6):
            audit.append({"kind": "chat", "n": n})
        wait_for(lambda: not audit.accepting())
    health = audit.health()
    assert health["failures"] >= 1 and "audit_log" in health["last_error"] and not health["healthy"]
    assert any("audit store write failed" in r.message for r in caplog.records)
    mend_store(url)
    wait_for(audit.accepting)
    assert [r["n"] for r in audit.query("chat")] == [0, 1, 2, 3, 4, 5]  # the retried batch landed
    assert audit.health()["dropped"] == 0


def test_queue_is_bounded_and_losses_are_counted(store: tuple[SqlAudit, str],
                                                 caplog: pytest.LogCaptureFixture) -> None:
    audit, url = store
    break_store(url)
    audit.append({"kind": "chat", "n": -1})
    wait_for(lambda: not audit.accepting())  # the writer now holds that record, retrying
    with caplog.at_level(logging.ERROR, logger="medgate.audit"):
        for n in range(200):
            audit.append({"kind": "chat", "n": n})
    health = audit.health()
    assert (health["queued"], health["dropped"]) == (20, 180)  # bounded: the rest is counted, not kept
    assert any("AUDIT RECORDS LOST" in r.message for r in caplog.records)
    mend_store(url)
    wait_for(lambda: audit.health()["queued"] == 0 and audit.accepting())
    assert len(audit.query("chat")) == 21 and audit.health()["dropped"] == 180


def test_dead_writer_thread_is_not_accepting(store: tuple[SqlAudit, str]) -> None:
    audit, _ = store
    audit.close()
    assert not audit.accepting()


@pytest.mark.parametrize(("on_failure", "status"), [("refuse", 503), ("serve", 200)])
def test_gateway_refuses_or_serves_while_the_store_is_down(upstream: FakeUpstream, tmp_path: Path,
                                                           on_failure: str, status: int) -> None:
    url = f"sqlite:///{tmp_path / 'g.sqlite'}"
    config = parse_config({"models": [{"alias": "plain", "deployments": [
        {"base_url": upstream.base_url, "model": "plain"}]}], "audit": {"url": url, "on_failure": on_failure}})
    body = {"model": "plain", "messages": [{"role": "user", "content": "x"}]}
    with RunningServer(config) as server:
        asgi: MedgateASGI = server.asgi
        assert asgi.app is not None
        assert http_util.post(f"{server.base_url}/chat/completions", json_body=body).status == 200
        break_store(url)
        http_util.post(f"{server.base_url}/chat/completions", json_body=body)  # its row fails to write
        wait_for(lambda: not asgi.app.audit.accepting())  # type: ignore[union-attr]
        resp = http_util.post(f"{server.base_url}/chat/completions", json_body=body)
        assert resp.status == status
        if status == 503:
            assert resp.json()["error"]["code"] == "audit_unavailable" and resp.headers["retry-after"]
        health = http_util.get(f"http://127.0.0.1:{server.port}/health").json()
        assert health["status"] == "degraded" and health["audit"]["failures"] >= 1
        mend_store(url)
        wait_for(asgi.app.audit.accepting)
        assert http_util.post(f"{server.base_url}/chat/completions", json_body=body).status == 200
