"""Measure models on medical question sets through the gateway, and feed the results back.

    medgate eval run DATASET --models a,b [--limit N] [--concurrency N] [--seed S] [--judge ALIAS]
    medgate eval report [RUN] [--format md|html|json] [--output FILE] [--plot FILE.png]
    medgate eval compare [RUN ...] [--catalog PATH]
    medgate eval publish RUN [--catalog PATH] [--use-case NAME] [--card ALIAS=CARD_ID ...]

DATASET is a file (JSONL, JSON, CSV, Parquet) in a known layout, or a shipped sample (`sample`,
`sample-open`). Results go to the audit database (audit.url, or --db URL). The same `eval run`
command resumes an interrupted run; RUN is a run id, a unique prefix of one, or `latest`.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Mapping
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING

from medgate.errors import InvalidRequest

if TYPE_CHECKING:
    from medgate.evaluation.store import EvalStore

_TRUE = {"true": True, "on": True, "1": True, "false": False, "off": False, "0": False}


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be a positive integer")
    return value


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--config", help="YAML config (default: $MEDGATE_CONFIG)")
    p.add_argument("--db", metavar="URL", help="SQLAlchemy URL of the results (default: the config's audit.url)")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from medgate.evaluation.layouts import LAYOUTS
    from medgate.evaluation.samples import SAMPLES

    sub = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    run = sub.add_parser("run", help="send every item to every model; store and score the answers")
    run.add_argument("dataset", metavar="DATASET",
                     help=f"a dataset file, or a shipped sample: {', '.join(SAMPLES)}")
    run.add_argument("--models", required=True, help="comma-separated model aliases")
    run.add_argument("--limit", type=_positive, help="the first N items of the seeded order")
    run.add_argument("--concurrency", type=_positive, default=8, help="calls in flight per model (default 8)")
    run.add_argument("--seed", type=int, default=0, help="item order and sampling seed (default 0)")
    run.add_argument("--temperature", type=float)
    run.add_argument("--max-tokens", type=_positive)
    run.add_argument("--thinking", choices=sorted(_TRUE), help="the reasoning switch, per engine")
    run.add_argument("--phi", choices=["block", "pseudonymise", "allow"], help="PHI option for every call")
    run.add_argument("--judge", metavar="ALIAS", help="model that grades rubric items")
    run.add_argument("--split", help="only items of this split (e.g. test)")
    run.add_argument("--layout", choices=list(LAYOUTS), help="skip detection")
    run.add_argument("--run", dest="run_name", metavar="NAME", help="name the run (default: dataset + hash)")
    run.add_argument("--no-progress", action="store_true", help="no progress bars")
    _common(run)
    report = sub.add_parser("report", help="accuracy, intervals, cost, latency, pairwise tests, plot")
    report.add_argument("run", nargs="?", default="latest", metavar="RUN")
    report.add_argument("--format", choices=("md", "html", "json"), default="md")
    report.add_argument("--output", type=Path, help="write here instead of standard output")
    report.add_argument("--plot", type=Path, help="also write the accuracy-vs-cost PNG here")
    _common(report)
    compare = sub.add_parser("compare", help="the catalogue table with measured columns")
    compare.add_argument("runs", nargs="*", metavar="RUN", help="runs to show (default: published evidence)")
    compare.add_argument("--catalog", type=Path, help="catalogue YAML (default: the packaged one)")
    compare.add_argument("--output", type=Path)
    _common(compare)
    publish = sub.add_parser("publish", help="write a run's figures into the catalogue as evidence")
    publish.add_argument("run", metavar="RUN")
    publish.add_argument("--catalog", type=Path, help="catalogue YAML; evidence.yaml is written beside it")
    publish.add_argument("--use-case", help="the use case the benchmark measures (default: from its name)")
    publish.add_argument("--card", action="append", default=[], metavar="ALIAS=CARD_ID",
                         help="the catalogue card an alias measured (repeatable)")
    _common(publish)


def _store(args: argparse.Namespace) -> EvalStore:
    from medgate.config import load_config
    from medgate.evaluation.store import EvalStore

    return EvalStore(args.db or load_config(args.config).audit_url)


def _emit(text: str, output: Path | None) -> None:
    if output is None:
        sys.stdout.write(text)
        return
    output.write_text(text, "utf-8")
    print(f"wrote {output}", file=sys.stderr)


def _run(args: argparse.Namespace) -> int:
    from medgate.evaluation.command import run_command

    return run_command(args, thinking=None if args.thinking is None else _TRUE[args.thinking])


def _report(args: argparse.Namespace) -> int:
    from medgate.evaluation.plot import accuracy_cost_png
    from medgate.evaluation.render import FORMATS
    from medgate.evaluation.summary import summarise

    store = _store(args)
    try:
        report = summarise(store, args.run)
    finally:
        store.close()
    png = accuracy_cost_png(report) if args.format == "html" or args.plot else None
    if args.plot:
        if png is None:
            print("medgate: no plot: no model has both a score and a known cost", file=sys.stderr)
        else:
            args.plot.write_bytes(png)
            print(f"wrote {args.plot}", file=sys.stderr)
    _emit(FORMATS[args.format](report, png), args.output)
    return 0


def _compare(args: argparse.Namespace) -> int:
    from medgate.catalog import load_catalog
    from medgate.evaluation.compare import compare_table
    from medgate.evaluation.summary import summarise

    catalog = load_catalog(args.catalog)
    reports = []
    if args.runs:
        store = _store(args)
        try:
            reports = [summarise(store, ref) for ref in args.runs]
        finally:
            store.close()
    _emit(compare_table(catalog, reports) + "\n", args.output)
    return 0


def _publish(args: argparse.Namespace) -> int:
    from medgate.catalog import load_catalog
    from medgate.catalog.catalog import catalog_path
    from medgate.evaluation.publish import publish
    from medgate.evaluation.summary import summarise

    cards = {}
    for pair in args.card:
        alias, sep, card = pair.partition("=")
        if not sep or not alias or not card:
            raise InvalidRequest(f"--card {pair!r} is not ALIAS=CARD_ID", param="card")
        cards[alias] = card
    catalog = load_catalog(args.catalog)
    store = _store(args)
    try:
        report = summarise(store, args.run)
    finally:
        store.close()
    done = publish(report, catalog, catalog_path(args.catalog), use_case=args.use_case, cards=cards)
    for card_id, m in done.written:
        print(f"{card_id}: {m.summary()}")
    for why in done.skipped:
        print(f"skipped {why}", file=sys.stderr)
    if not done.written:
        print("medgate: error: nothing to publish", file=sys.stderr)
        return 2
    print(f"wrote {done.path}", file=sys.stderr)
    return 0


ACTIONS: Mapping[str, Callable[[argparse.Namespace], int]] = MappingProxyType({
    "run": _run, "report": _report, "compare": _compare, "publish": _publish,
})


def run(args: argparse.Namespace) -> int:
    return ACTIONS[args.action](args)

