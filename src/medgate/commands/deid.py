"""De-identify clinical notes (surrogate, mask or redact) from a file or stdin.

Every document is de-identified on its own: a plain-text input holds one document, or several
separated by form feeds; with --jsonl every line is one `{"id", "text"}` document. Output keeps
the input's order and its separators; with --format json (and always with --jsonl) every
document is one JSON line. A malformed JSONL line is reported (stderr, and an "error" line in
its place) and the others are still written; the exit status is then 1.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from medgate.errors import MedgateError
from medgate.privacy.api import result_json
from medgate.privacy.deidentify import DOCUMENT_SEPARATOR, MODES, Mode, deidentify
from medgate.privacy.detect import POLICIES, Policy


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", help="notes to de-identify, or - for stdin")
    parser.add_argument("--mode", choices=MODES, default="surrogate")
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.add_argument(
        "--policy", choices=POLICIES, default="strict",
        help="strict (default): also mask unknown words where a name or place stands; "
        "standard: the rules only",
    )  # fmt: skip
    parser.add_argument(
        "--jsonl", action="store_true", help='input is JSON lines of {"id", "text"}'
    )
    parser.add_argument("--config", help="YAML config (its audit.url gets this command's record)")


def run(args: argparse.Namespace) -> int:
    try:
        text = sys.stdin.read() if args.file == "-" else Path(args.file).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        print(f"medgate: error: cannot read {args.file}: {exc.__class__.__name__}", file=sys.stderr)
        return 2
    mode: Mode = args.mode
    policy: Policy = args.policy
    started = time.perf_counter()
    counts: Counter[str] = Counter()
    if args.jsonl:
        code = _run_jsonl(text, mode, policy, counts)
        _audit(args, counts, code, started)
        return code
    outputs: list[str] = []
    try:
        for doc in text.split(DOCUMENT_SEPARATOR):
            result = deidentify(doc, mode, policy=policy)
            counts.update(str(e.type) for e in result.entities)
            if args.format == "json":
                outputs.append(json.dumps(result_json(result), ensure_ascii=False) + "\n")
            else:
                outputs.append(result.text)
    except MedgateError as exc:
        print(f"medgate: error: {exc.message}", file=sys.stderr)
        _audit(args, counts, 1, started, exc.code)
        return 1
    sys.stdout.write(("" if args.format == "json" else DOCUMENT_SEPARATOR).join(outputs))
    _audit(args, counts, 0, started)
    return 0


def _audit(args: argparse.Namespace, counts: Counter[str], code: int, started: float,
           error: str | None = None) -> None:
    """One record for the command: PHI counts by type, never the text."""
    from medgate.commands._audit import audit_command
    from medgate.config import load_config

    audit_command(load_config(args.config), {
        "kind": "deid", "route": "cli:deid", "status": "ok" if code == 0 else "error", "error": error,
        "mode": args.mode, "phi": {"policy": args.policy, "replaced": dict(sorted(counts.items()))},
        "latency_ms": round((time.perf_counter() - started) * 1000, 3)})


def _run_jsonl(text: str, mode: Mode, policy: Policy, counts: Counter[str]) -> int:
    failed = 0
    for line_no, doc_id, doc, error in _jsonl_documents(text):
        out: dict[str, Any] = {"id": doc_id}
        if error is None:
            try:
                result = deidentify(doc, mode, policy=policy)
                counts.update(str(e.type) for e in result.entities)
                out.update(result_json(result))
            except MedgateError as exc:
                error = exc.message
        if error is not None:
            failed += 1
            out = {"id": doc_id, "line": line_no, "error": error}
            print(f"medgate: error: line {line_no}: {error}", file=sys.stderr)
        sys.stdout.write(json.dumps(out, ensure_ascii=False) + "\n")
    return 1 if failed else 0


def _jsonl_documents(text: str) -> Iterator[tuple[int, Any, str, str | None]]:
    """(line number, id, text, error) for every non-blank line."""
    for line_no, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield line_no, None, "", f"not JSON ({exc.msg})"
            continue
        if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
            doc_id = obj.get("id") if isinstance(obj, dict) else None
            yield line_no, doc_id, "", 'expected an object {"id", "text"} with a string text'
            continue
        yield line_no, obj.get("id", line_no), obj["text"], None
