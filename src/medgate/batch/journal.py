"""The resumable part of a batch: results written as they finish, ordered at the end.

Why "write as done, order on completion" rather than writing in input order: a line's result is
durable the moment it finishes, so a crash loses only the lines in flight — writing in order
would also hold every finished line behind the slowest one still running (one upstream timeout
stalls the whole writer, and a crash loses all of them). Ordering once at the end is a
sequential pass over the finished records, small next to the work itself.

A journal is a directory of segment files, one JSON record a line, each record exactly the
output line for its input line (see `record`). On a local disk every record is flushed as it is
written (a killed process loses nothing written); on an object store a segment becomes visible
when it is closed, so segments roll every `roll_lines` records or `roll_s` seconds and a crash
there loses at most that much. A torn last line is ignored on load. The latest record per id
wins, so a line redone on a rerun replaces its earlier failure.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO, Any

import orjson

from medgate.batch.lines import Line, Outcome
from medgate.batch.store import Store


def record(line: Line, outcome: Outcome) -> dict[str, Any]:
    """The output line for an input line: its id as given, the resume key, the outcome."""
    return {"id": line.raw_id if line.raw_id is not None else line.id, "key": line.key, **outcome}


@dataclass(frozen=True)
class Done:
    """Where a finished line's record is: a segment and its byte range."""

    source: str
    offset: int
    length: int
    key: str
    retry: bool


class Journal:
    def __init__(self, store: Store, prefix: str, *, roll_lines: int = 2000, roll_s: float = 10.0) -> None:
        self.store = store
        self.prefix = prefix
        self.roll_lines = roll_lines if not store.local else 1 << 62  # local: one segment per run
        self.roll_s = roll_s if not store.local else float("inf")
        self._file: IO[Any] | None = None
        self._count = 0
        self._opened = 0.0
        self._seq = 0
        self._readers: dict[str, IO[Any]] = {}

    # -- finding what is done ---------------------------------------------------------------
    def segments(self) -> list[str]:
        return [k for k in self.store.list(self.prefix) if k.endswith(".jsonl")]

    def load(self) -> dict[str, Done]:
        """The latest record of every id found in the segments, torn lines left out."""
        index: dict[str, Done] = {}
        for key in self.segments():
            index.update(scan(key, self.store.read_bytes(key)))
        return index

    # -- writing --------------------------------------------------------------------------------
    def append(self, line: Line, outcome: Outcome) -> None:
        now = time.monotonic()
        if self._file is not None and (self._count >= self.roll_lines or now - self._opened >= self.roll_s):
            self.close()
        if self._file is None:
            self._seq += 1
            name = f"{self.prefix}/seg-{time.time_ns():020d}-{os.getpid()}-{self._seq:04d}.jsonl"
            self._file, self._count, self._opened = self.store.open(name, "wb"), 0, now
        self._file.write(orjson.dumps(record(line, outcome)) + b"\n")
        self._file.flush()  # to the OS: a killed process loses no finished line
        self._count += 1

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None
        for reader in self._readers.values():
            reader.close()
        self._readers.clear()

    # -- reading records back -------------------------------------------------------------------
    def read(self, done: Done) -> bytes:
        reader = self._readers.get(done.source)
        if reader is None:
            reader = self._readers[done.source] = self.store.open(done.source, "rb")
        reader.seek(done.offset)
        data: bytes = reader.read(done.length)
        return data

    def clear(self) -> None:
        self.close()
        self.store.remove(self.prefix)


def scan(source: str, data: bytes) -> Iterator[tuple[str, Done]]:
    """(id, Done) for every whole record in a JSONL segment or output file."""
    offset = 0
    for raw in data.splitlines(keepends=True):
        start, offset = offset, offset + len(raw)
        if not raw.endswith(b"\n"):
            break  # torn: the process died mid-write
        try:
            rec = orjson.loads(raw)
        except orjson.JSONDecodeError:
            continue
        if isinstance(rec, dict) and "key" in rec and "id" in rec:
            yield str(rec["id"]), Done(source, start, len(raw) - 1, str(rec["key"]), bool(rec.get("retry")))
