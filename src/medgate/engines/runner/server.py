"""Inside the runner process: serve one model to any number of gateway connections.

Requests run one at a time, in arrival order, on one worker thread (the model is not safe for
concurrent calls); at most `max_queue` wait behind the running one, and the next is refused at
once with a retry-after estimate. A cancel (or a closed connection) stops a request within one
token. The runner exits when its last client leaves or after `keep_alive` seconds with nothing
to do.

Plain threads and blocking sockets, no event loop: the worker thread writes each token to its
connection itself, so a token costs one `send` — no hand-over to another thread and no loop
wake-up per token. (An asyncio version measured the same CPU per token, +1.8% over raw
llama-cpp-python; this one is simply fewer moving parts.)
"""

from __future__ import annotations

import contextlib
import math
import os
import socket
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from typing import Any, Protocol

from medgate.engines.runner.protocol import OVERLOADED, decode, encode

# No client within this long after start (the spawner died before connecting): exit.
FIRST_CLIENT_GRACE_S = 30.0
# A fresh runner waits at least this long for its first request, whatever keep_alive says.
FIRST_REQUEST_GRACE_S = 5.0
ACCEPT_POLL_S = 0.2  # how often a blocked accept() looks at `stopped`


class Generates(Protocol):
    def run(self, kwargs: dict[str, Any], stream: bool, cancel: threading.Event,
            emit: Any) -> None: ...


class Connection:
    """One gateway process's socket; `send` is safe from any thread."""

    def __init__(self, sock: socket.socket) -> None:
        self.sock = sock
        self.closed = False
        self._lock = threading.Lock()

    def send(self, message: dict[str, Any]) -> None:
        data = encode(message)
        with self._lock:
            if self.closed:
                return
            try:
                self.sock.sendall(data)
            except OSError:
                self.closed = True  # the gateway is gone; its reader thread cleans up

    def close(self) -> None:
        with self._lock:
            self.closed = True
        with contextlib.suppress(OSError):
            self.sock.shutdown(socket.SHUT_RDWR)  # wakes this connection's reader with EOF
        self.sock.close()


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
        self.stopped = threading.Event()
        self.connected = threading.Event()  # a first client came
        self._cond = threading.Condition()
        self._idle_at: float | None = None  # monotonic time to unload at, when idle
        self._mean_s = 2.0  # running mean of a request's duration, for Retry-After
        self._served = 0

    # -- connections (one reader thread each) ---------------------------------------------------
    def handle(self, sock: socket.socket) -> None:
        conn = Connection(sock)
        with self._cond:
            self.clients.add(conn)
        self.connected.set()
        try:
            with sock.makefile("rb") as lines:
                for line in lines:
                    try:
                        self.dispatch(conn, decode(line))
                    except ValueError:  # orjson's JSONDecodeError is a ValueError: a gateway bug, skip
                        continue
        except OSError:
            pass  # the gateway went away mid-line: same as a close
        finally:
            with self._cond:
                self.clients.discard(conn)
                self._drop(conn)
                last = not self.clients
            conn.close()
            if last:
                self.stop()  # nobody left to serve (the gateway stopped or crashed)

    def dispatch(self, conn: Connection, msg: dict[str, Any]) -> None:
        op, rid = msg.get("op"), msg.get("id")
        if op == "chat" and isinstance(rid, int):
            self.submit(Job(conn, rid, dict(msg.get("kwargs") or {}), bool(msg.get("stream"))))
        elif op == "cancel" and isinstance(rid, int):
            self.cancel(conn, rid)
        elif op == "status":
            conn.send({"id": rid, "status": self.status()})

    def connections(self) -> list[Connection]:
        with self._cond:
            return list(self.clients)

    def status(self) -> dict[str, Any]:
        with self._cond:
            return {"pid": os.getpid(), "running": self.running is not None, "waiting": len(self.waiting),
                    "served": self._served, "clients": len(self.clients)}

    # -- the queue ------------------------------------------------------------------------------
    def submit(self, job: Job) -> None:
        with self._cond:
            in_line = len(self.waiting) + (self.running is not None)  # the next to run is not "queued"
            if in_line > self.max_queue:
                retry = max(1, math.ceil(self._mean_s * in_line))
                refusal = {"id": job.id, "error": {
                    "kind": OVERLOADED, "retry_after": retry,
                    "message": f"the embedded model is busy: 1 running and {in_line - 1} waiting "
                               f"(max_queue {self.max_queue}); retry in about {retry} s"}}
            else:
                refusal = None
                self._idle_at = None
                self.waiting.append(job)
                self._cond.notify_all()
        if refusal is not None:
            job.conn.send(refusal)

    def cancel(self, conn: Connection, rid: int) -> None:
        with self._cond:
            if self.running is not None and self.running.conn is conn and self.running.id == rid:
                self.running.cancel.set()
                return
            job = next((j for j in self.waiting if j.conn is conn and j.id == rid), None)
            if job is None:
                return
            self.waiting.remove(job)
        conn.send({"id": rid, "end": {"usage": None, "cancelled": True}})

    def _drop(self, conn: Connection) -> None:
        """Under the lock: forget a departed connection's requests; stop its running one."""
        for job in [j for j in self.waiting if j.conn is conn]:
            self.waiting.remove(job)
        if self.running is not None and self.running.conn is conn:
            self.running.cancel.set()

    def work(self) -> None:
        """The worker thread: run waiting jobs one by one; unload when idle for keep_alive."""
        while True:
            with self._cond:
                while not self.waiting and not self.stopped.is_set():
                    if self._idle_at is not None and time.monotonic() >= self._idle_at:
                        break
                    wait = None if self._idle_at is None else max(0.0, self._idle_at - time.monotonic())
                    self._cond.wait(wait)
                if self.stopped.is_set():
                    return
                if not self.waiting:  # idle for keep_alive
                    clients = self.connections()
                    unload = True
                else:
                    unload = False
                    job = self.running = self.waiting.popleft()
            if unload:
                for conn in clients:
                    conn.send({"event": "unload"})
                self.stop()
                return
            started = time.monotonic()
            try:
                self.model.run(job.kwargs, job.stream, job.cancel,
                               lambda message, job=job: job.conn.send({"id": job.id, **message}))
            finally:
                with self._cond:
                    self.running = None
                    self._served += 1
                    self._mean_s = 0.8 * self._mean_s + 0.2 * (time.monotonic() - started)
                    if not self.waiting:
                        self.arm_idle()

    # -- keep_alive and stopping ----------------------------------------------------------------
    def arm_idle(self, at_least: float = 0.0) -> None:
        """Unload after keep_alive from now (at least `at_least`), unless a request comes."""
        with self._cond:  # re-entrant: work() calls this holding it
            if self.keep_alive_s is not None:
                self._idle_at = time.monotonic() + max(self.keep_alive_s, at_least)
                self._cond.notify_all()

    def stop(self) -> None:
        self.stopped.set()
        with self._cond:
            if self.running is not None:
                self.running.cancel.set()
            self._cond.notify_all()


