"""Run the OpenAI-compatible gateway (embedded model as `local` when there is no config)."""

from __future__ import annotations

import argparse
import errno
import socket
import sys

from medgate.config import check_secrets, load_config


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--config", help="YAML config (default: $MEDGATE_CONFIG, else built-in defaults)")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8600)
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

    config = load_config(args.config)
    check_secrets(config)  # a missing api_key_env is a start-up error, not an upstream 401 later
    try:
        sock = bind(args.host, args.port)
    except PortInUse as exc:
        print(f"medgate: error: {exc}", file=sys.stderr)
        return 1
    aliases = ", ".join(sorted(config.models))
    print(f"medgate: serving {aliases} on http://{args.host}:{args.port}/v1 (config: {config.source})",
          file=sys.stderr, flush=True)
    server = uvicorn.Server(uvicorn.Config(
        MedgateASGI(config), loop="uvloop", http="httptools", lifespan="on", access_log=False,
        log_level=args.log_level, timeout_graceful_shutdown=5))
    server.run(sockets=[sock])
    return 0 if server.started else 1
