"""Which channel between the gateway and the model process: measured, not guessed.

    bash benchmarks/embedded/setup_llama_server.sh     # once: benchmarks/.venv-llama-server
    .venv/bin/python benchmarks/embedded/channels.py [--tokens 200] [--reps 3] [--threads 2]

A: medgate's runner (engines/runner/: JSON lines on a Unix socket), driven by its RunnerClient.
B: llama-cpp-python's own OpenAI server (`python -m llama_cpp.server`, FastAPI + SSE on loopback),
   driven by aiohttp as medgate's HTTP backend would.
Same GGUF, threads, context and OpenMP settings. Printed per channel: the model process's RSS when
idle and loaded, its tokens/s on a `--tokens` stream (end-of-text banned), and how long after a
client abandons a stream the next request gets its first token.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import time
from pathlib import Path

import aiohttp

from medgate.engines.embedded import packaged_gguf
from medgate.engines.runner.client import RunnerClient
from medgate.engines.runner.protocol import RunnerSpec
from medgate.engines.runner.spawn import runner_env

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "gateway"))
from procs import Proc, free_port, rss_mib

REPO = Path(__file__).resolve().parents[2]
PROMPT = [{"role": "user", "content": "Count from one to one thousand in words."}]
BIAS = {"2": -100.0, "0": -100.0}


async def runner_channel(args: argparse.Namespace, gguf: str) -> dict[str, object]:
    client = RunnerClient(RunnerSpec(gguf=gguf, n_ctx=args.n_ctx, threads=args.threads, keep_alive_s=None,
                                     max_queue=4, group=f"channels-{time.time()}"))
    kwargs = {"messages": PROMPT, "temperature": 0, "logit_bias": BIAS}

    async def run(tokens: int, abandon: bool = False) -> tuple[int, float, float]:
        started, first, n = time.perf_counter(), 0.0, 0
        stream = client.call(kwargs | {"max_tokens": tokens}, stream=True)
        async for msg in stream:
            choices = msg["chunk"]["choices"] if "chunk" in msg else []
            if choices and choices[0]["delta"].get("content"):  # not the role-only first chunk
                n += 1
                first = first or time.perf_counter()
                if abandon:
                    await stream.aclose()
                    break
        return n, time.perf_counter() - started, first

    try:
        await run(4)
        pid = client.pid
        assert pid is not None
        return await _measure(run, pid, args)
    finally:
        await client.aclose()


async def server_channel(args: argparse.Namespace, gguf: str, venv: Path) -> dict[str, object]:
    port = free_port()
    proc = Proc("llama_cpp.server", [str(venv / "bin" / "python"), "-m", "llama_cpp.server", "--model", gguf,
                                     "--n_threads", str(args.threads), "--n_ctx", str(args.n_ctx),
                                     "--host", "127.0.0.1", "--port", str(port)],
                log=Path("/tmp") / f"llama-server-{port}.log", env=runner_env())
    try:
        proc.wait_http(port, "/v1/models", timeout=120)
        async with aiohttp.ClientSession() as session:
            async def run(tokens: int, abandon: bool = False) -> tuple[int, float, float]:
                body = {"messages": PROMPT, "temperature": 0, "logit_bias": BIAS, "max_tokens": tokens,
                        "stream": True}
                started, first, n = time.perf_counter(), 0.0, 0
                async with session.post(f"http://127.0.0.1:{port}/v1/chat/completions", json=body) as resp:
                    async for line in resp.content:
                        if not line.startswith(b"data: {"):
                            continue
                        delta = json.loads(line[6:])["choices"][0]["delta"]
                        if delta.get("content"):
                            n += 1
                            first = first or time.perf_counter()
                            if abandon:
                                resp.close()  # drop the connection, as a client that leaves does
                                break
                return n, time.perf_counter() - started, first

            await run(4)
            return await _measure(run, proc.pid, args)
    finally:
        proc.stop()


async def _measure(run: object, pid: int, args: argparse.Namespace) -> dict[str, object]:
    fn = run  # (tokens, abandon) -> (n, seconds, first-token time)
    idle = rss_mib(pid)
    tps = []
    for _ in range(args.reps):
        n, seconds, _ = await fn(args.tokens)  # type: ignore[operator]
        tps.append(n / seconds)
    gaps = []
    for _ in range(3):
        await fn(4000, True)  # type: ignore[operator]
        left = time.perf_counter()
        _, _, first = await fn(1)  # type: ignore[operator]
        gaps.append(first - left)
    return {"rss_mib": idle, "tok_s": statistics.median(tps), "abandon_to_next_ms": statistics.median(gaps) * 1000,
            "abandon_to_next_max_ms": max(gaps) * 1000}


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--tokens", type=int, default=200)
    p.add_argument("--reps", type=int, default=3)
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--n-ctx", type=int, default=2048)
    p.add_argument("--venv", type=Path, default=REPO / "benchmarks" / ".venv-llama-server")
    args = p.parse_args()
    gguf = str(packaged_gguf("smollm2-135m"))
    rows = {"A runner, JSON lines on a Unix socket": asyncio.run(runner_channel(args, gguf))}
    if (args.venv / "bin" / "python").exists():
        rows["B llama_cpp.server, SSE on loopback"] = asyncio.run(server_channel(args, gguf, args.venv))
    else:
        print(f"(no {args.venv}: run benchmarks/embedded/setup_llama_server.sh for channel B)")
    print(f"{args.tokens} tokens, {args.threads} threads, n_ctx {args.n_ctx}, median of {args.reps}")
    for name, r in rows.items():
        print(f"{name:40s} RSS {r['rss_mib']:6.1f} MiB  {r['tok_s']:6.1f} tok/s  "
              f"abandon -> next token {r['abandon_to_next_ms']:7.0f} ms (max {r['abandon_to_next_max_ms']:.0f})")


if __name__ == "__main__":
    main()
