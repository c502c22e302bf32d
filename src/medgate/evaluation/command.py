"""`medgate eval run`, end to end: load the dataset (errors before anything starts), start the
gateway in-process, run with one progress bar per model, then print the report."""

from __future__ import annotations

import argparse
import asyncio
import sys
from collections.abc import Coroutine
from typing import Any, TypeVar

from medgate.evaluation.client import GatewayClient
from medgate.evaluation.layouts import load_dataset
from medgate.evaluation.progress import RichProgress
from medgate.evaluation.render import markdown
from medgate.evaluation.runner import NoProgress, Outcome, Progress, Runner, Settings
from medgate.evaluation.store import EvalStore
from medgate.evaluation.summary import summarise

T = TypeVar("T")


def run_loop(coro: Coroutine[Any, Any, T]) -> T:
    """asyncio.run on uvloop (as `medgate serve` runs): less loop overhead per call. Ctrl-C
    cancels the main task the same way."""
    try:
        import uvloop
    except ImportError:  # pragma: no cover - uvloop is a dependency; a platform may lack it
        return asyncio.run(coro)
    return uvloop.run(coro)


def settings_from(args: argparse.Namespace, thinking: bool | None) -> Settings:
    return Settings(seed=args.seed, limit=args.limit, concurrency=args.concurrency, temperature=args.temperature,
                    max_tokens=args.max_tokens, thinking=thinking, phi=args.phi, judge=args.judge,
                    run_name=args.run_name)


def models_from(text: str) -> list[str]:
    models = [m.strip() for m in text.split(",") if m.strip()]
    if len(set(models)) != len(models):
        from medgate.errors import InvalidRequest

        raise InvalidRequest("--models names a model twice", param="models")
    return models


async def _run(args: argparse.Namespace, settings: Settings, store: EvalStore, progress: Progress,
               started: list[Outcome]) -> Outcome:
    from medgate.app import start_app  # the gateway starts only once the dataset has loaded
    from medgate.config import load_config

    dataset = load_dataset(args.dataset, layout=args.layout, split=args.split)
    models = models_from(args.models)
    app = await start_app(load_config(args.config))
    try:
        runner = Runner(GatewayClient(app), store, dataset, settings, split=args.split, progress=progress)
        return await runner.run(models, started=started)
    finally:
        await app.aclose()


def run_command(args: argparse.Namespace, *, thinking: bool | None) -> int:
    from medgate.config import load_config

    settings = settings_from(args, thinking)
    store = EvalStore(args.db or load_config(args.config).audit_url)
    started: list[Outcome] = []  # filled as soon as the run is open, so an interruption can name it
    try:
        if args.no_progress:
            outcome = run_loop(_run(args, settings, store, NoProgress(), started))
        else:
            with RichProgress() as bars:
                outcome = run_loop(_run(args, settings, store, bars, started))
    except KeyboardInterrupt:
        if started:
            run_id = started[0].run.id
            print(f"medgate: interrupted; answers so far are saved in run {run_id}: rerun the same command "
                  "to resume", file=sys.stderr)
        store.close()
        return 130
    try:
        print(markdown(summarise(store, outcome.run.id)), end="")
    finally:
        store.close()
    for m in outcome.models:
        line = f"{m.model}: {m.answered} answered now, {m.resumed} from before, {m.errors} errors"
        print(line + (f"; {m.aborted}" if m.aborted else ""), file=sys.stderr)
    print(f"run {outcome.run.id}: medgate eval report {outcome.run.id} --format html --output report.html",
          file=sys.stderr)
    return 1 if any(m.aborted for m in outcome.models) else 0
