"""Gateway side: one embedded deployment's runner, seen as a stream of messages per request.

The runner is reached (or started) on first use. If it dies, every request in flight on it ends
with `EngineCrashed` (503), and it is started again after a backoff that grows while it keeps
dying (0.5 s, 1 s, 2 s … 30 s). A runner that unloads itself when idle (`keep_alive`) is started
again by the next request; a request it had not begun is sent again, unseen by the caller.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import logging
import time
from collections import deque
from collections.abc import AsyncGenerator
from dataclasses import dataclass
from typing import Any

from medgate.engines.runner.protocol import INVALID_REQUEST, OVERLOADED, RunnerSpec, decode, encode
from medgate.engines.runner.spawn import Reached, describe_exit, exit_status, forget, reach
from medgate.errors import (
    EngineCrashed,
    EngineOverloaded,
    EngineUnavailable,
    InvalidRequest,
    UpstreamError,
)

log = logging.getLogger("medgate.engines.runner")

BACKOFF_FIRST_S = 0.5
BACKOFF_MAX_S = 30.0
CRASH_MEMORY_S = 120.0  # crashes older than this no longer lengthen the backoff
WAIT_FOR_RESTART_S = 2.0  # a request waits for a restart this close; later ones are refused at once


@dataclass(frozen=True)
class _Gone:
    """Put in every open inbox when the runner's connection ends."""

    unloaded: bool  # the runner said it was unloading (idle), not a crash
    message: str


class _Link:
    """One open connection to a runner, shared by all of this process's requests to it."""

    def __init__(self, reached: Reached, client: RunnerClient) -> None:
        self.reader, self.writer = reached.reader, reached.writer
        self.process = reached.process
        self.pid: int | None = reached.ready.get("pid")
        self.ready = reached.ready
        self.inboxes: dict[int, asyncio.Queue[dict[str, Any] | _Gone]] = {}
        self.unloading = False
        self.alive = True
        self.born = time.monotonic()
        self._client = client
        self.task = asyncio.create_task(self._read(), name="medgate-runner-link")

    def send(self, message: dict[str, Any]) -> None:
        if self.alive and not self.writer.is_closing():
            self.writer.write(encode(message))

    async def _read(self) -> None:
        try:
            while line := await self.reader.readline():
                msg = decode(line)
                if msg.get("event") == "unload":
                    self.unloading = True
                elif (box := self.inboxes.get(msg.get("id"))) is not None:  # type: ignore[arg-type]
                    box.put_nowait(msg)
        except (ConnectionError, ValueError, asyncio.IncompleteReadError, asyncio.LimitOverrunError):
            pass  # a cut or garbled connection is the runner's end, handled below
        except asyncio.CancelledError:
            self.alive = False  # this process is shutting down: not the runner's fault
            self.writer.close()
            raise
        self.alive = False
        self.writer.close()
        await self._client._lost(self)

    async def close(self) -> None:
        self.writer.close()
        with contextlib.suppress(ConnectionError):
            await self.writer.wait_closed()
        if not self.task.done():
            await asyncio.wait([self.task], timeout=2.0)


