"""`medgate eval run`: every item to every model through the gateway, stored as it goes.

- Order: the dataset shuffled by `random.Random(seed)`, then the first `limit` items; the same
  seed gives the same order and sample, and a larger limit extends a smaller one.
- Identity: a run is its dataset file (sha256), layout, split, seed, prompt version, generation
  settings and judge (`Settings.identity`). Models, limit and concurrency are not part of it, so
  the same command resumes, a larger `--limit` extends, and `--models c` adds a model to a run.
- Resume: results are keyed by (run, model, item); answered items are skipped, errors retried.
  Results are written in batches by one writer thread (no call waits for the database), and
  whatever is pending is written when the run stops, interrupted or not.
- Concurrency: `concurrency` model calls in flight per model, all models at once, one Rich bar
  each. A quarter more workers than that prepare and finish requests in the gateway meanwhile
  (screen, routing, audit, extraction), so that work does not hold a model's place idle; the
  places are one `UpstreamSlot` semaphore per model, held only around the upstream attempts, and
  a result's latency is the gateway call's time less its wait for a place.
"""

from __future__ import annotations

import asyncio
import dataclasses
import hashlib
import random
import re
import time
from collections.abc import Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any, Protocol

import orjson

from medgate import __version__
from medgate.errors import InvalidRequest, MedgateError, UpstreamError
from medgate.evaluation.benchmarks import use_case_for
from medgate.evaluation.client import EvalClient, ModelInfo
from medgate.evaluation.extract import extract, strip_reasoning
from medgate.evaluation.items import Item
from medgate.evaluation.judge import JudgeError, grade
from medgate.evaluation.layouts import Dataset
from medgate.evaluation.prompts import PROMPT_VERSION, chat_body
from medgate.evaluation.store import RESULTS, EvalStore, RunInfo
from medgate.gateway.options import request_options
from medgate.gateway.slots import UpstreamSlot

RESULT_COLUMNS: tuple[str, ...] = tuple(RESULTS.c.keys())
ABORT_AFTER = 10  # errors in a row with no answer yet: the model is misconfigured, stop it
WRITE_EVERY = 64
WRITE_INTERVAL_S = 1.0
AHEAD = 4  # one extra worker per this many places (none below it): requests ready as places free


@dataclass(frozen=True)
class Settings:
    seed: int = 0
    limit: int | None = None
    concurrency: int = 8
    temperature: float | None = None
    max_tokens: int | None = None
    thinking: bool | None = None
    phi: str | None = None
    judge: str | None = None
    run_name: str | None = None
    retries: int = 3  # attempts after a retryable upstream error (429, 503, timeout)
    retry_delay_s: float = 1.0

    def generation(self) -> dict[str, Any]:
        """Body fields for every model call: the seed, and what the user set (else the family's
        model-card defaults apply, as for any request)."""
        out: dict[str, Any] = {"seed": self.seed}
        for key in ("temperature", "max_tokens", "thinking", "phi"):
            if (value := getattr(self, key)) is not None:
                out[key] = value
        return out

    def identity(self, dataset: Dataset, split: str | None) -> dict[str, Any]:
        return {"dataset_sha256": dataset.sha256, "layout": dataset.layout, "split": split,
                "seed": self.seed, "prompt": PROMPT_VERSION, "generation": self.generation(),
                "judge": self.judge}


def ordered(items: Sequence[Item], seed: int, limit: int | None) -> list[Item]:
    order = list(items)
    random.Random(seed).shuffle(order)
    return order[:limit] if limit is not None else order


class Progress(Protocol):
    def start(self, model: str, total: int, done: int) -> None: ...

    def advance(self, model: str, score: float | None) -> None: ...


class NoProgress:
    def start(self, model: str, total: int, done: int) -> None:
        pass

    def advance(self, model: str, score: float | None) -> None:
        pass


@dataclass
class ModelOutcome:
    model: str
    total: int
    resumed: int  # already answered before this invocation
    answered: int = 0
    errors: int = 0
    aborted: str | None = None
    last_error: str | None = None


@dataclass
class Outcome:
    run: RunInfo
    models: list[ModelOutcome] = field(default_factory=list)


