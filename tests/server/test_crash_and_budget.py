"""The real `medgate serve --workers 2` in a subprocess, on SQLite and on PostgreSQL:

- budget race: 200 concurrent requests against a key whose budget covers 100 — no more than 100
  succeed, the rest are 402 insufficient_quota, and the key's recorded spend is within budget;
- kill -9 of the whole server during a concurrent load, then restart: `medgate audit verify`
  passes, and every request a client saw complete has its usage row.
"""

from __future__ import annotations

import asyncio
import os
import re
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import aiohttp
import pytest
import sqlalchemy as sa
import yaml
from tests.fakes.upstream import FakeUpstream

from medgate.auth import create_key
from medgate.cli import main
from medgate.store import open_store

PRICE = {"input": 0.0, "output": 1.0}  # 2000 completion tokens from the fake: $0.002 a request
COST = 0.002


@contextmanager
def serve(config: Path, workers: int = 2) -> Iterator[tuple[subprocess.Popen[bytes], str]]:
    proc = subprocess.Popen([sys.executable, "-m", "medgate.cli", "serve", "--config", str(config), "--port", "0",
                             "--workers", str(workers), "--log-level", "warning"],
                            stderr=subprocess.PIPE, start_new_session=True)
    try:
        assert proc.stderr is not None
        line = proc.stderr.readline().decode()
        match = re.search(r"http://127\.0\.0\.1:(\d+)/v1", line)
        assert match, line
        base = f"http://127.0.0.1:{match.group(1)}"
        threading.Thread(target=proc.stderr.read, daemon=True).start()  # never let the pipe fill
        deadline = time.monotonic() + 60
        while not _healthy(base):
            assert proc.poll() is None and time.monotonic() < deadline, "server did not start"
            time.sleep(0.1)
        yield proc, base
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGTERM)
            try:
                proc.wait(20)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait(5)


def _healthy(base: str) -> bool:
    import urllib.request

    try:
        with urllib.request.urlopen(f"{base}/health", timeout=1) as resp:
            return resp.status == 200  # type: ignore[no-any-return]
    except OSError:
        return False


def write_config(tmp: Path, upstream: FakeUpstream, db_url: str) -> Path:
    config = tmp / "medgate.yaml"
    config.write_text(yaml.safe_dump({
        "models": [{"alias": "plain", "deployments": [
            {"base_url": upstream.base_url, "model": "echo", "price": PRICE}]}],
        "audit": {"url": db_url},
    }))
    return config


async def _one(session: aiohttp.ClientSession, base: str, key: str, stream: bool) -> tuple[int, str, str | None]:
    """(status, request id, error code); a 200 counts only if the whole answer arrived."""
    body = {"model": "plain", "max_tokens": 2000, "stream": stream, "messages": [{"role": "user", "content": "hi"}]}
    async with session.post(f"{base}/v1/chat/completions", json=body,
                            headers={"Authorization": f"Bearer {key}"}) as resp:
        text = await resp.text()
        rid = resp.headers.get("x-request-id", "")
        if resp.status != 200:
            return resp.status, rid, (await _code(text))
        if stream and not text.rstrip().endswith("data: [DONE]"):
            return 0, rid, "cut"
        return 200, rid, None


async def _code(text: str) -> str | None:
    import json

    try:
        return json.loads(text)["error"]["code"]  # type: ignore[no-any-return]
    except (ValueError, KeyError):
        return None


def _key(db_url: str, budget: float | None = None) -> str:
    engine = open_store(db_url)
    secret, _ = create_key(engine, "load", "clinician", budget_usd=budget)
    engine.dispose()
    return secret


def _scalar(db_url: str, sql: str) -> Any:
    engine = open_store(db_url)
    with engine.connect() as conn:
        value = conn.execute(sa.text(sql)).scalar()
    engine.dispose()
    return value


def test_budget_race(db_url: str, upstream: FakeUpstream, tmp_path: Path) -> None:
    key = _key(db_url, budget=100 * COST)
    with serve(write_config(tmp_path, upstream, db_url)) as (_, base):
        async def race() -> list[tuple[int, str, str | None]]:
            async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=200),
                                             timeout=aiohttp.ClientTimeout(total=60)) as session:
                return await asyncio.gather(*(_one(session, base, key, i % 2 == 0) for i in range(200)))

        results = asyncio.run(race())
    ok = [r for r in results if r[0] == 200]
    refused = [r for r in results if r[0] != 200]
    assert 0 < len(ok) <= 100, f"{len(ok)} succeeded on a budget for 100"
    assert all(status == 402 and code == "insufficient_quota" for status, _, code in refused), refused[:3]
    spent = _scalar(db_url, "SELECT spent_usd FROM api_keys")
    assert spent == pytest.approx(len(ok) * COST) and spent <= 100 * COST + 1e-9
    assert _scalar(db_url, "SELECT count(*) FROM usage WHERE status = 'ok'") == len(ok)


def test_kill_9_under_load_loses_no_completed_request(db_url: str, upstream: FakeUpstream, tmp_path: Path) -> None:
    key = _key(db_url)
    config = write_config(tmp_path, upstream, db_url)
    completed: list[str] = []
    with serve(config) as (proc, base):
        async def load() -> None:
            async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=10)) as session:
                async def loop(n: int) -> None:
                    for i in range(10_000):
                        try:
                            status, rid, _ = await _one(session, base, key, (n + i) % 2 == 0)
                        except (TimeoutError, aiohttp.ClientError):
                            return  # the server is gone
                        if status == 200:
                            completed.append(rid)

                async def killer() -> None:
                    while len(completed) < 150:
                        await asyncio.sleep(0.02)
                    os.killpg(proc.pid, signal.SIGKILL)  # the whole server, workers included, mid-load

                await asyncio.wait_for(asyncio.gather(killer(), *(loop(n) for n in range(12))), 60)

        asyncio.run(load())
        proc.wait(10)
    assert len(completed) >= 150
    assert main(["audit", "--db", db_url, "verify"]) == 0
    engine = open_store(db_url)
    with engine.connect() as conn:
        rows = {r[0] for r in conn.execute(sa.text("SELECT request_id FROM usage"))}
    engine.dispose()
    lost = set(completed) - rows
    assert not lost, f"{len(lost)} completed request(s) have no usage row"
    # Restarted, it serves on and the chain goes on from where it was.
    with serve(config, workers=1) as (_, base):
        async def more() -> list[tuple[int, str, str | None]]:
            async with aiohttp.ClientSession() as session:
                return [await _one(session, base, key, False) for _ in range(3)]

        assert [r[0] for r in asyncio.run(more())] == [200, 200, 200]
    assert main(["audit", "--db", db_url, "verify"]) == 0
