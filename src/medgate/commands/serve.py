"""Run the OpenAI-compatible gateway (embedded model as `local` when there is no config).

The listening socket is bound before anything loads, so a taken port is one clear line.
`--workers N` runs N gateway processes on that one socket (uvicorn's workers). They share the
audit store (SQLite in WAL mode with a busy timeout, or any SQL server) and one runner per
embedded model: a model is loaded once, not N times — a 135M model's runner holds about 200 MiB,
and N copies would only queue against each other on the same cores.
"""

from __future__ import annotations

import argparse
import errno
import os
import socket
import sys

from medgate.config import Config, check_secrets, load_config

# The config file for worker processes (they rebuild the Config from it).
_CONFIG_ENV = "MEDGATE_CONFIG"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--config", help="YAML config (default: $MEDGATE_CONFIG, else built-in defaults)")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8600)
    parser.add_argument("--workers", type=int, default=1,
                        help="gateway processes sharing the port (embedded models still load once)")
    parser.add_argument("--log-level", default="info", choices=["critical", "error", "warning", "info", "debug"])


def bind(host: str, port: int) -> socket.socket:
    """The listening socket, bound before anything loads, so a taken port is one clear line."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as exc:
        sock.close()
        if exc.errno == errno.EADDRINUSE:
            raise PortInUse(f"port {port} on {host} is already in use (another medgate?); stop it or "
                            "pick another with --port") from exc
        raise PortInUse(f"cannot listen on {host}:{port}: {exc.strerror}") from exc
    sock.set_inheritable(True)
    return sock


class PortInUse(Exception):
    """The address to listen on cannot be bound."""


def run(args: argparse.Namespace) -> int:
    import uvicorn

    from medgate.server.app import MedgateASGI

    if args.workers < 1:
        print("medgate: error: --workers must be at least 1", file=sys.stderr)
        return 2
    config = load_config(args.config)
    check_secrets(config)  # a missing api_key_env is a start-up error, not an upstream 401 later
    if (refusal := _open_without_keys(args.host, config)) is not None:
        print(f"medgate: error: {refusal}", file=sys.stderr)
        return 2
    try:
        sock = bind(args.host, args.port)
    except PortInUse as exc:
        print(f"medgate: error: {exc}", file=sys.stderr)
        return 1
    aliases = ", ".join(sorted(config.models))
    many = f" with {args.workers} workers" if args.workers > 1 else ""
    port = sock.getsockname()[1]  # the one the OS chose, with --port 0
    print(f"medgate: serving {aliases} on http://{args.host}:{port}/v1{many} (config: {config.source})",
          file=sys.stderr, flush=True)
    common = {"loop": "uvloop", "http": "httptools", "lifespan": "on", "access_log": False,
              "log_level": args.log_level, "timeout_graceful_shutdown": 5}
    if args.workers == 1:
        server = uvicorn.Server(uvicorn.Config(MedgateASGI(config), **common))
        server.run(sockets=[sock])
        return 0 if server.started else 1
    _prepare_workers(config, args.config, args.workers)
    uvicorn.run("medgate.commands.serve:asgi_from_environment", factory=True, workers=args.workers,
                fd=sock.fileno(), **common)
    return 0


def _open_without_keys(host: str, config: Config) -> str | None:
    """Without API keys anyone who reaches the port could use every model: then only loopback."""
    import ipaddress

    try:
        loopback = host == "localhost" or ipaddress.ip_address(host).is_loopback
    except ValueError:
        loopback = False
    if loopback or config.audit_url == "memory":
        return None if loopback else f"--host {host} needs API keys, and audit.url is memory (no key store)"
    from medgate.auth import load_keys
    from medgate.store import open_store

    engine = open_store(config.audit_url)
    try:
        if load_keys(engine).any_keys:
            return None
    finally:
        engine.dispose()
    return (f"--host {host} would let anyone on the network use every model: create an API key first "
            "(medgate keys create --name NAME --role admin), or serve on 127.0.0.1")


def _prepare_workers(config: Config, path: str | None, workers: int) -> None:
    """What N workers must agree on before they start: the config file, one runner group, and an
    audit schema created once (N workers creating it at the same moment would race)."""
    from medgate.app import RUNNER_GROUP_ENV, WORKERS_ENV
    from medgate.store import open_store

    if path:
        os.environ[_CONFIG_ENV] = os.path.abspath(path)
    os.environ[RUNNER_GROUP_ENV] = f"serve-{os.getpid()}-{os.urandom(4).hex()}"
    os.environ[WORKERS_ENV] = str(workers)  # each worker takes its share of per-key rate limits
    if config.audit_url != "memory":
        open_store(config.audit_url).dispose()  # migrated once, before N workers open it


def asgi_from_environment() -> object:
    """uvicorn's factory in each worker process."""
    from medgate.server.app import MedgateASGI

    return MedgateASGI(load_config())
