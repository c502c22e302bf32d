"""Gateway benchmark: direct vs medgate vs LiteLLM on one fake upstream, side by side in one run.

    .venv/bin/python benchmarks/gateway/run.py                 # default: 2 reps x 4 tests x 6 s
    .venv/bin/python benchmarks/gateway/run.py --quick         # ~1 minute smoke run
    .venv/bin/python benchmarks/gateway/run.py --profile 8     # + py-spy of medgate under c=16

Layout (2-core rig of shared/research/litellm-overhead.md): the fake upstream, the load generator and
this orchestrator on CPU 0; the proxy under test alone on CPU 1, one proxy loaded at a time. For each
repetition the targets run in rotated order (direct → medgate → litellm, then medgate → litellm →
direct, ...); each target runs the four tests, waiting for idle before each. CPU per request is the
proxy's utime+stime (from /proc) over a test divided by every request in it, warm-up included.
Results go to benchmarks/results/gateway-<time>.json. Every process started here is stopped at the
end, on Ctrl-C and on errors.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import math
import os
import platform
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from types import FrameType
from typing import Any

import drivers
import profiling
import report
from procs import Proc, StartError, cpu_busy_seconds, cpu_seconds, rss_mib, wait_idle
from targets import Running, start_litellm, start_medgate, start_upstream

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
TESTS: dict[str, dict[str, Any]] = {
    "ns_c1": {"stream": False, "concurrency": 1},
    "ns_c16": {"stream": False, "concurrency": 16},
    "st_c1": {"stream": True, "concurrency": 1},
    "st_c16": {"stream": True, "concurrency": 16},
}


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reps", type=int, default=2)
    parser.add_argument(
        "--duration", type=float, default=6.0, help="seconds per test (measured part)"
    )
    parser.add_argument("--quick", action="store_true", help="smoke run: 1 rep, 2 s per test")
    parser.add_argument("--tests", default=",".join(TESTS), help=f"comma list of {','.join(TESTS)}")
    parser.add_argument(
        "--targets",
        default="direct,medgate,litellm",
        help="comma list of direct, medgate, medgate-gov (keys, budget, 2-deployment routing), "
        "medgate-base (--baseline-ref's code), litellm",
    )
    parser.add_argument(
        "--baseline-ref",
        default="main",
        help="git ref whose src/ the medgate-base target runs (before/after in one run)",
    )
    parser.add_argument("--litellm-venv", default=str(REPO / "benchmarks" / ".venv-litellm"))
    parser.add_argument("--medgate-bin", default=str(REPO / ".venv" / "bin" / "medgate"))
    parser.add_argument(
        "--python",
        default=sys.executable,
        help="interpreter with uvicorn, uvloop, httptools, orjson (upstream and load.py)",
    )
    parser.add_argument(
        "--load",
        choices=["auto", "python", "wrk"],
        default="auto",
        help="driver for the c=16 tests (c=1 always uses load.py); auto = wrk if installed",
    )
    parser.add_argument("--warmup", type=int, default=50)
    parser.add_argument(
        "--profile",
        type=float,
        default=0.0,
        help="seconds of py-spy on medgate under c=16 (non-stream and stream); 0 = off",
    )
    parser.add_argument("--native", action="store_true", help="py-spy --native")
    parser.add_argument("--out", default=str(REPO / "benchmarks" / "results"))
    args = parser.parse_args(argv)
    if args.quick:
        args.reps, args.duration = 1, 2.0
    if args.reps < 1 or not 0.5 <= args.duration <= 120:
        parser.error("--reps must be ≥ 1 and --duration within 0.5–120 s")
    unknown = set(args.tests.split(",")) - set(TESTS)
    if unknown:
        parser.error(f"unknown tests: {', '.join(sorted(unknown))}")
    return args


def machine() -> str:
    model = ""
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    return f"{os.cpu_count()} CPUs, {model}, Python {platform.python_version()}"


def litellm_version(venv: Path) -> str:
    done = subprocess.run(
        [
            str(venv / "bin" / "python"),
            "-c",
            "import importlib.metadata as m; print(m.version('litellm'))",
        ],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    return done.stdout.strip() or "?"


def rotated(targets: list[str], rep: int) -> list[str]:
    k = rep % len(targets)
    return targets[k:] + targets[:k]


class Bench:
    """Holds every process this run starts, so `close` can stop all of them."""

    def __init__(self, args: argparse.Namespace, workdir: Path) -> None:
        self.args = args
        self.workdir = workdir
        self.upstream: Proc | None = None
        self.upstream_port = 0
        self.running: Running | None = None
        self.records: list[dict[str, Any]] = []
        self.startups: list[dict[str, Any]] = []
        self.notes: list[str] = []

    def close(self) -> None:
        if self.running is not None:
            self.running.stop()
            self.running = None
        if self.upstream is not None:
            self.upstream.stop()
            self.upstream = None

    def start(self, name: str) -> Running:
        if name == "direct":
            return Running("direct", self.upstream_port, "fake-model")
        if name in ("medgate", "medgate-gov", "medgate-base"):
            return start_medgate(self.args.medgate_bin, self.workdir, self.upstream_port, name,
                                 self.baseline_src())
        return start_litellm(Path(self.args.litellm_venv), self.workdir, self.upstream_port)

    def baseline_src(self) -> Path:
        """The baseline's src/, extracted once from git (no checkout, no second venv)."""
        out = self.workdir / "baseline"
        if not out.exists():
            out.mkdir()
            archive = subprocess.run(["git", "-C", str(REPO), "archive", self.args.baseline_ref, "src"],
                                     capture_output=True, check=True, timeout=120).stdout
            subprocess.run(["tar", "-x", "-C", str(out)], input=archive, check=True, timeout=120)
        return out / "src"

    def driver_for(self, concurrency: int) -> str:
        if concurrency == 1 or self.args.load == "python":
            return "python"
        if self.args.load == "wrk" or drivers.wrk_available():
            return "wrk"
        return "python"

    def one_test(self, rep: int, target: Running, test: str) -> dict[str, Any]:
        spec = TESTS[test]
        assert self.upstream is not None
        watched = [self.upstream.pid] + ([target.proc.pid] if target.proc else [])
        idle = wait_idle(watched)
        measured = target.proc.pid if target.proc else self.upstream.pid
        cpu0, up0, t0 = cpu_seconds([measured]), cpu_seconds([self.upstream.pid]), time.monotonic()
        busy0 = cpu_busy_seconds(1)
        driver = self.driver_for(spec["concurrency"])
        result = drivers.run_load(
            driver,
            target.port,
            target.model,
            concurrency=spec["concurrency"],
            duration=self.args.duration,
            stream=spec["stream"],
            warmup=self.args.warmup,
            auth=target.auth,
            python=self.args.python,
        )
        wall = time.monotonic() - t0
        cpu = cpu_seconds([measured]) - cpu0
        up_cpu = cpu_seconds([self.upstream.pid]) - up0
        # CPU 1 should hold only the proxy: anything else busy there (other jobs) skews the result.
        foreign = (cpu_busy_seconds(1) - busy0 - (cpu if target.proc else 0.0)) / wall
        total = result.get("requests", 0) + result.get("warmup", 0) + result.get("errors", 0)
        record = {
            "rep": rep,
            "target": target.name,
            "test": test,
            "driver": driver,
            "result": result,
            "idle_wait_s": idle,
            "wall_s": wall,
            "proxy_cpu_s": cpu if target.proc else math.nan,
            "cpu_ms_per_req": cpu / total * 1000 if total and target.proc else math.nan,
            "upstream_cpu_ms_per_req": up_cpu / total * 1000 if total else math.nan,
            "cpu1_foreign_share": foreign,
        }
        if target.proc is not None and not target.proc.alive():
            result["errors"] = max(1, result.get("errors", 0))
            result["first_error"] = f"{target.name} died: {target.proc.log_tail(8)}"
        rps = result.get("rps", 0.0)
        lat = result.get("latency_ms", {})
        print(
            f"  rep {rep} {target.name:12s} {test:7s} [{driver:6s}] {rps:10.1f}/s  p50 {lat.get('p50', math.nan):8.3f}"
            f" ms  p99 {lat.get('p99', math.nan):8.3f} ms  cpu {record['cpu_ms_per_req']:.3f} ms/req"
            f"  errors {result.get('errors', 0)}  cpu1 other {100 * foreign:.0f}%",
            flush=True,
        )
        return record

    def run(self) -> None:
        args = self.args
        self.upstream, self.upstream_port = start_upstream(args.python, self.workdir)
        wanted = [t for t in args.targets.split(",") if t]
        targets = [t for t in ("direct", "medgate-base", "medgate", "medgate-gov", "litellm") if t in wanted]
        if "litellm" in targets and not (Path(args.litellm_venv) / "bin" / "litellm").exists():
            targets.remove("litellm")
            self.notes.append(
                f"LiteLLM skipped: no venv at {args.litellm_venv} (run setup_litellm.sh)"
            )
        tests = args.tests.split(",")
        for rep in range(args.reps):
            for name in rotated(targets, rep):
                print(f"rep {rep}: starting {name}", flush=True)
                try:
                    self.running = self.start(name)
                except StartError as exc:
                    last = [line for line in str(exc).splitlines() if line.strip()][-1:]
                    self.notes.append(
                        f"rep {rep}: {name} did not start: {last[0][:300] if last else exc}"
                    )
                    print(f"  {name} did not start:\n{exc}", file=sys.stderr, flush=True)
                    self.records.append(
                        {
                            "rep": rep,
                            "target": name,
                            "test": "start",
                            "driver": "-",
                            "result": {"errors": 1, "first_error": str(exc)[-2000:]},
                        }
                    )
                    continue
                for test in tests:
                    self.records.append(self.one_test(rep, self.running, test))
                if self.running.proc is not None:
                    self.startups.append(
                        {
                            "target": name,
                            "rep": rep,
                            **self.running.startup,
                            "rss_after_mib": rss_mib(self.running.proc.pid),
                        }
                    )
                self.running.stop()
                self.running = None

    def profile(self, seconds: float) -> dict[str, Any]:
        spy = profiling.find_py_spy(Path(self.args.litellm_venv))
        if spy is None:
            self.notes.append("profile skipped: py-spy not found (setup_litellm.sh installs it)")
            return {}
        out: dict[str, Any] = {}
        self.running = start_medgate(self.args.medgate_bin, self.workdir, self.upstream_port)
        try:
            for stream in (False, True):
                assert self.running.proc is not None and self.upstream is not None
                wait_idle([self.upstream.pid, self.running.proc.pid])
                key = "stream_c16" if stream else "nonstream_c16"
                out[key] = profiling.record(
                    spy,
                    self.running,
                    self.workdir / f"pyspy-{key}.txt",
                    seconds,
                    stream=stream,
                    native=self.args.native,
                    driver=self.driver_for(16),
                    python=self.args.python,
                )
        finally:
            self.running.stop()
            self.running = None
        return out


