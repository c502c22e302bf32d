"""Rank catalogue models for a clinical use case under constraints, with the reasons.

    medgate recommend --use-case diagnostic-support [--needs-vision] [--min-context N]
        [--max-output-price USD] [--gpu-memory-gb GB] [--licence apache-2.0[,mit]]
        [--format text|json] [--catalog PATH]

Models that fail a constraint are listed after the ranked ones, marked "-" with the reason.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

import orjson

from medgate.catalog import Ranking, load_catalog, recommend
from medgate.catalog.api import parse_recommend, ranked, recommendation_json
from medgate.catalog.card import UseCase
from medgate.errors import ConfigError, InvalidRequest


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--use-case",
        required=True,
        metavar="NAME",
        help="one of: " + ", ".join(u.value for u in UseCase),
    )
    parser.add_argument("--needs-vision", action="store_true", help="image input required")
    parser.add_argument("--min-context", type=int, default=None, metavar="TOKENS")
    parser.add_argument(
        "--max-output-price", type=float, default=None, metavar="USD", help="per million tokens"
    )
    parser.add_argument(
        "--gpu-memory-gb",
        type=float,
        default=None,
        metavar="GB",
        help="self-host within this much GPU memory",
    )
    parser.add_argument("--licence", "--license", default=None, metavar="SPDX[,SPDX]")
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.add_argument("--catalog", type=Path, default=None, help="catalogue YAML to read")


def _fail(message: str) -> int:
    print(f"medgate: error: {message}", file=sys.stderr)
    return 2


def run(args: argparse.Namespace) -> int:
    for flag in ("min_context", "max_output_price", "gpu_memory_gb"):
        value = getattr(args, flag)
        if value is not None and value < 0:
            return _fail(f"--{flag.replace('_', '-')} must not be negative")
    # The flags as the body of POST /v1/recommend: one validation, one JSON shape (catalog/api.py).
    body: dict[str, Any] = {"use_case": args.use_case, "needs_vision": args.needs_vision,
                            "min_context": args.min_context, "max_output_price": args.max_output_price,
                            "gpu_memory_gb": args.gpu_memory_gb, "licence": args.licence}
    try:
        use_case, constraints = parse_recommend(body)
        catalog = load_catalog(args.catalog)
    except (InvalidRequest, ConfigError) as exc:
        return _fail(exc.message)
    rankings = recommend(catalog, use_case, constraints)
    if args.format == "json":
        out = {k: v for k, v in recommendation_json(use_case, rankings).items() if k != "object"}
        sys.stdout.write(orjson.dumps(out, option=orjson.OPT_INDENT_2).decode() + "\n")
    else:
        print(format_rankings(rankings))
    return 0


def format_rankings(rankings: list[Ranking]) -> str:
    """One line per model: rank (or '-' if excluded), id, score, then the reasons."""
    if not rankings:
        return "no models in the catalogue"
    width = max(len(r.card.id) for r in rankings)
    lines = []
    for rank, r in ranked(rankings):
        label = f"{rank:>2}." if rank is not None else " - "
        why = "; ".join(r.reasons)
        if r.excluded:
            why = "excluded: " + ", ".join(r.excluded) + " | " + why
        lines.append(f"{label} {r.card.id:<{width}}  {r.score:.2f}  {why}")
    if not any(r.eligible for r in rankings):
        lines.insert(0, "no model meets every constraint; all are listed with the reason")
    return "\n".join(lines)
