"""`medgate <command>`: one table names the commands; each lives in medgate/commands/<name>.py."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from medgate.errors import MedgateError

COMMANDS: tuple[tuple[str, str], ...] = (
    ("serve", "run the OpenAI-compatible gateway"),
    ("ask", "ask a configured model one question"),
    ("models", "print the model comparison table"),
    ("recommend", "rank the catalogue for a use case"),
    ("deid", "de-identify clinical text"),
    ("task", "run a clinical task (soap-note, differential, ...)"),
    ("batch", "run a task over every line of a JSONL file, resumably (local or Ray)"),
    ("doctor", "check versions, CPU features, model files, config and deployments"),
    ("eval", "measure models on medical question sets (run, report, compare, publish)"),
    ("keys", "create, list and revoke API keys"),
    ("audit", "verify, export and prune the hash-chained audit trail"),
    ("usage", "tokens and cost by key, alias, deployment and day"),
)


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """Only the chosen command's module is imported (start-up stays fast, and one command's
    dependencies never break another)."""
    parser = argparse.ArgumentParser(prog="medgate", description="Open-weight medical LLMs, safely.")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name, help_text in COMMANDS:
        if name != command:
            sub.add_parser(name, help=help_text)
            continue
        module = importlib.import_module(f"medgate.commands.{name}")
        p = sub.add_parser(name, help=help_text, description=(module.__doc__ or help_text).strip())
        module.add_arguments(p)
        p.set_defaults(_module=module)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    command = next((a for a in argv if not a.startswith("-")), None)
    args = build_parser(command).parse_args(argv)
    try:
        code: int = args._module.run(args)
    except MedgateError as exc:
        print(f"medgate: error: {exc.message}", file=sys.stderr)
        return 2 if exc.http_status() < 500 or exc.code == "config_error" else 1
    except KeyboardInterrupt:
        return 130
    return code


if __name__ == "__main__":
    sys.exit(main())
