"""One real generation in a child process: does llama.cpp run on this machine?

`install.sh` and `medgate doctor` use it. The child (`python -m medgate.engines.runner --probe`)
loads the model, generates one token and prints one JSON line; a build that uses an instruction
this CPU lacks or does not grant dies there with a signal, and the caller says so with the fix.
"""

from __future__ import annotations

import subprocess
import sys
import time
from dataclasses import dataclass, field
from typing import Any

import orjson

from medgate.engines.runner.spawn import REBUILD_HINT, describe_exit, runner_env


@dataclass(frozen=True)
class ProbeResult:
    ok: bool
    info: dict[str, Any] = field(default_factory=dict)  # version, system_info, load_s, generate_s
    error: str | None = None


def probe_in_child(gguf: str, *, timeout_s: float = 120.0, threads: int = 1) -> ProbeResult:
    argv = [sys.executable, "-m", "medgate.engines.runner", "--probe", "--gguf", gguf,
            "--threads", str(threads), "--n-ctx", "512"]
    try:
        proc = subprocess.run(argv, capture_output=True, timeout=timeout_s, check=False, env=runner_env())
    except subprocess.TimeoutExpired:
        return ProbeResult(False, error=f"no token within {timeout_s:.0f} s")
    lines = proc.stdout.decode("utf-8", "replace").strip().splitlines()
    if proc.returncode == 0 and lines:
        try:
            return ProbeResult(True, info=orjson.loads(lines[-1]))
        except orjson.JSONDecodeError:
            pass
    tail = " | ".join(proc.stderr.decode("utf-8", "replace").strip().splitlines()[-3:])
    hint = f" — {REBUILD_HINT}" if proc.returncode < 0 else ""
    return ProbeResult(False, error=f"{describe_exit(proc.returncode)}: {tail or 'no output'}{hint}")


def probe_here(gguf: str, *, threads: int) -> dict[str, Any]:
    """The child's side: load, generate one token, report."""
    from medgate.engines.runner.model import Model

    started = time.perf_counter()
    model = Model(gguf, n_ctx=512, threads=threads)
    loaded = time.perf_counter()
    out = model.llama.create_chat_completion(messages=[{"role": "user", "content": "Hi"}], max_tokens=1,
                                             temperature=0)
    done = time.perf_counter()
    return {"ok": True, "version": model.version(), "system_info": model.system_info(),
            "load_s": round(loaded - started, 3), "generate_s": round(done - loaded, 3),
            "text": out["choices"][0]["message"]["content"]}
