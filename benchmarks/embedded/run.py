"""Embedded model: raw llama-cpp-python vs the same GGUF through `medgate serve`, in one run.

    .venv/bin/python benchmarks/embedded/run.py [--tokens 256] [--reps 3] [--threads 2]

Both sides generate exactly `--tokens` tokens (end-of-text banned with logit_bias, temperature 0)
from the same prompt, model file, thread count and context size; raw runs in its own process, the
gateway side is a real `medgate serve` (runner process) streamed over HTTP; both get the runner's
environment (OpenMP threads that sleep when waiting, engines/runner/spawn.py). Runs alternate
raw/gateway so machine noise lands on both. Also printed: the gateway's and the runner's RSS,
and how long after a client abandons a stream the engine starts the next request.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

from medgate.config import default_embedded_threads
from medgate.engines.runner.spawn import runner_env

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "gateway"))
from procs import Proc, free_port, rss_mib, tree

REPO = Path(__file__).resolve().parents[2]
PROMPT = [{"role": "user", "content": "Count from one to one thousand in words."}]
ENDLESS = {"logit_bias": {"2": -100, "0": -100}, "temperature": 0}

RAW = """
import json, sys, time
import llama_cpp
from medgate.engines.embedded import packaged_gguf
args = json.loads(sys.argv[1])
llama = llama_cpp.Llama(model_path=str(packaged_gguf("smollm2-135m")), n_ctx=args["n_ctx"],
                        n_threads=args["threads"], verbose=False)
bias = {int(k): v for k, v in args["logit_bias"].items()}
for _ in range(args["reps"] + 1):  # the first is a warm-up
    sys.stdin.readline()  # go
    started = time.perf_counter()
    n = 0
    for chunk in llama.create_chat_completion(messages=args["messages"], max_tokens=args["tokens"],
                                              temperature=0, logit_bias=bias, stream=True):
        if chunk["choices"] and chunk["choices"][0]["delta"].get("content"):
            n += 1
    print(json.dumps({"tokens": n, "seconds": time.perf_counter() - started}), flush=True)
