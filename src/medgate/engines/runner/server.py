"""Inside the runner process: serve one model to any number of gateway connections.

Requests run one at a time, in arrival order, on one thread (the model is not safe for concurrent
calls); at most `max_queue` wait behind the running one, and the next is refused at once with a
retry-after estimate. A cancel (or a closed connection) stops a request within one token. The
runner exits when its last client leaves or after `keep_alive` seconds with nothing to do.
"""

from __future__ import annotations

import asyncio
import contextlib
import math
import os
import threading
import time
from collections import deque
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any, Protocol

from medgate.engines.runner.protocol import MAX_LINE, OVERLOADED, decode, encode

# No client within this long after start (the spawner died before connecting): exit.
FIRST_CLIENT_GRACE_S = 30.0
# A fresh runner waits at least this long for its first request, whatever keep_alive says.
FIRST_REQUEST_GRACE_S = 5.0


class Generates(Protocol):
    def run(self, kwargs: dict[str, Any], stream: bool, cancel: threading.Event,
            emit: Any) -> None: ...


class Connection:
    """One gateway process's socket."""

    def __init__(self, writer: asyncio.StreamWriter) -> None:
        self.writer = writer
        self.closed = False

    def send(self, message: dict[str, Any]) -> None:
        if not self.closed:
            self.writer.write(encode(message))


@dataclass
class Job:
    conn: Connection
    id: int
    kwargs: dict[str, Any]
    stream: bool
    cancel: threading.Event = field(default_factory=threading.Event)


class Runner:
    def __init__(self, model: Generates, *, keep_alive_s: float | None, max_queue: int) -> None:
        self.model = model
        self.keep_alive_s = keep_alive_s
        self.max_queue = max_queue
        self.waiting: deque[Job] = deque()
        self.running: Job | None = None
        self.clients: set[Connection] = set()
        self.stopped = asyncio.Event()
        self.connected = asyncio.Event()  # a first client came
        self._wake = asyncio.Event()
        self._idle_timer: asyncio.TimerHandle | None = None
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="medgate-runner")
        self._mean_s = 2.0  # running mean of a request's duration, for Retry-After
        self._served = 0

    # -- connections ----------------------------------------------------------------------------
    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        conn = Connection(writer)
        self.clients.add(conn)
        self.connected.set()
        try:
            while line := await reader.readline():
                try:
                    self.dispatch(conn, decode(line))
                except ValueError:  # orjson's JSONDecodeError is a ValueError: a gateway bug, skip
                    continue
        except (ConnectionError, asyncio.IncompleteReadError, asyncio.LimitOverrunError):
            pass  # the gateway went away mid-line: same as a close
        finally:
            conn.closed = True
            self.clients.discard(conn)
            self._drop(conn)
            writer.close()
            if not self.clients:
                self.stopped.set()  # nobody left to serve (the gateway stopped or crashed)

    def dispatch(self, conn: Connection, msg: dict[str, Any]) -> None:
        op, rid = msg.get("op"), msg.get("id")
        if op == "chat" and isinstance(rid, int):
            self.submit(Job(conn, rid, dict(msg.get("kwargs") or {}), bool(msg.get("stream"))))
        elif op == "cancel" and isinstance(rid, int):
            self.cancel(conn, rid)
        elif op == "status":
            conn.send({"id": rid, "status": self.status()})

    def status(self) -> dict[str, Any]:
        return {"pid": os.getpid(), "running": self.running is not None, "waiting": len(self.waiting),
                "served": self._served, "clients": len(self.clients)}

    # -- the queue ------------------------------------------------------------------------------
    def submit(self, job: Job) -> None:
        in_line = len(self.waiting) + (self.running is not None)  # the next to run is not "queued"
        if in_line > self.max_queue:
            retry = max(1, math.ceil(self._mean_s * in_line))
            job.conn.send({"id": job.id, "error": {
                "kind": OVERLOADED, "retry_after": retry,
                "message": f"the embedded model is busy: 1 running and {in_line - 1} waiting "
                           f"(max_queue {self.max_queue}); retry in about {retry} s"}})
            return
        self._disarm_idle()
        self.waiting.append(job)
        self._wake.set()

    def cancel(self, conn: Connection, rid: int) -> None:
        if self.running is not None and self.running.conn is conn and self.running.id == rid:
            self.running.cancel.set()
            return
        for job in self.waiting:
            if job.conn is conn and job.id == rid:
                self.waiting.remove(job)
                conn.send({"id": rid, "end": {"usage": None, "cancelled": True}})
                return

    def _drop(self, conn: Connection) -> None:
        for job in [j for j in self.waiting if j.conn is conn]:
            self.waiting.remove(job)
        if self.running is not None and self.running.conn is conn:
            self.running.cancel.set()

    async def work(self) -> None:
        """Run waiting jobs one by one until stopped."""
        loop = asyncio.get_running_loop()
        while not self.stopped.is_set():
            if not self.waiting:
                self._wake.clear()
                await self._wake.wait()
                continue
            job = self.running = self.waiting.popleft()

            def emit(message: dict[str, Any], job: Job = job) -> None:
                loop.call_soon_threadsafe(job.conn.send, {"id": job.id, **message})

            started = time.monotonic()
            try:
                await loop.run_in_executor(self._executor, self.model.run, job.kwargs, job.stream,
                                           job.cancel, emit)
            finally:
                self.running = None
                self._served += 1
                self._mean_s = 0.8 * self._mean_s + 0.2 * (time.monotonic() - started)
            if not self.waiting:
                self.arm_idle()

    # -- keep_alive -----------------------------------------------------------------------------
    def arm_idle(self, at_least: float = 0.0) -> None:
        self._disarm_idle()
        if self.keep_alive_s is not None:
            delay = max(self.keep_alive_s, at_least)
            self._idle_timer = asyncio.get_running_loop().call_later(delay, self._unload)

    def _disarm_idle(self) -> None:
        if self._idle_timer is not None:
            self._idle_timer.cancel()
            self._idle_timer = None

    def _unload(self) -> None:
        if self.running is None and not self.waiting:
            for conn in self.clients:
                conn.send({"event": "unload"})
            self.stopped.set()


async def serve(runner: Runner, socket_path: str, on_ready: Any = None, *,
                first_request_grace_s: float = FIRST_REQUEST_GRACE_S) -> None:
    """Listen on `socket_path` until the runner has no reason to live, then return."""
    with contextlib.suppress(FileNotFoundError):
        os.unlink(socket_path)  # a dead runner's leftover; the spawner holds the lock
    server = await asyncio.start_unix_server(runner.handle, path=socket_path, limit=MAX_LINE)
    os.chmod(socket_path, 0o600)
    worker = asyncio.create_task(runner.work())
    runner.arm_idle(at_least=first_request_grace_s)
    if on_ready is not None:
        on_ready()
    try:
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(runner.connected.wait(), FIRST_CLIENT_GRACE_S)
        if runner.connected.is_set():
            await runner.stopped.wait()
    finally:
        server.close()
        with contextlib.suppress(FileNotFoundError):
            os.unlink(socket_path)
        for conn in list(runner.clients):
            with contextlib.suppress(ConnectionError):
                await conn.writer.drain()
        worker.cancel()
        if runner.running is not None:
            runner.running.cancel.set()
