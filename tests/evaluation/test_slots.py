"""`UpstreamSlot` through the real gateway (in-process App, exam fake upstream on 127.0.0.1): a
request waits for its caller's place before its upstream attempts, and that wait is neither the
model's latency nor a part of the request's deadline."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from medgate.app import start_app
from medgate.config import parse_config
from medgate.errors import UpstreamError
from medgate.gateway import RequestOptions
from medgate.gateway.slots import UpstreamSlot
from tests.fakes.exam import ExamUpstream

pytestmark = pytest.mark.asyncio(loop_scope="session")

BODY = {"model": "exam-a", "messages": [{"role": "user", "content": "[q01] Which drug fits best?"}]}


async def test_a_request_waits_for_its_place_and_keeps_its_whole_deadline(exam: ExamUpstream,
                                                                          tmp_path: Path) -> None:
    exam.latency_s = 0.1
    config = parse_config({"models": [{"alias": "exam-a", "family": "generic", "deadline_s": 0.4, "deployments": [
        {"base_url": exam.base_url, "model": "exam-a"}]}], "audit": {"url": f"sqlite:///{tmp_path / 'a.sqlite'}"}},
        source="test")
    app = await start_app(config)
    try:
        await app.chat(BODY)  # the screen compiles on first use: not part of the wait below
        places = asyncio.Semaphore(1)
        await places.acquire()  # another request holds the only place for longer than the deadline
        asyncio.get_running_loop().call_later(0.6, places.release)
        slot = UpstreamSlot(places)
        resp = await app.chat(BODY, options=RequestOptions(slot=slot))
        assert resp["choices"][0]["message"]["content"] == "Answer: C"
        assert slot.waited_s > 0.45  # past the deadline, which starts again at the place
        assert exam.max_in_flight["exam-a"] == 1 and not places.locked()  # held for the call, then given back

        # a request whose model call fails gives its place back too
        exam.fail_always.add("exam-a")
        with pytest.raises(UpstreamError):
            await app.chat(BODY, options=RequestOptions(slot=UpstreamSlot(places)))
        assert exam.calls[("exam-a", "q01")] >= 2 and not places.locked()
    finally:
        await app.aclose()