"""


def own_rss_mib(pid: int) -> float:
    """One process's resident set, children not included."""
    return int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def own_cpu_s(pid: int) -> float:
    """One process's utime + stime, children not included."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def stream(port: int, tokens: int, *, abandon_after_first: bool = False) -> tuple[int, float, float]:
    """(completion tokens, seconds to the end, perf_counter() at the first token) for one stream."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=600)
    body = {"model": "local", "stream": True, "max_tokens": tokens, "messages": PROMPT,
            "stream_options": {"include_usage": True}, **ENDLESS}
    started = time.perf_counter()
    conn.request("POST", "/v1/chat/completions", body=json.dumps(body), headers={"content-type": "application/json"})
    resp = conn.getresponse()
    first, n = 0.0, 0
    while line := resp.readline():
        if not line.startswith(b"data: {"):
            continue
        event = json.loads(line[6:])
        if event.get("choices") and event["choices"][0]["delta"].get("content"):
            first = first or time.perf_counter()
            if abandon_after_first:
                conn.sock.close()
                conn.close()
                return 1, 0.0, first
        if event.get("usage"):
            n = event["usage"]["completion_tokens"]
    conn.close()
    return n, time.perf_counter() - started, first


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--tokens", type=int, default=256)
    p.add_argument("--reps", type=int, default=3)
    p.add_argument("--threads", type=int, default=default_embedded_threads(), help="default: medgate's")
    p.add_argument("--n-ctx", type=int, default=2048)
    args = p.parse_args()
    medgate = Path(sys.executable).parent / "medgate"

    with tempfile.TemporaryDirectory() as tmp:
        config = Path(tmp) / "medgate.yaml"
        config.write_text(yaml.safe_dump({
            "models": [{"alias": "local", "deployments": [{"embedded": "smollm2-135m", "keep_alive": -1}]}],
            "embedded": {"threads": args.threads, "n_ctx": args.n_ctx},
            "audit": {"url": f"sqlite:///{tmp}/audit.sqlite"},
        }))
        port = free_port()
        gateway = Proc("medgate", [str(medgate), "serve", "--config", str(config), "--port", str(port),
                        "--log-level", "warning"], log=Path(tmp) / "serve.log")
        raw = subprocess.Popen([sys.executable, "-c", RAW, json.dumps({
            "n_ctx": args.n_ctx, "threads": args.threads, "reps": args.reps, "tokens": args.tokens,
            "messages": PROMPT, "logit_bias": ENDLESS["logit_bias"]})],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=runner_env())  # same OpenMP settings
        assert raw.stdin is not None and raw.stdout is not None
        try:
            gateway.wait_http(port, "/health", timeout=120)
            time.sleep(3)  # the runner loads meanwhile, in its own process
            idle_rss = own_rss_mib(gateway.pid)
            stream(port, 8)  # runner loaded and warm
            raw.stdin.write("go\n")
            raw.stdin.flush()
            json.loads(raw.stdout.readline())  # warm-up
            runner = [pid for pid in tree(gateway.pid) if pid != gateway.pid]
            raw_tps, gw_tps = [], []
            raw_cpu = gw_cpu = runner_cpu = 0.0
            raw_tokens = gw_tokens = 0
            for _ in range(args.reps):
                before = own_cpu_s(raw.pid)
                raw.stdin.write("go\n")
                raw.stdin.flush()
                r = json.loads(raw.stdout.readline())
                raw_cpu += own_cpu_s(raw.pid) - before
                raw_tokens += r["tokens"]
                raw_tps.append(r["tokens"] / r["seconds"])
                before, before_runner = own_cpu_s(gateway.pid), sum(own_cpu_s(p) for p in runner)
                n, seconds, _ = stream(port, args.tokens)
                gw_cpu += own_cpu_s(gateway.pid) - before
                runner_cpu += sum(own_cpu_s(p) for p in runner) - before_runner
                gw_tokens += n
                gw_tps.append(n / seconds)
                print(f"  rep: raw {raw_tps[-1]:.1f} tok/s, gateway {gw_tps[-1]:.1f} tok/s", flush=True)
            cancel = []
            for _ in range(3):
                stream(port, 4000, abandon_after_first=True)
                left = time.perf_counter()
                _, _, first = stream(port, 1)
                cancel.append(first - left)  # client gone → the next request's first token
            print(f"model SmolLM2-135M Q4_1, {args.tokens} tokens, {args.threads} threads, n_ctx {args.n_ctx}, "
                  f"{args.reps} reps (median, min-max)")
            print(f"raw llama-cpp-python   {statistics.median(raw_tps):7.1f} tok/s  ({min(raw_tps):.1f}-{max(raw_tps):.1f})")
            print(f"through medgate serve  {statistics.median(gw_tps):7.1f} tok/s  ({min(gw_tps):.1f}-{max(gw_tps):.1f})")
            ratios = [g / r for g, r in zip(gw_tps, raw_tps, strict=True)]
            print(f"gateway / raw          {statistics.median(ratios):7.3f}        ({min(ratios):.3f}-{max(ratios):.3f})")
            print(f"gateway RSS            {idle_rss:7.1f} MiB at start (model in the runner), "
                  f"{own_rss_mib(gateway.pid):.1f} MiB after the runs")
            print(f"CPU per token          raw {raw_cpu / raw_tokens * 1000:.2f} ms, runner {runner_cpu / gw_tokens * 1000:.2f} ms, "
                  f"gateway relay {gw_cpu / gw_tokens * 1000:.2f} ms")
            print(f"runner RSS             {sum(rss_mib(r) for r in runner):7.1f} MiB (model loaded)")
            print(f"abandon -> next token  {statistics.median(cancel) * 1000:7.0f} ms (max {max(cancel) * 1000:.0f})")
        finally:
            raw.kill()
            gateway.stop()


if __name__ == "__main__":
    main()
