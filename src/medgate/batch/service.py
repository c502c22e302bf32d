"""The OpenAI Batch API inside `medgate serve`: create, run, read, cancel.

A batch's lines run on the server's own event loop through the in-process gateway, at most
`max_concurrency` at a time, until its budget (USD, from the lines' own costs) is spent:

    validating ─► in_progress ─► finalizing ─► completed        (every line has its outcome)
         │             └──── cancel ─► cancelling ─► cancelled  (lines not run: batch_cancelled)
         └─► failed  (the input file is not a valid batch: `errors` names the lines)

Each finished line is journaled in the store at once (batch/journal.py); the output file holds
the lines that answered 200 and the error file the others, both in input order, in the
OpenAI batch line shape. The batch object is kept in the store too, so any gateway process
(`serve --workers N`) can answer for it; the process that runs it writes it as it goes, and a
cancel asked of another process reaches it through a marker in the store. Lines not run because
the budget was spent carry `budget_exceeded`; an over-run is at most the lines already in flight.
"""

from __future__ import annotations

import asyncio
import logging
import time
from typing import TYPE_CHECKING, Any

import orjson

from medgate.batch.files import Files, may_see, new_id
from medgate.batch.journal import Journal
from medgate.batch.lines import Line, Outcome, not_run, read_lines
from medgate.batch.progress import Tally
from medgate.batch.run import is_done
from medgate.batch.store import Store
from medgate.batch.work import Work, run_line, work_for_endpoint
from medgate.errors import AuthError, InvalidRequest, MedgateError, NotFound, RoleForbidden

if TYPE_CHECKING:
    from medgate.app import App
    from medgate.auth import Principal

log = logging.getLogger("medgate.batch")
TERMINAL = frozenset({"completed", "failed", "cancelled", "expired"})
WINDOW_S = 24 * 3600  # completion_window "24h", the only one OpenAI offers
SAVE_EVERY_S = 1.0  # the running process rewrites the batch object this often (a heartbeat)
STALE_S = 15.0
_ENDS = {"batch_cancelled": "cancelled", "batch_expired": "expired"}  # else "completed" (budget too)  # a batch not rewritten for this long has lost its process: another may resume it


