"""A caller's own bound on its model calls in flight, apart from the work around them.

The evaluation runner keeps `concurrency` model calls in flight per model. Its workers spend part
of each request in the gateway (validation, the red-flag screen, routing, audit) and that work
would hold the model's places idle if the places were the workers. So it runs a few more workers
than places and hands each request an `UpstreamSlot` on one shared semaphore: the gateway holds
the slot only around its upstream attempts (`Gateway.complete`), and the slot tells the caller how
long it waited, so its latency figures are the model's and not the queue's.
"""

from __future__ import annotations

import asyncio
import time
from types import TracebackType


class UpstreamSlot:
    """One request's place among `limit`'s; `waited_s` is how long it queued for it."""

    __slots__ = ("limit", "waited_s")

    def __init__(self, limit: asyncio.Semaphore) -> None:
        self.limit = limit
        self.waited_s = 0.0

    async def __aenter__(self) -> UpstreamSlot:
        started = time.perf_counter()
        await self.limit.acquire()
        self.waited_s += time.perf_counter() - started
        return self

    async def __aexit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                        tb: TracebackType | None) -> None:
        self.limit.release()
