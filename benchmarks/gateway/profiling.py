"""py-spy profile of a running proxy under c=16 load: top functions by self and by total samples."""

from __future__ import annotations

import re
import shutil
import subprocess
import time
from collections import Counter
from pathlib import Path
from typing import Any

import drivers
from targets import Running


def find_py_spy(venv: Path) -> str | None:
    local = venv / "bin" / "py-spy"
    return str(local) if local.exists() else shutil.which("py-spy")


def _package(frame: str) -> str:
    """'func (path/to/pkg/mod.py)' -> a short package label."""
    match = re.search(r"\(([^()]*)\)\s*$", frame)
    path = match.group(1) if match else ""
    for marker in ("site-packages/", "lib/python3"):
        if marker in path:
            path = path.split(marker, 1)[1]
            break
    if "/src/medgate/" in path or path.startswith("medgate/"):
        return "medgate"
    if path.startswith(".") or not path:
        return "native/other"
    head = path.split("/", 1)[0]
    return "stdlib" if head.endswith(".py") or head.startswith(".") else head


# Frames every request passes through; left out of the inclusive medgate list.
ENTRY_FRAMES = ("<module> ", "main (", "run (", "MedgateASGI.__call__ ")


def _thread_label(thread: str, frames: list[str]) -> str:
    """Name a thread by its entry frame (py-spy gives only an id): the main thread or its target."""
    if frames[0].startswith("<module> "):
        return "main thread"
    for frame in frames:
        if "threading.py" not in frame and "concurrent/futures" not in frame:
            return frame.split(" (", 1)[0] + " thread"
    return frames[-1].split(" (", 1)[0] + " thread" if frames else thread or "?"


def summarise(raw: str, top: int = 10) -> dict[str, Any]:
    own: Counter[str] = Counter()
    total: Counter[str] = Counter()
    packages: Counter[str] = Counter()
    threads: Counter[str] = Counter()
    samples = 0
    for line in raw.splitlines():
        stack, _, count_text = line.rpartition(" ")
        if not stack or not count_text.isdigit():
            continue
        count = int(count_text)
        parts = [f for f in stack.split(";") if f]
        thread = next((f for f in parts if f.startswith("thread ")), "")
        frames = [f for f in parts if not f.startswith(("process ", "thread "))]
        if not frames:
            continue
        samples += count
        threads[_thread_label(thread, frames)] += count
        own[frames[-1]] += count
        packages[_package(frames[-1])] += count
        for frame in set(frames):
            if _package(frame) == "medgate" and not frame.startswith(ENTRY_FRAMES):
                total[frame] += count

    def pct(counter: Counter[str]) -> list[tuple[str, int, float]]:
        return (
            [(name, n, 100.0 * n / samples) for name, n in counter.most_common(top)]
            if samples
            else []
        )

    return {
        "samples": samples,
        "top_self": pct(own),
        "top_total_medgate": pct(total),
        "by_package": pct(packages),
        "by_thread": pct(threads),
    }


def record(
    spy: str,
    target: Running,
    out: Path,
    seconds: float,
    *,
    stream: bool,
    native: bool,
    driver: str,
    python: str,
) -> dict[str, Any]:
    assert target.proc is not None
    argv = [
        "taskset",
        "-c",
        "0",
        spy,
        "record",
        "--pid",
        str(target.proc.pid),
        "--rate",
        "100",
        "--duration",
        str(max(1, round(seconds))),
        "--format",
        "raw",
        "--nolineno",
        "--threads",
        "--output",
        str(out),
    ]
    if native:
        argv.append("--native")
    spy_proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        time.sleep(0.5)
        load = drivers.run_load(
            driver,
            target.port,
            target.model,
            concurrency=16,
            duration=seconds + 1,
            stream=stream,
            warmup=50,
            auth=target.auth,
            python=python,
        )
        log, _ = spy_proc.communicate(timeout=seconds + 60)
    finally:
        if spy_proc.poll() is None:
            spy_proc.kill()
            spy_proc.wait(timeout=10)
    raw = out.read_text() if out.exists() else ""
    result = summarise(raw)
    result["load_rps"] = load.get("rps")
    result["py_spy_log"] = (log or "")[-600:] if not raw else ""
    return result


def render(profile: dict[str, Any]) -> str:
    lines = []
    for key, result in profile.items():
        lines.append(
            f"py-spy, medgate {key} ({result.get('samples', 0)} samples at 100 Hz, "
            f"load {result.get('load_rps') or 0:.0f}/s):"
        )
        if not result.get("samples"):
            lines.append(f"  no samples: {result.get('py_spy_log', '')}")
            continue
        lines.append(
            "  by package of the deepest frame: "
            + ", ".join(f"{name} {share:.0f}%" for name, _, share in result["by_package"])
        )
        lines.append("  top self:")
        lines += [f"    {share:5.1f}%  {name[:110]}" for name, _, share in result["top_self"]]
        lines.append(
            "  by thread: "
            + ", ".join(f"{name} {share:.0f}%" for name, _, share in result["by_thread"])
        )
        lines.append("  top total (inclusive), medgate frames below MedgateASGI.__call__:")
        lines += [
            f"    {share:5.1f}%  {name[:110]}" for name, _, share in result["top_total_medgate"]
        ]
    return "\n".join(lines)
