"""The two load drivers run.py can use: load.py (pure Python) and wrk (if installed).

Both return the same dict shape: tool, requests, errors, warmup, rps, latency_ms {p50,p90,p99},
first_event_ms (streams, load.py only), first_error.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
CPU_LOAD = "0"  # the load generator shares CPU 0 with the upstream; the proxy is alone on CPU 1


def wrk_available() -> bool:
    return shutil.which("wrk") is not None and shutil.which("taskset") is not None


def run_python(
    python: str,
    port: int,
    model: str,
    *,
    concurrency: int,
    duration: float,
    stream: bool,
    warmup: int,
    auth: str | None,
) -> dict[str, Any]:
    argv = [
        "taskset",
        "-c",
        CPU_LOAD,
        python,
        str(HERE / "load.py"),
        "--port",
        str(port),
        "--model",
        model,
        "--concurrency",
        str(concurrency),
        "--duration",
        str(duration),
        "--warmup",
        str(warmup),
        "--json",
    ]
    if stream:
        argv.append("--stream")
    if auth:
        argv += ["--auth", auth]
    done = subprocess.run(argv, capture_output=True, text=True, timeout=duration + 40, check=False)
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if not lines:
        return {
            "tool": "python-load",
            "requests": 0,
            "errors": 1,
            "warmup": 0,
            "rps": 0.0,
            "latency_ms": {},
            "first_error": f"load.py rc={done.returncode}: {done.stderr[-400:]}",
        }
    result: dict[str, Any] = json.loads(lines[-1])
    return result


_MS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0}


def _ms(text: str) -> float:
    match = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text.strip())
    return float(match.group(1)) * _MS[match.group(2)] if match else float("nan")


def parse_wrk(out: str) -> dict[str, Any]:
    count = re.search(r"(\d+) requests in", out)
    requests = int(count.group(1)) if count else 0
    rps_match = re.search(r"Requests/sec:\s+([\d.]+)", out)
    non2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", out)
    sock = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    errors = (int(non2xx.group(1)) if non2xx else 0) + (
        sum(int(g) for g in sock.groups()) if sock else 0
    )
    latency = {}
    for pct, key in (("50", "p50"), ("90", "p90"), ("99", "p99")):
        found = re.search(rf"^\s+{pct}%\s+(\S+)", out, re.MULTILINE)
        latency[key] = _ms(found.group(1)) if found else float("nan")
    return {
        "tool": "wrk",
        "requests": requests - (int(non2xx.group(1)) if non2xx else 0),
        "errors": errors,
        "warmup": 0,
        "rps": float(rps_match.group(1)) if rps_match else 0.0,
        "latency_ms": latency,
        "first_error": ""
        if not errors
        else f"wrk: {non2xx.group(0) if non2xx else ''} {sock.group(0) if sock else ''}".strip(),
    }


def run_wrk(
    port: int, model: str, *, concurrency: int, duration: float, stream: bool, auth: str | None
) -> dict[str, Any]:
    seconds = max(1, round(duration))
    argv = [
        "taskset",
        "-c",
        CPU_LOAD,
        "wrk",
        "-t1",
        f"-c{concurrency}",
        f"-d{seconds}s",
        "--timeout",
        "10s",
        "--latency",
        "-s",
        str(HERE / "post.lua"),
        f"http://127.0.0.1:{port}/v1/chat/completions",
    ]
    env = dict(
        os.environ, BENCH_MODEL=model, BENCH_STREAM="1" if stream else "0", BENCH_AUTH=auth or ""
    )
    done = subprocess.run(
        argv, capture_output=True, text=True, timeout=seconds + 40, env=env, check=False
    )
    result = parse_wrk(done.stdout)
    if done.returncode != 0 or not result["requests"]:
        result["errors"] = max(1, result["errors"])
        result["first_error"] = (
            f"wrk rc={done.returncode}: {done.stderr[-300:]} {done.stdout[-300:]}"
        )
    return result


def run_load(
    driver: str,
    port: int,
    model: str,
    *,
    concurrency: int,
    duration: float,
    stream: bool,
    warmup: int,
    auth: str | None,
    python: str = sys.executable,
) -> dict[str, Any]:
    if driver == "wrk":
        return run_wrk(
            port, model, concurrency=concurrency, duration=duration, stream=stream, auth=auth
        )
    return run_python(
        python,
        port,
        model,
        concurrency=concurrency,
        duration=duration,
        stream=stream,
        warmup=warmup,
        auth=auth,
    )