class BatchService:
    def __init__(self, app: App, store: Store) -> None:
        self.app = app
        self.store = store
        self.files = Files(store, max_bytes=app.config.batch_max_file_bytes)
        self._running: dict[str, _Run] = {}

    # -- the API ------------------------------------------------------------------------------
    def create(self, body: dict[str, Any], principal: Principal | None = None) -> dict[str, Any]:
        """A batch runs as the key that created it: its lines get that key's models, budget,
        rate of spend and PHI floor, and only that key (or an admin) sees the batch."""
        from medgate.auth.guard import ROLE_ACCESS

        cfg = self.app.config
        work = work_for_endpoint(body["endpoint"])
        if principal is not None and work.access not in ROLE_ACCESS[principal.role]:
            raise RoleForbidden(f"a {principal.role} key may not run {body['endpoint']} lines")
        self.files.get(body["input_file_id"], principal)  # 404 now, not a failed batch later
        limit = body.get("max_concurrency") or cfg.batch_max_concurrency
        if limit > cfg.batch_max_concurrency:
            raise InvalidRequest(f"max_concurrency is at most {cfg.batch_max_concurrency} here (batch."
                                 "max_concurrency in the config)", param="max_concurrency")
        budget = body.get("budget_usd", cfg.batch_budget_usd)
        now = int(time.time())
        batch: dict[str, Any] = {
            "id": new_id("batch"), "object": "batch", "endpoint": body["endpoint"], "errors": None,
            "input_file_id": body["input_file_id"], "completion_window": body["completion_window"],
            "status": "validating", "output_file_id": None, "error_file_id": None, "created_at": now,
            "in_progress_at": None, "expires_at": now + WINDOW_S, "finalizing_at": None,
            "completed_at": None, "failed_at": None, "expired_at": None, "cancelling_at": None,
            "cancelled_at": None, "request_counts": {"total": 0, "completed": 0, "failed": 0},
            "metadata": body.get("metadata"), "model": None,
            "medgate": {"cost_usd": 0.0, "budget_usd": budget, "max_concurrency": limit, "unpriced": 0,
                        "key_id": principal.id if principal is not None else None},
        }
        self._save(batch)
        run = _Run(self, batch, work, limit, budget)
        self._running[batch["id"]] = run
        run.task = asyncio.get_running_loop().create_task(run.main())
        return dict(batch)

    def get(self, batch_id: str, viewer: Principal | None = None) -> dict[str, Any]:
        if (run := self._running.get(batch_id)) is not None:
            batch = dict(run.batch)
        else:
            key = f"batches/{batch_id}.json"
            if "/" in batch_id or not batch_id.startswith("batch-") or not self.store.exists(key):
                raise NotFound(f"no batch {batch_id!r}", param="batch_id")
            batch = orjson.loads(self.store.read_bytes(key))
        if not may_see(viewer, _owner(batch)):
            raise NotFound(f"no batch {batch_id!r}", param="batch_id")
        return batch

    def page(self, after: str | None, limit: int, viewer: Principal | None = None) -> dict[str, Any]:
        ids = [k.rsplit("/", 1)[1][:-5] for k in self.store.list("batches") if k.endswith(".json")]
        mine = (b for b in map(self.get, ids) if may_see(viewer, _owner(b)))
        batches = sorted(mine, key=lambda b: (b["created_at"], b["id"]), reverse=True)
        if after is not None:
            keys = [b["id"] for b in batches]
            batches = batches[keys.index(after) + 1:] if after in keys else []
        page = batches[:limit]
        return {"object": "list", "data": page, "first_id": page[0]["id"] if page else None,
                "last_id": page[-1]["id"] if page else None, "has_more": len(batches) > limit}

    def cancel(self, batch_id: str, viewer: Principal | None = None) -> dict[str, Any]:
        batch = self.get(batch_id, viewer)
        if batch["status"] in TERMINAL or batch["status"] == "cancelling":
            return batch
        if (run := self._running.get(batch_id)) is not None:
            run.cancel()
            return dict(run.batch)
        self.store.write_bytes(f"batches/{batch_id}.cancel", b"")  # its owner sees this and stops
        return batch | {"status": "cancelling", "cancelling_at": int(time.time())}

    def resume(self) -> list[str]:
        """At server start: take over the batches whose process stopped mid-way (a restart, a
        crash). Their journals hold every line they finished; the rest runs now. With several
        gateway processes on one store, one claim per stale state wins (an exclusive create)."""
        resumed = []
        for key in self.store.list("batches"):
            if not key.endswith(".json"):
                continue
            batch: dict[str, Any] = orjson.loads(self.store.read_bytes(key))
            beat = float((batch.get("medgate") or {}).get("updated_at") or 0)
            if batch["status"] in TERMINAL or batch["id"] in self._running or time.time() - beat < STALE_S:
                continue
            if not self.store.create_exclusive(f"batches/{batch['id']}.resume-{beat:.6f}"):
                continue  # another process took it
            run = _Run(self, batch, work_for_endpoint(batch["endpoint"]),
                       batch["medgate"]["max_concurrency"], batch["medgate"]["budget_usd"])
            if batch["status"] == "cancelling":
                run.stop_code = "batch_cancelled"
            self._running[batch["id"]] = run
            run.task = asyncio.get_running_loop().create_task(run.main())
            resumed.append(batch["id"])
            log.warning("resuming batch %s (%s)", batch["id"], "released by a server that stopped" if not beat
                        else f"its process last wrote it {time.time() - beat:.0f} s ago")
        return resumed

    async def aclose(self) -> None:
        """Server shutdown: stop the running batches where they are (their journals keep every
        finished line)."""
        for run in list(self._running.values()):
            if run.task is not None:
                run.task.cancel()
        await asyncio.gather(*(r.task for r in self._running.values() if r.task), return_exceptions=True)

    # -- shared with the runs -------------------------------------------------------------------
    def _save(self, batch: dict[str, Any]) -> None:
        batch["medgate"]["updated_at"] = round(time.time(), 3)
        self.store.write_bytes(f"batches/{batch['id']}.json", orjson.dumps(batch))


