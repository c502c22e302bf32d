"""The hash-chained audit log in SQL, written by one background thread per process.

The event loop only puts records on a bounded queue. The writer takes whatever is queued (one
record at low load, hundreds under load) and appends it in ONE transaction that locks the chain
head (`SELECT … FOR UPDATE` on PostgreSQL; BEGIN IMMEDIATE on SQLite), so the N processes of
`serve --workers N`, or several hosts on one PostgreSQL, extend one chain in turn. The same
transaction writes each chat request's usage row and moves its cost from the key's budget lease
to the key's spend, so a record, its usage and its charge are committed together or not at all.

A request that succeeded waits for its commit before its last byte goes out (`durable`): a
completed request's record and usage row survive `kill -9`. When the store fails the writer
keeps the batch, logs, and retries with backoff (the queue fills meanwhile). A full queue drops
the record and counts it loudly, never grows without bound, and `accepting()` turns false before
that so the gateway can refuse new requests (audit.on_failure: refuse, the default).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import queue
import threading
import time
from collections.abc import Callable
from typing import Any, NamedTuple

import orjson
import sqlalchemy as sa

from medgate.audit.chain import canonical, link
from medgate.audit.records import matches, stamp
from medgate.store import open_store
from medgate.store.tables import AUDIT_LOG

log = logging.getLogger("medgate.audit")

_MAX_BATCH = 500
_LINGER_S = 0.0005
_USAGE_KINDS = frozenset({"chat"})


class Settlement(NamedTuple):
    """A request's charge: its cost leaves the budget lease `holder` holds for `key_id`."""

    key_id: str
    holder: str
    cost: float


class _Entry(NamedTuple):
    record: dict[str, Any]
    settle: Settlement | None
    on_commit: Callable[[], None] | None


_Item = _Entry | threading.Event | None


