"""The Ray engine: lines in chunks across a pool of Ray actors, one per core (or per CPU a
cluster offers), each holding medgate's pipeline warm.

Ray schedules (`ray.util.ActorPool`: a chunk goes to whichever actor is free); medgate only
cuts the input into chunks and journals what comes back. Each actor loads the PHI lexicon and
tagger once and, for work that calls models, starts its own `App` (gateway, HTTP session,
audit store) on its own event loop, so every line takes the same path as a live request.

Local by default: `ray.init` starts a private Ray on this machine, bound to 127.0.0.1, with no
dashboard and no usage reporting, and shuts it down at the end. With `address`
(`ray://head:10001`, or `auto` on a cluster node) the actors run on that cluster, whose nodes
need medgate installed (`pip install 'medgate[batch]'`, `python -m medgate.privacy.prepare`)
and the environment variables the config names.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from medgate.batch.lines import Line, Outcome
from medgate.batch.work import Work, run_line, warm
from medgate.config import Config
from medgate.errors import ConfigError, MedgateError

if TYPE_CHECKING:
    from medgate.app import App

OBJECT_STORE_BYTES = 256 * 1024 * 1024  # results are small; Ray's default is 30% of memory


class LineWorker:
    """The actor's body (wrapped by `ray.remote` in the engine). Its methods are coroutines, so
    Ray runs it as an async actor: the App lives on the actor's own event loop."""

    def __init__(self, work: Work, config: Config, concurrency: int) -> None:
        warm(work)  # once per actor: lexicon memory-mapped, tagger, filter, red-flag screen built
        self.work = work
        self.config = config
        self.concurrency = max(1, concurrency)
        self.app: App | None = None

    async def start(self) -> int:
        """Start the App on the actor's event loop (for work that calls models); its pid."""
        if self.work.uses_gateway and self.app is None:
            from medgate.app import start_app

            self.app = await start_app(self.config)
        return os.getpid()

    async def run(self, chunk: list[Line]) -> list[tuple[int, Outcome]]:
        await self.start()
        limit = asyncio.Semaphore(self.concurrency)

        async def one(line: Line) -> tuple[int, Outcome]:
            async with limit:
                return line.index, await run_line(self.work, self.app, line)

        return list(await asyncio.gather(*(one(line) for line in chunk)))

    async def pid(self) -> int:
        return os.getpid()

    async def close(self) -> None:
        if self.app is not None:
            await self.app.aclose()
            self.app = None


def init_local(cpus: int) -> None:
    """A private Ray on this machine: bound to 127.0.0.1, no dashboard, no usage reporting, a
    small object store."""
    ray = _ray()
    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")  # never phone home
    ray.init(num_cpus=cpus, include_dashboard=False, _node_ip_address="127.0.0.1",
             object_store_memory=OBJECT_STORE_BYTES, logging_level="WARNING", log_to_driver=False,
             configure_logging=False)


def _ray() -> Any:
    try:
        import ray
    except ImportError as exc:
        raise ConfigError("--engine ray needs Ray: pip install 'medgate[batch]'") from exc
    return ray


class RayEngine:
    def __init__(self, work: Work, config: Config, *, concurrency: int = 8, workers: int | None = None,
                 address: str | None = None, chunk: int | None = None) -> None:
        self.work = work
        self.config = config
        self.concurrency = concurrency
        self.workers = workers
        self.address = address
        # CPU work: chunks big enough to make a call's overhead (~1 ms) small; model calls: one
        # chunk is what an actor keeps in flight.
        self.chunk = chunk or (concurrency if work.uses_gateway else 16)
        self._started_ray = False
        self._actors: list[Any] = []

    def start(self) -> None:
        """Start (or join) Ray and the actors, and wait until every actor is warm."""
        if self._actors:
            return
        ray = _ray()
        if not ray.is_initialized():
            if self.address:
                os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
                ray.init(address=self.address, logging_level="WARNING", log_to_driver=False)
            else:
                init_local(self.workers or os.cpu_count() or 1)
            self._started_ray = True
        count = self.workers or max(1, int(ray.cluster_resources().get("CPU", 1)))
        actor = ray.remote(num_cpus=1, max_restarts=0)(LineWorker)
        self._actors = [actor.remote(self.work, self.config, self.concurrency) for _ in range(count)]
        ray.get([a.start.remote() for a in self._actors])  # each warm and started before the clock

    def results(self, lines: Iterable[Line]) -> Iterator[tuple[Line, Outcome]]:
        self.start()
        from ray.util import ActorPool

        pool = ActorPool(self._actors)
        by_index: dict[int, Line] = {}
        chunks = _chunks(lines, self.chunk)
        busy = 0
        while True:
            while pool.has_free() and (chunk := next(chunks, None)) is not None:  # type: ignore[no-untyped-call]
                by_index.update((line.index, line) for line in chunk)
                pool.submit(lambda a, c: a.run.remote(c), chunk)
                busy += 1
            if busy == 0:
                return
            try:
                outcomes = pool.get_next_unordered()
            except _ray().exceptions.RayError as exc:  # a worker died (killed, out of memory)
                raise MedgateError(f"a Ray worker failed ({type(exc).__name__}); the lines it had "
                                   "in flight are not done: run the same command again to resume") from exc
            busy -= 1
            for index, outcome in outcomes:
                yield by_index.pop(index), outcome

    def close(self) -> None:
        if not self._actors:
            return
        ray = _ray()
        # Each actor closes its App (the audit rows it queued are written before it goes); one
        # that died or hangs is killed below: its lines were in flight, not done.
        with contextlib.suppress(ray.exceptions.RayError, TimeoutError):
            ray.get([actor.close.remote() for actor in self._actors], timeout=60)
        for actor in self._actors:
            ray.kill(actor)
        self._actors = []
        if self._started_ray:
            ray.shutdown()
            self._started_ray = False


def _chunks(lines: Iterable[Line], size: int) -> Iterator[list[Line]]:
    chunk: list[Line] = []
    for line in lines:
        chunk.append(line)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
