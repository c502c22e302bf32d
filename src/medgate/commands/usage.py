"""Tokens and cost by key, alias, deployment and day (the same report as GET /v1/usage).

    medgate usage [--by key,alias,deployment,day] [--since 2026-01-01] [--until 2026-01-31]
                  [--key KEY_ID] [--format table|json]
"""

from __future__ import annotations

import argparse

import orjson

from medgate.accounting.usage import parse_groups, usage_report
from medgate.config import load_config
from medgate.store import open_store


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--config", help="YAML config (its audit.url is the database)")
    parser.add_argument("--db", help="database URL (overrides the config)")
    parser.add_argument("--by", default="key,alias,deployment,day", help="comma list of key, alias, deployment, day")
    parser.add_argument("--since", help="first day, YYYY-MM-DD (UTC)")
    parser.add_argument("--until", help="last day, YYYY-MM-DD (UTC)")
    parser.add_argument("--key", help="one key's usage (its id, from medgate keys list)")
    parser.add_argument("--format", choices=("table", "json"), default="table")


def run(args: argparse.Namespace) -> int:
    groups = parse_groups(args.by)
    engine = open_store(args.db or load_config(args.config).audit_url)
    try:
        rows = usage_report(engine, groups, since=args.since, until=args.until, key_id=args.key)
    finally:
        engine.dispose()
    if args.format == "json":
        print(orjson.dumps({"object": "usage", "group_by": groups, "data": rows}, option=orjson.OPT_INDENT_2).decode())
        return 0
    columns = [*groups, "requests", "errors", "prompt_tokens", "completion_tokens", "cost_usd"]
    widths = [max(len(c), *(len(str(r.get(c) if r.get(c) is not None else "-")) for r in rows)) for c in columns]
    print("  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)))
    for r in rows:
        print("  ".join(str(r.get(c) if r.get(c) is not None else "-").ljust(w)
                        for c, w in zip(columns, widths, strict=True)))
    if not rows:
        print("(no usage recorded)")
    return 0