class _Writer:
    """Batches result rows and writes them on one writer thread, in order, without a worker ever
    waiting for the database; `close()` waits for those writes and writes what is left."""

    def __init__(self, store: EvalStore) -> None:
        self.store = store
        self.rows: list[dict[str, Any]] = []
        self.grades: list[dict[str, Any]] = []
        self.last = time.monotonic()
        self.thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="medgate-eval-writer")
        self.writes: list[Future[None]] = []

    def add(self, row: dict[str, Any], grades: list[dict[str, Any]]) -> None:
        self.rows.append(row)
        self.grades.extend(grades)
        if len(self.rows) >= WRITE_EVERY or time.monotonic() - self.last >= WRITE_INTERVAL_S:
            rows, grades, self.rows, self.grades = self.rows, self.grades, [], []
            self.last = time.monotonic()
            self.writes.append(self.thread.submit(self.store.write, rows, grades))
            for done in [f for f in self.writes if f.done()]:
                self.writes.remove(done)
                done.result()  # a failing database stops the run here, loudly

    def close(self) -> None:
        self.thread.shutdown(wait=True)
        rows, grades, self.rows, self.grades = self.rows, self.grades, [], []
        self.store.write(rows, grades)
        for f in self.writes:
            f.result()


def run_id_for(name: str | None, dataset: Dataset, digest: str) -> str:
    if name is not None:
        if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._-]{0,100}", name):
            raise InvalidRequest(f"run name {name!r}: use letters, digits, '.', '_' or '-'", param="run")
        return name
    return f"{re.sub(r'[^A-Za-z0-9._-]+', '-', dataset.name)[:80]}-{digest[:8]}"