def serve(runner: Runner, socket_path: str, on_ready: Any = None, *,
          first_request_grace_s: float = FIRST_REQUEST_GRACE_S) -> None:
    """Listen on `socket_path` until the runner has no reason to live, then return."""
    with contextlib.suppress(FileNotFoundError):
        os.unlink(socket_path)  # a dead runner's leftover (__main__ checked that none answers)
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    listener.bind(socket_path)
    os.chmod(socket_path, 0o600)
    listener.listen(16)
    listener.settimeout(ACCEPT_POLL_S)
    runner.arm_idle(at_least=first_request_grace_s)
    worker = threading.Thread(target=runner.work, name="medgate-runner", daemon=True)
    worker.start()
    if on_ready is not None:
        on_ready()
    deadline = time.monotonic() + FIRST_CLIENT_GRACE_S
    try:
        while not runner.stopped.is_set():
            if not runner.connected.is_set() and time.monotonic() > deadline:
                break  # the spawner never came
            try:
                sock, _ = listener.accept()
            except TimeoutError:
                continue
            sock.settimeout(None)
            threading.Thread(target=runner.handle, args=(sock,), name="medgate-runner-conn",
                             daemon=True).start()
    finally:
        runner.stop()
        listener.close()
        with contextlib.suppress(FileNotFoundError):
            os.unlink(socket_path)
        worker.join(5.0)  # a running generation stops within a token
        for conn in runner.connections():
            conn.close()
