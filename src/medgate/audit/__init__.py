"""Append-only audit records, one per request, behind a small interface.

Records hold ids, counts, costs and codes — never message text or an original identifier.
The SQL sink writes from a background thread in small batches (SQLite in WAL mode by default,
any SQLAlchemy URL, e.g. PostgreSQL, by config), so the event loop never waits on the disk.
A hash-chained table comes with governance; this interface is its seam.
"""

from __future__ import annotations

import queue
import threading
import time
import uuid
from pathlib import Path
from typing import Any, Protocol

import orjson
import sqlalchemy as sa

_METADATA = sa.MetaData()
AUDIT = sa.Table(
    "audit_log", _METADATA,
    sa.Column("seq", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("id", sa.String(64), nullable=False, index=True),
    sa.Column("ts", sa.Float, nullable=False),
    sa.Column("kind", sa.String(32), nullable=False, index=True),
    sa.Column("data", sa.Text, nullable=False),
)


class AuditSink(Protocol):
    def append(self, record: dict[str, Any]) -> None: ...

    def query(self, kind: str, **match: Any) -> list[dict[str, Any]]: ...

    def close(self) -> None: ...


class MemoryAudit:
    """For tests and `medgate ask`: keeps records in a list."""

    def __init__(self) -> None:
        self.records: list[dict[str, Any]] = []

    def append(self, record: dict[str, Any]) -> None:
        self.records.append(_stamp(record))

    def query(self, kind: str, **match: Any) -> list[dict[str, Any]]:
        return [r for r in self.records if r.get("kind") == kind and _matches(r, match)]

    def close(self) -> None:
        pass


def _stamp(record: dict[str, Any]) -> dict[str, Any]:
    out = dict(record)
    out.setdefault("id", uuid.uuid4().hex)
    out.setdefault("ts", time.time())
    if "kind" not in out:
        raise ValueError("an audit record needs a kind")
    return out


def _matches(record: dict[str, Any], match: dict[str, Any]) -> bool:
    return all(record.get(k) == v for k, v in match.items())


class SqlAudit:
    """Audit rows in SQL through SQLAlchemy; writes batched on a background thread."""

    def __init__(self, url: str, *, flush_interval: float = 0.05) -> None:
        if url.startswith("sqlite:///") and not url.startswith("sqlite:////"):
            Path(url[len("sqlite:///"):]).parent.mkdir(parents=True, exist_ok=True)
        self.engine = sa.create_engine(url)
        if self.engine.dialect.name == "sqlite":
            sa.event.listen(self.engine, "connect", _sqlite_pragmas)
        _METADATA.create_all(self.engine)
        mark = {"qmark": "?", "format": "%s", "pyformat": "%s"}.get(self.engine.dialect.paramstyle, "?")
        self._insert_sql = f"INSERT INTO audit_log (id, ts, kind, data) VALUES ({', '.join([mark] * 4)})"
        self._queue: queue.SimpleQueue[dict[str, Any] | threading.Event | None] = queue.SimpleQueue()
        self._flush_interval = flush_interval
        self._thread = threading.Thread(target=self._writer, name="medgate-audit", daemon=True)
        self._thread.start()

    def append(self, record: dict[str, Any]) -> None:
        self._queue.put(_stamp(record))

    def _writer(self) -> None:
        running = True
        while running:
            item = self._queue.get()
            batch: list[dict[str, Any]] = []
            waiters: list[threading.Event] = []
            deadline = time.monotonic() + self._flush_interval
            while True:
                if item is None:
                    running = False
                    break
                if isinstance(item, threading.Event):
                    waiters.append(item)
                    break  # a flush: write now
                batch.append(item)
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    break
                try:
                    item = self._queue.get(timeout=remaining)
                except queue.Empty:
                    break
            if batch:
                self._write(batch)
            for w in waiters:
                w.set()

    def _write(self, batch: list[dict[str, Any]]) -> None:
        # The DBAPI's own executemany: a C loop that holds the GIL far less than a Core insert,
        # so the event loop thread is not kept waiting while a batch is written.
        rows = [(r["id"], r["ts"], r["kind"], orjson.dumps(r, default=str).decode()) for r in batch]
        raw = self.engine.raw_connection()
        try:
            cursor = raw.cursor()
            cursor.executemany(self._insert_sql, rows)
            raw.commit()
        finally:
            raw.close()

    def flush(self, timeout: float = 5.0) -> None:
        """Block until everything appended so far is written (queries, tests, shutdown)."""
        done = threading.Event()
        self._queue.put(done)
        done.wait(timeout)

    def query(self, kind: str, **match: Any) -> list[dict[str, Any]]:
        self.flush()
        with self.engine.connect() as conn:
            rows = conn.execute(sa.select(AUDIT.c.data).where(AUDIT.c.kind == kind).order_by(AUDIT.c.seq))
            records = [orjson.loads(r[0]) for r in rows]
        return [r for r in records if _matches(r, match)]

    def close(self) -> None:
        self._queue.put(None)
        self._thread.join(timeout=5)
        self.engine.dispose()


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    # WAL + NORMAL: durable against a process crash (no fsync per batch); a power cut may lose
    # the last batch. Set per connection, as SQLite pragmas are. The busy timeout lets the
    # writers of `serve --workers N` take turns instead of failing with "database is locked".
    dbapi_conn.execute("PRAGMA busy_timeout=10000")
    dbapi_conn.execute("PRAGMA journal_mode=WAL")
    dbapi_conn.execute("PRAGMA synchronous=NORMAL")


def open_audit(url: str) -> AuditSink:
    if url == "memory":
        return MemoryAudit()
    return SqlAudit(url)
