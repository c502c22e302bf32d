"""List the model catalogue: developer, size, context, licence, price and core strength.

medgate models [--format table|json|markdown] [--catalog PATH]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import orjson

from medgate.catalog import catalog_markdown_table, catalog_table, load_catalog
from medgate.catalog.api import card_dicts
from medgate.errors import ConfigError

FORMATS = ("table", "json", "markdown")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--format", choices=FORMATS, default="table", help="output format")
    parser.add_argument("--catalog", type=Path, default=None, help="catalogue YAML to read")


def run(args: argparse.Namespace) -> int:
    try:
        catalog = load_catalog(args.catalog)
    except ConfigError as exc:
        print(f"medgate: error: {exc.message}", file=sys.stderr)
        return 2
    if args.format == "json":
        sys.stdout.write(orjson.dumps(card_dicts(catalog), option=orjson.OPT_INDENT_2).decode() + "\n")
    elif args.format == "markdown":
        print(catalog_markdown_table(catalog))
    else:
        print(catalog_table(catalog))
    return 0
