"""Check this installation: versions, CPU features (the build's vs this CPU's), model files, the
configuration, the learned artefacts in the cache (current, loadable), and whether each configured
deployment answers (bounded timeouts).

Exit status 0 when nothing failed, 1 otherwise.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from dataclasses import asdict

import orjson

from medgate.diagnostics import Finding, run_all

MARKS = {"ok": "ok  ", "info": "    ", "warn": "warn", "fail": "FAIL"}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--config", help="YAML config (default: $MEDGATE_CONFIG, else built-in defaults)")
    parser.add_argument("--timeout", type=float, default=5.0,
                        help="seconds to wait for each HTTP deployment (default 5)")
    parser.add_argument("--format", choices=("text", "json"), default="text")


def run(args: argparse.Namespace) -> int:
    findings = asyncio.run(run_all(args.config, timeout_s=args.timeout))
    if args.format == "json":
        sys.stdout.write(orjson.dumps([asdict(f) for f in findings], option=orjson.OPT_INDENT_2).decode() + "\n")
    else:
        print(render(findings))
    return 1 if any(f.status == "fail" for f in findings) else 0


def render(findings: list[Finding]) -> str:
    lines: list[str] = []
    section = None
    for f in findings:
        if f.section != section:
            section = f.section
            lines.append(f"{section}:" if not lines else f"\n{section}:")
        lines.append(f"  {MARKS[f.status]} {f.subject}: {f.detail}")
    failed = sum(f.status == "fail" for f in findings)
    lines.append(f"\n{failed} problem(s) found." if failed else "\nNo problems found.")
    return "\n".join(lines)
