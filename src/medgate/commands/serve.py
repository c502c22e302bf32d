"""Run the OpenAI-compatible gateway (embedded model as `local` when there is no config)."""

from __future__ import annotations

import argparse
import sys

from medgate.config import load_config


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--config", help="YAML config (default: $MEDGATE_CONFIG, else built-in defaults)")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8600)
    parser.add_argument("--log-level", default="info", choices=["critical", "error", "warning", "info", "debug"])


def run(args: argparse.Namespace) -> int:
    import uvicorn

    from medgate.server.app import MedgateASGI

    config = load_config(args.config)
    aliases = ", ".join(sorted(config.models))
    print(f"medgate: serving {aliases} on http://{args.host}:{args.port}/v1 (config: {config.source})",
          file=sys.stderr, flush=True)
    uvicorn.run(MedgateASGI(config), host=args.host, port=args.port, loop="uvloop", http="httptools",
                lifespan="on", access_log=False, log_level=args.log_level, timeout_graceful_shutdown=5)
    return 0
