"""A bounded line in front of an HTTP deployment: refused at once when full, freed when done."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from typing import Any

import pytest

from medgate.engines.limits import LimitedBackend
from medgate.errors import EngineOverloaded


class SlowBackend:
    def __init__(self) -> None:
        self.release = asyncio.Event()
        self.in_flight = 0
        self.most = 0

    async def complete(self, body: dict[str, Any]) -> dict[str, Any]:
        self.in_flight += 1
        self.most = max(self.most, self.in_flight)
        try:
            await self.release.wait()
            return {"choices": []}
        finally:
            self.in_flight -= 1

    async def stream(self, body: dict[str, Any]) -> AsyncIterator[dict[str, Any]]:
        for i in range(1000):
            yield {"i": i}
            await asyncio.sleep(0)

    async def aclose(self) -> None:
        pass


async def test_full_line_is_refused_at_once_and_drains() -> None:
    inner = SlowBackend()
    limited = LimitedBackend(inner, concurrency=2, queue=1, name="gpu-node:m")
    calls = [asyncio.create_task(limited.complete({})) for _ in range(3)]
    await asyncio.sleep(0.01)
    started = time.monotonic()
    with pytest.raises(EngineOverloaded, match="gpu-node:m is busy") as info:
        await limited.complete({})
    assert time.monotonic() - started < 0.05 and info.value.retry_after >= 1  # type: ignore[operator]
    assert inner.most == 2  # never more than max_concurrency upstream
    inner.release.set()
    await asyncio.gather(*calls)
    assert await limited.complete({}) == {"choices": []}


async def test_a_stream_closed_early_gives_its_slot_back() -> None:
    limited = LimitedBackend(SlowBackend(), concurrency=1, queue=0, name="d")
    stream = limited.stream({})
    assert await stream.__anext__() == {"i": 0}
    with pytest.raises(EngineOverloaded):
        await limited.stream({}).__anext__()
    await stream.aclose()  # the client left
    assert await limited.stream({}).__anext__() == {"i": 0}
