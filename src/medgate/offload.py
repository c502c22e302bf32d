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
import os
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

# Below this a de-identification takes about 5 ms (≈0.75 MB/s on one core): not worth a hop.
INLINE_MAX_BYTES = 4096

Work = Callable[[bytes], tuple[int, bytes]]
class Offload:
    """The App's pool for CPU-heavy work; one per gateway process, created on first large body."""

    def __init__(self, workers: int | None = None) -> None:
        self.workers = workers or min(2, os.cpu_count() or 1)
        self._pool: ProcessPoolExecutor | None = None

    async def run(self, work: Work, raw: bytes) -> tuple[int, bytes]:
        if len(raw) <= INLINE_MAX_BYTES:
            return work(raw)
        loop = asyncio.get_running_loop()
        try:
            return await loop.run_in_executor(self._get_pool(), work, raw)
        except BrokenProcessPool:  # a worker died (e.g. killed for memory): start a fresh pool once
            self.close()
            return await loop.run_in_executor(self._get_pool(), work, raw)

    def _get_pool(self) -> ProcessPoolExecutor:
        if self._pool is None:
            self._pool = ProcessPoolExecutor(max_workers=self.workers,
                                             mp_context=multiprocessing.get_context("spawn"))
        return self._pool

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None
