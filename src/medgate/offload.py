"""CPU-heavy request work, kept off the event loop so `/health` and other aliases stay fast.

A thread is not enough: the PHI scanners are regular expressions that hold the GIL for long
stretches, and the loop would wait on them. Large bodies go to a small pool of worker processes
(started on first use, by `spawn`: safe beside uvloop and the audit thread) that parse, work and
serialise there, so the loop only moves bytes. Small bodies, done in a few milliseconds, stay
inline: no pool and no hop for the common case. The work functions live in server/cpu_work.py.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import multiprocessing.pool
import os
from collections.abc import Callable

from medgate.errors import MedgateError

# Below this a de-identification takes about 5 ms (≈0.75 MB/s on one core): not worth a hop.
INLINE_MAX_BYTES = 4096

BASE_TIMEOUT_S = 30.0

Work = Callable[[bytes], tuple[int, bytes]]


class Offload:
    """The App's pool for CPU-heavy work; one per gateway process, created on first large body.

    A `multiprocessing` pool rather than a ProcessPoolExecutor: `close()` can terminate workers
    still busy with the body of a client that is gone, so a stopping server leaves no CPU burning.
    """

    def __init__(self, workers: int | None = None) -> None:
        self.workers = workers or min(2, os.cpu_count() or 1)
        self._pool: multiprocessing.pool.Pool | None = None

    async def run(self, work: Work, raw: bytes, *, inline_max: int = INLINE_MAX_BYTES) -> tuple[int, bytes]:
        """`inline_max=0` always uses the pool (a batch's many small bodies add up)."""
        if len(raw) <= inline_max:
            return work(raw)
        loop = asyncio.get_running_loop()
        done: asyncio.Future[tuple[int, bytes]] = loop.create_future()

        def ok(result: tuple[int, bytes]) -> None:
            loop.call_soon_threadsafe(_settle, done, result, None)

        def failed(exc: BaseException) -> None:
            loop.call_soon_threadsafe(_settle, done, None, exc)

        self._get_pool().apply_async(work, (raw,), callback=ok, error_callback=failed)
        # A worker killed mid-task (e.g. for memory) is replaced but its task never answers: bound
        # the wait by the body's size (the scanners do well over 0.1 MB/s on a busy core).
        limit = BASE_TIMEOUT_S + len(raw) / 100_000
        try:
            return await asyncio.wait_for(done, limit)
        except TimeoutError:
            raise MedgateError(f"the worker doing this request did not answer in {limit:.0f} s") from None

    def _get_pool(self) -> multiprocessing.pool.Pool:
        if self._pool is None:
            self._pool = multiprocessing.get_context("spawn").Pool(self.workers)
        return self._pool

    def close(self) -> None:
        if self._pool is not None:
            self._pool.terminate()  # workers still busy for a departed client stop now
            self._pool = None


def _settle(future: asyncio.Future[tuple[int, bytes]], result: tuple[int, bytes] | None,
            exc: BaseException | None) -> None:
    if future.done():
        return  # the request was cancelled (client left) while the worker finished
    if exc is not None:
        future.set_exception(exc)
    else:
        assert result is not None
        future.set_result(result)
