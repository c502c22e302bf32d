"""File conversion in worker processes, so that a native decoder (GDCM, OpenJPEG, PDFium, libjpeg,
libpng...) crashing on a corrupt or hostile file costs that request a 400, not the gateway its life:
the shape DESIGN.md gives the embedded model's runner. GDCM does crash on some corrupt JPEG
lossless streams (a seeded mutation campaign found one in 300).

The pool is built on first use (a gateway that never sees a file starts no process). Workers come
from multiprocessing's fork server: a clean single-threaded process (the gateway has threads, and
forking them is unsafe) that imports the file readers once, so a replacement worker starts in
milliseconds instead of re-importing pydicom, SciPy and Pillow. A broken pool is replaced and the
call retried once, so a request that happened to share the pool with the culprit still succeeds; a
file that breaks a fresh pool too is the culprit.
"""

from __future__ import annotations

import asyncio
import functools
import multiprocessing
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, TypeVar

from medgate.errors import InvalidFile

T = TypeVar("T")
# What the fork server imports before it forks workers (the readers load lazily elsewhere).
PRELOAD = ("medgate.gateway.attachments", "medgate.imaging.dicom", "medgate.imaging.pdf",
           "medgate.imaging.raster", "medgate.imaging.pixel_text")


class FileConverter:
    def __init__(self, workers: int) -> None:
        self.workers = workers
        self._pool: ProcessPoolExecutor | None = None

    def _current(self) -> ProcessPoolExecutor:
        if self._pool is None:
            context = multiprocessing.get_context("forkserver")
            # The fork server is one per Python process; its preload list is set before it starts
            # (later calls change nothing once it runs).
            context.set_forkserver_preload(list(PRELOAD))
            self._pool = ProcessPoolExecutor(self.workers, mp_context=context)
        return self._pool

    def _discard(self, pool: ProcessPoolExecutor) -> None:
        if self._pool is pool:
            self._pool = None
        pool.shutdown(wait=False, cancel_futures=True)

    async def run(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """`fn(*args, **kwargs)` in a worker; its MedgateErrors come back as they were raised."""
        loop = asyncio.get_running_loop()
        call = functools.partial(fn, *args, **kwargs)
        for attempt in (1, 2):
            pool = self._current()
            try:
                return await loop.run_in_executor(pool, call)
            except BrokenProcessPool as exc:
                self._discard(pool)
                if attempt == 2:
                    raise InvalidFile("a file crashed its decoder (it is corrupt or malformed); nothing was "
                                      "sent to the model") from exc
        raise AssertionError("unreachable")

    def close(self) -> None:
        if self._pool is not None:
            self._discard(self._pool)