class RunnerClient:
    """Requests to one runner. Built once per deployment at startup; holds no per-request state."""

    def __init__(self, spec: RunnerSpec) -> None:
        self.spec = spec
        self._link: _Link | None = None
        self._lock = asyncio.Lock()
        self._ids = itertools.count(1)
        self._crashes: deque[float] = deque()
        self._restart: asyncio.Task[None] | None = None
        self._not_before = 0.0  # no new start before this (monotonic): the backoff
        self._closing = False
        self.last_exit: str | None = None

    # -- reaching the runner --------------------------------------------------------------------
    async def link(self) -> _Link:
        while True:
            link = self._link
            if link is not None and link.alive and not link.unloading:
                return link
            wait = self._not_before - time.monotonic()
            if self._restart is not None and not self._restart.done() and wait <= WAIT_FOR_RESTART_S:
                await asyncio.shield(self._restart)
                continue
            if wait > 0:
                raise EngineUnavailable(
                    f"the embedded runner keeps failing ({self.last_exit}); next start in {wait:.0f} s",
                    retry_after=wait)
            async with self._lock:
                link = self._link
                if link is not None and link.alive and not link.unloading:
                    return link
                try:
                    self._link = _Link(await reach(self.spec), self)
                except EngineUnavailable:
                    self.last_exit = "could not start"
                    self._note_failure()
                    raise
                return self._link

    def _note_failure(self) -> float:
        """Remember a crash or failed start; returns the backoff before the next start."""
        now = time.monotonic()
        while self._crashes and now - self._crashes[0] > CRASH_MEMORY_S:
            self._crashes.popleft()
        self._crashes.append(now)
        delay: float = min(BACKOFF_MAX_S, BACKOFF_FIRST_S * 2.0 ** (len(self._crashes) - 1))
        self._not_before = now + delay
        return delay

    async def start(self) -> None:
        """Reach or start the runner now (the model loads in the runner, the gateway's loop stays free)."""
        await self.link()

    async def _lost(self, link: _Link) -> None:
        """The connection ended: tell its requests why, and restart a runner that crashed."""
        reason = "connection closed"
        if link.process is not None and (code := await exit_status(link.process, 1.0)) is not None:
            reason = describe_exit(code)
        clean = link.unloading or self._closing
        message = (f"the embedded model's runner process died during this request ({reason}); "
                   "medgate is restarting it, retry shortly")
        for box in link.inboxes.values():
            box.put_nowait(_Gone(unloaded=link.unloading, message=message))
        if clean:
            return
        self.last_exit = reason
        if time.monotonic() - link.born > CRASH_MEMORY_S:
            self._crashes.clear()  # it had been up a long time: this is a first crash, not a loop
        delay = self._note_failure()
        log.warning("embedded runner %s died (%s); restarting in %.1f s", self.spec.key, reason, delay)
        if self._restart is None or self._restart.done():
            self._restart = asyncio.create_task(self._restart_after(delay))

    async def _restart_after(self, delay: float) -> None:
        await asyncio.sleep(delay)
        if self._closing:
            return
        try:
            async with self._lock:
                if self._link is None or not self._link.alive:
                    self._link = _Link(await reach(self.spec), self)
        except EngineUnavailable as exc:
            self.last_exit = "could not restart"
            self._note_failure()
            log.error("embedded runner %s could not restart: %s", self.spec.key, exc.message)

    # -- requests -------------------------------------------------------------------------------
    async def call(self, kwargs: dict[str, Any], *, stream: bool) -> AsyncGenerator[dict[str, Any], None]:
        """The runner's messages for one request: chunks (or a result), then `end`. Errors raise.
        Leaving early (close, cancel) cancels the generation in the runner."""
        for _attempt in range(2):
            link = await self.link()
            rid = next(self._ids)
            box: asyncio.Queue[dict[str, Any] | _Gone] = asyncio.Queue()
            link.inboxes[rid] = box
            finished = got_output = False
            try:
                link.send({"op": "chat", "id": rid, "kwargs": kwargs, "stream": stream})
                while True:
                    msg = await box.get()
                    if isinstance(msg, _Gone):
                        finished = True
                        if msg.unloaded and not got_output:
                            break  # it unloaded before starting this one: send it again
                        raise EngineCrashed(msg.message)
                    if "error" in msg:
                        finished = True
                        raise _error(msg["error"])
                    finished = "end" in msg
                    got_output = True
                    yield msg
                    if finished:
                        return
            finally:
                link.inboxes.pop(rid, None)
                if not finished:
                    link.send({"op": "cancel", "id": rid})  # the runner stops within a token
        raise EngineUnavailable("the embedded runner unloaded twice while this request waited",
                                retry_after=1)

    async def status(self) -> dict[str, Any]:
        """The runner's own view (pid, running, waiting); starts it if needed."""
        link = await self.link()
        rid = next(self._ids)
        box: asyncio.Queue[dict[str, Any] | _Gone] = asyncio.Queue()
        link.inboxes[rid] = box
        try:
            link.send({"op": "status", "id": rid})
            msg = await asyncio.wait_for(box.get(), 5.0)
        finally:
            link.inboxes.pop(rid, None)
        if isinstance(msg, _Gone):
            raise EngineCrashed(msg.message)
        status: dict[str, Any] = msg["status"]
        return status

    @property
    def pid(self) -> int | None:
        """The runner's process id, if this process started the one it is connected to."""
        return self._link.pid if self.loaded and self._link is not None else None

    @property
    def loaded(self) -> bool:
        return self._link is not None and self._link.alive and not self._link.unloading

    async def aclose(self) -> None:
        self._closing = True
        if self._restart is not None:
            self._restart.cancel()
        if self._link is not None:
            link, self._link = self._link, None
            await link.close()
            # We started it: it exits now that we left (unless shared). A crashed runner's log stays.
            if link.process is not None and await exit_status(link.process, 2.0) == 0:
                forget(self.spec)


def _error(err: dict[str, Any]) -> UpstreamError | InvalidRequest:
    kind, message = err.get("kind"), str(err.get("message", "embedded model failed"))
    if kind == OVERLOADED:
        return EngineOverloaded(message, retry_after=float(err.get("retry_after") or 1))
    if kind == INVALID_REQUEST:
        return InvalidRequest(f"embedded model: {message}", param="messages")
    return UpstreamError(f"embedded model failed: {message}")
