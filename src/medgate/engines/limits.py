"""A bounded waiting line in front of one deployment (`max_concurrency`, `max_queue` in config).

At most `concurrency` requests are in flight and `queue` more wait; the next is refused at once
with 503 `engine_overloaded` and a Retry-After estimate, instead of queueing without bound. (The
embedded runner keeps its own line, shared by every gateway worker: engines/runner/server.py.)
"""

from __future__ import annotations

import asyncio
import math
import time
from collections.abc import AsyncIterator

from medgate.engines.backend import Backend, Body
from medgate.errors import EngineOverloaded


class LimitedBackend:
    def __init__(self, inner: Backend, *, concurrency: int, queue: int, name: str) -> None:
        self.inner = inner
        self.concurrency, self.queue, self.name = concurrency, queue, name
        self._slots = asyncio.Semaphore(concurrency)
        self._waiting = 0
        self._mean_s = 1.0  # running mean of a request's duration, for Retry-After

    async def _acquire(self) -> float:
        if self._slots.locked():
            if self._waiting >= self.queue:
                retry = max(1, math.ceil(self._mean_s * (self._waiting + 1) / self.concurrency))
                raise EngineOverloaded(
                    f"deployment {self.name} is busy: {self.concurrency} in flight and {self._waiting} "
                    f"waiting (max_queue {self.queue}); retry in about {retry} s", retry_after=retry)
            self._waiting += 1
            try:
                await self._slots.acquire()
            finally:
                self._waiting -= 1
        else:
            await self._slots.acquire()
        return time.monotonic()

    def _release(self, started: float) -> None:
        self._slots.release()
        self._mean_s = 0.8 * self._mean_s + 0.2 * (time.monotonic() - started)

    async def complete(self, body: Body) -> Body:
        started = await self._acquire()
        try:
            return await self.inner.complete(body)
        finally:
            self._release(started)

    async def stream(self, body: Body) -> AsyncIterator[Body]:
        started = await self._acquire()
        source = self.inner.stream(body)
        try:
            async for chunk in source:
                yield chunk
        finally:
            close = getattr(source, "aclose", None)
            if close is not None:
                await close()  # the upstream connection goes now, not at garbage collection
            self._release(started)

    async def start(self) -> None:
        await self.inner.start()

    async def aclose(self) -> None:
        await self.inner.aclose()
