"""Run the OpenAI-compatible gateway (embedded model as `local` when there is no config).

`--workers N` runs N gateway processes behind one port (uvicorn's workers share the listening
socket). They share the audit store (SQLite in WAL mode with a busy timeout, or any SQL server) and
one runner per embedded model: a model is loaded once, not N times — a 135M model's runner holds
about 200 MiB, and N copies would only queue against each other on the same cores.
"""

from __future__ import annotations

import argparse
import os
import sys

from medgate.config import Config, load_config

# The config file for worker processes (they rebuild the Config from it).
_CONFIG_ENV = "MEDGATE_CONFIG"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--config", help="YAML config (default: $MEDGATE_CONFIG, else built-in defaults)")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8600)
    parser.add_argument("--workers", type=int, default=1,
                        help="gateway processes sharing the port (embedded models still load once)")
    parser.add_argument("--log-level", default="info", choices=["critical", "error", "warning", "info", "debug"])


def run(args: argparse.Namespace) -> int:
    import uvicorn

    from medgate.server.app import MedgateASGI

    if args.workers < 1:
        print("medgate: error: --workers must be at least 1", file=sys.stderr)
        return 2
    config = load_config(args.config)
    aliases = ", ".join(sorted(config.models))
    many = f" with {args.workers} workers" if args.workers > 1 else ""
    print(f"medgate: serving {aliases} on http://{args.host}:{args.port}/v1{many} (config: {config.source})",
          file=sys.stderr, flush=True)
    common = {"host": args.host, "port": args.port, "loop": "uvloop", "http": "httptools", "lifespan": "on",
              "access_log": False, "log_level": args.log_level, "timeout_graceful_shutdown": 5}
    if args.workers == 1:
        uvicorn.run(MedgateASGI(config), **common)
        return 0
    _prepare_workers(config, args.config)
    uvicorn.run("medgate.commands.serve:asgi_from_environment", factory=True, workers=args.workers,
                **common)
    return 0


def _prepare_workers(config: Config, path: str | None) -> None:
    """What N workers must agree on before they start: the config file, one runner group, and an
    audit schema created once (N workers creating it at the same moment would race)."""
    from medgate.app import RUNNER_GROUP_ENV
    from medgate.audit import open_audit

    if path:
        os.environ[_CONFIG_ENV] = os.path.abspath(path)
    os.environ[RUNNER_GROUP_ENV] = f"serve-{os.getpid()}-{os.urandom(4).hex()}"
    open_audit(config.audit_url).close()


def asgi_from_environment() -> object:
    """uvicorn's factory in each worker process."""
    from medgate.server.app import MedgateASGI

    return MedgateASGI(load_config())