class _Run:
    """One batch being run by this process."""

    def __init__(self, service: BatchService, batch: dict[str, Any], work: Work, limit: int,
                 budget: float | None) -> None:
        self.service, self.batch, self.work = service, batch, work
        self.limit, self.budget = limit, budget
        self.tally = Tally()
        self.task: asyncio.Task[None] | None = None
        self.stop_code: str | None = None  # batch_cancelled | batch_expired | budget_exceeded
        self.running: set[asyncio.Task[None]] = set()  # lines in flight
        self.journal: Journal | None = None
        self._saved = 0.0

    def cancel(self) -> None:
        """Stop sending lines, and stop the ones in flight (the gateway audits them cancelled)."""
        if self.stop_code is None:
            self.stop_code = "batch_cancelled"
            self.batch |= {"status": "cancelling", "cancelling_at": int(time.time())}
            self.service._save(self.batch)
        for task in self.running:
            task.cancel()

    def _set(self, **fields: Any) -> None:
        self.batch.update(fields)
        self.service._save(self.batch)

    async def main(self) -> None:
        try:
            lines = self._validate() if self.batch["status"] == "validating" else self._lines()
            if lines is None:
                return
            heartbeat = asyncio.get_running_loop().create_task(self._heartbeat())
            try:
                await self._run(lines)
            finally:
                heartbeat.cancel()
        except asyncio.CancelledError:  # the server is stopping: the journal keeps what is done
            for task in self.running:  # lines in flight end as batch_cancelled (redone on resume)
                task.cancel()
            await asyncio.gather(*self.running, return_exceptions=True)
            if self.journal is not None:
                self.journal.close()
            self.service._save(self.batch)  # and the object says at once that no one runs it now
            self.batch["medgate"]["updated_at"] = 0
            self.service.store.write_bytes(f"batches/{self.batch['id']}.json", orjson.dumps(self.batch))
            raise
        except MedgateError as exc:
            self._set(status="failed", failed_at=int(time.time()),
                      errors={"object": "list", "data": [{"code": exc.code, "message": exc.message,
                                                          "param": exc.param, "line": None}]})
        finally:
            self.service._running.pop(self.batch["id"], None)

    async def _heartbeat(self) -> None:
        while True:  # even while every line in flight is slow, the object says this run is alive
            await asyncio.sleep(SAVE_EVERY_S * 2)
            if self.stop_code is None and self.service.store.exists(f"batches/{self.batch['id']}.cancel"):
                self.cancel()  # asked of another gateway process
            self.service._save(self.batch)

    def _lines(self) -> list[Line]:
        with self.service.files.open(self.batch["input_file_id"]) as f:
            return read_lines(f, self.batch["id"])

    def _validate(self) -> list[Line] | None:
        lines = self._lines()
        errors = [e for line in lines if (e := _line_error(line, self.batch["endpoint"]))]
        if not lines:
            errors.append({"code": "empty_file", "message": "the input file has no requests",
                           "param": None, "line": None})
        if errors:
            self._set(status="failed", failed_at=int(time.time()),
                      errors={"object": "list", "data": errors[:1000]})
            return None
        self._set(status="in_progress", in_progress_at=int(time.time()),
                  request_counts={"total": len(lines), "completed": 0, "failed": 0})
        return lines

    def _principal(self) -> Principal | None:
        """The key the batch runs as, read now: a key revoked meanwhile stops its batches."""
        key_id = _owner(self.batch)
        if key_id is None:
            return None
        principal = self.service.app.guard.principal(key_id)
        if principal is None:
            raise AuthError(f"the API key {key_id} that created this batch is revoked or unknown")
        return principal

    async def _run(self, lines: list[Line]) -> None:
        principal = self._principal()
        journal = self.journal = Journal(self.service.store, f"batches/{self.batch['id']}.parts")
        index = journal.load()
        todo = [line for line in lines if not is_done(index.get(line.id), line)]
        self._recount(journal, lines, index)
        app = self.service.app
        limit = asyncio.Semaphore(self.limit)

        async def one(line: Line) -> None:
            try:
                outcome = await run_line(self.work, app, line, self.batch["id"], principal=principal)
            except asyncio.CancelledError:
                outcome = not_run("batch_cancelled", "the batch was cancelled while this line ran")
            finally:
                limit.release()
            self._finish(journal, line, outcome)

        try:
            for line in todo:
                await limit.acquire()
                if self._should_stop():
                    limit.release()
                    break
                task = asyncio.create_task(one(line))
                self.running.add(task)
                task.add_done_callback(self.running.discard)
            await asyncio.gather(*self.running, return_exceptions=True)
        finally:
            journal.close()
        index = journal.load()
        code = self.stop_code or "budget_exceeded"
        message = {"batch_cancelled": "the batch was cancelled before this line ran",
                   "batch_expired": "this line could not run before the completion window ended",
                   "budget_exceeded": "the batch's budget was spent before this line ran"}[code]
        for line in lines:
            if line.id not in index or index[line.id].key != line.key:
                self._finish(journal, line, not_run(code, message))
        journal.close()
        self._finalise(lines, journal)

    def _recount(self, journal: Journal, lines: list[Line], index: dict[str, Any]) -> None:
        """Counts and cost from the journal (a resumed run starts from what was done)."""
        self.tally = Tally()
        counts = {"total": len(lines), "completed": 0, "failed": 0}
        for line in lines:
            done = index.get(line.id)
            if done is not None and done.key == line.key and not done.retry:
                outcome = orjson.loads(journal.read(done))
                self.tally.add(outcome)
                counts["completed" if outcome["status"] == "ok" else "failed"] += 1
        journal.close()
        self.batch["request_counts"] = counts

    def _should_stop(self) -> bool:
        if self.stop_code is None and self.service.store.exists(f"batches/{self.batch['id']}.cancel"):
            self.cancel()
        if self.stop_code is None and time.time() >= self.batch["expires_at"]:
            self.stop_code = "batch_expired"
        if self.stop_code is None and self.budget is not None and self.tally.cost_usd >= self.budget:
            self.stop_code = "budget_exceeded"
        return self.stop_code is not None

    def _finish(self, journal: Journal, line: Line, outcome: Outcome) -> None:
        journal.append(line, outcome)
        self.tally.add(dict(outcome))
        counts = self.batch["request_counts"]
        counts["completed" if outcome["status"] == "ok" else "failed"] += 1
        self.batch["medgate"] |= {"cost_usd": round(self.tally.cost_usd, 8), "unpriced": self.tally.unpriced}
        if time.monotonic() - self._saved >= SAVE_EVERY_S:
            self._saved = time.monotonic()
            self.service._save(self.batch)

    def _finalise(self, lines: list[Line], journal: Journal) -> None:
        """The output file (lines answered 200) and the error file (the others), in input order,
        streamed from the journal into the store."""
        self._set(status="finalizing", finalizing_at=int(time.time()))
        index = journal.load()
        files = self.service.files
        name = self.batch["id"]
        (out_id, out), (err_id, err) = files.writer(), files.writer()
        sizes = {out_id: 0, err_id: 0}
        with out, err:
            for line in lines:
                rec = orjson.loads(journal.read(index[line.id]))
                data = orjson.dumps(_openai_line(name, line, rec)) + b"\n"
                target, file_id = (out, out_id) if rec["status_code"] == 200 else (err, err_id)
                target.write(data)
                sizes[file_id] += len(data)
        journal.close()
        kept = {}
        for file_id, kind in ((out_id, "output"), (err_id, "error")):
            if sizes[file_id]:
                kept[kind] = files.adopt(file_id, sizes[file_id], filename=f"{name}_{kind}.jsonl",
                                         purpose="batch_output", owner=_owner(self.batch))["id"]
            else:
                files.discard(file_id)
        ended = _ENDS.get(self.stop_code or "", "completed")
        self._set(status=ended, **{f"{ended}_at": int(time.time())},
                  output_file_id=kept.get("output"), error_file_id=kept.get("error"))
        journal.clear()
        self.service.store.remove(f"batches/{name}.cancel")
        self.service.app.audit.append({
            "kind": "batch", "id": name, "status": ended, "endpoint": self.batch["endpoint"],
            "total": len(lines), "completed": self.batch["request_counts"]["completed"],
            "failed": self.batch["request_counts"]["failed"], "cost_usd": self.batch["medgate"]["cost_usd"],
        })


