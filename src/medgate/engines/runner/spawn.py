"""Gateway side: reach a spec's runner, starting it first if nobody has.

Connect-or-spawn under a file lock, so that N gateway workers of one `medgate serve` start one
runner between them, and a worker that finds it gone (crash, idle unload) starts the next.
"""

from __future__ import annotations

import asyncio
import contextlib
import fcntl
import os
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from typing import Any

from medgate.engines.runner.protocol import MAX_LINE, RunnerSpec, decode
from medgate.errors import EngineUnavailable

LOG_KEEP_BYTES = 1 << 20
EXIT_ALREADY_RUNNING = 4  # as engines/runner/__main__.py exits when the socket is already served


def runner_env() -> dict[str, str]:
    """The runner's environment: ours, with OpenMP threads that sleep when they wait.

    llama.cpp's OpenMP threads spin while waiting for each other by default. When anything else
    wants the CPU (the gateway relaying tokens, other processes), spinning threads starve the one
    doing the work: on the 2-core development VM under load, 2 threads fell from 25 to 2.2
    tokens/s (1 thread: 27). OMP_WAIT_POLICY=PASSIVE keeps 2 threads at 25. A value the user set
    wins."""
    return {**os.environ, "OMP_WAIT_POLICY": os.environ.get("OMP_WAIT_POLICY", "PASSIVE")}
REBUILD_HINT = ("If it died with SIGILL or SIGSEGV right after loading, llama.cpp was built for a CPU "
                "feature this machine lacks or does not grant (e.g. AMX inside a VM): rerun ./install.sh, "
                "which rebuilds llama-cpp-python with portable flags, then `medgate doctor`.")


@dataclass
class Reached:
    reader: asyncio.StreamReader
    writer: asyncio.StreamWriter
    ready: dict[str, Any] = field(default_factory=dict)  # the runner's ready line, if we started it
    process: subprocess.Popen[bytes] | None = None


async def reach(spec: RunnerSpec) -> Reached:
    """A connection to the spec's runner; starts one if none answers. Raises EngineUnavailable."""
    spec.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    with contextlib.suppress(OSError):
        return Reached(*await _connect(spec))
    fd = os.open(spec.lock, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        await _lock(fd, spec.load_timeout_s)
        with contextlib.suppress(OSError):
            return Reached(*await _connect(spec))  # another worker started it while we waited
        started = await _spawn(spec)
        try:
            if started is None:  # a runner we did not see at first answers now
                return Reached(*await _connect(spec))
            process, ready = started
            return Reached(*await _connect(spec), ready=ready, process=process)
        except OSError as exc:
            raise EngineUnavailable(f"embedded runner started but its socket refused: {exc}") from exc
    finally:
        os.close(fd)  # releases the lock


async def _connect(spec: RunnerSpec) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
    return await asyncio.open_unix_connection(str(spec.socket), limit=MAX_LINE)


async def _lock(fd: int, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except BlockingIOError:
            if time.monotonic() > deadline:
                raise EngineUnavailable("timed out waiting for another worker to start the embedded "
                                        "runner", retry_after=5) from None
            await asyncio.sleep(0.05)


async def _spawn(spec: RunnerSpec) -> tuple[subprocess.Popen[bytes], dict[str, Any]] | None:
    _trim_log(spec)
    with open(spec.log, "ab") as log:
        log.write(f"--- runner start {time.strftime('%Y-%m-%d %H:%M:%S')} ---\n".encode())
        log.flush()
        # A plain Popen, not an asyncio subprocess: the runner may outlive this event loop (it is
        # shared by workers). Its own session: a Ctrl-C on the terminal reaches the gateway, which
        # closes the connection; the runner exits when its last client leaves, not halfway through.
        process = subprocess.Popen(
            [sys.executable, "-m", "medgate.engines.runner", *spec.argv()],
            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=log, start_new_session=True,
            env=runner_env())
    assert process.stdout is not None
    try:
        line = await asyncio.wait_for(asyncio.to_thread(process.stdout.readline), spec.load_timeout_s)
    except TimeoutError:
        process.kill()  # the reading thread then sees EOF and ends
        await exit_status(process, 5.0)
        raise EngineUnavailable(f"the embedded runner did not load {spec.gguf} in "
                                f"{spec.load_timeout_s:.0f} s (log: {spec.log})", retry_after=5) from None
    process.stdout.close()  # the runner points its stdout at its log once ready
    if not line:
        code = await exit_status(process, 5.0)
        if code == EXIT_ALREADY_RUNNING:
            return None
        raise EngineUnavailable(f"the embedded runner exited while loading ({describe_exit(code)}): "
                                f"{log_tail(spec)} — {REBUILD_HINT} (log: {spec.log})", retry_after=5)
    try:
        ready = decode(line)
    except ValueError:
        ready = {}
    return process, ready


async def exit_status(process: subprocess.Popen[bytes], timeout: float) -> int | None:
    """The process's exit status once it has exited (reaped, so no zombie), or None."""
    try:
        return await asyncio.to_thread(process.wait, timeout)
    except subprocess.TimeoutExpired:
        return None


def describe_exit(code: int | None) -> str:
    if code is None:
        return "still running"
    if code < 0:
        with contextlib.suppress(ValueError):
            return f"killed by {signal.Signals(-code).name}"
        return f"killed by signal {-code}"
    return f"exit status {code}"


def log_tail(spec: RunnerSpec, lines: int = 3) -> str:
    try:
        text = spec.log.read_bytes()[-4000:].decode("utf-8", "replace")
    except OSError:
        return "no log"
    last_run = text.rsplit("--- runner start", 1)[-1].splitlines()[1:]  # this start's lines only
    tail = [ln.strip() for ln in last_run if ln.strip()]
    return " | ".join(tail[-lines:]) or "no output"


def forget(spec: RunnerSpec) -> None:
    """After a clean exit: its lock and log have nothing left to say."""
    for path in (spec.lock, spec.log):
        with contextlib.suppress(OSError):
            path.unlink()


def _trim_log(spec: RunnerSpec) -> None:
    with contextlib.suppress(OSError):
        if spec.log.stat().st_size > LOG_KEEP_BYTES:
            data = spec.log.read_bytes()[-LOG_KEEP_BYTES // 2:]
            spec.log.write_bytes(data)
