"""A large de-identification runs off the event loop: `/health` and other aliases stay fast.

Before, one 5 MB `/v1/deid` body held the loop for seconds (`/health` took 4.5 s). The body now
goes to a worker process; this test sends 5 MB, samples `/health` and a chat on a remote alias
while it is being worked on, then leaves (the server's shutdown stops the worker).
"""

from __future__ import annotations

import contextlib
import statistics
import threading
import time
from collections.abc import Iterator

import orjson
import pytest
from tests import http_util
from tests.conftest import RunningServer, fake_config
from tests.fakes.upstream import FakeUpstream

from medgate.privacy.api import deid_http

NOTE = ("Patient John Smith (MRN 4839201), DOB 03/14/1962, seen on 2024-02-11 at Mercy Hospital, "
        "Springfield. Phone 555-201-8842. 61 yo M with productive cough and fever 38.9 C for 3 days; "
        "crackles right base, SpO2 93%. Plan: amoxicillin, follow up with Dr. Alice Wong in 1 week.\n")


@pytest.fixture(scope="module")
def server(upstream: FakeUpstream, tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningServer]:
    with RunningServer(fake_config(upstream, tmp_path_factory.mktemp("offload"))) as srv:
        yield srv


def _root(server: RunningServer) -> str:
    return server.base_url.removesuffix("/v1")


def test_health_and_other_aliases_stay_fast_during_a_5_mb_deid(server: RunningServer) -> None:
    http_util.request("POST", f"{server.base_url}/chat/completions",  # the safety screen compiles on
                      json_body={"model": "plain", "messages": [{"role": "user", "content": "Hi"}]})  # first use
    # 27 KB: above the inline threshold, so worker processes do these (and are warm afterwards).
    text = NOTE * 100
    expected = orjson.loads(orjson.dumps(deid_http({"text": text, "mode": "mask"})))
    answers: list[http_util.Response] = []
    def deid(mode: str) -> None:
        answers.append(http_util.request("POST", f"{server.base_url}/deid",
                                         json_body={"text": text, "mode": mode}, timeout=60))

    warm = [threading.Thread(target=deid, args=(mode,)) for mode in ("mask", "shred")]
    for t in warm:
        t.start()
    for t in warm:
        t.join(60)
    assert sorted(a.status for a in answers) == [200, 400], [(a.status, a.body[:200]) for a in answers]
    ok = next(a for a in answers if a.status == 200)
    assert ok.json() == expected  # the worker answers exactly what the inline path does
    bad = next(a for a in answers if a.status != 200)
    assert bad.status == 400 and bad.json()["error"]["param"] == "mode"  # errors come back shaped too

    body = orjson.dumps({"text": NOTE * (5_000_000 // len(NOTE)), "mode": "surrogate"})
    assert len(body) > 5_000_000

    def send_and_leave() -> None:
        # the client gives up after 5 s; the worker is stopped when the server stops
        with contextlib.suppress(OSError):
            http_util.request("POST", f"{server.base_url}/deid", content=body, timeout=5)

    big = threading.Thread(target=send_and_leave, daemon=True)
    big.start()
    time.sleep(0.5)  # uploaded and handed to a worker
    health, chat = [], []
    for _ in range(15):
        started = time.perf_counter()
        assert http_util.get(f"{_root(server)}/health", timeout=5).status == 200
        health.append(time.perf_counter() - started)
        started = time.perf_counter()
        r = http_util.request("POST", f"{server.base_url}/chat/completions",
                              json_body={"model": "plain", "messages": [{"role": "user", "content": "Hi"}]})
        assert r.status == 200
        chat.append(time.perf_counter() - started)
        time.sleep(0.05)
    assert big.is_alive()  # the de-identification was running the whole time
    assert statistics.median(health) < 0.050, f"/health p50 {statistics.median(health) * 1000:.1f} ms"
    assert max(health) < 0.5 and max(chat) < 0.5, (max(health), max(chat))
