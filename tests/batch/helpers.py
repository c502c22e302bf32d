"""Shared by the batch tests: a synthetic corpus as {"id", "text"} JSONL, and reading outputs."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from tests.privacy.corpus import generate

ROOT = Path(__file__).resolve().parents[2]


def write_corpus(path: Path, n: int, seed: int = 19) -> list[dict[str, Any]]:
    rows = [{"id": f"note-{i:05d}", "text": note.text} for i, note in enumerate(generate(n, seed=seed))]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return rows


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(x) for x in path.read_text().splitlines()]


def journal_lines(out: Path) -> int:
    parts = Path(f"{out}.parts")
    return sum(p.read_bytes().count(b"\n") for p in parts.glob("*.jsonl")) if parts.exists() else 0


def medgate(*args: str, env: dict[str, str] | None = None) -> subprocess.Popen[str]:
    """`medgate ...` in its own process group (so a kill takes every process it started)."""
    return subprocess.Popen([sys.executable, "-m", "medgate.cli", *args], cwd=ROOT, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True,
                            env={**os.environ, **(env or {})})


def kill_when(proc: subprocess.Popen[str], out: Path, at_least: int, limit_s: float) -> int:
    """SIGKILL the process group once the journal holds `at_least` lines; returns how many it held."""
    deadline = time.monotonic() + limit_s
    while journal_lines(out) < at_least:
        assert proc.poll() is None, f"finished before it could be killed: {proc.communicate()}"
        assert time.monotonic() < deadline, "no progress to kill"
        time.sleep(0.05)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait(10)
    return journal_lines(out)
