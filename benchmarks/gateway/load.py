"""Closed-loop HTTP/1.1 load generator for the gateway benchmark (asyncio + uvloop, no HTTP library).

    python load.py --port 8600 --model bench --concurrency 1 --duration 5 [--stream] [--json]

Each worker holds one keep-alive connection and sends the next request as soon as the previous
response has ended. Responses are parsed by hand: the status line, headers, then a Content-Length
body or a chunked body (SSE). For streams it records the time to the first `data:` event and to the
end of the body, and checks the body ends with `data: [DONE]`. Every run is bounded: workers stop
issuing at --duration, and whatever is still in flight --grace seconds later is abandoned and
counted as an error. Only loopback hosts are accepted.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import time
from dataclasses import dataclass, field
from typing import Any

import orjson

LOOPBACK = {"127.0.0.1", "localhost", "::1"}
SYSTEM = "You are a careful clinical assistant. Answer briefly and in plain language."
USER = "A child has had a mild fever for two days and is drinking well. What should the parents do?"


def request_bytes(
    host: str, port: int, path: str, model: str, stream: bool, auth: str | None
) -> bytes:
    body: dict[str, Any] = {
        "model": model,
        "messages": [{"role": "system", "content": SYSTEM}, {"role": "user", "content": USER}],
        "max_tokens": 64,
        "temperature": 0,
    }
    if stream:
        body["stream"] = True
    payload = orjson.dumps(body)
    head = [
        f"POST {path} HTTP/1.1",
        f"Host: {host}:{port}",
        "Content-Type: application/json",
        "Accept: text/event-stream" if stream else "Accept: application/json",
        f"Content-Length: {len(payload)}",
    ]
    if auth:
        head.append(f"Authorization: Bearer {auth}")
    return ("\r\n".join(head) + "\r\n\r\n").encode("ascii") + payload


class ProtocolError(Exception):
    """The server sent something this minimal parser does not accept."""


class Conn(asyncio.Protocol):
    """One keep-alive connection; one request in flight at a time."""

    HEAD, BODY, CHUNK_SIZE, CHUNK_DATA, TRAILER = range(5)

    def __init__(self) -> None:
        self.transport: Any = None  # uvloop's transport is not an asyncio.Transport subclass
        self.buf = bytearray()
        self.waiter: asyncio.Future[tuple[int, bytes, float]] | None = None
        self.closed = False
        self._reset()

    def _reset(self) -> None:
        self.state = self.HEAD
        self.status = 0
        self.need = 0
        self.body = bytearray()
        self.t_first = 0.0

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport

    def connection_lost(self, exc: Exception | None) -> None:
        self.closed = True
        if self.waiter is not None and not self.waiter.done():
            self.waiter.set_exception(ConnectionResetError("connection closed mid-response"))

    def send(self, data: bytes) -> asyncio.Future[tuple[int, bytes, float]]:
        if self.closed or self.transport is None:
            raise ConnectionResetError("connection is closed")
        self._reset()
        self.waiter = asyncio.get_running_loop().create_future()
        self.transport.write(data)
        return self.waiter

    def data_received(self, data: bytes) -> None:
        now = time.perf_counter()
        self.buf += data
        try:
            self._parse(now)
        except (ProtocolError, ValueError) as exc:
            if self.waiter is not None and not self.waiter.done():
                self.waiter.set_exception(ProtocolError(str(exc)))
            if self.transport is not None:
                self.transport.close()

    def _parse(self, now: float) -> None:
        buf = self.buf
        while True:
            if self.state == self.HEAD:
                end = buf.find(b"\r\n\r\n")
                if end < 0:
                    return
                lines = bytes(buf[:end]).split(b"\r\n")
                del buf[: end + 4]
                parts = lines[0].split(b" ", 2)
                if len(parts) < 2 or not parts[0].startswith(b"HTTP/1."):
                    raise ProtocolError(f"bad status line {lines[0][:60]!r}")
                self.status = int(parts[1])
                length, chunked = -1, False
                for line in lines[1:]:
                    name, _, value = line.partition(b":")
                    name = name.strip().lower()
                    if name == b"content-length":
                        length = int(value.strip())
                    elif name == b"transfer-encoding" and b"chunked" in value.lower():
                        chunked = True
                if chunked:
                    self.state = self.CHUNK_SIZE
                elif length >= 0:
                    self.state, self.need = self.BODY, length
                else:
                    raise ProtocolError("response has neither Content-Length nor chunked encoding")
            elif self.state == self.BODY:
                if len(buf) < self.need:
                    return
                if self.need and not self.t_first:
                    self.t_first = now
                self.body += buf[: self.need]
                del buf[: self.need]
                self._finish()
                return
            elif self.state == self.CHUNK_SIZE:
                end = buf.find(b"\r\n")
                if end < 0:
                    return
                size = int(bytes(buf[:end]).split(b";", 1)[0], 16)
                del buf[: end + 2]
                if size == 0:
                    self.state = self.TRAILER
                else:
                    self.state, self.need = self.CHUNK_DATA, size
            elif self.state == self.CHUNK_DATA:
                if not self.t_first and buf[:5] == b"data:":
                    self.t_first = now
                if len(buf) < self.need + 2:
                    return
                self.body += buf[: self.need]
                del buf[: self.need + 2]
                self.state = self.CHUNK_SIZE
            else:  # TRAILER: optional trailer lines, then an empty line
                end = buf.find(b"\r\n")
                if end < 0:
                    return
                del buf[: end + 2]
                if end == 0:
                    self._finish()
                    return

    def _finish(self) -> None:
        self.state = self.HEAD
        if self.buf:
            raise ProtocolError("unexpected bytes after the response")
        if self.waiter is not None and not self.waiter.done():
            self.waiter.set_result((self.status, bytes(self.body), self.t_first))


@dataclass
class Tally:
    latencies: list[float] = field(default_factory=list)
    firsts: list[float] = field(default_factory=list)
    ok: int = 0
    errors: int = 0
    warmup: int = 0
    first_error: str = ""

    def fail(self, why: str) -> None:
        self.errors += 1
        if not self.first_error:
            self.first_error = why[:300]


def check(status: int, body: bytes, stream: bool) -> str:
    if status != 200:
        return f"HTTP {status}: {body[:200]!r}"
    if stream:
        if not body.rstrip().endswith(b"data: [DONE]"):
            return f"stream did not end with [DONE]: ...{body[-120:]!r}"
    elif b'"choices"' not in body:
        return f"no choices in body: {body[:200]!r}"
    return ""


async def worker(
    host: str,
    port: int,
    req: bytes,
    stream: bool,
    warmup: int,
    start_at: float,
    deadline: float,
    tally: Tally,
) -> None:
    loop = asyncio.get_running_loop()
    conn: Conn | None = None
    done_warmup = 0
    while True:
        now = time.perf_counter()
        if now >= deadline:
            break
        if conn is None or conn.closed:
            _, conn = await loop.create_connection(Conn, host, port)
        t0 = time.perf_counter()
        try:
            status, body, t_first = await conn.send(req)
        except (ConnectionError, ProtocolError, OSError) as exc:
            tally.fail(f"{type(exc).__name__}: {exc}")
            conn = None
            await asyncio.sleep(0.01)
            continue
        t1 = time.perf_counter()
        if done_warmup < warmup or t0 < start_at:
            done_warmup += 1
            tally.warmup += 1
            continue
        why = check(status, body, stream)
        if why:
            tally.fail(why)
            continue
        tally.ok += 1
        tally.latencies.append(t1 - t0)
        if stream:
            tally.firsts.append(t_first - t0)
    if conn is not None and conn.transport is not None:
        conn.transport.close()


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    rank = min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))
    return ordered[rank]


def summary(values: list[float]) -> dict[str, float]:
    return {f"p{q}": percentile(values, q) * 1000 for q in (50, 90, 99)}


async def run_load(
    host: str,
    port: int,
    path: str,
    model: str,
    *,
    concurrency: int,
    duration: float,
    stream: bool = False,
    warmup: int = 50,
    grace: float = 10.0,
    auth: str | None = None,
) -> dict[str, Any]:
    if host not in LOOPBACK:
        raise SystemExit(f"load: refusing non-loopback host {host!r}")
    req = request_bytes(host, port, path, model, stream, auth)
    tally = Tally()
    per_worker = -(-warmup // concurrency) if warmup else 0
    # Warm-up happens inside the first second at most; measurement starts once every worker is warm.
    begin = time.perf_counter()
    warm_until = begin + min(1.0, duration / 4)
    deadline = warm_until + duration
    tasks = [
        asyncio.ensure_future(
            worker(host, port, req, stream, per_worker, warm_until, deadline, tally)
        )
        for _ in range(concurrency)
    ]
    done, pending = await asyncio.wait(tasks, timeout=duration + 1.0 + grace)
    for task in pending:
        task.cancel()
        tally.fail("abandoned: still in flight after the grace period")
    for task in done:
        if task.exception() is not None:
            tally.fail(f"worker died: {type(task.exception()).__name__}: {task.exception()}")
    elapsed = min(time.perf_counter(), deadline + grace) - warm_until
    result: dict[str, Any] = {
        "tool": "python-load",
        "port": port,
        "model": model,
        "stream": stream,
        "concurrency": concurrency,
        "duration_s": round(elapsed, 3),
        "requests": tally.ok,
        "errors": tally.errors,
        "warmup": tally.warmup,
        "rps": tally.ok / elapsed if elapsed > 0 else 0.0,
        "latency_ms": summary(tally.latencies),
        "first_error": tally.first_error,
    }
    if stream:
        result["first_event_ms"] = summary(tally.firsts)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--path", default="/v1/chat/completions")
    parser.add_argument("--model", default="fake-model")
    parser.add_argument("--concurrency", type=int, default=1)
    parser.add_argument("--duration", type=float, default=5.0)
    parser.add_argument("--warmup", type=int, default=50, help="requests in total before measuring")
    parser.add_argument("--grace", type=float, default=10.0)
    parser.add_argument("--stream", action="store_true")
    parser.add_argument("--auth", default=None, help="bearer token (LiteLLM master key)")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args(argv)
    try:
        import uvloop
    except ImportError:
        uvloop = None  # type: ignore[assignment]
    coro = run_load(
        args.host,
        args.port,
        args.path,
        args.model,
        concurrency=args.concurrency,
        duration=args.duration,
        stream=args.stream,
        warmup=args.warmup,
        grace=args.grace,
        auth=args.auth,
    )
    result = uvloop.run(coro) if uvloop is not None else asyncio.run(coro)
    if args.json:
        sys.stdout.write(orjson.dumps(result).decode() + "\n")
    else:
        lat = result["latency_ms"]
        line = (
            f"{result['requests']} ok, {result['errors']} errors, {result['rps']:.1f} req/s, "
            f"p50 {lat['p50']:.3f} ms, p99 {lat['p99']:.3f} ms"
        )
        if args.stream:
            fe = result["first_event_ms"]
            line += f", first event p50 {fe['p50']:.3f} ms, p99 {fe['p99']:.3f} ms"
        print(line)
        if result["first_error"]:
            print(f"first error: {result['first_error']}")
    return 0 if result["errors"] == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
