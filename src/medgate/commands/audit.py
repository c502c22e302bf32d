"""Check, export and age the audit chain.

    medgate audit verify                        exit 0 when intact; else names the first bad record (exit 1)
    medgate audit export --since 2026-01-01 --format jsonl|csv|fhir [--output FILE]
    medgate audit prune [--before DATE]         delete records past retention (audit.retention_days)

The database is the config's audit.url (or $MEDGATE_AUDIT_URL), or --db URL.
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

from medgate.audit.chain import verify
from medgate.audit.export import FORMATS, write
from medgate.audit.retention import prune
from medgate.config import load_config
from medgate.errors import ConfigError
from medgate.store import open_store


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--config", help="YAML config (its audit.url is the database)")
    parser.add_argument("--db", help="database URL (overrides the config)")
    sub = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    sub.add_parser("verify", help="check every record's hash and the chain's order and ends")
    exp = sub.add_parser("export", help="write records as JSON lines, CSV or a FHIR Bundle of AuditEvents")
    exp.add_argument("--since", help="ISO date or time (UTC), e.g. 2026-01-01; default: everything")
    exp.add_argument("--format", choices=FORMATS, default="jsonl")
    exp.add_argument("--output", "-o", help="file to write (default: stdout)")
    pr = sub.add_parser("prune", help="delete records older than the retention period (the deletion is audited)")
    pr.add_argument("--before", help="ISO date (UTC); default: now minus audit.retention_days")


def parse_when(text: str, where: str) -> float:
    try:
        when = datetime.fromisoformat(text)
    except ValueError:
        raise ConfigError(f"{where} must be an ISO date or time like 2026-01-01 or 2026-01-01T09:30, "
                          f"got {text!r}") from None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return when.timestamp()


def run(args: argparse.Namespace) -> int:
    config = load_config(args.config)
    engine = open_store(args.db or config.audit_url)
    try:
        if args.action == "verify":
            verdict = verify(engine)
            print(verdict.line(), file=sys.stdout if verdict.ok else sys.stderr)
            return 0 if verdict.ok else 1
        if args.action == "export":
            since = parse_when(args.since, "--since") if args.since else None
            if args.output:
                with Path(args.output).open("w", encoding="utf-8", newline="") as out:
                    n = write(engine, args.format, out, since)
            else:
                n = write(engine, args.format, sys.stdout, since)
            print(f"exported {n} audit record(s)", file=sys.stderr)
            return 0
        before = (parse_when(args.before, "--before") if args.before
                  else time.time() - config.audit_retention_days * 86400)
        print(prune(engine, before).line())
        return 0
    finally:
        engine.dispose()
