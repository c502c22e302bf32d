"""The wire between a gateway process and an embedded-model runner: JSON lines on a Unix socket.

    gateway → runner                                  runner → gateway
    {"op": "chat", "id": 7, "kwargs": {...},           {"id": 7, "chunk": {...chat.completion.chunk}}
     "stream": true}                                   {"id": 7, "result": {...chat.completion}}
    {"op": "cancel", "id": 7}                          {"id": 7, "end": {"usage": {...}|null,
    {"op": "status", "id": 8}                                             "cancelled": false}}
                                                       {"id": 7, "error": {"kind": KIND, "message",
                                                                           "retry_after"?}}
                                                       {"id": 8, "status": {...}}
                                                       {"event": "unload"}   (idle: exits next)

Every request gets exactly one `end` or one `error`, after its chunks or its result. `id`s are
chosen by each connection and only need to be unique on it. On start the runner prints one
`ready` line (`{"ready": true, "pid": ..., "system_info": "..."}`) on its stdout for its spawner.
A connection that closes cancels its requests; a runner whose last client leaves exits.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

import orjson

# error kinds the runner sends, each mapped to one medgate error in client.py
OVERLOADED: Final = "overloaded"
INVALID_REQUEST: Final = "invalid_request"
FAILED: Final = "failed"
# A line is one message; a chat body larger than this is refused by the gateway's body limit first.
MAX_LINE: Final = 64 * 1024 * 1024


def encode(message: dict[str, Any]) -> bytes:
    return orjson.dumps(message) + b"\n"


def decode(line: bytes) -> dict[str, Any]:
    data = orjson.loads(line)
    if not isinstance(data, dict):
        raise ValueError("a runner message must be a JSON object")
    return data


@dataclass(frozen=True)
class RunnerSpec:
    """What one runner serves and where it lives. Gateway processes that build the same spec (same
    group, model file and settings) share one runner: that is how `serve --workers N` loads a
    model once."""

    gguf: str
    n_ctx: int
    threads: int
    keep_alive_s: float | None  # None: never unload when idle
    max_queue: int
    group: str  # who may share it: one `medgate serve` (all its workers), or one App
    load_timeout_s: float = 120.0

    @property
    def key(self) -> str:
        raw = f"{self.group}|{self.gguf}|{self.n_ctx}|{self.threads}|{self.keep_alive_s}|{self.max_queue}"
        stem = Path(self.gguf).stem[:24].replace(" ", "_")
        return f"{stem}-{hashlib.sha256(raw.encode()).hexdigest()[:12]}"

    @property
    def folder(self) -> Path:
        base = os.environ.get("XDG_RUNTIME_DIR") or tempfile.gettempdir()
        return Path(base) / f"medgate-{os.getuid()}"

    @property
    def socket(self) -> Path:
        return self.folder / f"{self.key}.sock"

    @property
    def lock(self) -> Path:
        return self.folder / f"{self.key}.lock"

    @property
    def log(self) -> Path:
        return self.folder / f"{self.key}.log"

    def argv(self) -> list[str]:
        """The runner's command-line arguments (after `python -m medgate.engines.runner`)."""
        args = ["--gguf", self.gguf, "--socket", str(self.socket), "--n-ctx", str(self.n_ctx),
                "--threads", str(self.threads), "--max-queue", str(self.max_queue)]
        if self.keep_alive_s is not None:
            args += ["--keep-alive", str(self.keep_alive_s)]
        return args
