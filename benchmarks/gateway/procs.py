"""Process plumbing for the gateway benchmark: start/stop, /proc CPU and RSS, readiness and idle waits.

Everything here is bounded: every wait has a deadline, and `Proc.stop` escalates from SIGTERM to
SIGKILL on the whole process group after a few seconds.
"""

from __future__ import annotations

import contextlib
import http.client
import math
import os
import signal
import socket
import subprocess
import time
from collections.abc import Mapping, Sequence
from pathlib import Path

TICK = float(os.sysconf("SC_CLK_TCK"))
PAGE = os.sysconf("SC_PAGE_SIZE")


class StartError(Exception):
    """A server did not come up; the message carries the tail of its log."""


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _children(pid: int) -> list[int]:
    kids: list[int] = []
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            text = Path(f"/proc/{pid}/task/{task}/children").read_text()
            kids += [int(k) for k in text.split()]
    except OSError:
        return kids
    return kids


def tree(pid: int) -> list[int]:
    """pid and all its descendants (bounded by what /proc lists)."""
    seen: list[int] = []
    todo = [pid]
    while todo and len(seen) < 512:
        current = todo.pop()
        if current in seen:
            continue
        seen.append(current)
        todo += _children(current)
    return seen


def _stat_fields(pid: int) -> list[str]:
    text = Path(f"/proc/{pid}/stat").read_text()
    return text[text.rindex(")") + 2 :].split()  # fields from 3 (state) on


def cpu_seconds(pids: Sequence[int]) -> float:
    """utime + stime of these processes and their descendants, in seconds."""
    total = 0
    for root in pids:
        for pid in tree(root):
            try:
                fields = _stat_fields(pid)
            except (OSError, ValueError):
                continue
            total += int(fields[11]) + int(fields[12])  # utime, stime (fields 14, 15)
    return total / TICK


def cpu_busy_seconds(cpu: int) -> float:
    """Busy time of one CPU from /proc/stat (everything but idle and iowait), in seconds."""
    for line in Path("/proc/stat").read_text().splitlines():
        if line.startswith(f"cpu{cpu} "):
            ticks = [int(v) for v in line.split()[1:]]
            return (sum(ticks[:8]) - ticks[3] - ticks[4]) / TICK
    return math.nan


def rss_mib(pid: int) -> float:
    total = 0
    for member in tree(pid):
        try:
            total += int(Path(f"/proc/{member}/statm").read_text().split()[1]) * PAGE
        except (OSError, ValueError, IndexError):
            continue
    return total / 2**20


def wait_idle(pids: Sequence[int], *, window: float = 0.2, max_wait: float = 5.0) -> float:
    """Wait until the processes burn at most ~1 tick per window twice in a row; returns seconds waited."""
    start = time.monotonic()
    quiet = 0
    last = cpu_seconds(pids)
    while time.monotonic() - start < max_wait and quiet < 2:
        time.sleep(window)
        now = cpu_seconds(pids)
        quiet = quiet + 1 if now - last <= 1.5 / TICK else 0
        last = now
    return time.monotonic() - start


def http_request(
    port: int,
    method: str,
    path: str,
    body: bytes | None = None,
    headers: Mapping[str, str] | None = None,
    timeout: float = 10.0,
) -> tuple[int, bytes]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        conn.request(method, path, body=body, headers=dict(headers or {}))
        response = conn.getresponse()
        return response.status, response.read()
    finally:
        conn.close()


class Proc:
    """A server started in its own session (so the whole group can be signalled), log to a file."""

    def __init__(
        self,
        name: str,
        argv: Sequence[str],
        log: Path,
        env: Mapping[str, str] | None = None,
        cwd: Path | None = None,
    ) -> None:
        self.name = name
        self.argv = list(argv)
        self.log = log
        self.started = time.monotonic()
        self._log_file = log.open("ab")
        full_env = dict(os.environ)
        full_env.update(env or {})
        self.popen = subprocess.Popen(
            self.argv,
            stdout=self._log_file,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            env=full_env,
            cwd=cwd,
            start_new_session=True,
        )

    @property
    def pid(self) -> int:
        return self.popen.pid

    def alive(self) -> bool:
        return self.popen.poll() is None

    def log_tail(self, lines: int = 25) -> str:
        try:
            return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return ""

    def wait_http(self, port: int, path: str, timeout: float) -> float:
        """Poll GET path every 50 ms until 200; returns seconds since spawn."""
        deadline = time.monotonic() + timeout
        last = "no answer"
        while time.monotonic() < deadline:
            if not self.alive():
                raise StartError(
                    f"{self.name} exited with {self.popen.returncode}:\n{self.log_tail()}"
                )
            try:
                status, body = http_request(port, "GET", path, timeout=2.0)
                if status == 200:
                    return time.monotonic() - self.started
                last = f"HTTP {status} {body[:120]!r}"
            except OSError as exc:
                last = f"{type(exc).__name__}: {exc}"
            time.sleep(0.05)
        raise StartError(
            f"{self.name}: GET {path} not 200 after {timeout:.0f} s ({last}):\n{self.log_tail()}"
        )

    def stop(self, grace: float = 5.0) -> None:
        if self.popen.poll() is None:
            for sig, wait in ((signal.SIGTERM, grace), (signal.SIGKILL, 5.0)):
                try:
                    os.killpg(self.popen.pid, sig)
                except ProcessLookupError:
                    break
                try:
                    self.popen.wait(timeout=wait)
                    break
                except subprocess.TimeoutExpired:
                    continue
        else:
            # the leader is gone; make sure nothing it spawned lingers in its group
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(self.popen.pid, signal.SIGKILL)
        self._log_file.close()