class SqlAudit:
    """A bounded queue in front of one writer thread; `health()` says how it is going."""

    def __init__(self, url: str, *, max_queue: int = 10_000, retry_initial: float = 0.05,
                 retry_max: float = 2.0, engine: sa.Engine | None = None) -> None:
        self.engine = engine if engine is not None else open_store(url)
        mark = "?" if self.engine.dialect.paramstyle == "qmark" else "%s"
        self._sqlite = self.engine.dialect.name == "sqlite"
        dbapi: Any = self.engine.dialect.loaded_dbapi
        # The writer talks to its own DBAPI connection (kept between batches: no pool round trip
        # and reset per batch), so its errors are the driver's as well as SQLAlchemy's.
        self._db_errors: tuple[type[BaseException], ...] = (sa.exc.SQLAlchemyError, dbapi.Error)
        self._raw: Any = None
        self._sql = {
            "begin": "BEGIN IMMEDIATE" if self._sqlite else "",
            "lock": "SELECT seq, hash FROM audit_head WHERE id = 1" + ("" if self._sqlite else " FOR UPDATE"),
            "log": f"INSERT INTO audit_log (seq, id, ts, kind, data, prev_hash, hash) VALUES ({', '.join([mark] * 7)})",
            "usage": "INSERT INTO usage (request_id, ts, day, key_id, route, alias, deployment, status, attempts, "
                     f"prompt_tokens, completion_tokens, cost_usd) VALUES ({', '.join([mark] * 12)}) "
                     "ON CONFLICT DO NOTHING",
            "spend": f"UPDATE api_keys SET spent_usd = spent_usd + {mark} WHERE id = {mark}",
            "lease": f"UPDATE budget_leases SET amount_usd = amount_usd - {mark} WHERE key_id = {mark} "
                     f"AND holder = {mark}",
            "head": f"UPDATE audit_head SET seq = {mark}, hash = {mark} WHERE id = 1",
        }
        self._max_queue = max_queue
        self._queue: queue.Queue[_Item] = queue.Queue(maxsize=max_queue)
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
    def append(self, record: dict[str, Any], settle: Settlement | None = None,
               on_commit: Callable[[], None] | None = None) -> bool:
        """Queue one record; False if the queue was full and it was dropped (and counted)."""
        try:
            self._queue.put_nowait(_Entry(stamp(record), settle, on_commit))
        except queue.Full:
            self._drop(1, "the audit queue is full")
            return False
        return True

    async def durable(self, record: dict[str, Any], settle: Settlement | None = None,
                      timeout: float = 5.0) -> bool:
        """Append and wait until the record is committed; False if that did not happen in time
        (the store is failing: the record stays queued and is retried)."""
        loop = asyncio.get_running_loop()
        done = loop.create_future()
        if not self.append(record, settle, _Waiter(loop, done)):
            return False
        try:
            await asyncio.wait_for(done, timeout)
        except TimeoutError:
            return False
        return True

    def accepting(self) -> bool:
        """False while the store fails, the queue is 90% full, or the writer thread has died."""
        return (not self._failing and self._queue.qsize() < self._max_queue * 0.9
                and self._thread.is_alive())

    def health(self) -> dict[str, Any]:
        with self._lock:
            return {"healthy": self.accepting(), "queued": self._queue.qsize(), "written": self._written,
                    "dropped": self._dropped, "failures": self._failures, "last_error": self._last_error}

    def flush(self, timeout: float = 5.0) -> bool:
        """Block until everything appended so far is written; False if that did not happen in time."""
        done = threading.Event()
        try:
            self._queue.put(done, timeout=timeout)
        except queue.Full:
            return False
        return done.wait(timeout)

    def query(self, kind: str, **match: Any) -> list[dict[str, Any]]:
        self.flush()
        with self.engine.connect() as conn:
            rows = conn.execute(sa.select(AUDIT_LOG.c.data).where(AUDIT_LOG.c.kind == kind)
                                .order_by(AUDIT_LOG.c.seq))
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
        if not self._thread.is_alive():
            self._reset()
        self.engine.dispose()

    # -- the writer thread ----------------------------------------------------------------------
    def _writer(self) -> None:
        last = 0
        while True:
            try:
                item = self._queue.get(timeout=0.5)
            except queue.Empty:
                if self._closing.is_set():
                    return
                continue
            batch: list[_Entry] = []
            waiters: list[threading.Event] = []
            stop = False
            # Group commit: take what is queued now. Under load (the last batch held more than one
            # record) linger a moment for the requests about to finish: far fewer transactions
            # for at most _LINGER_S more latency; one request at a time never waits.
            linger = time.monotonic() + _LINGER_S if last > 1 else 0.0
            while True:
                if item is None:
                    stop = True
                    break
                if isinstance(item, threading.Event):
                    waiters.append(item)
                    break  # a flush: write now
                batch.append(item)
                if len(batch) >= _MAX_BATCH:
                    break
                try:
                    item = self._queue.get_nowait()
                except queue.Empty:
                    wait = linger - time.monotonic()
                    if wait <= 0:
                        break
                    try:
                        item = self._queue.get(timeout=wait)
                    except queue.Empty:
                        break
            last = len(batch)
            if batch:
                self._write_retrying(batch)
            for w in waiters:
                w.set()
            if stop:
                return

    def _write_retrying(self, batch: list[_Entry]) -> None:
        delay, most = self._retry
        while True:
            try:
                self._write(batch)
            except self._db_errors as exc:
                self._reset()
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
            _notify(batch)
            return

    def _write(self, batch: list[_Entry]) -> None:
        if self._raw is None:
            self._raw = self.engine.raw_connection()
        raw = self._raw
        cursor = raw.cursor()
        try:
            if self._sql["begin"]:
                cursor.execute(self._sql["begin"])
            cursor.execute(self._sql["lock"])  # the chain head, locked until commit
            seq, prev = cursor.fetchone()
            rows, usage = [], []
            spend: dict[tuple[str, str], float] = {}
            for record, settle, _ in batch:
                seq += 1
                data = canonical({**record, "seq": seq})
                digest = link(prev, data)
                rows.append((seq, record["id"], record["ts"], record["kind"], data, prev, digest))
                prev = digest
                if record["kind"] in _USAGE_KINDS:
                    usage.append(_usage_row(record))
                if settle is not None and settle.cost:
                    key = (settle.key_id, settle.holder)
                    spend[key] = spend.get(key, 0.0) + settle.cost
            cursor.executemany(self._sql["log"], rows)
            if usage:
                cursor.executemany(self._sql["usage"], usage)
            for (key_id, holder), cost in sorted(spend.items()):  # one lock order: no deadlocks
                cursor.execute(self._sql["spend"], (cost, key_id))
                cursor.execute(self._sql["lease"], (cost, key_id, holder))
            cursor.execute(self._sql["head"], (seq, prev))
            raw.commit()
        except BaseException:  # broad on purpose: whatever stopped the batch, undo it, then re-raise
            with contextlib.suppress(*self._db_errors):
                raw.rollback()
            raise
        finally:
            cursor.close()

    def _reset(self) -> None:
        """After a failure: a fresh connection for the next try (the old one may be broken)."""
        if self._raw is not None:
            with contextlib.suppress(*self._db_errors):
                self._raw.close()
            self._raw = None

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


def _usage_row(r: dict[str, Any]) -> tuple[Any, ...]:
    day = time.strftime("%Y-%m-%d", time.gmtime(r["ts"]))
    return (r["id"], r["ts"], day, r.get("key_id"), r.get("route"), r.get("alias"), r.get("deployment"),
            r.get("status") or "unknown", r.get("attempts") or 0, r.get("prompt_tokens"),
            r.get("completion_tokens"), r.get("cost_usd"))


class _Waiter:
    """A request waiting on its event loop for its record's commit."""

    __slots__ = ("fut", "loop")

    def __init__(self, loop: asyncio.AbstractEventLoop, fut: asyncio.Future[None]) -> None:
        self.loop, self.fut = loop, fut

    def __call__(self) -> None:
        self.loop.call_soon_threadsafe(_resolve, [self.fut])


def _notify(batch: list[_Entry]) -> None:
    """After a commit: one wake-up per event loop for all its waiting requests, not one each."""
    by_loop: dict[asyncio.AbstractEventLoop, list[asyncio.Future[None]]] = {}
    for entry in batch:
        if isinstance(entry.on_commit, _Waiter):
            by_loop.setdefault(entry.on_commit.loop, []).append(entry.on_commit.fut)
        elif entry.on_commit is not None:
            entry.on_commit()
    for loop, futures in by_loop.items():
        with contextlib.suppress(RuntimeError):  # that loop has closed: nobody is waiting
            loop.call_soon_threadsafe(_resolve, futures)


def _resolve(futures: list[asyncio.Future[None]]) -> None:
    for fut in futures:
        if not fut.done():
            fut.set_result(None)
