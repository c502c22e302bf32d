"""`python -m medgate.engines.runner`: the embedded-model runner process (started by the gateway).

With `--probe` it loads the model, generates one token, prints one JSON line and exits (probe.py).
Exit status: 0 when it stopped for a reason (idle, no clients), 3 when the model could not load,
4 when another runner already serves the socket.
A native crash in llama.cpp ends this process with a signal, and only this process.
"""

from __future__ import annotations

import argparse
import os
import socket
import sys

import orjson

from medgate.engines.runner.server import Runner, serve

EXIT_LOAD_FAILED = 3
EXIT_ALREADY_RUNNING = 4  # another runner answers on this socket: use that one


def socket_in_use(path: str) -> bool:
    with socket.socket(socket.AF_UNIX) as probe:
        try:
            probe.connect(path)
        except OSError:
            return False
        return True


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="python -m medgate.engines.runner")
    p.add_argument("--gguf", help="the model file (default with --probe: the packaged SmolLM2-135M)")
    p.add_argument("--socket", help="Unix socket to serve on")
    p.add_argument("--probe", action="store_true", help="generate one token, print JSON, exit")
    p.add_argument("--n-ctx", type=int, default=4096)
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--max-queue", type=int, default=8)
    p.add_argument("--keep-alive", type=float, default=None, help="seconds idle before exiting")
    return p.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.gguf is None:
        from medgate.engines.embedded import packaged_gguf

        args.gguf = str(packaged_gguf("smollm2-135m"))
    if args.probe:
        from medgate.engines.runner.probe import probe_here

        print(orjson.dumps(probe_here(args.gguf, threads=args.threads)).decode(), flush=True)
        return 0
    if not args.socket:
        print("medgate runner: --socket is required", file=sys.stderr)
        return 2
    if socket_in_use(args.socket):  # never take a live runner's socket away from it
        return EXIT_ALREADY_RUNNING
    from medgate.engines.runner.model import Model

    try:
        model = Model(args.gguf, n_ctx=args.n_ctx, threads=args.threads)
    except (ValueError, OSError, RuntimeError) as exc:  # llama-cpp-python's load failures
        print(f"medgate runner: cannot load {args.gguf}: {exc}", file=sys.stderr, flush=True)
        return EXIT_LOAD_FAILED

    def ready() -> None:
        line = {"ready": True, "pid": os.getpid(), "version": model.version(),
                "system_info": model.system_info()}
        sys.stdout.buffer.write(orjson.dumps(line) + b"\n")
        sys.stdout.flush()
        os.dup2(2, 1)  # anything llama.cpp prints later goes to the log, not a pipe nobody reads

    serve(Runner(model, keep_alive_s=args.keep_alive, max_queue=args.max_queue), args.socket, on_ready=ready)
    return 0


if __name__ == "__main__":
    sys.exit(main())
