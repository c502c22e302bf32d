"""`medgate serve --workers 2`: two gateway processes on one port, one audit store, one runner.

The real command in a subprocess: every request is audited exactly once in the shared SQLite
file, both workers talk to a single embedded runner (the model is loaded once), and the runner
goes away with the server.
"""

from __future__ import annotations

import os
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import openai
import orjson
import pytest
import yaml
from tests import http_util
from tests.fakes.upstream import FakeUpstream

pytestmark = pytest.mark.slow


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _children(pid: int) -> list[int]:
    out = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            out.append(int(stat.parent.name))
    return out


def _cmdline(pid: int) -> list[str]:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().decode().split("\0")
    except OSError:
        return []


def _runners(workers: list[int]) -> list[int]:
    return [c for w in workers for c in _children(w) if "medgate.engines.runner" in _cmdline(c)]


def _status(socket_path: str) -> dict[str, int]:
    with socket.socket(socket.AF_UNIX) as s:
        s.settimeout(5)
        s.connect(socket_path)
        s.sendall(orjson.dumps({"op": "status", "id": 1}) + b"\n")
        reply: dict[str, int] = orjson.loads(s.makefile("rb").readline())["status"]
        return reply


@pytest.fixture(scope="module")
def served(upstream: FakeUpstream, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[subprocess.Popen[bytes], str, Path]]:
    tmp = tmp_path_factory.mktemp("workers")
    audit = tmp / "audit.sqlite"
    config = tmp / "medgate.yaml"
    config.write_text(yaml.safe_dump({
        "models": [
            {"alias": "local", "deployments": [{"embedded": "smollm2-135m"}]},
            {"alias": "plain", "deployments": [{"base_url": upstream.base_url, "model": "plain"}]},
        ],
        "embedded": {"threads": 1, "n_ctx": 1024},
        "audit": {"url": f"sqlite:///{audit}"},
    }))
    port = _free_port()
    medgate = Path(sys.executable).parent / "medgate"
    env = {k: v for k, v in os.environ.items() if k not in ("MEDGATE_CONFIG", "MEDGATE_RUNNER_GROUP")}
    proc = subprocess.Popen([str(medgate), "serve", "--workers", "2", "--config", str(config), "--port",
                             str(port), "--log-level", "warning"], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            assert proc.poll() is None, proc.stderr.read().decode()  # type: ignore[union-attr]
            try:
                if http_util.get(f"{base}/health", timeout=1).status == 200:
                    break
            except OSError:
                time.sleep(0.2)
        yield proc, f"{base}/v1", audit
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGINT)
            try:
                proc.wait(20)
            except subprocess.TimeoutExpired:
                proc.kill()


def test_two_workers_share_one_runner_and_one_audit_store(
        served: tuple[subprocess.Popen[bytes], str, Path]) -> None:
    proc, base_url, audit = served
    client = openai.OpenAI(base_url=base_url, api_key="unused", max_retries=0, timeout=120)
    errors: list[BaseException] = []

    def ask(model: str) -> None:
        try:
            r = client.chat.completions.create(model=model, max_tokens=4,
                                               messages=[{"role": "user", "content": "Say hi."}])
            assert r.choices[0].message.content
        except BaseException as exc:  # collected and asserted below
            errors.append(exc)

    threads = [threading.Thread(target=ask, args=("plain",)) for _ in range(30)]
    threads += [threading.Thread(target=ask, args=("local",)) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert not errors, errors[:3]

    workers = _children(proc.pid)
    workers = [w for w in workers if "medgate.engines.runner" not in _cmdline(w)]
    assert len(workers) >= 2
    runners = _runners(workers)
    assert len(runners) == 1, runners  # loaded once, not once per worker
    cmd = _cmdline(runners[0])
    for _ in range(50):  # a request's `end` reaches the client just before the runner counts it
        status = _status(cmd[cmd.index("--socket") + 1])
        if status["served"] >= 6:
            break
        time.sleep(0.05)
    assert status["clients"] >= 3  # both workers (they reach it at start-up) and this probe
    assert status["served"] == 6

    proc.send_signal(signal.SIGINT)
    proc.wait(30)
    deadline = time.monotonic() + 10
    while Path(f"/proc/{runners[0]}").exists() and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not Path(f"/proc/{runners[0]}").exists()  # it left with its last client
    with sqlite3.connect(audit) as db:
        rows = [orjson.loads(r[0]) for r in db.execute("SELECT data FROM audit_log WHERE kind = 'chat'")]
    assert sorted(r["alias"] for r in rows) == ["local"] * 6 + ["plain"] * 30
    assert all(r["status"] == "ok" for r in rows)