def _owner(batch: dict[str, Any]) -> str | None:
    owner: str | None = (batch.get("medgate") or {}).get("key_id")
    return owner


def _line_error(line: Line, endpoint: str) -> dict[str, Any] | None:
    """OpenAI's per-line checks at validation: custom_id, method, url, body."""
    p = line.payload

    def error(code: str, message: str, param: str | None) -> dict[str, Any]:
        return {"code": code, "message": f"line {line.number}: {message}", "param": param, "line": line.number}

    if line.problem is not None:
        return error("invalid_json_line", line.problem, None)
    if not isinstance(p.get("custom_id"), str) or not p["custom_id"]:
        return error("missing_custom_id", "each request needs a string custom_id", "custom_id")
    if p.get("method") != "POST":
        return error("invalid_method", "method must be POST", "method")
    if p.get("url") != endpoint:
        return error("mismatched_url", f"url must be the batch's endpoint {endpoint!r}", "url")
    if not isinstance(p.get("body"), dict):
        return error("invalid_body", "body must be a JSON object", "body")
    return None


def _openai_line(batch_id: str, line: Line, rec: dict[str, Any]) -> dict[str, Any]:
    """A record in the output or error file, in the OpenAI batch line shape."""
    out: dict[str, Any] = {"id": f"batch_req_{batch_id[6:]}_{line.index:08d}", "custom_id": line.id,
                           "response": None, "error": None}
    if rec["status_code"] is None:  # not a response: never run
        out["error"] = {"code": rec["error"]["code"], "message": rec["error"]["message"]}
    else:
        body = rec["result"] if rec["status"] == "ok" else {"error": rec["error"]}
        out["response"] = {"status_code": rec["status_code"], "request_id": rec["request_id"], "body": body}
    return out