def _raise_interrupt(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt(f"signal {signum}")


@contextlib.contextmanager
def workspace() -> Iterator[Path]:
    path = Path(tempfile.mkdtemp(prefix="medgate-gwbench-"))
    try:
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    signal.signal(signal.SIGTERM, _raise_interrupt)
    with contextlib.suppress(OSError, AttributeError):
        os.sched_setaffinity(0, {0})
    started = dt.datetime.now(dt.UTC)
    with workspace() as workdir:
        bench = Bench(args, workdir)
        profile: dict[str, Any] = {}
        try:
            bench.run()
            if args.profile > 0 and "medgate" in args.targets:
                try:
                    profile = bench.profile(args.profile)
                except StartError as exc:
                    bench.notes.append(f"profile skipped: medgate did not start ({str(exc)[:200]})")
        except KeyboardInterrupt:
            print("interrupted; stopping every process started here", file=sys.stderr)
            return 130
        finally:
            bench.close()
        tools = {r["driver"] for r in bench.records if r.get("driver") not in (None, "-")}
        load_tools = "load.py (c=1)" + (
            ", wrk -t1 (c=16)" if "wrk" in tools else ", load.py (c=16)"
        )
        meta = {
            "reps": args.reps,
            "duration": args.duration,
            "load_tools": load_tools,
            "machine": machine(),
            "startups": bench.startups,
            "notes": bench.notes,
        }
        contended = [
            f"{r['target']}/{r['test']}/rep{r['rep']} {100 * r['cpu1_foreign_share']:.0f}%"
            for r in bench.records
            if r.get("cpu1_foreign_share", 0.0) > 0.05
        ]
        if contended:
            bench.notes.append(
                "CPU 1 was busy with other processes (share of wall time, >5%): "
                + ", ".join(contended[:8])
                + " — rerun on a quiet machine"
            )
        text, summary = report.table(bench.records, meta)
        print()
        print(text)
        if profile:
            print()
            print(profiling.render(profile))
    out_dir = Path(args.out)
    out_dir.mkdir(parents=True, exist_ok=True)
    out = out_dir / f"gateway-{started.strftime('%Y%m%dT%H%M%SZ')}.json"
    venv = Path(args.litellm_venv)
    payload = {
        "started": started.isoformat(),
        "argv": sys.argv,
        "meta": meta,
        "summary": summary,
        "records": bench.records,
        "profile": profile,
        "table": text,
        "versions": {
            "litellm": litellm_version(venv) if (venv / "bin" / "python").exists() else None,
            "python": platform.python_version(),
        },
    }
    out.write_text(json.dumps(payload, indent=1, default=str, allow_nan=True))
    print(f"\nresults: {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
