"""Audit rows in SQL through SQLAlchemy, written by one background thread.

The event loop only puts records on a bounded queue. The writer batches them; when the store
fails it keeps the batch, logs, and retries with backoff (the queue fills meanwhile). A full queue
drops the record and counts it loudly, never grows without bound, and `accepting()` turns false
before that so the gateway can refuse new requests (audit.on_failure: refuse, the default).
"""

from __future__ import annotations

import contextlib
import logging
import queue
import threading
import time
from pathlib import Path
from typing import Any

import orjson
import sqlalchemy as sa

from medgate.audit.records import matches, stamp

log = logging.getLogger("medgate.audit")

_METADATA = sa.MetaData()
AUDIT = sa.Table(
    "audit_log", _METADATA,
    sa.Column("seq", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("id", sa.String(64), nullable=False, index=True),
    sa.Column("ts", sa.Float, nullable=False),
    sa.Column("kind", sa.String(32), nullable=False, index=True),
    sa.Column("data", sa.Text, nullable=False),
)
_MAX_BATCH = 500
_Item = dict[str, Any] | threading.Event | None


class SqlAudit:
    """A bounded queue in front of one writer thread; `health()` says how it is going."""

    def __init__(self, url: str, *, max_queue: int = 10_000, flush_interval: float = 0.05,
                 retry_initial: float = 0.05, retry_max: float = 2.0) -> None:
        if url.startswith("sqlite:///") and not url.startswith("sqlite:////"):
            Path(url[len("sqlite:///"):]).parent.mkdir(parents=True, exist_ok=True)
        self.engine = sa.create_engine(url)
        if self.engine.dialect.name == "sqlite":
            sa.event.listen(self.engine, "connect", _sqlite_pragmas)
        _METADATA.create_all(self.engine)
        mark = {"qmark": "?", "format": "%s", "pyformat": "%s"}.get(self.engine.dialect.paramstyle, "?")
        self._insert_sql = f"INSERT INTO audit_log (id, ts, kind, data) VALUES ({', '.join([mark] * 4)})"
        dbapi: Any = self.engine.dialect.loaded_dbapi
        # The writer uses the raw DBAPI cursor, so its errors are the driver's, not SQLAlchemy's.
        self._db_errors: tuple[type[BaseException], ...] = (sa.exc.SQLAlchemyError, dbapi.Error)
        self._max_queue = max_queue
        self._queue: queue.Queue[_Item] = queue.Queue(maxsize=max_queue)
        self._flush_interval = flush_interval
        self._retry = (retry_initial, retry_max)
        self._closing = threading.Event()
        self._lock = threading.Lock()
        self._failing = False
        self._written = self._dropped = self._failures = 0
        self._last_error: str | None = None
        self._last_drop_log = 0.0
        self._thread = threading.Thread(target=self._writer, name="medgate-audit", daemon=True)
        self._thread.start()

    # -- the event loop's side ------------------------------------------------------------------
    def append(self, record: dict[str, Any]) -> None:
        try:
            self._queue.put_nowait(stamp(record))
        except queue.Full:
            self._drop(1, "the audit queue is full")

    def accepting(self) -> bool:
        """False while the store fails, the queue is 90% full, or the writer thread has died."""
        return (not self._failing and self._queue.qsize() < self._max_queue * 0.9
                and self._thread.is_alive())

    def health(self) -> dict[str, Any]:
        with self._lock:
            return {"healthy": self.accepting(), "queued": self._queue.qsize(), "written": self._written,
                    "dropped": self._dropped, "failures": self._failures, "last_error": self._last_error}

    def flush(self, timeout: float = 5.0) -> bool:
        """Block until everything appended so far is written; False if that did not happen in time
        (the store is failing)."""
        done = threading.Event()
        try:
            self._queue.put(done, timeout=timeout)
        except queue.Full:
            return False
        return done.wait(timeout)

    def query(self, kind: str, **match: Any) -> list[dict[str, Any]]:
        self.flush()
        with self.engine.connect() as conn:
            rows = conn.execute(sa.select(AUDIT.c.data).where(AUDIT.c.kind == kind).order_by(AUDIT.c.seq))
            records = [orjson.loads(r[0]) for r in rows]
        return [r for r in records if matches(r, match)]

    def close(self) -> None:
        self._closing.set()  # a writer stuck retrying gives up after one more attempt
        with contextlib.suppress(queue.Full):  # the writer sees _closing instead
            self._queue.put(None, timeout=1.0)
        self._thread.join(timeout=5)
        left = self._queue.qsize()
        if left:
            self._drop(left, "still queued at shutdown")
        self.engine.dispose()

    # -- the writer thread ----------------------------------------------------------------------
    def _writer(self) -> None:
        while True:
            try:
                item = self._queue.get(timeout=0.5)
            except queue.Empty:
                if self._closing.is_set():
                    return
                continue
            batch: list[dict[str, Any]] = []
            waiters: list[threading.Event] = []
            stop = False
            deadline = time.monotonic() + self._flush_interval
            while True:
                if item is None:
                    stop = True
                    break
                if isinstance(item, threading.Event):
                    waiters.append(item)
                    break  # a flush: write now
                batch.append(item)
                remaining = deadline - time.monotonic()
                if remaining <= 0 or len(batch) >= _MAX_BATCH:
                    break
                try:
                    item = self._queue.get(timeout=remaining)
                except queue.Empty:
                    break
            if batch:
                self._write_retrying(batch)
            for w in waiters:
                w.set()
            if stop:
                return

    def _write_retrying(self, batch: list[dict[str, Any]]) -> None:
        delay, most = self._retry
        while True:
            try:
                self._write(batch)
            except self._db_errors as exc:
                self._failed(exc)
                if self._closing.is_set():
                    self._drop(len(batch), "the store was down at shutdown")
                    return
                self._closing.wait(delay)
                delay = min(delay * 2, most)
                continue
            except (TypeError, ValueError) as exc:  # a record that cannot be encoded: lose it, loudly
                self._failed(exc)
                self._drop(len(batch), "a batch could not be encoded")
                return
            with self._lock:
                self._written += len(batch)
                recovered, self._failing = self._failing, False
            if recovered:
                log.warning("audit store recovered; %d record(s) lost while it was down", self._dropped)
            return

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

    def _failed(self, exc: BaseException) -> None:
        with self._lock:
            self._failures += 1
            first, self._failing = not self._failing, True
            # Records hold counts and codes only, so the driver's message carries no PHI.
            self._last_error = f"{type(exc).__name__}: {str(exc)[:200]}"
        if first:
            log.error("audit store write failed (%s); retrying with backoff, new requests %s",
                      self._last_error, "are refused while it is down (audit.on_failure)")

    def _drop(self, n: int, why: str) -> None:
        with self._lock:
            self._dropped += n
            total = self._dropped
            now = time.monotonic()
            loud = now - self._last_drop_log >= 1.0  # at most one line a second, with the total
            if loud:
                self._last_drop_log = now
        if loud:
            log.error("AUDIT RECORDS LOST: %d dropped (%s); %d lost since start", n, why, total)


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    # WAL + NORMAL: durable against a process crash (no fsync per batch); a power cut may lose
    # the last batch. Set per connection, as SQLite pragmas are. The busy timeout lets the
    # writers of `serve --workers N` take turns instead of failing with "database is locked".
    dbapi_conn.execute("PRAGMA busy_timeout=10000")
    dbapi_conn.execute("PRAGMA journal_mode=WAL")
    dbapi_conn.execute("PRAGMA synchronous=NORMAL")
