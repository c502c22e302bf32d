"""Evaluation runner throughput against a fake upstream with a fixed latency.

    .venv/bin/python benchmarks/eval/run.py [--items 1280] [--concurrency 32] [--latency-ms 50]

A fake OpenAI-compatible server (a subprocess: aiohttp, `asyncio.sleep(latency)` then a fixed
"Answer: A") stands in for a model. The ideal rate is concurrency / latency (32 / 0.050 s = 640
items/s). Measured in the same run:
  1. direct: a bare aiohttp client at the same concurrency, no gateway, no runner (the ceiling
     this machine and the fake allow);
  2. runner: `medgate eval run`'s Runner through the in-process gateway (validation, red-flag
     screen, routing, cost, audit rows) with results written to SQLite.
     `--concurrency` is its model calls in flight (never more: tests/evaluation), while a quarter
     more workers do the gateway work around the calls.
It prints items/s, the ratios runner/ideal (the target is >= 0.90) and runner/direct, and the
runner's CPU time per item: when the machine cannot give the process that much CPU at the ideal
rate, the ratio is bounded by the CPU, not by the runner's concurrency.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Coroutine
from pathlib import Path
from typing import Any, TypeVar

import aiohttp
import orjson
from aiohttp import web

T = TypeVar("T")
REPLY = orjson.dumps({"id": "chatcmpl-bench", "object": "chat.completion", "created": 0, "model": "fake",
                      "choices": [{"index": 0, "message": {"role": "assistant", "content": "Answer: A"},
                                   "finish_reason": "stop"}],
                      "usage": {"prompt_tokens": 120, "completion_tokens": 4, "total_tokens": 124}})


def serve(port_file: Path, latency: float) -> None:
    async def chat(request: web.Request) -> web.Response:
        await request.read()
        await asyncio.sleep(latency)
        return web.Response(body=REPLY, content_type="application/json")

    async def main() -> None:
        app = web.Application()
        app.router.add_post("/v1/chat/completions", chat)
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0, backlog=1024)
        await site.start()
        port_file.write_text(str(site._server.sockets[0].getsockname()[1]))  # type: ignore[union-attr]
        await asyncio.Event().wait()

    try:
        import uvloop

        uvloop.run(main())
    except ImportError:
        asyncio.run(main())


def dataset(path: Path, n: int) -> Path:
    rows = [{"id": f"bench-{i:05d}", "question": f"Question {i}: which option fits a 45-year-old with a cough?",
             "options": {"A": "Rest", "B": "Fluids", "C": "Imaging", "D": "Referral"}, "answer": "A"}
            for i in range(n)]
    path.write_bytes(b"".join(orjson.dumps(r) + b"\n" for r in rows))
    return path


async def direct(url: str, n: int, concurrency: int) -> float:
    body = orjson.dumps({"model": "fake", "messages": [{"role": "user", "content": "Question?"}]})
    sem = asyncio.Semaphore(concurrency)
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=0)) as session:
        async def one() -> None:
            async with sem, session.post(url, data=body, headers={"content-type": "application/json"}) as r:
                orjson.loads(await r.read())

        start = time.perf_counter()
        await asyncio.gather(*(one() for _ in range(n)))
        return n / (time.perf_counter() - start)


async def through_runner(base_url: str, data: Path, tmp: Path, concurrency: int) -> tuple[float, int, float]:
    from medgate.app import start_app
    from medgate.config import parse_config
    from medgate.evaluation import EvalStore, Runner, Settings, load_dataset
    from medgate.evaluation.client import GatewayClient

    db = f"sqlite:///{tmp / 'bench.sqlite'}"
    config = parse_config({"models": [{"alias": "fake", "deployments": [
        {"base_url": base_url, "model": "fake", "price": {"input": 0.1, "output": 0.4}}]}],
        "audit": {"url": db}}, source="bench")
    app = await start_app(config)
    store = EvalStore(db)
    try:
        ds = load_dataset(data)
        runner = Runner(GatewayClient(app), store, ds, Settings(concurrency=concurrency))
        # One call first: the red-flag screen compiles its patterns on first use (about a second),
        # a start-up cost, not throughput.
        await app.chat({"model": "fake", "messages": [{"role": "user", "content": "warm up"}]})
        start, cpu = time.perf_counter(), time.process_time()
        outcome = await runner.run(["fake"])
        elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
        answered = outcome.models[0].answered
        assert answered == len(ds.items) and outcome.models[0].errors == 0, outcome
        return answered / elapsed, len(store.completed(outcome.run.id, "fake")), 1000 * cpu / answered
    finally:
        store.close()
        await app.aclose()


def run_loop(coro: Coroutine[Any, Any, T]) -> T:
    """The loop `medgate eval run` uses (uvloop), for both measurements."""
    from medgate.evaluation.command import run_loop as medgate_loop

    return medgate_loop(coro)


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--items", type=int, default=1280)
    p.add_argument("--concurrency", type=int, default=32)
    p.add_argument("--latency-ms", type=float, default=50.0)
    p.add_argument("--serve", type=Path, help=argparse.SUPPRESS)
    args = p.parse_args()
    latency = args.latency_ms / 1000
    if args.serve:
        serve(args.serve, latency)
        return 0
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        port_file = tmp / "port"
        fake = subprocess.Popen([sys.executable, __file__, "--serve", str(port_file), "--latency-ms",
                                 str(args.latency_ms)], env=os.environ.copy())
        try:
            for _ in range(200):
                if port_file.exists() and port_file.read_text():
                    break
                time.sleep(0.05)
            base = f"http://127.0.0.1:{port_file.read_text()}/v1"
            data = dataset(tmp / "bench.jsonl", args.items)
            ideal = args.concurrency / latency
            base_rate = run_loop(direct(base + "/chat/completions", args.items, args.concurrency))
            rate, stored, cpu_ms = run_loop(through_runner(base, data, tmp, args.concurrency))
        finally:
            fake.terminate()
            fake.wait(10)
    print(f"items {args.items}, concurrency {args.concurrency}, upstream latency {args.latency_ms:g} ms")
    print(f"ideal   {ideal:8.1f} items/s  (concurrency / latency)")
    print(f"direct  {base_rate:8.1f} items/s  {base_rate / ideal:5.3f} of ideal  (bare aiohttp client, same run)")
    print(f"runner  {rate:8.1f} items/s  {rate / ideal:5.3f} of ideal  {rate / base_rate:5.3f} of direct  "
          f"({stored} results stored, one audit row each)")
    print(f"        {cpu_ms:.2f} ms CPU per item in this process (gateway + HTTP client + runner + writes); "
          f"the loop is busy {rate * cpu_ms / 1000:.0%} of the time")
    target = 0.90
    print(f"target  runner >= {target:.2f} of ideal: {'met' if rate / ideal >= target else 'NOT met'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
