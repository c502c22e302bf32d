"""Run a task over every line of a JSONL file, resumably, on this machine or a Ray cluster.

medgate batch run INPUT.jsonl --task deid|chat|soap-note|... [--model ALIAS] [--engine local|ray]
    [--address ray://HEAD:10001] [--workers N] [--concurrency N] [--budget-usd X] --out OUT.jsonl

Input lines: {"id", "text"} for deid and clinical tasks; for chat an OpenAI batch line
{"custom_id", "body": {...}} or a chat body with "messages". The output has exactly one record
per input line, in input order: {"id", "key", "status", "status_code", "result", "error",
"cost_usd", "request_id", "retry"}; OUT.parquet writes Parquet. Paths may be fsspec URLs
(s3://bucket/notes.jsonl with s3fs installed). Killed or interrupted? Run the same command
again: lines already done (same id, same line, same settings) are skipped.
Exit status: 0 all lines ok, 1 some lines failed, 2 unusable input or options, 130 interrupted.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from medgate.errors import MedgateError, RequestError

# --engine NAME -> the engine's class, imported when chosen (Ray only for `ray`)
ENGINES = {"local": "medgate.batch.local:LocalEngine", "ray": "medgate.batch.ray_engine:RayEngine"}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    run = sub.add_parser("run", help="run a task over a JSONL file", description=__doc__)
    run.add_argument("input", metavar="INPUT", help="JSONL input (a path or an fsspec URL)")
    run.add_argument("--task", required=True, help="deid, chat, or a clinical task (soap-note, ...)")
    run.add_argument("--out", required=True, help="output: .jsonl or .parquet (a path or an fsspec URL)")
    run.add_argument("--model", help="model alias (chat: overrides each body's model)")
    run.add_argument("--engine", choices=sorted(ENGINES), default="local",
                     help="local: this process; ray: Ray actors on every core, or a cluster")
    run.add_argument("--address", help="Ray cluster address (ray://HEAD:10001, or auto); default: "
                     "a private Ray on this machine")
    run.add_argument("--workers", type=int, help="Ray actors (default: one per CPU)")
    run.add_argument("--concurrency", type=int, default=8, help="model calls in flight per worker")
    run.add_argument("--budget-usd", type=float, help="stop sending lines once this much is spent")
    run.add_argument("--mode", choices=("surrogate", "mask", "redact"), default="surrogate", help="deid")
    run.add_argument("--policy", choices=("strict", "standard"), default="strict", help="deid")
    run.add_argument("--option", action="append", default=[], metavar="KEY=VALUE",
                     help="clinical task option (repeatable)")
    run.add_argument("--config", help="YAML config (default: $MEDGATE_CONFIG)")
    run.add_argument("--no-progress", action="store_true", help="no progress bar, summary line only")


def _fail(message: str, code: int = 2) -> int:
    print(f"medgate: error: {' '.join(message.split())}", file=sys.stderr)
    return code


def _work(args: argparse.Namespace, config: Any) -> Any:
    from medgate.batch.work import work_for
    from medgate.commands.task import option_pairs

    needs_model = args.task != "deid"
    if needs_model and args.task == "chat" and not args.model:
        raise ValueError("--task chat needs --model ALIAS")
    deployments: tuple[str, ...] = ()
    if args.model:
        alias = config.alias(args.model)
        if alias is None:
            raise ValueError(f"--model {args.model!r} is not a configured alias "
                             f"(configured: {', '.join(sorted(config.models))})")
        deployments = tuple(d.name for d in alias.deployments)
    return work_for(args.task, model=args.model, mode=args.mode, policy=args.policy,
                    options=option_pairs(args.option), deployments=deployments)


def run(args: argparse.Namespace) -> int:
    from medgate.batch.progress import BatchProgress
    from medgate.batch.run import run_batch
    from medgate.config import load_config

    if args.address and args.engine != "ray":
        return _fail("--address needs --engine ray")
    for flag, value in (("--workers", args.workers), ("--concurrency", args.concurrency)):
        if value is not None and value < 1:
            return _fail(f"{flag} must be at least 1")
    try:
        config = load_config(args.config)
        work = _work(args, config)
        engine = _engine(args, work, config)
        progress = BatchProgress(enabled=False if args.no_progress else None)
        summary = run_batch(args.input, args.out, work, engine, budget_usd=args.budget_usd,
                            progress=progress)
    except ValueError as exc:
        return _fail(str(exc))
    except (OSError, FileNotFoundError) as exc:
        return _fail(f"{exc.__class__.__name__}: {exc}")
    except RequestError as exc:
        return _fail(exc.message)
    except MedgateError as exc:
        return _fail(exc.message, 1)
    except KeyboardInterrupt:
        return _fail("interrupted; finished lines are kept: run the same command again to resume", 130)
    t = summary.tally
    if t.skipped == t.total and not summary.written:
        print(f"medgate batch: nothing to do: all {t.total} lines are already in {args.out}", file=sys.stderr)
        return 0
    codes = ", ".join(f"{c} {n}" for c, n in sorted(t.codes.items()))
    print(f"medgate batch: {t.total} lines: {t.skipped} already done, {t.ok} ok, {t.failed} failed"
          f"{f' ({codes})' if codes else ''}; {summary.rate:,.1f} lines/s over {summary.seconds:.1f} s; "
          f"cost ${t.cost_usd:.6f}{f' (+{t.unpriced} lines unpriced)' if t.unpriced else ''}; "
          f"{summary.written} records in {args.out}", file=sys.stderr)
    return 1 if t.failed else 0


def _engine(args: argparse.Namespace, work: Any, config: Any) -> Any:
    import importlib

    module, _, name = ENGINES[args.engine].partition(":")
    options = {"workers": args.workers, "address": args.address} if args.engine == "ray" else {}
    return getattr(importlib.import_module(module), name)(work, config, concurrency=args.concurrency, **options)
