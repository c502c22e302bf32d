"""De-identify a clinical note (surrogate, mask or redact) from a file or stdin."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from medgate.errors import MedgateError
from medgate.privacy.api import result_json
from medgate.privacy.deidentify import MODES, Mode, deidentify


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", help="note to de-identify, or - for stdin")
    parser.add_argument("--mode", choices=MODES, default="surrogate")
    parser.add_argument("--format", choices=("text", "json"), default="text")


def run(args: argparse.Namespace) -> int:
    try:
        text = sys.stdin.read() if args.file == "-" else Path(args.file).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        print(f"medgate: error: cannot read {args.file}: {exc.__class__.__name__}", file=sys.stderr)
        return 2
    mode: Mode = args.mode
    try:
        result = deidentify(text, mode)
    except MedgateError as exc:
        print(f"medgate: error: {exc.message}", file=sys.stderr)
        return 1
    if args.format == "json":
        print(json.dumps(result_json(result), ensure_ascii=False))
    else:
        sys.stdout.write(result.text)
    return 0