class Runner:
    def __init__(self, client: EvalClient, store: EvalStore, dataset: Dataset, settings: Settings, *,
                 split: str | None = None, progress: Progress | None = None) -> None:
        self.client, self.store, self.dataset, self.settings = client, store, dataset, settings
        self.split = split
        self.progress = progress or NoProgress()
        self.items = ordered(dataset.items, settings.seed, settings.limit)
        self.judge_limit = asyncio.Semaphore(settings.concurrency)

    def check(self, models: Sequence[str]) -> list[ModelInfo]:
        """Every model (and the judge) resolves, and image items go only to vision models —
        before a single call is made."""
        if not models:
            raise InvalidRequest("name at least one model (--models a,b)", param="models")
        infos = [self.client.describe(m) for m in models]
        if any(i.kind == "rubric" for i in self.items):
            if not self.settings.judge:
                raise InvalidRequest("this dataset has rubric items: name a judge model with --judge ALIAS",
                                     param="judge")
            self.client.describe(self.settings.judge)
        if any(i.images for i in self.items):
            blind = [m.alias for m in infos if m.vision is False]
            if blind:
                raise InvalidRequest(f"this dataset has image questions and {', '.join(blind)} take(s) no "
                                     "images (catalogue: text only)", param="models")
        return infos

    def open(self) -> RunInfo:
        identity = self.settings.identity(self.dataset, self.split)
        digest = hashlib.sha256(orjson.dumps(identity, option=orjson.OPT_SORT_KEYS)).hexdigest()
        info = RunInfo(id=run_id_for(self.settings.run_name, self.dataset, digest), created_ts=time.time(),
                       dataset=str(self.dataset.path), dataset_name=self.dataset.name, layout=self.dataset.layout,
                       dataset_sha256=self.dataset.sha256, settings_hash=digest, settings=identity,
                       use_case=use_case_for(self.dataset.name), medgate_version=__version__)
        return self.store.open_run(info)

    async def run(self, models: Sequence[str], *, started: list[Outcome] | None = None) -> Outcome:
        infos = self.check(models)
        run = self.open()
        outcome = Outcome(run)
        if started is not None:
            started.append(outcome)
        writer = _Writer(self.store)
        try:
            for info in infos:
                self.store.add_model(run.id, info.alias, deployment=info.deployment, card_id=info.card_id,
                                     family=info.family)
            outcome.models = [ModelOutcome(m, len(self.items), 0) for m in models]
            await asyncio.gather(*(self._model(run, mo, writer) for mo in outcome.models))
        finally:
            writer.close()  # interrupted or not: nothing answered is lost
        return outcome

    async def _model(self, run: RunInfo, mo: ModelOutcome, writer: _Writer) -> None:
        done = self.store.completed(run.id, mo.model)
        todo = [(pos, item) for pos, item in enumerate(self.items) if item.id not in done]
        mo.resumed = len(self.items) - len(todo)
        self.progress.start(mo.model, len(self.items), mo.resumed)
        queue = iter(todo)
        places = asyncio.Semaphore(self.settings.concurrency)

        async def worker() -> None:
            for pos, item in queue:  # one shared iterator: each item goes to one worker
                if mo.aborted:
                    return
                row, grades = await self._one(run, mo.model, pos, item, places)
                if row["status"] == "ok":
                    mo.answered += 1
                else:
                    mo.errors += 1
                    mo.last_error = row["error"]
                    if mo.answered == 0 and mo.errors >= ABORT_AFTER:
                        mo.aborted = f"stopped after {mo.errors} errors and no answer: {row['error']}"
                writer.add(row, grades)
                self.progress.advance(mo.model, row["score"] if row["status"] == "ok" else None)

        workers = self.settings.concurrency + self.settings.concurrency // AHEAD
        await asyncio.gather(*(worker() for _ in range(min(workers, len(todo)))))

    async def _call(self, body: dict[str, Any], places: asyncio.Semaphore) -> tuple[dict[str, Any], float]:
        for attempt in range(self.settings.retries + 1):
            slot = UpstreamSlot(places)
            options = dataclasses.replace(request_options(body), slot=slot)
            started = time.perf_counter()
            try:
                resp = await self.client.chat(body, options=options)
                return resp, (time.perf_counter() - started - slot.waited_s) * 1000
            except UpstreamError as exc:
                if not exc.retryable or attempt == self.settings.retries:
                    raise
                wait = getattr(exc, "retry_after", None) or self.settings.retry_delay_s * 2**attempt
                await asyncio.sleep(wait)
        raise AssertionError("unreachable")  # pragma: no cover

    async def _one(self, run: RunInfo, model: str, pos: int, item: Item,
                   places: asyncio.Semaphore) -> tuple[dict[str, Any], list[dict[str, Any]]]:
        row: dict[str, Any] = dict.fromkeys(RESULT_COLUMNS)  # every column: rows are inserted in batches
        row.update(run_id=run.id, model=model, item_id=item.id, position=pos, expected=item.answer,
                   created_ts=time.time())
        try:
            resp, row["latency_ms"] = await self._call(chat_body(item, model, self.settings.generation()), places)
        except MedgateError as exc:
            return _failed(row, exc), []
        choice = (resp.get("choices") or [{}])[0]
        message = choice.get("message") or {}
        usage, meta = resp.get("usage") or {}, resp.get("medgate") or {}
        content = message.get("content")
        row.update(content=content, reasoning=message.get("reasoning_content"),
                   finish_reason=choice.get("finish_reason"), prompt_tokens=usage.get("prompt_tokens"),
                   completion_tokens=usage.get("completion_tokens"),
                   reasoning_tokens=(usage.get("completion_tokens_details") or {}).get("reasoning_tokens"),
                   cost_usd=meta.get("cost_usd"), request_id=meta.get("request_id"),
                   gateway=orjson.dumps({k: meta.get(k) for k in ("deployment", "escalation", "phi", "answered_by")
                                         if meta.get(k)}).decode())
        if item.kind == "rubric":
            return await self._graded(row, item, strip_reasoning(content or ""))
        found = extract(content, item)
        row.update(status="ok", extracted=found.answer, parse_rule=found.rule, invalid=found.invalid,
                   correct=found.answer == item.answer, score=float(found.answer == item.answer))
        return row, []

    async def _graded(self, row: dict[str, Any], item: Item, reply: str) -> tuple[dict[str, Any], list[dict[str, Any]]]:
        judge = self.settings.judge
        assert judge is not None  # check() insists
        try:
            score, grades, cost = await grade(self.client.chat, judge, item, reply, limit=self.judge_limit,
                                              generation={"temperature": 0.0})
        except (MedgateError, JudgeError) as exc:
            return _failed(row, exc), []
        row.update(status="ok", score=score, judge_cost_usd=cost)
        keys = {k: row[k] for k in ("run_id", "model", "item_id")}
        return row, [keys | g for g in grades]


def _failed(row: dict[str, Any], exc: BaseException) -> dict[str, Any]:
    code = getattr(exc, "code", None) or type(exc).__name__
    message = getattr(exc, "message", None) or str(exc)
    row.update(status="error", error=f"{code}: {' '.join(str(message).split())[:500]}")
    return row
